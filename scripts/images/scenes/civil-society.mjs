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

const stub = () => svgDoc(W, H, '');
export const attractPartners = stub, coverNgoPartnership = stub, coverJpp = stub, coverActivitySupport = stub, coverLocalGovernments = stub, coverGlobalPlazas = stub, coverDevelopmentEducation = stub, coverPhilippines = stub, illustrationSanitaryGoods = stub;
