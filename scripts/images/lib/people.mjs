// Simple rounded people figures in one flat style.
// A figure is drawn in local units (an adult is ~100 units tall, feet at y = 0)
// and placed with translate/scale. Front view by default; `back: true` draws it from behind.
import { C, SKIN, HAIR, g, circle, ellipse, path, stroke, rect, fmt } from './core.mjs';

const GEO = {
  adult: { hc: -88, hr: 10.5, sh: -72, hip: -42, tw: 27, hw: 24, ls: 5.6, lw: 9.5, aw: 7.6, hand: 4.3 },
  child: { hc: -77, hr: 12, sh: -61, hip: -36, tw: 22, hw: 20, ls: 4.6, lw: 8.4, aw: 6.6, hand: 3.8 },
};

// Arm presets: [elbow, hand] relative to the shoulder, x positive = away from the body.
const ARMS = {
  down: [[3, 15], [4.5, 30]],
  relaxed: [[4, 14], [3, 29]],
  hip: [[11, 11], [4, 22]],
  wave: [[11, -8], [15, -25]],
  up: [[4, -15], [7, -31]],
  point: [[14, 3], [29, 0]],
  pointUp: [[14, -4], [27, -16]],
  reach: [[11, 12], [24, 14]],
  give: [[10, 13], [22, 9]],
  hold: [[5, 16], [-3, 22]], // hand in front of the body (holding something)
  chest: [[6, 15], [-4, 13]],
  type: [[7, 17], [10, 26]],
  cheer: [[13, -6], [19, -22]],
  throw: [[12, -10], [6, -27]],
  carryUp: [[12, -4], [6, -18]], // hands near the head carrying something above
  out: [[13, 8], [27, 12]],
};

function armPts(spec) {
  if (typeof spec === 'string') return ARMS[spec] || ARMS.down;
  return spec;
}

/**
 * person(opts) -> { svg, head:[x,y], hands:{l:[x,y], r:[x,y]}, top:y }
 * opts: x, y (feet), s (px per unit), kind 'adult'|'child', skin (0-5 or colour), hair (colour or key),
 *  hairStyle: short|crew|long|bob|bun|ponytail|curly|bald|hijab|cap|twin|none, hat (colour for cap / hijab),
 *  top, bottom, skirt, arms {l, r}, legs: stand|walk|wide|hidden, glasses, backpack (colour),
 *  badge (colour), vest (colour), lanyard, back, face (default true), flip (mirror), mask (colour)
 */
export function person(o) {
  const k = GEO[o.kind || 'adult'];
  const s = o.s ?? 3;
  const x = o.x ?? 0;
  const y = o.y ?? 0;
  const skin = typeof o.skin === 'number' ? SKIN[o.skin] : o.skin || SKIN[1];
  const hairC = HAIR[o.hair] || o.hair || HAIR.black;
  const top = o.top || C.teal;
  const bottom = o.bottom || C.ink;
  const style = o.hairStyle || 'short';
  const back = !!o.back;
  const parts = [];
  const { hc, hr, sh, hip, tw, hw, ls, lw, aw, hand } = k;
  const sx = tw / 2 - 3.6; // shoulder joint x

  // ---- behind the body: long hair, hijab drape, backpack
  if (style === 'long') parts.push(rect(-hr - 2.4, hc - hr * 0.2, 2 * hr + 4.8, hr * 2.35, hairC, { rx: hr }));
  if (style === 'bob') parts.push(rect(-hr - 2, hc - hr * 0.4, 2 * hr + 4, hr * 1.55, hairC, { rx: hr * 0.8 }));
  if (style === 'ponytail' && !back) parts.push(ellipse(hr + 3, hc + 3, 4, 8.5, hairC, { transform: `rotate(-18 ${fmt(hr + 3)} ${fmt(hc + 3)})` }));
  if (style === 'bun') parts.push(circle(0, hc - hr - 2.2, hr * 0.5, hairC));
  if (style === 'twin') {
    parts.push(circle(-hr - 2.5, hc - 1, 4.4, hairC));
    parts.push(circle(hr + 2.5, hc - 1, 4.4, hairC));
  }
  if (style === 'curly') parts.push(circle(0, hc - 2.2, hr * 1.36, hairC));
  if (style === 'hijab') {
    const hj = o.hat || C.teal;
    parts.push(path(`M${-hr - 3.8} ${hc}A${hr + 3.8} ${hr + 3.8} 0 0 1 ${hr + 3.8} ${hc}L${tw / 2 + 1} ${sh + 9}Q0 ${sh + 14} ${-tw / 2 - 1} ${sh + 9}Z`, hj));
  }
  if (o.backpack && !back) {
    parts.push(rect(-tw / 2 - 4.5, sh + 1, tw + 9, 30, o.backpack, { rx: 7 }));
  }

  // ---- legs
  const legs = o.legs || 'stand';
  if (legs !== 'hidden') {
    let lf, rf;
    if (legs === 'walk') { lf = [-ls - 6, -2]; rf = [ls + 5, -2]; }
    else if (legs === 'wide') { lf = [-ls - 5, -2]; rf = [ls + 5, -2]; }
    else if (legs === 'jump') { lf = [-ls - 3, -8]; rf = [ls + 4, -4]; }
    else { lf = [-ls, -2]; rf = [ls, -2]; }
    const legC = o.legColor || bottom;
    parts.push(stroke(`M${-ls} ${hip}L${lf[0]} ${lf[1]}`, legC, lw));
    parts.push(stroke(`M${ls} ${hip}L${rf[0]} ${rf[1]}`, legC, lw));
    if (o.skirt) {
      // bare lower legs under a skirt
      parts.push(stroke(`M${(-ls + lf[0]) / 2} ${hip + 18}L${lf[0]} ${lf[1]}`, skin, lw * 0.8));
      parts.push(stroke(`M${(ls + rf[0]) / 2} ${hip + 18}L${rf[0]} ${rf[1]}`, skin, lw * 0.8));
    }
    const shoe = o.shoes || C.ink;
    parts.push(ellipse(lf[0] - 1.5, lf[1] + 0.6, 5.6, 3.2, shoe));
    parts.push(ellipse(rf[0] + 1.5, rf[1] + 0.6, 5.6, 3.2, shoe));
  }

  // ---- torso
  if (o.skirt) parts.push(path(`M${-hw / 2 + 1} ${hip - 6}L${hw / 2 - 1} ${hip - 6}L${hw / 2 + 5} ${hip + 20}Q0 ${hip + 23} ${-hw / 2 - 5} ${hip + 20}Z`, o.skirtColor || bottom));
  parts.push(path(`M${-tw / 2} ${sh + 8}Q${-tw / 2} ${sh - 2} ${-tw / 2 + 9} ${sh - 2}L${tw / 2 - 9} ${sh - 2}Q${tw / 2} ${sh - 2} ${tw / 2} ${sh + 8}L${hw / 2} ${hip + 1}Q${hw / 2} ${hip + 4} ${hw / 2 - 4} ${hip + 4}L${-hw / 2 + 4} ${hip + 4}Q${-hw / 2} ${hip + 4} ${-hw / 2} ${hip + 1}Z`, top));
  if (o.vest) {
    parts.push(path(`M${-tw / 2} ${sh + 8}Q${-tw / 2} ${sh - 2} ${-tw / 2 + 8} ${sh - 2}L-3 ${sh - 2}L-2 ${hip + 4}L${-hw / 2 + 4} ${hip + 4}Q${-hw / 2} ${hip + 4} ${-hw / 2} ${hip + 1}Z`, o.vest));
    parts.push(path(`M${tw / 2} ${sh + 8}Q${tw / 2} ${sh - 2} ${tw / 2 - 8} ${sh - 2}L3 ${sh - 2}L2 ${hip + 4}L${hw / 2 - 4} ${hip + 4}Q${hw / 2} ${hip + 4} ${hw / 2} ${hip + 1}Z`, o.vest));
  }
  if (o.jacket && !back) {
    // open jacket: two side panels over a shirt, small collar
    parts.push(path(`M${-tw / 2} ${sh + 8}Q${-tw / 2} ${sh - 2} ${-tw / 2 + 9} ${sh - 2}L-2.5 ${sh - 2}L-1 ${hip + 4}L${-hw / 2 + 4} ${hip + 4}Q${-hw / 2} ${hip + 4} ${-hw / 2} ${hip + 1}Z`, o.jacket));
    parts.push(path(`M${tw / 2} ${sh + 8}Q${tw / 2} ${sh - 2} ${tw / 2 - 9} ${sh - 2}L2.5 ${sh - 2}L1 ${hip + 4}L${hw / 2 - 4} ${hip + 4}Q${hw / 2} ${hip + 4} ${hw / 2} ${hip + 1}Z`, o.jacket));
  }
  if (o.backpack && !back) {
    parts.push(stroke(`M${-tw / 2 + 6} ${sh - 1}L${-tw / 2 + 7} ${hip + 1}`, o.strap || C.ink, 2.6, { opacity: 0.55 }));
    parts.push(stroke(`M${tw / 2 - 6} ${sh - 1}L${tw / 2 - 7} ${hip + 1}`, o.strap || C.ink, 2.6, { opacity: 0.55 }));
  }
  if (o.backpack && back) parts.push(rect(-tw / 2 + 1, sh + 2, tw - 2, 28, o.backpack, { rx: 6 }));
  if (o.lanyard && !back) {
    parts.push(stroke(`M${-5} ${sh - 1}L0 ${sh + 13}L5 ${sh - 1}`, o.lanyard, 1.4));
    parts.push(rect(-3.6, sh + 12, 7.2, 9, C.white, { rx: 1.5 }));
  }
  if (o.badge && !back) parts.push(circle(-tw / 2 + 6.5, sh + 8, 2.6, o.badge));

  // ---- arms
  const arms = o.arms || {};
  const hands = {};
  for (const side of ['l', 'r']) {
    const sgn = side === 'l' ? -1 : 1;
    const [e, h] = armPts(arms[side] || 'down');
    const s0 = [sgn * sx, sh + 3];
    const e1 = [s0[0] + sgn * e[0], s0[1] + e[1]];
    const h1 = [s0[0] + sgn * h[0], s0[1] + h[1]];
    const sleeve = o.sleeve || o.jacket || top;
    parts.push(stroke(`M${fmt(s0[0])} ${fmt(s0[1])}L${fmt(e1[0])} ${fmt(e1[1])}L${fmt(h1[0])} ${fmt(h1[1])}`, sleeve, aw));
    if (o.shortSleeves) {
      // forearm in skin colour
      const mx = s0[0] + (e1[0] - s0[0]) * 0.6;
      const my = s0[1] + (e1[1] - s0[1]) * 0.6;
      parts.push(stroke(`M${fmt(mx)} ${fmt(my)}L${fmt(e1[0])} ${fmt(e1[1])}L${fmt(h1[0])} ${fmt(h1[1])}`, skin, aw * 0.82));
    }
    parts.push(circle(h1[0], h1[1], hand, skin));
    hands[side] = h1;
  }

  // ---- head
  if (style === 'hijab') {
    parts.push(circle(0, hc, hr, skin));
  } else {
    if (!back) parts.push(rect(-3, hc + hr - 3, 6, 6, skin, { rx: 2 })); // neck
    parts.push(circle(0, hc, hr, skin));
  }
  // ears
  if (!['hijab', 'long', 'bob'].includes(style)) {
    parts.push(circle(-hr + 0.3, hc + 1.5, 2.4, skin));
    parts.push(circle(hr - 0.3, hc + 1.5, 2.4, skin));
  }
  if (back) {
    // back of the head: hair covers most of it
    if (style === 'bald') parts.push(path(`M${-hr} ${hc + 2}A${hr} ${hr} 0 0 0 ${hr} ${hc + 2}L${hr} ${hc - 1}Q0 ${hc + 4} ${-hr} ${hc - 1}Z`, hairC));
    else if (style === 'hijab') parts.push(circle(0, hc, hr + 3.8, o.hat || C.teal));
    else if (style === 'cap') {
      parts.push(circle(0, hc, hr + 0.4, hairC));
      parts.push(path(`M${-hr - 1} ${hc - 1}A${hr + 1} ${hr + 1} 0 0 1 ${hr + 1} ${hc - 1}Z`, o.hat || C.coral));
    } else parts.push(circle(0, hc - 0.5, hr + 0.8, hairC));
    if (style === 'ponytail') parts.push(ellipse(0, hc + hr + 2, 4, 8, hairC));
  } else {
    const faceOn = o.face !== false;
    if (faceOn) {
      const ex = hr * 0.38;
      const ey = hc + hr * 0.08;
      const eye = o.eye || C.ink;
      parts.push(circle(-ex, ey, 1.35, eye));
      parts.push(circle(ex, ey, 1.35, eye));
      if (o.mask) {
        parts.push(path(`M${-hr * 0.75} ${hc + hr * 0.28}Q0 ${hc + hr * 0.2} ${hr * 0.75} ${hc + hr * 0.28}L${hr * 0.6} ${hc + hr * 0.82}Q0 ${hc + hr * 1.02} ${-hr * 0.6} ${hc + hr * 0.82}Z`, o.mask));
      } else {
        parts.push(ellipse(-hr * 0.62, hc + hr * 0.42, 2.2, 1.5, C.coral, { opacity: 0.28 }));
        parts.push(ellipse(hr * 0.62, hc + hr * 0.42, 2.2, 1.5, C.coral, { opacity: 0.28 }));
        const open = o.open;
        if (open) parts.push(path(`M${-hr * 0.28} ${hc + hr * 0.4}Q0 ${hc + hr * 0.78} ${hr * 0.28} ${hc + hr * 0.4}Z`, C.ink));
        else parts.push(stroke(`M${-hr * 0.28} ${hc + hr * 0.42}Q0 ${hc + hr * 0.66} ${hr * 0.28} ${hc + hr * 0.42}`, C.ink, 1.2));
      }
    }
    const R = hr + 0.9;
    const cx2 = Math.sqrt(R * R - 4);
    const cap = (lowY) => `M${-cx2} ${hc + 2}A${R} ${R} 0 1 1 ${cx2} ${hc + 2}L${R - 1} ${hc + 1}Q${hr * 0.45} ${lowY} ${-hr * 0.35} ${hc - hr * 0.42}Q${-hr * 0.85} ${hc - hr * 0.15} ${-R + 1} ${hc + 1}Z`;
    switch (style) {
      case 'short':
      case 'bun':
      case 'ponytail':
      case 'twin':
        parts.push(path(cap(hc - hr * 0.62), hairC));
        break;
      case 'long':
      case 'bob':
        parts.push(path(`M${-Math.sqrt(R * R - 25)} ${hc + 5}A${R} ${R} 0 1 1 ${Math.sqrt(R * R - 25)} ${hc + 5}L${R - 1.4} ${hc + 4}Q${hr * 0.55} ${hc - hr * 0.55} ${-hr * 0.1} ${hc - hr * 0.55}Q${-hr * 0.75} ${hc - hr * 0.45} ${-R + 1.4} ${hc + 4}Z`, hairC));
        break;
      case 'crew':
        parts.push(path(`M${-R} ${hc - 1}A${R} ${R} 0 0 1 ${R} ${hc - 1}Q${hr * 0.4} ${hc - hr * 0.6} ${-R} ${hc - 1}Z`, hairC));
        break;
      case 'curly':
        for (let i = 0; i < 5; i++) parts.push(circle(-hr * 0.64 + i * hr * 0.32, hc - hr * 0.78, hr * 0.3, hairC));
        break;
      case 'bald':
        parts.push(ellipse(-hr + 1, hc - 1, 2.6, 4.6, hairC));
        parts.push(ellipse(hr - 1, hc - 1, 2.6, 4.6, hairC));
        break;
      case 'hijab':
        parts.push(path(`M${-hr - 0.6} ${hc + 0.5}A${hr + 0.6} ${hr + 0.6} 0 0 1 ${hr + 0.6} ${hc + 0.5}Q0 ${hc - hr * 0.75} ${-hr - 0.6} ${hc + 0.5}Z`, o.hat || C.teal));
        break;
      case 'cap': {
        const hat = o.hat || C.coral;
        parts.push(path(`M${-R} ${hc - 1}A${R} ${R} 0 0 1 ${R} ${hc - 1}Z`, hat));
        parts.push(path(`M${-R + 1} ${hc - 1.5}L${R + 7} ${hc - 1.5}Q${R + 8} ${hc + 1.5} ${R + 4} ${hc + 1.5}L${-R + 1} ${hc + 1.5}Z`, hat));
        break;
      }
      case 'straw': {
        parts.push(path(`M${-R} ${hc - 1}A${R} ${R} 0 0 1 ${R} ${hc - 1}Z`, o.hat || C.yellow));
        parts.push(ellipse(0, hc - 1.5, hr * 2, 3.2, o.hat || C.yellow));
        parts.push(rect(-R + 0.5, hc - 4, 2 * R - 1, 2.4, o.hatBand || C.coral));
        break;
      }
      default:
        break;
    }
    if (o.glasses) {
      parts.push(circle(-hr * 0.38, hc + hr * 0.08, 3.1, 'none', { stroke: C.ink, 'stroke-width': 1.1 }));
      parts.push(circle(hr * 0.38, hc + hr * 0.08, 3.1, 'none', { stroke: C.ink, 'stroke-width': 1.1 }));
      parts.push(stroke(`M${-hr * 0.38 + 3.1} ${hc + hr * 0.08}L${hr * 0.38 - 3.1} ${hc + hr * 0.08}`, C.ink, 1.1));
    }
  }

  const flip = o.flip ? -1 : 1;
  const tf = `translate(${fmt(x)} ${fmt(y)}) scale(${fmt(s * flip)} ${fmt(s)})`;
  const G = (p) => [x + p[0] * s * flip, y + p[1] * s];
  const res = {
    svg: g(parts, { transform: tf }),
    head: G([0, hc]),
    headTop: G([0, hc - hr - 3]),
    hands: { l: G(hands[o.flip ? 'r' : 'l']), r: G(hands[o.flip ? 'l' : 'r']) },
    hip: G([0, hip]),
    chest: G([0, sh + 10]),
    height: -(hc - hr) * s,
  };
  res.toString = () => res.svg;
  return res;
}

// Head-and-shoulders portrait (for video-call tiles). (cx, cy) = centre of the head, r = head radius in px.
export function bust(o) {
  const s = o.r / GEO.adult.hr;
  const p = person({ ...o, x: o.cx, y: o.cy + 88 * s, s, legs: 'hidden', arms: { l: 'down', r: 'down' } });
  return p.svg;
}

// A very simple pictogram person (one colour), feet at (x, y), height h.
export function pictoPerson(x, y, h, color) {
  const s = h / 100;
  return g(
    [
      circle(0, -84, 13, color),
      path('M-20 -38Q-20 -66 0 -66Q20 -66 20 -38L20 -30Q20 -26 16 -26L-16 -26Q-20 -26 -20 -30Z', color),
      path('M-13 -30H-1.5V-4Q-1.5 0 -5.5 0H-9Q-13 0 -13 -4Z', color),
      path('M13 -30H1.5V-4Q1.5 0 5.5 0H9Q13 0 13 -4Z', color),
    ],
    { transform: `translate(${fmt(x)} ${fmt(y)}) scale(${fmt(s)})` },
  );
}
