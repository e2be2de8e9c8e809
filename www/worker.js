// The analysis runs here, off the page's thread, so that a large article
// never freezes the page; the tables are built here only, once. The worker
// compiles the wasm as soon as it starts and builds its Explorer, while the
// page fetches the articles.
//
// Messages in: {job, kind, ...}; out: {job, result} or {job, error}.
//   kind 'analyze'   {docs: [{id, text|html, …}]} → the report's JSON, without
//                                            the plain texts (a page's rendered text is in it)
//   kind 'check'     {docs: [{id, text|html, …}]} → per article, its problem or null
//   kind 'decode'    {bytes: Uint8Array}   → a page's bytes as {charset, html}
//   kind 'countries'                       → [{code, alpha3, name}, …]
//   kind 'module'                          → the compiled WebAssembly.Module,
//                                            for the page's own small calls (normalize)
// A WebAssembly trap (a bug in the core) is reported as an error with
// `trap: true`; the page then replaces this worker.

// The wasm download and compile start first; the glue module loads meanwhile.
const compiled = WebAssembly.compileStreaming(fetch(new URL('./pkg/dateline_bg.wasm', import.meta.url)));
const glue = import('./pkg/dateline.js');
const ready = Promise.all([compiled, glue]).then(async ([module, { default: init, Explorer }]) => {
  await init({ module_or_path: module });
  return new Explorer();
});

self.onmessage = async (event) => {
  const { job, kind = 'analyze', docs, bytes } = event.data;
  try {
    let result;
    if (kind === 'module') result = await compiled;
    else {
      const explorer = await ready;
      if (kind === 'check') result = explorer.checkArticles(docs);
      else if (kind === 'decode') result = (await glue).decodeHtml(bytes);
      else if (kind === 'countries') result = explorer.countries();
      else result = explorer.analyzeJson(docs); // a string crosses to the page cheaply
    }
    self.postMessage({ job, result });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ job, error: message, trap: error instanceof WebAssembly.RuntimeError });
  }
};
