// Illustrations of the volunteers pack (1200 x 800). Drawn by the plaza-kiosk project, CC BY 4.0.
import { C, svgDoc, g, rect, circle, ellipse, path, stroke, line, shadow, digits, fmt } from '../lib/core.mjs';
import { person } from '../lib/people.mjs';
import {
  bubble, plane, laptop, cloud, sun, tree, hill, house, box, heart, ball, basket, musicNote, handwash, dashed, star, seedling,
} from '../lib/things.mjs';
import { globe, arcPath, countries, feature, ISO, d3 } from '../lib/geo.mjs';
import { byDepth, at, P, blobs, board, clipTo, wheelchairPerson, deskGlobe } from './common.mjs';

const W = 1200;
const H = 800;

// ---------------------------------------------------------------------------------------------
// Volunteers of diverse looks doing varied activities: teaching, farming, sport with children, health check.
export function attractVolunteers() {
  const parts = [];
  const groundY = 640;
  parts.push(blobs([[150, 400, 170, C.paleBlue], [450, 400, 170, C.paleSage], [750, 400, 170, C.paleYellow], [1050, 400, 170, C.paleCoral]]));
  parts.push(rect(0, groundY, W, H - groundY, C.floor));
  parts.push(sun(600, 110, 40));
  parts.push(cloud(300, 120, 0.7, C.white));
  parts.push(cloud(920, 100, 0.6, C.white));
  const items = [];
  // 1. teaching: a volunteer at a small board, a pupil raising a hand
  items.push(at(600, g([
    stroke('M64 420L48 660M226 420L242 660', '#B59873', 7),
    board(40, 250, 210, 150, { content: g([circle(92, 310, 24, C.coral), path('M150 340L178 288L206 340Z', C.teal), rect(80, 362, 130, 10, C.grey, { rx: 5 })]) }),
  ])));
  items.push(P({ x: 120, y: 730, s: 3.0, skin: 1, hair: 'black', hairStyle: 'bun', top: C.blue, bottom: C.ink, arms: { r: 'pointUp', l: 'relaxed' } }));
  items.push(P({ x: 245, y: 745, s: 2.2, kind: 'child', skin: 4, hair: 'black', hairStyle: 'crew', top: C.white, bottom: C.blue, arms: { l: 'up' }, open: true }));
  // 2. farming: a farmer with a hoe; a volunteer in a straw hat waters young plants
  const farmer = person({ x: 345, y: 716, s: 2.95, skin: 4, hair: 'black', hairStyle: 'hijab', hat: C.sand, top: C.coral, bottom: C.teal, skirt: true, arms: { l: 'relaxed', r: 'wave' }, open: true });
  const [fx, fy] = farmer.hands.l;
  items.push(at(716, shadow(345, 716, 40) + farmer.svg + stroke(`M${fx} ${fy - 150}L${fx} ${fy + 110}`, '#9C6B45', 7) + path(`M${fx - 4} ${fy + 104}L${fx + 30} ${fy + 104}L${fx + 26} ${fy + 124}L${fx - 4} ${fy + 124}Z`, C.midGrey) + circle(fx, fy, 12, '#8A5735')));
  const vol = person({ x: 455, y: 735, s: 3.0, skin: 0, hair: 'darkBrown', hairStyle: 'straw', hat: C.yellow, top: C.teal, bottom: C.ink, shortSleeves: true, arms: { r: 'out', l: 'relaxed' }, open: true });
  const [hx, hy] = vol.hands.r;
  items.push(at(735, shadow(455, 735, 42) + vol.svg + g([
    path(`M${hx - 8} ${hy - 10}L${hx + 40} ${hy - 10}L${hx + 34} ${hy + 30}L${hx - 2} ${hy + 30}Z`, C.blue),
    stroke(`M${hx + 38} ${hy - 2}L${hx + 62} ${hy - 20}`, C.blue, 7),
    circle(hx, hy, 12, '#F7D9C4'),
    ...[0, 1, 2].map((k) => ellipse(hx + 66 + k * 8, hy + 2 + k * 30, 3, 6, C.skyBlue)),
  ])));
  for (let k = 0; k < 3; k++) items.push(at(760, seedling(600 + k * 36, 760, 70 + k * 6, C.teal)));
  // 3. sport: a volunteer with a ball and two children jumping
  items.push(P({ x: 730, y: 732, s: 3.0, skin: 5, hair: 'black', hairStyle: 'short', top: C.coral, bottom: C.navy, arms: { l: 'cheer', r: 'throw' }, open: true }));
  items.push(at(700, ball(800, 330, 28, C.blue)));
  items.push(P({ x: 835, y: 716, s: 2.2, kind: 'child', skin: 2, hair: 'black', hairStyle: 'twin', top: C.yellow, bottom: C.teal, legs: 'jump', arms: { l: 'up', r: 'up' }, open: true }));
  items.push(P({ x: 910, y: 748, s: 2.2, kind: 'child', skin: 3, hair: 'black', hairStyle: 'crew', top: C.teal, bottom: C.blue, arms: { l: 'cheer', r: 'wave' }, open: true }));
  // 4. health check: a volunteer measures a child's height
  const childTop = 726 - (77 + 12 + 1) * 2.2;
  items.push(at(640, g([
    rect(1000, 330, 44, 396, C.white, { rx: 6 }),
    ...Array.from({ length: 15 }, (_, k) => rect(1000, 350 + k * 24, k % 2 ? 14 : 26, 4, C.teal)),
  ])));
  items.push(P({ x: 1022, y: 726, s: 2.2, kind: 'child', skin: 4, hair: 'black', hairStyle: 'curly', top: C.sand, bottom: C.blue, arms: { l: 'relaxed', r: 'relaxed' } }));
  items.push(at(727, rect(990, childTop - 10, 86, 12, C.coral, { rx: 6 })));
  items.push(P({ x: 1125, y: 738, s: 3.0, skin: 2, hair: 'auburn', hairStyle: 'ponytail', top: C.white, vest: C.teal, bottom: C.navy, arms: { l: [[12, -2], [26, -20]], r: 'hip' }, open: true }));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// A globe with arcs from Japan to several places.
export function attractWorld() {
  const parts = [];
  parts.push(blobs([[600, 400, 360, C.paleBlue, 0.8], [600, 400, 310, '#E7EFF5']]));
  for (const [x, y, r] of [[160, 130, 12], [1040, 160, 10], [1080, 620, 8], [140, 600, 9], [250, 360, 6], [980, 420, 6]]) parts.push(star(x, y, r * 1.6, C.yellow));
  const center = [105, 8];
  const tokyo = [139.7, 35.7];
  const dests = [
    [105.8, 21.0], // Hanoi
    [90.4, 23.8], // Dhaka
    [85.3, 27.7], // Kathmandu
    [36.8, -1.3], // Nairobi
    [147.2, -9.4], // Port Moresby
    [178.4, -18.1], // Suva
    [106.9, 47.9], // Ulaanbaatar
    [120.98, 14.6], // Manila
    [79.9, 6.9], // Colombo
  ];
  parts.push(globe(600, 400, 300, {
    center, res: '110m', highlight: { [ISO.japan]: C.coral },
    extra: (proj) => {
      const out = [];
      for (const d of dests) {
        out.push(`<path d="${arcPath(proj, tokyo, d, 0.16)}" fill="none" stroke="${C.white}" stroke-width="9" stroke-linecap="round" opacity="0.5"/>`);
        out.push(`<path d="${arcPath(proj, tokyo, d, 0.16)}" fill="none" stroke="${C.yellow}" stroke-width="5" stroke-linecap="round"/>`);
        const [x, y] = proj(d);
        out.push(circle(x, y, 9, C.yellow, { stroke: C.white, 'stroke-width': 3 }));
      }
      const [tx, ty] = proj(tokyo);
      out.push(circle(tx, ty, 9, C.coral, { stroke: C.white, 'stroke-width': 3 }));
      return out.join('');
    },
  }));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// A timeline ribbon starting with 1965 and stepping through people figures to the present.
export function coverJocvHistory() {
  const parts = [];
  parts.push(blobs([[1060, 150, 120, C.paleYellow]]));
  parts.push(sun(1060, 150, 48));
  // ribbon rising from left to right
  const rib = 'M-20 700C220 700 300 640 520 600S880 520 1220 430';
  parts.push(stroke(rib, C.teal, 70, { 'stroke-linecap': 'butt' }));
  parts.push(stroke(rib, C.white, 4, { 'stroke-dasharray': '18 16', opacity: 0.6, 'stroke-linecap': 'butt' }));
  // one figure at the start, then more and more figures of many looks along the ribbon
  // the ribbon's centre line, sampled from its two cubic segments
  const segs = [[[-20, 700], [220, 700], [300, 640], [520, 600]], [[520, 600], [740, 560], [880, 520], [1220, 430]]];
  const samples = [];
  for (const [p0, p1, p2, p3] of segs) {
    for (let k = 0; k <= 100; k++) {
      const t = k / 100;
      const u = 1 - t;
      samples.push([0, 1].map((d) => u * u * u * p0[d] + 3 * u * u * t * p1[d] + 3 * u * t * t * p2[d] + t * t * t * p3[d]));
    }
  }
  const yAt = (x) => samples.reduce((best, p) => (Math.abs(p[0] - x) < Math.abs(best[0] - x) ? p : best))[1];
  // the start badge with 1965
  parts.push(circle(170, 290, 120, C.blue));
  parts.push(circle(170, 290, 104, 'none', { stroke: C.white, 'stroke-width': 3, opacity: 0.4 }));
  parts.push(digits('1965', 170, 322, 64, C.white, { weight: 2.6 }));
  parts.push(stroke(`M170 410L170 ${fmt(yAt(170) + 10 - 101 * 2.2 - 16)}`, C.blue, 6));
  const groups = [
    [[170, { skin: 1, hair: 'black', hairStyle: 'short', top: C.yellow, backpack: C.coral }]],
    [[420, { skin: 0, hair: 'black', hairStyle: 'bob', top: C.coral, backpack: C.blue }], [480, { skin: 1, hair: 'black', hairStyle: 'crew', top: C.blue, backpack: C.yellow }]],
    [[660, { skin: 2, hair: 'black', hairStyle: 'ponytail', top: C.teal, backpack: C.yellow }], [720, { skin: 0, hair: 'grey', hairStyle: 'bald', top: C.sand, glasses: true }], [780, { skin: 1, hair: 'darkBrown', hairStyle: 'long', top: C.blue, backpack: C.coral }]],
    [[880, { skin: 3, hair: 'black', hairStyle: 'bun', top: C.yellow, backpack: C.teal }], [945, { skin: 0, hair: 'brown', hairStyle: 'short', top: C.coral }], [1010, { skin: 4, hair: 'black', hairStyle: 'curly', top: C.teal, backpack: C.yellow, arms: { r: 'wave' } }], [1075, { skin: 1, hairStyle: 'hijab', hat: C.blue, top: C.sand }], [1140, { skin: 2, hair: 'black', hairStyle: 'cap', hat: C.coral, top: C.blue, arms: { r: 'up' } }]],
  ];
  const items = [];
  for (const grp of groups) {
    for (const [x, o] of grp) {
      const y = yAt(x) + 10;
      items.push(at(y, person({ x, y, s: 2.2, bottom: C.ink, ...o }).svg));
    }
  }
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// An airplane flying back toward Japan; volunteers with backpacks.
export function coverPandemicReturn() {
  const parts = [];
  parts.push(rect(0, 0, W, H, '#EAF2F6'));
  parts.push(cloud(220, 150, 1.0, C.white));
  parts.push(cloud(760, 110, 0.8, C.white));
  parts.push(cloud(520, 330, 0.6, C.white, 0.8));
  // Japan (Natural Earth outline) on the right, on a pale sea disc
  const jp = feature(ISO.japan, '50m');
  const proj = d3.geoMercator().fitExtent([[880, 140], [1090, 460]], jp);
  const gp = d3.geoPath(proj);
  parts.push(circle(985, 300, 185, C.paleBlue));
  parts.push(`<path d="${gp(jp)}" fill="${C.coral}"/>`);
  const [tx, ty] = proj([139.7, 35.7]);
  parts.push(circle(tx, ty, 9, C.white, { stroke: C.blue, 'stroke-width': 4 }));
  // dashed route from the left to Japan with the plane on it
  parts.push(dashed(`M-20 520C240 300 620 220 ${fmt(tx - 30)} ${fmt(ty - 10)}`, C.blue, 6, '16 14'));
  parts.push(plane(560, 262, 230, { angle: -4, accent: C.blue }));
  // ground with volunteers walking home
  parts.push(rect(0, 640, W, 160, C.floor));
  parts.push(hill(120, 642, 300, 60, '#DCE7D1'));
  const items = [];
  items.push(P({ x: 160, y: 730, s: 2.6, skin: 1, hair: 'black', hairStyle: 'short', top: C.teal, bottom: C.ink, backpack: C.yellow, mask: C.white, legs: 'walk', arms: { r: 'wave' } }));
  items.push(P({ x: 290, y: 742, s: 2.55, skin: 0, hair: 'darkBrown', hairStyle: 'ponytail', top: C.coral, bottom: C.navy, backpack: C.blue, mask: C.white, legs: 'walk' }));
  items.push(P({ x: 420, y: 734, s: 2.65, skin: 2, hair: 'black', hairStyle: 'cap', hat: C.blue, top: C.yellow, bottom: C.ink, backpack: C.teal, mask: C.white, legs: 'walk', arms: { r: 'wave' } }));
  items.push(P({ x: 560, y: 746, s: 2.5, skin: 1, hair: 'black', hairStyle: 'bob', top: C.blue, bottom: C.ink, backpack: C.coral, mask: C.white, legs: 'walk' }));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// On standby in Japan: a video call with people abroad, and helping neighbours in a Japanese community.
export function coverStandby() {
  const parts = [];
  // left tile: at home, on a video call
  parts.push(rect(40, 60, 540, 680, C.paleBlue, { rx: 30 }));
  parts.push(rect(620, 60, 540, 680, C.paleSage, { rx: 30 }));
  const left = [];
  // window with a view of a Japanese street
  left.push(rect(80, 100, 200, 170, C.white, { rx: 8 }));
  left.push(rect(92, 112, 176, 146, '#CFE3EE', { rx: 4 }));
  left.push(clipTo(92, 112, 176, 146, g([hill(180, 258, 140, 50, '#BFDAB5'), house(120, 258, 60, 40, { roof: C.blue, wall: C.white, win: C.paleBlue }), house(200, 258, 50, 34, { roof: C.coral, wall: C.white, win: C.paleBlue })]), 4));
  left.push(rect(178, 112, 4, 146, C.white));
  // desk and laptop with a video call to people abroad
  left.push(rect(40, 600, 540, 24, '#C99A62'));
  left.push(rect(40, 624, 540, 140, '#B9885A'));
  left.push(g([rect(470, 556, 34, 44, C.coral, { rx: 5 }), seedling(487, 558, 60, C.teal)]));
  left.push(laptop(320, 602, 380, (sx, sy, sw, sh) => {
    const out = [rect(sx, sy, sw, sh, '#CDE6DA')];
    out.push(sun(sx + 40, sy + 40, 18));
    out.push(tree(sx + sw - 36, sy + sh, 150, { type: 'palm', leaf: C.teal, trunk: '#A2744C' }));
    out.push(person({ x: sx + sw * 0.32, y: sy + sh + 62, s: 1.75, skin: 4, hair: 'black', hairStyle: 'short', top: C.coral, legs: 'hidden', arms: { r: 'wave' }, open: true }).svg);
    out.push(person({ x: sx + sw * 0.6, y: sy + sh + 40, s: 1.5, kind: 'child', skin: 4, hair: 'black', hairStyle: 'twin', top: C.yellow, legs: 'hidden', arms: { l: 'up' }, open: true }).svg);
    return clipTo(sx, sy, sw, sh, out.join(''), 2);
  }));
  left.push(bubble(470, 250, 110, 70, C.white, { tail: 'bl', content: heart(470, 254, 34, C.coral) }));
  // the volunteer, seen from behind, waving to the screen
  left.push(person({ x: 150, y: 905, s: 3.6, back: true, skin: 1, hair: 'black', hairStyle: 'ponytail', top: C.teal, legs: 'hidden', arms: { r: 'wave', l: 'down' } }).svg);
  parts.push(clipTo(40, 60, 540, 680, left.join(''), 30));
  // right tile: helping neighbours in the community
  const right = [];
  right.push(sun(1080, 150, 36));
  right.push(cloud(760, 170, 0.8, C.white));
  right.push(house(660, 520, 200, 120, { roof: C.blue, wall: C.white }));
  right.push(house(930, 500, 190, 110, { roof: '#5B6770', wall: C.cream }));
  right.push(tree(890, 520, 130, { type: 'round', leaf: C.teal }));
  right.push(rect(620, 520, 540, 220, '#D9E6CF'));
  const items = [];
  items.push(P({ x: 730, y: 690, s: 2.7, skin: 0, hair: 'white', hairStyle: 'bald', top: C.sand, bottom: C.ink, glasses: true, arms: { r: 'reach' }, open: true }));
  const vol = person({ x: 860, y: 700, s: 2.7, skin: 1, hair: 'black', hairStyle: 'ponytail', top: C.teal, bottom: C.navy, arms: { l: 'reach', r: 'hold' } });
  items.push(at(700, shadow(860, 700, 38) + vol.svg + g([stroke(`M${vol.hands.r[0] - 14} ${vol.hands.r[1] - 44}L${vol.hands.r[0] - 22} ${vol.hands.r[1] - 84}M${vol.hands.r[0] - 4} ${vol.hands.r[1] - 44}L${vol.hands.r[0] + 2} ${vol.hands.r[1] - 90}`, C.sage, 9), ellipse(vol.hands.r[0] + 12, vol.hands.r[1] - 50, 12, 24, C.sand, { transform: `rotate(20 ${vol.hands.r[0] + 12} ${vol.hands.r[1] - 50})` }), path(`M${vol.hands.r[0] - 34} ${vol.hands.r[1] - 46}L${vol.hands.r[0] + 30} ${vol.hands.r[1] - 46}L${vol.hands.r[0] + 26} ${vol.hands.r[1] + 22}L${vol.hands.r[0] - 30} ${vol.hands.r[1] + 22}Z`, '#D9A86C'), circle(vol.hands.r[0], vol.hands.r[1], 11, '#EEC09E')])));
  items.push(P({ x: 1000, y: 710, s: 2.7, skin: 3, hair: 'black', hairStyle: 'hijab', hat: C.coral, top: C.yellow, bottom: C.blue, skirt: true, arms: { l: 'wave' }, open: true }));
  items.push(P({ x: 1090, y: 716, s: 1.9, kind: 'child', skin: 3, hair: 'black', hairStyle: 'crew', top: C.blue, bottom: C.ink, arms: { l: 'up' }, open: true }));
  right.push(byDepth(items));
  parts.push(clipTo(620, 60, 540, 680, right.join(''), 30));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// Setting off again: at an airport departure gate in Japan, volunteers with backpacks and suitcases
// wave goodbye to the people seeing them off, while a plane climbs outside the big window.

// Rolling suitcase standing on the floor at (x, y) (bottom centre), with its pull handle up to (hx, hy).
function rollingCase(x, y, w, h, fill, [hx, hy], { dark = C.ink } = {}) {
  const top = y - 8 - h;
  return g([
    stroke(`M${fmt(x - w * 0.16)} ${fmt(top + 2)}L${fmt(hx - w * 0.16)} ${fmt(hy + 4)}M${fmt(x + w * 0.16)} ${fmt(top + 2)}L${fmt(hx + w * 0.16)} ${fmt(hy + 4)}`, C.midGrey, 4),
    stroke(`M${fmt(hx - w * 0.2)} ${fmt(hy)}L${fmt(hx + w * 0.2)} ${fmt(hy)}`, dark, 7),
    circle(x - w * 0.3, y - 5, 6, dark),
    circle(x + w * 0.3, y - 5, 6, dark),
    rect(x - w / 2, top, w, h, fill, { rx: w * 0.16 }),
    rect(x - w / 2 + w * 0.22, top + h * 0.12, w * 0.1, h * 0.76, C.white, { rx: 3, opacity: 0.28 }),
    rect(x + w / 2 - w * 0.32, top + h * 0.12, w * 0.1, h * 0.76, C.white, { rx: 3, opacity: 0.28 }),
  ]);
}

// Hanging gate sign: a plane pictogram and an arrow (no words).
function gateSign(x, y, w) {
  const h = w * 0.42;
  return g([
    line(x - w * 0.3, 0, x - w * 0.3, y, C.midGrey, 4),
    line(x + w * 0.3, 0, x + w * 0.3, y, C.midGrey, 4),
    rect(x - w / 2, y, w, h, C.navy, { rx: 12 }),
    plane(x - w * 0.16, y + h * 0.52, w * 0.42, { angle: -18, body: C.white, accent: C.white, window: C.navy }),
    path(`M${x + w * 0.12} ${y + h * 0.42}L${x + w * 0.26} ${y + h * 0.42}L${x + w * 0.26} ${y + h * 0.26}L${x + w * 0.42} ${y + h * 0.5}L${x + w * 0.26} ${y + h * 0.74}L${x + w * 0.26} ${y + h * 0.58}L${x + w * 0.12} ${y + h * 0.58}Z`, C.yellow),
  ]);
}

export function coverResumption() {
  const parts = [];
  const floorY = 560;
  parts.push(rect(0, 0, W, floorY, '#EEF1EE'));
  // the big window onto the apron
  const wx = 60;
  const wy = 70;
  const ww = 860;
  const wh = 440;
  const view = [
    rect(wx, wy, ww, wh, '#D6E7F1'),
    sun(wx + 130, wy + 100, 42),
    cloud(wx + 330, wy + 120, 0.8, C.white),
    cloud(wx + 700, wy + 300, 0.6, C.white, 0.9),
    hill(wx + 160, wy + wh - 60, 260, 70, '#C9DEC5'),
    hill(wx + 560, wy + wh - 60, 340, 50, '#D5E6CF'),
    rect(wx, wy + wh - 62, ww, 62, '#C9C2B3'),
    ...Array.from({ length: 9 }, (_, k) => rect(wx + 20 + k * 100, wy + wh - 34, 56, 7, C.white, { rx: 3, opacity: 0.85 })),
    dashed(`M${wx + 170} ${wy + wh - 66}Q${wx + 420} ${wy + wh - 90} ${wx + 600} ${wy + 190}`, C.white, 7, '4 16', { opacity: 0.9 }),
    plane(wx + 660, wy + 150, 300, { angle: -16, accent: C.blue }),
  ];
  parts.push(rect(wx - 14, wy - 14, ww + 28, wh + 28, '#5B6770', { rx: 10 }));
  parts.push(clipTo(wx, wy, ww, wh, view.join(''), 4));
  for (let k = 1; k < 4; k++) parts.push(rect(wx + (ww * k) / 4 - 6, wy, 12, wh, '#5B6770'));
  // the gate on the right: doorway to the boarding bridge, with its sign
  const dx = 960;
  parts.push(rect(dx - 10, 170, 230, floorY - 160, '#5B6770', { rx: 12 }));
  parts.push(rect(dx + 4, 184, 202, floorY - 184, C.paleBlue, { rx: 6 }));
  parts.push(path(`M${dx + 4} 184L${dx + 70} 290L${dx + 140} 290L${dx + 206} 184Z`, '#C7DAE8'));
  parts.push(path(`M${dx + 4} ${floorY}L${dx + 70} 440L${dx + 140} 440L${dx + 206} ${floorY}Z`, '#B8CCDB'));
  parts.push(rect(dx + 70, 290, 70, 150, '#EAF2F6'));
  parts.push(gateSign(dx + 105, 78, 190));
  // floor
  parts.push(rect(0, floorY, W, H - floorY, C.floor));
  parts.push(rect(0, floorY - 8, W, 10, '#D6CBB4'));
  const items = [];
  // people seeing them off, waving
  items.push(P({ x: 105, y: 706, s: 2.8, skin: 0, hair: 'white', hairStyle: 'bob', top: C.sand, jacket: C.blue, bottom: C.ink, glasses: true, arms: { r: 'wave', l: 'relaxed' }, open: true }));
  items.push(P({ x: 215, y: 728, s: 2.2, kind: 'child', skin: 2, hair: 'black', hairStyle: 'crew', top: C.yellow, bottom: C.blue, legs: 'jump', arms: { l: 'cheer', r: 'cheer' }, open: true }));
  const wc = wheelchairPerson({ x: 330, y: 716, s: 2.7, skin: 4, hair: 'black', hairStyle: 'short', top: C.coral, bottom: C.navy, arms: { r: 'wave', l: 'relaxed' }, open: true });
  items.push(at(716, shadow(330, 716, 46) + wc.svg));
  // the volunteers with backpacks and suitcases, turning to wave goodbye
  const vols = [
    { x: 505, y: 724, s: 2.85, skin: 1, hair: 'black', hairStyle: 'short', top: C.teal, bottom: C.ink, backpack: C.yellow, arms: { r: 'wave', l: 'down' }, open: true, case: ['l', C.coral] },
    { x: 650, y: 702, s: 2.8, skin: 3, hairStyle: 'hijab', hat: C.sand, top: C.blue, bottom: C.navy, skirt: true, backpack: C.teal, arms: { l: 'cheer', r: 'down' }, open: true, case: ['r', C.yellow] },
    { x: 790, y: 718, s: 2.85, skin: 1, hair: 'darkBrown', hairStyle: 'ponytail', top: C.coral, bottom: C.blue, backpack: C.blue, arms: { l: 'wave', r: 'down' }, open: true, case: ['r', C.teal] },
  ];
  for (const o of vols) {
    const v = person(o);
    const [side, fill] = o.case;
    const [hx, hy] = v.hands[side];
    const sgn = side === 'l' ? -1 : 1;
    const cx = hx + sgn * 24;
    const c = rollingCase(cx, o.y + 4, 62, 92, fill, [hx + sgn * 2, hy + 2]);
    items.push(at(o.y, shadow(o.x + sgn * 12, o.y, 50) + c + v.svg));
  }
  // two more volunteers already walking into the gate, seen from behind
  items.push(P({ x: 1015, y: 648, s: 2.25, back: true, skin: 2, hair: 'black', hairStyle: 'bun', top: C.sage, bottom: C.ink, backpack: C.coral, legs: 'walk' }));
  items.push(P({ x: 1115, y: 664, s: 2.35, back: true, skin: 4, hair: 'black', hairStyle: 'curly', top: C.yellow, bottom: C.navy, backpack: C.teal, legs: 'walk', arms: { r: 'wave' } }));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// A lesson with balls and baskets: children throwing balls into baskets, a volunteer teacher.
export function coverVietNamStory() {
  const parts = [];
  parts.push(rect(0, 0, W, H, '#F3EDE0'));
  parts.push(rect(0, 560, W, 240, '#E6D9BF'));
  parts.push(rect(0, 552, W, 10, '#D9C7A4'));
  // wall decorations: paper garland of triangles (no text)
  parts.push(stroke('M40 80Q600 170 1160 80', C.ink, 3, { opacity: 0.4 }));
  for (let i = 0; i < 15; i++) {
    const x = 80 + i * 74;
    const t = (x - 40) / 1120;
    const y = 80 + 180 * t * (1 - t);
    parts.push(path(`M${x - 20} ${y - 4}L${x + 20} ${y - 4}L${x} ${y + 34}Z`, [C.coral, C.yellow, C.teal, C.blue][i % 4]));
  }
  parts.push(rect(860, 200, 220, 200, C.white, { rx: 10 }));
  parts.push(g([hill(970, 386, 100, 60, C.paleSage), sun(1030, 250, 20), tree(920, 386, 80, { type: 'palm', leaf: C.teal })]));
  // baskets and balls
  const items = [];
  items.push(at(660, g([shadow(600, 664, 95, 13), basket(600, 664, 176, { fill: C.sand })])));
  items.push(at(640, g([shadow(900, 642, 80, 11), basket(900, 640, 150, { fill: C.yellow, band: '#D1A84E' })])));
  items.push(at(662, g([ball(566, 552, 23, C.coral), ball(614, 550, 23, C.blue), ball(590, 528, 23, C.teal)])));
  // children throwing (one in a wheelchair), the volunteer teacher cheering them on
  const boy = person({ x: 330, y: 730, s: 2.6, kind: 'child', skin: 1, hair: 'black', hairStyle: 'crew', top: C.yellow, bottom: C.blue, arms: { r: 'throw', l: 'relaxed' }, open: true });
  const girl = wheelchairPerson({ x: 760, y: 740, s: 2.5, kind: 'child', skin: 2, hair: 'black', hairStyle: 'twin', top: C.coral, bottom: C.navy, arms: { r: 'throw', l: 'relaxed' }, open: true });
  items.push(at(730, shadow(330, 730, 36) + boy.svg));
  items.push(at(740, shadow(760, 740, 44) + girl.svg));
  const [bx, by] = boy.hands.r;
  const [gx, gy] = girl.hands.r;
  parts.push(dashed(`M${fmt(bx + 6)} ${fmt(by - 10)}Q${fmt(bx + 150)} ${fmt(by - 190)} 590 520`, C.ink, 4, '2 12', { opacity: 0.35 }));
  parts.push(dashed(`M${fmt(gx + 4)} ${fmt(gy - 10)}Q${fmt(gx + 90)} ${fmt(gy - 200)} 900 520`, C.ink, 4, '2 12', { opacity: 0.35 }));
  items.push(at(900, ball(bx + 150, by - 104, 22, C.yellow)));
  items.push(at(900, ball(gx + 96, gy - 112, 22, C.coral)));
  items.push(P({ x: 470, y: 760, s: 2.55, kind: 'child', skin: 2, hair: 'black', hairStyle: 'bob', top: C.teal, bottom: C.ink, arms: { l: 'cheer', r: 'cheer' }, open: true }));
  const holder = person({ x: 1070, y: 750, s: 2.55, kind: 'child', skin: 1, hair: 'black', hairStyle: 'ponytail', top: C.blue, bottom: C.ink, arms: { l: 'hold', r: 'relaxed' } });
  items.push(at(750, shadow(1070, 750, 36) + holder.svg + ball(holder.hands.l[0], holder.hands.l[1] - 8, 22, C.teal)));
  items.push(P({ x: 140, y: 740, s: 3.3, skin: 0, hair: 'darkBrown', hairStyle: 'ponytail', top: C.white, vest: C.teal, bottom: C.navy, arms: { r: 'cheer', l: 'hip' }, open: true }));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// A multicultural Japanese neighbourhood: people of diverse backgrounds together.
export function coverVolunteersAndJapan() {
  const parts = [];
  parts.push(rect(0, 0, W, H, '#EEF3F2'));
  parts.push(cloud(1000, 110, 0.8, C.white));
  // houses along the street
  parts.push(house(60, 520, 220, 140, { roof: C.blue, wall: C.white }));
  parts.push(house(360, 500, 200, 130, { roof: '#5B6770', wall: C.cream }));
  parts.push(house(900, 520, 230, 140, { roof: C.teal, wall: C.white }));
  // a small shop with an awning
  parts.push(rect(620, 330, 230, 190, C.cream));
  parts.push(rect(640, 400, 190, 120, C.paleBlue));
  for (let i = 0; i < 6; i++) parts.push(path(`M${610 + i * 41.7} 330L${651.7 + i * 41.7} 330L${651.7 + i * 41.7} 372Q${630.8 + i * 41.7} 392 ${610 + i * 41.7} 372Z`, i % 2 ? C.white : C.coral));
  parts.push(tree(320, 520, 140, { type: 'round', leaf: C.sage }));
  parts.push(rect(0, 520, W, 280, '#E4DBC8'));
  parts.push(rect(0, 520, W, 16, '#D6CBB4'));
  // lanterns on a string (no characters on them)
  parts.push(stroke('M0 210Q600 300 1200 210', C.ink, 3, { opacity: 0.45 }));
  for (let i = 0; i < 9; i++) {
    const x = 70 + i * 132;
    const t = x / 1200;
    const y = 210 + 180 * t * (1 - t);
    parts.push(g([rect(x - 4, y - 2, 8, 8, C.ink), ellipse(x, y + 30, 20, 26, i % 2 ? C.coral : C.yellow), rect(x - 12, y + 4, 24, 5, C.ink, { opacity: 0.6 }), rect(x - 12, y + 52, 24, 5, C.ink, { opacity: 0.6 })]));
  }
  // a shared table with food
  const items = [];
  items.push(at(640, g([
    shadow(600, 648, 220, 16),
    rect(390, 560, 420, 22, C.white, { rx: 8 }),
    rect(410, 582, 16, 64, '#C9C2B3'), rect(774, 582, 16, 64, '#C9C2B3'),
    ellipse(460, 556, 38, 12, C.coral), ellipse(460, 550, 26, 8, C.yellow),
    ellipse(560, 556, 40, 12, C.teal), circle(548, 546, 8, C.white), circle(566, 546, 8, C.white), circle(557, 539, 8, C.white),
    ellipse(660, 556, 38, 12, C.blue), ellipse(660, 550, 26, 8, C.sand),
    rect(730, 524, 24, 34, C.yellow, { rx: 6 }), rect(758, 530, 20, 28, C.coral, { rx: 6 }),
  ])));
  const people = [
    { x: 120, y: 720, s: 2.9, skin: 0, hair: 'grey', hairStyle: 'bald', top: C.sage, jacket: C.navy, glasses: true, arms: { r: 'wave' } },
    { x: 250, y: 740, s: 2.1, kind: 'child', skin: 4, hair: 'black', hairStyle: 'curly', top: C.yellow, bottom: C.blue, arms: { l: 'up', r: 'reach' }, open: true },
    { x: 360, y: 700, s: 2.9, skin: 4, hair: 'black', hairStyle: 'curly', top: C.coral, bottom: C.ink, arms: { r: 'give' } },
    { x: 470, y: 690, s: 2.85, skin: 2, hairStyle: 'hijab', hat: C.teal, top: C.yellow, bottom: C.blue, skirt: true, arms: { l: 'relaxed', r: 'hold' } },
    { x: 740, y: 692, s: 2.9, skin: 1, hair: 'black', hairStyle: 'bun', top: C.blue, bottom: C.ink, arms: { l: 'give' }, open: true },
    { x: 860, y: 705, s: 2.95, skin: 3, hair: 'black', hairStyle: 'short', top: C.teal, bottom: C.navy, arms: { l: 'hold' } },
    { x: 960, y: 735, s: 2.1, kind: 'child', skin: 0, hair: 'blond', hairStyle: 'twin', top: C.coral, bottom: C.teal, arms: { r: 'wave' }, open: true },
    { x: 1080, y: 716, s: 2.9, skin: 1, hair: 'white', hairStyle: 'bob', top: C.sand, bottom: C.ink, skirt: true, arms: { l: 'reach' } },
  ];
  for (const o of people) items.push(P(o));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// An awareness video: a screen with music notes and dancing figures, and a hand-washing icon.
export function illustrationAwarenessVideo() {
  const parts = [];
  parts.push(blobs([[600, 400, 360, C.paleTeal, 0.8]]));
  // screen
  const sx = 190;
  const sy = 120;
  const sw = 760;
  const sh = 460;
  parts.push(rect(sx - 20, sy - 20, sw + 40, sh + 100, C.ink, { rx: 24 }));
  const scene = [
    rect(sx, sy, sw, sh, '#FFF6E2'),
    circle(sx + sw / 2, sy + sh + 10, 260, C.paleYellow),
    sun(sx + 640, sy + 90, 40),
  ];
  const dancers = [
    { x: sx + 210, y: sy + 420, s: 2.3, skin: 1, hair: 'black', hairStyle: 'ponytail', top: C.coral, bottom: C.navy, arms: { l: 'up', r: 'out' }, legs: 'wide', open: true },
    { x: sx + 380, y: sy + 430, s: 2.4, skin: 1, hair: 'black', hairStyle: 'bun', top: C.teal, bottom: C.ink, arms: { l: 'cheer', r: 'cheer' }, legs: 'jump', open: true },
    { x: sx + 550, y: sy + 420, s: 2.3, skin: 0, hair: 'darkBrown', hairStyle: 'short', top: C.yellow, bottom: C.blue, arms: { l: 'out', r: 'up' }, legs: 'wide', open: true },
  ];
  for (const o of dancers) scene.push(shadow(o.x, o.y, 34), person(o).svg);
  parts.push(clipTo(sx, sy, sw, sh, scene.join(''), 8));
  // player bar: play button, progress
  parts.push(path(`M${sx + 10} ${sy + sh + 26}L${sx + 10} ${sy + sh + 58}L${sx + 38} ${sy + sh + 42}Z`, C.white));
  parts.push(rect(sx + 60, sy + sh + 38, sw - 80, 8, '#4A5966', { rx: 4 }));
  parts.push(rect(sx + 60, sy + sh + 38, (sw - 80) * 0.42, 8, C.coral, { rx: 4 }));
  parts.push(circle(sx + 60 + (sw - 80) * 0.42, sy + sh + 42, 12, C.white));
  // music notes floating out of the screen
  parts.push(musicNote(110, 250, 1.6, C.blue));
  parts.push(musicNote(90, 470, 1.3, C.coral, { double: true }));
  parts.push(musicNote(1045, 160, 1.4, C.teal, { double: true }));
  parts.push(musicNote(1110, 330, 1.2, C.yellow));
  // hand-washing icon badge
  parts.push(circle(1010, 620, 116, C.white));
  parts.push(handwash(1010, 620, 200, { bg: C.teal }));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// viet-nam-story / standby-in-japan: on standby in Japan, the volunteer (the same look as on the
// exhibit's cover) helps a Vietnamese mother and child of her community with a paper of daily life;
// around them, neighbours of the community get together under a garland.
export function pageVietNamStoryStandbyInJapan() {
  const parts = [];
  const groundY = 540;
  parts.push(rect(0, 0, W, H, '#EEF3F2'));
  parts.push(sun(1080, 100, 38));
  parts.push(cloud(250, 110, 0.75, C.white));
  parts.push(cloud(760, 80, 0.6, C.white, 0.9));
  // a Japanese neighbourhood behind
  parts.push(house(30, groundY, 230, 150, { roof: C.blue, wall: C.white }));
  parts.push(house(350, groundY - 10, 200, 126, { roof: '#5B6770', wall: C.cream }));
  parts.push(house(640, groundY, 230, 146, { roof: C.teal, wall: C.white }));
  parts.push(house(960, groundY - 6, 210, 130, { roof: C.coral, wall: C.cream }));
  parts.push(rect(0, groundY, W, H - groundY, '#E4DBC8'));
  parts.push(rect(0, groundY, W, 14, '#D6CBB4'));
  // garland of paper triangles between two poles (no text): the neighbourhood getting together
  parts.push(rect(674, 230, 8, 420, C.midGrey, { rx: 4 }));
  parts.push(rect(1150, 230, 8, 420, C.midGrey, { rx: 4 }));
  parts.push(stroke('M678 240Q916 320 1154 240', C.ink, 3, { opacity: 0.45 }));
  for (let i = 0; i < 8; i++) {
    const t = (i + 0.5) / 8;
    const x = 678 + 476 * t;
    const y = 240 + 160 * t * (1 - t);
    parts.push(path(`M${fmt(x - 18)} ${fmt(y - 3)}L${fmt(x + 18)} ${fmt(y - 3)}L${fmt(x)} ${fmt(y + 30)}Z`, [C.coral, C.yellow, C.teal, C.blue][i % 4]));
  }
  const items = [];
  // --- left: helping a Vietnamese mother and her child with a paper of daily life
  const vol = person({ x: 300, y: 712, s: 3.05, skin: 0, hair: 'darkBrown', hairStyle: 'ponytail', top: C.white, vest: C.teal, bottom: C.navy, arms: { r: 'give', l: 'relaxed' }, open: true });
  const mum = person({ x: 540, y: 706, s: 2.95, skin: 2, hair: 'black', hairStyle: 'long', top: C.coral, bottom: C.blue, arms: { l: 'reach', r: [[5, 14], [7, 27]] } });
  const kid = person({ x: 640, y: 726, s: 2.15, kind: 'child', skin: 2, hair: 'black', hairStyle: 'bob', top: C.yellow, bottom: C.teal, arms: { l: [[8, -2], [14, -12]], r: 'relaxed' }, open: true });
  items.push(at(712, shadow(300, 712, 42) + vol.svg));
  items.push(at(706, shadow(540, 706, 41) + mum.svg));
  items.push(at(726, shadow(640, 726, 30) + kid.svg));
  // the paper they hold between them: a sheet with lines and a small grid, no words
  const [vx, vy] = vol.hands.r;
  const [mx, my] = mum.hands.l;
  const px = (vx + mx) / 2;
  const py = Math.min(vy, my) - 40;
  const sheet = [
    rect(px - 44, py, 88, 112, C.white, { rx: 6, stroke: '#C9C2B3', 'stroke-width': 2 }),
    rect(px - 30, py + 14, 60, 7, C.blue, { rx: 3.5 }),
    rect(px - 30, py + 30, 44, 5, C.grey, { rx: 2.5 }),
  ];
  for (let r = 0; r < 3; r++) for (let c = 0; c < 4; c++) sheet.push(rect(px - 30 + c * 15.5, py + 46 + r * 15, 12, 11, (r * 4 + c) % 5 === 2 ? C.coral : C.paleTeal, { rx: 2 }));
  items.push(at(800, g([...sheet, circle(vx, vy, 4.3 * 3.05, '#F7D9C4'), circle(mx, my, 4.3 * 2.95, '#D9A077')])));
  items.push(at(800, bubble(392, 250, 120, 74, C.white, { tail: 'b', content: heart(392, 254, 34, C.coral) })));
  // --- right: neighbours of all ages together, cheering under the garland
  const neighbours = [
    { x: 785, y: 700, s: 2.75, skin: 0, hair: 'grey', hairStyle: 'bald', top: C.sage, jacket: C.navy, bottom: C.ink, glasses: true, arms: { r: 'give', l: 'relaxed' }, open: true },
    { x: 905, y: 690, s: 2.8, skin: 3, hair: 'black', hairStyle: 'short', top: C.blue, bottom: C.ink, arms: { l: 'cheer', r: 'relaxed' }, open: true },
    { x: 1020, y: 702, s: 2.75, skin: 1, hair: 'white', hairStyle: 'bun', top: C.yellow, bottom: C.navy, skirt: true, arms: { l: 'chest', r: 'relaxed' }, open: true },
    { x: 845, y: 752, s: 2.05, kind: 'child', skin: 4, hair: 'black', hairStyle: 'curly', top: C.teal, bottom: C.blue, legs: 'jump', arms: { l: 'cheer', r: 'cheer' }, open: true },
  ];
  for (const o of neighbours) items.push(P(o));
  const wc = wheelchairPerson({ x: 1122, y: 748, s: 2.5, skin: 2, hair: 'black', hairStyle: 'short', top: C.coral, bottom: C.navy, arms: { l: 'wave', r: 'relaxed' }, open: true });
  items.push(at(748, shadow(1122, 748, 42) + wc.svg));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}
