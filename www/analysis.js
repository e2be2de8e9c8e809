// The page's side of the analysis worker: one job at a time, the newest
// wins (a counter drops stale answers), cancellable, and a worker that hit
// a WebAssembly trap is replaced so the page stays usable.

/** @typedef {import('./types.js').DocReport} DocReport */

let worker = null;
let jobs = 0;
/** @type {Map<number, {resolve: Function, reject: Function}>} */
const pending = new Map();

function spawn() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => {
    const { job, report, error, trap } = event.data;
    const waiting = pending.get(job);
    pending.delete(job);
    if (trap) restart();
    if (!waiting) return; // a stale or cancelled job
    if (error) waiting.reject(new Error(trap ? `the analyser failed (${error}); it has been restarted` : error));
    else waiting.resolve(report);
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

/** Uses an Explorer on the page's thread instead of the worker. */
export function analyseInPage(explorer) {
  inPage = explorer;
}

/**
 * Analyses articles in the worker.
 * @param {{id: string, text: string}[]} docs
 * @returns {Promise<{docs: DocReport[]}>}
 */
export function analyze(docs) {
  if (inPage) {
    try {
      return Promise.resolve(inPage.analyze(docs));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  if (!worker) spawn();
  const job = ++jobs;
  // Only the newest job matters: older ones are forgotten.
  for (const [old, waiting] of pending) {
    waiting.reject(new DOMException('superseded', 'AbortError'));
    pending.delete(old);
  }
  return new Promise((resolve, reject) => {
    pending.set(job, { resolve, reject });
    worker.postMessage({ job, docs });
  });
}

/** Stops the running job: the worker is replaced, the job rejects. */
export function cancel() {
  for (const [, waiting] of pending) waiting.reject(new DOMException('cancelled', 'AbortError'));
  pending.clear();
  restart();
}

/** Whether a job is running. */
export function busy() {
  return pending.size > 0;
}
