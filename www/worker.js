// The analysis runs here, off the page's thread, so that a large article
// never freezes the page. Messages: {job, docs} in; {job, report} or
// {job, error} out. A WebAssembly trap (a bug in the core) is reported as
// an error; the page then replaces this worker.

import init, { Explorer } from './pkg/dateline.js';

const ready = init({ module_or_path: new URL('./pkg/dateline_bg.wasm', import.meta.url) }).then(() => new Explorer());

self.onmessage = async (event) => {
  const { job, docs } = event.data;
  try {
    const explorer = await ready;
    const report = explorer.analyze(docs);
    self.postMessage({ job, report });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ job, error: message, trap: error instanceof WebAssembly.RuntimeError });
  }
};
