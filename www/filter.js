// Country filtering: which articles, and which paragraphs, match the
// reader's choice of countries. Pure functions over the analysis.

/** @typedef {import('./types.js').DocReport} DocReport */
/** @typedef {import('./types.js').EntityReport} EntityReport */

/**
 * @typedef {Object} CountryFilter
 * @property {Set<string>} include   ISO codes the reader chose
 * @property {Set<string>} exclude   ISO codes the reader ruled out
 * @property {'any'|'all'} mode      match any chosen country, or all of them
 * @property {'article'|'paragraph'} scope
 */

/** Whether a set of country codes passes the filter. */
export function passes(codes, { include, exclude, mode }) {
  for (const c of exclude) if (codes.has(c)) return false;
  if (include.size === 0) return true;
  // Runs for every article on every click: no allocation.
  const all = mode === 'all';
  for (const c of include) {
    if (codes.has(c) !== all) return !all;
  }
  return all;
}

/** Whether the filter asks for anything. */
export function isActive(filter) {
  return filter.include.size > 0 || filter.exclude.size > 0;
}

/** Mentions that count for a country (an organisation's name does not). */
const COUNTRY_TYPES = new Set(['GPE', 'NORP', 'LOC']);

/**
 * Country mentions per kept line of an article: line number → mentions.
 * @param {DocReport} doc
 * @param {Set<number>} keptLines
 * @returns {Map<number, EntityReport[]>}
 */
export function countryMentionsByLine(doc, keptLines) {
  const byLine = new Map();
  for (const e of doc.entities) {
    if (!e.country || !keptLines.has(e.line) || !COUNTRY_TYPES.has(e.type)) continue;
    if (!byLine.has(e.line)) byLine.set(e.line, []);
    byLine.get(e.line).push(e);
  }
  return byLine;
}

/**
 * Counts, per country, the articles and paragraphs (kept lines) that
 * mention it.
 * @param {{doc: DocReport, byLine: Map<number, EntityReport[]>}[]} items
 */
export function countryCounts(items) {
  const counts = new Map();
  for (const { doc, byLine } of items) {
    const inDoc = new Set();
    for (const mentions of byLine.values()) {
      const inLine = new Set(mentions.map((m) => m.country));
      for (const c of inLine) {
        if (!counts.has(c)) counts.set(c, { articles: 0, paragraphs: 0, mentions: 0 });
        counts.get(c).paragraphs += 1;
        inDoc.add(c);
      }
      for (const m of mentions) counts.get(m.country).mentions += 1;
    }
    for (const c of inDoc) counts.get(c).articles += 1;
    void doc;
  }
  return counts;
}

/**
 * The mentions that make a line or an article match: those of the chosen
 * countries ("why this matched").
 * @param {EntityReport[]} mentions
 * @param {CountryFilter} filter
 */
export function matchedMentions(mentions, filter) {
  return mentions.filter((m) => filter.include.has(m.country));
}
