// Dateline explorer: loads the bundled articles, analyses them in
// WebAssembly and shows one at a time.

import init, { Explorer, normalize } from './pkg/dateline.js';
import { ENTITY_TYPES, articleLabel, codeBadge, el, renderArticle } from './render.js';

/** @typedef {import('./types.js').DocReport} DocReport */

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const state = {
  /** @type {DocReport[]} */ docs: [],
  /** @type {Map<string, string>} */ countryNames: new Map(),
  selected: 0,
  showRemoved: false,
};

function status(message, isError = false) {
  const node = $('status');
  node.textContent = message;
  node.classList.toggle('error', isError);
  node.hidden = message === '';
}

async function loadBundled() {
  const index = await fetch('articles/index.json');
  if (!index.ok) throw new Error(`cannot load the article list (${index.status})`);
  /** @type {{id: string, file: string}[]} */
  const entries = await index.json();
  return Promise.all(
    entries.map(async ({ id, file }) => {
      const res = await fetch(file);
      if (!res.ok) throw new Error(`cannot load ${file} (${res.status})`);
      return { id, text: await res.text() };
    }),
  );
}

function renderList() {
  const list = $('article-list');
  list.replaceChildren();
  state.docs.forEach((doc, i) => {
    const item = el('li');
    const button = el('button', 'article-link', articleLabel(doc, normalize));
    button.type = 'button';
    button.dataset.id = doc.id;
    button.setAttribute('aria-current', String(i === state.selected));
    button.addEventListener('click', () => select(i));
    const kept = doc.lines.filter((l) => l.role !== 'boilerplate').length;
    item.append(button, el('span', 'meta', `${kept}/${doc.lines.length} lines kept · ${doc.entities.length} mentions`));
    list.append(item);
  });
}

function renderLegend() {
  const legend = $('legend');
  legend.replaceChildren(
    ...ENTITY_TYPES.map(({ type, label }) => {
      const item = el('li');
      item.append(el('mark', `ent ent-${type} swatch`, type), document.createTextNode(` ${label}`));
      return item;
    }),
  );
}

function renderSelected() {
  const doc = state.docs[state.selected];
  if (!doc) return;
  $('article-title').textContent = doc.title ? normalize(doc.title).trim() : articleLabel(doc, normalize);
  $('article-title').classList.toggle('untitled', !doc.title);
  $('article-body').replaceChildren(renderArticle(doc, { showRemoved: state.showRemoved, normalize }));
  const countries = $('countries');
  countries.replaceChildren(
    ...doc.countries.map((code) => {
      const count = doc.entities.filter((e) => e.country === code).length;
      const item = el('li', 'country-chip');
      item.dataset.code = code;
      item.append(
        codeBadge(code),
        document.createTextNode(` ${state.countryNames.get(code) ?? code} `),
        el('span', 'count', String(count)),
      );
      return item;
    }),
  );
  if (doc.countries.length === 0) countries.append(el('li', 'none', 'No country mentioned'));
  const removed = doc.lines.filter((l) => l.role === 'boilerplate').length;
  $('cleanup-summary').textContent = `${removed} of ${doc.lines.length} lines removed as page furniture.`;
  for (const b of document.querySelectorAll('.article-link')) {
    b.setAttribute('aria-current', String(b.dataset.id === doc.id));
  }
}

function select(i) {
  state.selected = i;
  const id = state.docs[i]?.id;
  if (id) history.replaceState(null, '', `#article=${encodeURIComponent(id)}`);
  renderSelected();
}

async function main() {
  try {
    await init({ module_or_path: new URL('./pkg/dateline_bg.wasm', import.meta.url) });
    const explorer = new Explorer();
    for (const c of explorer.countries()) state.countryNames.set(c.code, c.name);
    const articles = await loadBundled();
    state.docs = explorer.analyze(articles).docs;
    const wanted = new URLSearchParams(location.hash.slice(1)).get('article');
    const found = state.docs.findIndex((d) => d.id === wanted);
    state.selected = found >= 0 ? found : 0;
    $('show-removed').addEventListener('change', (event) => {
      state.showRemoved = /** @type {HTMLInputElement} */ (event.target).checked;
      renderSelected();
    });
    renderLegend();
    renderList();
    renderSelected();
    document.querySelector('main').hidden = false;
    status('');
    document.body.dataset.ready = 'true';
  } catch (error) {
    status(`Dateline could not start: ${error instanceof Error ? error.message : String(error)}`, true);
    document.body.dataset.ready = 'error';
  }
}

main();
