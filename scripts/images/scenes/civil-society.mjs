// Illustrations of the civil-society pack (1200 x 800). Drawn by the plaza-kiosk project, CC BY 4.0.
import { C, svgDoc, g, rect, circle, ellipse, path, stroke, line, shadow, fmt } from '../lib/core.mjs';
import { person, bust } from '../lib/people.mjs';
import {
  bubble, plane, laptop, cloud, sun, tree, hill, house, townHall, box, soap, faceMask, sanitizer, heart, pin,
  openBook, handshake, dashed, chairBack, star, waterPoint, bucket, seedling,
} from '../lib/things.mjs';
import { globe, arcPath, d3 } from '../lib/geo.mjs';
import {
  byDepth, at, P, worldFlat, panel, pedestal, deskGlobe, drum, jerrycan, wovenBowl, wheelchairPerson, blobs, board, banner,
} from './common.mjs';

const W = 1200;
const H = 800;

// ---------------------------------------------------------------------------------------------
// A bright hands-on exhibition hall: families and a school class touching exhibits, a guide explaining.
export function attractPlaza() {
  const floorY = 560;
  const parts = [];
  // wall and floor
  parts.push(rect(0, 0, W, floorY, '#F3EDE0'));
  parts.push(rect(0, floorY, W, H - floorY, C.floor));
  parts.push(rect(0, floorY - 8, W, 10, '#DCD1BD'));
  // ceiling lights
  for (const x of [200, 600, 1000]) {
    parts.push(rect(x - 70, 0, 140, 14, C.white));
    parts.push(path(`M${x - 70} 14L${x + 70} 14L${x + 170} ${floorY}L${x - 170} ${floorY}Z`, C.white, { opacity: 0.18 }));
  }
  // wall panels: world map (centre), landscape (left), pictograms (right)
  parts.push(panel(380, 70, 440, 250, worldFlat(396, 86, 408, 218, { land: C.teal, sea: C.paleBlue })));
  parts.push(panel(70, 110, 240, 200, g([
    rect(84, 124, 212, 172, '#CFE6F1', { rx: 6 }),
    sun(250, 170, 22),
    hill(150, 296, 110, 70, C.midTeal),
    hill(250, 296, 90, 50, C.teal),
    rect(84, 270, 212, 26, C.sand),
    house(126, 286, 40, 30, { roof: C.coral, wall: C.white, win: C.skyBlue }),
  ])));
  parts.push(panel(890, 110, 240, 200, g([
    rect(904, 124, 212, 172, C.paleYellow, { rx: 6 }),
    circle(960, 178, 34, C.blue), path('M960 156Q978 180 972 190Q960 204 948 190Q942 180 960 156Z', C.white),
    circle(1060, 178, 34, C.coral), heart(1060, 182, 36, C.white),
    circle(960, 256, 30, C.teal), openBook(960, 254, 34, { cover: C.white, page: C.white, lines: C.teal }),
    circle(1060, 256, 30, C.yellow), seedling(1060, 276, 44, C.white),
  ])));
  const items = [];
  // centre: big globe exhibit on a pedestal
  items.push(at(640, g([
    ellipse(600, 640, 110, 16, C.ink, { opacity: 0.1 }),
    pedestal(600, 520, 150, 118, C.white, C.cream),
    ellipse(600, 520, 60, 12, C.blue),
    globe(600, 420, 100, { center: [120, 15], highlight: { 392: C.coral }, res: '110m' }),
  ])));
  // right: exhibit table with a drum, a woven bowl and a water container
  items.push(at(610, g([
    ellipse(1010, 612, 150, 14, C.ink, { opacity: 0.08 }),
    rect(880, 500, 260, 24, C.white, { rx: 6 }),
    rect(900, 524, 16, 86, '#D8CFBF'), rect(1104, 524, 16, 86, '#D8CFBF'),
    drum(930, 500, 0.9),
    wovenBowl(1010, 500, 84),
    jerrycan(1090, 500, 0.85),
  ])));
  // guide (Global Concierge) explaining at the globe
  items.push(P({ x: 440, y: 700, s: 3.1, skin: 2, hair: 'black', hairStyle: 'bun', top: C.white, vest: C.teal, bottom: C.navy, lanyard: C.coral, arms: { r: 'pointUp', l: 'relaxed' } }));
  // school class: three pupils with yellow caps and a teacher
  items.push(P({ x: 640, y: 730, s: 2.3, kind: 'child', skin: 1, hair: 'black', hairStyle: 'cap', hat: C.yellow, top: C.white, bottom: C.navy, arms: { l: 'up' }, open: true }));
  items.push(P({ x: 735, y: 712, s: 2.3, kind: 'child', skin: 3, hair: 'black', hairStyle: 'twin', top: C.coral, bottom: C.navy, arms: { l: 'reach' } }));
  items.push(P({ x: 560, y: 748, s: 2.3, kind: 'child', skin: 0, hair: 'brown', hairStyle: 'cap', hat: C.yellow, top: C.skyBlue, bottom: C.navy, arms: { r: 'wave' } }));
  items.push(P({ x: 820, y: 700, s: 3.0, skin: 0, hair: 'darkBrown', hairStyle: 'bob', top: C.yellow, bottom: C.blue, skirt: true, arms: { l: 'hold', r: 'relaxed' }, glasses: true }));
  // family at the drum
  items.push(P({ x: 1040, y: 720, s: 3.05, skin: 4, hair: 'black', hairStyle: 'curly', top: C.blue, bottom: C.ink, arms: { l: 'reach' } }));
  items.push(P({ x: 940, y: 742, s: 2.1, kind: 'child', skin: 4, hair: 'black', hairStyle: 'ponytail', top: C.yellow, bottom: C.teal, arms: { r: 'up' }, open: true }));
  // older couple at the landscape panel (left)
  items.push(P({ x: 150, y: 712, s: 3.0, skin: 1, hair: 'grey', hairStyle: 'bald', top: C.sage, jacket: C.navy, glasses: true, arms: { r: 'point' } }));
  items.push(P({ x: 262, y: 724, s: 2.9, skin: 0, hair: 'white', hairStyle: 'bob', top: C.coral, bottom: C.ink, arms: { l: 'hold', r: 'relaxed' } }));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// Citizens, an NGO team and local-government people together around a globe.
export function attractPartners() {
  const parts = [];
  parts.push(blobs([[600, 330, 300, C.paleTeal], [600, 330, 228, '#E6F1EE']]));
  // orbit ring and small stars around the globe
  parts.push(ellipse(600, 330, 300, 70, 'none', { stroke: C.yellow, 'stroke-width': 5, opacity: 0.7, transform: 'rotate(-12 600 330)' }));
  parts.push(globe(600, 320, 185, { center: [135, 18], highlight: { 392: C.coral }, res: '110m' }));
  parts.push(path('M893.4 267.6A300 70 -12 0 1 306.6 392.4', 'none', { stroke: C.yellow, 'stroke-width': 5, opacity: 0.9 }));
  for (const [x, y, r] of [[250, 140, 12], [960, 120, 10], [1010, 420, 8], [200, 430, 7]]) parts.push(star(x, y, r * 1.6, C.yellow));
  parts.push(rect(0, 640, W, 160, C.floor));
  parts.push(ellipse(600, 650, 520, 40, '#E0D4BF'));
  const items = [];
  // citizens (left): older man, mother in a headscarf with a child
  items.push(P({ x: 120, y: 712, s: 3.0, skin: 1, hair: 'grey', hairStyle: 'bald', glasses: true, top: C.white, jacket: C.sage, bottom: C.ink, arms: { r: 'reach' } }));
  items.push(P({ x: 250, y: 726, s: 3.05, skin: 2, hairStyle: 'hijab', hat: C.coral, top: C.yellow, bottom: C.blue, skirt: true, arms: { r: 'up', l: 'relaxed' } }));
  items.push(P({ x: 345, y: 748, s: 2.2, kind: 'child', skin: 2, hair: 'black', hairStyle: 'crew', top: C.blue, bottom: C.ink, arms: { l: 'up', r: 'up' }, open: true }));
  // NGO team in matching teal shirts (centre)
  items.push(P({ x: 480, y: 760, s: 3.15, skin: 0, hair: 'black', hairStyle: 'ponytail', top: C.teal, bottom: C.ink, shortSleeves: true, arms: { r: 'up', l: 'down' }, badge: C.yellow }));
  items.push(P({ x: 600, y: 772, s: 3.2, skin: 4, hair: 'black', hairStyle: 'short', top: C.teal, bottom: C.navy, shortSleeves: true, arms: { l: 'up', r: 'up' }, badge: C.yellow, open: true }));
  items.push(P({ x: 720, y: 760, s: 3.1, skin: 2, hair: 'auburn', hairStyle: 'long', top: C.teal, bottom: C.ink, shortSleeves: true, arms: { l: 'up', r: 'down' }, badge: C.yellow }));
  // local-government people in jackets (right)
  items.push(P({ x: 850, y: 742, s: 3.1, skin: 1, hair: 'black', hairStyle: 'crew', top: C.white, jacket: C.navy, bottom: C.navy, lanyard: C.blue, arms: { l: 'up' } }));
  items.push(P({ x: 965, y: 730, s: 3.0, skin: 1, hair: 'darkBrown', hairStyle: 'bob', top: C.white, jacket: C.blue, bottom: C.navy, skirt: true, lanyard: C.blue, arms: { l: 'reach', r: 'relaxed' } }));
  items.push(P({ x: 1085, y: 714, s: 3.0, skin: 3, hair: 'grey', hairStyle: 'short', top: C.paleBlue, jacket: C.navy, bottom: C.ink, glasses: true, arms: { l: 'wave' } }));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// Round-table dialogue between NGO staff and JICA staff (speech bubbles without text).
export function coverNgoPartnership() {
  const parts = [];
  parts.push(blobs([[600, 300, 420, C.paleBlue, 0.7]]));
  parts.push(rect(0, 600, W, 200, C.floor));
  const items = [];
  // people seated behind the table (their legs are hidden by it)
  const seated = [
    { x: 300, y: 680, s: 3.0, skin: 2, hair: 'black', hairStyle: 'long', top: C.teal, arms: { r: 'give' } }, // NGO
    { x: 450, y: 650, s: 3.0, skin: 4, hair: 'black', hairStyle: 'curly', top: C.yellow, arms: { r: 'chest' }, open: true }, // NGO
    { x: 600, y: 640, s: 3.0, skin: 0, hair: 'darkBrown', hairStyle: 'short', top: C.white, jacket: C.navy, lanyard: C.blue, arms: { l: 'give' } }, // JICA
    { x: 750, y: 650, s: 3.0, skin: 1, hair: 'black', hairStyle: 'bun', top: C.white, jacket: C.blue, lanyard: C.blue, arms: { l: 'chest', r: 'relaxed' } }, // JICA
    { x: 900, y: 680, s: 3.0, skin: 3, hair: 'grey', hairStyle: 'bald', top: C.sand, glasses: true, arms: { l: 'give' } }, // NGO
  ];
  for (const o of seated) parts.push(person({ ...o, legs: 'hidden' }).svg);
  // the round table
  parts.push(ellipse(600, 712, 470, 40, C.ink, { opacity: 0.08 }));
  parts.push(ellipse(600, 626, 440, 92, '#C99A62'));
  parts.push(rect(160, 596, 880, 30, '#C99A62'));
  parts.push(ellipse(600, 596, 440, 92, '#E6C796'));
  parts.push(ellipse(600, 596, 392, 72, '#EBCFA3'));
  // papers, cups and a small plant on the table
  parts.push(rect(340, 596, 70, 46, C.white, { rx: 4, transform: 'rotate(-8 375 619)' }));
  parts.push(rect(790, 592, 70, 46, C.white, { rx: 4, transform: 'rotate(10 825 615)' }));
  parts.push(rect(555, 618, 90, 56, C.white, { rx: 4, transform: 'rotate(3 600 646)' }));
  for (const [x, y] of [[470, 574], [720, 574], [900, 616], [290, 620]]) {
    parts.push(path(`M${x - 13} ${y - 24}L${x + 13} ${y - 24}L${x + 10} ${y}L${x - 10} ${y}Z`, C.white));
    parts.push(ellipse(x, y - 24, 13, 4, '#B07A4A'));
  }
  parts.push(g([rect(592, 548, 26, 26, C.coral, { rx: 4 }), seedling(605, 550, 44, C.teal)]));
  // two people in the foreground, seen from behind
  parts.push(person({ x: 230, y: 960, s: 3.6, back: true, skin: 1, hair: 'black', hairStyle: 'short', top: C.coral, legs: 'hidden' }).svg);
  parts.push(person({ x: 980, y: 960, s: 3.6, back: true, skin: 2, hair: 'brown', hairStyle: 'ponytail', top: C.blue, legs: 'hidden' }).svg);
  // speech bubbles
  parts.push(bubble(330, 190, 150, 90, C.teal, { tail: 'br' }));
  parts.push(bubble(600, 140, 170, 96, C.white, {
    tail: 'b', content: g([circle(600, 134, 26, C.yellow), path('M589 150L611 150L608 164L592 164Z', C.yellow), rect(594, 164, 12, 6, C.midGrey, { rx: 2 })]),
  }));
  parts.push(bubble(880, 190, 150, 90, C.coral, { tail: 'bl', content: heart(880, 194, 46, C.white) }));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// A joint project: people from Japan and local people building a water point together.
export function coverJpp() {
  const parts = [];
  parts.push(rect(0, 0, W, H, '#F4EEDD'));
  parts.push(sun(980, 140, 54));
  parts.push(cloud(260, 130, 1.1, C.white, 0.9));
  parts.push(hill(300, 560, 420, 110, '#D9E7CF'));
  parts.push(hill(900, 560, 500, 140, '#CDE0C1'));
  parts.push(rect(0, 555, W, 245, '#EBD3A8'));
  parts.push(ellipse(640, 700, 560, 60, '#E3C792'));
  parts.push(tree(110, 590, 230, { type: 'palm', leaf: C.teal, trunk: '#A2744C' }));
  parts.push(tree(1120, 600, 170, { type: 'round', leaf: C.sage }));
  const items = [];
  const tx = 560;
  items.push(at(600, g([shadow(tx + 20, 604, 120, 14), waterPoint(tx, 604, 400, { tank: C.skyBlue, band: C.blue })])));
  // bricks
  items.push(at(630, g([0, 1, 2].map((r) => [0, 1, 2].slice(0, 3 - (r === 2 ? 1 : 0)).map((c) => rect(990 + c * 46 + (r % 2) * 22, 604 - r * 24, 44, 22, C.coral, { rx: 3, stroke: '#EBD3A8', 'stroke-width': 2 })).join('')).join(''))));
  // a local woman fills a bucket at the tap; a Japanese NGO member shows how the tap works
  const tapX = tx + (115 * 400) / 300;
  items.push(at(705, g([shadow(tapX + 4, 706, 30, 6), bucket(tapX + 4, 706, 56, C.coral)])));
  items.push(P({ x: 850, y: 722, s: 3.0, skin: 5, hairStyle: 'hijab', hat: C.teal, top: C.coral, bottom: C.yellow, skirt: true, arms: { l: 'give', r: 'relaxed' } }));
  items.push(P({ x: 590, y: 744, s: 3.0, skin: 0, hair: 'black', hairStyle: 'cap', hat: C.blue, top: C.teal, bottom: C.ink, shortSleeves: true, arms: { r: 'point', l: 'hip' }, open: true }));
  // a local man and a Japanese volunteer carrying a pipe together
  const carriers = [
    person({ x: 180, y: 742, s: 3.0, skin: 4, hair: 'black', hairStyle: 'short', top: C.yellow, bottom: C.navy, shortSleeves: true, arms: { l: 'down', r: 'down' }, open: true }),
    person({ x: 390, y: 748, s: 3.0, skin: 1, hair: 'darkBrown', hairStyle: 'ponytail', top: C.teal, bottom: C.ink, shortSleeves: true, arms: { l: 'down', r: 'down' } }),
  ];
  const py = carriers[0].hands.r[1];
  items.push(at(745, [
    shadow(180, 742, 42), shadow(390, 748, 42),
    carriers[0].svg, carriers[1].svg,
    rect(110, py - 8, 360, 17, '#7D8891', { rx: 8 }),
    rect(110, py - 8, 360, 5, C.white, { rx: 2.5, opacity: 0.25 }),
    ...[carriers[0].hands.l, carriers[0].hands.r, carriers[1].hands.l, carriers[1].hands.r].map(([hx, hy]) => circle(hx, py + 1, 12, hx < 300 ? '#8A5735' : '#EEC09E')),
  ].join('')));
  // a child watching
  items.push(P({ x: 1100, y: 748, s: 2.1, kind: 'child', skin: 4, hair: 'black', hairStyle: 'twin', top: C.yellow, bottom: C.blue, arms: { l: 'wave' }, open: true }));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// A capacity-building training session: presenter, board with simple shapes, attentive participants.
export function coverActivitySupport() {
  const parts = [];
  parts.push(rect(0, 0, W, H, '#F3EDE0'));
  parts.push(rect(0, 600, W, 200, C.floor));
  // window with a view of trees (right)
  parts.push(rect(900, 90, 230, 250, C.white, { rx: 10 }));
  parts.push(rect(914, 104, 202, 222, '#D6E8F2', { rx: 6 }));
  parts.push(g([hill(1015, 326, 120, 60, '#BFDCCF'), tree(960, 326, 90, { type: 'round', leaf: C.midTeal }), tree(1070, 326, 120, { type: 'tall', leaf: C.teal })]));
  parts.push(rect(1013, 104, 4, 222, C.white));
  // board with simple shapes: circle -> triangle -> square, and rising bars
  const content = g([
    circle(200, 190, 36, C.coral),
    stroke('M256 190L300 190', C.ink, 6), path('M300 178L318 190L300 202Z', C.ink),
    path('M376 156L414 222L338 222Z', C.teal),
    stroke('M434 190L478 190', C.ink, 6), path('M478 178L496 190L478 202Z', C.ink),
    rect(516, 156, 66, 66, C.blue, { rx: 8 }),
    rect(200, 330, 40, 50, C.yellow, { rx: 5 }),
    rect(256, 300, 40, 80, C.yellow, { rx: 5 }),
    rect(312, 262, 40, 118, C.coral, { rx: 5 }),
    stroke('M190 384L370 384', C.ink, 4),
    stroke('M420 300L450 330L510 268', C.teal, 12),
    circle(556, 320, 26, 'none', { stroke: C.blue, 'stroke-width': 8 }),
  ]);
  parts.push(board(150, 110, 480, 300, { content }));
  const items = [];
  // presenter pointing at the board
  items.push(P({ x: 740, y: 640, s: 3.2, skin: 3, hair: 'black', hairStyle: 'short', top: C.white, jacket: C.teal, bottom: C.navy, arms: { l: 'pointUp', r: 'relaxed' }, open: true, flip: false }));
  // easel with a flip chart (right)
  items.push(at(630, g([
    stroke('M930 630L970 400M1070 630L1030 400M1000 630L1000 420', '#B59873', 8),
    rect(940, 380, 120, 150, C.white, { rx: 6 }),
    circle(975, 425, 16, C.teal), rect(1000, 416, 44, 8, C.grey, { rx: 4 }), rect(960, 460, 84, 8, C.grey, { rx: 4 }), rect(960, 484, 60, 8, C.grey, { rx: 4 }),
  ])));
  parts.push(byDepth(items));
  // participants in the foreground, seen from behind, on chairs
  const seatY = 985;
  const back = [
    { x: 150, skin: 1, hair: 'black', hairStyle: 'bob', top: C.coral },
    { x: 390, skin: 4, hair: 'black', hairStyle: 'curly', top: C.yellow, arms: { r: 'up' } },
    { x: 640, skin: 2, hairStyle: 'hijab', hat: C.blue, top: C.sage },
    { x: 880, skin: 0, hair: 'grey', hairStyle: 'short', top: C.blue },
    { x: 1110, skin: 3, hair: 'brown', hairStyle: 'ponytail', top: C.teal },
  ];
  for (const o of back) {
    parts.push(person({ ...o, y: seatY, s: 3.7, back: true, legs: 'hidden' }).svg);
  }
  // a long desk edge in front of them would hide nothing: add notebooks on their laps instead? keep clean
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// A Japanese town (houses, town hall, hills) linked by a dotted line to a globe.
export function coverLocalGovernments() {
  const parts = [];
  parts.push(blobs([[910, 330, 250, C.paleBlue]]));
  parts.push(cloud(150, 110, 0.9, C.white));
  parts.push(cloud(520, 80, 0.7, C.white));
  // hills and town
  parts.push(hill(180, 640, 340, 210, '#CFE3C6'));
  parts.push(hill(520, 640, 320, 160, '#BFDAB5'));
  parts.push(rect(0, 620, W, 180, '#DCEBD3'));
  // rice fields
  for (let i = 0; i < 5; i++) parts.push(path(`M${-60 + i * 190} 800L${40 + i * 190} 700L${180 + i * 190} 700L${110 + i * 190} 800Z`, i % 2 ? '#C6DEB9' : '#D3E6C8'));
  parts.push(tree(50, 630, 170, { type: 'pine', leaf: C.teal }));
  parts.push(tree(660, 634, 150, { type: 'round', leaf: C.midTeal }));
  parts.push(house(90, 640, 150, 96, { roof: C.blue, wall: C.white }));
  parts.push(house(500, 646, 136, 90, { roof: C.coral, wall: C.white }));
  const hx = 340;
  const hy = 632;
  parts.push(townHall(hx, hy, 230, { roof: C.teal, accent: C.blue }));
  parts.push(house(200, 680, 110, 62, { roof: '#5B6770', wall: C.cream }));
  // small people in front of the town
  parts.push(person({ x: 420, y: 700, s: 0.95, skin: 1, hair: 'black', hairStyle: 'short', top: C.coral, arms: { r: 'wave' } }).svg);
  parts.push(person({ x: 448, y: 702, s: 0.75, kind: 'child', skin: 1, hair: 'black', hairStyle: 'cap', hat: C.yellow, top: C.white }).svg);
  parts.push(person({ x: 560, y: 706, s: 0.95, skin: 4, hair: 'black', hairStyle: 'bun', top: C.yellow, jacket: C.blue, arms: { l: 'wave' } }).svg);
  parts.push(person({ x: 120, y: 712, s: 0.95, skin: 0, hair: 'grey', hairStyle: 'bald', top: C.sage, arms: { r: 'reach' } }).svg);
  // the globe, and a dotted link from the town-hall tower to Japan on the globe
  const gcx = 910;
  const gcy = 330;
  const gr = 190;
  const center = [122, 8];
  const proj = d3.geoOrthographic().scale(gr).translate([gcx, gcy]).rotate([-center[0], -center[1]]);
  const [jx, jy] = proj([138.5, 36.5]);
  const tx = hx;
  const ty = hy - 115 - 132;
  parts.push(globe(gcx, gcy, gr, { center, highlight: { 392: C.coral }, res: '110m' }));
  parts.push(dashed(`M${tx} ${ty - 14}C${tx + 60} ${ty - 240} ${jx - 250} ${jy - 220} ${fmt(jx)} ${fmt(jy - 14)}`, C.coral, 8, '1 18'));
  parts.push(circle(tx, ty - 6, 11, C.coral, { stroke: C.white, 'stroke-width': 4 }));
  parts.push(circle(jx, jy, 13, 'none', { stroke: C.white, 'stroke-width': 5 }));
  parts.push(circle(jx, jy, 13, 'none', { stroke: C.coral, 'stroke-width': 3 }));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// The entrance of a Global Plaza with people coming in.
export function coverGlobalPlazas() {
  const parts = [];
  parts.push(rect(0, 0, W, H, '#EAF2F4'));
  parts.push(cloud(140, 120, 0.8, C.white));
  parts.push(cloud(1080, 90, 0.7, C.white));
  // building
  parts.push(rect(170, 140, 860, 480, C.cream));
  parts.push(rect(150, 120, 900, 36, '#D8CCB6', { rx: 8 }));
  for (let i = 0; i < 6; i++) {
    if (i === 2 || i === 3) continue;
    parts.push(rect(220 + i * 135, 200, 96, 120, C.paleBlue, { rx: 6 }));
    parts.push(rect(220 + i * 135, 380, 96, 120, C.paleBlue, { rx: 6 }));
  }
  // globe motif above the entrance
  parts.push(circle(600, 260, 78, C.white));
  parts.push(globe(600, 260, 66, { center: [130, 20], highlight: { 392: C.coral }, res: '110m' }));
  // entrance: glass doors and a canopy
  parts.push(rect(470, 380, 260, 240, '#BFD8EA'));
  parts.push(rect(470, 380, 260, 240, 'none', { stroke: C.white, 'stroke-width': 8 }));
  parts.push(line(600, 384, 600, 620, C.white, 6));
  parts.push(rect(490, 396, 40, 210, C.white, { opacity: 0.35 }));
  parts.push(rect(440, 356, 320, 28, C.teal, { rx: 8 }));
  // plaza paving and trees
  parts.push(rect(0, 620, W, 180, C.floor));
  parts.push(path('M470 620L730 620L860 800L340 800Z', '#E2D5BE'));
  parts.push(tree(90, 640, 230, { type: 'round', leaf: C.teal }));
  parts.push(tree(1110, 640, 230, { type: 'round', leaf: C.teal }));
  parts.push(tree(1000, 632, 120, { type: 'bush', leaf: C.sage }));
  parts.push(tree(200, 632, 120, { type: 'bush', leaf: C.sage }));
  const items = [];
  // a family walking in, seen from behind, holding hands
  items.push(P({ x: 520, y: 740, s: 2.6, back: true, skin: 2, hair: 'black', hairStyle: 'long', top: C.coral, bottom: C.navy, arms: { r: 'reach' } }));
  items.push(P({ x: 590, y: 752, s: 1.9, kind: 'child', back: true, skin: 2, hair: 'black', hairStyle: 'crew', top: C.yellow, bottom: C.blue, arms: { l: 'up', r: 'reach' } }));
  items.push(P({ x: 660, y: 744, s: 2.7, back: true, skin: 2, hair: 'black', hairStyle: 'short', top: C.blue, bottom: C.ink, arms: { l: 'reach' } }));
  // a school group arriving from the right with a teacher
  items.push(P({ x: 860, y: 700, s: 2.7, skin: 1, hair: 'darkBrown', hairStyle: 'bun', top: C.white, jacket: C.teal, bottom: C.navy, arms: { l: 'point' }, flip: false }));
  items.push(P({ x: 960, y: 716, s: 1.9, kind: 'child', skin: 0, hair: 'black', hairStyle: 'cap', hat: C.yellow, top: C.white, bottom: C.navy, backpack: C.coral }));
  items.push(P({ x: 1035, y: 724, s: 1.9, kind: 'child', skin: 3, hair: 'black', hairStyle: 'cap', hat: C.yellow, top: C.white, bottom: C.navy, backpack: C.blue, arms: { r: 'wave' }, open: true }));
  items.push(P({ x: 1110, y: 732, s: 1.9, kind: 'child', skin: 1, hair: 'brown', hairStyle: 'cap', hat: C.yellow, top: C.white, bottom: C.navy, backpack: C.teal }));
  // an older visitor and a visitor in a wheelchair (left)
  items.push(P({ x: 250, y: 712, s: 2.7, skin: 0, hair: 'white', hairStyle: 'bob', top: C.sand, bottom: C.ink, skirt: true, arms: { r: 'reach' } }));
  items.push(at(720, shadow(385, 720, 44) + wheelchairPerson({ x: 385, y: 720, s: 2.6, skin: 4, hair: 'black', hairStyle: 'short', top: C.teal, bottom: C.navy, arms: { l: 'reach', r: 'wave' } }).svg));
  parts.push(byDepth(items));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// A classroom with pupils, a teacher and a globe.
export function coverDevelopmentEducation() {
  const parts = [];
  parts.push(rect(0, 0, W, H, '#F3EDE0'));
  parts.push(rect(0, 600, W, 200, '#E7D3B3'));
  parts.push(rect(0, 592, W, 10, '#D8C3A0'));
  // blackboard with a chalk world map and a dotted chalk link from Japan
  parts.push(rect(104, 74, 632, 352, '#B59873', { rx: 12 }));
  parts.push(rect(120, 90, 600, 320, '#2F5D50', { rx: 6 }));
  parts.push(worldFlat(150, 110, 540, 280, {
    land: '#E8F0EA', sea: null, chalk: true, strokeW: 2.4,
    extra: (proj) => {
      const [jx, jy] = proj([139, 36]);
      const [kx, ky] = proj([37, 0]);
      const [bx, by] = proj([-47, -14]);
      return [
        stroke(`M${fmt(jx)} ${fmt(jy)}Q${fmt((jx + kx) / 2)} ${fmt(jy - 90)} ${fmt(kx)} ${fmt(ky)}`, C.yellow, 4, { 'stroke-dasharray': '2 10' }),
        stroke(`M${fmt(jx)} ${fmt(jy)}Q${fmt((jx + bx) / 2)} ${fmt(jy - 150)} ${fmt(bx)} ${fmt(by)}`, C.yellow, 4, { 'stroke-dasharray': '2 10' }),
        circle(jx, jy, 8, C.coral), circle(kx, ky, 6, C.yellow), circle(bx, by, 6, C.yellow),
      ].join('');
    },
  }));
  parts.push(rect(200, 410, 440, 10, '#B59873', { rx: 5 }));
  parts.push(rect(560, 400, 30, 10, C.white, { rx: 3 }));
  // wall clock without numerals
  parts.push(circle(1060, 130, 46, C.white, { stroke: C.blue, 'stroke-width': 6 }));
  parts.push(stroke('M1060 130L1060 100M1060 130L1082 140', C.ink, 5));
  // teacher behind her desk, a globe on the desk
  parts.push(person({ x: 880, y: 690, s: 3.15, skin: 1, hair: 'darkBrown', hairStyle: 'bob', top: C.white, jacket: C.coral, bottom: C.navy, legs: 'hidden', arms: { l: 'pointUp', r: 'out' }, open: true }).svg);
  parts.push(rect(770, 540, 370, 26, '#C99A62', { rx: 6 }));
  parts.push(rect(790, 566, 330, 110, '#B9885A', { rx: 4 }));
  parts.push(deskGlobe(1030, 540, 62, { center: [130, 15] }));
  parts.push(openBook(850, 528, 70, { cover: C.blue }));
  // pupils seen from behind, one raising a hand
  const pupils = [
    { x: 140, skin: 0, hair: 'black', hairStyle: 'short', top: C.white },
    { x: 380, skin: 4, hair: 'black', hairStyle: 'twin', top: C.yellow, arms: { r: 'up' } },
    { x: 620, skin: 1, hair: 'brown', hairStyle: 'ponytail', top: C.skyBlue },
    { x: 860, skin: 2, hair: 'black', hairStyle: 'crew', top: C.teal, arms: { l: 'up' } },
    { x: 1090, skin: 1, hair: 'black', hairStyle: 'bob', top: C.coral },
  ];
  for (const o of pupils) parts.push(person({ ...o, y: 930, s: 3.3, kind: 'child', back: true, legs: 'hidden' }).svg);
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// An online seminar: a laptop showing a grid of faces (children and staff), a box of sanitary goods beside it.
export function coverPhilippines() {
  const parts = [];
  parts.push(blobs([[470, 380, 380, C.paleTeal, 0.8], [980, 470, 200, C.paleYellow]]));
  parts.push(rect(0, 640, W, 160, '#E9D8BD'));
  parts.push(rect(0, 640, W, 10, '#DCC6A4'));
  const tiles = [
    { skin: 2, hair: 'black', hairStyle: 'short', top: C.blue, bg: '#CFE3F0' },
    { skin: 3, hair: 'black', hairStyle: 'twin', top: C.coral, bg: C.paleYellow, kind: 'child' },
    { skin: 2, hair: 'black', hairStyle: 'crew', top: C.yellow, bg: C.paleCoral, kind: 'child' },
    { skin: 3, hair: 'black', hairStyle: 'ponytail', top: C.teal, bg: C.paleSage, kind: 'child' },
    { skin: 1, hair: 'black', hairStyle: 'bun', top: C.white, jacket: C.teal, bg: '#CFE3F0', speaking: true },
    { skin: 4, hair: 'black', hairStyle: 'curly', top: C.sand, bg: C.paleYellow, kind: 'child' },
    { skin: 2, hair: 'darkBrown', hairStyle: 'long', top: C.coral, bg: C.paleTeal },
    { skin: 3, hair: 'black', hairStyle: 'cap', hat: C.blue, top: C.white, bg: C.paleCoral, kind: 'child' },
    { skin: 2, hair: 'black', hairStyle: 'bob', top: C.blue, bg: C.paleSage, kind: 'child' },
  ];
  parts.push(laptop(470, 650, 600, (sx, sy, sw, sh) => {
    const gap = 8;
    const barH = 34;
    const tw = (sw - gap * 4) / 3;
    const th = (sh - barH - gap * 4) / 3;
    const out = [rect(sx, sy, sw, sh, '#33414D')];
    tiles.forEach((t, i) => {
      const x = sx + gap + (i % 3) * (tw + gap);
      const y = sy + gap + Math.floor(i / 3) * (th + gap);
      const id = `tile${i}`;
      out.push(`<clipPath id="${id}"><rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(tw)}" height="${fmt(th)}" rx="6"/></clipPath>`);
      const r = t.kind === 'child' ? 22 : 20;
      out.push(g([
        rect(x, y, tw, th, t.bg),
        person({ ...t, x: x + tw / 2, y: y + th + (t.kind === 'child' ? 72 : 88) * (r / (t.kind === 'child' ? 12 : 10.5)) - th * 0.52, s: r / (t.kind === 'child' ? 12 : 10.5), legs: 'hidden' }).svg,
      ], { 'clip-path': `url(#${id})` }));
      if (t.speaking) out.push(rect(x, y, tw, th, 'none', { rx: 6, stroke: C.yellow, 'stroke-width': 5 }));
    });
    // control bar: microphone, camera and a hand icon, no text
    const by = sy + sh - barH / 2 - 2;
    out.push(circle(sx + sw / 2 - 50, by, 12, C.white, { opacity: 0.9 }));
    out.push(rect(sx + sw / 2 - 54, by - 7, 8, 12, '#33414D', { rx: 4 }));
    out.push(circle(sx + sw / 2, by, 12, C.white, { opacity: 0.9 }));
    out.push(rect(sx + sw / 2 - 7, by - 5, 10, 10, '#33414D', { rx: 2 }));
    out.push(path(`M${sx + sw / 2 + 3} ${by}L${sx + sw / 2 + 8} ${by - 4}L${sx + sw / 2 + 8} ${by + 4}Z`, '#33414D'));
    out.push(circle(sx + sw / 2 + 50, by, 12, C.coral));
    return out.join('');
  }));
  // box of sanitary goods
  parts.push(shadow(990, 700, 170, 16));
  parts.push(sanitizer(925, 540, 170, { fill: C.skyBlue, cap: C.blue }));
  parts.push(sanitizer(1050, 548, 140, { fill: C.paleTeal, cap: C.teal }));
  parts.push(faceMask(988, 500, 100, C.white, { r: -8 }));
  parts.push(box(990, 700, 250, 150, { fill: '#D9A86C', dark: '#C08E55' }));
  parts.push(heart(990, 636, 50, C.coral));
  parts.push(soap(1110, 724, 84, '#CFEAE4'));
  parts.push(faceMask(860, 730, 84, C.white, { r: 8 }));
  return svgDoc(W, H, parts);
}

// ---------------------------------------------------------------------------------------------
// Soap, masks and hand sanitizer being handed over.
export function illustrationSanitaryGoods() {
  const parts = [];
  parts.push(blobs([[600, 440, 330, C.paleTeal]]));
  parts.push(ellipse(600, 740, 460, 34, C.floor));
  // the three goods, large, in discs above
  const discs = [
    [400, 150, C.paleYellow, soap(400, 158, 110, '#CFEAE4')],
    [600, 120, C.paleBlue, faceMask(600, 122, 100, C.white)],
    [800, 150, C.paleCoral, sanitizer(800, 208, 120, { fill: C.skyBlue, cap: C.blue })],
  ];
  for (const [x, y, col, icon] of discs) {
    parts.push(circle(x, y, 82, C.white));
    parts.push(circle(x, y, 72, col));
    parts.push(icon);
  }
  parts.push(dashed('M400 236Q420 330 560 400M600 206L600 390M800 236Q780 330 640 400', C.teal, 5, '1 12'));
  // giver (NGO staff) and receivers (caregiver and child)
  const giver = person({ x: 410, y: 730, s: 3.1, skin: 1, hair: 'black', hairStyle: 'short', top: C.white, vest: C.teal, bottom: C.navy, lanyard: C.coral, arms: { r: 'give', l: 'relaxed' }, open: true });
  const rec = person({ x: 790, y: 730, s: 3.1, skin: 3, hair: 'black', hairStyle: 'long', top: C.coral, bottom: C.blue, skirt: true, arms: { l: 'give', r: 'relaxed' }, open: true });
  parts.push(shadow(410, 730, 44), giver.svg, shadow(790, 730, 44), rec.svg);
  parts.push(shadow(940, 742, 32));
  parts.push(person({ x: 940, y: 742, s: 2.2, kind: 'child', skin: 3, hair: 'black', hairStyle: 'twin', top: C.yellow, bottom: C.teal, arms: { l: 'up' }, open: true }).svg);
  // the box being handed over, with goods inside
  const bx = 600;
  const by = giver.hands.r[1] + 40;
  parts.push(sanitizer(bx - 44, by - 84, 110, { fill: C.skyBlue, cap: C.blue }));
  parts.push(faceMask(bx + 4, by - 118, 78, C.white, { r: 10 }));
  parts.push(soap(bx + 50, by - 104, 64, '#BFE3DC', { r: -8 }));
  parts.push(box(bx, by, 180, 100, { open: false }));
  parts.push(heart(bx, by - 48, 40, C.coral));
  // hands over the box edges
  parts.push(circle(giver.hands.r[0] + 2, giver.hands.r[1] + 4, 13, '#EEC09E'));
  parts.push(circle(rec.hands.l[0] - 2, rec.hands.l[1] + 4, 13, '#B57A50'));
  return svgDoc(W, H, parts);
}

