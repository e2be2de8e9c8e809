// Dateline explorer: loads the bundled articles, analyses them in
// WebAssembly and shows one at a time. What the reader chooses lives in the
// URL (state.js), so links are shareable and the back button works.
//
// Speed: the wasm tables are built once, in the worker (analysis.js), which
// starts before anything else; the page only instantiates the compiled
// module for `normalize`. What the filter needs per article (its country
// set, per paragraph) is computed once per set of flips; a click redraws
// only what it changed: the list is virtual (render.js VirtualList), the
// chips, table and map are built once per set of counts and then only
// re-marked, and the article is rebuilt only when its content changes.

import init, { Explorer, decodeHtml, normalize } from './pkg/dateline.js';
import {
  ENTITY_TYPES,
  VirtualList,
  articleLabel,
  cleanupSummary,
  codeBadge,
  el,
  effectiveRole,
  entityIndex,
  keywordInContext,
  renderArticle,
  renderCleanupSummary,
} from './render.js';
import { analyseInPage, analyze, cancel, checkArticles, compiledModule, countryList, decodePage, prepare } from './analysis.js';
import { wordDiff } from './diff.js';
import { download, toCsv, toJson } from './export.js';
import { ACCEPT, MAX_BYTES, readFile } from './own.js';
import { articleDate, byline, language, shownDate } from './meta.js';
import { countryCounts, countryMentionsByLine, isActive, matchedMentions, passes } from './filter.js';
import { loadMap, markMap, onMapPick, shadeMap } from './map.js';
import { formatState, parseState } from './state.js';

/** @typedef {import('./types.js').DocReport} DocReport */
/** @typedef {import('./types.js').EntityReport} EntityReport */
/** @typedef {import('./types.js').ArticleInput} ArticleInput */

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @type {DocReport[]} */
let docs = [];
/** @type {Map<string, DocReport>} */
let docById = new Map();
/** Bumped whenever `docs` is replaced: caches keyed on it start over. */
let docsVersion = 0;
/** The articles as given: bundled first, then the reader's own.
 * @type {ArticleInput[]} */
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

/**
 * An article as the analyser takes it: `{id, text}` or `{id, html}`, with a
 * record's `title`, `url` and `date` where it has them; other fields go.
 * @returns {ArticleInput|null}
 */
function articleInput(entry) {
  if (typeof entry?.id !== 'string') return null;
  /** @type {ArticleInput} */
  const article = { id: entry.id };
  if (typeof entry.html === 'string') article.html = entry.html;
  else if (typeof entry.text === 'string') article.text = entry.text;
  else return null;
  for (const key of ['title', 'url', 'date']) if (typeof entry[key] === 'string') article[key] = entry[key];
  return article;
}

async function loadBundled() {
  // The single-file build (./build.sh single) carries its articles inline.
  if (globalThis.DATELINE_SINGLE) return globalThis.DATELINE_SINGLE.articles;
  const index = await fetch('articles/index.json');
  if (!index.ok) throw new Error(`cannot load the article list (${index.status})`);
  // The build puts each text or page in the index (one request); an index
  // without them (a hand-made one) still works, one request per article.
  /** @type {{id: string, file: string, text?: string, html?: string}[]} */
  const entries = await index.json();
  return Promise.all(
    entries.map(async (entry) => {
      const article = articleInput(entry);
      if (article) return article;
      const res = await fetch(entry.file);
      if (!res.ok) throw new Error(`cannot load ${entry.file} (${res.status})`);
      if (!/\.x?html?$/i.test(entry.file)) return { id: entry.id, text: await res.text() };
      const { html } = await decodePage(new Uint8Array(await res.arrayBuffer()));
      return { id: entry.id, html };
    }),
  );
}

/** Applies a change to the view state as a new history entry. */
function update(change) {
  view = { ...view, ...change };
  history.pushState(null, '', formatState(view));
  render();
}

const NO_FLIPS = new Set();
/** @returns {Set<number>} */
const flipsOf = (doc) => view.flips.get(doc.id) ?? NO_FLIPS;
const flipsKey = (flips) => (flips.size ? [...flips].sort((a, b) => a - b).join('.') : '');
/** Every article's flips as one string: caches over all articles key on it. */
const allFlipsKey = () =>
  [...view.flips]
    .filter(([, lines]) => lines.size)
    .map(([id, lines]) => `${id}:${flipsKey(lines)}`)
    .sort()
    .join(';');

/**
 * @typedef {Object} Derived  what the filter needs of one article, for one set of flips
 * @property {DocReport} doc
 * @property {string} flips                       the flips it was computed for
 * @property {Map<number, EntityReport[]>} byLine country mentions per kept line
 * @property {Set<string>[]} lineCodes            the countries of each of those lines
 * @property {Set<string>} codes                  the article's countries (kept lines)
 */
/** @type {Map<string, Derived>} */
const derivedCache = new Map();

/** @returns {Derived} */
function derived(doc) {
  const flips = flipsOf(doc);
  const key = flipsKey(flips);
  const cached = derivedCache.get(doc.id);
  if (cached && cached.doc === doc && cached.flips === key) return cached;
  // Kept: the core's decision, unless the reader reversed it (effectiveRole).
  const kept = new Set();
  for (const l of doc.lines) if ((l.role !== 'boilerplate') !== flips.has(l.line)) kept.add(l.line);
  const byLine = countryMentionsByLine(doc, kept);
  const lineCodes = [...byLine.values()].map((ms) => new Set(ms.map((m) => m.country)));
  const codes = new Set();
  for (const set of lineCodes) for (const c of set) codes.add(c);
  const d = { doc, flips: key, byLine, lineCodes, codes };
  derivedCache.set(doc.id, d);
  return d;
}

/** The last few filters' results, so that turning a country off and on again costs nothing. */
const matchCache = new Map();

let orderCache = { key: '', docs: /** @type {DocReport[]} */ ([]) };
/** Every article in the list's order: as loaded, or by the page's date
 * (newest or oldest first; articles without a date last, as loaded). */
function orderedDocs() {
  if (view.sort === 'loaded') return docs;
  const key = `${docsVersion}|${view.sort}`;
  if (orderCache.key !== key) {
    const sign = view.sort === 'oldest' ? 1 : -1;
    const dated = docs.map((doc, i) => ({ doc, i, t: articleDate(doc.meta?.date) }));
    dated.sort((a, b) => {
      if (a.t === null || b.t === null) return a.t === null ? (b.t === null ? a.i - b.i : 1) : -1;
      return sign * (a.t - b.t) || a.i - b.i;
    });
    orderCache = { key, docs: dated.map((d) => d.doc) };
  }
  return orderCache.docs;
}

/** Articles that pass the country filter, in the list's order (the same
 * array for the same filter). */
function matchingDocs() {
  const ordered = orderedDocs();
  if (!isActive(view)) return ordered;
  const key = `${docsVersion}|${view.sort}|${allFlipsKey()}|${[...view.include].sort()}|${[...view.exclude].sort()}|${view.mode}|${view.scope}`;
  let found = matchCache.get(key);
  if (!found) {
    found = ordered.filter((doc) => {
      const d = derived(doc);
      if (!passes(d.codes, view)) return false;
      // Paragraph scope: at least one paragraph passes on its own.
      return view.scope !== 'paragraph' || d.lineCodes.some((codes) => passes(codes, view));
    });
    if (matchCache.size >= 16) matchCache.delete(matchCache.keys().next().value);
    matchCache.set(key, found);
  }
  return found;
}

let countsCache = { key: '', counts: new Map() };
/** Articles, paragraphs and mentions per country, over every article. */
function counts() {
  const key = `${docsVersion}|${allFlipsKey()}`;
  if (countsCache.key !== key) countsCache = { key, counts: countryCounts(docs.map(derived)) };
  return countsCache.counts;
}

function selectedDoc(visible = docs) {
  const chosen = view.article ? docById.get(view.article) : undefined;
  if (chosen && (visible.length === docs.length || visible.includes(chosen))) return chosen;
  return visible[0] ?? chosen ?? docs[0];
}

/** What the list shows of each article, computed when first shown. */
const rowText = new Map();
function rowTextOf(doc) {
  let t = rowText.get(doc);
  if (!t) {
    const kept = doc.lines.filter((l) => l.role !== 'boilerplate').length;
    // The page's date and site first: they tell articles apart at a glance.
    const about = [shownDate(doc.meta?.date), doc.meta?.site].filter(Boolean);
    const counts = `${kept}/${doc.lines.length} lines kept · ${doc.entities.length} ${doc.entities.length === 1 ? 'mention' : 'mentions'}`;
    t = { label: articleLabel(doc, normalize), meta: [...about, counts].join(' · ') };
    rowText.set(doc, t);
  }
  return t;
}

/** The article list: virtual, so 1,000 articles cost what 20 do. */
let articleList;
/** The article shown, for the list's aria-current. */
let currentId = null;

function makeArticleList() {
  articleList = new VirtualList($('article-list'), {
    key: (doc) => doc.id,
    create(doc) {
      const { label, meta } = rowTextOf(doc);
      const item = /** @type {HTMLLIElement} */ (el('li', 'article-row'));
      const button = el('button', 'article-link');
      button.type = 'button';
      button.dataset.id = doc.id;
      button.title = label;
      button.append(el('span', 'label', label));
      // The line's words give way (an ellipsis) before its Remove button does.
      const line = el('span', 'meta');
      const words = el('span', 'meta-text', meta);
      words.title = meta;
      line.append(words);
      if (!bundledIds.has(doc.id)) {
        const remove = el('button', 'remove-own', 'Remove');
        remove.type = 'button';
        remove.dataset.id = doc.id;
        remove.setAttribute('aria-label', `Remove ${doc.id} (your article)`);
        line.append(remove);
      }
      item.append(button, line);
      return item;
    },
    update(item, doc) {
      const button = /** @type {HTMLElement} */ (item.firstElementChild);
      const current = String(doc.id === currentId);
      if (button.getAttribute('aria-current') !== current) button.setAttribute('aria-current', current);
    },
    empty: () => el('li', 'none', 'No article matches the chosen countries.'),
  });
  $('article-list').addEventListener('click', (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest('button');
    if (!button?.dataset.id) return;
    if (button.classList.contains('remove-own')) removeOwn(button.dataset.id);
    else update({ article: button.dataset.id });
  });
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

/** The counts the chips, table and map show now. */
let shownCounts = null;
/** @type {Map<string, HTMLElement>} chip per country code */
let chips = new Map();

/** Chips, table and map shading: rebuilt only when the counts change. */
function buildFilter(counts) {
  const codes = [...counts.keys()].sort(
    (a, b) => counts.get(b).articles - counts.get(a).articles || counts.get(b).paragraphs - counts.get(a).paragraphs || nameOf(a).localeCompare(nameOf(b)),
  );
  chips = new Map();
  $('countries').replaceChildren(
    ...codes.map((code) => {
      const c = counts.get(code);
      const item = el('li', 'country-chip state-off');
      item.dataset.code = code;
      item.dataset.state = 'off';
      const include = el('button', 'chip-include');
      include.type = 'button';
      include.setAttribute('aria-pressed', 'false');
      include.setAttribute('aria-label', `Include ${nameOf(code)}: ${c.articles} articles, ${c.paragraphs} paragraphs`);
      include.append(codeBadge(code), document.createTextNode(` ${nameOf(code)} `), el('span', 'count', `${c.articles} · ${c.paragraphs}¶`));
      const exclude = el('button', 'chip-exclude', '−');
      exclude.type = 'button';
      exclude.setAttribute('aria-pressed', 'false');
      exclude.setAttribute('aria-label', `Exclude ${nameOf(code)}`);
      item.append(include, exclude);
      chips.set(code, item);
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
  if (mapSvg) shadeMap(mapSvg, counts);
  shownCounts = counts;
}

/** The filter panel: chip states, the map, the summary. */
function renderFilter(visible) {
  const all = counts();
  if (all !== shownCounts) buildFilter(all);
  for (const [code, item] of chips) {
    const state = view.include.has(code) ? 'include' : view.exclude.has(code) ? 'exclude' : 'off';
    if (item.dataset.state === state) continue;
    item.dataset.state = state;
    item.className = `country-chip state-${state}`;
    item.querySelector('.chip-include')?.setAttribute('aria-pressed', String(state === 'include'));
    item.querySelector('.chip-exclude')?.setAttribute('aria-pressed', String(state === 'exclude'));
  }
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
    : `${docs.length} articles; ${all.size} countries mentioned.`;
  if (mapSvg) markMap(mapSvg, view);
}

/** @type {SVGSVGElement|null} */
let mapSvg = null;

/** Puts the world map in place, shaded, once it has loaded. */
function placeMap(map) {
  if (!map || mapSvg) return;
  mapSvg = /** @type {SVGSVGElement} */ (map.cloneNode(true));
  onMapPick(mapSvg, (code) => cycle(code));
  if (shownCounts) shadeMap(mapSvg, shownCounts);
  markMap(mapSvg, view);
  $('map').append(mapSvg);
}

/** Both versions of an echoed line, side by side, with a word-level diff. */
function showEcho(doc, echo) {
  const other = docById.get(echo.other);
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
      button.append(document.createTextNode(v.canonical), el('span', 'count', String(v.mentions.length)));
      const item = el('li');
      item.append(button);
      list.append(item);
    }
    group.append(list);
    panel.append(group);
  }
  if (!panel.firstChild) panel.append(el('p', 'none', 'No entity on the kept lines.'));
}

/** Mentions of every entity across all articles, per set of flips. */
let entityCache = { key: '', index: new Map() };
function allEntities() {
  const key = `${docsVersion}|${allFlipsKey()}`;
  if (entityCache.key !== key) entityCache = { key, index: entityIndex(docs, flipsOf) };
  return entityCache.index;
}

/** Every mention of the focused entity across all articles, in context. */
let shownKwic = '';
function renderKwic() {
  const box = $('kwic');
  const key = view.entity;
  const entry = key ? allEntities().get(key) : undefined;
  box.hidden = !entry;
  for (const mark of document.querySelectorAll('#article-body mark.ent')) {
    const focused = /** @type {HTMLElement} */ (mark).dataset.key === key;
    if (mark.classList.contains('focused') !== focused) mark.classList.toggle('focused', focused);
  }
  const kwicKey = entry ? `${key}|${entityCache.key}` : '';
  if (!entry || kwicKey === shownKwic) return;
  shownKwic = kwicKey;
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
        articleList.reveal(doc.id);
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

/** What the article pane shows now; it is rebuilt only when this changes. */
let shownArticle = '';
/** The last few article bodies built, by what they show: going back to one
 * (a country turned off again, the previous article) reuses its nodes. */
const builtArticles = new Map();
let shownPanels = '';

/** The selected article: title, body, and the side panels about it. */
function renderSelected(doc, visible) {
  const flips = flipsOf(doc);
  const { byLine } = derived(doc);
  const filtering = isActive(view);
  const paragraphs = view.scope === 'paragraph' && filtering;
  const filterKey = paragraphs ? `${[...view.include].sort()}|${[...view.exclude].sort()}|${view.mode}` : '';
  const articleKey = `${docsVersion}|${doc.id}|${view.view}|${flipsKey(flips)}|${filterKey}`;
  if (articleKey !== shownArticle) {
    shownArticle = articleKey;
    const lineFilter = paragraphs
      ? (line) => {
          const mentions = byLine.get(line) ?? [];
          return { show: passes(new Set(mentions.map((m) => m.country)), view), why: matchedMentions(mentions, view) };
        }
      : undefined;
    $('article-title').textContent = doc.title ? normalize(doc.title).trim() : articleLabel(doc, normalize);
    $('article-title').classList.toggle('untitled', !doc.title);
    // The page's language, where it states one: screen readers speak the
    // article in it, and the browser hyphenates and picks fonts for it.
    const lang = language(doc.meta);
    for (const id of ['article-title', 'article-body']) {
      if (lang) $(id).lang = lang;
      else $(id).removeAttribute('lang');
    }
    const about = byline(doc.meta);
    $('article-byline').replaceChildren(...about);
    $('article-byline').hidden = about.length === 0;
    let nodes = builtArticles.get(articleKey);
    if (nodes) builtArticles.delete(articleKey); // (set again below, as the newest)
    else {
      const body = renderArticle(doc, {
        view: view.view,
        flips,
        normalize,
        lineFilter,
        echoLabel: (id) => {
          const other = docById.get(id);
          return other ? rowTextOf(other).label : id;
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
      });
      nodes = [...body.childNodes];
    }
    builtArticles.set(articleKey, nodes);
    if (builtArticles.size > 8) builtArticles.delete(builtArticles.keys().next().value);
    $('article-body').replaceChildren(...nodes);
  }
  const why = $('match-why');
  why.hidden = !filtering || !visible.includes(doc);
  if (filtering) {
    const docMentions = matchedMentions([...byLine.values()].flat(), view);
    why.textContent = `Matched by ${[...new Set(docMentions.map((m) => `${m.country}: ${doc.text.slice(m.start, m.end)} (line ${m.line})`))].slice(0, 8).join('; ') || 'no excluded country'}.`;
  } else why.textContent = '';
  const panelsKey = `${docsVersion}|${doc.id}|${flipsKey(flips)}`;
  if (panelsKey !== shownPanels) {
    shownPanels = panelsKey;
    const kept = doc.lines.filter((l) => effectiveRole(l, flips).role !== 'boilerplate' && l.role !== 'title').length;
    const echoed = new Set(doc.echoes.map((e) => e.line)).size;
    $('echo-share').textContent = echoed
      ? `${echoed} of ${kept} paragraphs echo other articles.`
      : `No paragraph echoes another article.`;
    renderArticleCountries(doc);
    renderEntityPanel(doc);
    $('cleanup-summary').replaceChildren(renderCleanupSummary(cleanupSummary(doc, flips)));
  }
  for (const button of $('entity-panel').querySelectorAll('.entity-link')) {
    const pressed = String(/** @type {HTMLElement} */ (button).dataset.key === view.entity);
    if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
  }
}

function render() {
  if (docs.length === 0) return;
  const visible = matchingDocs();
  const doc = selectedDoc(visible);
  // The list first: it reads no layout, and what follows only writes.
  currentId = doc?.id ?? null;
  if (doc) articleList.setActive(doc.id);
  const newList = visible !== articleList.items;
  articleList.setItems(visible, freshRows);
  freshRows = false;
  // A new list (the filter changed) keeps the article shown in view.
  if (newList && doc) articleList.reveal(doc.id);
  renderFilter(visible);
  if (!doc) return;
  renderSelected(doc, visible);
  for (const input of document.querySelectorAll('input[name="view"]')) {
    /** @type {HTMLInputElement} */ (input).checked = /** @type {HTMLInputElement} */ (input).value === view.view;
  }
  /** @type {HTMLSelectElement} */ ($('sort')).value = view.sort;
  for (const { type } of ENTITY_TYPES) {
    /** @type {HTMLInputElement} */ ($(`type-${type}`)).checked = !view.hidden.has(type);
    document.body.classList.toggle(`hide-${type}`, view.hidden.has(type));
  }
  if (/** @type {HTMLDetailsElement|null} */ (document.querySelector('.embed-box'))?.open) {
    /** @type {HTMLTextAreaElement} */ ($('embed-code')).value = embedSnippet();
  }
  renderKwic();
}

/** Takes a new analysis: every cache built on the old one starts over. */
function setDocs(next) {
  docs = next;
  docById = new Map(docs.map((d) => [d.id, d]));
  docsVersion += 1;
  derivedCache.clear();
  matchCache.clear();
  orderCache = { key: '', docs: [] };
  builtArticles.clear();
  rowText.clear();
  freshRows = true;
}

/** Whether the list's rows were built for an earlier analysis. */
let freshRows = false;

/** Analyses every article in the worker; shows progress and a cancel button. */
async function analyseAll(next) {
  status(`Analysing ${next.length} article${next.length === 1 ? '' : 's'}…`);
  $('cancel').hidden = false;
  try {
    const report = await analyze(next);
    inputs = next;
    setDocs(report.docs);
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
    return Array.isArray(own) ? own.map(articleInput).filter(Boolean) : [];
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

/**
 * Adds the reader's articles, unless one is bad: then nothing changes.
 * @param {ArticleInput[]} articles  (an empty id: pasted text, named here)
 */
async function addOwn(articles) {
  let problem;
  try {
    const checked = articles.map((a) => ({ ...a, id: a.id || 'the pasted text' }));
    problem = (await checkArticles(checked)).find(Boolean);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
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
    return { ...a, id };
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
      read.push(...(await readFile(file, decodePage)));
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
  /** @type {HTMLInputElement} */ ($('file-input')).accept = ACCEPT;
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
  return matchingDocs().map((doc) => {
    const { byLine } = derived(doc);
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

/** Wires the page's controls (before the articles arrive: they act only once there are some). */
function wire() {
  makeArticleList();
  renderLegend();
  wireAdding();
  wireExport();
  for (const input of document.querySelectorAll('input[name="view"]')) {
    input.addEventListener('change', () => update({ view: /** @type {HTMLInputElement} */ (input).value }));
  }
  $('sort').addEventListener('change', (event) => {
    update({ sort: /** @type {HTMLSelectElement} */ (event.target).value });
  });
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
  $('countries').addEventListener('click', (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest('button');
    const code = button?.closest('li')?.dataset.code;
    if (code) cycle(code, button.classList.contains('chip-exclude') ? 'exclude' : 'include');
  });
  $('entity-panel').addEventListener('click', (event) => {
    const key = /** @type {HTMLElement} */ (event.target).closest('.entity-link')?.dataset.key;
    if (key) update({ entity: view.entity === key ? null : key });
  });
}

async function main() {
  try {
    // Everything that can start at once does: the worker compiles the wasm
    // and builds its tables while the articles and the map are fetched.
    const single = globalThis.DATELINE_SINGLE;
    if (single) {
      await init({ module_or_path: single.wasm });
      analyseInPage(new Explorer(), decodeHtml);
    }
    prepare();
    const names = countryList();
    const wasm = compiledModule();
    const map = loadMap();
    // (Awaited below; a failure there is reported once, by the catch.)
    names.catch(() => {});
    wasm.catch(() => {});
    const bundled = await loadBundled();
    for (const d of bundled) bundledIds.add(d.id);
    let own = loadOwn().filter((d) => !bundledIds.has(d.id));
    if (own.length) {
      const problems = await checkArticles(own);
      own = own.filter((_, i) => !problems[i]);
    }
    ownCount = own.length;
    const analysed = analyseAll([...bundled, ...own]);
    // While the worker analyses, the page gets ready: its controls, the
    // map, its own wasm instance (for normalize), and the collator that
    // sorts names (its first use costs ~15 ms).
    wire();
    'a'.localeCompare('b');
    placeMap(await map.catch(() => null));
    const module = await wasm;
    if (module) await init({ module_or_path: module });
    for (const c of await names) countryNames.set(c.code, c.name);
    if (!(await analysed)) throw new Error('the articles could not be analysed');
    performance.mark('dateline:analysed'); // for the bench's breakdown of the first render
    document.querySelector('main').hidden = false;
    render();
    if (view.article) articleList.reveal(view.article, true);
    status('');
    document.body.dataset.ready = 'true';
  } catch (error) {
    status(`Dateline could not start: ${error instanceof Error ? error.message : String(error)}`, true);
    document.body.dataset.ready = 'error';
  }
}

main();
