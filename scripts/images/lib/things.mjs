// Flat objects and icons shared by the illustrations.
import { C, g, rect, circle, ellipse, path, stroke, line, poly, fmt, starPoints } from './core.mjs';

const T = (x, y, s = 1, r = 0) => `translate(${fmt(x)} ${fmt(y)})${r ? ` rotate(${fmt(r)})` : ''}${s !== 1 ? ` scale(${fmt(s)})` : ''}`;

// Speech bubble centred at (cx, cy). tail: 'bl' | 'br' | 'b'. content: 'dots' | svg string drawn at centre.
export function bubble(cx, cy, w, h, fill, { tail = 'bl', content = 'dots', dot = C.white } = {}) {
  const x = cx - w / 2;
  const y = cy - h / 2;
  const r = Math.min(h / 2, 26);
  let t;
  if (tail === 'bl') t = `M${x + w * 0.22} ${y + h - 2}L${x + w * 0.12} ${y + h + h * 0.38}L${x + w * 0.42} ${y + h - 2}Z`;
  else if (tail === 'br') t = `M${x + w * 0.78} ${y + h - 2}L${x + w * 0.88} ${y + h + h * 0.38}L${x + w * 0.58} ${y + h - 2}Z`;
  else t = `M${cx - w * 0.12} ${y + h - 2}L${cx} ${y + h + h * 0.36}L${cx + w * 0.12} ${y + h - 2}Z`;
  const parts = [rect(x, y, w, h, fill, { rx: r }), path(t, fill)];
  if (content === 'dots') {
    const d = Math.min(h * 0.11, 8);
    for (let i = -1; i <= 1; i++) parts.push(circle(cx + i * d * 3, cy, d, dot));
  } else if (content) parts.push(content);
  return g(parts);
}

// Airplane seen from the side, nose pointing right; (x, y) = centre, L = length in px, angle in degrees.
export function plane(x, y, L, { angle = 0, body = C.white, accent = C.blue, window = C.skyBlue, outline = C.ink, flip = false } = {}) {
  const s = L / 200;
  const parts = [
    // far wing (behind)
    path('M10 4L-20 -44Q-24 -50 -16 -50L-6 -50L44 2Z', accent, { opacity: 0.55 }),
    // fuselage
    path('M-92 -8Q-92 -20 -78 -20L62 -20Q96 -20 100 0Q96 18 62 18L-70 18Q-88 18 -92 6Z', body, { stroke: outline, 'stroke-width': 0, }),
    // tail fin
    path('M-92 -8L-100 -52Q-101 -58 -94 -58L-82 -58Q-78 -58 -74 -52L-50 -18Z', accent),
    path('M-88 2L-108 10Q-112 12 -108 14L-74 14Z', accent, { opacity: 0.85 }),
    // belly stripe
    path('M-86 6L80 6Q74 16 62 18L-70 18Q-84 18 -86 6Z', accent, { opacity: 0.18 }),
    // near wing
    path('M-4 6L-40 52Q-44 58 -36 58L-24 58Q-18 58 -12 52L36 8Z', accent),
    // cockpit window
    path('M74 -14Q88 -13 94 -4L76 -4Q72 -4 72 -8Z', window),
  ];
  for (let i = 0; i < 7; i++) parts.push(circle(-58 + i * 17, -6, 4.2, window));
  return g(parts, { transform: `translate(${fmt(x)} ${fmt(y)}) rotate(${fmt(angle)}) scale(${fmt(flip ? -s : s)} ${fmt(s)})` });
}

// Laptop: (x, y) = centre of the bottom edge of the base; w = width of the screen. inner(sx, sy, sw, sh) draws the screen.
export function laptop(x, y, w, inner = () => '', { body = C.ink, frame = '#3A4A57', screen = C.white } = {}) {
  const h = w * 0.64;
  const sx = x - w / 2;
  const sy = y - h - w * 0.05;
  const pad = w * 0.035;
  const parts = [
    rect(sx, sy, w, h, frame, { rx: w * 0.03 }),
    rect(sx + pad, sy + pad, w - 2 * pad, h - 2 * pad, screen, { rx: w * 0.01 }),
    inner(sx + pad, sy + pad, w - 2 * pad, h - 2 * pad),
    path(`M${sx - w * 0.08} ${y - w * 0.05}L${sx + w * 1.08} ${y - w * 0.05}Q${sx + w * 1.08} ${y} ${sx + w * 1.03} ${y}L${sx - w * 0.03} ${y}Q${sx - w * 0.08} ${y} ${sx - w * 0.08} ${y - w * 0.05}Z`, body),
    rect(x - w * 0.09, y - w * 0.05, w * 0.18, w * 0.014, '#4D5C69', { rx: 2 }),
  ];
  return g(parts);
}

export function cloud(x, y, s = 1, fill = C.white, o = 1) {
  return g(
    [ellipse(0, 0, 60, 22, fill), circle(-22, -14, 22, fill), circle(12, -22, 28, fill), circle(38, -6, 18, fill)],
    { transform: T(x, y, s), opacity: o },
  );
}

export const sun = (x, y, r, fill = C.yellow) => g([circle(x, y, r * 1.35, fill, { opacity: 0.25 }), circle(x, y, r, fill)]);

export function tree(x, y, h, { type = 'round', leaf = C.teal, trunk = '#9C6B45', leaf2 } = {}) {
  const s = h / 100;
  const parts = [];
  if (type === 'round') {
    parts.push(rect(-4, -42, 8, 42, trunk, { rx: 3 }));
    parts.push(circle(0, -66, 34, leaf));
    parts.push(circle(-12, -74, 16, leaf2 || '#FFFFFF', { opacity: 0.12 }));
  } else if (type === 'tall') {
    parts.push(rect(-4, -36, 8, 36, trunk, { rx: 3 }));
    parts.push(ellipse(0, -70, 24, 38, leaf));
    parts.push(ellipse(-8, -82, 9, 16, '#FFFFFF', { opacity: 0.12 }));
  } else if (type === 'pine') {
    parts.push(rect(-4, -22, 8, 22, trunk, { rx: 3 }));
    parts.push(path('M0 -100L30 -48Q32 -42 26 -42L-26 -42Q-32 -42 -30 -48Z', leaf));
    parts.push(path('M0 -76L36 -24Q38 -18 32 -18L-32 -18Q-38 -18 -36 -24Z', leaf));
  } else if (type === 'palm') {
    parts.push(stroke('M0 0Q-6 -50 6 -92', trunk, 8));
    const leaves = [[-50, -78], [-44, -112], [4, -128], [50, -110], [56, -76]];
    for (const [lx, ly] of leaves) {
      const dx = lx - 6;
      const dy = ly + 92;
      const len = Math.hypot(dx, dy);
      const nx = -dy / len;
      const ny = dx / len;
      const mx = 6 + dx / 2;
      const my = -92 + dy / 2 - 14;
      parts.push(path(`M6 -92Q${fmt(mx + nx * 13)} ${fmt(my + ny * 13)} ${lx} ${ly}Q${fmt(mx - nx * 13)} ${fmt(my - ny * 13)} 6 -92Z`, leaf));
    }
    parts.push(circle(6, -92, 7, leaf2 || C.darkTeal));
  } else if (type === 'bush') {
    parts.push(circle(-14, -14, 16, leaf));
    parts.push(circle(8, -20, 20, leaf));
    parts.push(circle(24, -12, 13, leaf));
  }
  return g(parts, { transform: T(x, y, s) });
}

export const hill = (cx, y, rx, ry, fill) => path(`M${cx - rx} ${y}Q${cx} ${y - 2 * ry} ${cx + rx} ${y}Z`, fill);
export const mound = (cx, y, rx, ry, fill) => ellipse(cx, y, rx, ry, fill);

// Japanese-style house. (x, y) = bottom-left, w, h = wall size.
export function house(x, y, w, h, { wall = C.white, roof = C.blue, door = C.sand, win = C.paleBlue } = {}) {
  const ov = w * 0.12;
  const rh = h * 0.55;
  return g([
    rect(x, y - h, w, h, wall),
    path(`M${x - ov} ${y - h + 4}Q${x + w * 0.12} ${y - h - rh * 0.35} ${x + w * 0.22} ${y - h - rh}L${x + w * 0.78} ${y - h - rh}Q${x + w * 0.88} ${y - h - rh * 0.35} ${x + w + ov} ${y - h + 4}Z`, roof),
    rect(x + w * 0.14, y - h * 0.66, w * 0.26, h * 0.3, win, { rx: 3 }),
    line(x + w * 0.27, y - h * 0.66, x + w * 0.27, y - h * 0.36, wall, 2),
    rect(x + w * 0.58, y - h * 0.58, w * 0.24, h * 0.58, door, { rx: 3 }),
  ]);
}

// Town hall: central block with a small clock tower (clock face without numerals).
export function townHall(x, y, w, { wall = C.cream, roof = C.teal, accent = C.blue } = {}) {
  const h = w * 0.5;
  const parts = [
    rect(x - w / 2, y - h, w, h, wall, { rx: 4 }),
    rect(x - w * 0.16, y - h - w * 0.36, w * 0.32, w * 0.38, wall, { rx: 3 }),
    path(`M${x - w * 0.2} ${y - h - w * 0.36}L${x} ${y - h - w * 0.56}L${x + w * 0.2} ${y - h - w * 0.36}Z`, roof),
    rect(x - w * 0.56, y - h - 8, w * 1.12, 12, roof, { rx: 4 }),
    circle(x, y - h - w * 0.2, w * 0.085, C.white, { stroke: accent, 'stroke-width': 3 }),
    stroke(`M${x} ${y - h - w * 0.25}L${x} ${y - h - w * 0.2}L${x + w * 0.04} ${y - h - w * 0.18}`, accent, 2.4),
    rect(x - w * 0.09, y - h * 0.5, w * 0.18, h * 0.5, accent, { rx: 3 }),
  ];
  for (let i = 0; i < 3; i++) {
    parts.push(rect(x - w * 0.42 + i * w * 0.1, y - h * 0.78, w * 0.06, h * 0.22, C.paleBlue, { rx: 2 }));
    parts.push(rect(x + w * 0.16 + i * w * 0.1, y - h * 0.78, w * 0.06, h * 0.22, C.paleBlue, { rx: 2 }));
    parts.push(rect(x - w * 0.42 + i * w * 0.1, y - h * 0.42, w * 0.06, h * 0.22, C.paleBlue, { rx: 2 }));
    parts.push(rect(x + w * 0.16 + i * w * 0.1, y - h * 0.42, w * 0.06, h * 0.22, C.paleBlue, { rx: 2 }));
  }
  return g(parts);
}

// Cardboard box, (x, y) = bottom-centre.
export function box(x, y, w, h, { fill = '#D9A86C', dark = '#C08E55', open = true } = {}) {
  const parts = [rect(x - w / 2, y - h, w, h, fill, { rx: 4 })];
  if (open) {
    parts.push(path(`M${x - w / 2} ${y - h}L${x - w / 2 - w * 0.12} ${y - h - h * 0.28}L${x - w * 0.05} ${y - h - h * 0.28}L${x} ${y - h}Z`, dark));
    parts.push(path(`M${x + w / 2} ${y - h}L${x + w / 2 + w * 0.12} ${y - h - h * 0.28}L${x + w * 0.05} ${y - h - h * 0.28}L${x} ${y - h}Z`, dark));
  }
  parts.push(rect(x - w / 2, y - h, w, h * 0.16, dark, { opacity: 0.5 }));
  return g(parts);
}

// Bar of soap, centred. w = width.
export function soap(x, y, w, fill = C.paleTeal, { r = 0 } = {}) {
  const h = w * 0.55;
  return g([
    rect(-w / 2, -h / 2, w, h, fill, { rx: h * 0.42 }),
    rect(-w * 0.32, -h * 0.22, w * 0.64, h * 0.44, C.white, { rx: h * 0.2, opacity: 0.55 }),
    circle(w * 0.42, -h * 0.7, w * 0.09, C.white, { stroke: C.skyBlue, 'stroke-width': w * 0.02 }),
    circle(w * 0.58, -h * 0.95, w * 0.06, C.white, { stroke: C.skyBlue, 'stroke-width': w * 0.02 }),
  ], { transform: T(x, y, 1, r) });
}

// Face mask, centred. w = width.
export function faceMask(x, y, w, fill = C.white, { r = 0, loops = C.skyBlue } = {}) {
  const h = w * 0.62;
  return g([
    stroke(`M${-w * 0.46} ${-h * 0.3}Q${-w * 0.7} ${-h * 0.1} ${-w * 0.46} ${h * 0.3}`, loops, w * 0.045),
    stroke(`M${w * 0.46} ${-h * 0.3}Q${w * 0.7} ${-h * 0.1} ${w * 0.46} ${h * 0.3}`, loops, w * 0.045),
    path(`M${-w * 0.46} ${-h * 0.38}Q0 ${-h * 0.55} ${w * 0.46} ${-h * 0.38}L${w * 0.46} ${h * 0.32}Q0 ${h * 0.62} ${-w * 0.46} ${h * 0.32}Z`, fill, { stroke: C.skyBlue, 'stroke-width': w * 0.02 }),
    stroke(`M${-w * 0.4} ${-h * 0.12}Q0 ${-h * 0.24} ${w * 0.4} ${-h * 0.12}`, C.skyBlue, w * 0.025),
    stroke(`M${-w * 0.4} ${h * 0.12}Q0 ${h * 0.0} ${w * 0.4} ${h * 0.12}`, C.skyBlue, w * 0.025),
  ], { transform: T(x, y, 1, r) });
}

// Pump bottle of hand sanitizer, (x, y) = bottom-centre, h = height.
export function sanitizer(x, y, h, { fill = C.skyBlue, cap = C.blue, label = C.white } = {}) {
  const w = h * 0.45;
  return g([
    rect(-w / 2, -h * 0.72, w, h * 0.72, fill, { rx: w * 0.22 }),
    rect(-w * 0.18, -h * 0.84, w * 0.36, h * 0.14, cap, { rx: 3 }),
    rect(-w * 0.08, -h * 0.98, w * 0.16, h * 0.16, cap),
    path(`M${-w * 0.08} ${-h}L${w * 0.42} ${-h}Q${w * 0.5} ${-h} ${w * 0.5} ${-h * 0.94}L${w * 0.5} ${-h * 0.9}L${w * 0.38} ${-h * 0.9}L${w * 0.38} ${-h * 0.94}L${-w * 0.08} ${-h * 0.94}Z`, cap),
    rect(-w * 0.34, -h * 0.5, w * 0.68, h * 0.3, label, { rx: w * 0.08 }),
    // a drop on the label
    path(`M0 ${-h * 0.46}Q${w * 0.13} ${-h * 0.33} 0 ${-h * 0.26}Q${-w * 0.13} ${-h * 0.33} 0 ${-h * 0.46}Z`, cap),
  ], { transform: T(x, y) });
}

export function heart(cx, cy, size, fill = C.coral) {
  const s = size / 100;
  return path('M0 34C-34 8 -50 -8 -50 -26C-50 -42 -38 -52 -25 -52C-13 -52 -5 -45 0 -36C5 -45 13 -52 25 -52C38 -52 50 -42 50 -26C50 -8 34 8 0 34Z', fill, { transform: T(cx, cy, s) });
}

export const ball = (x, y, r, fill) => g([circle(x, y, r, fill), path(`M${x - r * 0.55} ${y - r * 0.1}A${r * 0.5} ${r * 0.5} 0 0 1 ${x - r * 0.1} ${y - r * 0.55}`, 'none', { stroke: C.white, 'stroke-width': r * 0.16, 'stroke-linecap': 'round', opacity: 0.6 })]);

// Basket: (x, y) bottom-centre, w width.
export function basket(x, y, w, { fill = C.sand, band = '#D98A4A' } = {}) {
  const h = w * 0.62;
  const parts = [
    path(`M${x - w / 2} ${y - h}L${x + w / 2} ${y - h}L${x + w * 0.38} ${y}L${x - w * 0.38} ${y}Z`, fill),
    rect(x - w / 2 - 4, y - h - 6, w + 8, 12, band, { rx: 6 }),
  ];
  for (let i = 1; i < 5; i++) {
    const t = i / 5;
    parts.push(line(x - w / 2 + w * t, y - h + 6, x - w * 0.38 + w * 0.76 * t, y - 2, band, 3));
  }
  parts.push(line(x - w * 0.44, y - h * 0.5, x + w * 0.44, y - h * 0.5, band, 3));
  return g(parts);
}

export function musicNote(x, y, s, fill = C.blue, { double = false } = {}) {
  const parts = double
    ? [ellipse(-14, 0, 9, 7, fill, { transform: 'rotate(-20 -14 0)' }), ellipse(14, -6, 9, 7, fill, { transform: 'rotate(-20 14 -6)' }), rect(-7, -46, 5, 46, fill), rect(21, -52, 5, 46, fill), path('M-7 -46L26 -52L26 -42L-7 -36Z', fill)]
    : [ellipse(0, 0, 10, 7.5, fill, { transform: 'rotate(-20)' }), rect(6.5, -44, 5, 43, fill), path('M11.5 -44Q22 -38 24 -26Q18 -32 11.5 -32Z', fill)];
  return g(parts, { transform: T(x, y, s) });
}

// Map pin, tip at (x, y), total height h.
export function pin(x, y, h, fill = C.blue, inner = C.white) {
  const r = h * 0.36;
  const cy = y - h + r;
  return g([
    ellipse(x, y, r * 0.7, r * 0.22, C.ink, { opacity: 0.22 }),
    path(`M${x} ${y}C${x - r * 0.35} ${cy + r * 1.2} ${x - r} ${cy + r * 0.75} ${x - r} ${cy}A${r} ${r} 0 1 1 ${x + r} ${cy}C${x + r} ${cy + r * 0.75} ${x + r * 0.35} ${cy + r * 1.2} ${x} ${y}Z`, fill, { stroke: C.white, 'stroke-width': h * 0.05 }),
    circle(x, cy, r * 0.42, inner),
  ]);
}

// Open book, centre (x, y), width w.
export function openBook(x, y, w, { cover = C.blue, page = C.white, lines = C.skyBlue } = {}) {
  const h = w * 0.5;
  const parts = [
    path(`M${-w / 2 - 6} ${-h / 2 + 8}L0 ${-h / 2 + 14}L${w / 2 + 6} ${-h / 2 + 8}L${w / 2 + 6} ${h / 2 + 10}L0 ${h / 2 + 16}L${-w / 2 - 6} ${h / 2 + 10}Z`, cover),
    path(`M0 ${-h / 2 + 6}Q${-w * 0.22} ${-h / 2 - 6} ${-w / 2} ${-h / 2}L${-w / 2} ${h / 2}Q${-w * 0.22} ${h / 2 - 6} 0 ${h / 2 + 6}Z`, page),
    path(`M0 ${-h / 2 + 6}Q${w * 0.22} ${-h / 2 - 6} ${w / 2} ${-h / 2}L${w / 2} ${h / 2}Q${w * 0.22} ${h / 2 - 6} 0 ${h / 2 + 6}Z`, page),
  ];
  for (let i = 0; i < 4; i++) {
    const yy = -h * 0.22 + i * h * 0.16;
    parts.push(stroke(`M${-w * 0.4} ${yy}Q${-w * 0.22} ${yy - 5} ${-w * 0.08} ${yy + 2}`, lines, w * 0.025));
    parts.push(stroke(`M${w * 0.08} ${yy + 2}Q${w * 0.22} ${yy - 5} ${w * 0.4} ${yy}`, lines, w * 0.025));
  }
  return g(parts, { transform: T(x, y) });
}

export function magnifier(x, y, r, { rim = C.coral, glass = C.paleBlue, handle = C.ink, angle = 45 } = {}) {
  return g([
    g([rect(r * 0.9, -r * 0.16, r * 1.2, r * 0.32, handle, { rx: r * 0.16 })], { transform: `rotate(${angle})` }),
    circle(0, 0, r, glass, { stroke: rim, 'stroke-width': r * 0.22 }),
    path(`M${-r * 0.55} ${-r * 0.1}A${r * 0.56} ${r * 0.56} 0 0 1 ${-r * 0.1} ${-r * 0.55}`, 'none', { stroke: C.white, 'stroke-width': r * 0.14, 'stroke-linecap': 'round' }),
  ], { transform: T(x, y) });
}

// Two hands shaking (icon): forearms rise from the lower corners and meet. centre (x, y), w = width.
export function handshake(x, y, w, { left = '#EEC09E', right = '#8A5735', cuffL = C.blue, cuffR = C.teal, lineL = '#D9A077', arm = 1 } = {}) {
  const s = w / 300;
  const ax = 70 + 80 * arm;
  const ay = 4 + 74 * arm;
  return g([
    stroke(`M${-ax} ${ay}L-70 4`, cuffL, 50, { 'stroke-linecap': 'butt' }),
    stroke(`M${ax} ${ay}L70 4`, cuffR, 50, { 'stroke-linecap': 'butt' }),
    // right hand (behind), palm coming from the right
    path('M86 -14Q46 -30 10 -24L-36 -16Q-50 -13 -48 -1Q-46 10 -32 10L0 7L-10 18Q-16 30 -4 34Q10 40 30 33L86 26Z', right),
    // left hand on top (back of the hand)
    path('M-86 -18Q-56 -32 -16 -32L24 -29Q38 -28 38 -14L38 16Q38 26 28 26L-42 26Q-64 26 -86 20Z', left),
    // left fingers curling over the other hand
    ...[0, 1, 2, 3].map((i) => rect(-10 + i * 15.5, -8, 16, 42 - i * 4, left, { rx: 8, stroke: lineL, 'stroke-width': 2 })),
    // right thumb lying on top
    path('M46 -26Q22 -40 -8 -40Q-26 -40 -26 -31Q-26 -22 -8 -22L28 -17Z', right),
  ], { transform: T(x, y, s) });
}

// Small plant in a pot on top of rising steps (activity support icon); (x,y) centre, w.
export function stepsPlant(x, y, w, { step = C.white, plant = C.teal, pot = C.coral, stepShade = C.yellow } = {}) {
  const s = w / 200;
  return g([
    rect(-100, 30, 66, 50, step, { rx: 6 }),
    rect(-34, -10, 66, 90, step, { rx: 6 }),
    rect(32, -50, 66, 130, step, { rx: 6 }),
    rect(-100, 30, 66, 10, stepShade, { rx: 4 }),
    rect(-34, -10, 66, 10, stepShade, { rx: 4 }),
    rect(32, -50, 66, 10, stepShade, { rx: 4 }),
    path('M44 -50L86 -50L81 -84L49 -84Z', pot),
    rect(45, -90, 40, 10, pot, { rx: 4 }),
    stroke('M65 -90L65 -150', plant, 6),
    path('M65 -112Q36 -114 28 -144Q58 -144 65 -118Z', plant),
    path('M65 -128Q94 -134 104 -164Q72 -164 65 -134Z', plant),
    path('M65 -148Q56 -168 65 -186Q74 -168 65 -148Z', plant),
  ], { transform: T(x, y, s) });
}

// Water drop.
export const drop = (x, y, h, fill = C.skyBlue) => path(`M${x} ${y - h / 2}Q${x + h * 0.42} ${y + h * 0.05} ${x + h * 0.3} ${y + h * 0.25}Q${x} ${y + h * 0.62} ${x - h * 0.3} ${y + h * 0.25}Q${x - h * 0.42} ${y + h * 0.05} ${x} ${y - h / 2}Z`, fill);

// Hand-washing icon: two hands under a running tap, with bubbles. centre (x, y), w.
export function handwash(x, y, w, { bg = C.teal, fg = C.white, fg2 = '#CFEDE8', edge } = {}) {
  const s = w / 200;
  const e = edge || bg;
  const shapes = [
    [-22, -8, 44, 52, 18],
    [-21, -44, 12, 50, 6],
    [-9, -52, 12, 56, 6],
    [3, -50, 12, 54, 6],
    [15, -40, 11, 44, 5.5],
  ];
  const hand = (fill, outline) => {
    const draw = (extra) => shapes.map(([a, b, c, d, r]) => rect(a, b, c, d, fill, { rx: r, ...extra })).join('')
      + rect(-30, -22, 14, 44, fill, { rx: 7, transform: 'rotate(-24 -18 22)', ...extra });
    return (outline ? draw({ stroke: e, 'stroke-width': 8 }) : '') + draw({});
  };
  return g([
    circle(0, 0, 100, bg),
    // tap
    rect(-62, -78, 72, 16, fg, { rx: 6 }),
    rect(-4, -78, 20, 34, fg, { rx: 6 }),
    rect(-58, -90, 14, 40, fg, { rx: 5 }),
    drop(6, -24, 14, fg),
    drop(6, -4, 10, fg),
    // two hands rubbing together
    g(hand(fg2, false), { transform: 'translate(-18 34) rotate(-22)' }),
    g(hand(fg, true), { transform: 'translate(18 36) rotate(24) scale(-1 1)' }),
    // bubbles
    circle(-58, 8, 9, 'none', { stroke: fg, 'stroke-width': 3.5 }),
    circle(-46, -14, 5, 'none', { stroke: fg, 'stroke-width': 3 }),
    circle(60, 14, 8, 'none', { stroke: fg, 'stroke-width': 3.5 }),
    circle(50, -10, 5, 'none', { stroke: fg, 'stroke-width': 3 }),
  ], { transform: T(x, y, s) });
}

// Dashed path helper.
export const dashed = (d, color, w, dash = '14 12', a = {}) => stroke(d, color, w, { 'stroke-dasharray': dash, ...a });

// A simple chair seen from behind (for audience scenes), (x, y) = floor centre.
export function chairBack(x, y, s, fill = C.blue) {
  return g([
    rect(-24, -92, 48, 40, fill, { rx: 8 }),
    rect(-22, -56, 6, 56, fill, { rx: 3 }),
    rect(16, -56, 6, 56, fill, { rx: 3 }),
  ], { transform: T(x, y, s) });
}

// Star
export const star = (cx, cy, R, fill, angle = -Math.PI / 2) => poly(starPoints(cx, cy, R, R * 0.42, angle), fill);

// Raised hands (icon): two open hands raised, centre (x,y), w.
export function raisedHands(x, y, w, { skinL = '#EEC09E', skinR = '#8A5735', sleeveL = C.coral, sleeveR = C.blue } = {}) {
  const s = w / 200;
  const hand = (fill) => [
    rect(-20, -30, 40, 52, fill, { rx: 16 }),
    rect(-20, -62, 10, 40, fill, { rx: 5 }),
    rect(-8, -70, 10, 46, fill, { rx: 5 }),
    rect(4, -66, 10, 42, fill, { rx: 5 }),
    rect(15, -54, 9, 32, fill, { rx: 4.5 }),
    rect(-34, -22, 10, 30, fill, { rx: 5, transform: 'rotate(-30 -29 -7)' }),
  ].join('');
  return g([
    g([rect(-16, 18, 32, 70, sleeveL, { rx: 10 }), hand(skinL)], { transform: 'translate(-46 0) rotate(-14)' }),
    g([rect(-16, 18, 32, 70, sleeveR, { rx: 10 }), hand(skinR)], { transform: 'translate(46 -10) rotate(12) scale(-1 1)' }),
  ], { transform: T(x, y, s) });
}

// Water tank on a stand with a tap; (x, y) = ground centre; h = total height.
export function waterPoint(x, y, h, { tank = C.skyBlue, stand = '#8B969F', band = C.blue } = {}) {
  const s = h / 300;
  return g([
    rect(-60, -170, 10, 170, stand),
    rect(50, -170, 10, 170, stand),
    line(-55, -120, 55, -60, stand, 7),
    line(55, -120, -55, -60, stand, 7),
    rect(-72, -180, 144, 14, stand, { rx: 3 }),
    rect(-66, -296, 132, 118, tank, { rx: 26 }),
    rect(-66, -260, 132, 12, band, { opacity: 0.5 }),
    rect(-66, -222, 132, 12, band, { opacity: 0.5 }),
    // pipe down to the tap
    stroke('M66 -200L96 -200L96 -64L112 -64', '#5B6770', 10, { 'stroke-linecap': 'butt' }),
    rect(104, -74, 22, 16, band, { rx: 4 }),
    // concrete apron
    rect(70, -10, 90, 12, C.lightGrey, { rx: 4 }),
  ], { transform: T(x, y, s) });
}

export function bucket(x, y, w, fill = C.coral) {
  const h = w * 0.8;
  return g([
    stroke(`M${x - w * 0.42} ${y - h}Q${x} ${y - h * 1.7} ${x + w * 0.42} ${y - h}`, C.ink, w * 0.05),
    path(`M${x - w / 2} ${y - h}L${x + w / 2} ${y - h}L${x + w * 0.38} ${y}L${x - w * 0.38} ${y}Z`, fill),
    ellipse(x, y - h, w / 2, w * 0.1, C.skyBlue),
  ]);
}

// Potted small tree/seedling, (x,y) ground.
export function seedling(x, y, h, leaf = C.teal) {
  const s = h / 100;
  return g([
    stroke('M0 0L0 -60', '#7A9A5A', 5),
    path('M0 -40Q-30 -44 -36 -70Q-8 -68 0 -46Z', leaf),
    path('M0 -52Q28 -58 36 -86Q8 -84 0 -58Z', leaf),
    path('M0 -60Q-8 -82 0 -100Q8 -82 0 -60Z', leaf),
  ], { transform: T(x, y, s) });
}

export const T_ = T;
