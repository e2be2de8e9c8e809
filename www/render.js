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
  if (doc.title) return doc.title;
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
    const country = e.country ? ` · ${e.country}` : '';
    mark.title = `${e.type}: ${e.canonical}${country}\n${e.why}`;
    mark.setAttribute('aria-label', `${doc.text.slice(e.start, e.end)} (${e.type}, ${e.canonical}${country})`);
    mark.append(document.createTextNode(doc.text.slice(e.start, e.end)));
    mark.append(el('span', 'ent-label', e.type));
    frag.append(mark);
    at = e.end;
  }
  if (at < line.end) frag.append(document.createTextNode(normalize(doc.text.slice(at, line.end))));
  return frag;
}

/**
 * The article body: kept lines as paragraphs and headings; removed lines
 * hidden, or shown struck through with their reason.
 * @param {DocReport} doc
 * @param {{showRemoved: boolean, normalize: (s: string) => string}} options
 */
export function renderArticle(doc, { showRemoved, normalize }) {
  const frag = document.createDocumentFragment();
  const byLine = new Map();
  for (const e of doc.entities) {
    if (!byLine.has(e.line)) byLine.set(e.line, []);
    byLine.get(e.line).push(e);
  }
  for (const line of doc.lines) {
    if (line.role === 'title') continue; // shown as the heading
    const removed = line.role === 'boilerplate';
    if (removed && !showRemoved) continue;
    const node = el(line.role === 'subheading' ? 'h3' : 'p', `line role-${line.role}`);
    node.dataset.line = String(line.line);
    node.append(lineContent(doc, line, byLine.get(line.line) ?? [], normalize));
    if (removed) node.append(el('span', 'why', `removed: ${line.why}`));
    frag.append(node);
  }
  return frag;
}
