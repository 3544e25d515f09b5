// Charts and diagrams (1200 x 800). No words: only the seed's figures as digits, and icons.
import { C, svgDoc, g, rect, circle, ellipse, path, stroke, digits, fmt } from './core.mjs';
import { person, pictoPerson } from './people.mjs';
import { bubble, handshake, stepsPlant, heart, openBook, magnifier, raisedHands, plane, box, dashed } from './things.mjs';
import { globe, feature, d3 } from './geo.mjs';

const W = 1200;
const H = 800;

// Rounded-top bar.
const bar = (cx, base, w, h, fill) => path(`M${cx - w / 2} ${base}L${cx - w / 2} ${base - h + 18}Q${cx - w / 2} ${base - h} ${cx - w / 2 + 18} ${base - h}L${cx + w / 2 - 18} ${base - h}Q${cx + w / 2} ${base - h} ${cx + w / 2} ${base - h + 18}L${cx + w / 2} ${base}Z`, fill);

// Donation box with a heart dropping in (icon). centre (x, y), w.
function donationBox(x, y, w) {
  const s = w / 200;
  return g([
    rect(-70, -10, 140, 90, C.coral, { rx: 14 }),
    rect(-70, -10, 140, 22, '#C9573C', { rx: 10 }),
    rect(-36, -4, 72, 10, C.ink, { rx: 5, opacity: 0.75 }),
    heart(0, -58, 56, C.yellow),
  ], { transform: `translate(${fmt(x)} ${fmt(y)}) scale(${fmt(s)})` });
}

// FY2020: 49 JPP projects adopted; 10 projects financed by the JICA Donation Fund.
export function chartProjects() {
  const base = 590;
  const k = 8.4; // px per project
  const bars = [
    { v: 49, x: 440, fill: C.blue },
    { v: 10, x: 760, fill: C.coral },
  ];
  const parts = [];
  for (const b of bars) {
    const h = b.v * k;
    parts.push(bar(b.x, base, 220, h, b.fill));
    parts.push(digits(String(b.v), b.x, base - h - 32, 92, C.ink, { weight: 2.5 }));
  }
  parts.push(rect(250, base - 3, 700, 8, C.ink, { rx: 4 }));
  // icons under the bars: joined hands (partnership projects) and a donation box (donation fund)
  parts.push(circle(440, 680, 62, C.paleBlue));
  parts.push(handshake(440, 684, 132, { cuffL: C.blue, cuffR: C.teal, arm: 0.42 }));
  parts.push(circle(760, 680, 62, C.paleCoral));
  parts.push(donationBox(760, 676, 100));
  return svgDoc(W, H, parts);
}

// Three approaches: (1) dialogue, (2) collaboration, (3) activity support.
export function diagramThreeApproaches() {
  const cy = 420;
  const xs = [230, 600, 970];
  const cols = [C.blue, C.teal, C.coral];
  const R = 150;
  const parts = [];
  parts.push(dashed(`M${xs[0]} ${cy}L${xs[2]} ${cy}`, C.ink, 6, '2 18', { opacity: 0.35 }));
  xs.forEach((x, i) => {
    parts.push(ellipse(x, cy + R + 34, R * 0.8, 14, C.ink, { opacity: 0.08 }));
    parts.push(circle(x, cy, R, cols[i]));
    parts.push(circle(x, cy, R - 14, 'none', { stroke: C.white, 'stroke-width': 3, opacity: 0.35 }));
    // number badge
    const bx = x - R * 0.72;
    const by = cy - R * 0.72;
    parts.push(circle(bx, by, 46, C.yellow, { stroke: C.bg, 'stroke-width': 8 }));
    parts.push(digits(String(i + 1), bx + 1, by + 22, 44, C.ink, { weight: 2.8 }));
  });
  // 1: two speech bubbles
  parts.push(bubble(xs[0] - 28, cy - 30, 150, 92, C.white, { tail: 'bl', dot: C.blue }));
  parts.push(bubble(xs[0] + 40, cy + 48, 130, 80, C.yellow, { tail: 'br', dot: C.white }));
  // 2: joined hands
  parts.push(handshake(xs[1], cy - 10, 260, { cuffL: C.white, cuffR: C.yellow, arm: 0.72 }));
  // 3: rising steps with a growing plant
  parts.push(stepsPlant(xs[2] + 2, cy + 40, 190, { step: C.white, stepShade: C.yellow, pot: C.blue, plant: C.teal }));
  return svgDoc(W, H, parts);
}

// A small Japan (Natural Earth outline) linked to a globe: "how world issues relate to Japan".
function japanToGlobe(cx, cy) {
  const jp = feature('392', '50m');
  const proj = d3.geoMercator().fitExtent([[cx - 86, cy - 46], [cx - 22, cy + 44]], jp);
  const gp = d3.geoPath(proj);
  const gx = cx + 38;
  const gy = cy + 10;
  return g([
    dashed(`M${cx - 30} ${cy - 40}Q${cx + 6} ${cy - 78} ${gx + 4} ${gy - 50}`, C.blue, 6, '1 12'),
    `<path d="${gp(jp)}" fill="${C.coral}"/>`,
    globe(gx, gy, 44, { center: [40, 10], ocean: C.skyBlue, land: C.teal, res: '110m' }),
  ]);
}

// Four abilities: (1) understand links to Japan, (2) own problem, (3) study, (4) act — as steps on a path.
export function diagramFourAbilities() {
  const xs = [190, 463, 737, 1010];
  const tops = [600, 535, 470, 405];
  const cols = [C.blue, C.teal, C.yellow, C.coral];
  const parts = [];
  for (let i = 0; i < 4; i++) {
    const x = xs[i];
    const t = tops[i];
    const w = 236;
    // step block
    parts.push(rect(x - w / 2, t, w, 760 - t, cols[i], { rx: 18 }));
    parts.push(rect(x - w / 2, t, w, 22, C.white, { rx: 11, opacity: 0.35 }));
    parts.push(digits(String(i + 1), x, t + 104, 64, i === 2 ? C.ink : C.white, { weight: 2.8 }));
    // icon disc above the step
    parts.push(ellipse(x, t - 12, 90, 10, C.ink, { opacity: 0.08 }));
    parts.push(circle(x, t - 128, 104, C.white));
    parts.push(circle(x, t - 128, 104, 'none', { stroke: cols[i], 'stroke-width': 8 }));
  }
  parts.push(rect(40, 756, 1120, 10, C.ink, { rx: 5, opacity: 0.12 }));
  // chevrons between the discs
  for (let i = 0; i < 3; i++) {
    const mx = (xs[i] + xs[i + 1]) / 2;
    const my = (tops[i] + tops[i + 1]) / 2 - 128;
    parts.push(stroke(`M${mx - 9} ${my - 16}L${mx + 7} ${my}L${mx - 9} ${my + 16}`, C.ink, 6, { opacity: 0.3 }));
  }
  const iy = (i) => tops[i] - 128;
  parts.push(japanToGlobe(xs[0], iy(0) + 4));
  parts.push(heart(xs[1], iy(1) + 12, 128, C.coral));
  parts.push(openBook(xs[2] - 14, iy(2) + 16, 120, { cover: C.teal }));
  parts.push(magnifier(xs[2] + 32, iy(2) - 24, 30, { rim: C.coral, angle: 40 }));
  parts.push(raisedHands(xs[3], iy(3) + 16, 178, { sleeveL: C.coral, sleeveR: C.blue }));
  return svgDoc(W, H, parts);
}

// Timeline of the volunteer programme: 1965, 2020.3, 2020.11, 2021.3.
export function timeline() {
  const ly = 510;
  const marks = [
    { x: 170, t: '1965', col: C.blue },
    { x: 470, t: '2020.3', col: C.coral },
    { x: 760, t: '2020.11', col: C.teal },
    { x: 1030, t: '2021.3', col: C.yellow },
  ];
  const parts = [];
  // line with a break between 1965 and 2020
  parts.push(rect(50, ly - 6, 240, 12, C.ink, { rx: 6 }));
  parts.push(rect(362, ly - 6, 790, 12, C.ink, { rx: 6 }));
  parts.push(stroke(`M304 ${ly + 22}L318 ${ly - 22}`, C.ink, 6));
  parts.push(stroke(`M334 ${ly + 22}L348 ${ly - 22}`, C.ink, 6));
  parts.push(path(`M1150 ${ly - 22}L1178 ${ly}L1150 ${ly + 22}Z`, C.ink));
  const icons = [
    (x, y) => person({ x, y: y + 76, s: 1.5, skin: 1, hair: 'black', hairStyle: 'short', top: C.blue, backpack: C.yellow, arms: { r: 'wave' } }).svg,
    (x, y) => plane(x, y + 4, 140, { angle: -18, accent: C.coral, flip: true, body: C.paleBlue, window: C.blue }),
    (x, y) => plane(x, y + 4, 140, { angle: -18, accent: C.teal, body: C.paleBlue, window: C.blue }),
    (x, y) => [
      person({ x: x - 40, y: y + 64, s: 1.08, skin: 3, hair: 'black', hairStyle: 'bun', top: C.coral, backpack: C.teal }).svg,
      person({ x: x + 40, y: y + 64, s: 1.08, skin: 0, hair: 'brown', hairStyle: 'short', top: C.blue, backpack: C.yellow }).svg,
      person({ x, y: y + 74, s: 1.18, skin: 5, hair: 'black', hairStyle: 'crew', top: C.teal, backpack: C.coral, arms: { l: 'wave', r: 'wave' } }).svg,
    ].join(''),
  ];
  marks.forEach((m, i) => {
    const cy = 300;
    parts.push(stroke(`M${m.x} ${cy + 88}L${m.x} ${ly - 16}`, m.col, 6));
    parts.push(circle(m.x, cy, 92, C.white));
    parts.push(circle(m.x, cy, 92, 'none', { stroke: m.col, 'stroke-width': 8 }));
    parts.push(g(icons[i](m.x, cy)));
    parts.push(circle(m.x, ly, 20, m.col, { stroke: C.bg, 'stroke-width': 6 }));
    parts.push(digits(m.t, m.x, ly + 100, 46, C.ink, { track: 2.6, weight: 2.5 }));
  });
  return svgDoc(W, H, parts);
}

// Exactly 76 person icons, 19 x 4, one colour.
export function pictogram76() {
  const cols = 19;
  const rows = 4;
  const dx = 56;
  const dy = 150;
  const h = 112;
  const x0 = W / 2 - ((cols - 1) * dx) / 2;
  const y0 = H / 2 - ((rows - 1) * dy) / 2 + h / 2;
  const parts = [];
  let n = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      parts.push(pictoPerson(x0 + c * dx, y0 + r * dy, h, C.blue));
      n++;
    }
  }
  if (n !== 76) throw new Error('pictogram must have 76 icons');
  return svgDoc(W, H, parts);
}
