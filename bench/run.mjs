// Dateline's benchmark: `./build.sh bench` (builds dist/ and the native
// example first, then runs this). Not part of `./build.sh test`.
//
// Measures, on a corpus generated from the seeds (corpus.mjs):
//   - throughput of Dateline natively, as wasm in Node and in Chromium, and of
//     compromise in Node and in the same Chromium, on the same texts;
//   - how Dateline's time grows with input size (1x, 4x, 16x);
//   - the download (gzip -9) of the page against compromise's browser build;
//   - the page: first render, and click-to-paint with 5 and 1,000 articles.
// Writes bench/latest.json (committed; sorted keys) and prints a table.
// See bench/README.md for the method and the caveats.
//
// BENCH_QUICK=1 runs a smaller version (1 MB inputs, fewer runs) to check the
// bench itself; its numbers go to target/bench/quick.json, not latest.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { start } from '../tests/e2e/browser.mjs';
import { serve } from '../tools/serve.mjs';
import { MB, PRNG_SEED, generate, prng } from './corpus.mjs';
import { median } from './measure.mjs';
import { measurePages, medianBreakdown } from './page-timing.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const HERE = join(ROOT, 'bench');
const OUT = join(ROOT, 'target', 'bench');
const QUICK = process.env.BENCH_QUICK === '1';
const COMPROMISE_DOCS = 60; // ~230 kB: compromise runs at ~0.1 MB/s
const PAGE_ARTICLES = 1000;
const t0 = Date.now();
const loadAtStart = loadavg()[0];

/** Share of all cores busy over `ms` (Linux /proc/stat), in %. */
function cpuBusy(ms) {
  const sample = () => {
    const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const idle = f[3] + f[4];
    return { idle, total: f.reduce((a, b) => a + b, 0) };
  };
  const a = sample();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const b = sample();
  return Math.round((100 * (1 - (b.idle - a.idle) / (b.total - a.total))) || 0);
}
// Before anything of ours runs: how busy other processes keep the machine.
const busyBefore = cpuBusy(3000);
step(`machine busy before the bench: ${busyBefore}% of ${cpus().length} cores`);

function step(message) {
  process.stderr.write(`\x1b[1m--> [${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${message}\x1b[0m\n`);
}

// ---------------------------------------------------------------- inputs ---

step('generating the corpus (target/bench/corpus)');
const manifest = generate(ROOT, join(OUT, 'corpus'));
const cut = (x) => manifest.cuts[String(x)];
const MAIN = QUICK ? 1 : 4; // the headline input: 4 MB of articles
const SCALE = QUICK ? [1, 4] : [1, 4, 16];
const many = (x) => ({ kind: 'many', count: cut(x).count });
const slice = { kind: 'many', count: COMPROMISE_DOCS };
const warm = { kind: 'many', count: 20 };
const single = { kind: 'single' };

// The bench page: Dateline's pkg and compromise's browser build side by side.
const COMPROMISE_BUILD = join(HERE, 'node_modules', 'compromise', 'builds', 'compromise.js');
rmSync(join(OUT, 'page'), { recursive: true, force: true });
mkdirSync(join(OUT, 'page'), { recursive: true });
cpSync(join(ROOT, 'dist', 'pkg'), join(OUT, 'page', 'pkg'), { recursive: true });
copyFileSync(COMPROMISE_BUILD, join(OUT, 'page', 'compromise.js'));
copyFileSync(join(HERE, 'page.html'), join(OUT, 'page', 'index.html'));
copyFileSync(join(HERE, 'page.mjs'), join(OUT, 'page', 'page.mjs'));
copyFileSync(join(HERE, 'measure.mjs'), join(OUT, 'page', 'measure.mjs'));
// So Node loads page/pkg/dateline.js (an ES module named .js) without a warning.
writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');

// dist/ with 1,000 generated articles instead of the five seeds.
const DIST1000 = join(OUT, `dist-${PAGE_ARTICLES}`);
rmSync(DIST1000, { recursive: true, force: true });
cpSync(join(ROOT, 'dist'), DIST1000, { recursive: true, filter: (src) => !src.includes('/dist/articles') });
mkdirSync(join(DIST1000, 'articles'));
const pageIndex = manifest.many.slice(0, PAGE_ARTICLES).map(({ file }) => {
  copyFileSync(join(OUT, 'corpus', 'many', file), join(DIST1000, 'articles', file));
  // As build.sh's bundle_articles writes it: the text inside the index.
  const text = readFileSync(join(OUT, 'corpus', 'many', file), 'utf8');
  return { id: file.replace(/\.txt$/, ''), file: `articles/${file}`, text };
});
writeFileSync(join(DIST1000, 'articles', 'index.json'), JSON.stringify(pageIndex, null, 1) + '\n');

// ---------------------------------------------------------------- native ---

function native(input, opts) {
  const path = input.kind === 'single' ? join(OUT, 'corpus', manifest.single.file) : join(OUT, 'corpus', 'many');
  const args = input.kind === 'single' ? [] : ['--count', String(input.count)];
  for (const [k, v] of Object.entries(opts)) args.push(...(v === true ? [`--${k}`] : [`--${k}`, String(v)]));
  const out = JSON.parse(execFileSync(join(ROOT, 'target', 'release', 'examples', 'throughput'), [...args, path], { encoding: 'utf8' }));
  const med = median(out.runs);
  return { ...out, median_s: +med.toFixed(4), mb_s: +(out.bytes / 1e6 / med).toFixed(4) };
}

const results = { native: {}, wasm_node: {}, compromise_node: {}, wasm_chromium: {}, compromise_chromium: {} };
step(`native: ${MAIN} MB of articles`);
results.native.main = native(many(MAIN), { 'min-secs': 4, runs: 3 });
step(`native: ${MAIN} MB of articles, without echoes`);
results.native.main_no_echoes = native(many(MAIN), { 'min-secs': 3, runs: 3, 'no-echoes': true });
results.native.slice = native(slice, { 'min-secs': 1, runs: 5 });
results.native.scaling = SCALE.map((x) => {
  if (x === MAIN) return results.native.main;
  step(`native: ${x} MB of articles`);
  return native(many(x), x > MAIN ? { warmup: 0, runs: 1, 'min-secs': 0 } : { 'min-secs': 2, runs: 3 });
});
if (!QUICK) step('native: one 4 MB article');
results.native.single = QUICK ? null : native(single, { warmup: 0, runs: 1, 'min-secs': 0 });

// ------------------------------------------------------------------ node ---

function nodeRun(tasks) {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', join(HERE, 'node-run.mjs'), OUT, JSON.stringify(tasks)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

step(`wasm in Node: ${SCALE.join(', ')} MB of articles${QUICK ? '' : ', one 4 MB article'}`);
{
  const tasks = [{ engine: 'dateline', input: slice, warmup: warm, runs: 5 }];
  for (const x of SCALE) {
    tasks.push({ engine: 'dateline', input: many(x), runs: x > MAIN ? 1 : 3 });
  }
  if (!QUICK) tasks.push({ engine: 'dateline', input: single, runs: 1 });
  const [sl, ...rest] = nodeRun(tasks);
  results.wasm_node.slice = sl;
  results.wasm_node.scaling = rest.slice(0, SCALE.length);
  results.wasm_node.main = results.wasm_node.scaling[SCALE.indexOf(MAIN)];
  results.wasm_node.single = QUICK ? null : rest[SCALE.length];
}

step(`compromise in Node: ${COMPROMISE_DOCS} articles`);
[results.compromise_node.slice] = nodeRun([{ engine: 'compromise', input: slice, warmup: warm, runs: 3 }]);

// -------------------------------------------------------------- chromium ---

// The page timings (first render, filter and selection clicks) are in
// page-timing.mjs, which also runs on its own.

step('Chromium: starting (Debian Chromium, headless)');
const env = await start();
const server = await serve(OUT, 0);
const benchBase = `http://127.0.0.1:${server.address().port}/`;
const page = {};
const chromiumVersion = execFileSync(process.env.CHROMIUM || '/usr/bin/chromium', ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
try {
  step('Chromium: wasm and compromise on the bench page');
  const bench = await env.context.newPage();
  const benchErrors = [];
  bench.on('pageerror', (e) => benchErrors.push(e.message));
  await bench.goto(`${benchBase}page/`);
  await bench.waitForSelector('body[data-ready]');
  if ((await bench.getAttribute('body', 'data-ready')) !== 'true') {
    throw new Error(`bench page: ${await bench.textContent('#status')} ${benchErrors.join('; ')}`);
  }
  const tasks = [
    { engine: 'dateline', input: slice, warmup: warm, runs: 5 },
    { engine: 'dateline', input: many(MAIN), runs: 3 },
    { engine: 'compromise', input: slice, warmup: warm, runs: 3 },
  ];
  if (!QUICK) tasks.push({ engine: 'dateline', input: single, runs: 1 });
  const r = await bench.evaluate((t) => window.benchRun(t), tasks);
  [results.wasm_chromium.slice, results.wasm_chromium.main, results.compromise_chromium.slice] = r;
  results.wasm_chromium.single = r[3] ?? null;
  await bench.close();

  Object.assign(
    page,
    await measurePages(env.context, env.base, `${benchBase}dist-${PAGE_ARTICLES}/`, { loads: 5, prng, seed: PRNG_SEED, step }),
  );
} finally {
  await env.close();
  await new Promise((ok) => server.close(ok));
}

// ----------------------------------------------------------------- sizes ---

const gz = (f) => execFileSync('gzip', ['-9c', f], { maxBuffer: 1 << 26 }).length;
const dist = join(ROOT, 'dist');
const shipped = [
  'pkg/dateline_bg.wasm',
  'pkg/dateline.js',
  ...readdirSync(dist).filter((f) => /\.(js|css)$/.test(f)).sort(),
  'index.html',
];
const download = Object.fromEntries(shipped.map((f) => [f, gz(join(dist, f))]));
const downloadBytes = Object.values(download).reduce((a, b) => a + b, 0);
// What the main page itself loads, as `./build.sh size` counts it (it leaves
// out files the page does not load and adds the SVGs, the world map among them).
const sizeReport = execFileSync(join(ROOT, 'build.sh'), ['size'], { encoding: 'utf8' });
const pageBytes = Number((sizeReport.match(/^\s*(\d+)\s+total/m) ?? [])[1]) || null;
const compromiseGzip = gz(COMPROMISE_BUILD);
const compromiseVersion = JSON.parse(readFileSync(join(HERE, 'node_modules', 'compromise', 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------- report ---

/** Least-squares slope of log(time) against log(bytes). */
function slope(points) {
  const xs = points.map((p) => Math.log(p.bytes));
  const ys = points.map((p) => Math.log(p.median_s));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return +(num / den).toFixed(3);
}

const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? cpus()[0]?.model;
const ratio = (a, b) => +(a / b).toFixed(2);
const mbs = (r) => r?.mb_s ?? null;
const medianOf = (loads, key) => +median(loads.map((l) => l[key])).toFixed(1);

const report = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  command: './build.sh bench',
  quick: QUICK || undefined,
  machine: {
    cpu: cpuModel,
    cores: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
    rustc: execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim(),
    // How busy other processes kept the cores in the 3 s before the bench
    // (above a few %, something else was running and the numbers are noisy),
    // and the 1-minute load average at start and end (the end counts the
    // bench itself, which keeps both cores busy in Chromium).
    busy_before_pct: busyBefore,
    load_avg: { start: +loadAtStart.toFixed(2), end: +loadavg()[0].toFixed(2) },
  },
  corpus: {
    generator: 'bench/corpus.mjs',
    prng_seed: PRNG_SEED,
    articles_bytes: cut(MAIN).bytes,
    articles: cut(MAIN).count,
    single_article_bytes: manifest.single.bytes,
    compromise_slice: { articles: COMPROMISE_DOCS, bytes: results.native.slice.bytes },
    // what Dateline finds in the main input (from the wasm report)
    entities: results.wasm_node.main.found.entities,
    echoes: results.wasm_node.main.found.echoes,
  },
  native_mb_s: mbs(results.native.main),
  native_no_echoes_mb_s: mbs(results.native.main_no_echoes),
  wasm_node_mb_s: mbs(results.wasm_node.main),
  wasm_chromium_mb_s: mbs(results.wasm_chromium.main),
  compromise_node_mb_s: mbs(results.compromise_node.slice),
  compromise_chromium_mb_s: mbs(results.compromise_chromium.slice),
  dateline_on_compromise_slice_mb_s: {
    native: mbs(results.native.slice),
    wasm_node: mbs(results.wasm_node.slice),
    wasm_chromium: mbs(results.wasm_chromium.slice),
  },
  ratio_node: ratio(mbs(results.wasm_node.slice), mbs(results.compromise_node.slice)),
  ratio_chromium: ratio(mbs(results.wasm_chromium.slice), mbs(results.compromise_chromium.slice)),
  single_article_mb_s: {
    native: mbs(results.native.single),
    wasm_node: mbs(results.wasm_node.single),
    wasm_chromium: mbs(results.wasm_chromium.single),
  },
  download_gzip_bytes: downloadBytes,
  download_gzip_files: download,
  download_page_gzip_bytes: pageBytes,
  compromise_gzip_bytes: compromiseGzip,
  compromise: { version: compromiseVersion, browser_build: 'builds/compromise.js', node_entry: 'src/three.js (package default import)' },
  first_render_ms: medianOf(page.first5, 'painted'),
  first_render_ms_1000: page.first1000[0].painted,
  first_render_breakdown_ms: { articles_5: medianBreakdown(page.first5), articles_1000: medianBreakdown(page.first1000) },
  first_render_loads: { articles_5: page.first5, articles_1000: page.first1000 },
  filter_repaint_ms_5: page.filter5.median_ms,
  filter_repaint_ms_1000: page.filter1000.median_ms,
  filter_repaint: { articles_5: page.filter5, articles_1000: page.filter1000 },
  select_repaint_ms_5: page.select5.median_ms,
  select_repaint_ms_1000: page.select1000.median_ms,
  select_repaint: { articles_5: page.select5, articles_1000: page.select1000 },
  page_errors: page.errors,
  scaling: SCALE.map((x, i) => ({
    factor: x / SCALE[0],
    bytes: results.native.scaling[i].bytes,
    articles: results.native.scaling[i].docs,
    native_s: results.native.scaling[i].median_s,
    wasm_node_s: results.wasm_node.scaling[i].median_s,
  })),
  scaling_exponent: slope(results.native.scaling),
  scaling_exponent_wasm_node: slope(results.wasm_node.scaling),
  runs: results,
  notes: [
    'MB = 10^6 bytes of UTF-8 input; throughput uses the median run.',
    `native_mb_s, wasm_*_mb_s: Dateline on ${cut(MAIN).count} generated articles (${(cut(MAIN).bytes / MB).toFixed(1)} MB) in one analyze call; native times Dateline::analyze only, wasm times Explorer.analyze, which also copies the texts into wasm and builds the JS report objects.`,
    `compromise_*_mb_s: nlp(text) then .people(), .places(), .organizations() .out('array') per article, on the first ${COMPROMISE_DOCS} of the same articles; ratio_node and ratio_chromium divide Dateline's wasm MB/s on exactly those ${COMPROMISE_DOCS} articles (dateline_on_compromise_slice_mb_s) by compromise's, in the same runtime.`,
    'first_render_ms: median of 5 loads of dist/ (5 bundled articles); navigation start to the end of the first frame painted after body[data-ready=true] (requestAnimationFrame, then a MessageChannel task). first_render_ms_1000: one load of the same page with 1,000 generated articles.',
    'filter_repaint_ms_5 and filter_repaint_ms_1000: a click on a country chip of the country filter (its include button, #countries .chip-include; one of the ten most mentioned countries, turned on and then off, both clicks timed) until the next paint; median of 16 clicks after 2 warm-up clicks. The issue asked for article selection while the page had no country filter; the filter has since landed, so these keys now measure the filter itself, and article selection (.article-link, median of 15 clicks) is kept as select_repaint_ms_5 and select_repaint_ms_1000.',
    'scaling: the first 1, 4 and 16 MB of the generated articles; scaling_exponent is the least-squares slope of log(time) against log(bytes), native.',
    'The generated articles are variants of five seeds, so they share many lines: Dateline finds far more echoes (shared lines, corpus.echoes) and more lines repeated across articles than in a real corpus.',
    'Analysis on the page runs in a Web Worker (first_render_breakdown_ms.analyze_in_worker includes starting the worker and compiling the wasm there); the throughput numbers run Explorer.analyze directly.',
  ],
};

const sortKeys = (v) =>
  Array.isArray(v)
    ? v.map(sortKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.keys(v).sort().filter((k) => v[k] !== undefined).map((k) => [k, sortKeys(v[k])]))
      : v;
const jsonPath = QUICK ? join(OUT, 'quick.json') : join(HERE, 'latest.json');
writeFileSync(jsonPath, JSON.stringify(sortKeys(report), null, 2) + '\n');

// ----------------------------------------------------------------- table ---

const f = (x, d = 2) => (x === null || x === undefined ? '–' : Number(x).toFixed(d));
const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
const rows = [
  ['measure', 'Dateline', 'compromise', 'ratio'],
  [`throughput, native (${report.corpus.articles} articles, ${f(cut(MAIN).bytes / MB, 1)} MB), MB/s`, f(report.native_mb_s), '–', '–'],
  [`  the same, native without echoes, MB/s`, f(report.native_no_echoes_mb_s), '–', '–'],
  [`throughput, wasm in Node (same), MB/s`, f(report.wasm_node_mb_s), '–', '–'],
  [`throughput, wasm in Chromium (same), MB/s`, f(report.wasm_chromium_mb_s), '–', '–'],
  [`throughput, Node (first ${COMPROMISE_DOCS} articles, ${kb(report.corpus.compromise_slice.bytes)}), MB/s`, f(report.dateline_on_compromise_slice_mb_s.wasm_node), f(report.compromise_node_mb_s, 3), `${f(report.ratio_node, 1)}×`],
  [`throughput, Chromium (same ${COMPROMISE_DOCS} articles), MB/s`, f(report.dateline_on_compromise_slice_mb_s.wasm_chromium), f(report.compromise_chromium_mb_s, 3), `${f(report.ratio_chromium, 1)}×`],
  ['one 4 MB article, MB/s: native / Node / Chromium', `${f(report.single_article_mb_s.native)} / ${f(report.single_article_mb_s.wasm_node)} / ${f(report.single_article_mb_s.wasm_chromium)}`, '–', '–'],
  ['download, gzip -9: wasm, pkg JS, dist/*.js, *.css, index.html', kb(downloadBytes), kb(compromiseGzip), `${f(downloadBytes / compromiseGzip)}×`],
  ['download, gzip -9: what the main page loads (./build.sh size)', pageBytes ? kb(pageBytes) : '–', kb(compromiseGzip), pageBytes ? `${f(pageBytes / compromiseGzip)}×` : '–'],
  ['first render, 5 articles (median of 5 loads)', `${f(report.first_render_ms, 0)} ms`, '–', '–'],
  [`first render, ${PAGE_ARTICLES} articles (1 load)`, `${f(report.first_render_ms_1000, 0)} ms`, '–', '–'],
  ['country filter click → paint, 5 articles', `${f(report.filter_repaint_ms_5, 1)} ms`, '–', '–'],
  [`country filter click → paint, ${PAGE_ARTICLES} articles`, `${f(report.filter_repaint_ms_1000, 1)} ms`, '–', '–'],
  ['article selection click → paint, 5 articles', `${f(report.select_repaint_ms_5, 1)} ms`, '–', '–'],
  [`article selection click → paint, ${PAGE_ARTICLES} articles`, `${f(report.select_repaint_ms_1000, 1)} ms`, '–', '–'],
  [`scaling ${SCALE.map((x) => `${x / SCALE[0]}×`).join('/')}, native s (exponent)`, `${report.scaling.map((s) => f(s.native_s)).join(' / ')} (${f(report.scaling_exponent)})`, '–', '–'],
  [`scaling ${SCALE.map((x) => `${x / SCALE[0]}×`).join('/')}, wasm in Node s (exponent)`, `${report.scaling.map((s) => f(s.wasm_node_s)).join(' / ')} (${f(report.scaling_exponent_wasm_node)})`, '–', '–'],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
console.log(`\nDateline bench — ${report.date} — ${report.command}${QUICK ? ' (BENCH_QUICK=1)' : ''}`);
console.log(`${report.machine.cpu}, ${report.machine.cores} cores; ${report.machine.node}; ${report.machine.chromium}; compromise ${compromiseVersion}\n`);
console.log(line(rows[0]));
console.log(`|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of rows.slice(1)) console.log(line(r));
const b5 = report.first_render_breakdown_ms.articles_5;
const b1k = report.first_render_breakdown_ms.articles_1000;
console.log(
  `\nfirst render, where the time goes (ms, 5 / ${PAGE_ARTICLES} articles): ` +
    Object.keys(b5).map((k) => `${k.replaceAll('_', ' ')} ${f(b5[k], 0)} / ${f(b1k[k], 0)}`).join(', '),
);
for (const [name, r] of [['country filter', report.filter_repaint], ['article selection', report.select_repaint]]) {
  const c = r.articles_1000;
  console.log(
    `${name} click, ${PAGE_ARTICLES} articles, where the time goes (medians, ms): input delay ${f(c.input_delay_median_ms, 1)}, ` +
      `handler ${f(c.handler_median_ms, 1)}, then style, layout, paint and frame ${f(c.render_median_ms, 1)}`,
  );
}
console.log(`echoes (shared lines) found in the ${report.corpus.articles} articles: ${report.corpus.echoes}; entities: ${report.corpus.entities}`);
if (busyBefore > 10) {
  console.log(
    `\nWARNING: the machine was busy (${busyBefore}% of ${report.machine.cores} cores in the 3 s before the bench): ` +
      'something else was running, so these numbers are low and noisy.',
  );
}
if (page.errors.length) console.log(`\npage errors: ${page.errors.join('; ')}`);
console.log(`\nwrote ${jsonPath.replace(ROOT, '')} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
