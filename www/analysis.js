// The page's side of the analysis worker: one analysis at a time, the
// newest wins (a counter drops stale answers), cancellable, and a worker
// that hit a WebAssembly trap is replaced so the page stays usable. The
// worker owns the only Explorer (the built tables); the page asks it for
// the little else it needs (country names, text checks, the compiled
// module for normalize).

/** @typedef {import('./types.js').DocReport} DocReport */

let worker = null;
let jobs = 0;
/** @type {Map<number, {kind: string, resolve: Function, reject: Function}>} */
const pending = new Map();

function spawn() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => {
    const { job, result, error, trap } = event.data;
    const waiting = pending.get(job);
    pending.delete(job);
    if (trap) {
      // The worker is replaced; whatever else it was asked dies with it.
      for (const [, other] of pending) other.reject(new Error(`the analyser failed (${error}); it has been restarted`));
      pending.clear();
      restart();
    }
    if (!waiting) return; // a stale or cancelled job
    if (error) waiting.reject(new Error(trap ? `the analyser failed (${error}); it has been restarted` : error));
    else waiting.resolve(result);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const [, waiting] of pending) waiting.reject(new Error(`the analyser could not run: ${event.message}`));
    pending.clear();
    restart();
  };
}

function restart() {
  worker?.terminate();
  worker = null;
}

/** The single-file build, opened from disk, cannot start workers: it
 * analyses on the page's thread with the module the page already loaded. */
let inPage = null;

/** The page's own decodeHtml, with `inPage`. */
let decodeInPage = null;

/** Uses an Explorer (and the glue's decodeHtml) on the page's thread
 * instead of the worker. */
export function analyseInPage(explorer, decodeHtml) {
  inPage = explorer;
  decodeInPage = decodeHtml;
}

/** Starts the worker now, so that it compiles the wasm and builds its
 * tables while the page fetches the articles. */
export function prepare() {
  if (!inPage && !worker) spawn();
}

function post(kind, message, transfer = []) {
  if (!worker) spawn();
  const job = ++jobs;
  return new Promise((resolve, reject) => {
    pending.set(job, { kind, resolve, reject });
    worker.postMessage({ job, kind, ...message }, transfer);
  });
}

/** Runs `fn` on the page's Explorer, as a promise. */
function local(fn) {
  try {
    return Promise.resolve(fn(inPage));
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Analyses articles in the worker. A newer call supersedes an older one,
 * which rejects with an AbortError.
 * @param {import('./types.js').ArticleInput[]} docs
 * @returns {Promise<{docs: DocReport[]}>}
 */
export function analyze(docs) {
  if (inPage) return local((explorer) => explorer.analyze(docs));
  // Only the newest analysis matters: older ones are forgotten.
  for (const [old, waiting] of pending) {
    if (waiting.kind !== 'analyze') continue;
    waiting.reject(new DOMException('superseded', 'AbortError'));
    pending.delete(old);
  }
  // The worker answers with the report's JSON, plain texts left out: each
  // such article gets back the string it was sent with (a page's report
  // carries its rendered text).
  return post('analyze', { docs }).then((json) => {
    const report = JSON.parse(json);
    report.docs.forEach((d, i) => {
      if (typeof d.text !== 'string') d.text = docs[i].text;
    });
    return report;
  });
}

/**
 * Checks articles as the analyser would read them: per article, its
 * problem or null.
 * @param {import('./types.js').ArticleInput[]} docs
 * @returns {Promise<(string|null)[]>}
 */
export function checkArticles(docs) {
  if (inPage) return local((explorer) => explorer.checkArticles(docs));
  return post('check', { docs });
}

/**
 * A page's bytes as text, in the encoding the core finds (as the command
 * line does), decoded by the browser's TextDecoder, in the worker. The
 * bytes are handed over (transferred), not copied.
 * @param {Uint8Array} bytes
 * @returns {Promise<import('./types.js').DecodedPage>}
 */
export function decodePage(bytes) {
  if (inPage) return local(() => decodeInPage(bytes));
  return post('decode', { bytes }, [bytes.buffer]);
}

/**
 * Every ISO 3166-1 country the analyser knows.
 * @returns {Promise<import('./types.js').Country[]>}
 */
export function countryList() {
  if (inPage) return local((explorer) => explorer.countries());
  return post('countries', {});
}

/**
 * The wasm module the worker compiled, for the page's own instance (null
 * when the page analyses on its own thread and has one already).
 * @returns {Promise<WebAssembly.Module|null>}
 */
export function compiledModule() {
  if (inPage) return Promise.resolve(null);
  return post('module', {});
}

/** Stops the running job: the worker is replaced, the job rejects. */
export function cancel() {
  for (const [, waiting] of pending) waiting.reject(new DOMException('cancelled', 'AbortError'));
  pending.clear();
  restart();
}

/** Whether an analysis is running. */
export function busy() {
  return [...pending.values()].some((w) => w.kind === 'analyze');
}
