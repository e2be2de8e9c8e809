// Building the article view. Article text enters the DOM only through
// text nodes (createTextNode / textContent), never as markup.

/** @typedef {import('./types.js').DocReport} DocReport */
/** @typedef {import('./types.js').EntityReport} EntityReport */

export const ENTITY_TYPES = [
  { type: 'PERSON', label: 'Person' },
  { type: 'ORG', label: 'Organisation' },
  { type: 'GPE', label: 'Country, city, state' },
  { type: 'LOC', label: 'Location' },
  { type: 'NORP', label: 'Nationality, group' },
];

/**
 * An element with text content, safely.
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A country's badge: its ISO code in a box. (Flag emoji are not drawn on
 * every system, Windows among them, so the code is what every reader sees.)
 * @param {string} code
 */
export function codeBadge(code) {
  const badge = el('span', 'cc', code);
  badge.setAttribute('aria-hidden', 'true');
  return badge;
}

/**
 * What the list shows for an article: its title, or the first words of its
 * first kept line.
 * @param {DocReport} doc
 * @param {(s: string) => string} normalize
 */
export function articleLabel(doc, normalize) {
  if (doc.title) return normalize(doc.title).trim();
  const first = doc.lines.find((l) => l.role !== 'boilerplate') ?? doc.lines[0];
  if (!first) return doc.id;
  const words = normalize(doc.text.slice(first.start, first.end)).trim().split(/\s+/);
  return words.slice(0, 10).join(' ') + (words.length > 10 ? '…' : '');
}

/**
 * One line's content: text pieces and highlighted entity mentions.
 * @param {DocReport} doc
 * @param {import('./types.js').LineReport} line
 * @param {EntityReport[]} entities  the line's entities, sorted by start
 * @param {(s: string) => string} normalize
 */
function lineContent(doc, line, entities, normalize) {
  const frag = document.createDocumentFragment();
  let at = line.start;
  for (const e of entities) {
    if (e.start < at) continue; // overlapping mentions: keep the first
    if (e.start > at) frag.append(document.createTextNode(normalize(doc.text.slice(at, e.start))));
    const mark = el('mark', `ent ent-${e.type}`);
    mark.tabIndex = 0;
    mark.dataset.type = e.type;
    mark.dataset.key = entityKey(e);
    const country = e.country ? ` · ${e.country}` : '';
    // Shown by CSS on hover and focus (attr() content is text, never markup).
    mark.dataset.tip = `${e.type} · ${e.canonical}${country}\n${e.why}`;
    mark.setAttribute('aria-label', `${doc.text.slice(e.start, e.end)} (${e.type}, ${e.canonical}${country})`);
    mark.append(document.createTextNode(doc.text.slice(e.start, e.end)));
    mark.append(el('span', 'ent-label', e.type));
    frag.append(mark);
    at = e.end;
  }
  if (at < line.end) frag.append(document.createTextNode(normalize(doc.text.slice(at, line.end))));
  return frag;
}

/** The key that groups mentions of one entity: "TYPE:canonical". */
export function entityKey(e) {
  return `${e.type}:${e.canonical}`;
}

/**
 * Mentions of each entity on the kept lines of the given articles.
 * @param {DocReport[]} docs
 * @param {(doc: DocReport) => Set<number>} flipsOf
 * @returns {Map<string, {type: string, canonical: string, country: string|null,
 *   mentions: {doc: DocReport, entity: EntityReport}[]}>}
 */
export function entityIndex(docs, flipsOf) {
  const index = new Map();
  for (const doc of docs) {
    const flips = flipsOf(doc);
    const kept = new Set(doc.lines.filter((l) => effectiveRole(l, flips).role !== 'boilerplate').map((l) => l.line));
    for (const entity of doc.entities) {
      if (!kept.has(entity.line)) continue;
      const key = entityKey(entity);
      if (!index.has(key)) index.set(key, { type: entity.type, canonical: entity.canonical, country: entity.country, mentions: [] });
      index.get(key).mentions.push({ doc, entity });
    }
  }
  return index;
}

/**
 * A mention in its line: up to `width` characters either side.
 * @param {DocReport} doc
 * @param {EntityReport} e
 * @param {(s: string) => string} normalize
 */
export function keywordInContext(doc, e, normalize, width = 48) {
  const line = doc.lines.find((l) => l.line === e.line);
  const from = Math.max(line.start, e.start - width);
  const to = Math.min(line.end, e.end + width);
  const left = normalize(doc.text.slice(from, e.start));
  const right = normalize(doc.text.slice(e.end, to));
  return {
    left: (from > line.start ? '…' : '') + left,
    mention: doc.text.slice(e.start, e.end),
    right: right + (to < line.end ? '…' : ''),
  };
}

/**
 * The role a reader sees: the core's, unless the reader reversed it.
 * @param {import('./types.js').LineReport} line
 * @param {Set<number>} flips
 */
export function effectiveRole(line, flips) {
  if (!flips.has(line.line)) return { role: line.role, why: line.why, flipped: false };
  if (line.role === 'boilerplate') return { role: 'body', why: `restored by you (was: ${line.why})`, flipped: true };
  return { role: 'boilerplate', why: 'removed by you', flipped: true };
}

/**
 * What the cleanup removed from an article, by kind, most lines first.
 * Reasons that differ only in their numbers are one kind, shown with the
 * range of each number: "repeated on 2 other pages" and "repeated on 5
 * other pages" are "repeated on 2–5 other pages". Any reason string works:
 * nothing here knows the core's wording.
 * @param {DocReport} doc
 * @param {Set<number>} flips
 * @returns {{removed: number, total: number, kinds: {reason: string, lines: number}[]}}
 */
export function cleanupSummary(doc, flips) {
  /** @type {Map<string, {words: string[], numbers: number[][], lines: number}>} */
  const kinds = new Map();
  let removed = 0;
  for (const line of doc.lines) {
    const { role, why } = effectiveRole(line, flips);
    if (role !== 'boilerplate') continue;
    removed += 1;
    const words = why.split(/\d+/);
    const key = words.join('\u0000');
    let kind = kinds.get(key);
    if (!kind) kinds.set(key, (kind = { words, numbers: [], lines: 0 }));
    kind.lines += 1;
    (why.match(/\d+/g) ?? []).forEach((n, i) => (kind.numbers[i] ??= []).push(Number(n)));
  }
  const range = (ns) => {
    const [lo, hi] = [Math.min(...ns), Math.max(...ns)];
    return lo === hi ? String(lo) : `${lo}–${hi}`;
  };
  const list = [...kinds.values()].map(({ words, numbers, lines }) => ({
    reason: words.map((w, i) => (i < numbers.length ? w + range(numbers[i]) : w)).join(''),
    lines,
  }));
  list.sort((a, b) => b.lines - a.lines || a.reason.localeCompare(b.reason));
  return { removed, total: doc.lines.length, kinds: list };
}

/**
 * The cleanup summary as a heading sentence and a list of kinds, each with
 * its number of lines: "24 of 80 lines removed:" · "download promo ×13" …
 * (a list, since reasons may hold commas and colons of their own).
 * @param {ReturnType<typeof cleanupSummary>} summary
 */
export function renderCleanupSummary({ removed, total, kinds }) {
  const frag = document.createDocumentFragment();
  if (removed === 0) {
    frag.append(el('p', 'cleanup-head', `No line removed (of ${total}).`));
    return frag;
  }
  frag.append(el('p', 'cleanup-head', `${removed} of ${total} ${total === 1 ? 'line' : 'lines'} removed: `));
  const list = el('ul', 'cleanup-kinds');
  for (const { reason, lines } of kinds) {
    const item = el('li');
    item.append(el('span', 'reason', reason), document.createTextNode(' '), el('span', 'count', `×${lines}`));
    item.title = `${lines} ${lines === 1 ? 'line' : 'lines'}: ${reason}`;
    list.append(item);
  }
  frag.append(list);
  return frag;
}

/**
 * The article body in one of three views: `clean` (kept lines only),
 * `removed` (every line, removed ones dimmed with their reason and a button
 * to reverse each decision) or `raw` (the text exactly as scraped).
 * @param {DocReport} doc
 * In paragraph mode, `lineFilter` says for each kept line whether it is
 * shown and which mentions made it match; the others fold into a marker.
 * @param {{view: 'clean'|'removed'|'raw', flips: Set<number>, normalize: (s: string) => string,
 *          onFlip: (line: number) => void,
 *          lineFilter?: (line: number) => ({show: boolean, why: EntityReport[]}),
 *          echoLabel?: (id: string) => string,
 *          onEcho?: (echo: import('./types.js').EchoReport) => void}} options
 */
export function renderArticle(doc, { view, flips, normalize, onFlip, lineFilter, echoLabel, onEcho }) {
  const frag = document.createDocumentFragment();
  if (view === 'raw') {
    frag.append(el('pre', 'raw', doc.text));
    return frag;
  }
  const byLine = new Map();
  for (const e of doc.entities) {
    if (!byLine.has(e.line)) byLine.set(e.line, []);
    byLine.get(e.line).push(e);
  }
  const echoesByLine = new Map();
  for (const e of doc.echoes) {
    if (!echoesByLine.has(e.line)) echoesByLine.set(e.line, []);
    echoesByLine.get(e.line).push(e);
  }
  // A long run of removed lines above the story gets a button to skip it.
  let removedAbove = 0;
  /** @type {HTMLElement|null} */
  let storyStart = null;
  let folded = 0;
  const fold = () => {
    if (folded === 0) return;
    frag.append(el('p', 'folded', `⋯ ${folded} paragraph${folded === 1 ? '' : 's'} without the chosen countries`));
    folded = 0;
  };
  for (const line of doc.lines) {
    const { role, why, flipped } = effectiveRole(line, flips);
    if (role === 'title' && !flipped) continue; // shown as the heading
    const removed = role === 'boilerplate';
    if (removed && view === 'clean') continue;
    const verdict = !removed && lineFilter ? lineFilter(line.line) : null;
    if (verdict && !verdict.show) {
      folded += 1;
      continue;
    }
    fold();
    const node = el(role === 'subheading' ? 'h3' : 'p', `line role-${role}${flipped ? ' flipped' : ''}`);
    node.dataset.line = String(line.line);
    node.append(lineContent(doc, line, byLine.get(line.line) ?? [], normalize));
    for (const echo of removed ? [] : (echoesByLine.get(line.line) ?? [])) {
      const marker = el('button', `echo echo-${echo.kind}`, `${echo.kind === 'exact' ? '≡' : '≈'} also in ${echoLabel?.(echo.other) ?? echo.other}`);
      marker.type = 'button';
      marker.title = `${echo.kind === 'exact' ? 'Exact copy' : `Near copy (similarity ${echo.similarity.toFixed(2)})`} of line ${echo.other_line}: open both side by side`;
      marker.addEventListener('click', () => onEcho?.(echo));
      node.append(marker);
    }
    if (verdict && verdict.why.length) {
      const names = [...new Set(verdict.why.map((m) => `${m.country}: ${doc.text.slice(m.start, m.end)}`))];
      node.append(el('span', 'matched', `matched ${names.join(', ')}`));
    }
    if (view === 'removed') {
      if (removed || flipped) node.append(el('span', 'why', removed ? `removed: ${why}` : why));
      const button = el('button', 'flip', removed ? 'Restore' : 'Remove');
      button.type = 'button';
      button.setAttribute('aria-label', `${removed ? 'Restore' : 'Remove'} line ${line.line}`);
      button.addEventListener('click', () => onFlip(line.line));
      node.append(button);
    }
    if (!storyStart) {
      if (removed) removedAbove += 1;
      else storyStart = node;
    }
    frag.append(node);
  }
  fold();
  const start = storyStart;
  if (view === 'removed' && start && removedAbove >= SKIP_FROM) {
    const skip = el('button', 'skip-removed', `↓ Skip ${removedAbove} removed lines to the story`);
    skip.type = 'button';
    skip.addEventListener('click', () => {
      start.tabIndex = -1;
      start.scrollIntoView({ block: 'start' });
      start.focus({ preventScroll: true });
    });
    frag.prepend(skip);
  }
  return frag;
}

/** Removed lines above the story from which "Show removed" offers to skip them. */
const SKIP_FROM = 12;

/**
 * A long list that keeps only the rows in view (and a few either side) in
 * the DOM: the `<ol>` scrolls, every row has the height `--row-h` set in
 * the stylesheet and sits at `--i` rows from the top, and `--rows` sizes the
 * list. Each row carries `aria-posinset`/`aria-setsize`, so assistive
 * technology hears where it is in the whole list. The list is one tab stop
 * (the active row: the selected one, or the last focused); ↑ ↓ Home End
 * PageUp PageDown move the focus from row to row, scrolling as needed, and
 * Enter or Space presses the row's button. Rows are kept by key and reused,
 * so a redraw touches only rows that come into view or leave it, and a
 * focused row stays in the DOM even when scrolled away.
 * @template T
 */
export class VirtualList {
  /**
   * @param {HTMLElement} list  the scrolling `<ol>`
   * @param {{key: (item: T) => string,
   *          create: (item: T) => HTMLLIElement,
   *          update: (li: HTMLLIElement, item: T) => void,
   *          empty: () => HTMLElement}} rows
   */
  constructor(list, rows) {
    this.list = list;
    this.rows = rows;
    /** @type {T[]} */
    this.items = [];
    /** @type {Map<string, number>} key → index in items */
    this.index = new Map();
    /** @type {Map<string, HTMLLIElement>} rows in the DOM, by key */
    this.shown = new Map();
    /** @type {string|null} the row that holds the tab stop */
    this.activeKey = null;
    this.rowHeight = 0;
    // Cached so that a redraw reads no layout: updated on scroll and resize.
    this.top = 0;
    this.height = 0;
    list.addEventListener(
      'scroll',
      () => {
        this.top = list.scrollTop;
        this.draw();
      },
      { passive: true },
    );
    /** @type {{key: string, center: boolean}|null} a reveal asked for before the first layout */
    this.pending = null;
    new ResizeObserver(() => {
      const height = list.clientHeight;
      const measured = this.measureRow();
      if (height === this.height && !measured) return;
      this.height = height;
      this.draw();
      if (this.pending && this.rowHeight) {
        const { key, center } = this.pending;
        this.pending = null;
        this.reveal(key, center);
      }
    }).observe(list);
    list.addEventListener('keydown', (event) => this.onKey(event));
    list.addEventListener('focusin', (event) => {
      const li = /** @type {HTMLElement} */ (event.target).closest('li[data-key]');
      if (li && li.dataset.key !== this.activeKey) {
        this.activeKey = li.dataset.key ?? null;
        this.draw();
      }
    });
  }

  /**
   * Shows `items` (the same array again costs only a redraw); `fresh` drops
   * the rows built for earlier items with the same keys (their content
   * changed).
   * @param {T[]} items
   */
  setItems(items, fresh = false) {
    if (fresh) {
      for (const li of this.shown.values()) li.remove();
      this.shown.clear();
    }
    if (items !== this.items || fresh) {
      this.items = items;
      this.index = new Map(items.map((item, i) => [this.rows.key(item), i]));
      this.list.dataset.count = String(items.length);
      this.list.style.setProperty('--rows', String(items.length));
    }
    this.draw();
  }

  /** Makes `key` the row that holds the tab stop. */
  setActive(key) {
    this.activeKey = key;
  }

  /**
   * Scrolls the list so that the row of `key` is in view (centred if
   * asked). Before the first layout it waits for the ResizeObserver, so
   * as not to force one.
   */
  reveal(key, center = false) {
    if (!this.rowHeight || !this.height) {
      this.pending = { key, center };
      return;
    }
    const i = this.index.get(key);
    if (i === undefined) return;
    const h = this.measure();
    const view = this.height;
    let top = this.top;
    if (center) top = i * h - (view - h) / 2;
    else if (i * h < top) top = i * h;
    else if ((i + 1) * h > top + view) top = (i + 1) * h - view;
    top = Math.max(0, Math.min(top, this.items.length * h - view));
    if (Math.abs(top - this.top) < 1) return;
    this.list.scrollTop = top;
    this.top = top; // (reading scrollTop back would force a layout; the scroll event corrects it)
    this.draw();
  }

  /**
   * The row height in pixels. Until a row has been laid out it is a guess
   * (the ResizeObserver measures one after the first layout, without
   * forcing a layout of its own); rows in view are drawn either way.
   */
  measure() {
    return this.rowHeight || 90;
  }

  /** Takes the row height from a laid-out row (layout is clean in a ResizeObserver callback). */
  measureRow() {
    const row = /** @type {HTMLElement|undefined} */ (this.shown.values().next().value);
    const height = row?.getBoundingClientRect().height;
    if (!height || Math.abs(height - this.rowHeight) < 0.01) return false;
    this.rowHeight = height;
    return true;
  }

  /** Brings the DOM in line with the items, the scroll position and the focus. */
  draw() {
    const { list, items, rows } = this;
    const n = items.length;
    if (n === 0) {
      for (const li of this.shown.values()) li.remove();
      this.shown.clear();
      if (!list.querySelector('.none')) list.append(rows.empty());
      return;
    }
    list.querySelector(':scope > .none')?.remove();
    const h = this.measure();
    const view = this.height || window.innerHeight;
    const overscan = 6;
    const first = Math.max(0, Math.floor(this.top / h) - overscan);
    const last = Math.min(n - 1, Math.ceil((this.top + view) / h) + overscan);
    const wanted = new Set();
    for (let i = first; i <= last; i++) wanted.add(i);
    // The active row (the tab stop) and the focused row stay, wherever they are.
    let active = this.activeKey === null ? undefined : this.index.get(this.activeKey);
    if (active === undefined) active = first;
    wanted.add(active);
    const focused = /** @type {HTMLElement|null} */ (document.activeElement)?.closest?.('li[data-key]');
    const focusedAt = focused && list.contains(focused) ? this.index.get(focused.dataset.key ?? '') : undefined;
    if (focusedAt !== undefined) wanted.add(focusedAt);
    const order = [...wanted].sort((a, b) => a - b);
    /** @type {Map<string, HTMLLIElement>} */
    const next = new Map();
    for (const i of order) {
      const item = items[i];
      const key = rows.key(item);
      let li = this.shown.get(key);
      if (!li) {
        li = rows.create(item);
        li.dataset.key = key;
      }
      if (li.getAttribute('aria-posinset') !== String(i + 1)) {
        li.setAttribute('aria-posinset', String(i + 1));
        li.style.setProperty('--i', String(i));
      }
      if (li.getAttribute('aria-setsize') !== String(n)) li.setAttribute('aria-setsize', String(n));
      const tab = i === active ? 0 : -1;
      for (const control of li.querySelectorAll('button')) {
        if (/** @type {HTMLButtonElement} */ (control).tabIndex !== tab) /** @type {HTMLButtonElement} */ (control).tabIndex = tab;
      }
      rows.update(li, item);
      next.set(key, li);
    }
    for (const [key, li] of this.shown) if (!next.has(key)) li.remove();
    // Rows that stay keep their order, so new ones are only inserted
    // around them (a focused row is never taken out and put back).
    let cursor = list.firstElementChild;
    for (const li of next.values()) {
      if (cursor === li) cursor = cursor.nextElementSibling;
      else list.insertBefore(li, cursor);
    }
    this.shown = next;
  }

  /** Arrow keys, Home, End, PageUp and PageDown move the focus. */
  onKey(event) {
    const li = /** @type {HTMLElement} */ (event.target).closest('li[data-key]');
    if (!li || event.altKey || event.ctrlKey || event.metaKey) return;
    const i = this.index.get(li.dataset.key ?? '');
    if (i === undefined) return;
    const page = Math.max(1, Math.floor((this.height || window.innerHeight) / this.measure()) - 1);
    const n = this.items.length;
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: n - 1, PageDown: i + page, PageUp: i - page }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.focusAt(Math.max(0, Math.min(n - 1, to)));
  }

  /** Moves the focus to the row at `i`. */
  focusAt(i) {
    const key = this.rows.key(this.items[i]);
    this.activeKey = key;
    this.reveal(key);
    this.draw();
    /** @type {HTMLElement|null|undefined} */ (this.shown.get(key)?.querySelector('button'))?.focus();
  }
}
