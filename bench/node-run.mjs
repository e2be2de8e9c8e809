// Runs timing tasks in a fresh Node process (so one engine's heap never
// weighs on the other's) and prints their results as JSON on stdout.
//   node bench/node-run.mjs BENCH_DIR TASKS_JSON
// BENCH_DIR is target/bench (corpus/ and page/pkg/ in it); TASKS_JSON is
// [{engine, input, warmup, runs, minSecs, maxRuns}], input and warmup being
// {kind: 'many', count} or {kind: 'single'}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runTask } from './measure.mjs';

const [dir, tasksJson] = process.argv.slice(2);
const tasks = JSON.parse(tasksJson);
const corpus = join(dir, 'corpus');
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));

const cache = new Map();
function docsFor(input) {
  if (!input) return undefined;
  const key = JSON.stringify(input);
  if (!cache.has(key)) {
    const docs =
      input.kind === 'single'
        ? [{ id: 'single', text: readFileSync(join(corpus, manifest.single.file), 'utf8') }]
        : manifest.many.slice(0, input.count).map(({ file }) => ({
            id: file.replace(/\.txt$/, ''),
            text: readFileSync(join(corpus, 'many', file), 'utf8'),
          }));
    cache.set(key, docs);
  }
  return cache.get(key);
}

const engines = {};
if (tasks.some((t) => t.engine === 'dateline')) {
  // The same generated module the page loads, initialised synchronously.
  const pkg = await import(pathToFileURL(join(dir, 'page', 'pkg', 'dateline.js')).href);
  pkg.initSync({ module: readFileSync(join(dir, 'page', 'pkg', 'dateline_bg.wasm')) });
  engines.explorer = new pkg.Explorer();
}
if (tasks.some((t) => t.engine === 'compromise')) {
  engines.nlp = (await import('compromise')).default;
}

const results = tasks.map(({ input, warmup, ...rest }) =>
  runTask({ ...rest, docs: docsFor(input), warmup: docsFor(warmup) }, engines),
);
process.stdout.write(JSON.stringify(results) + '\n');
