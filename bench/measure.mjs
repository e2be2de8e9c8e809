// Timing code shared by Node (node-run.mjs) and the Chromium bench page
// (page.mjs), so both runtimes run exactly the same loop.

const enc = new TextEncoder();

/** UTF-8 bytes of the texts: what MB/s is counted in (1 MB = 10^6 bytes). */
export function utf8Bytes(docs) {
  let n = 0;
  for (const d of docs) n += enc.encode(d.text).length;
  return n;
}

/**
 * Dateline: the whole corpus in one call, as the page does. Returns what it
 * found (counted after the clock stops, see runTask).
 */
export function runDateline(explorer, docs) {
  return explorer.analyze(docs);
}

function countDateline(report) {
  let entities = 0;
  let echoes = 0;
  for (const d of report.docs) {
    entities += d.entities.length;
    echoes += d.echoes.length;
  }
  return { entities, echoes };
}

/**
 * compromise: one parse per document, then its three entity lists, as
 * arrays of strings. Returns how many it found (so nothing is optimised away).
 */
export function runCompromise(nlp, docs) {
  let entities = 0;
  for (const d of docs) {
    const doc = nlp(d.text);
    entities += doc.people().out('array').length;
    entities += doc.places().out('array').length;
    entities += doc.organizations().out('array').length;
  }
  return { entities };
}

/**
 * Runs `fn` `runs` times (more while under `minSecs`, up to `maxRuns`) and
 * returns each run's seconds.
 */
export function timeRuns(fn, { runs = 3, minSecs = 0, maxRuns = runs } = {}) {
  const out = [];
  let last;
  const start = performance.now();
  while (out.length < runs || (performance.now() - start < minSecs * 1000 && out.length < maxRuns)) {
    last = undefined; // let the previous result be collected
    const t = performance.now();
    last = fn();
    out.push((performance.now() - t) / 1000);
  }
  return { runs: out, last };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs one task: {engine: 'dateline'|'compromise', docs, warmup (docs, run
 * once first, untimed), runs, minSecs, maxRuns}. Returns {bytes, docs, found
 * (what the last run found), runs, median_s, mb_s}.
 */
export function runTask({ engine, docs, warmup, ...opts }, { explorer, nlp }) {
  const run = engine === 'dateline' ? (ds) => runDateline(explorer, ds) : (ds) => runCompromise(nlp, ds);
  if (warmup?.length) run(warmup);
  const { runs, last } = timeRuns(() => run(docs), opts);
  const found = engine === 'dateline' ? countDateline(last) : last;
  const bytes = utf8Bytes(docs);
  const med = median(runs);
  return {
    bytes,
    docs: docs.length,
    found,
    runs: runs.map((s) => +s.toFixed(4)),
    median_s: +med.toFixed(4),
    mb_s: +(bytes / 1e6 / med).toFixed(4),
  };
}
