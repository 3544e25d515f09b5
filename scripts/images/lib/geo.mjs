// Geography from Natural Earth (public domain) via the world-atlas package (TopoJSON, ISC licence).
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import * as topojson from 'topojson-client';
import * as d3 from 'd3-geo';
import { C, g, circle, fmt } from './core.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const atlasDir = path.join(here, '..', 'node_modules', 'world-atlas');
const load = (f) => JSON.parse(fs.readFileSync(path.join(atlasDir, f), 'utf8'));

export const ISO = { japan: '392', philippines: '608', vietnam: '704', russia: '643' };

// Point of view for disputed territory. 'jpn' (default) follows Natural Earth's own Japanese
// point-of-view edition and draws the islands of Etorofu, Kunashiri, Shikotan and the Habomai
// group with Japan; 'default' keeps Natural Earth's default (de facto) assignment.
export const POV = process.env.MAP_POV || 'jpn';

function polygonsOf(f) {
  if (!f.geometry) return [];
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function applyPov(fc) {
  if (POV !== 'jpn') return fc;
  const jp = fc.features.find((f) => f.id === ISO.japan);
  const ru = fc.features.find((f) => f.id === ISO.russia);
  const keep = [];
  const moved = [];
  for (const p of polygonsOf(ru)) {
    const [lon, lat] = d3.geoCentroid({ type: 'Polygon', coordinates: p });
    // The four island groups NE of Hokkaido (Urup, at 149.9E 45.9N, and further north stay).
    if (lon > 145.3 && lon < 149.2 && lat > 43.2 && lat < 45.6) moved.push(p);
    else keep.push(p);
  }
  ru.geometry = { type: 'MultiPolygon', coordinates: keep };
  jp.geometry = { type: 'MultiPolygon', coordinates: [...polygonsOf(jp), ...moved] };
  return fc;
}

let cache = {};
export function countries(res = '50m') {
  if (!cache[res]) {
    const w = load(`countries-${res}.json`);
    const fc = applyPov(topojson.feature(w, w.objects.countries));
    const land = topojson.feature(w, w.objects.land);
    cache[res] = { fc, land, topo: w };
  }
  return cache[res];
}

export const feature = (id, res = '50m') => countries(res).fc.features.find((f) => f.id === id);

// Orthographic globe with land; optional highlighted countries and extra svg drawn by a callback that gets the projection.
export function globe(cx, cy, r, {
  center = [135, 20], ocean = C.skyBlue, land = C.teal, grat = true, highlight = {}, res = '110m', rim = null, shade = true, extra = null, landStroke = null,
} = {}) {
  const proj = d3.geoOrthographic().scale(r).translate([cx, cy]).rotate([-center[0], -center[1]]).clipAngle(90).precision(0.2);
  const gp = d3.geoPath(proj);
  const { fc, land: landF } = countries(res);
  const parts = [];
  parts.push(circle(cx, cy, r, ocean));
  if (grat) parts.push(`<path d="${gp(d3.geoGraticule10())}" fill="none" stroke="${C.white}" stroke-width="${fmt(Math.max(0.8, r / 220))}" opacity="0.28"/>`);
  parts.push(`<path d="${gp(landF)}" fill="${land}"${landStroke ? ` stroke="${landStroke}" stroke-width="1"` : ''}/>`);
  for (const [id, col] of Object.entries(highlight)) {
    const f = fc.features.find((x) => x.id === id) || feature(id, '50m');
    parts.push(`<path d="${gp(f)}" fill="${col}"/>`);
  }
  if (extra) parts.push(extra(proj, gp));
  if (shade) {
    parts.push(`<path d="M${cx - r} ${cy}A${r} ${r} 0 0 0 ${cx + r} ${cy}A${r * 1.05} ${r * 0.8} 0 0 1 ${cx - r} ${cy}Z" fill="${C.ink}" opacity="0.07"/>`);
    parts.push(circle(cx - r * 0.38, cy - r * 0.42, r * 0.16, C.white, { opacity: 0.16 }));
  }
  if (rim) parts.push(circle(cx, cy, r, 'none', { stroke: rim, 'stroke-width': Math.max(2, r * 0.035) }));
  return g(parts);
}

// Lifted great-circle arc between two [lon, lat] on an orthographic projection (exact for orthographic).
export function arcPath(proj, a, b, lift = 0.18, n = 64) {
  const interp = d3.geoInterpolate(a, b);
  const [cx, cy] = proj.translate();
  const pts = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const p = proj(interp(t));
    const h = 1 + lift * Math.sin(Math.PI * t);
    pts.push([cx + (p[0] - cx) * h, cy + (p[1] - cy) * h]);
  }
  return 'M' + pts.map((p) => p.map(fmt).join(' ')).join('L');
}

// Flat regional map (Mercator) fitted to a lon/lat box. Returns { svg, proj }.
export function regionMap(w, h, bbox, {
  focus, focusColor = C.coral, sea = '#D7E7F2', land = '#E3DFD6', border = C.white, grat = '#C9DDEC', res = '50m', extraFocus = [],
} = {}) {
  const [[lon0, lat0], [lon1, lat1]] = bbox;
  const proj = d3.geoMercator().fitExtent([[0, 0], [w, h]], {
    type: 'MultiPoint', coordinates: [[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1]],
  });
  proj.clipExtent([[-2, -2], [w + 2, h + 2]]);
  const gp = d3.geoPath(proj);
  const { fc } = countries(res);
  const parts = [];
  parts.push(`<rect width="${w}" height="${h}" fill="${sea}"/>`);
  parts.push(`<path d="${gp(d3.geoGraticule().step([5, 5])())}" fill="none" stroke="${grat}" stroke-width="1.2"/>`);
  const others = fc.features.filter((f) => f.id !== focus && !extraFocus.includes(f.id));
  parts.push(`<path d="${gp({ type: 'FeatureCollection', features: others })}" fill="${land}" stroke="${border}" stroke-width="1.4" stroke-linejoin="round"/>`);
  for (const id of [focus, ...extraFocus]) {
    const f = fc.features.find((x) => x.id === id);
    parts.push(`<path d="${gp(f)}" fill="${focusColor}" stroke="#C4563B" stroke-width="0.8" stroke-linejoin="round"/>`);
  }
  return { svg: parts.join('\n'), proj, gp };
}

export { d3 };
