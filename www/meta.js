// What a page says about itself (its date, author, site and address, from
// the core's `meta`), as the list and the article header show it. The
// values are the page's own words: they reach the DOM as text only, and
// an address becomes a link only when it is http(s).

import { el } from './render.js';

/** @typedef {import('./types.js').Meta} Meta */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A page's date as a time to sort by (ms since 1970), or null when it has
 * none that reads as a date. ISO 8601 (what pages state for machines)
 * first; a Unix time from a crawler's record; else what Date.parse makes
 * of it ("March 5, 2024").
 * @param {string|undefined} date
 * @returns {number|null}
 */
export function articleDate(date) {
  if (typeof date !== 'string') return null;
  const s = date.trim();
  if (/^\d{9,10}$/.test(s)) return Number(s) * 1000;
  if (/^\d{12,13}$/.test(s)) return Number(s);
  const day = ISO_DAY.exec(s);
  const t = Date.parse(day && s.length === 10 ? `${s}T00:00:00Z` : s);
  if (Number.isFinite(t)) return t;
  // A date with a time the engine does not read ("2024-03-05 10:00 CET")
  // still has its day.
  return day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : null;
}

/**
 * A page's date as the list and header show it: the day as the page
 * states it (YYYY-MM-DD) where it is ISO 8601 or a time, else its words.
 * @param {string|undefined} date
 * @returns {string}
 */
export function shownDate(date) {
  if (typeof date !== 'string' || date.trim() === '') return '';
  const s = date.trim();
  const day = ISO_DAY.exec(s);
  if (day) return day[0];
  const t = articleDate(s);
  if (t !== null && /^\d+$/.test(s)) return new Date(t).toISOString().slice(0, 10);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * The page's language as a `lang` value (a BCP 47 tag such as `ru` or
 * `en-GB`), or '' when it states none that looks like one.
 * @param {Meta|undefined} meta
 */
export function language(meta) {
  const lang = meta?.lang?.trim().replace(/_/g, '-') ?? '';
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : '';
}

/**
 * The address as a link target, if it is an http(s) URL; else null.
 * @param {string|undefined} url
 * @returns {string|null}
 */
export function safeUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The article header's line about the page: date · author · site, the site
 * (or the address's host) linking to the page's address where that is
 * http(s). Nodes, not markup: every value is set as text.
 * @param {Meta|undefined} meta
 * @returns {Node[]}
 */
export function byline(meta) {
  if (!meta) return [];
  const parts = [];
  const date = shownDate(meta.date);
  if (date) {
    const time = /** @type {HTMLTimeElement} */ (el('time', 'date', date));
    if (ISO_DAY.test(meta.date ?? '')) time.dateTime = date;
    time.title = meta.date ?? '';
    parts.push(time);
  }
  if (meta.author) parts.push(el('span', 'author', meta.author));
  const href = safeUrl(meta.url);
  const site = meta.site || (href ? new URL(href).hostname : '');
  if (href) {
    const link = /** @type {HTMLAnchorElement} */ (el('a', 'site', site));
    link.href = href;
    link.rel = 'noopener noreferrer nofollow';
    link.target = '_blank';
    link.title = href;
    parts.push(link);
  } else if (site) parts.push(el('span', 'site', site));
  const out = [];
  parts.forEach((part, i) => {
    if (i) out.push(document.createTextNode(' · '));
    out.push(part);
  });
  return out;
}
