// Shared palette, SVG helpers and a hand-drawn monoline digit set.
// Part of the plaza-kiosk image sources (CC BY 4.0, drawn by the plaza-kiosk project).

export const C = {
  bg: '#F7F3EA', // off-white background
  ink: '#22303C', // dark ink
  blue: '#1B4F8A', // deep blue
  teal: '#2A9D8F',
  yellow: '#E9C46A',
  coral: '#E76F51',
  sand: '#F4A261',
  navy: '#143A66',
  darkTeal: '#1F6F66',
  skyBlue: '#8FB8DE',
  midTeal: '#7CC3B8',
  paleBlue: '#DCE9F3',
  paleTeal: '#D3EAE5',
  paleYellow: '#F6E8C3',
  paleCoral: '#F6D6CB',
  paleSand: '#F8E3CF',
  cream: '#EEE6D6',
  floor: '#E7DDCB',
  grey: '#B9C0C6',
  lightGrey: '#E2DED6',
  midGrey: '#8B969F',
  white: '#FFFFFF',
  sage: '#8DB87F',
  paleSage: '#DCEBD3',
};

// Skin tones, light to dark.
export const SKIN = ['#F7D9C4', '#EEC09E', '#D9A077', '#B57A50', '#8A5735', '#5E3A24'];
// Hair colours.
export const HAIR = {
  black: '#23262B',
  darkBrown: '#3E2A1F',
  brown: '#6E4A2F',
  auburn: '#A5522E',
  blond: '#D1A862',
  grey: '#A3A8AD',
  white: '#E4E0D8',
};

export const fmt = (n) => (Math.round(n * 100) / 100).toString();

export function attrs(a) {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => `${k}="${typeof v === 'number' ? fmt(v) : v}"`)
    .join(' ');
}

export const el = (tag, a = {}, inner = null) =>
  inner === null ? `<${tag} ${attrs(a)}/>` : `<${tag} ${attrs(a)}>${inner}</${tag}>`;

export const g = (inner, a = {}) => `<g ${attrs(a)}>${Array.isArray(inner) ? inner.join('') : inner}</g>`;
export const rect = (x, y, w, h, fill, a = {}) => el('rect', { x, y, width: w, height: h, fill, ...a });
export const circle = (cx, cy, r, fill, a = {}) => el('circle', { cx, cy, r, fill, ...a });
export const ellipse = (cx, cy, rx, ry, fill, a = {}) => el('ellipse', { cx, cy, rx, ry, fill, ...a });
export const path = (d, fill, a = {}) => el('path', { d, fill, ...a });
export const line = (x1, y1, x2, y2, stroke, w, a = {}) =>
  el('line', { x1, y1, x2, y2, stroke, 'stroke-width': w, 'stroke-linecap': 'round', ...a });
export const poly = (pts, fill, a = {}) => el('polygon', { points: pts.map((p) => p.map(fmt).join(',')).join(' '), fill, ...a });
export const stroke = (d, color, w, a = {}) =>
  el('path', { d, fill: 'none', stroke: color, 'stroke-width': w, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', ...a });

export function svgDoc(w, h, body, { bg = C.bg, defs = '' } = {}) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
${defs ? `<defs>${defs}</defs>\n` : ''}${bg ? rect(0, 0, w, h, bg) + '\n' : ''}${Array.isArray(body) ? body.join('\n') : body}
</svg>
`;
}

// Soft ground shadow under a figure or object.
export const shadow = (cx, cy, rx, ry = rx * 0.18, o = 0.13) => ellipse(cx, cy, rx, ry, C.ink, { opacity: o });

// Five-pointed star polygon points; tip points in direction `angle` (radians, 0 = +x).
export function starPoints(cx, cy, R, r = R * 0.381966, angle = -Math.PI / 2) {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const a = angle + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? R : r;
    pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  return pts;
}

// ---------------------------------------------------------------------------
// Monoline digits, drawn by hand in a 10 x 16 box (y down). Stroked with round caps.
const DIGITS = {
  0: 'M5 0C8.6 0 10 3.6 10 8S8.6 16 5 16 0 12.4 0 8 1.4 0 5 0Z',
  1: 'M1.8 3.6L6 0V16',
  2: 'M0.6 4.2C0.6 1.6 2.6 0 5.1 0 7.9 0 9.6 1.8 9.6 4.3 9.6 7 7.4 8.6 4.8 10.9L0.2 16H10',
  3: 'M0.6 2.2C1.8 0.7 3.3 0 5 0 7.8 0 9.5 1.6 9.5 4 9.5 6.4 7.6 7.6 4.6 7.6 8 7.6 10 9.3 10 11.8 10 14.5 7.8 16 5 16 3 16 1.3 15.2 0 13.7',
  4: 'M7.6 16V0L0 11.2H10',
  5: 'M9.2 0H1.6L0.9 7C2.1 6.3 3.5 6 5 6 8 6 10 8 10 11 10 14 7.8 16 5 16 3 16 1.2 15.2 0 13.7',
  6: 'M8.8 1.2C7.8 0.4 6.5 0 5.1 0 1.8 0 0 3.6 0 9 0 13.6 2 16 5 16 8 16 10 14 10 11 10 8 8 6.2 5.1 6.2 2.6 6.2 0.7 7.6 0.1 9.6',
  7: 'M0 0H10L3.6 16',
  8: 'M5 7.4C2.3 7.4 0.8 6 0.8 3.8 0.8 1.5 2.6 0 5 0S9.2 1.5 9.2 3.8C9.2 6 7.7 7.4 5 7.4 2 7.4 0 9.3 0 11.7 0 14.3 2.2 16 5 16S10 14.3 10 11.7C10 9.3 8 7.4 5 7.4Z',
  9: 'M1.2 14.8C2.2 15.6 3.5 16 4.9 16 8.2 16 10 12.4 10 7 10 2.4 8 0 5 0 2 0 0 2 0 5 0 8 2 9.8 4.9 9.8 7.4 9.8 9.3 8.4 9.9 6.4',
};
const ADV = { 1: 8.5, '.': 5 }; // advance widths (default 10)

// Width in units of a digit string at height 16 (before scaling), with tracking.
function digitsWidthUnits(str, track) {
  let w = 0;
  for (const ch of str) w += (ADV[ch] ?? 10) + track;
  return w - track;
}

// Draws a digit string. (x, y) is the baseline anchor; height h px. anchor: 'start'|'middle'|'end'.
export function digits(str, x, y, h, color, { anchor = 'middle', weight = 2.3, track = 3.2 } = {}) {
  const s = h / 16;
  const wUnits = digitsWidthUnits(str, track);
  let x0 = anchor === 'middle' ? x - (wUnits * s) / 2 : anchor === 'end' ? x - wUnits * s : x;
  let cx = 0;
  const parts = [];
  for (const ch of str) {
    if (ch === '.') {
      parts.push(circle(cx + 2, 15.2, weight * 0.62, color));
    } else {
      const dx = ch === '1' ? -1.2 : 0;
      parts.push(stroke(DIGITS[ch], color, weight, { transform: `translate(${fmt(cx + dx)} 0)` }));
    }
    cx += (ADV[ch] ?? 10) + track;
  }
  return g(parts, { transform: `translate(${fmt(x0)} ${fmt(y - h)}) scale(${fmt(s)})` });
}

export const digitsWidth = (str, h, track = 3.2) => (digitsWidthUnits(str, track) * h) / 16;
