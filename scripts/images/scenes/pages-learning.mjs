// Pictures for pages of the civil-society pack: activity-support, development-education, global-plazas and jpp exhibits that had text only
// (1200 x 800). Drawn by the plaza-kiosk project, CC BY 4.0.
import { C, SKIN, svgDoc, g, rect, circle, ellipse, path, stroke, line, shadow, fmt } from '../lib/core.mjs';
import { person } from '../lib/people.mjs';
import { bubble, chairBack, plane, laptop, cloud, sun, tree, hill, house, heart, openBook, dashed, star, seedling, waterPoint, bucket } from '../lib/things.mjs';
import { globe } from '../lib/geo.mjs';
import { byDepth, at, P, blobs, board, clipTo, wheelchairPerson, deskGlobe, sitter } from './common.mjs';

const W = 1200;
const H = 800;

// ---------------------------------------------------------------------------------------------
// small helpers of this file

// Arrowhead at (x, y) pointing along (dx, dy).
function arrowHead(x, y, dx, dy, size, fill) {
  const l = Math.hypot(dx, dy);
  const ux = dx / l;
  const uy = dy / l;
  const bx = x - ux * size;
  const by = y - uy * size;
  return path(`M${fmt(x)} ${fmt(y)}L${fmt(bx - uy * size * 0.6)} ${fmt(by + ux * size * 0.6)}L${fmt(bx + uy * size * 0.6)} ${fmt(by - ux * size * 0.6)}Z`, fill);
}

// Quadratic arc from a to b through control c, with an arrowhead at b.
function arrowArc([ax, ay], [cx, cy], [bx, by], color, w, dash = null) {
  const d = `M${fmt(ax)} ${fmt(ay)}Q${fmt(cx)} ${fmt(cy)} ${fmt(bx)} ${fmt(by)}`;
  return g([
    dash ? dashed(d, color, w, dash) : stroke(d, color, w),
    arrowHead(bx + (bx - cx) * 0.04, by + (by - cy) * 0.04, bx - cx, by - cy, w * 3.4, color),
  ]);
}

// Icon in a white disc.
const badge = (x, y, r, inner, ring = null) => g([circle(x, y, r, C.white, ring ? { stroke: ring, 'stroke-width': 5 } : {}), inner]);

// Light bulb (an idea), centre of the glass at (x, y).
const bulb = (x, y, r, fill = C.yellow) => g([
  circle(x, y, r, fill),
  path(`M${x - r * 0.55} ${y + r * 0.7}L${x + r * 0.55} ${y + r * 0.7}L${x + r * 0.45} ${y + r * 1.15}L${x - r * 0.45} ${y + r * 1.15}Z`, fill),
  rect(x - r * 0.45, y + r * 1.2, r * 0.9, r * 0.22, C.midGrey, { rx: r * 0.1 }),
  rect(x - r * 0.38, y + r * 1.48, r * 0.76, r * 0.22, C.midGrey, { rx: r * 0.1 }),
  path(`M${x - r * 0.5} ${y - r * 0.1}A${r * 0.55} ${r * 0.55} 0 0 1 ${x - r * 0.05} ${y - r * 0.58}`, 'none', { stroke: C.white, 'stroke-width': r * 0.16, 'stroke-linecap': 'round', opacity: 0.7 }),
  ...[-60, -30, 0, 30, 60].map((a) => {
    const t = ((a - 90) * Math.PI) / 180;
    return line(x + Math.cos(t) * r * 1.35, y + Math.sin(t) * r * 1.35, x + Math.cos(t) * r * 1.75, y + Math.sin(t) * r * 1.75, fill, r * 0.14);
  }),
]);

// Watering can, spout pointing right; (x, y) = the handle (where the hand holds it).
const wateringCan = (x, y, s = 1, fill = C.blue) => g([
  path('M-22 6L22 6L18 44L-18 44Z', fill),
  stroke('M16 18L46 -4', fill, 6),
  ellipse(48, -6, 7, 4, fill, { transform: 'rotate(-36 48 -6)' }),
  stroke('M-16 8Q-4 -14 12 8', fill, 5),
  rect(-22, 2, 44, 8, C.white, { rx: 4, opacity: 0.25 }),
], { transform: `translate(${fmt(x)} ${fmt(y)}) scale(${fmt(s)})` });

// A small village house of a partner country (plain walls, sloping metal roof); (x, y) = bottom-left.
function villageHouse(x, y, w, h, { wall = '#F1E3C4', roof = C.midGrey, door = C.coral } = {}) {
  return g([
    rect(x, y - h, w, h, wall),
    path(`M${x - 10} ${y - h + 4}L${x + w * 0.5} ${y - h - h * 0.42}L${x + w + 10} ${y - h + 4}Z`, roof),
    rect(x + w * 0.16, y - h * 0.62, w * 0.22, h * 0.26, C.paleBlue, { rx: 2 }),
    rect(x + w * 0.56, y - h * 0.62, w * 0.24, h * 0.62, door, { rx: 2 }),
  ]);
}

// A desk seen from the front: top at y, (x1..x2).
const desk = (x1, x2, y, { top = '#E2C496', front = '#C99A62', h = 70 } = {}) => g([
  rect(x1, y, x2 - x1, 16, top, { rx: 5 }),
  rect(x1 + 10, y + 16, x2 - x1 - 20, h, front, { rx: 3 }),
]);

// A photo of a partner-country village (for panels, screens and cards), drawn into the box (x, y, w, h).
function villagePhoto(x, y, w, h, { people = true } = {}) {
  const k = h / 200;
  const gy = y + h * 0.72;
  const out = [
    rect(x, y, w, h, '#DDEFE6'),
    sun(x + w * 0.82, y + h * 0.2, 16 * k),
    hill(x + w * 0.45, gy, w * 0.7, 40 * k, '#C7DDB9'),
    rect(x, gy, w, h - (gy - y), '#EBD3A8'),
    tree(x + w * 0.14, gy + 4 * k, 130 * k, { type: 'palm', leaf: C.teal, trunk: '#A2744C' }),
    villageHouse(x + w * 0.56, gy, w * 0.24, 52 * k, { roof: C.midGrey }),
  ];
  if (people) {
    out.push(person({ x: x + w * 0.36, y: gy + 30 * k, s: 1.15 * k, skin: 4, hair: 'black', hairStyle: 'bun', top: C.coral, bottom: C.blue, skirt: true, arms: { r: 'wave' }, open: true }).svg);
    out.push(person({ x: x + w * 0.46, y: gy + 34 * k, s: 1.0 * k, kind: 'child', skin: 4, hair: 'black', hairStyle: 'crew', top: C.yellow, bottom: C.ink, arms: { l: 'up' }, open: true }).svg);
  }
  return clipTo(x, y, w, h, out.join(''), 4);
}

// Video-call tile: a head-and-shoulders person on a coloured background, clipped to the tile.
function callTile(x, y, w, h, o, bg) {
  const r = h * 0.2;
  const s = r / (o.kind === 'child' ? 12 : 10.5);
  const head = y + h * 0.44;
  const feet = head + (o.kind === 'child' ? 77 : 88) * s;
  return clipTo(x, y, w, h, g([rect(x, y, w, h, bg), person({ ...o, x: x + w / 2, y: feet, s, legs: 'hidden' }).svg]), 6);
}

// ---------------------------------------------------------------------------------------------
// activity-support / why: making international cooperation part of Japanese culture. On the left,
// citizens in a Japanese town: an NGO member shows her neighbours a picture of her work abroad
// (spreading understanding). On the right, in a partner country, another NGO member and local people
// grow a vegetable garden (helping to solve development issues). Two arrows join the two places:
// help goes out (heart), good things come back to the Japanese community (light bulb).
export function pageActivitySupportWhy() {
  const parts = [];
  const hz = 500; // horizon
  parts.push(rect(0, 0, W, H, '#EEF3F2'));
  parts.push(cloud(130, 120, 0.7, C.white));
  parts.push(cloud(1080, 96, 0.6, C.white));
  parts.push(sun(1100, 210, 30));
  // distant sea along the horizon, and the strait between the two lands
  parts.push(rect(0, hz - 16, W, 30, C.paleBlue));
  // left land (Japan): green hills, houses
  parts.push(hill(200, hz + 6, 300, 80, '#CFE3C6'));
  parts.push(path(`M0 ${hz}L562 ${hz}Q540 650 520 ${H}L0 ${H}Z`, '#DCEBD3'));
  // right land (partner country): warm sand, palms, village houses
  parts.push(hill(1000, hz + 6, 320, 70, '#E5D9B3'));
  parts.push(path(`M638 ${hz}L${W} ${hz}L${W} ${H}L680 ${H}Q660 650 638 ${hz}Z`, '#EBD8B0'));
  parts.push(path(`M562 ${hz}L638 ${hz}Q660 650 680 ${H}L520 ${H}Q540 650 562 ${hz}Z`, C.paleBlue));
  for (const [x, y, w] of [[600, 540, 30], [592, 600, 44], [606, 670, 56], [596, 745, 70]]) {
    parts.push(stroke(`M${x - w / 2} ${y}q${w / 4} -8 ${w / 2} 0t${w / 2} 0`, C.white, 4, { opacity: 0.9 }));
  }
  // Japanese town behind the citizens
  parts.push(tree(40, hz + 20, 150, { type: 'pine', leaf: C.teal }));
  parts.push(house(70, hz + 24, 150, 96, { roof: C.blue, wall: C.white }));
  parts.push(house(300, hz + 18, 130, 84, { roof: '#5B6770', wall: C.cream }));
  parts.push(tree(470, hz + 20, 110, { type: 'round', leaf: C.sage }));
  // partner-country village behind the garden
  parts.push(tree(720, hz + 30, 190, { type: 'palm', leaf: C.teal, trunk: '#A2744C' }));
  parts.push(villageHouse(800, hz + 22, 120, 78, { roof: C.midGrey, door: C.blue }));
  parts.push(villageHouse(990, hz + 16, 110, 70, { roof: '#A98F6B', door: C.coral }));
  parts.push(tree(1160, hz + 30, 170, { type: 'palm', leaf: C.darkTeal, trunk: '#A2744C' }));

  const items = [];
  // --- left: a citizen of the NGO shows a picture of the work abroad to her neighbours
  items.push(at(690, g([
    shadow(130, 692, 70, 8),
    stroke('M90 690L112 560M170 690L148 560M130 690L130 580', '#B59873', 7),
    rect(50, 440, 160, 130, C.white, { rx: 8 }),
    villagePhoto(60, 450, 140, 110),
  ])));
  items.push(P({ x: 265, y: 706, s: 2.75, skin: 1, hair: 'black', hairStyle: 'ponytail', top: C.white, vest: C.teal, bottom: C.navy, arms: { l: 'pointUp', r: 'relaxed' }, open: true }));
  items.push(P({ x: 370, y: 720, s: 2.7, skin: 0, hair: 'grey', hairStyle: 'bald', top: C.sand, jacket: C.navy, bottom: C.ink, glasses: true, arms: { l: 'chest', r: 'relaxed' } }));
  items.push(P({ x: 465, y: 712, s: 2.7, skin: 2, hairStyle: 'hijab', hat: C.coral, top: C.yellow, bottom: C.blue, skirt: true, arms: { l: 'reach', r: 'relaxed' } }));
  items.push(P({ x: 420, y: 756, s: 2.0, kind: 'child', skin: 1, hair: 'black', hairStyle: 'cap', hat: C.yellow, top: C.coral, bottom: C.navy, arms: { l: 'up' }, open: true }));
  // --- right: growing a vegetable garden together
  const rows = [];
  for (let r = 0; r < 3; r++) {
    const y = 628 + r * 34;
    rows.push(ellipse(930, y + 6, 230 - r * 6, 11, '#CDAA74'));
    for (let i = 0; i < 9; i++) rows.push(seedling(730 + i * 50 + (r % 2) * 22, y + 4, 40 - r * 3, r === 1 ? C.sage : C.teal));
  }
  items.push(at(640, g(rows)));
  const ngo = person({ x: 750, y: 742, s: 2.75, skin: 1, hair: 'darkBrown', hairStyle: 'cap', hat: C.blue, top: C.white, vest: C.teal, bottom: C.ink, arms: { r: 'give', l: 'relaxed' }, open: true });
  const [wx, wy] = ngo.hands.r;
  const drops = [[46, 40], [56, 52], [44, 60], [58, 70], [48, 80]].map(([dx, dy]) => path(`M${fmt(wx + dx)} ${fmt(wy + dy - 6)}Q${fmt(wx + dx + 4)} ${fmt(wy + dy)} ${fmt(wx + dx)} ${fmt(wy + dy + 3)}Q${fmt(wx + dx - 4)} ${fmt(wy + dy)} ${fmt(wx + dx)} ${fmt(wy + dy - 6)}Z`, C.skyBlue)).join('');
  items.push(at(742, shadow(750, 742, 38) + ngo.svg + g([wateringCan(0, 0, 1.05, C.blue)], { transform: `translate(${fmt(wx + 6)} ${fmt(wy - 2)}) rotate(40)` }) + circle(wx, wy, 4.3 * 2.75, SKIN[1]) + drops));
  const farmer = person({ x: 950, y: 734, s: 2.75, skin: 4, hair: 'black', hairStyle: 'bun', top: C.coral, bottom: C.yellow, skirt: true, arms: { l: 'hold', r: 'hold' }, open: true });
  const fx = (farmer.hands.l[0] + farmer.hands.r[0]) / 2;
  const fy = farmer.hands.l[1];
  items.push(at(734, shadow(950, 734, 38) + farmer.svg + g([ellipse(fx, fy + 2, 20, 12, '#A77B4F'), seedling(fx, fy - 4, 64, C.teal)]) + circle(farmer.hands.l[0], fy, 4.3 * 2.75, SKIN[4]) + circle(farmer.hands.r[0], fy, 4.3 * 2.75, SKIN[4])));
  items.push(P({ x: 1080, y: 724, s: 2.8, skin: 5, hair: 'black', hairStyle: 'short', top: C.yellow, bottom: C.navy, shortSleeves: true, arms: { l: 'wave', r: 'relaxed' }, open: true }));
  items.push(P({ x: 1150, y: 768, s: 2.0, kind: 'child', skin: 4, hair: 'black', hairStyle: 'twin', top: C.teal, bottom: C.blue, arms: { l: 'up' }, open: true }));
  parts.push(byDepth(items));
  // --- the two arrows between the places: help out, good things back
  parts.push(arrowArc([320, 330], [600, 0], [870, 330], C.coral, 7, '2 16'));
  parts.push(arrowArc([910, 390], [600, 230], [300, 396], C.teal, 7, '2 16'));
  parts.push(badge(600, 166, 46, heart(600, 170, 52, C.coral), C.coral));
  parts.push(badge(600, 312, 42, bulb(600, 306, 16, C.yellow), C.teal));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// development-education / in-schools: two scenes side by side. Left: an outreach lecture: invited by
// the school, a JICA speaker shows pictures of a partner country to a class while the class teacher
// looks on. Right: a training seminar for teachers.
export function pageDevelopmentEducationInSchools() {
  const parts = [];
  parts.push(rect(0, 0, W, H, C.bg));
  // --- left tile: the lecture
  const L = [];
  const lx = 40;
  const ly = 60;
  const lw = 690;
  const lh = 680;
  L.push(rect(lx, ly, lw, lh, '#F3EDE0'));
  L.push(rect(lx, 520, lw, lh, '#E7D3B3'));
  L.push(rect(lx, 512, lw, 10, '#D8C3A0'));
  // projection screen with a photo of a partner country
  L.push(rect(100, 92, 400, 12, C.midGrey, { rx: 6 }));
  L.push(rect(112, 104, 376, 250, C.white));
  L.push(villagePhoto(126, 118, 348, 222));
  // the school's window
  L.push(rect(560, 100, 140, 200, C.white, { rx: 8 }));
  L.push(rect(572, 112, 116, 176, '#D6E8F2', { rx: 4 }));
  L.push(tree(630, 288, 90, { type: 'round', leaf: C.midTeal }));
  L.push(rect(628, 112, 4, 176, C.white));
  const li = [];
  // JICA speaker (lanyard) pointing at the screen; class teacher beside the window
  li.push(P({ x: 560, y: 560, s: 2.7, skin: 3, hair: 'black', hairStyle: 'short', top: C.white, jacket: C.blue, bottom: C.navy, lanyard: C.coral, arms: { l: 'pointUp', r: 'relaxed' }, open: true }));
  li.push(P({ x: 670, y: 548, s: 2.55, skin: 0, hair: 'darkBrown', hairStyle: 'bob', top: C.white, jacket: C.coral, bottom: C.navy, skirt: true, arms: { l: 'chest', r: 'relaxed' } }));
  L.push(byDepth(li));
  // pupils at their desks, seen from behind
  const pupils = [
    { x: 120, y: 860, skin: 1, hair: 'black', hairStyle: 'short', top: C.yellow },
    { x: 270, y: 850, skin: 4, hair: 'black', hairStyle: 'twin', top: C.teal, arms: { r: 'up' } },
    { x: 420, y: 860, skin: 0, hair: 'brown', hairStyle: 'ponytail', top: C.coral },
    { x: 570, y: 850, skin: 2, hair: 'black', hairStyle: 'crew', top: C.skyBlue, arms: { l: 'up' } },
    { x: 700, y: 862, skin: 1, hairStyle: 'hijab', hat: C.blue, top: C.sage },
  ];
  for (const o of pupils) {
    L.push(person({ ...o, y: o.y - 70, s: 2.7, kind: 'child', back: true, legs: 'hidden' }).svg);
    L.push(chairBack(o.x, o.y - 100, 1.25, C.blue));
  }
  parts.push(clipTo(lx, ly, lw, lh, L.join(''), 30));
  // --- right tile: seminar for teachers
  const R = [];
  const rx = 770;
  const rw = 390;
  R.push(rect(rx, ly, rw, lh, C.paleTeal));
  R.push(rect(rx, 560, rw, lh, '#D9E6DE'));
  // flip chart with simple shapes: a globe and steps
  R.push(stroke('M814 600L850 320M946 600L910 320', '#B59873', 7));
  R.push(rect(810, 180, 140, 170, C.white, { rx: 6 }));
  R.push(globe(850, 230, 28, { center: [135, 20], res: '110m' }));
  R.push(rect(892, 214, 44, 8, C.grey, { rx: 4 }), rect(892, 232, 32, 8, C.grey, { rx: 4 }));
  R.push(rect(828, 300, 26, 26, C.teal, { rx: 3 }), rect(860, 286, 26, 40, C.yellow, { rx: 3 }), rect(892, 270, 26, 56, C.coral, { rx: 3 }));
  // facilitator from JICA
  R.push(person({ x: 1012, y: 690, s: 2.45, skin: 2, hair: 'black', hairStyle: 'bun', top: C.white, vest: C.teal, bottom: C.navy, lanyard: C.coral, arms: { l: 'point', r: 'relaxed' }, open: true }).svg);
  // teachers seated at a table (legs hidden), with notebooks
  const onTable = [[6, 16], [2, 36]];
  const teachers = [
    { x: 830, skin: 1, hair: 'black', hairStyle: 'short', top: C.blue, glasses: true, arms: { l: onTable, r: onTable } },
    { x: 945, skin: 4, hair: 'black', hairStyle: 'long', top: C.yellow, arms: { l: 'up', r: onTable }, open: true },
    { x: 1090, skin: 0, hair: 'grey', hairStyle: 'bald', top: C.sand, jacket: C.navy, arms: { l: onTable, r: onTable } },
  ];
  for (const o of teachers) R.push(person({ ...o, y: 752, s: 2.4, bottom: C.ink, legs: 'hidden' }).svg);
  R.push(desk(rx - 10, rx + rw + 10, 682, { h: 90 }));
  for (const x of [830, 945, 1090]) {
    R.push(path(`M${x - 30} 676L${x + 30} 676L${x + 34} 688L${x - 34} 688Z`, C.white));
    R.push(line(x - 22, 682, x + 20, 682, C.skyBlue, 2));
  }
  R.push(rect(1110, 668, 8, 20, C.coral, { rx: 3 }));
  parts.push(clipTo(rx, ly, rw, lh, R.join(''), 30));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// development-education / curriculum: pupils build a model of a town that can go on and on (trees,
// clean water, wind and sun); a JICA visitor brings knowledge of the world (a globe and pictures of a
// partner country); the teacher helps.
export function pageDevelopmentEducationCurriculum() {
  const parts = [];
  const floorY = 590;
  parts.push(rect(0, 0, W, floorY, '#F3EDE0'));
  parts.push(rect(0, floorY, W, H - floorY, '#E7D3B3'));
  parts.push(rect(0, floorY - 8, W, 10, '#D8C3A0'));
  // pupils' drawings pinned on the wall: the earth with a seedling, a sun, a tree, a water drop
  const pins = [
    [90, 90, C.paleBlue, g([globe(160, 160, 46, { center: [135, 20], res: '110m' }), seedling(160, 124, 46, C.teal)])],
    [260, 110, C.paleYellow, g([sun(320, 170, 34)])],
    [430, 90, C.paleSage, g([tree(490, 210, 110, { type: 'round', leaf: C.teal })])],
  ];
  for (const [x, y, fill, inner] of pins) {
    parts.push(rect(x + 4, y + 6, 140, 140, C.ink, { rx: 6, opacity: 0.07 }));
    parts.push(rect(x, y, 140, 140, C.white, { rx: 6 }));
    parts.push(rect(x + 10, y + 10, 120, 120, fill, { rx: 4 }));
    parts.push(inner);
    parts.push(circle(x + 70, y + 4, 6, C.coral));
  }
  // window with a view
  parts.push(rect(890, 80, 250, 230, C.white, { rx: 10 }));
  parts.push(clipTo(904, 94, 222, 202, g([rect(904, 94, 222, 202, '#D6E8F2'), cloud(980, 150, 0.45, C.white), hill(1015, 296, 150, 50, '#BFDCCF'), tree(960, 296, 80, { type: 'round', leaf: C.midTeal }), tree(1080, 296, 100, { type: 'tall', leaf: C.teal })]), 4));
  parts.push(rect(1013, 94, 4, 202, C.white));

  const items = [];
  // JICA visitor (lanyard) holding up a picture of a partner country; teacher on the right
  const vis = person({ x: 150, y: 700, s: 2.9, skin: 4, hair: 'black', hairStyle: 'curly', top: C.white, jacket: C.teal, bottom: C.navy, lanyard: C.coral, arms: { r: [[12, 4], [26, -6]], l: 'relaxed' }, open: true });
  const [hx, hy] = vis.hands.r;
  items.push(at(700, shadow(150, 700, 40) + vis.svg + g([rect(hx - 10, hy - 96, 150, 112, C.white, { rx: 6 }), villagePhoto(hx - 2, hy - 88, 134, 96), circle(hx, hy, 4.3 * 2.9, SKIN[4])])));
  items.push(P({ x: 1080, y: 700, s: 2.85, skin: 1, hair: 'black', hairStyle: 'bob', top: C.white, jacket: C.coral, bottom: C.navy, skirt: true, arms: { l: 'give', r: 'relaxed' }, open: true }));
  parts.push(byDepth(items));
  // the group table: pupils around it (legs hidden), the model town on a green board
  const kids = [
    { x: 400, y: 640, skin: 1, hair: 'black', hairStyle: 'cap', hat: C.yellow, top: C.coral, arms: { r: 'give' }, open: true },
    { x: 520, y: 610, skin: 5, hair: 'black', hairStyle: 'curly', top: C.yellow, arms: { l: 'give', r: 'give' }, open: true },
    { x: 650, y: 606, skin: 0, hair: 'auburn', hairStyle: 'ponytail', top: C.teal, arms: { r: 'up', l: 'give' }, open: true },
    { x: 780, y: 612, skin: 2, hairStyle: 'hijab', hat: C.blue, top: C.sand, arms: { l: 'give' }, open: true },
    { x: 890, y: 644, skin: 3, hair: 'black', hairStyle: 'crew', top: C.blue, arms: { l: 'give', r: 'relaxed' } },
  ];
  const kidFig = kids.map((o) => person({ ...o, y: o.y + 105, s: 2.4, kind: 'child', bottom: C.ink, legs: 'hidden' }));
  for (const k of kidFig) parts.push(k.svg);
  // pieces of the model in their hands: a little tree held up, a little house about to be placed
  {
    const [ux, uy] = kidFig[2].hands.r;
    parts.push(tree(ux + 2, uy + 4, 60, { type: 'round', leaf: C.teal }), circle(ux, uy, 3.8 * 2.4, SKIN[0]));
    const [bx, by] = kidFig[1].hands.r;
    parts.push(house(bx - 6, by + 6, 50, 32, { roof: C.yellow, wall: C.white }), circle(bx, by, 3.8 * 2.4, SKIN[5]));
  }
  parts.push(ellipse(645, 770, 400, 24, C.ink, { opacity: 0.08 }));
  parts.push(path('M300 620L990 620L1040 720L250 720Z', '#E2C496'));
  parts.push(rect(250, 720, 790, 22, '#C99A62', { rx: 4 }));
  parts.push(rect(280, 742, 16, 40, '#B9885A'), rect(994, 742, 16, 40, '#B9885A'));
  // the model: green board, houses with solar roofs, trees, a wind turbine, a water tank, a river
  parts.push(path('M380 632L910 632L950 706L340 706Z', C.paleSage));
  parts.push(path('M560 632L610 632Q600 668 640 706L580 706Q550 668 560 632Z', C.skyBlue));
  parts.push(house(390, 690, 70, 44, { roof: C.blue, wall: C.white }));
  parts.push(path('M402 646L430 632L446 646Z', C.navy, { opacity: 0.6 }));
  parts.push(house(700, 690, 76, 46, { roof: C.coral, wall: C.white }));
  parts.push(tree(490, 700, 70, { type: 'round', leaf: C.teal }));
  parts.push(tree(660, 686, 56, { type: 'round', leaf: C.sage }));
  parts.push(tree(820, 702, 64, { type: 'tall', leaf: C.teal }));
  // wind turbine
  parts.push(rect(897, 626, 6, 76, C.white));
  for (const a of [10, 130, 250]) parts.push(path('M900 626L896 590Q900 584 904 590Z', C.white, { transform: `rotate(${a} 900 626)` }));
  parts.push(circle(900, 626, 5, C.midGrey));
  // small water tank
  parts.push(waterPoint(620, 684, 70, { tank: C.skyBlue, band: C.blue }));
  // bubble from the pupils: a seedling that keeps growing
  parts.push(bubble(640, 250, 160, 100, C.white, { tail: 'b', content: g([seedling(600, 290, 60, C.teal), stroke('M632 262L652 262', C.ink, 4), path('M650 254L662 262L650 270Z', C.ink), tree(690, 294, 76, { type: 'round', leaf: C.teal })]) }));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// global-plazas / learn: inside a Global Plaza. A Global Concierge explains a panel about a partner
// country to visitors of all ages (learn); a girl thinks about it (an idea); a boy and his grandfather
// pin their cards of what they will do on a board (act).
export function pageGlobalPlazasLearn() {
  const parts = [];
  const floorY = 560;
  parts.push(rect(0, 0, W, floorY, '#F3EDE0'));
  parts.push(rect(0, floorY, W, H - floorY, C.floor));
  parts.push(rect(0, floorY - 8, W, 10, '#DCD1BD'));
  // exhibit panel: a photo of a partner country and icons of world challenges
  parts.push(rect(66, 76, 560, 330, C.ink, { rx: 12, opacity: 0.08 }));
  parts.push(rect(60, 70, 560, 330, C.white, { rx: 12 }));
  parts.push(villagePhoto(80, 90, 320, 290));
  const ic = [
    [470, 140, C.blue, path('M470 116Q490 144 484 154Q470 170 456 154Q450 144 470 116Z', C.white)],
    [560, 140, C.coral, heart(560, 146, 40, C.white)],
    [470, 236, C.teal, seedling(470, 262, 50, C.white)],
    [560, 236, C.yellow, openBook(560, 234, 40, { cover: C.white, page: C.white, lines: C.yellow })],
  ];
  for (const [x, y, c, inner] of ic) parts.push(circle(x, y, 36, c), inner);
  parts.push(rect(430, 310, 170, 12, C.grey, { rx: 6 }), rect(430, 334, 120, 12, C.grey, { rx: 6 }));
  // through a glass wall: a seminar going on in the next room (a speaker, a screen, an audience from behind)
  parts.push(rect(652, 96, 146, 250, C.white, { rx: 8 }));
  parts.push(clipTo(662, 106, 126, 230, g([
    rect(662, 106, 126, 230, '#DCE9F3'),
    rect(662, 270, 126, 66, '#CBDCEA'),
    rect(676, 130, 70, 50, C.white, { rx: 3 }),
    globe(700, 155, 16, { center: [135, 20], res: '110m' }),
    rect(722, 146, 18, 5, C.grey, { rx: 2 }), rect(722, 158, 14, 5, C.grey, { rx: 2 }),
    person({ x: 765, y: 262, s: 0.85, skin: 1, hair: 'black', hairStyle: 'short', top: C.white, jacket: C.blue, bottom: C.navy, arms: { l: 'pointUp' }, open: true }).svg,
    ...[[682, 356], [718, 352], [754, 356], [790, 352]].map(([x, y], i) => person({ x, y, s: 0.9, back: true, legs: 'hidden', skin: i + 1, hair: ['black', 'grey', 'darkBrown', 'black'][i], hairStyle: ['short', 'bald', 'ponytail', 'hijab'][i], hat: C.coral, top: [C.teal, C.yellow, C.blue, C.sage][i] }).svg),
  ]), 4));
  // board where visitors pin their "what I will do" cards (colours and icons only)
  parts.push(rect(820, 160, 320, 310, '#C99A62', { rx: 12 }));
  parts.push(rect(836, 176, 288, 278, '#EFE3CB', { rx: 6 }));
  const cards = [
    [880, 220, C.paleCoral, (x, y) => heart(x, y + 2, 30, C.coral)],
    [960, 230, C.paleTeal, (x, y) => seedling(x, y + 18, 36, C.teal)],
    [1040, 216, C.paleYellow, (x, y) => star(x, y, 16, C.yellow)],
    [900, 316, C.paleBlue, (x, y) => path(`M${x} ${y - 16}Q${x + 14} ${y + 2} ${x + 10} ${y + 8}Q${x} ${y + 18} ${x - 10} ${y + 8}Q${x - 14} ${y + 2} ${x} ${y - 16}Z`, C.blue)],
    [1080, 302, C.paleSage, (x, y) => heart(x, y + 2, 30, C.teal)],
    [1080, 402, C.paleCoral, (x, y) => star(x, y, 16, C.coral)],
  ];
  for (const [x, y, fill, icon] of cards) {
    parts.push(rect(x - 34, y - 30, 68, 60, fill, { rx: 5, transform: `rotate(${((x + y) % 7) - 3} ${x} ${y})` }));
    parts.push(icon(x, y));
    parts.push(circle(x, y - 26, 5, C.coral));
  }

  const items = [];
  // the Global Concierge
  items.push(P({ x: 460, y: 660, s: 2.9, skin: 2, hair: 'black', hairStyle: 'bun', top: C.white, vest: C.teal, bottom: C.navy, lanyard: C.coral, arms: { l: 'pointUp', r: 'relaxed' }, open: true }));
  // listening visitors: an older woman, a visitor in a wheelchair, a mother in a headscarf
  items.push(P({ x: 120, y: 720, s: 2.8, skin: 0, hair: 'white', hairStyle: 'bob', top: C.sand, bottom: C.ink, skirt: true, glasses: true, arms: { l: 'relaxed', r: 'chest' } }));
  items.push(at(736, shadow(250, 736, 44) + wheelchairPerson({ x: 250, y: 736, s: 2.65, skin: 4, hair: 'black', hairStyle: 'short', top: C.blue, bottom: C.navy, arms: { l: 'relaxed', r: 'wave' }, open: true }).svg));
  items.push(P({ x: 370, y: 744, s: 2.8, skin: 3, hairStyle: 'hijab', hat: C.coral, top: C.teal, bottom: C.blue, skirt: true, arms: { l: 'relaxed', r: 'relaxed' } }));
  // a girl thinking (light bulb)
  const girl = person({ x: 620, y: 760, s: 2.1, kind: 'child', skin: 1, hair: 'black', hairStyle: 'twin', top: C.yellow, bottom: C.teal, arms: { l: 'chest', r: 'relaxed' } });
  items.push(at(760, shadow(620, 760, 30) + girl.svg));
  // a boy and his grandfather pinning their cards on the board
  const boy = person({ x: 900, y: 750, s: 2.15, kind: 'child', skin: 3, hair: 'black', hairStyle: 'crew', top: C.coral, bottom: C.navy, arms: { r: 'up', l: 'relaxed' }, open: true });
  items.push(at(750, shadow(900, 750, 30) + boy.svg));
  const gp = person({ x: 1040, y: 716, s: 2.85, skin: 3, hair: 'grey', hairStyle: 'short', top: C.paleBlue, jacket: C.navy, bottom: C.ink, glasses: true, arms: { l: 'up', r: 'relaxed' }, open: true });
  items.push(at(716, shadow(1040, 716, 40) + gp.svg));
  parts.push(byDepth(items));
  // the cards in their hands
  for (const [[x, y], fill, icon] of [[boy.hands.r, C.paleTeal, (a, b) => seedling(a, b + 16, 32, C.teal)], [gp.hands.l, C.paleCoral, (a, b) => heart(a, b, 26, C.coral)]]) {
    parts.push(rect(x - 28, y - 52, 56, 50, fill, { rx: 5 }), icon(x, y - 28), circle(x, y, 10, SKIN[3]));
  }
  // thought bubble with the idea
  const [gx, gy] = girl.head;
  parts.push(circle(gx + 28, gy - 40, 7, C.white), circle(gx + 44, gy - 66, 11, C.white));
  parts.push(circle(gx + 70, gy - 120, 44, C.white));
  parts.push(bulb(gx + 70, gy - 126, 18, C.yellow));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// jpp / covid-19: travel is on hold (the plane on the dotted route waits at a pause sign), so the
// team in Japan (in masks) and the partners at the project site talk by video call and rework the plan.

// A brick wall being built, (x, y) = bottom-left; rows of bricks get shorter towards the top.
function brickWall(x, y, w, rows, { brick = C.coral, mortar = '#EBD3A8' } = {}) {
  const bw = 40;
  const bh = 20;
  const out = [];
  for (let r = 0; r < rows; r++) {
    const right = x + w - Math.max(0, r - 1) * bw * 0.75; // the top rows are not finished yet
    const off = r % 2 ? bw / 2 : 0;
    for (let i = 0; i < Math.ceil(w / bw) + 1; i++) {
      const bx = x + off + i * bw;
      if (bx + bw > right + 1) continue;
      out.push(rect(bx, y - (r + 1) * bh, bw - 2, bh - 2, brick, { rx: 2 }));
    }
  }
  out.push(rect(x - 4, y - 2, w + 8, 4, mortar));
  return g(out);
}

export function pageJppCovid19() {
  const parts = [];
  parts.push(rect(0, 0, W, H, C.bg));
  // the route between the two places, paused
  parts.push(dashed('M300 150Q600 10 900 150', C.blue, 6, '14 14'));
  parts.push(plane(470, 92, 130, { angle: -10, accent: C.blue }));
  parts.push(circle(640, 70, 38, C.coral));
  parts.push(rect(624, 50, 10, 40, C.white, { rx: 3 }), rect(646, 50, 10, 40, C.white, { rx: 3 }));
  // --- left tile: the team in Japan, in an office
  const L = [];
  const lx = 40;
  const ly = 180;
  const lw = 540;
  const lh = 580;
  L.push(rect(lx, ly, lw, lh, C.paleBlue));
  // big screen on the wall: the partners at the site, on a video call
  L.push(rect(70, 214, 280, 190, C.ink, { rx: 10 }));
  L.push(rect(192, 404, 36, 14, C.midGrey));
  {
    const sx = 80;
    const sy = 224;
    const sw = 260;
    const sh = 170;
    const gap = 6;
    const tw = (sw - gap) / 2;
    L.push(callTile(sx, sy, tw, sh, { skin: 4, hair: 'black', hairStyle: 'short', top: C.yellow, open: true }, '#EBD3A8'));
    L.push(callTile(sx + tw + gap, sy, tw, sh, { skin: 5, hairStyle: 'hijab', hat: C.teal, top: C.coral, open: true }, C.paleYellow));
  }
  // the plan on the wall: bars of a schedule, one moved to a new place (dashed outline and arrow)
  L.push(rect(374, 316, 186, 176, C.white, { rx: 8 }));
  L.push(rect(390, 338, 90, 18, C.teal, { rx: 6 }));
  L.push(rect(420, 370, 100, 18, C.yellow, { rx: 6 }));
  L.push(rect(392, 402, 74, 18, C.coral, { rx: 6, opacity: 0.3 }));
  L.push(rect(392, 402, 74, 18, 'none', { rx: 6, stroke: C.coral, 'stroke-width': 3, 'stroke-dasharray': '6 6' }));
  L.push(rect(466, 452, 80, 18, C.coral, { rx: 6 }));
  L.push(stroke('M468 412Q494 416 500 438', C.ink, 3.5));
  L.push(path('M492 436L503 448L508 432Z', C.ink));
  // floor
  L.push(rect(lx, 640, lw, lh, '#CFDCE6'));
  // JICA staff (lanyard) standing, moving a bar of the plan; an NGO member seated at the desk waves to the screen
  const jica = person({ x: 430, y: 740, s: 2.6, skin: 3, hair: 'black', hairStyle: 'short', top: C.white, jacket: C.blue, bottom: C.ink, lanyard: C.coral, mask: C.white, glasses: true, arms: { r: [[12, -10], [21, -38]], l: 'relaxed' } });
  const ngo = person({ x: 200, y: 720, s: 2.6, skin: 1, hair: 'black', hairStyle: 'ponytail', top: C.white, vest: C.teal, bottom: C.ink, mask: C.white, legs: 'hidden', arms: { l: 'wave', r: [[5, 16], [0, 30]] } });
  L.push(jica.svg, ngo.svg);
  L.push(desk(lx - 10, 360, 630, { h: 150 }));
  // the back of her laptop, papers and a cup on the desk
  L.push(path('M230 574L330 574L324 630L236 630Z', '#3A4A57'));
  L.push(circle(280, 600, 7, C.midGrey));
  L.push(path('M92 622L168 622L174 632L86 632Z', C.white), line(100, 627, 160, 627, C.skyBlue, 2));
  L.push(path('M118 600L142 600L139 626L121 626Z', C.white), ellipse(130, 600, 12, 3.5, '#B07A4A'));
  parts.push(clipTo(lx, ly, lw, lh, L.join(''), 30));
  // --- right tile: at the project site in the partner country, the work goes on
  const R = [];
  const rx = 620;
  R.push(rect(rx, ly, lw, lh, '#F4EEDD'));
  R.push(sun(1080, 250, 32));
  R.push(hill(900, 560, 360, 90, '#D9E7CF'));
  R.push(rect(rx, 555, lw, lh, '#EBD3A8'));
  R.push(tree(1125, 580, 200, { type: 'palm', leaf: C.teal, trunk: '#A2744C' }));
  // a small building going up: brick walls, a door opening, a pile of bricks
  R.push(shadow(790, 600, 150, 10));
  R.push(brickWall(660, 598, 280, 7));
  const ri = [];
  // local staff member holding up a tablet: on it, the NGO member in Japan; a colleague waves to her
  const stf = person({ x: 900, y: 712, s: 2.7, skin: 4, hair: 'black', hairStyle: 'short', top: C.yellow, bottom: C.navy, shortSleeves: true, arms: { l: 'carryUp', r: 'relaxed' }, open: true });
  const [tx, ty] = stf.hands.l;
  ri.push(at(712, shadow(900, 712, 38) + stf.svg + g([
    rect(tx - 80, ty - 64, 96, 70, C.ink, { rx: 8 }),
    callTile(tx - 74, ty - 58, 84, 58, { skin: 1, hair: 'black', hairStyle: 'ponytail', top: C.white, vest: C.teal, mask: C.white }, C.paleBlue),
    circle(tx, ty, 4.3 * 2.7, SKIN[4]),
  ])));
  ri.push(P({ x: 1045, y: 724, s: 2.7, skin: 5, hairStyle: 'hijab', hat: C.teal, top: C.coral, bottom: C.yellow, skirt: true, arms: { l: 'wave', r: 'relaxed' }, open: true }));
  ri.push(P({ x: 740, y: 740, s: 2.0, kind: 'child', skin: 4, hair: 'black', hairStyle: 'twin', top: C.teal, bottom: C.blue, arms: { r: 'up' }, open: true }));
  R.push(byDepth(ri));
  parts.push(clipTo(rx, ly, lw, lh, R.join(''), 30));
  // the connection between the two places
  for (let i = 0; i < 3; i++) {
    const r = 22 + i * 18;
    parts.push(path(`M${600 - r * 0.6} ${470 - r * 0.8}A${r} ${r} 0 0 1 ${600 + r * 0.6} ${470 - r * 0.8}`, 'none', { stroke: C.teal, 'stroke-width': 7, 'stroke-linecap': 'round' }));
  }
  parts.push(circle(600, 470, 9, C.teal));
  return svgDoc(W, H, parts);
}

// source name -> [generator, width, height]; each is rendered into its pack's images/ folder
export const PAGE_SOURCES = {
  'page-activity-support-why': [pageActivitySupportWhy, 1200, 800],
  'page-development-education-in-schools': [pageDevelopmentEducationInSchools, 1200, 800],
  'page-development-education-curriculum': [pageDevelopmentEducationCurriculum, 1200, 800],
  'page-global-plazas-learn': [pageGlobalPlazasLearn, 1200, 800],
  'page-jpp-covid-19': [pageJppCovid19, 1200, 800],
};
