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
 * Shades and labels the map: class `shade-0`…`shade-4` by article count;
 * each mentioned country focusable, with its counts in the title. Run when
 * the counts change; `markMap` then shows the filter.
 * @param {SVGSVGElement} svg
 * @param {Map<string, {articles: number, paragraphs: number}>} counts
 */
export function shadeMap(svg, counts) {
  const max = Math.max(1, ...[...counts.values()].map((c) => c.articles));
  for (const path of svg.querySelectorAll('path.country')) {
    const code = path.id.slice(2);
    const count = counts.get(code);
    const level = count ? Math.max(1, Math.ceil((4 * count.articles) / max)) : 0;
    for (let k = 0; k <= 4; k++) path.classList.toggle(`shade-${k}`, k === level);
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
    } else {
      path.removeAttribute('tabindex');
      path.removeAttribute('role');
      path.removeAttribute('aria-label');
      path.removeAttribute('aria-pressed');
    }
  }
}

/**
 * Shows the filter on the map: `chosen` and `excluded` countries; only
 * paths whose state changes are touched.
 * @param {SVGSVGElement} svg
 * @param {{include: Set<string>, exclude: Set<string>}} filter
 */
export function markMap(svg, filter) {
  for (const path of svg.querySelectorAll('path.country')) {
    const code = path.id.slice(2);
    const chosen = filter.include.has(code);
    const excluded = filter.exclude.has(code);
    if (path.classList.contains('chosen') !== chosen) path.classList.toggle('chosen', chosen);
    if (path.classList.contains('excluded') !== excluded) path.classList.toggle('excluded', excluded);
    if (path.hasAttribute('tabindex')) {
      if (path.getAttribute('aria-pressed') !== String(chosen)) path.setAttribute('aria-pressed', String(chosen));
    } else path.removeAttribute('aria-pressed');
  }
}

/**
 * Calls `onPick(code)` when a mentioned country is clicked or pressed with
 * Enter or Space (one listener for the whole map).
 * @param {SVGSVGElement} svg
 * @param {(code: string) => void} onPick
 */
export function onMapPick(svg, onPick) {
  const target = (event) => /** @type {Element} */ (event.target).closest?.('path.country[tabindex]');
  svg.addEventListener('click', (event) => {
    const path = target(event);
    if (path) onPick(path.id.slice(2));
  });
  svg.addEventListener('keydown', (event) => {
    const path = target(event);
    if (path && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onPick(path.id.slice(2));
    }
  });
}
