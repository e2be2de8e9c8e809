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
  effectiveRole,
  entityIndex,
  keywordInContext,
  renderArticle,
} from './render.js';
import { analyseInPage, analyze, cancel } from './analysis.js';
import { wordDiff } from './diff.js';
import { download, toCsv, toJson } from './export.js';
import { MAX_BYTES, readFile } from './own.js';
import { countryCounts, countryMentionsByLine, isActive, matchedMentions, passes } from './filter.js';
import { loadMap, shadeMap } from './map.js';
import { formatState, parseState } from './state.js';

/** @typedef {import('./types.js').DocReport} DocReport */

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @type {DocReport[]} */
let docs = [];
/** The articles as given: bundled first, then the reader's own. */
let inputs = [];
let ownCount = 0;
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
  // The single-file build (./build.sh single) carries its articles inline.
  if (globalThis.DATELINE_SINGLE) return globalThis.DATELINE_SINGLE.articles;
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

/** Kept lines (after the reader's flips) and their country mentions, per article. */
function countryIndex() {
  return docs.map((doc) => {
    const flips = view.flips.get(doc.id) ?? new Set();
    const kept = new Set(doc.lines.filter((l) => effectiveRole(l, flips).role !== 'boilerplate').map((l) => l.line));
    return { doc, byLine: countryMentionsByLine(doc, kept) };
  });
}

/** Articles that pass the country filter, with the mentions that made them pass. */
function matchingDocs(index) {
  return index.filter(({ byLine }) => {
    const codes = new Set([...byLine.values()].flat().map((m) => m.country));
    if (!passes(codes, view)) return false;
    // Paragraph scope: at least one paragraph passes on its own.
    if (view.scope === 'paragraph' && isActive(view)) {
      return [...byLine.values()].some((ms) => passes(new Set(ms.map((m) => m.country)), view));
    }
    return true;
  });
}

function selectedDoc(visible = docs) {
  return visible.find((d) => d.id === view.article) ?? visible[0] ?? docs.find((d) => d.id === view.article) ?? docs[0];
}

function renderList(visible) {
  const list = $('article-list');
  list.replaceChildren();
  if (visible.length === 0) list.append(el('li', 'none', 'No article matches the chosen countries.'));
  for (const doc of visible) {
    const item = el('li');
    const button = el('button', 'article-link', articleLabel(doc, normalize));
    button.type = 'button';
    button.dataset.id = doc.id;
    button.addEventListener('click', () => update({ article: doc.id }));
    const kept = doc.lines.filter((l) => l.role !== 'boilerplate').length;
    item.append(button, el('span', 'meta', `${kept}/${doc.lines.length} lines kept · ${doc.entities.length} mentions`));
    if (!bundledIds.has(doc.id)) {
      const remove = el('button', 'remove-own', 'Remove');
      remove.type = 'button';
      remove.setAttribute('aria-label', `Remove ${doc.id} (your article)`);
      remove.addEventListener('click', () => removeOwn(doc.id));
      item.append(remove);
    }
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

function renderArticleCountries(doc) {
  const countries = $('article-countries');
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

const nameOf = (code) => countryNames.get(code) ?? code;

/** Toggles a country in or out of the filter: off → include → exclude → off. */
function cycle(code, to) {
  const include = new Set(view.include);
  const exclude = new Set(view.exclude);
  const state = include.has(code) ? 'include' : exclude.has(code) ? 'exclude' : 'off';
  include.delete(code);
  exclude.delete(code);
  const next = to ?? (state === 'off' ? 'include' : 'off');
  if (next === state && to) {
    // Pressing the active button again turns the country off.
  } else if (next === 'include') include.add(code);
  else if (next === 'exclude') exclude.add(code);
  update({ include, exclude });
}

/** The filter panel: chips with counts, the map, the table, the summary. */
function renderFilter(index, visible) {
  const counts = countryCounts(index);
  const codes = [...counts.keys()].sort(
    (a, b) => counts.get(b).articles - counts.get(a).articles || counts.get(b).paragraphs - counts.get(a).paragraphs || nameOf(a).localeCompare(nameOf(b)),
  );
  const chips = $('countries');
  chips.replaceChildren(
    ...codes.map((code) => {
      const c = counts.get(code);
      const state = view.include.has(code) ? 'include' : view.exclude.has(code) ? 'exclude' : 'off';
      const item = el('li', `country-chip state-${state}`);
      item.dataset.code = code;
      const include = el('button', 'chip-include');
      include.type = 'button';
      include.setAttribute('aria-pressed', String(state === 'include'));
      include.setAttribute('aria-label', `Include ${nameOf(code)}: ${c.articles} articles, ${c.paragraphs} paragraphs`);
      include.append(codeBadge(code), document.createTextNode(` ${nameOf(code)} `), el('span', 'count', `${c.articles} · ${c.paragraphs}¶`));
      include.addEventListener('click', () => cycle(code, 'include'));
      const exclude = el('button', 'chip-exclude', '−');
      exclude.type = 'button';
      exclude.setAttribute('aria-pressed', String(state === 'exclude'));
      exclude.setAttribute('aria-label', `Exclude ${nameOf(code)}`);
      exclude.addEventListener('click', () => cycle(code, 'exclude'));
      item.append(include, exclude);
      return item;
    }),
  );
  $('country-table').replaceChildren(
    ...codes.map((code) => {
      const c = counts.get(code);
      const row = el('tr');
      const name = el('th', undefined, `${nameOf(code)} (${code})`);
      name.scope = 'row';
      row.append(name, el('td', undefined, String(c.articles)), el('td', undefined, String(c.paragraphs)), el('td', undefined, String(c.mentions)));
      return row;
    }),
  );
  for (const input of document.querySelectorAll('input[name="mode"]')) {
    /** @type {HTMLInputElement} */ (input).checked = /** @type {HTMLInputElement} */ (input).value === view.mode;
  }
  for (const input of document.querySelectorAll('input[name="scope"]')) {
    /** @type {HTMLInputElement} */ (input).checked = /** @type {HTMLInputElement} */ (input).value === view.scope;
  }
  const parts = [];
  if (view.include.size) parts.push(`${view.mode === 'all' ? 'all of' : 'any of'} ${[...view.include].map(nameOf).join(', ')}`);
  if (view.exclude.size) parts.push(`none of ${[...view.exclude].map(nameOf).join(', ')}`);
  $('filter-summary').textContent = parts.length
    ? `${visible.length} of ${docs.length} articles mention ${parts.join(' and ')}.`
    : `${docs.length} articles; ${codes.length} countries mentioned.`;
  if (mapSvg) shadeMap(mapSvg, counts, view, (code) => cycle(code));
}

/** @type {SVGSVGElement|null} */
let mapSvg = null;

/** Both versions of an echoed line, side by side, with a word-level diff. */
function showEcho(doc, echo) {
  const other = docs.find((d) => d.id === echo.other);
  if (!other) return;
  const lineText = (d, n) => {
    const l = d.lines.find((x) => x.line === n);
    return l ? normalize(d.text.slice(l.start, l.end)).trim() : '';
  };
  const a = lineText(doc, echo.line);
  const b = lineText(other, echo.other_line);
  $('echo-title').textContent =
    echo.kind === 'exact' ? 'Exact copy' : `Near copy: ${Math.round(echo.similarity * 100)}% of distinctive words shared`;
  $('echo-left-label').textContent = `${articleLabel(doc, normalize)}, line ${echo.line}`;
  $('echo-right-label').textContent = `${articleLabel(other, normalize)}, line ${echo.other_line}`;
  const left = $('echo-left');
  const right = $('echo-right');
  left.replaceChildren();
  right.replaceChildren();
  for (const part of wordDiff(a, b)) {
    if (part.op !== 'ins') left.append(part.op === 'del' ? el('del', undefined, part.text) : document.createTextNode(part.text), ' ');
    if (part.op !== 'del') right.append(part.op === 'ins' ? el('ins', undefined, part.text) : document.createTextNode(part.text), ' ');
  }
  $('echo-panel').hidden = false;
  $('echo-panel').scrollIntoView({ block: 'nearest' });
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
  const index = countryIndex();
  const visible = matchingDocs(index).map((i) => i.doc);
  renderList(visible);
  renderFilter(index, visible);
  const doc = selectedDoc(visible);
  if (!doc) return;
  const flips = view.flips.get(doc.id) ?? new Set();
  const byLine = index.find((i) => i.doc === doc)?.byLine ?? new Map();
  const filtering = isActive(view);
  const lineFilter =
    view.scope === 'paragraph' && filtering
      ? (line) => {
          const mentions = byLine.get(line) ?? [];
          return { show: passes(new Set(mentions.map((m) => m.country)), view), why: matchedMentions(mentions, view) };
        }
      : undefined;
  const why = $('match-why');
  const docMentions = matchedMentions([...byLine.values()].flat(), view);
  why.hidden = !filtering || !visible.includes(doc);
  why.textContent = filtering
    ? `Matched by ${[...new Set(docMentions.map((m) => `${m.country}: ${doc.text.slice(m.start, m.end)} (line ${m.line})`))].slice(0, 8).join('; ') || 'no excluded country'}.`
    : '';
  $('article-title').textContent = doc.title ? normalize(doc.title).trim() : articleLabel(doc, normalize);
  $('article-title').classList.toggle('untitled', !doc.title);
  $('article-body').replaceChildren(
    renderArticle(doc, {
      view: view.view,
      flips,
      normalize,
      lineFilter,
      echoLabel: (id) => {
        const other = docs.find((d) => d.id === id);
        return other ? articleLabel(other, normalize) : id;
      },
      onEcho: (echo) => showEcho(doc, echo),
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
  const kept = doc.lines.filter((l) => effectiveRole(l, flips).role !== 'boilerplate' && l.role !== 'title').length;
  const echoed = new Set(doc.echoes.map((e) => e.line)).size;
  $('echo-share').textContent = echoed
    ? `${echoed} of ${kept} paragraphs echo other articles.`
    : `No paragraph echoes another article.`;
  renderArticleCountries(doc);
  renderEntityPanel(doc);
  if (/** @type {HTMLDetailsElement|null} */ (document.querySelector('.embed-box'))?.open) {
    /** @type {HTMLTextAreaElement} */ ($('embed-code')).value = embedSnippet();
  }
  renderKwic();
  $('cleanup-summary').textContent = cleanupSummary(doc, flips);
  for (const b of document.querySelectorAll('.article-link')) {
    b.setAttribute('aria-current', String(/** @type {HTMLElement} */ (b).dataset.id === doc.id));
  }
}

/** Analyses every article in the worker; shows progress and a cancel button. */
async function analyseAll(next) {
  status(`Analysing ${next.length} article${next.length === 1 ? '' : 's'}…`);
  $('cancel').hidden = false;
  try {
    const report = await analyze(next);
    inputs = next;
    docs = report.docs;
    status('');
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      status(error.message === 'cancelled' ? 'Analysis cancelled; nothing changed.' : '');
    } else {
      status(`Could not analyse: ${error instanceof Error ? error.message : String(error)}`, true);
    }
    return false;
  } finally {
    $('cancel').hidden = true;
  }
}

const OWN_KEY = 'dateline.own.v1';

/** The reader's own articles, kept in this browser (localStorage). */
function saveOwn() {
  const own = inputs.filter((d) => !bundledIds.has(d.id));
  try {
    if (own.length) localStorage.setItem(OWN_KEY, JSON.stringify(own));
    else localStorage.removeItem(OWN_KEY);
    return true;
  } catch {
    $('add-status').textContent = 'Added, but too large to keep after a reload (the browser’s storage is full).';
    return false;
  }
}

function loadOwn() {
  try {
    const own = JSON.parse(localStorage.getItem(OWN_KEY) ?? '[]');
    return Array.isArray(own) ? own.filter((d) => typeof d?.id === 'string' && typeof d?.text === 'string') : [];
  } catch {
    return [];
  }
}

/** @type {Set<string>} */
const bundledIds = new Set();

async function removeOwn(id) {
  if (await analyseAll(inputs.filter((d) => d.id !== id))) {
    saveOwn();
    update({ article: null });
  }
}

/** Adds the reader's articles, unless one is bad: then nothing changes. */
async function addOwn(articles) {
  const problem = articles.map((a) => explorer.checkText(a.text)).find(Boolean);
  if (problem) {
    $('add-status').textContent = `Not added: ${problem}. Nothing already loaded has changed.`;
    return;
  }
  const taken = new Set(inputs.map((d) => d.id));
  const named = articles.map((a) => {
    let id = a.id || `pasted-${ownCount + 1}`;
    while (taken.has(id)) id = `${id}-${++ownCount}`;
    taken.add(id);
    ownCount += 1;
    return { id, text: a.text };
  });
  if (await analyseAll([...inputs, ...named])) {
    $('add-status').textContent = `Added ${named.map((a) => a.id).join(', ')}.`;
    saveOwn();
    update({ article: named[0].id });
  }
}

async function addFiles(files) {
  const read = [];
  for (const file of files) {
    try {
      read.push(await readFile(file));
    } catch (error) {
      $('add-status').textContent = `Not added: ${error instanceof Error ? error.message : String(error)}. Nothing already loaded has changed.`;
      return;
    }
  }
  if (read.length) await addOwn(read);
}

function wireAdding() {
  $('paste-add').addEventListener('click', () => {
    const box = /** @type {HTMLTextAreaElement} */ ($('paste-text'));
    if (new Blob([box.value]).size > MAX_BYTES) {
      $('add-status').textContent = 'Not added: the text is larger than 32 MB. Nothing already loaded has changed.';
      return;
    }
    addOwn([{ id: '', text: box.value }]).then(() => {
      box.value = '';
    });
  });
  $('file-input').addEventListener('change', (event) => {
    const input = /** @type {HTMLInputElement} */ (event.target);
    addFiles([...(input.files ?? [])]).then(() => {
      input.value = '';
    });
  });
  const zone = $('drop-zone');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    addFiles([...(event.dataTransfer?.files ?? [])]);
  });
  $('cancel').addEventListener('click', () => cancel());
}

/** What the reader sees now: filtered articles and their shown paragraphs. */
function currentView() {
  const index = countryIndex();
  return matchingDocs(index).map(({ doc, byLine }) => {
    const flips = view.flips.get(doc.id) ?? new Set();
    const lines = doc.lines
      .map((l) => ({ l, role: effectiveRole(l, flips).role }))
      .filter(({ role }) => role !== 'boilerplate')
      .filter(({ l, role }) => {
        if (view.scope !== 'paragraph' || !isActive(view) || role === 'title') return true;
        return passes(new Set((byLine.get(l.line) ?? []).map((m) => m.country)), view);
      })
      .map(({ l, role }) => ({ line: l.line, role, text: normalize(doc.text.slice(l.start, l.end)).trim() }));
    return { doc, title: doc.title ?? articleLabel(doc, normalize), lines };
  });
}

/** The iframe snippet for the current view. */
function embedSnippet() {
  const base = new URL('.', location.href);
  const doc = selectedDoc();
  const state = { ...view, article: doc?.id ?? view.article, entity: null };
  const src = new URL(`embed.html${formatState(state)}`, base).href;
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${esc(src)}" title="Dateline: ${esc(doc ? articleLabel(doc, normalize) : 'article')}" style="width:100%;height:600px;border:0" loading="lazy"></iframe>\n<script src="${esc(new URL('embed.js', base).href)}" async></script>`;
}

function wireExport() {
  const box = /** @type {HTMLTextAreaElement} */ ($('embed-code'));
  document.querySelector('.embed-box')?.addEventListener('toggle', () => {
    box.value = embedSnippet();
  });
  $('embed-copy').addEventListener('click', async () => {
    box.value = embedSnippet();
    box.select();
    try {
      await navigator.clipboard.writeText(box.value);
      $('embed-copied').textContent = 'Copied.';
    } catch {
      $('embed-copied').textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  });
  const filter = () => ({ include: [...view.include], exclude: [...view.exclude], mode: view.mode, scope: view.scope });
  $('export-json').addEventListener('click', () => download('dateline-view.json', 'application/json', toJson(currentView(), filter())));
  $('export-csv').addEventListener('click', () => download('dateline-view.csv', 'text/csv', toCsv(currentView())));
}

/** @type {Explorer} */
let explorer;

async function main() {
  try {
    await init({ module_or_path: globalThis.DATELINE_SINGLE?.wasm ?? new URL('./pkg/dateline_bg.wasm', import.meta.url) });
    explorer = new Explorer();
    if (globalThis.DATELINE_SINGLE) analyseInPage(explorer);
    for (const c of explorer.countries()) countryNames.set(c.code, c.name);
    const bundled = await loadBundled();
    for (const d of bundled) bundledIds.add(d.id);
    const own = loadOwn().filter((d) => !bundledIds.has(d.id) && !explorer.checkText(d.text));
    ownCount = own.length;
    if (!(await analyseAll([...bundled, ...own]))) throw new Error('the articles could not be analysed');
    wireAdding();
    wireExport();
    for (const input of document.querySelectorAll('input[name="view"]')) {
      input.addEventListener('change', () => update({ view: /** @type {HTMLInputElement} */ (input).value }));
    }
    $('kwic-close').addEventListener('click', () => update({ entity: null }));
    $('echo-close').addEventListener('click', () => {
      $('echo-panel').hidden = true;
    });
    window.addEventListener('popstate', () => {
      view = parseState(location.hash);
      render();
    });
    for (const input of document.querySelectorAll('input[name="mode"]')) {
      input.addEventListener('change', () => update({ mode: /** @type {HTMLInputElement} */ (input).value }));
    }
    for (const input of document.querySelectorAll('input[name="scope"]')) {
      input.addEventListener('change', () => update({ scope: /** @type {HTMLInputElement} */ (input).value }));
    }
    renderLegend();
    const map = await loadMap();
    if (map) {
      mapSvg = /** @type {SVGSVGElement} */ (map.cloneNode(true));
      $('map').append(mapSvg);
    }
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
