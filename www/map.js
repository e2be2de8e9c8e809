// The world map: Natural Earth countries (www/world-map.svg, made by
// tools/gen_map.mjs), shaded by how many articles mention each country.
// The SVG is the project's own static file; article text never enters it.

let template = null;

/** Loads the map once; resolves to an SVG element to clone, or null. */
export async function loadMap() {
  if (template) return template;
  const single = globalThis.DATELINE_SINGLE?.map;
  const res = single ? null : await fetch('world-map.svg');
  if (res && !res.ok) return null;
  // The page's stylesheet colours the map; the file's own <style> (for
  // viewing it alone) would break the Content-Security-Policy, so it goes
  // before parsing.
  const source = (single ?? (await res.text())).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
  const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.nodeName !== 'svg') return null;
  template = /** @type {SVGSVGElement} */ (document.importNode(svg, true));
  return template;
}

/**
 * Shades and labels the map: class `shade-0`…`shade-4` by article count,
 * `chosen`/`excluded` by the filter; each mentioned country focusable, with
 * its counts in the title, and `onPick(code)` on click or Enter.
 * @param {SVGSVGElement} svg
 * @param {Map<string, {articles: number, paragraphs: number}>} counts
 * @param {{include: Set<string>, exclude: Set<string>}} filter
 * @param {(code: string) => void} onPick
 */
export function shadeMap(svg, counts, filter, onPick) {
  const max = Math.max(1, ...[...counts.values()].map((c) => c.articles));
  for (const path of svg.querySelectorAll('path.country')) {
    const code = path.id.slice(2);
    const count = counts.get(code);
    const level = count ? Math.max(1, Math.ceil((4 * count.articles) / max)) : 0;
    path.setAttribute('class', `country shade-${level}${filter.include.has(code) ? ' chosen' : ''}${filter.exclude.has(code) ? ' excluded' : ''}`);
    const name = path.getAttribute('data-name') ?? code;
    const title = path.querySelector('title');
    const label = count
      ? `${name}: ${count.articles} article${count.articles === 1 ? '' : 's'}, ${count.paragraphs} paragraph${count.paragraphs === 1 ? '' : 's'}`
      : `${name}: not mentioned`;
    if (title) title.textContent = label;
    if (count) {
      path.setAttribute('tabindex', '0');
      path.setAttribute('role', 'button');
      path.setAttribute('aria-label', label);
      path.setAttribute('aria-pressed', String(filter.include.has(code)));
    } else {
      path.removeAttribute('tabindex');
      path.removeAttribute('role');
      path.removeAttribute('aria-label');
      path.removeAttribute('aria-pressed');
    }
    /** @type {any} */ (path).onclick = count ? () => onPick(code) : null;
    /** @type {any} */ (path).onkeydown = count
      ? (/** @type {KeyboardEvent} */ e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onPick(code);
          }
        }
      : null;
  }
}
