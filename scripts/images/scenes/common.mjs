// Scene-level helpers shared by both packs.
import { C, g, rect, circle, ellipse, path, stroke, line, fmt, shadow } from '../lib/core.mjs';
import { person } from '../lib/people.mjs';
import { countries, globe, d3 } from '../lib/geo.mjs';

// Sort drawables by their ground y so nearer things are drawn last.
export function byDepth(items) {
  return items
    .slice()
    .sort((a, b) => a.z - b.z)
    .map((i) => i.svg)
    .join('\n');
}
export const at = (z, svg) => ({ z, svg: String(svg) });
export const P = (o) => at(o.y + (o.dz || 0), (o.noShadow ? '' : shadow(o.x, o.y, 14 * (o.s ?? 3) * (o.kind === 'child' ? 0.8 : 1))) + person(o).svg);

// A flat world map (equirectangular, Natural Earth land) inside a rectangle.
export function worldFlat(x, y, w, h, { land = C.teal, sea = C.paleBlue, chalk = false, strokeW = 2, extra = null } = {}) {
  const landF = countries('110m').land;
  // leave Antarctica out: it only takes space
  const feats = {
    type: 'MultiPolygon',
    coordinates: landF.features
      ? landF.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
      : [],
  };
  feats.coordinates = feats.coordinates.filter((p) => d3.geoCentroid({ type: 'Polygon', coordinates: p })[1] > -58);
  const proj = d3.geoEquirectangular().fitExtent([[x + w * 0.04, y + h * 0.06], [x + w * 0.96, y + h * 0.94]], feats);
  const gp = d3.geoPath(proj);
  const parts = [];
  if (sea) parts.push(rect(x, y, w, h, sea, { rx: 6 }));
  if (chalk) parts.push(`<path d="${gp(feats)}" fill="none" stroke="${land}" stroke-width="${strokeW}" stroke-linejoin="round" opacity="0.9"/>`);
  else parts.push(`<path d="${gp(feats)}" fill="${land}"/>`);
  if (extra) parts.push(extra(proj));
  return parts.join('');
}

// Framed display panel on a wall; the inner picture is clipped to the panel's inner area.
let clipN = 0;
export function clipTo(x, y, w, h, inner, rx = 6) {
  const id = `clip${++clipN}`;
  return `<clipPath id="${id}"><rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}" rx="${rx}"/></clipPath>` + g(inner, { 'clip-path': `url(#${id})` });
}
export function panel(x, y, w, h, inner, { frame = C.white, shadowC = true, pad = 14 } = {}) {
  return g([
    shadowC ? rect(x + 6, y + 8, w, h, C.ink, { rx: 10, opacity: 0.08 }) : '',
    rect(x, y, w, h, frame, { rx: 10 }),
    clipTo(x + pad, y + pad, w - 2 * pad, h - 2 * pad, inner),
  ]);
}

// Cylinder pedestal; (x, ytop) top centre.
export function pedestal(x, ytop, w, h, fill = C.white, top = C.cream) {
  return g([
    rect(x - w / 2, ytop, w, h, fill),
    ellipse(x, ytop + h, w / 2, w * 0.1, fill),
    ellipse(x, ytop, w / 2, w * 0.1, top),
  ]);
}

// Globe on a desk stand; (x, y) = bottom of stand; r globe radius.
export function deskGlobe(x, y, r, { center = [135, 20], ring = C.coral, base = C.blue, highlight } = {}) {
  const cy = y - r * 1.55;
  return g([
    ellipse(x, y, r * 0.62, r * 0.14, base),
    rect(x - r * 0.08, cy + r * 0.9, r * 0.16, y - cy - r * 0.9, base),
    globe(x, cy, r, { center, highlight: highlight || { 392: C.coral }, res: '110m' }),
    path(`M${x - r * 0.86} ${cy + r * 0.62}A${r * 1.12} ${r * 1.12} 0 0 1 ${x + r * 0.2} ${cy - r * 1.1}`, 'none', { stroke: ring, 'stroke-width': r * 0.08, 'stroke-linecap': 'round' }),
  ]);
}

// Hand drum on a stand (exhibit).
export function drum(x, y, s = 1, { body = C.coral, head = C.cream, rope = C.ink } = {}) {
  return g([
    path('M-34 -90L34 -90L22 -30L28 0L-28 0L-22 -30Z', body),
    ellipse(0, -90, 34, 9, head),
    stroke('M-30 -84L-18 -34M-14 -86L-6 -34M2 -86L6 -34M18 -84L16 -34M30 -82L22 -34', rope, 2, { opacity: 0.35 }),
    rect(-24, -36, 48, 8, '#B9553A', { rx: 4 }),
  ], { transform: `translate(${fmt(x)} ${fmt(y)}) scale(${fmt(s)})` });
}

// Water container (jerrycan) exhibit.
export function jerrycan(x, y, s = 1, fill = C.yellow) {
  return g([
    rect(-30, -70, 60, 70, fill, { rx: 10 }),
    rect(-18, -84, 26, 18, fill, { rx: 6 }),
    rect(-10, -78, 10, 8, C.bg),
    rect(12, -82, 12, 14, '#C9A24A', { rx: 3 }),
    rect(-22, -52, 44, 6, '#C9A24A', { rx: 3, opacity: 0.6 }),
  ], { transform: `translate(${fmt(x)} ${fmt(y)}) scale(${fmt(s)})` });
}

// Woven basket exhibit (round).
export function wovenBowl(x, y, w, fill = C.sand) {
  return g([
    path(`M${x - w / 2} ${y - w * 0.32}Q${x} ${y + w * 0.12} ${x + w / 2} ${y - w * 0.32}Z`, fill),
    ellipse(x, y - w * 0.32, w / 2, w * 0.09, '#D98A4A'),
    stroke(`M${x - w * 0.4} ${y - w * 0.22}Q${x} ${y - w * 0.02} ${x + w * 0.4} ${y - w * 0.22}`, '#D98A4A', 3),
    stroke(`M${x - w * 0.3} ${y - w * 0.12}Q${x} ${y + w * 0.04} ${x + w * 0.3} ${y - w * 0.12}`, '#D98A4A', 3),
  ]);
}

// Person in a wheelchair, front view; (x, y) ground centre; s scale like person().
export function wheelchairPerson(o) {
  const s = o.s ?? 3;
  const x = o.x;
  const y = o.y;
  const wc = o.chair || C.ink;
  const parts = [];
  const k = (v) => v * s;
  // backrest behind the person
  parts.push(rect(x - k(16), y - k(78), k(32), k(40), wc, { rx: k(4), opacity: 0.9 }));
  // person sitting: body raised so the hips are at the seat
  const seatY = y - k(30);
  const p = person({ ...o, x, y: seatY + k(42), legs: 'hidden' });
  parts.push(p.svg);
  // lap and lower legs
  parts.push(rect(x - k(13), seatY - k(4), k(26), k(12), o.bottom || C.ink, { rx: k(5) }));
  parts.push(stroke(`M${x - k(6)} ${seatY + k(6)}L${x - k(7)} ${y - k(6)}`, o.bottom || C.ink, k(8.5)));
  parts.push(stroke(`M${x + k(6)} ${seatY + k(6)}L${x + k(7)} ${y - k(6)}`, o.bottom || C.ink, k(8.5)));
  parts.push(ellipse(x - k(8), y - k(4), k(5.5), k(3), C.ink));
  parts.push(ellipse(x + k(8), y - k(4), k(5.5), k(3), C.ink));
  parts.push(rect(x - k(16), y - k(3), k(32), k(3), wc, { rx: k(1.5) }));
  // big wheels seen almost edge-on
  parts.push(ellipse(x - k(20), y - k(22), k(5), k(22), wc));
  parts.push(ellipse(x + k(20), y - k(22), k(5), k(22), wc));
  parts.push(ellipse(x - k(20), y - k(22), k(2), k(17), C.grey));
  parts.push(ellipse(x + k(20), y - k(22), k(2), k(17), C.grey));
  // armrests
  parts.push(rect(x - k(22), seatY - k(10), k(8), k(4), wc, { rx: k(2) }));
  parts.push(rect(x + k(14), seatY - k(10), k(8), k(4), wc, { rx: k(2) }));
  return { svg: g(parts), hands: p.hands, head: p.head };
}

// A soft decorative backdrop: big circles in pale tints.
export function blobs(list) {
  return list.map(([x, y, r, fill, o = 1]) => circle(x, y, r, fill, { opacity: o })).join('');
}

// Whiteboard / blackboard with simple shapes (no text).
export function board(x, y, w, h, { fill = C.white, frame = '#C9C2B3', ink = C.blue, chalk = false, content } = {}) {
  const parts = [rect(x - 8, y - 8, w + 16, h + 16, frame, { rx: 10 }), rect(x, y, w, h, fill, { rx: 6 })];
  if (content) parts.push(content);
  parts.push(rect(x + w * 0.1, y + h + 8, w * 0.8, 10, frame, { rx: 5 }));
  return g(parts);
}

// Flag-like vertical banner without text: colour blocks only.
export function banner(x, y, h, col1, col2) {
  return g([
    rect(x - 3, y - 20, 6, h + 40, C.midGrey, { rx: 3 }),
    path(`M${x + 3} ${y}L${x + 63} ${y}L${x + 63} ${y + h * 0.62}L${x + 33} ${y + h * 0.52}L${x + 3} ${y + h * 0.62}Z`, col1),
    circle(x + 33, y + h * 0.24, h * 0.1, col2),
  ]);
}

export { C, g, rect, circle, ellipse, path, stroke, line, fmt };

// A person sitting on a bench or chair, front view (same construction as wheelchairPerson):
// (x, y) = floor under the feet; the seat is 30 units above the floor.
export function sitter(o) {
  const s = o.s ?? 3;
  const { x, y } = o;
  const k = (v) => v * s;
  const seatY = y - k(30);
  const p = person({ ...o, x, y: seatY + k(42), legs: 'hidden' });
  const legC = o.bottom || C.ink;
  const parts = [p.svg];
  parts.push(rect(x - k(13), seatY - k(4), k(26), k(12), legC, { rx: k(5) }));
  parts.push(stroke(`M${x - k(6)} ${seatY + k(6)}L${x - k(7)} ${y - k(3)}`, legC, k(8.5)));
  parts.push(stroke(`M${x + k(6)} ${seatY + k(6)}L${x + k(7)} ${y - k(3)}`, legC, k(8.5)));
  parts.push(ellipse(x - k(8.5), y - k(1.5), k(5.6), k(3.2), o.shoes || C.ink));
  parts.push(ellipse(x + k(8.5), y - k(1.5), k(5.6), k(3.2), o.shoes || C.ink));
  return { svg: g(parts), hands: p.hands, head: p.head, seatY };
}
