// Pictures for pages of the civil-society pack: local-governments and ngo-partnership exhibits that had text only
// (1200 x 800). Drawn by the plaza-kiosk project, CC BY 4.0.
import { C, SKIN, svgDoc, g, rect, circle, ellipse, path, stroke, line, shadow, fmt } from '../lib/core.mjs';
import { person } from '../lib/people.mjs';
import {
  bubble, plane, laptop, cloud, sun, tree, hill, house, townHall, heart, pin, handshake, dashed, star, seedling,
} from '../lib/things.mjs';
import { feature, globe, ISO, d3 } from '../lib/geo.mjs';
import { byDepth, at, P, panel, deskGlobe, wheelchairPerson, board, clipTo, worldFlat } from './common.mjs';

const W = 1200;
const H = 800;
const skinOf = (s) => (typeof s === 'number' ? SKIN[s] : s);
// a hand circle of a figure drawn at scale s (over the object it holds)
const handAt = ([x, y], skin, s) => circle(x, y, 4.3 * s, skinOf(skin));

// A folder of papers held in front of the body (the agreement), centred at (x, y).
function folder(x, y, w, { fill = C.blue, r = 0 } = {}) {
  const h = w * 1.25;
  return g([
    rect(-w / 2 + 5, -h / 2 - 5, w, h, C.white, { rx: 3 }),
    rect(-w / 2, -h / 2, w, h, fill, { rx: 4 }),
    rect(-w / 2 + w * 0.18, -h / 2 + h * 0.2, w * 0.64, h * 0.12, C.white, { rx: 2, opacity: 0.35 }),
  ], { transform: `translate(${fmt(x)} ${fmt(y)}) rotate(${fmt(r)})` });
}

// The signed agreement held up in one hand: a sheet with lines, a signature squiggle and a red seal.
function agreement(x, y, w, { r = 0 } = {}) {
  const h = w * 1.3;
  return g([
    rect(-w / 2, -h / 2, w, h, C.white, { rx: 3, stroke: '#D8D0C0', 'stroke-width': 1.5 }),
    rect(-w * 0.34, -h * 0.36, w * 0.68, 4, C.blue, { rx: 2 }),
    rect(-w * 0.34, -h * 0.22, w * 0.68, 3.5, C.grey, { rx: 2 }),
    rect(-w * 0.34, -h * 0.1, w * 0.5, 3.5, C.grey, { rx: 2 }),
    rect(-w * 0.34, h * 0.02, w * 0.6, 3.5, C.grey, { rx: 2 }),
    stroke(`M${-w * 0.34} ${h * 0.3}q${w * 0.07} ${-h * 0.14} ${w * 0.12} 0t${w * 0.12} 0t${w * 0.12} ${-h * 0.04}`, C.ink, 2),
    circle(w * 0.26, h * 0.28, w * 0.1, 'none', { stroke: C.coral, 'stroke-width': 2.6 }),
  ], { transform: `translate(${fmt(x)} ${fmt(y)}) rotate(${fmt(r)})` });
}

// ---------------------------------------------------------------------------------------------
// local-governments / how: in a meeting room of the town hall, an officer presents the town's own
// project proposal (a plan: from the town to a village abroad); the head of the local government and
// a JICA representative shake hands on a cooperation agreement they have just signed; a coordinator for
// international cooperation shows young people of the region the world on a globe.
export function pageLocalGovernmentsHow() {
  const parts = [];
  const floorY = 560;
  parts.push(rect(0, 0, W, floorY, '#EDF1EF'));
  parts.push(rect(0, floorY - 150, W, 150, '#E2E9E5'));
  parts.push(rect(0, floorY - 154, W, 6, '#D3DDD8'));
  parts.push(rect(0, floorY, W, H - floorY, C.floor));
  parts.push(rect(0, floorY - 8, W, 10, '#DCD1BD'));
  // a wall clock without numerals
  parts.push(circle(1010, 120, 40, C.white, { stroke: C.teal, 'stroke-width': 6 }));
  parts.push(stroke('M1010 120L1010 94M1010 120L1030 130', C.ink, 5));
  const items = [];
  // --- left: the proposal board on an easel: town hall -> (plane) -> a village abroad with people and a sprout
  const bx = 50;
  const by = 150;
  const bw = 330;
  const bh = 230;
  const plan = g([
    rect(bx, by, bw, bh, C.white, { rx: 6 }),
    rect(bx + 14, by + 14, 130, bh - 28, C.paleBlue, { rx: 8 }),
    rect(bx + bw - 144, by + 14, 130, bh - 28, C.paleYellow, { rx: 8 }),
    rect(bx + 14, by + bh - 56, 130, 42, '#D3E6C8', { rx: 0 }),
    townHall(bx + 79, by + bh - 54, 92, { roof: C.teal, accent: C.blue }),
    rect(bx + bw - 144, by + bh - 56, 130, 42, '#EBD3A8'),
    tree(bx + bw - 40, by + bh - 54, 100, { type: 'palm', leaf: C.teal, trunk: '#A2744C' }),
    sun(bx + bw - 110, by + 50, 16),
    seedling(bx + bw - 104, by + bh - 52, 40, C.sage),
    dashed(`M${bx + 120} ${by + 70}Q${bx + bw / 2} ${by + 20} ${bx + bw - 130} ${by + 70}`, C.coral, 5, '1 12'),
    plane(bx + bw / 2, by + 46, 70, { angle: 4, accent: C.coral }),
    person({ x: bx + bw - 82, y: by + bh - 20, s: 0.5, skin: 4, hair: 'black', hairStyle: 'short', top: C.coral, arms: { l: 'give' } }).svg,
    person({ x: bx + bw - 124, y: by + bh - 20, s: 0.5, skin: 1, hair: 'black', hairStyle: 'short', top: C.white, jacket: C.navy, arms: { r: 'give' } }).svg,
  ]);
  items.push(at(600, g([
    stroke(`M${bx + 60} 620L${bx + 90} ${by + bh}M${bx + bw - 60} 620L${bx + bw - 90} ${by + bh}M${bx + bw / 2} 610L${bx + bw / 2} ${by + bh}`, '#B59873', 9),
    rect(bx - 10, by - 10, bw + 20, bh + 20, '#C9C2B3', { rx: 10 }),
    plan,
    rect(bx + 20, by + bh + 10, bw - 40, 12, '#C9C2B3', { rx: 6 }),
  ])));
  // the officer presenting the plan
  items.push(P({ x: 425, y: 700, s: 2.95, skin: 1, hair: 'black', hairStyle: 'short', top: C.white, jacket: C.navy, bottom: C.navy, lanyard: C.blue, arms: { l: 'pointUp', r: 'relaxed' }, open: true }));
  const sx = 3.0;
  const mayor = person({ x: 575, y: 730, s: sx, skin: 0, hair: 'grey', hairStyle: 'short', top: C.white, jacket: C.navy, bottom: C.navy, glasses: true, arms: { r: 'give', l: 'hold' }, open: true });
  const jica = person({ x: 575 + 2 * (9.9 + 22) * sx, y: 730, s: sx, skin: 3, hair: 'black', hairStyle: 'bob', top: C.white, jacket: C.blue, bottom: C.navy, skirt: true, lanyard: C.coral, arms: { l: 'give', r: 'hold' }, open: true });
  const [hx, hy] = mayor.hands.r;
  items.push(at(730, [
    shadow(575, 730, 42), shadow(jica.head[0], 730, 42), mayor.svg, jica.svg,
    agreement(mayor.hands.l[0] + 18, mayor.hands.l[1] - 26, 56, { r: -6 }), handAt(mayor.hands.l, 0, sx),
    agreement(jica.hands.r[0] + 16, jica.hands.r[1] - 26, 56, { r: 6 }), handAt(jica.hands.r, 3, sx),
    circle(hx, hy + 1, 15, SKIN[0]), circle(hx + 6, hy + 4, 12, SKIN[3]),
  ].join('')));
  items.push(at(800, bubble(hx, 236, 150, 96, C.white, { tail: 'b', content: handshake(hx, 236, 112, { left: SKIN[0], right: SKIN[3], cuffL: C.navy, cuffR: C.blue, lineL: '#E2C3A8' }) })));
  // --- right: a coordinator for international cooperation shows young people the world on a globe
  items.push(at(640, g([
    shadow(1010, 640, 70, 10, 0.1),
    rect(940, 536, 140, 16, '#C99A62', { rx: 5 }),
    rect(1004, 552, 12, 86, '#B9885A'),
    ellipse(1010, 640, 44, 8, '#B9885A'),
    deskGlobe(1010, 538, 62, { center: [135, 20] }),
  ])));
  items.push(P({ x: 1130, y: 700, s: 2.95, skin: 4, hair: 'black', hairStyle: 'curly', top: C.white, vest: C.teal, bottom: C.ink, lanyard: C.yellow, arms: { l: 'point', r: 'relaxed' }, open: true }));
  items.push(P({ x: 905, y: 724, s: 2.6, skin: 2, hairStyle: 'hijab', hat: C.coral, top: C.sand, bottom: C.navy, arms: { r: 'up', l: 'relaxed' }, open: true }));
  items.push(P({ x: 1015, y: 782, s: 2.3, kind: 'child', back: true, skin: 1, hair: 'black', hairStyle: 'crew', top: C.skyBlue, bottom: C.ink, backpack: C.blue }));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// A thought cloud (circles round an ellipse) with a clipped picture inside and a trail of small
// circles towards (tx, ty), the head of the person who thinks it.
function thought(cx, cy, rx, ry, inner, [tx, ty], { fill = C.white, bg = C.paleYellow } = {}) {
  const parts = [];
  const n = 14;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    parts.push(circle(cx + Math.cos(a) * rx, cy + Math.sin(a) * ry, Math.min(rx, ry) * 0.34, fill));
  }
  parts.push(ellipse(cx, cy, rx, ry, fill));
  // trail
  for (const [t, r] of [[0.78, 16], [0.88, 11], [0.96, 7]]) {
    parts.push(circle(cx + (tx - cx) * t, cy + (ty - cy) * t, r, fill));
  }
  const id = `thought${Math.round(cx)}${Math.round(cy)}`;
  parts.push(`<clipPath id="${id}"><ellipse cx="${fmt(cx)}" cy="${fmt(cy)}" rx="${fmt(rx * 0.97)}" ry="${fmt(ry * 0.93)}"/></clipPath>`);
  parts.push(g([rect(cx - rx, cy - ry, 2 * rx, 2 * ry, bg), inner], { 'clip-path': `url(#${id})` }));
  return g(parts);
}

// Clipboard held in a hand, centred at (x, y).
function clipboard(x, y, w, { r = 0, fill = '#B98A5A' } = {}) {
  const h = w * 1.3;
  return g([
    rect(-w / 2, -h / 2, w, h, fill, { rx: 4 }),
    rect(-w / 2 + 4, -h / 2 + 7, w - 8, h - 11, C.white, { rx: 2 }),
    rect(-w * 0.2, -h / 2 - 3, w * 0.4, 9, C.midGrey, { rx: 3 }),
    rect(-w * 0.32, -h * 0.22, w * 0.64, 3, C.grey, { rx: 1.5 }),
    rect(-w * 0.32, -h * 0.06, w * 0.5, 3, C.grey, { rx: 1.5 }),
    rect(-w * 0.32, h * 0.1, w * 0.6, 3, C.grey, { rx: 1.5 }),
  ], { transform: `translate(${fmt(x)} ${fmt(y)}) rotate(${fmt(r)})` });
}

// The JICA staff member of these pages (same look on each local-governments page).
const JICA_STAFF = { skin: 3, hair: 'black', hairStyle: 'bob', top: C.white, jacket: C.blue, bottom: C.navy, skirt: true, lanyard: C.coral };
// local-government staff: navy jackets and blue lanyards
const LG = { top: C.white, jacket: C.navy, bottom: C.navy, lanyard: C.blue };

// ---------------------------------------------------------------------------------------------
// local-governments / on-loan: a JICA staff member works for a while in the town hall's office. At a
// big map of the town she explains an idea to her local-government colleagues, who take notes; in her
// thought cloud, her work with people in a developing country (a field of young plants under a palm).
export function pageLocalGovernmentsOnLoan() {
  const parts = [];
  const floorY = 570;
  parts.push(rect(0, 0, W, floorY, '#F3EDE0'));
  parts.push(rect(0, floorY, W, H - floorY, C.floor));
  parts.push(rect(0, floorY - 8, W, 10, '#DCD1BD'));
  // --- the big town map on the wall: land, river, roads, houses, the town hall, fields, pins
  const mx = 640;
  const my = 70;
  const mw = 500;
  const mh = 330;
  const map = [
    rect(mx, my, mw, mh, '#DCEBD3'),
    path(`M${mx} ${my + 60}Q${mx + 180} ${my + 110} ${mx + 240} ${my + 200}T${mx + mw} ${my + 300}L${mx + mw} ${my + 330}Q${mx + 380} ${my + 310} ${mx + 210} ${my + 220}T${mx} ${my + 92}Z`, C.skyBlue),
    hill(mx + 90, my + 40, 120, 40, '#BFDAB5'),
    hill(mx + 420, my + 40, 140, 46, '#BFDAB5'),
    stroke(`M${mx + 40} ${my + 300}L${mx + 300} ${my + 130}L${mx + 480} ${my + 80}`, C.white, 9),
    stroke(`M${mx + 120} ${my + 170}L${mx + 380} ${my + 290}`, C.white, 7),
    stroke(`M${mx + 300} ${my + 130}L${mx + 330} ${my + 250}`, C.white, 7),
  ];
  for (let i = 0; i < 4; i++) for (let j = 0; j < 2; j++) map.push(rect(mx + 30 + i * 36, my + 200 + j * 30, 30, 24, j % 2 === i % 2 ? '#C6DEB9' : '#B5D3A6', { rx: 3 }));
  const houses = [[330, 90, C.coral], [370, 110, C.blue], [410, 92, C.teal], [350, 170, C.blue], [400, 170, C.coral], [440, 150, C.sand], [200, 120, C.teal], [460, 220, C.blue]];
  for (const [hx, hy, col] of houses) map.push(house(mx + hx, my + hy, 26, 18, { roof: col, wall: C.white, door: C.sand, win: C.paleBlue }));
  map.push(townHall(mx + 250, my + 122, 56, { roof: C.teal, accent: C.blue }));
  map.push(pin(mx + 132, my + 196, 42, C.coral), pin(mx + 420, my + 270, 42, C.coral), pin(mx + 215, my + 70, 42, C.yellow));
  parts.push(panel(mx - 14, my - 14, mw + 28, mh + 28, map.join(''), { pad: 14 }));
  // --- her desk on the left: a laptop, a desk globe and a plant
  const items = [];
  items.push(at(620, g([
    shadow(220, 650, 190, 14, 0.08),
    rect(40, 560, 360, 22, '#C99A62', { rx: 6 }),
    rect(56, 582, 330, 70, '#B9885A', { rx: 4 }),
    laptop(170, 560, 120, (sx, sy, sw, sh) => g([rect(sx, sy, sw, sh, C.paleBlue), rect(sx + 8, sy + 8, sw * 0.5, 8, C.blue, { rx: 3 }), rect(sx + 8, sy + 24, sw - 16, 6, C.grey, { rx: 3 }), rect(sx + 8, sy + 36, sw * 0.6, 6, C.grey, { rx: 3 })])),
    // a framed photo of her time abroad (palm tree and sun)
    rect(296, 486, 76, 74, C.white, { rx: 5, stroke: '#C9C2B3', 'stroke-width': 3 }),
    clipTo(304, 494, 60, 58, g([rect(304, 494, 60, 58, C.paleYellow), sun(322, 512, 7), rect(304, 536, 60, 16, '#EBD3A8'), tree(350, 542, 52, { type: 'palm', leaf: C.teal, trunk: '#A2744C' })]), 2),
    rect(60, 530, 26, 30, C.coral, { rx: 4 }), seedling(73, 532, 46, C.teal),
  ])));
  // --- the JICA staff member explaining at the map
  const sx = 3.0;
  const staff = person({ x: 555, y: 725, s: sx, ...JICA_STAFF, arms: { r: 'pointUp', l: 'relaxed' }, open: true });
  items.push(at(725, shadow(555, 725, 42) + staff.svg));
  // --- her colleagues of the town hall, listening and taking notes
  const c1 = person({ x: 745, y: 742, s: 2.95, skin: 0, hair: 'grey', hairStyle: 'bald', glasses: true, ...LG, arms: { l: 'hold', r: 'chest' } });
  items.push(at(742, shadow(745, 742, 41) + c1.svg + clipboard(c1.hands.l[0] + 10, c1.hands.l[1] - 18, 40, { r: -8 }) + handAt(c1.hands.l, 0, 2.95)));
  const c2 = person({ x: 885, y: 728, s: 2.9, skin: 1, hairStyle: 'hijab', hat: C.teal, top: C.white, jacket: C.navy, bottom: C.navy, skirt: true, lanyard: C.blue, arms: { l: 'hold', r: 'chest' }, open: true });
  items.push(at(728, shadow(885, 728, 40) + c2.svg + clipboard(c2.hands.l[0] + 12, c2.hands.l[1] - 16, 40, { r: -10 }) + handAt(c2.hands.l, 1, 2.9) + stroke(`M${fmt(c2.hands.r[0] - 2)} ${fmt(c2.hands.r[1])}L${fmt(c2.hands.r[0] + 14)} ${fmt(c2.hands.r[1] - 20)}`, C.ink, 4)));
  const wc = wheelchairPerson({ x: 1060, y: 752, s: 2.8, skin: 2, hair: 'black', hairStyle: 'short', ...LG, arms: { l: 'wave', r: 'relaxed' }, open: true });
  items.push(at(752, shadow(1060, 752, 46) + wc.svg));
  parts.push(byDepth(items));
  // --- her thought: working with people in a developing country, in a field of young plants
  const tcx = 290;
  const tcy = 200;
  const inner = [
    sun(tcx - 130, tcy - 62, 24),
    cloud(tcx + 40, tcy - 80, 0.45, C.white),
    hill(tcx - 60, tcy + 30, 280, 60, '#E5D8A8'),
    rect(tcx - 300, tcy + 20, 600, 200, '#EBD3A8'),
    tree(tcx + 168, tcy + 70, 150, { type: 'palm', leaf: C.teal, trunk: '#A2744C' }),
  ];
  for (let r = 0; r < 3; r++) for (let c = 0; c < 7; c++) inner.push(seedling(tcx - 200 + c * 44 + (r % 2) * 22, tcy + 40 + r * 28, 22 + r * 4, C.sage));
  inner.push(shadow(tcx - 70, tcy + 118, 20), shadow(tcx + 20, tcy + 116, 20), shadow(tcx + 100, tcy + 120, 20));
  inner.push(person({ x: tcx - 70, y: tcy + 118, s: 1.2, skin: 5, hair: 'black', hairStyle: 'short', top: C.yellow, bottom: C.ink, shortSleeves: true, arms: { r: 'reach' }, open: true }).svg);
  inner.push(person({ x: tcx + 20, y: tcy + 116, s: 1.25, skin: 3, hair: 'black', hairStyle: 'bob', top: C.teal, bottom: C.navy, shortSleeves: true, arms: { l: 'point', r: 'relaxed' }, open: true }).svg);
  inner.push(person({ x: tcx + 100, y: tcy + 120, s: 1.2, skin: 4, hairStyle: 'hijab', hat: C.coral, top: C.sand, bottom: C.blue, skirt: true, arms: { l: 'wave' }, open: true }).svg);
  parts.push(thought(tcx, tcy, 230, 130, inner.join(''), staff.headTop));
  return svgDoc(W, H, parts);
}

// Rolling suitcase standing at (x, y) (bottom centre), its pull handle up to the hand (hx, hy).
function suitcase(x, y, w, h, fill, [hx, hy]) {
  const top = y - 8 - h;
  return g([
    stroke(`M${fmt(x - w * 0.16)} ${fmt(top + 2)}L${fmt(hx - w * 0.16)} ${fmt(hy + 4)}M${fmt(x + w * 0.16)} ${fmt(top + 2)}L${fmt(hx + w * 0.16)} ${fmt(hy + 4)}`, C.midGrey, 4),
    stroke(`M${fmt(hx - w * 0.2)} ${fmt(hy)}L${fmt(hx + w * 0.2)} ${fmt(hy)}`, C.ink, 7),
    circle(x - w * 0.3, y - 5, 6, C.ink),
    circle(x + w * 0.3, y - 5, 6, C.ink),
    rect(x - w / 2, top, w, h, fill, { rx: w * 0.16 }),
    rect(x - w / 2 + w * 0.22, top + h * 0.12, w * 0.1, h * 0.76, C.white, { rx: 3, opacity: 0.28 }),
    rect(x + w / 2 - w * 0.32, top + h * 0.12, w * 0.1, h * 0.76, C.white, { rx: 3, opacity: 0.28 }),
  ]);
}

// A medal on a ribbon hanging round the neck of a figure p drawn at scale s.
function medal(p, s, ribbon = C.blue) {
  const [cx, cy] = p.chest;
  return g([
    stroke(`M${fmt(cx - 6 * s)} ${fmt(cy - 12 * s)}L${fmt(cx)} ${fmt(cy + 4 * s)}L${fmt(cx + 6 * s)} ${fmt(cy - 12 * s)}`, ribbon, 2.2 * s),
    circle(cx, cy + 8 * s, 5.2 * s, C.yellow, { stroke: '#D3A94A', 'stroke-width': 1.2 * s }),
    star(cx, cy + 8 * s, 2.8 * s, '#D3A94A'),
  ]);
}

// Balloon on a string from (x, y) (the hand) up to the balloon centre (bx, by).
const balloon = (x, y, bx, by, fill) => g([
  stroke(`M${fmt(x)} ${fmt(y)}Q${fmt((x + bx) / 2 + 10)} ${fmt((y + by) / 2)} ${fmt(bx)} ${fmt(by + 30)}`, C.midGrey, 2),
  ellipse(bx, by, 24, 30, fill),
  path(`M${fmt(bx - 5)} ${fmt(by + 34)}L${fmt(bx + 5)} ${fmt(by + 34)}L${fmt(bx)} ${fmt(by + 28)}Z`, fill),
  ellipse(bx - 8, by - 10, 5, 9, C.white, { opacity: 0.35 }),
]);

// Recycling bin with a simple icon on its front: 'bottle' | 'can' | 'paper'. (x, y) bottom centre.
function recycleBin(x, y, w, fill, icon) {
  const h = w * 1.35;
  const parts = [
    rect(x - w / 2, y - h, w, h, fill, { rx: 8 }),
    rect(x - w / 2 - 5, y - h - 12, w + 10, 16, fill, { rx: 6 }),
    rect(x - w * 0.22, y - h - 12, w * 0.44, 5, C.ink, { rx: 2.5, opacity: 0.35 }),
    circle(x, y - h * 0.5, w * 0.3, C.white, { opacity: 0.92 }),
  ];
  const cy = y - h * 0.5;
  const u = w / 100;
  if (icon === 'bottle') parts.push(path(`M${x - 5 * u} ${cy - 22 * u}h${10 * u}v${8 * u}q${8 * u} ${4 * u} ${8 * u} ${12 * u}v${24 * u}q0 ${4 * u} ${-4 * u} ${4 * u}h${-18 * u}q${-4 * u} 0 ${-4 * u} ${-4 * u}v${-24 * u}q0 ${-8 * u} ${8 * u} ${-12 * u}Z`, fill));
  if (icon === 'can') parts.push(rect(x - 12 * u, cy - 20 * u, 24 * u, 40 * u, fill, { rx: 5 * u }), rect(x - 12 * u, cy - 8 * u, 24 * u, 8 * u, C.white, { opacity: 0.6 }));
  if (icon === 'paper') parts.push(rect(x - 14 * u, cy - 18 * u, 28 * u, 36 * u, fill, { rx: 3 * u }), rect(x - 8 * u, cy - 8 * u, 16 * u, 3 * u, C.white), rect(x - 8 * u, cy, 16 * u, 3 * u, C.white));
  return g(parts);
}

// Watering can held in a hand at (hx, hy), spout to the right (or left when flip).
function wateringCan(hx, hy, w, fill = C.teal, flip = false) {
  const u = w / 100;
  const d = flip ? -1 : 1;
  return g([
    stroke(`M${-30 * u} ${-10 * u}Q${-30 * u} ${-52 * u} 0 ${-52 * u}Q${24 * u} ${-52 * u} ${24 * u} ${-14 * u}`, fill, 7 * u),
    rect(-40 * u, -16 * u, 70 * u, 56 * u, fill, { rx: 10 * u }),
    stroke(`M${26 * u} ${10 * u}L${66 * u} ${-24 * u}`, fill, 9 * u),
    rect(60 * u, -34 * u, 20 * u, 12 * u, fill, { rx: 4 * u, transform: `rotate(-40 ${70 * u} ${-28 * u})` }),
    ...[0, 1, 2].map((i) => line((80 + i * 4) * u, (-20 + i * 8) * u, (92 + i * 4) * u, (0 + i * 10) * u, C.skyBlue, 3 * u)),
  ], { transform: `translate(${fmt(hx)} ${fmt(hy + 50 * u)}) scale(${fmt(d)} 1)` });
}

// ---------------------------------------------------------------------------------------------
// local-governments / know-how: a festive day in the town square under a garland. Left: town-hall
// staff and the JICA staff member welcome a family from abroad with their suitcase. Centre: the town
// as a host town — children cheer two athletes with medals, one a wheelchair athlete. Right: working
// towards the SDGs — residents plant a young tree and sort rubbish into recycling bins.
export function pageLocalGovernmentsKnowHow() {
  const parts = [];
  const groundY = 520;
  parts.push(rect(0, 0, W, H, '#EEF4F3'));
  parts.push(sun(1100, 90, 36));
  parts.push(cloud(170, 90, 0.7, C.white));
  parts.push(cloud(700, 70, 0.55, C.white, 0.9));
  parts.push(hill(260, groundY, 380, 120, '#D6E7CD'));
  parts.push(hill(900, groundY, 460, 150, '#CFE3C6'));
  // the community hall and houses behind the square
  parts.push(house(20, groundY, 200, 130, { roof: C.blue, wall: C.white }));
  parts.push(rect(430, groundY - 190, 340, 190, C.cream, { rx: 6 }));
  parts.push(rect(410, groundY - 206, 380, 26, C.teal, { rx: 8 }));
  for (let i = 0; i < 4; i++) parts.push(rect(456 + i * 80, groundY - 160, 50, 60, C.paleBlue, { rx: 4 }));
  parts.push(rect(560, groundY - 86, 80, 86, C.blue, { rx: 4 }));
  parts.push(house(980, groundY, 190, 120, { roof: C.coral, wall: C.white }));
  parts.push(tree(300, groundY + 4, 150, { type: 'round', leaf: C.teal }));
  parts.push(tree(880, groundY + 4, 170, { type: 'round', leaf: C.midTeal }));
  parts.push(rect(0, groundY, W, H - groundY, '#E4DBC8'));
  parts.push(rect(0, groundY, W, 12, '#D6CBB4'));
  // garland of paper triangles across the square (no text)
  parts.push(rect(26, 170, 8, 360, C.midGrey, { rx: 4 }));
  parts.push(rect(1166, 170, 8, 360, C.midGrey, { rx: 4 }));
  const gy = (t) => 180 + 120 * 4 * t * (1 - t);
  parts.push(stroke(`M30 180Q600 ${180 + 240} 1170 180`, C.ink, 3, { opacity: 0.4 }));
  for (let i = 0; i < 16; i++) {
    const t = (i + 0.5) / 16;
    const x = 30 + 1140 * t;
    const y = gy(t);
    parts.push(path(`M${fmt(x - 17)} ${fmt(y - 3)}L${fmt(x + 17)} ${fmt(y - 3)}L${fmt(x)} ${fmt(y + 30)}Z`, [C.coral, C.yellow, C.teal, C.blue][i % 4]));
  }
  const items = [];
  const S = 2.35;
  // --- left: welcoming a family from abroad
  const lg = person({ x: 78, y: 690, s: S, skin: 1, hair: 'black', hairStyle: 'short', ...LG, arms: { r: 'wave', l: 'relaxed' }, open: true });
  items.push(at(690, shadow(78, 690, 33) + lg.svg));
  const staff = person({ x: 168, y: 700, s: S, ...JICA_STAFF, arms: { r: 'give', l: 'relaxed' }, open: true });
  items.push(at(700, shadow(168, 700, 33) + staff.svg));
  const mum = person({ x: 168 + 2 * (9.9 + 22) * S, y: 700, s: S, skin: 4, hairStyle: 'hijab', hat: C.yellow, top: C.coral, bottom: C.blue, skirt: true, arms: { l: 'give', r: 'down' }, open: true });
  items.push(at(700, shadow(mum.head[0] + 20, 702, 46) + mum.svg + suitcase(mum.hands.r[0] + 2, 702, 48, 74, C.sand, mum.hands.r)));
  items.push(P({ x: 225, y: 762, s: 1.75, kind: 'child', skin: 4, hair: 'black', hairStyle: 'twin', top: C.yellow, bottom: C.teal, arms: { l: 'wave' }, open: true }));
  // the welcome folder handed over between them
  const fx = (staff.hands.r[0] + mum.hands.l[0]) / 2;
  const fy = staff.hands.r[1];
  items.push(at(765, g([folder(fx, fy - 8, 36, { fill: C.teal }), handAt(staff.hands.r, 3, S), handAt(mum.hands.l, 4, S)])));
  items.push(at(800, bubble(fx, 330, 104, 66, C.white, { tail: 'b', content: heart(fx, 334, 32, C.coral) })));
  // --- centre: host town — two athletes with medals cheered by children
  const runner = person({ x: 520, y: 712, s: 2.5, skin: 5, hair: 'black', hairStyle: 'crew', top: C.coral, bottom: C.navy, shortSleeves: true, arms: { l: 'cheer', r: 'relaxed' }, open: true });
  items.push(at(712, shadow(520, 712, 35) + runner.svg + medal(runner, 2.5)));
  const ws = 2.4;
  const wca = wheelchairPerson({ x: 665, y: 722, s: ws, skin: 1, hair: 'brown', hairStyle: 'ponytail', top: C.yellow, bottom: C.navy, shortSleeves: true, arms: { l: 'cheer', r: 'relaxed' }, open: true });
  items.push(at(722, shadow(665, 722, 42) + wca.svg + medal({ chest: [665, 722 - 30 * ws + (42 - 62) * ws] }, ws, C.teal)));
  items.push(P({ x: 440, y: 776, s: 1.75, kind: 'child', skin: 2, hair: 'black', hairStyle: 'cap', hat: C.yellow, top: C.white, bottom: C.navy, legs: 'jump', arms: { l: 'cheer', r: 'cheer' }, open: true }));
  const bk = person({ x: 598, y: 786, s: 1.75, kind: 'child', skin: 0, hair: 'blond', hairStyle: 'bob', top: C.skyBlue, bottom: C.blue, arms: { r: 'up', l: 'relaxed' }, open: true });
  items.push(at(786, shadow(598, 786, 24) + bk.svg + balloon(bk.hands.r[0], bk.hands.r[1], 612, 452, C.coral)));
  items.push(P({ x: 752, y: 780, s: 1.75, kind: 'child', skin: 3, hair: 'black', hairStyle: 'curly', top: C.teal, bottom: C.ink, arms: { l: 'cheer', r: 'wave' }, open: true }));
  // --- right: SDGs — sorting rubbish into recycling bins, planting a young tree
  items.push(at(640, g([shadow(1110, 640, 80, 8, 0.1), recycleBin(1060, 640, 44, C.blue, 'bottle'), recycleBin(1110, 640, 44, C.yellow, 'can'), recycleBin(1160, 640, 44, C.teal, 'paper')])));
  const wr = person({ x: 1002, y: 652, s: 2.15, skin: 0, hair: 'darkBrown', hairStyle: 'bun', top: C.yellow, bottom: C.navy, arms: { r: [[12, 10], [26, 14]], l: 'relaxed' }, open: true });
  const [bxh, byh] = wr.hands.r;
  items.push(at(652, shadow(1002, 652, 30) + wr.svg + path(`M${fmt(bxh + 2)} ${fmt(byh - 22)}h10v7q7 4 7 10v22q0 3 -3 3h-18q-3 0 -3 -3v-22q0 -6 7 -10Z`, C.skyBlue) + handAt(wr.hands.r, 0, 2.15)));
  items.push(at(736, g([ellipse(878, 752, 44, 9, '#B58A5E'), tree(878, 754, 104, { type: 'round', leaf: C.sage })])));
  const gp = person({ x: 812, y: 746, s: S, skin: 2, hair: 'grey', hairStyle: 'bald', glasses: true, top: C.sage, bottom: C.ink, arms: { r: 'reach', l: 'relaxed' }, open: true });
  const [shx, shy] = gp.hands.r;
  items.push(at(746, shadow(812, 746, 33) + gp.svg + g([stroke(`M${fmt(shx - 4)} ${fmt(shy - 34)}L${fmt(shx + 6)} ${fmt(shy + 108)}`, '#9C6B45', 6), path(`M${fmt(shx - 8)} ${fmt(shy + 104)}L${fmt(shx + 20)} ${fmt(shy + 104)}L${fmt(shx + 16)} ${fmt(shy + 128)}Q${fmt(shx + 6)} ${fmt(shy + 136)} ${fmt(shx - 4)} ${fmt(shy + 128)}Z`, C.midGrey)]) + handAt(gp.hands.r, 2, S)));
  const girl = person({ x: 1022, y: 772, s: 1.8, kind: 'child', skin: 5, hair: 'black', hairStyle: 'ponytail', top: C.coral, bottom: C.navy, arms: { l: 'give', r: 'relaxed' }, open: true });
  items.push(at(772, shadow(1022, 772, 24) + girl.svg + wateringCan(girl.hands.l[0] - 6, girl.hands.l[1] - 6, 48, C.blue, true) + handAt(girl.hands.l, 5, 1.8)));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// ngo-partnership / dialogue: a building cut open to show several places to talk, each with its own
// purpose. Ground floor: the nationwide NGO-JICA meeting — a big hall, a screen with the map of the
// whole of Japan (pins everywhere), a panel of NGO and JICA people and a full audience. Upper floor,
// left: a regional meeting around the map of one region. Upper floor, right: a study meeting where
// information on one topic is shared at a board and people look for new chances to work together.
export function pageNgoPartnershipDialogue() {
  const parts = [];
  const groundY = 756;
  parts.push(rect(0, 0, W, H, '#EAF2F4'));
  parts.push(cloud(150, 70, 0.6, C.white));
  parts.push(cloud(1060, 60, 0.5, C.white, 0.9));
  parts.push(rect(0, groundY, W, H - groundY, '#D9E6CF'));
  parts.push(tree(40, groundY + 4, 190, { type: 'round', leaf: C.teal }));
  parts.push(tree(1165, groundY + 4, 200, { type: 'tall', leaf: C.midTeal }));
  // building shell
  const bx0 = 80;
  const bx1 = 1120;
  const r1 = [100, 150, 1100, 416]; // upper floor interior (x0, y0, x1, y1)
  const r0 = [100, 442, 1100, groundY - 6]; // ground floor interior
  parts.push(path(`M${bx0 - 30} 136L600 58L${bx1 + 30} 136Z`, C.blue));
  parts.push(rect(bx0, 130, bx1 - bx0, groundY - 130, '#D8CCB6'));
  const rooms = [];
  // ===== ground floor: the nationwide meeting
  {
    const [x0, y0, x1, y1] = r0;
    const room = [];
    room.push(rect(x0, y0, x1 - x0, y1 - y0, '#F3EDE0'));
    room.push(rect(x0, y1 - 80, x1 - x0, 80, C.floor));
    // screen with the map of Japan and pins all over it
    const sx0 = 470;
    const sy0 = 458;
    const sw = 260;
    const sh = 170;
    room.push(rect(sx0 - 8, sy0 - 8, sw + 16, sh + 16, '#5B6770', { rx: 6 }));
    room.push(rect(sx0, sy0, sw, sh, C.paleBlue));
    const jp = feature(ISO.japan, '50m');
    const proj = d3.geoMercator().fitExtent([[sx0 + 20, sy0 + 8], [sx0 + sw - 20, sy0 + sh - 8]], { type: 'MultiPoint', coordinates: [[127.5, 25.8], [146, 45.6]] });
    const gp = d3.geoPath(proj);
    room.push(clipTo(sx0, sy0, sw, sh, `<path d="${gp(jp)}" fill="${C.teal}"/>`, 0));
    for (const [lon, lat, col] of [[141.3, 43.1, C.coral], [140.9, 38.3, C.yellow], [139.7, 35.7, C.coral], [136.9, 35.2, C.yellow], [135.5, 34.7, C.coral], [132.5, 34.4, C.yellow], [130.4, 33.6, C.coral], [133.5, 33.6, C.coral], [127.7, 26.2, C.yellow]]) {
      const [px, py] = proj([lon, lat]);
      room.push(circle(px, py, 6, col, { stroke: C.white, 'stroke-width': 2 }));
    }
    // a panel of NGO and JICA people at a long table below the screen
    const panelists = [
      { x: 360, skin: 4, hair: 'black', hairStyle: 'curly', top: C.yellow, badge: C.teal, arms: { r: 'give' }, open: true },
      { x: 470, skin: 1, hair: 'darkBrown', hairStyle: 'short', top: C.white, jacket: C.navy, lanyard: C.blue },
      { x: 730, skin: 2, hairStyle: 'hijab', hat: C.coral, top: C.teal, badge: C.yellow },
      { x: 840, skin: 0, hair: 'grey', hairStyle: 'bob', top: C.white, jacket: C.blue, lanyard: C.blue, glasses: true, arms: { l: 'chest' } },
    ];
    for (const o of panelists) room.push(person({ ...o, y: 690, s: 1.55, legs: 'hidden' }).svg);
    room.push(rect(300, 626, 600, 14, '#C99A62', { rx: 4 }));
    room.push(rect(310, 640, 580, 40, '#B9885A', { rx: 3 }));
    for (const x of [360, 470, 730, 840]) room.push(rect(x - 4, 606, 8, 22, C.ink), circle(x, 604, 5, C.ink));
    // the full audience, seen from behind
    const aud = [
      [150, 0, 'black', 'short', C.coral], [250, 3, 'black', 'ponytail', C.teal], [350, 1, 'grey', 'bald', C.blue], [450, 2, null, 'hijab', C.sage],
      [550, 5, 'black', 'crew', C.yellow], [650, 1, 'brown', 'bob', C.blue], [750, 4, 'black', 'curly', C.coral], [850, 0, 'white', 'bun', C.teal],
      [950, 2, 'black', 'short', C.sand], [1050, 1, 'black', 'long', C.navy],
    ];
    for (const [x, sk, hair, st, top] of aud) room.push(person({ x, y: 860, s: 1.8, back: true, skin: sk, hair, hairStyle: st, hat: C.blue, top, legs: 'hidden', arms: x === 550 ? { r: 'up' } : {} }).svg);
    room.push(bubble(600 - 240, 500, 96, 60, C.white, { tail: 'br' }));
    rooms.push(clipTo(x0, y0, x1 - x0, y1 - y0, room.join(''), 0));
  }
  // ===== upper floor, left: a regional meeting around the map of one region
  {
    const x0 = r1[0];
    const y0 = r1[1];
    const x1 = 590;
    const y1 = r1[3];
    const room = [];
    room.push(rect(x0, y0, x1 - x0, y1 - y0, '#EEF3E6'));
    room.push(rect(x0, y1 - 50, x1 - x0, 50, '#E3DCC9'));
    // the map of one region on the wall: coast, river, hills, a few places
    const mx = 122;
    const my = 172;
    const mw = 170;
    const mh = 120;
    const map = [
      rect(mx, my, mw, mh, '#D7E7F2'),
      path(`M${mx} ${my}L${mx + mw} ${my}L${mx + mw} ${my + 70}Q${mx + 120} ${my + 64} ${mx + 96} ${my + 96}Q${mx + 70} ${my + 124} ${mx} ${my + 100}Z`, '#CFE3C6'),
      hill(mx + 120, my + 34, 40, 20, '#B5D3A6'),
      hill(mx + 40, my + 30, 34, 16, '#B5D3A6'),
      stroke(`M${mx + 150} ${my + 6}Q${mx + 100} ${my + 40} ${mx + 80} ${my + 96}`, C.skyBlue, 5),
    ];
    for (const [px, py, col] of [[mx + 50, my + 64, C.coral], [mx + 124, my + 56, C.yellow], [mx + 100, my + 86, C.coral]]) map.push(circle(px, py, 7, col, { stroke: C.white, 'stroke-width': 2 }));
    room.push(rect(mx - 8, my - 8, mw + 16, mh + 16, C.white, { rx: 6 }), clipTo(mx, my, mw, mh, map.join(''), 3));
    // an NGO member points at the map; the others listen and talk round a small table
    room.push(person({ x: 330, y: 404, s: 1.75, skin: 3, hair: 'black', hairStyle: 'short', top: C.teal, badge: C.yellow, bottom: C.ink, arms: { l: 'pointUp', r: 'relaxed' }, open: true }).svg);
    room.push(person({ x: 430, y: 410, s: 1.7, skin: 0, hair: 'darkBrown', hairStyle: 'ponytail', top: C.white, jacket: C.navy, lanyard: C.blue, legs: 'hidden', arms: { l: 'chest' } }).svg);
    room.push(person({ x: 530, y: 410, s: 1.7, skin: 5, hair: 'black', hairStyle: 'crew', top: C.coral, badge: C.yellow, legs: 'hidden', arms: { l: 'give' }, open: true }).svg);
    room.push(rect(390, 350, 190, 10, '#C99A62', { rx: 3 }), rect(475, 360, 20, 50, '#B9885A'));
    room.push(rect(420, 342, 40, 10, C.white, { rx: 2 }), rect(510, 340, 44, 12, C.white, { rx: 2, transform: 'rotate(-6 532 346)' }));
    room.push(bubble(480, 196, 84, 52, C.teal, { tail: 'bl' }));
    rooms.push(clipTo(x0, y0, x1 - x0, y1 - y0, room.join(''), 0));
  }
  // ===== upper floor, right: a study meeting on one topic
  {
    const x0 = 610;
    const y0 = r1[1];
    const x1 = r1[2];
    const y1 = r1[3];
    const room = [];
    room.push(rect(x0, y0, x1 - x0, y1 - y0, '#F6EEDC'));
    room.push(rect(x0, y1 - 50, x1 - x0, 50, '#E7DDCB'));
    // the board with one topic: a lightbulb idea and linked circles (no text)
    room.push(board(690, 176, 250, 130, {
      content: g([
        circle(750, 232, 26, C.yellow), path('M740 250L760 250L757 264L743 264Z', C.yellow), rect(744, 264, 12, 6, C.midGrey, { rx: 2 }),
        circle(830, 212, 14, C.teal), circle(890, 250, 14, C.coral), circle(840, 282, 14, C.blue),
        stroke('M830 212L890 250L840 282Z', C.ink, 3, { opacity: 0.5 }),
      ]),
    }));
    room.push(person({ x: 985, y: 404, s: 1.8, skin: 2, hair: 'black', hairStyle: 'bun', top: C.white, jacket: C.blue, lanyard: C.blue, bottom: C.navy, skirt: true, arms: { l: 'pointUp' }, open: true }).svg);
    // participants at desks with a laptop and notebooks, one raising a hand
    room.push(person({ x: 700, y: 450, s: 1.8, back: true, skin: 1, hair: 'black', hairStyle: 'short', top: C.teal, legs: 'hidden', arms: { r: 'up' } }).svg);
    room.push(person({ x: 820, y: 450, s: 1.8, back: true, skin: 4, hairStyle: 'hijab', hat: C.yellow, top: C.coral, legs: 'hidden' }).svg);
    room.push(person({ x: 1060, y: 452, s: 1.8, back: true, skin: 0, hair: 'blond', hairStyle: 'ponytail', top: C.sage, legs: 'hidden' }).svg);
    room.push(rect(650, 370, 440, 12, '#C99A62', { rx: 3 }));
    room.push(rect(1030, 360, 50, 12, C.white, { rx: 2, transform: 'rotate(5 1055 366)' }));
    room.push(rect(800, 360, 44, 12, C.white, { rx: 2 }));
    room.push(bubble(900, 320 - 126, 70, 46, C.coral, { tail: 'bl', content: heart(900, 196, 24, C.white) }));
    rooms.push(clipTo(x0, y0, x1 - x0, y1 - y0, room.join(''), 0));
  }
  parts.push(...rooms);
  // floor slab between the floors and the ground line
  parts.push(rect(bx0, 416, bx1 - bx0, 26, '#C9BCA3'));
  parts.push(rect(590, 150, 20, 266, '#D8CCB6'));
  parts.push(rect(bx0 - 20, groundY - 6, bx1 - bx0 + 40, 12, '#C9BCA3', { rx: 4 }));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// ngo-partnership / together: in a developing country. Left: collaboration — an NGO member from Japan
// (teal T-shirt) and a JICA staff member work side by side with local people in a project field,
// sharing out young plants and looking at the plan together. Right: activity support — at the small
// office of the NGO-JICA Japan Desk (a globe on its sign), a JICA staff member at the counter helps
// another NGO member with papers.
export function pageNgoPartnershipTogether() {
  const parts = [];
  const groundY = 570;
  parts.push(rect(0, 0, W, H, '#F4EEDD'));
  parts.push(sun(420, 120, 46));
  parts.push(cloud(180, 110, 0.8, C.white, 0.9));
  parts.push(cloud(720, 90, 0.65, C.white, 0.9));
  parts.push(hill(260, groundY, 420, 120, '#D9E7CF'));
  parts.push(hill(760, groundY, 380, 90, '#CDE0C1'));
  parts.push(rect(0, groundY, W, H - groundY, '#EBD3A8'));
  parts.push(tree(60, groundY + 10, 250, { type: 'palm', leaf: C.teal, trunk: '#A2744C' }));
  // the field: furrows of soil with young plants
  for (let r = 0; r < 4; r++) {
    const y = groundY + 28 + r * 36;
    parts.push(path(`M${-20} ${y}L${700 - r * 30} ${y}L${690 - r * 30} ${y + 18}L${-20} ${y + 18}Z`, '#D9AE74'));
    for (let c = 0; c < 12; c++) {
      const x = 120 + c * 50 + (r % 2) * 25;
      if (x > 660 - r * 30) continue;
      parts.push(seedling(x, y + 10, 26 + r * 3, C.sage));
    }
  }
  // --- the Japan Desk office (right)
  const ox = 770;
  const oy = 260;
  const ow = 400;
  const base = 600;
  parts.push(rect(ox + 10, base - 4, ow, 12, C.ink, { opacity: 0.08, rx: 6 }));
  parts.push(rect(ox, oy, ow, base - oy, C.white));
  parts.push(rect(ox - 14, oy - 22, ow + 28, 30, C.teal, { rx: 6 }));
  // round sign with a globe above the counter (no text)
  parts.push(circle(ox + ow / 2, oy + 52, 40, C.white, { stroke: C.blue, 'stroke-width': 6 }));
  parts.push(globe(ox + ow / 2, oy + 52, 32, { center: [120, 10], highlight: { [ISO.japan]: C.coral }, res: '110m', grat: false, shade: false }));
  // awning
  for (let i = 0; i < 8; i++) parts.push(path(`M${ox + 20 + i * 45} ${oy + 108}h45v26q-22.5 14 -45 0Z`, i % 2 ? C.yellow : C.coral));
  // the counter window with the JICA desk staff member inside
  const wx = ox + 30;
  const wy = oy + 140;
  const ww = ow - 60;
  const wh = 140;
  const inside = [
    rect(wx, wy, ww, wh, '#DCE9F3'),
    rect(wx + 16, wy + 14, 90, 60, C.white, { rx: 4 }),
    clipTo(wx + 20, wy + 18, 82, 52, worldMini(wx + 20, wy + 18, 82, 52), 2),
    rect(wx + ww - 80, wy + 10, 60, 90, '#C9C2B3', { rx: 3 }),
    ...[0, 1, 2].map((k) => rect(wx + ww - 74, wy + 18 + k * 26, 48, 18, [C.coral, C.teal, C.yellow][k], { rx: 2 })),
  ];
  parts.push(clipTo(wx, wy, ww, wh, inside.join(''), 4));
  const desk = person({ x: wx + ww * 0.62, y: wy + wh + 86, s: 2.2, skin: 1, hair: 'black', hairStyle: 'short', top: C.white, jacket: C.navy, lanyard: C.blue, legs: 'hidden', arms: { l: 'give', r: 'chest' }, open: true });
  parts.push(clipTo(wx, wy, ww, wh + 200, desk.svg, 4));
  parts.push(rect(wx - 12, wy + wh, ww + 24, 18, '#C99A62', { rx: 4 }));
  parts.push(rect(wx, wy + wh + 18, ww, base - (wy + wh + 18), '#E9E2D4'));
  const items = [];
  // the NGO member at the counter, seen from behind, with a backpack
  const ngo2 = person({ x: wx + ww * 0.3, y: 760, s: 2.75, back: true, skin: 2, hair: 'black', hairStyle: 'ponytail', top: C.teal, bottom: C.ink, backpack: C.yellow, arms: { r: [[10, -4], [20, -16]], l: 'down' } });
  items.push(at(760, shadow(wx + ww * 0.3, 760, 40) + ngo2.svg));
  // the papers they hold between them
  const [dx, dy] = desk.hands.l;
  const [nx, ny] = ngo2.hands.r;
  const px = (dx + nx) / 2;
  const py = Math.min(dy, ny);
  items.push(at(790, g([rect(px - 34, py - 26, 68, 48, C.white, { rx: 3, transform: `rotate(-8 ${fmt(px)} ${fmt(py)})`, stroke: '#D8D0C0', 'stroke-width': 1.5 }), rect(px - 24, py - 14, 40, 4, C.blue, { rx: 2, transform: `rotate(-8 ${fmt(px)} ${fmt(py)})` }), rect(px - 24, py - 2, 48, 3.5, C.grey, { rx: 2, transform: `rotate(-8 ${fmt(px)} ${fmt(py)})` }), handAt(desk.hands.l, 1, 2.2), handAt(ngo2.hands.r, 2, 2.75)])));
  // --- the field: NGO member and JICA staff member side by side with local people
  const S = 2.75;
  const ngo = person({ x: 210, y: 716, s: S, skin: 0, hair: 'black', hairStyle: 'cap', hat: C.teal, top: C.teal, bottom: C.ink, shortSleeves: true, badge: C.yellow, arms: { r: 'give', l: 'relaxed' }, open: true });
  const lw = person({ x: 210 + 2 * (9.9 + 22) * S + 64, y: 722, s: S, skin: 5, hairStyle: 'hijab', hat: C.coral, top: C.yellow, bottom: C.blue, skirt: true, arms: { l: 'give', r: 'relaxed' }, open: true });
  items.push(at(716, shadow(210, 716, 38) + ngo.svg));
  items.push(at(722, shadow(lw.head[0], 722, 38) + lw.svg));
  // a tray of young plants passed between them
  const tx = (ngo.hands.r[0] + lw.hands.l[0]) / 2;
  const ty = ngo.hands.r[1];
  items.push(at(770, g([
    rect(tx - 50, ty - 8, 100, 24, '#9C6B45', { rx: 4 }),
    ...[-30, -10, 10, 30].map((ddx) => seedling(tx + ddx, ty - 4, 46, C.sage)),
    handAt(ngo.hands.r, 0, S), handAt(lw.hands.l, 5, S),
  ])));
  const jica = person({ x: 565, y: 730, s: S, skin: 2, hair: 'darkBrown', hairStyle: 'bun', top: C.white, vest: C.navy, bottom: C.navy, lanyard: C.blue, arms: { r: 'hold', l: 'relaxed' }, open: true });
  items.push(at(730, shadow(565, 730, 38) + jica.svg + clipboard(jica.hands.r[0] + 14, jica.hands.r[1] - 20, 46, { r: 8 }) + handAt(jica.hands.r, 2, S)));
  const lm = person({ x: 688, y: 744, s: S, skin: 4, hair: 'black', hairStyle: 'straw', hat: C.yellow, top: C.coral, bottom: C.ink, shortSleeves: true, arms: { l: 'point', r: 'relaxed' }, open: true });
  items.push(at(744, shadow(688, 744, 38) + lm.svg));
  const kid = person({ x: 92, y: 782, s: 1.95, kind: 'child', skin: 4, hair: 'black', hairStyle: 'curly', top: C.blue, bottom: C.teal, arms: { r: 'give', l: 'relaxed' }, open: true });
  items.push(at(782, shadow(92, 782, 26) + kid.svg + wateringCan(kid.hands.r[0] + 6, kid.hands.r[1] - 4, 46, C.coral) + handAt(kid.hands.r, 4, 1.95)));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// A tiny flat world map for a wall poster.
function worldMini(x, y, w, h) {
  return g([rect(x, y, w, h, C.paleBlue), worldFlat(x, y, w, h, { land: C.teal, sea: null })]);
}

// source name -> [generator, width, height]; each is rendered into its pack's images/ folder
export const PAGE_SOURCES = {
  'page-local-governments-how': [pageLocalGovernmentsHow, 1200, 800],
  'page-local-governments-on-loan': [pageLocalGovernmentsOnLoan, 1200, 800],
  'page-local-governments-know-how': [pageLocalGovernmentsKnowHow, 1200, 800],
  'page-ngo-partnership-dialogue': [pageNgoPartnershipDialogue, 1200, 800],
  'page-ngo-partnership-together': [pageNgoPartnershipTogether, 1200, 800],
};
