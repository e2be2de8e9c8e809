// The Chromium side of the bench: served from target/bench/page/ with
// Dateline's dist/pkg and compromise's browser build beside it. run.mjs calls
// window.benchRun(tasks) through Playwright; the texts come from the same
// server (target/bench/corpus/), so both engines get exactly what Node got.
import init, { Explorer } from './pkg/dateline.js';
import { runTask } from './measure.mjs';

let manifest;
const cache = new Map();

async function docsFor(input) {
  if (!input) return undefined;
  const key = JSON.stringify(input);
  if (!cache.has(key)) {
    const get = async (path) => {
      const res = await fetch(path);
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return res.text();
    };
    const docs =
      input.kind === 'single'
        ? [{ id: 'single', text: await get(`../corpus/${manifest.single.file}`) }]
        : await Promise.all(
            manifest.many.slice(0, input.count).map(async ({ file }) => ({
              id: file.replace(/\.txt$/, ''),
              text: await get(`../corpus/many/${file}`),
            })),
          );
    cache.set(key, docs);
  }
  return cache.get(key);
}

const ready = (async () => {
  manifest = await (await fetch('../corpus/manifest.json')).json();
  await init({ module_or_path: new URL('./pkg/dateline_bg.wasm', import.meta.url) });
  return { explorer: new Explorer(), nlp: window.nlp };
})();

window.benchRun = async (tasks) => {
  const engines = await ready;
  const results = [];
  for (const { input, warmup, ...rest } of tasks) {
    const docs = await docsFor(input);
    const warm = await docsFor(warmup);
    results.push(runTask({ ...rest, docs, warmup: warm }, engines));
  }
  return results;
};

ready.then(
  () => { document.getElementById('status').textContent = 'ready'; document.body.dataset.ready = 'true'; },
  (e) => { document.getElementById('status').textContent = String(e); document.body.dataset.ready = 'error'; },
);
