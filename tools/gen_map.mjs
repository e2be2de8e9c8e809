// Generates www/world-map.svg: a compact, clickable world map of countries.
//
// Rerun (one command, from anywhere):   node tools/gen_map.mjs
//
// Inputs (npm registry, pinned; installed by this script into a temporary
// prefix, /tmp/gen-map by default or $GEN_MAP_NPM, never into the repo):
//   world-atlas@2.0.2      Natural Earth 4.1.0 Admin 0 countries, 1:110m, as
//                          TopoJSON (package ISC; Natural Earth data is public
//                          domain, https://www.naturalearthdata.com/about/terms-of-use/)
//   topojson-client@3.1.0  (ISC) mergeArcs, to dissolve split features
//   world-countries@5.1.0  (ODbL-1.0) ISO numeric (ccn3) -> alpha-2 (cca2),
//                          common English names
// plus data/countries.tsv (repo), whose `name` column is preferred for the
// label so the map says what the rest of the app says (e.g. "Turkey").
//
// Output: one <path id="c-XX" class="country" data-name="…"><title>…</title>
// per country (XX = ISO 3166-1 alpha-2; Kosovo is c-XK), Equal Earth
// projection, 1000 units wide, one-decimal relative path coordinates.
// Geometry is simplified per TopoJSON arc (Douglas–Peucker in projected units)
// so shared borders stay identical on both sides: no gaps, no overlaps.
// Natural Earth features without an ISO id: N. Cyprus is merged into CY,
// Somaliland into SO. Antarctica is dropped. Islands below a minimum area are
// dropped (a country's largest ring is always kept). Deterministic: rerunning
// gives a byte-identical file.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, 'www/world-map.svg');
const PREFIX = process.env.GEN_MAP_NPM || '/tmp/gen-map';
const PINS = { 'world-atlas': '2.0.2', 'topojson-client': '3.1.0', 'world-countries': '5.1.0' };

const WIDTH = 1000; // viewBox width; the height follows from the data
const TOLERANCE = 0.5; // Douglas–Peucker tolerance, viewBox units
const MIN_RING_AREA = 2; // drop islands smaller than this (viewBox units²)
const MARGIN = 4; // viewBox units around the land
const DROP = new Set(['AQ']); // Antarctica
// Natural Earth features with no ISO numeric id (id missing, NE uses -99).
const NO_ISO = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };

// ---- inputs ---------------------------------------------------------------

function installed(name) {
  const p = join(PREFIX, 'node_modules', name, 'package.json');
  return existsSync(p) && JSON.parse(readFileSync(p, 'utf8')).version === PINS[name];
}
if (!Object.keys(PINS).every(installed)) {
  const specs = Object.entries(PINS).map(([n, v]) => `${n}@${v}`);
  console.error(`installing ${specs.join(' ')} into ${PREFIX}`);
  execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefix', PREFIX, ...specs], {
    stdio: 'inherit',
  });
}
const require = createRequire(join(PREFIX, 'node_modules', '.gen-map.cjs'));
const topojson = require('topojson-client');
const topology = require('world-atlas/countries-110m.json');
const worldCountries = require('world-countries/countries.json');

const byCcn3 = new Map(worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c]));
const wcName = new Map(worldCountries.map((c) => [c.cca2, c.name.common]));
const tsvName = new Map();
for (const line of readFileSync(join(ROOT, 'data/countries.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const cols = line.split('\t');
  if (/^[A-Z]{2}$/.test(cols[0])) tsvName.set(cols[0], cols[2]);
}

// ---- projection -----------------------------------------------------------

// Equal Earth (Šavrič, Patterson & Jenny 2018), unit sphere.
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
function equalEarth(lon, lat) {
  const l = (lon * Math.PI) / 180;
  const t = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const t2 = t * t, t6 = t2 * t2 * t2;
  return [
    (l * Math.cos(t)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2))),
    t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)),
  ];
}
const K = WIDTH / 2 / equalEarth(180, 0)[0]; // ±180° at the equator -> 0..WIDTH

// Decode the quantized, delta-encoded arcs to [lon, lat]. world-atlas keeps
// geometry on the sphere, so a few arcs (Russia's Chukotka and Wrangel
// Island, Fiji, Antarctica) jump across the antimeridian; cut them there: a
// crossing becomes (±180, lat) · null · (∓180, lat), the null marking "no edge".
const { scale: [sx, sy], translate: [tx, ty] } = topology.transform;
const lonLatArcs = topology.arcs.map((arc) => {
  let x = 0, y = 0;
  const out = [];
  for (const [dx, dy] of arc) {
    x += dx;
    y += dy;
    const p = [x * sx + tx, y * sy + ty], q = out[out.length - 1];
    if (q && Math.abs(p[0] - q[0]) > 180) {
      const side = q[0] > 0 ? 180 : -180;
      const span = p[0] + 2 * side - q[0]; // unwrapped longitude step
      const lat = span ? q[1] + ((side - q[0]) / span) * (p[1] - q[1]) : q[1];
      out.push([side, lat], null, [-side, lat]);
    }
    out.push(p);
  }
  return out;
});
const project = ([lon, lat]) => {
  const [px, py] = equalEarth(lon, lat);
  return [WIDTH / 2 + K * px, -K * py]; // y grows down
};

// ---- simplification (per arc, so neighbours share the same border) --------

function douglasPeucker(pts, tol) {
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = pts[a], [bx, by] = pts[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    let best = -1, dmax = tol;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i];
      const d = len ? Math.abs(dy * (px - ax) - dx * (py - ay)) / len : Math.hypot(px - ax, py - ay);
      if (d > dmax) (dmax = d), (best = i);
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}
function simplifyArc(pts) {
  if (pts.length < 3) return pts;
  const [x0, y0] = pts[0], [xn, yn] = pts[pts.length - 1];
  if (x0 !== xn || y0 !== yn) return douglasPeucker(pts, TOLERANCE);
  // Closed arc (an island): split at the point farthest from the start.
  let far = 1, dmax = -1;
  pts.forEach(([x, y], i) => {
    const d = Math.hypot(x - x0, y - y0);
    if (d > dmax) (dmax = d), (far = i);
  });
  return [...douglasPeucker(pts.slice(0, far + 1), TOLERANCE), ...douglasPeucker(pts.slice(far), TOLERANCE).slice(1)];
}
// Each stretch between crossings is projected, simplified (its ends fixed)
// and rounded to tenths, as integers, so shared vertices are exactly equal.
function splitAtNull(seq) {
  const parts = [[]];
  for (const p of seq) p ? parts[parts.length - 1].push(p) : parts.push([]);
  return parts;
}
const simplified = lonLatArcs.map((arc) =>
  splitAtNull(arc)
    .map((part) => simplifyArc(part.map(project)).map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)]))
    .reduce((acc, part) => (acc ? [...acc, null, ...part] : part), undefined),
);
const same = (p, q) => p && q && p[0] === q[0] && p[1] === q[1];

// A ring's points; a ring cut by the antimeridian becomes several rings, each
// closed along the meridian (a straight line: close enough at these latitudes).
function ringPoints(ring, code) {
  let out = [];
  for (const i of ring) {
    for (const p of i < 0 ? simplified[~i].slice().reverse() : simplified[i]) {
      if (!same(out[out.length - 1], p)) out.push(p);
    }
  }
  if (out.length > 1 && same(out[0], out[out.length - 1])) out.pop();
  const k = out.indexOf(null);
  if (k < 0) return [out];
  const pieces = splitAtNull([...out.slice(k + 1), ...out.slice(0, k)]);
  // Closing each piece on its own is only right if no two pieces on the same
  // side of the map overlap along the meridian; refuse rather than draw junk.
  const spans = pieces.map((r) => [r[0][0] < WIDTH * 5, Math.min(r[0][1], r[r.length - 1][1]), Math.max(r[0][1], r[r.length - 1][1])]);
  for (const [i, a] of spans.entries())
    for (const b of spans.slice(i + 1))
      if (a[0] === b[0] && a[1] < b[2] && b[1] < a[2]) throw new Error(`${code}: nested antimeridian pieces`);
  return pieces;
}
const area = (pts) => Math.abs(pts.reduce((s, [x, y], i) => {
  const [u, v] = pts[(i + 1) % pts.length];
  return s + x * v - u * y;
}, 0)) / 200; // tenths² -> units²

// ---- countries ------------------------------------------------------------

const groups = new Map(); // cca2 -> [geometry]
const notes = [];
for (const g of topology.objects.countries.geometries) {
  const name = g.properties.name;
  const code = g.id !== undefined ? byCcn3.get(g.id)?.cca2 : NO_ISO[name];
  if (!code) throw new Error(`no ISO code for Natural Earth feature ${g.id} ${name}`);
  if (DROP.has(code)) {
    notes.push(`dropped ${name} (${code})`);
    continue;
  }
  if (g.id === undefined && code !== 'XK') notes.push(`merged ${name} into ${code}`);
  if (!groups.has(code)) groups.set(code, []);
  groups.get(code).push(g);
}

const countries = [];
for (const [code, geoms] of groups) {
  const merged = geoms.length > 1 ? topojson.mergeArcs(topology, geoms) : geoms[0];
  const polygons = merged.type === 'Polygon' ? [merged.arcs] : merged.arcs;
  const rings = polygons.flat().flatMap((r) => ringPoints(r, code));
  const areas = rings.map((r) => (r.length < 3 ? 0 : area(r)));
  const largest = areas.indexOf(Math.max(...areas));
  if (!(areas[largest] > 0)) throw new Error(`${code}: no ring survives simplification`);
  const kept = rings.filter((_, i) => i === largest || areas[i] >= MIN_RING_AREA);
  if (kept.length < rings.length) notes.push(`${code}: dropped ${rings.length - kept.length} small ring(s)`);
  const name = tsvName.get(code) || wcName.get(code);
  countries.push({ code, name, rings: kept });
}
countries.sort((a, b) => (a.code < b.code ? -1 : 1));

// ---- output ---------------------------------------------------------------

let minY = Infinity, maxY = -Infinity;
for (const c of countries) for (const r of c.rings) for (const [, y] of r) (minY = Math.min(minY, y)), (maxY = Math.max(maxY, y));
const top = Math.floor(minY / 10) - MARGIN; // whole units
const height = Math.ceil(maxY / 10) + MARGIN - top;

// Tenths -> shortest decimal text: 123 -> "12.3", 5 -> ".5", -120 -> "-12".
function num(n) {
  const s = n < 0 ? '-' : '', a = Math.abs(n), i = Math.floor(a / 10), f = a % 10;
  return s + (f ? `${i || ''}.${f}` : `${i}`);
}
// Joins numbers with a separator only where the path grammar needs one.
function join2(nums) {
  let out = '', prev = '';
  for (const t of nums) {
    const need = prev && (/^\d/.test(t) || (t[0] === '.' && !prev.includes('.')));
    out += (need ? ' ' : '') + t;
    prev = t;
  }
  return out;
}
function pathData(rings) {
  return rings.map((r) => {
    const [x0, y0] = r[0];
    const deltas = [];
    for (let i = 1; i < r.length; i++) deltas.push(num(r[i][0] - r[i - 1][0]), num(r[i][1] - r[i - 1][1]));
    return `M${join2([num(x0), num(y0 - top * 10)])}l${join2(deltas)}z`;
  }).join('');
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const atlasVersion = JSON.parse(readFileSync(join(PREFIX, 'node_modules/world-atlas/package.json'), 'utf8')).version;
const lines = [
  `<!-- generated by tools/gen_map.mjs from Natural Earth 1:110m via world-atlas@${atlasVersion} (public domain); do not edit -->`,
  `<!-- Equal Earth projection; ISO 3166-1 alpha-2 ids via world-countries@${PINS['world-countries']} (ODbL-1.0); N. Cyprus merged into CY, Somaliland into SO, Antarctica dropped -->`,
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" fill-rule="evenodd" role="img" aria-label="World map">`,
  '<style>:where(.country){fill:#ccc;stroke:#fff;stroke-width:.4;stroke-linejoin:round}</style>',
  ...countries.map(
    (c) => `<path id="c-${c.code}" class="country" data-name="${esc(c.name)}" d="${pathData(c.rings)}"><title>${esc(c.name)}</title></path>`,
  ),
  '</svg>',
  '',
];
writeFileSync(OUT, lines.join('\n'));
for (const n of notes) console.error(n);
const points = countries.reduce((s, c) => s + c.rings.reduce((t, r) => t + r.length, 0), 0);
console.error(`wrote ${OUT}: ${countries.length} paths, ${points} points, viewBox 0 0 ${WIDTH} ${height}, ${lines.join('\n').length} bytes`);
