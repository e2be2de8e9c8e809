// The reader's own articles: pasted text and dropped or chosen files
// (.txt, .md, .html). Everything stays in the browser. Bad files get a
// clear message and change nothing already loaded.

export const MAX_BYTES = 32 * 1024 * 1024;

/**
 * Reads a file as an article, or explains why it cannot be one.
 * @param {File} file
 * @returns {Promise<{id: string, text: string}>}
 */
export async function readFile(file) {
  if (file.size > MAX_BYTES) {
    throw new Error(`${file.name} is too large (${(file.size / 1e6).toFixed(1)} MB; the limit is 32 MB)`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new Error(`${file.name} is empty`);
  if (bytes.subarray(0, 65536).includes(0)) throw new Error(`${file.name} is not text (it looks like binary data)`);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file.name} is not UTF-8 text`);
  }
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') text = htmlToText(text);
  if (text.trim() === '') throw new Error(`${file.name} has no text`);
  return { id: file.name.replace(/\.[^.]+$/, ''), text };
}

/**
 * The text of an HTML page, one block per line. DOMParser documents run no
 * scripts and load nothing; only text is kept.
 * @param {string} html
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('script, style, noscript, template, svg')) el.remove();
  const blocks = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,figcaption,caption,td,th,dt,dd,div,section,article,header,footer,nav,aside,br';
  for (const el of doc.querySelectorAll(blocks)) el.append(doc.createTextNode('\n'));
  return (doc.body?.textContent ?? '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}
