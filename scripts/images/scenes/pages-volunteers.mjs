// Pictures for pages of the volunteers pack exhibits that had text only
// (1200 x 800). Drawn by the plaza-kiosk project, CC BY 4.0.
import { C, SKIN, svgDoc, g, rect, circle, ellipse, path, stroke, line, shadow, fmt } from '../lib/core.mjs';
import { person } from '../lib/people.mjs';
import { bubble, plane, cloud, sun, tree, hill, house, heart, openBook, dashed, star, seedling, townHall, pin } from '../lib/things.mjs';
import { globe, arcPath, feature, countries, ISO, d3 } from '../lib/geo.mjs';
import { byDepth, at, P, blobs, board, clipTo, wheelchairPerson, worldFlat, sitter } from './common.mjs';

const W = 1200;
const H = 800;

// ---------------------------------------------------------------------------------------------
// small helpers of this file

// Rolling suitcase; (x, y) = floor centre.
function suitcase(x, y, w, h, fill = C.coral, { handle = true } = {}) {
  const parts = [];
  if (handle) {
    parts.push(stroke(`M${x - w * 0.22} ${y - h}L${x - w * 0.22} ${y - h * 1.45}L${x + w * 0.22} ${y - h * 1.45}L${x + w * 0.22} ${y - h}`, C.midGrey, 5));
  }
  parts.push(rect(x - w / 2, y - h - 6, w, h, fill, { rx: w * 0.14 }));
  for (const f of [0.3, 0.7]) parts.push(rect(x - w / 2 + w * f - 3, y - h + 4, 6, h - 20, C.ink, { opacity: 0.12, rx: 3 }));
  parts.push(circle(x - w * 0.32, y - 3, 5, C.ink));
  parts.push(circle(x + w * 0.32, y - 3, 5, C.ink));
  return g(parts);
}

// Backpack standing on the floor; (x, y) = floor centre.
function bag(x, y, w, fill = C.blue) {
  const h = w * 1.15;
  return g([
    stroke(`M${x - w * 0.22} ${y - h + 4}Q${x} ${y - h - w * 0.36} ${x + w * 0.22} ${y - h + 4}`, C.ink, 4, { opacity: 0.6 }),
    rect(x - w / 2, y - h, w, h, fill, { rx: w * 0.3 }),
    rect(x - w * 0.34, y - h * 0.45, w * 0.68, h * 0.36, C.ink, { rx: w * 0.12, opacity: 0.14 }),
    rect(x - w * 0.5, y - h * 0.72, w, 5, C.ink, { opacity: 0.12 }),
  ]);
}

// Wall calendar without numbers: a grid of days, the first `done` of them crossed out.
function calendar(x, y, w, h, { done = 10, head = C.coral } = {}) {
  const parts = [rect(x + 5, y + 7, w, h, C.ink, { rx: 8, opacity: 0.08 }), rect(x, y, w, h, C.white, { rx: 8 }), rect(x, y, w, h * 0.2, head, { rx: 8 }), rect(x, y + h * 0.12, w, h * 0.08, head)];
  parts.push(circle(x + w * 0.25, y + 2, 6, C.ink), circle(x + w * 0.75, y + 2, 6, C.ink));
  const cols = 7;
  const rows = 5;
  const gx = x + w * 0.07;
  const gy = y + h * 0.27;
  const cw = (w * 0.86) / cols;
  const ch = (h * 0.66) / rows;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const cx = gx + c * cw + cw / 2;
      const cy = gy + r * ch + ch / 2;
      parts.push(rect(cx - cw * 0.36, cy - ch * 0.34, cw * 0.72, ch * 0.68, i < done ? C.paleCoral : C.cream, { rx: 3 }));
      if (i < done) parts.push(stroke(`M${fmt(cx - cw * 0.22)} ${fmt(cy - ch * 0.2)}L${fmt(cx + cw * 0.22)} ${fmt(cy + ch * 0.2)}M${fmt(cx + cw * 0.22)} ${fmt(cy - ch * 0.2)}L${fmt(cx - cw * 0.22)} ${fmt(cy + ch * 0.2)}`, C.coral, 3));
    }
  }
  return g(parts);
}

// Wall clock without numerals.
function clock(cx, cy, r) {
  const parts = [circle(cx, cy, r + 6, C.blue), circle(cx, cy, r, C.white)];
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI) / 6;
    parts.push(line(cx + Math.cos(a) * r * 0.78, cy + Math.sin(a) * r * 0.78, cx + Math.cos(a) * r * 0.9, cy + Math.sin(a) * r * 0.9, C.midGrey, i % 3 ? 2 : 4));
  }
  parts.push(stroke(`M${cx} ${cy}L${cx} ${cy - r * 0.62}`, C.ink, 5), stroke(`M${cx} ${cy}L${cx + r * 0.42} ${cy + r * 0.2}`, C.ink, 5), circle(cx, cy, 5, C.coral));
  return g(parts);
}

// Pause symbol in a disc.
const pauseBadge = (cx, cy, r, fill = C.coral) => g([
  circle(cx, cy, r, fill),
  rect(cx - r * 0.36, cy - r * 0.42, r * 0.24, r * 0.84, C.white, { rx: r * 0.06 }),
  rect(cx + r * 0.12, cy - r * 0.42, r * 0.24, r * 0.84, C.white, { rx: r * 0.06 }),
]);

// Stanchion post; (x, y) = floor.
const post = (x, y, h = 110) => g([ellipse(x, y, 22, 6, C.midGrey), rect(x - 5, y - h, 10, h, C.midGrey, { rx: 4 }), circle(x, y - h, 9, C.ink)]);

// ---------------------------------------------------------------------------------------------
// pandemic-return / suspended: new volunteers ready to leave, but the departure gate is closed (pause);
// the plane waits on the ground.
export function pageSuspended() {
  const parts = [];
  const floorY = 560;
  parts.push(rect(0, 0, W, floorY, '#EEF1F0'));
  // big window onto the apron, with a parked plane
  const wx = 470;
  const wy = 70;
  const ww = 690;
  const wh = 420;
  parts.push(rect(wx - 14, wy - 14, ww + 28, wh + 28, C.white, { rx: 12 }));
  const view = [
    rect(wx, wy, ww, wh, '#D6E7F1'),
    cloud(wx + 150, wy + 90, 0.75, C.white),
    cloud(wx + 560, wy + 70, 0.55, C.white),
    rect(wx, wy + wh - 120, ww, 120, '#C9CFD2'),
    rect(wx, wy + wh - 120, ww, 10, '#B9C0C6'),
    dashed(`M${wx} ${wy + wh - 22}L${wx + ww} ${wy + wh - 22}`, C.white, 6, '30 24'),
    // the plane standing still on the apron: shadow, landing gear, wheel chocks
    ellipse(wx + 330, wy + wh - 40, 190, 14, C.ink, { opacity: 0.12 }),
    rect(wx + 286, wy + wh - 100, 7, 50, C.ink), circle(wx + 290, wy + wh - 50, 10, C.ink),
    rect(wx + 396, wy + wh - 100, 7, 50, C.ink), circle(wx + 400, wy + wh - 50, 10, C.ink),
    path(`M${wx + 268} ${wy + wh - 40}L${wx + 278} ${wy + wh - 56}L${wx + 278} ${wy + wh - 40}Z`, C.yellow),
    path(`M${wx + 422} ${wy + wh - 40}L${wx + 412} ${wy + wh - 56}L${wx + 412} ${wy + wh - 40}Z`, C.yellow),
    plane(wx + 330, wy + wh - 128, 320, { accent: C.blue }),
  ];
  parts.push(clipTo(wx, wy, ww, wh, view.join(''), 4));
  for (const f of [1 / 3, 2 / 3]) parts.push(rect(wx + ww * f - 6, wy, 12, wh, C.white));
  // departure gate on the left: closed doors, a sign with a departing plane, a pause badge
  parts.push(rect(60, 70, 340, 90, C.ink, { rx: 12 }));
  parts.push(plane(230, 118, 130, { angle: -22, body: C.white, accent: C.skyBlue, window: C.ink }));
  parts.push(rect(80, 190, 300, floorY - 190, C.grey, { rx: 6 }));
  parts.push(rect(94, 204, 134, floorY - 204, '#CBD3D8', { rx: 4 }));
  parts.push(rect(232, 204, 134, floorY - 204, '#CBD3D8', { rx: 4 }));
  parts.push(rect(110, 230, 102, 150, C.paleBlue, { rx: 4 }), rect(248, 230, 102, 150, C.paleBlue, { rx: 4 }));
  parts.push(pauseBadge(230, 300, 58, C.coral));
  parts.push(rect(0, floorY, W, H - floorY, C.floor));
  parts.push(rect(0, floorY, W, 8, '#DCD0BA'));
  const items = [];
  // barrier belt in front of the gate
  items.push(at(620, g([
    shadow(230, 622, 170, 10),
    post(100, 620),
    post(360, 620),
    path(`M100 516Q230 530 360 516L360 532Q230 546 100 532Z`, C.coral),
  ])));
  // waiting area bench in front of the window
  const benchY = 660;
  items.push(at(benchY - 40, g([
    shadow(820, benchY + 2, 250, 12),
    rect(590, benchY - 100, 460, 22, C.blue, { rx: 8 }),
    rect(620, benchY - 80, 12, 80, C.midGrey), rect(1010, benchY - 80, 12, 80, C.midGrey),
  ])));
  const seatedA = sitter({ x: 700, y: benchY + 8, s: 2.55, skin: 3, hair: 'black', hairStyle: 'hijab', hat: C.coral, top: C.teal, bottom: C.navy, mask: C.white, arms: { l: 'hold', r: 'hold' } });
  const seatedB = sitter({ x: 900, y: benchY + 8, s: 2.55, skin: 0, hair: 'grey', hairStyle: 'short', top: C.sand, bottom: C.ink, glasses: true, mask: C.white, arms: { l: 'relaxed', r: 'hold' } });
  items.push(at(benchY - 30, seatedA.svg));
  items.push(at(benchY - 30, seatedB.svg));
  items.push(at(benchY + 30, bag(800, benchY + 30, 64, C.yellow)));
  items.push(at(benchY + 34, bag(990, benchY + 34, 58, C.teal)));
  // standing volunteers with their luggage, looking at the closed gate
  const v1 = person({ x: 500, y: 700, s: 2.85, skin: 1, hair: 'black', hairStyle: 'short', top: C.blue, bottom: C.ink, backpack: C.yellow, mask: C.white, arms: { l: 'hold', r: 'relaxed' } });
  items.push(at(700, shadow(500, 700, 40) + v1.svg));
  const v2 = person({ x: 250, y: 745, s: 2.8, skin: 4, hair: 'black', hairStyle: 'curly', top: C.yellow, bottom: C.navy, mask: C.white, arms: { l: 'relaxed', r: 'reach' } });
  items.push(at(745, shadow(250, 745, 40) + v2.svg + suitcase(v2.hands.r[0] + 34, 745, 74, 96, C.teal, { handle: false }) + stroke(`M${fmt(v2.hands.r[0])} ${fmt(v2.hands.r[1])}L${fmt(v2.hands.r[0] + 18)} ${fmt(v2.hands.r[1])}L${fmt(v2.hands.r[0] + 18)} ${745 - 102}`, C.midGrey, 5) + circle(v2.hands.r[0], v2.hands.r[1], 11, SKIN[4])));
  // one looks out of the window at the plane (seen from behind)
  items.push(P({ x: 1110, y: 720, s: 2.85, back: true, skin: 2, hair: 'darkBrown', hairStyle: 'ponytail', top: C.coral, bottom: C.ink, backpack: C.blue, arms: { l: 'relaxed', r: 'relaxed' } }));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// pandemic-return / on-standby: back in Japan, the volunteers wait together, bags packed by the door,
// days crossed off on the calendar, ready to go again.
export function pageOnStandby() {
  const parts = [];
  const floorY = 580;
  parts.push(rect(0, 0, W, floorY, '#F3ECDD'));
  parts.push(rect(0, floorY - 150, W, 150, '#EAE0CC'));
  parts.push(rect(0, floorY - 154, W, 8, '#D9CBB0'));
  // window with a Japanese street outside
  const wx = 70;
  const wy = 90;
  const ww = 330;
  const wh = 250;
  parts.push(rect(wx - 14, wy - 14, ww + 28, wh + 28, '#C99A62', { rx: 10 }));
  parts.push(clipTo(wx, wy, ww, wh, g([
    rect(wx, wy, ww, wh, '#DCEAF2'),
    sun(wx + 270, wy + 60, 26),
    hill(wx + 170, wy + wh, 260, 70, '#C7DDB9'),
    house(wx + 20, wy + wh - 4, 120, 80, { roof: C.blue, wall: C.white }),
    house(wx + 180, wy + wh - 4, 110, 70, { roof: '#5B6770', wall: C.cream }),
    tree(wx + 160, wy + wh, 90, { type: 'round', leaf: C.sage }),
  ]), 4));
  parts.push(rect(wx + ww / 2 - 5, wy, 10, wh, '#C99A62'));
  // calendar with days crossed off, and a clock
  parts.push(calendar(470, 250, 220, 220, { done: 10 }));
  parts.push(clock(600, 140, 56));
  // door on the right with packed bags ready in front of it
  parts.push(rect(960, 150, 200, floorY - 150, '#B9885A', { rx: 6 }));
  parts.push(rect(980, 170, 160, floorY - 170, '#C99A62', { rx: 4 }));
  parts.push(circle(1116, 390, 9, C.yellow));
  parts.push(rect(0, floorY, W, H - floorY, '#D9C7A4'));
  const items = [];
  items.push(at(610, g([shadow(1060, 612, 120, 10), suitcase(1000, 612, 80, 110, C.coral), bag(1080, 614, 62, C.blue), bag(1138, 616, 52, C.yellow)])));
  // volunteers together: one crosses off another day, one with his backpack on thinks of flying out again, two talk
  const calV = person({ x: 518, y: 712, s: 3.2, skin: 1, hair: 'black', hairStyle: 'bun', top: C.teal, bottom: C.navy, arms: { l: 'relaxed', r: [[6, -18], [12, -36]] } });
  const [px, py] = calV.hands.r;
  items.push(at(712, shadow(518, 712, 44) + calV.svg + g([rect(px - 3, py - 34, 6, 34, C.coral, { rx: 3, transform: `rotate(-24 ${fmt(px)} ${fmt(py)})` }), circle(px, py, 13.5, SKIN[1])])));
  // thought bubble: a plane, ready for what comes next
  parts.push(g([
    circle(858, 418, 9, C.white), circle(878, 392, 13, C.white),
    rect(800, 270, 220, 110, C.white, { rx: 40 }),
    plane(910, 326, 150, { angle: -14, accent: C.blue }),
  ]));
  items.push(P({ x: 850, y: 732, s: 2.95, skin: 4, hair: 'black', hairStyle: 'short', top: C.yellow, bottom: C.ink, backpack: C.teal, arms: { l: 'chest', r: 'chest' } }));
  items.push(P({ x: 180, y: 735, s: 2.9, skin: 0, hair: 'brown', hairStyle: 'long', top: C.coral, bottom: C.navy, arms: { r: 'give', l: 'relaxed' }, open: true }));
  items.push(P({ x: 340, y: 715, s: 2.95, skin: 3, hair: 'black', hairStyle: 'cap', hat: C.blue, top: C.white, vest: C.teal, bottom: C.ink, arms: { l: 'give', r: 'relaxed' }, open: true }));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// Headphones on a head centred at (hx, hy) of radius r (front view).
const headphones = (hx, hy, r, fill = C.ink) => g([
  stroke(`M${fmt(hx - r * 1.08)} ${fmt(hy + r * 0.1)}A${fmt(r * 1.1)} ${fmt(r * 1.2)} 0 0 1 ${fmt(hx + r * 1.08)} ${fmt(hy + r * 0.1)}`, fill, r * 0.22),
  rect(hx - r * 1.32, hy - r * 0.2, r * 0.5, r * 0.78, C.coral, { rx: r * 0.2 }),
  rect(hx + r * 0.82, hy - r * 0.2, r * 0.5, r * 0.78, C.coral, { rx: r * 0.2 }),
]);

// Notebook lying on a table, seen from the front; (x, y) = centre of its lower edge.
const notebook = (x, y, w, fill = C.white) => g([
  path(`M${x - w / 2 + 8} ${y - 18}L${x + w / 2 - 8} ${y - 18}L${x + w / 2} ${y}L${x - w / 2} ${y}Z`, fill),
  line(x - w * 0.32, y - 9, x + w * 0.3, y - 9, C.skyBlue, 2.5),
]);

// ---------------------------------------------------------------------------------------------
// standby / skills: volunteers studying together (books, language practice, notes); on the wall,
// steps going up to a globe with a heart: stronger support for partner countries.
export function pageSkills() {
  const parts = [];
  const floorY = 600;
  parts.push(rect(0, 0, W, floorY, '#EEF2EE'));
  parts.push(rect(0, floorY, W, H - floorY, C.floor));
  // wall board: three rising steps, a dashed arrow, a globe with a heart
  const content = g([
    rect(380, 236, 90, 50, C.teal, { rx: 6 }),
    rect(480, 196, 90, 90, C.blue, { rx: 6 }),
    rect(580, 146, 90, 140, C.coral, { rx: 6 }),
    dashed('M420 214Q500 120 600 110Q680 104 716 140', C.ink, 4, '2 12', { opacity: 0.45 }),
    path('M706 124L724 146L698 150Z', C.ink, { opacity: 0.45 }),
    globe(790, 190, 76, { center: [100, 10], res: '110m' }),
    circle(846, 126, 32, C.white),
    heart(846, 130, 40, C.coral),
  ]);
  parts.push(board(340, 80, 560, 230, { content }));
  // bookshelf on the right
  parts.push(rect(980, 120, 190, floorY - 120, '#C99A62', { rx: 6 }));
  const spines = [C.blue, C.coral, C.yellow, C.teal, C.navy, C.sand, C.sage, C.blue, C.coral];
  for (let r = 0; r < 4; r++) {
    parts.push(rect(992, 130 + r * 116 + 100, 166, 8, '#B9885A'));
    let xx = 996;
    for (let i = 0; i < 7; i++) {
      const bw = 18 + ((i * 7 + r * 3) % 4) * 3;
      const bh = 70 + ((i * 5 + r) % 3) * 10;
      if (xx + bw > 1154) break;
      parts.push(rect(xx, 130 + r * 116 + 100 - bh, bw, bh, spines[(i + r * 2) % spines.length], { rx: 3 }));
      xx += bw + 4;
    }
  }
  // a plant and a small window on the left
  parts.push(rect(60, 110, 200, 170, C.white, { rx: 8 }));
  parts.push(clipTo(72, 122, 176, 146, g([rect(72, 122, 176, 146, '#D6E7F1'), sun(200, 170, 22), hill(150, 268, 140, 40, '#C7DDB9')]), 4));
  const items = [];
  // the study table, people seated behind it (legs hidden by the table)
  const tableTop = 560;
  const seat = [
    { x: 390, skin: 1, hair: 'black', hairStyle: 'short', top: C.blue, glasses: true, arms: { l: 'type', r: 'type' } },
    { x: 590, skin: 4, hair: 'black', hairStyle: 'hijab', hat: C.yellow, top: C.teal, arms: { l: 'type', r: 'pointUp' }, open: true },
    { x: 790, skin: 0, hair: 'auburn', hairStyle: 'ponytail', top: C.coral, arms: { l: 'type', r: 'type' }, open: true },
  ];
  const seatedSvg = [];
  for (const o of seat) {
    const p = person({ ...o, y: tableTop + 10 + 42 * 2.8, s: 2.8, bottom: C.ink, legs: 'hidden' });
    seatedSvg.push(p.svg);
    o.p = p;
  }
  // headphones for language practice on the middle one, and a speech bubble
  const mid = seat[1].p;
  seatedSvg.push(headphones(mid.head[0], mid.head[1], 10.5 * 2.8 + 6));
  parts.push(...seatedSvg);
  parts.push(bubble(680, 330, 120, 70, C.white, { tail: 'bl', dot: C.teal }));
  parts.push(bubble(300, 350, 100, 62, C.paleYellow, { tail: 'br', content: g([line(270, 342, 330, 342, C.blue, 5), line(270, 358, 316, 358, C.blue, 5)]) }));
  // table
  parts.push(shadow(590, 700, 330, 16));
  parts.push(rect(250, tableTop, 680, 24, '#B9885A', { rx: 8 }));
  parts.push(rect(270, tableTop + 24, 16, 116, '#A2744C'), rect(894, tableTop + 24, 16, 116, '#A2744C'));
  // books and notebooks on the table
  parts.push(openBook(390, tableTop - 12, 84, { cover: C.teal }));
  parts.push(notebook(590, tableTop + 2, 110, C.white));
  parts.push(openBook(790, tableTop - 12, 84, { cover: C.blue }));
  parts.push(rect(840, tableTop - 40, 70, 14, C.yellow, { rx: 3 }), rect(846, tableTop - 26, 64, 14, C.coral, { rx: 3 }), rect(836, tableTop - 12, 74, 12, C.blue, { rx: 3 }));
  // a volunteer in a wheelchair at the end of the table, with a book
  const wc = wheelchairPerson({ x: 1030, y: 740, s: 2.7, skin: 2, hair: 'black', hairStyle: 'bob', top: C.yellow, bottom: C.navy, arms: { l: 'hold', r: 'hold' } });
  items.push(at(740, shadow(1030, 740, 50) + wc.svg + g([openBook((wc.hands.l[0] + wc.hands.r[0]) / 2, wc.hands.l[1] - 14, 96, { cover: C.coral }), circle(wc.hands.l[0], wc.hands.l[1], 11.6, SKIN[2]), circle(wc.hands.r[0], wc.hands.r[1], 11.6, SKIN[2])])));
  // a volunteer standing, reading a thick book
  const rd = person({ x: 140, y: 730, s: 2.9, skin: 5, hair: 'black', hairStyle: 'crew', top: C.sand, bottom: C.ink, arms: { l: 'hold', r: 'hold' } });
  const bx = (rd.hands.l[0] + rd.hands.r[0]) / 2;
  items.push(at(730, shadow(140, 730, 42) + rd.svg + g([openBook(bx, rd.hands.l[1] - 16, 100, { cover: C.blue }), circle(rd.hands.l[0], rd.hands.l[1], 12.5, SKIN[5]), circle(rd.hands.r[0], rd.hands.r[1], 12.5, SKIN[5])])));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// standby / at-home: a volunteer puts what she learned abroad (thought bubble) to work in a Japanese
// community; the neighbours applaud; on the right, Japan with pins all over it: such work across Japan.
export function pageAtHome() {
  const parts = [];
  const groundY = 560;
  parts.push(rect(0, 0, W, H, '#EEF3F2'));
  // the community: a hall and houses
  parts.push(house(40, groundY, 170, 110, { roof: '#5B6770', wall: C.cream }));
  parts.push(townHall(500, groundY, 270, { roof: C.teal, wall: C.white }));
  parts.push(tree(680, groundY, 120, { type: 'round', leaf: C.sage }));
  parts.push(rect(0, groundY, W, H - groundY, '#E4DBC8'));
  parts.push(rect(0, groundY, W, 12, '#D6CBB4'));
  // right: Japan with pins across the country
  const jp = feature(ISO.japan, '50m');
  const proj = d3.geoMercator().fitExtent([[790, 70], [1150, 520]], jp);
  const gp = d3.geoPath(proj);
  parts.push(rect(760, 50, 410, 490, C.paleBlue, { rx: 28 }));
  parts.push(`<path d="${gp(jp)}" fill="${C.teal}"/>`);
  const places = [[141.35, 43.06], [140.87, 38.27], [139.7, 35.7], [136.6, 36.6], [135.5, 34.69], [133.5, 33.6], [130.4, 33.59], [127.68, 26.21]];
  for (const ll of places) {
    const [x, y] = proj(ll);
    parts.push(pin(x, y, 46, C.coral));
  }
  parts.push(star(805, 110, 16, C.yellow), star(1120, 470, 13, C.yellow), star(840, 300, 10, C.yellow));
  // the volunteer remembers her work abroad (thought bubble)
  parts.push(g([
    circle(318, 360, 9, C.white), circle(298, 320, 13, C.white),
    rect(120, 90, 290, 180, C.white, { rx: 36 }),
    clipTo(136, 106, 258, 148, g([
      rect(136, 106, 258, 148, '#DDEFE6'),
      sun(360, 138, 18),
      hill(265, 254, 170, 40, '#C7DDB9'),
      tree(182, 254, 110, { type: 'palm', leaf: C.teal, trunk: '#A2744C' }),
      person({ x: 270, y: 250, s: 1.25, skin: 2, hair: 'darkBrown', hairStyle: 'bob', top: C.coral, bottom: C.navy, arms: { l: 'relaxed', r: 'wave' }, open: true }).svg,
      person({ x: 320, y: 250, s: 1.05, kind: 'child', skin: 3, hair: 'black', hairStyle: 'crew', top: C.yellow, bottom: C.blue, arms: { l: 'up', r: 'relaxed' }, open: true }).svg,
      person({ x: 360, y: 250, s: 1.05, kind: 'child', skin: 3, hair: 'black', hairStyle: 'twin', top: C.teal, bottom: C.ink, arms: { l: 'relaxed', r: 'up' }, open: true }).svg,
    ]), 24),
  ]));
  const items = [];
  // the volunteer explains; the neighbours (old and young) applaud
  items.push(P({ x: 330, y: 690, s: 3.0, skin: 2, hair: 'darkBrown', hairStyle: 'bob', top: C.coral, vest: C.teal, bottom: C.navy, arms: { l: 'out', r: 'give' }, open: true }));
  const clap = { l: [[8, 14], [-8.5, 6]], r: [[8, 14], [-8.5, 6]] };
  const neighbours = [
    { x: 110, y: 720, s: 2.9, skin: 0, hair: 'white', hairStyle: 'bun', top: C.blue, bottom: C.ink, skirt: true, glasses: true, arms: clap, open: true },
    { x: 470, y: 740, s: 2.1, kind: 'child', skin: 1, hair: 'black', hairStyle: 'twin', top: C.yellow, bottom: C.teal, arms: { l: 'up', r: 'cheer' }, open: true },
    { x: 580, y: 712, s: 2.9, skin: 1, hair: 'black', hairStyle: 'short', top: C.sand, bottom: C.ink, arms: clap, open: true },
  ];
  const clapAt = [];
  for (const o of neighbours) {
    items.push(P(o));
    if (o.arms === clap) clapAt.push(person(o).hands.l);
  }
  const wc = wheelchairPerson({ x: 700, y: 742, s: 2.75, skin: 0, hair: 'grey', hairStyle: 'bald', top: C.teal, bottom: C.navy, arms: clap, open: true });
  items.push(at(742, shadow(700, 742, 50) + wc.svg));
  clapAt.push(wc.hands.l);
  parts.push(byDepth(items));
  // small applause marks beside the clapping hands, and hearts
  for (const [hx, hy] of clapAt) {
    parts.push(stroke(`M${hx - 22} ${hy - 8}L${hx - 36} ${hy - 16}M${hx - 18} ${hy - 22}L${hx - 28} ${hy - 34}M${hx + 22} ${hy - 8}L${hx + 36} ${hy - 16}M${hx + 18} ${hy - 22}L${hx + 28} ${hy - 34}`, C.yellow, 4.5));
  }
  parts.push(heart(650, 430, 40, C.coral), heart(700, 380, 28, C.coral));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// volunteers-and-japan / global-and-lively: a returned volunteer shows a map of the world with lines
// from Japan; an audience of all ages (seen from behind) raises hands, full of energy.
export function pageGlobalLively() {
  const parts = [];
  parts.push(rect(0, 0, W, H, '#F1ECE2'));
  parts.push(rect(0, 560, W, 240, C.floor));
  // world map board with lines from Japan to the world
  const tokyo = [139.7, 35.7];
  const ends = [[-0.1, 51.5], [-74, 40.7], [-47, -15.8], [36.8, -1.3], [77.2, 28.6], [106.8, -6.2], [151.2, -33.9], [30, 10]];
  const mx = 190;
  const my = 70;
  const mw = 820;
  const mh = 420;
  parts.push(rect(mx - 16, my - 16, mw + 32, mh + 32, C.blue, { rx: 16 }));
  parts.push(worldFlat(mx, my, mw, mh, {
    land: C.midTeal, sea: C.paleBlue,
    extra: (proj) => {
      const out = [];
      const jp = feature(ISO.japan, '110m');
      out.push(`<path d="${d3.geoPath(proj)(jp)}" fill="${C.coral}"/>`);
      const [tx, ty] = proj(tokyo);
      for (const e of ends) {
        const [ex, ey] = proj(e);
        const cx = (tx + ex) / 2;
        const cy = Math.min(ty, ey) - 50 - Math.abs(tx - ex) * 0.12;
        out.push(stroke(`M${fmt(tx)} ${fmt(ty)}Q${fmt(cx)} ${fmt(cy)} ${fmt(ex)} ${fmt(ey)}`, C.white, 9, { opacity: 0.6 }));
        out.push(stroke(`M${fmt(tx)} ${fmt(ty)}Q${fmt(cx)} ${fmt(cy)} ${fmt(ex)} ${fmt(ey)}`, C.yellow, 5));
        out.push(circle(ex, ey, 8, C.yellow, { stroke: C.white, 'stroke-width': 3 }));
      }
      out.push(circle(tx, ty, 11, C.coral, { stroke: C.white, 'stroke-width': 4 }));
      return out.join('');
    },
  }));
  // the returned volunteer, pointing at Japan on the map
  const items = [];
  items.push(P({ x: 1080, y: 690, s: 3.2, skin: 1, hair: 'black', hairStyle: 'short', top: C.teal, jacket: C.navy, bottom: C.ink, arms: { l: 'pointUp', r: 'relaxed' }, open: true, flip: false }));
  parts.push(byDepth(items));
  // energy: little bursts around the room
  for (const [x, y, r, c] of [[120, 120, 16, C.yellow], [110, 380, 11, C.coral], [1110, 120, 14, C.teal], [1150, 300, 10, C.yellow]]) parts.push(star(x, y, r, c));
  // audience seen from behind, hands up
  const aud = [
    { x: 150, y: 930, s: 3.5, hairStyle: 'hijab', hat: C.coral, skin: 3, top: C.yellow, arms: { l: 'relaxed', r: 'up' } },
    { x: 330, y: 880, s: 3.0, kind: 'child', hair: 'black', hairStyle: 'twin', skin: 1, top: C.teal, arms: { l: 'up', r: 'cheer' } },
    { x: 500, y: 940, s: 3.6, hair: 'grey', hairStyle: 'bald', skin: 0, top: C.sand, arms: { l: 'relaxed', r: 'wave' } },
    { x: 680, y: 880, s: 3.0, kind: 'child', hair: 'black', hairStyle: 'curly', skin: 5, top: C.coral, arms: { l: 'cheer', r: 'up' } },
    { x: 860, y: 935, s: 3.5, hair: 'blond', hairStyle: 'ponytail', skin: 0, top: C.blue, arms: { l: 'up', r: 'relaxed' } },
    { x: 1030, y: 900, s: 3.1, kind: 'child', hair: 'black', hairStyle: 'crew', skin: 2, top: C.yellow, arms: { l: 'cheer', r: 'cheer' } },
  ];
  for (const o of aud) parts.push(person({ ...o, back: true, legs: 'hidden', bottom: C.ink }).svg);
  return svgDoc(W, H, parts);
}

// small flag tiles inside speech bubbles (official geometry as in lib/flags.mjs)
const miniFlagVN = (cx, cy, h) => g([rect(cx - h * 0.75, cy - h / 2, h * 1.5, h, '#DA251D', { rx: 3 }), star(cx, cy, h * 0.3, '#FFFF00')]);
const miniFlagJP = (cx, cy, h) => g([rect(cx - h * 0.75, cy - h / 2, h * 1.5, h, C.white, { rx: 3, stroke: C.grey, 'stroke-width': 2 }), circle(cx, cy, h * 0.3, '#BC002D')]);

// ---------------------------------------------------------------------------------------------
// volunteers-and-japan / living-together: at a local help counter, the volunteer who had worked in
// Viet Nam helps a Vietnamese family with the papers of daily life, talking in both languages.
export function pageLivingTogether() {
  const parts = [];
  const floorY = 580;
  parts.push(rect(0, 0, W, floorY, '#EDF1F4'));
  parts.push(rect(0, floorY, W, H - floorY, C.floor));
  // a notice board with simple daily-life icons (home, school, health, bus), no words
  parts.push(rect(70, 80, 300, 210, '#C99A62', { rx: 10 }));
  parts.push(rect(84, 94, 272, 182, '#E9D9BD', { rx: 6 }));
  const icon = (x, y, c, inner) => g([rect(x - 52, y - 36, 104, 72, C.white, { rx: 6 }), circle(x, y - 38, 5, c), inner]);
  parts.push(icon(160, 142, C.coral, house(132, 166, 56, 34, { roof: C.blue, wall: C.paleBlue, win: C.white })));
  parts.push(icon(282, 142, C.teal, g([rect(258, 118, 48, 48, C.teal, { rx: 10 }), rect(264, 136, 36, 12, C.white, { rx: 2 }), rect(276, 124, 12, 36, C.white, { rx: 2 })])));
  parts.push(icon(160, 232, C.blue, g([rect(128, 220, 64, 26, C.yellow, { rx: 8 }), circle(140, 248, 6, C.ink), circle(180, 248, 6, C.ink), rect(134, 224, 20, 10, C.paleBlue, { rx: 2 }), rect(160, 224, 20, 10, C.paleBlue, { rx: 2 })])));
  parts.push(icon(282, 232, C.yellow, g([rect(254, 206, 56, 46, C.paleBlue, { rx: 4 }), path('M282 198L314 210L250 210Z', C.blue), rect(276, 232, 12, 20, C.sand)])));
  // the counter and the clerk behind it
  const cTop = 500;
  const clerk = person({ x: 930, y: cTop + 20 + 42 * 2.9, s: 2.9, skin: 1, hair: 'black', hairStyle: 'short', top: C.white, jacket: C.blue, bottom: C.ink, glasses: true, legs: 'hidden', arms: { l: 'give', r: 'relaxed' }, open: true });
  // a window onto the neighbourhood behind the counter
  parts.push(rect(726, 86, 420, 250, C.white, { rx: 10 }));
  parts.push(clipTo(740, 100, 392, 222, g([
    rect(740, 100, 392, 222, '#D6E7F1'),
    cloud(830, 150, 0.5, C.white),
    hill(940, 322, 300, 60, '#C7DDB9'),
    house(770, 322, 110, 70, { roof: C.blue, wall: C.white }),
    tree(930, 322, 90, { type: 'round', leaf: C.sage }),
    house(990, 322, 120, 80, { roof: '#5B6770', wall: C.cream }),
  ]), 4));
  parts.push(rect(932, 100, 8, 222, C.white));
  parts.push(clock(620, 130, 38));
  parts.push(clerk.svg);
  parts.push(rect(690, cTop, 480, 26, C.white, { rx: 8 }));
  parts.push(rect(706, cTop + 26, 448, floorY + 40 - cTop - 26, C.teal, { rx: 4 }));
  parts.push(rect(706, cTop + 60, 448, 10, C.darkTeal, { opacity: 0.5 }));
  parts.push(shadow(930, floorY + 42, 250, 10));
  // a form on the counter, with a pen
  parts.push(path(`M790 ${cTop - 10}L890 ${cTop - 10}L900 ${cTop + 6}L780 ${cTop + 6}Z`, C.white, { stroke: C.grey, 'stroke-width': 2 }));
  parts.push(line(800, cTop - 3, 872, cTop - 3, C.skyBlue, 3));
  parts.push(rect(900, cTop - 6, 50, 6, C.coral, { rx: 3 }));
  // speech: the family and the clerk each in their language, the volunteer in between
  parts.push(bubble(250, 400, 130, 80, C.white, { tail: 'br', content: miniFlagVN(250, 400, 40) }));
  parts.push(bubble(960, 300, 130, 80, C.white, { tail: 'bl', content: miniFlagJP(960, 300, 40) }));
  parts.push(bubble(590, 300, 170, 84, C.paleYellow, { tail: 'b', content: g([miniFlagVN(548, 300, 32), miniFlagJP(632, 300, 32), stroke('M578 300L602 300', C.ink, 4), path('M600 292L610 300L600 308Z', C.ink), path('M580 292L570 300L580 308Z', C.ink)]) }));
  const items = [];
  items.push(P({ x: 590, y: 720, s: 3.0, skin: 1, hair: 'black', hairStyle: 'ponytail', top: C.coral, bottom: C.navy, arms: { l: 'give', r: 'give' }, open: true }));
  // the Vietnamese family: father, mother, child
  items.push(P({ x: 140, y: 730, s: 2.95, skin: 1, hair: 'black', hairStyle: 'short', top: C.blue, bottom: C.ink, arms: { l: 'relaxed', r: 'relaxed' } }));
  items.push(P({ x: 370, y: 724, s: 2.85, skin: 1, hair: 'black', hairStyle: 'long', top: C.yellow, bottom: C.navy, arms: { l: 'relaxed', r: 'give' }, open: true }));
  items.push(P({ x: 250, y: 760, s: 2.1, kind: 'child', skin: 1, hair: 'black', hairStyle: 'bob', top: C.teal, bottom: C.blue, arms: { l: 'up', r: 'relaxed' }, open: true }));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// source name -> [generator, width, height]; each is rendered into its pack's images/ folder
export const PAGE_SOURCES = {
  'page-pandemic-return-suspended': [pageSuspended, 1200, 800],
  'page-pandemic-return-on-standby': [pageOnStandby, 1200, 800],
  'page-standby-skills': [pageSkills, 1200, 800],
  'page-standby-at-home': [pageAtHome, 1200, 800],
  'page-volunteers-and-japan-global-and-lively': [pageGlobalLively, 1200, 800],
  'page-volunteers-and-japan-living-together': [pageLivingTogether, 1200, 800],
};
