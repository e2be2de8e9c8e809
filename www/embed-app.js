// The embeddable view: one article, configured by the same URL state as
// the main page (article, countries, paragraph mode, entity types, view),
// with minimal chrome. It tells its host page its height with postMessage,
// in Dateline's own message and in the shape Datawrapper embeds use, so
// CMS integrations that resize those iframes resize this one too.

import init, { normalize } from './pkg/dateline.js';
import { analyze, compiledModule, decodePage, prepare } from './analysis.js';
import { countryMentionsByLine, isActive, matchedMentions, passes } from './filter.js';
import { articleLabel, effectiveRole, renderArticle } from './render.js';
import { parseState } from './state.js';

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** The bundled articles: `{id, text}` or, for a page, `{id, html}` (a
 * hand-made index without them: one request per article). */
async function loadBundled() {
  const entries = await (await fetch('articles/index.json')).json();
  return Promise.all(
    entries.map(async ({ id, file, text, html, title, url, date }) => {
      const extra = Object.fromEntries(Object.entries({ title, url, date }).filter(([, v]) => typeof v === 'string'));
      if (typeof html === 'string') return { id, html, ...extra };
      if (typeof text === 'string') return { id, text, ...extra };
      const res = await fetch(file);
      if (!/\.x?html?$/i.test(file)) return { id, text: await res.text() };
      return { id, html: (await decodePage(new Uint8Array(await res.arrayBuffer()))).html };
    }),
  );
}

let lastHeight = 0;
function reportHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  const id = window.name || 'dateline';
  window.parent.postMessage({ type: 'dateline:height', id, height }, '*');
  window.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
}

async function main() {
  try {
    // The worker compiles the wasm and builds the tables; the page's own
    // instance (for normalize) reuses its compiled module.
    prepare();
    const wasm = compiledModule();
    const state = parseState(location.hash);
    wasm.catch(() => {}); // (awaited below, where a failure is reported)
    const report = analyze(await loadBundled());
    report.catch(() => {});
    await init({ module_or_path: await wasm });
    const { docs } = await report;
    const doc = docs.find((d) => d.id === state.article) ?? docs[0];
    const flips = state.flips.get(doc.id) ?? new Set();
    const kept = new Set(doc.lines.filter((l) => effectiveRole(l, flips).role !== 'boilerplate').map((l) => l.line));
    const byLine = countryMentionsByLine(doc, kept);
    const lineFilter =
      state.scope === 'paragraph' && isActive(state)
        ? (line) => {
            const mentions = byLine.get(line) ?? [];
            return { show: passes(new Set(mentions.map((m) => m.country)), state), why: matchedMentions(mentions, state) };
          }
        : undefined;
    $('article-title').textContent = doc.title ? normalize(doc.title).trim() : articleLabel(doc, normalize);
    $('article-body').replaceChildren(
      renderArticle(doc, { view: state.view === 'raw' ? 'raw' : 'clean', flips, normalize, lineFilter, onFlip: () => {} }),
    );
    for (const type of state.hidden) document.body.classList.add(`hide-${type}`);
    /** @type {HTMLAnchorElement} */ ($('open-full')).href = `index.html${location.hash}`;
    $('status').hidden = true;
    document.body.dataset.ready = 'true';
  } catch (error) {
    $('status').textContent = `Dateline could not start: ${error instanceof Error ? error.message : String(error)}`;
    document.body.dataset.ready = 'error';
  }
  reportHeight();
  new ResizeObserver(reportHeight).observe(document.documentElement);
}

main();
