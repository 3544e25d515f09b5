// National flags drawn from their official geometry (height 400 px).
import { svgDoc, rect, circle, poly, path, g, starPoints, fmt } from './core.mjs';

// Japan (Act on National Flag and Anthem, 1999): 2:3, disc centred, diameter 3/5 of the height, crimson (beni-iro).
export function flagJapan(H = 400) {
  const W = (H * 3) / 2;
  return svgDoc(W, H, [rect(0, 0, W, H, '#FFFFFF'), circle(W / 2, H / 2, (H * 3) / 10, '#BC002D')], { bg: null });
}

// Viet Nam (Constitution; Decree on the national flag): 2:3, red field, five-pointed yellow star in the
// centre; the star's circumscribed radius is 1/5 of the flag's length, one point straight up.
export function flagVietNam(H = 400) {
  const W = (H * 3) / 2;
  return svgDoc(W, H, [rect(0, 0, W, H, '#DA251D'), poly(starPoints(W / 2, H / 2, W / 5), '#FFFF00')], { bg: null });
}

// Philippines (Executive Order No. 23, 1936; Republic Act No. 8491): 1:2; blue over red; a white equilateral
// triangle at the hoist whose side equals the flag's height; a golden sun with eight primary rays, each made of
// three rays, and three five-pointed stars in the corners of the triangle.
export function flagPhilippines(H = 400) {
  const W = H * 2;
  const u = H / 90; // construction unit: the flag is 180 x 90 units
  const triX = (90 * Math.sqrt(3)) / 2; // apex of the triangle (77.94 units)
  const centroidX = triX / 3; // 25.98 units
  const sunX = 28; // sun centre (units from the hoist), on the horizontal mid-line
  const parts = [
    rect(0, 0, W, H / 2, '#0038A8'),
    rect(0, H / 2, W, H / 2, '#CE1126'),
    poly([[0, 0], [triX * u, H / 2], [0, H]], '#FFFFFF'),
  ];
  const Y = '#FCD116';
  const sun = [circle(0, 0, 9, Y)];
  // one ray group: a long central ray and two shorter flanking rays (thin kites from the centre)
  const kite = (len, half, ang) => {
    const a = (ang * Math.PI) / 180;
    const ca = Math.cos(a);
    const sa = Math.sin(a);
    const pts = [[0, 0], [len * 0.94, -half], [len, 0], [len * 0.94, half]].map(([x, y]) => [x * ca - y * sa, x * sa + y * ca]);
    return poly(pts, Y);
  };
  for (let i = 0; i < 8; i++) {
    const base = i * 45;
    sun.push(kite(19, 1.18, base));
    sun.push(kite(19.24 * 0.9, 0.75, base + 7.5));
    sun.push(kite(19.24 * 0.9, 0.75, base - 7.5));
  }
  parts.push(g(sun, { transform: `translate(${fmt(sunX * u)} ${fmt(H / 2)}) scale(${fmt(u)})` }));
  // three stars: centred 37.96 units from the triangle's centroid, towards each corner, tip pointing to the corner
  const stars = [];
  for (const deg of [0, 120, -120]) {
    const a = (deg * Math.PI) / 180;
    const d = 37.96;
    stars.push(poly(starPoints(d * Math.cos(a), d * Math.sin(a), 5, 2, a), Y));
  }
  parts.push(g(stars, { transform: `translate(${fmt(centroidX * u)} ${fmt(H / 2)}) scale(${fmt(u)})` }));
  return svgDoc(W, H, parts, { bg: null });
}
