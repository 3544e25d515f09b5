// Locator maps (1000 x 800): country in coral, neighbours light grey, sea pale blue, no labels,
// with a small locator globe inset in a clear corner.
import { C, svgDoc, g, circle, rect, fmt } from './core.mjs';
import { regionMap, globe, ISO, d3, feature } from './geo.mjs';
import { pin } from './things.mjs';

const W = 1000;
const H = 800;

function inset(cx, cy, r, center, id) {
  return g([
    circle(cx + 4, cy + 6, r + 9, C.ink, { opacity: 0.12 }),
    circle(cx, cy, r + 9, C.white),
    globe(cx, cy, r, { center, ocean: '#C7DDEE', land: '#CFC8B8', highlight: { [id]: C.coral }, grat: true, shade: false }),
  ]);
}

// A ring around the country on the inset globe, so a small country is found at a glance.
function insetRing(cx, cy, r, center, lonlat, ringR) {
  const proj = d3.geoOrthographic().scale(r).translate([cx, cy]).rotate([-center[0], -center[1]]).clipAngle(90);
  const [x, y] = proj(lonlat);
  return circle(x, y, ringR, 'none', { stroke: C.coral, 'stroke-width': 3 });
}

export function mapCountry(which) {
  let bbox;
  let id;
  let ins;
  if (which === 'philippines') {
    id = ISO.philippines;
    bbox = [[106.5, 1.5], [135.5, 23.5]];
    ins = { cx: 870, cy: 130, r: 88, center: [122, 12], ll: [122, 12], ring: 22 };
  } else if (which === 'vietnam') {
    id = ISO.vietnam;
    bbox = [[93.5, 5.5], [120.5, 25.5]];
    ins = { cx: 130, cy: 670, r: 88, center: [106, 16], ll: [106, 16], ring: 24 };
  } else {
    id = ISO.japan;
    bbox = [[119, 23], [155, 47]];
    ins = { cx: 870, cy: 670, r: 88, center: [137, 36], ll: [137, 36], ring: 28 };
  }
  const m = regionMap(W, H, bbox, { focus: id });
  return svgDoc(W, H, [
    m.svg,
    inset(ins.cx, ins.cy, ins.r, ins.center, id),
    insetRing(ins.cx, ins.cy, ins.r, ins.center, ins.ll, ins.ring),
  ], { bg: null });
}

// Japan with the three Global Plazas (Sapporo, Tokyo Ichigaya, Nagoya); Okinawa in a small box, as is usual
// on maps of Japan.
export function mapGlobalPlazas() {
  const bbox = [[127.5, 30.2], [150.5, 45.9]];
  const m = regionMap(W, H, bbox, { focus: ISO.japan });
  const plazas = [
    [141.35, 43.06], // Sapporo (Hokkaido Global Plaza)
    [139.73, 35.69], // Tokyo, Ichigaya (JICA Global Plaza)
    [136.91, 35.18], // Nagoya (Nagoya Global Plaza)
  ];
  const pins = plazas.map(([lon, lat]) => {
    const [x, y] = m.proj([lon, lat]);
    return g([circle(x, y, 7, C.white), circle(x, y, 4.5, C.blue), pin(x, y - 2, 74, C.blue)]);
  });
  // Okinawa / Nansei islands inset (bottom-right, open Pacific)
  const bw = 340;
  const bh = 210;
  const bx = W - bw - 26;
  const by = H - bh - 26;
  const sub = regionMap(bw, bh, [[122.6, 23.8], [131.6, 29.0]], { focus: ISO.japan });
  const insetBox = g([
    rect(bx + 4, by + 6, bw, bh, C.ink, { opacity: 0.1, rx: 14 }),
    `<clipPath id="okc"><rect x="0" y="0" width="${bw}" height="${bh}" rx="12"/></clipPath>`,
    g(sub.svg, { transform: `translate(${bx} ${by})`, 'clip-path': 'url(#okc)' }),
    rect(bx, by, bw, bh, 'none', { rx: 12, stroke: C.white, 'stroke-width': 6 }),
  ]);
  return svgDoc(W, H, [m.svg, insetBox, ...pins], { bg: null });
}
