// Dateline explorer: loads the bundled articles, analyses them in
// WebAssembly and shows one at a time. What the reader chooses lives in the
// URL (state.js), so links are shareable and the back button works.

import init, { Explorer, normalize } from './pkg/dateline.js';
import {
  ENTITY_TYPES,
  articleLabel,
  cleanupSummary,
  codeBadge,
  el,
  entityIndex,
  keywordInContext,
  renderArticle,
} from './render.js';
import { formatState, parseState } from './state.js';

/** @typedef {import('./types.js').DocReport} DocReport */

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @type {DocReport[]} */
let docs = [];
/** @type {Map<string, string>} */
const countryNames = new Map();
let view = parseState(location.hash);

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

/** Applies a change to the view state as a new history entry. */
function update(change) {
  view = { ...view, ...change };
  history.pushState(null, '', formatState(view));
  render();
}

function selectedDoc() {
  return docs.find((d) => d.id === view.article) ?? docs[0];
}

function renderList() {
  const list = $('article-list');
  list.replaceChildren();
  for (const doc of docs) {
    const item = el('li');
    const button = el('button', 'article-link', articleLabel(doc, normalize));
    button.type = 'button';
    button.dataset.id = doc.id;
    button.addEventListener('click', () => update({ article: doc.id }));
    const kept = doc.lines.filter((l) => l.role !== 'boilerplate').length;
    item.append(button, el('span', 'meta', `${kept}/${doc.lines.length} lines kept · ${doc.entities.length} mentions`));
    list.append(item);
  }
}

function renderLegend() {
  const legend = $('legend');
  legend.replaceChildren(
    ...ENTITY_TYPES.map(({ type, label }) => {
      const item = el('li');
      const box = /** @type {HTMLInputElement} */ (el('input'));
      box.type = 'checkbox';
      box.id = `type-${type}`;
      box.dataset.type = type;
      box.addEventListener('change', () => {
        const hidden = new Set(view.hidden);
        if (box.checked) hidden.delete(type);
        else hidden.add(type);
        update({ hidden });
      });
      const labelNode = el('label');
      labelNode.htmlFor = box.id;
      labelNode.append(el('mark', `ent ent-${type} swatch`, type), document.createTextNode(` ${label}`));
      item.append(box, labelNode);
      return item;
    }),
  );
}

function renderCountries(doc) {
  const countries = $('countries');
  countries.replaceChildren(
    ...doc.countries.map((code) => {
      const count = doc.entities.filter((e) => e.country === code).length;
      const item = el('li', 'country-chip');
      item.dataset.code = code;
      item.append(
        codeBadge(code),
        document.createTextNode(` ${countryNames.get(code) ?? code} `),
        el('span', 'count', String(count)),
      );
      item.title = `${countryNames.get(code) ?? code}: ${count} mention${count === 1 ? '' : 's'}`;
      return item;
    }),
  );
  if (doc.countries.length === 0) countries.append(el('li', 'none', 'No country mentioned'));
}

const flipsOf = (doc) => view.flips.get(doc.id) ?? new Set();

/** The selected article's entities, grouped by type, most mentioned first. */
function renderEntityPanel(doc) {
  const panel = $('entity-panel');
  panel.replaceChildren();
  const index = entityIndex([doc], flipsOf);
  for (const { type, label } of ENTITY_TYPES) {
    const items = [...index.entries()]
      .filter(([, v]) => v.type === type)
      .sort((a, b) => b[1].mentions.length - a[1].mentions.length || a[1].canonical.localeCompare(b[1].canonical));
    if (items.length === 0) continue;
    const group = el('div', 'entity-group');
    group.append(el('h3', `group-title`, `${label} (${items.length})`));
    const list = el('ul', 'entity-list');
    for (const [key, v] of items) {
      const button = el('button', `entity-link ent-${type}`);
      button.type = 'button';
      button.dataset.key = key;
      button.setAttribute('aria-pressed', String(view.entity === key));
      button.append(document.createTextNode(v.canonical), el('span', 'count', String(v.mentions.length)));
      button.addEventListener('click', () => update({ entity: view.entity === key ? null : key }));
      const item = el('li');
      item.append(button);
      list.append(item);
    }
    group.append(list);
    panel.append(group);
  }
  if (!panel.firstChild) panel.append(el('p', 'none', 'No entity on the kept lines.'));
}

/** Every mention of the focused entity across all articles, in context. */
function renderKwic() {
  const box = $('kwic');
  const key = view.entity;
  const entry = key ? entityIndex(docs, flipsOf).get(key) : undefined;
  box.hidden = !entry;
  for (const mark of document.querySelectorAll('#article-body mark.ent')) {
    mark.classList.toggle('focused', /** @type {HTMLElement} */ (mark).dataset.key === key);
  }
  if (!entry) return;
  const articles = new Set(entry.mentions.map((m) => m.doc.id)).size;
  $('kwic-title').textContent = `${entry.canonical} (${entry.type}${entry.country ? ` · ${entry.country}` : ''}): ${entry.mentions.length} mention${entry.mentions.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`;
  const list = $('kwic-list');
  list.replaceChildren(
    ...entry.mentions.map(({ doc, entity }) => {
      const { left, mention, right } = keywordInContext(doc, entity, normalize);
      const item = el('li');
      const jump = el('button', 'jump', articleLabel(doc, normalize));
      jump.type = 'button';
      jump.title = `Go to line ${entity.line}`;
      jump.addEventListener('click', () => {
        update({ article: doc.id, view: view.view === 'raw' ? 'clean' : view.view });
        const target = document.querySelector(`#article-body [data-line="${entity.line}"] mark[data-key="${CSS.escape(key)}"]`);
        target?.scrollIntoView({ block: 'center' });
        /** @type {HTMLElement|null} */ (target)?.focus();
      });
      const context = el('span', 'context');
      context.append(document.createTextNode(left), el('mark', `ent ent-${entity.type}`, mention), document.createTextNode(right));
      item.append(jump, context);
      return item;
    }),
  );
}

function render() {
  const doc = selectedDoc();
  if (!doc) return;
  const flips = view.flips.get(doc.id) ?? new Set();
  $('article-title').textContent = doc.title ? normalize(doc.title).trim() : articleLabel(doc, normalize);
  $('article-title').classList.toggle('untitled', !doc.title);
  $('article-body').replaceChildren(
    renderArticle(doc, {
      view: view.view,
      flips,
      normalize,
      onFlip: (line) => {
        const next = new Set(flips);
        if (next.has(line)) next.delete(line);
        else next.add(line);
        const all = new Map(view.flips);
        all.set(doc.id, next);
        update({ flips: all });
      },
    }),
  );
  for (const input of document.querySelectorAll('input[name="view"]')) {
    /** @type {HTMLInputElement} */ (input).checked = /** @type {HTMLInputElement} */ (input).value === view.view;
  }
  for (const { type } of ENTITY_TYPES) {
    /** @type {HTMLInputElement} */ ($(`type-${type}`)).checked = !view.hidden.has(type);
    document.body.classList.toggle(`hide-${type}`, view.hidden.has(type));
  }
  renderCountries(doc);
  renderEntityPanel(doc);
  renderKwic();
  $('cleanup-summary').textContent = cleanupSummary(doc, flips);
  for (const b of document.querySelectorAll('.article-link')) {
    b.setAttribute('aria-current', String(/** @type {HTMLElement} */ (b).dataset.id === doc.id));
  }
}

async function main() {
  try {
    await init({ module_or_path: new URL('./pkg/dateline_bg.wasm', import.meta.url) });
    const explorer = new Explorer();
    for (const c of explorer.countries()) countryNames.set(c.code, c.name);
    docs = explorer.analyze(await loadBundled()).docs;
    for (const input of document.querySelectorAll('input[name="view"]')) {
      input.addEventListener('change', () => update({ view: /** @type {HTMLInputElement} */ (input).value }));
    }
    $('kwic-close').addEventListener('click', () => update({ entity: null }));
    window.addEventListener('popstate', () => {
      view = parseState(location.hash);
      render();
    });
    renderLegend();
    renderList();
    render();
    document.querySelector('main').hidden = false;
    status('');
    document.body.dataset.ready = 'true';
  } catch (error) {
    status(`Dateline could not start: ${error instanceof Error ? error.message : String(error)}`, true);
    document.body.dataset.ready = 'error';
  }
}

main();
