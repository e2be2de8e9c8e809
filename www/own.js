// The reader's own articles: pasted text and dropped or chosen files
// (.txt, .md, .html/.htm, and crawler records in .jsonl/.json). Everything
// stays in the browser. Bad files get a clear message and change nothing
// already loaded.
//
// A page goes to the core as its bytes: the core says which encoding they
// are in (as the command line does) and the browser's TextDecoder decodes
// them, in the worker (analysis.js `decodePage`). The core reads the HTML.

/** @typedef {import('./types.js').ArticleInput} ArticleInput */

export const MAX_BYTES = 32 * 1024 * 1024;

// The kinds of file, by extension, as the command line tells them
// (src/files.rs `Kind::of`).
const PAGE = /\.html?$/i;
const RECORDS = /\.(jsonl|ndjson|json)$/i;
const TEXT = /\.(txt|md|markdown)$/i;

/** The extensions "Add your own" takes, for the file chooser. */
export const ACCEPT = '.txt,.md,.markdown,.html,.htm,.jsonl,.ndjson,.json,text/plain,text/markdown,text/html,application/json';

/** Whether bytes open like a page (a doctype, `<html`, `<head`, `<meta`
 * or a comment): a file whose name does not say what it is is read as a
 * page if so, else as text (src/files.rs `Kind::sniff`). (The comment's
 * opening is spelt `<!-{2}`: the single-file build inlines this script in
 * HTML, where that sequence would change how the script element ends.) */
export function opensLikePage(bytes) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\xEF\xBB\xBF/, '').trimStart();
  return /^(<!doctype html|<html|<head|<meta|<!-{2})/i.test(head.slice(0, 16));
}

/**
 * Reads a file as articles, or explains why it cannot be read.
 * @param {File} file
 * @param {(bytes: Uint8Array) => Promise<import('./types.js').DecodedPage>} decodePage
 *   the core's decoding of a page's bytes
 * @returns {Promise<ArticleInput[]>}
 */
export async function readFile(file, decodePage) {
  if (file.size > MAX_BYTES) {
    throw new Error(`${file.name} is too large (${(file.size / 1e6).toFixed(1)} MB; the limit is 32 MB)`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new Error(`${file.name} is empty`);
  const id = file.name.replace(/\.[^.]+$/, '');
  const known = PAGE.test(file.name) || RECORDS.test(file.name) || TEXT.test(file.name);
  const isPage = PAGE.test(file.name) || (!known && (file.type === 'text/html' || opensLikePage(bytes)));
  // A page in UTF-16 has NUL bytes by nature; its byte-order mark says so.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!(isPage && utf16) && bytes.subarray(0, 65536).includes(0)) {
    throw new Error(`${file.name} is not text (it looks like binary data)`);
  }
  if (isPage) {
    try {
      const { html } = await decodePage(bytes);
      return [{ id, html }];
    } catch (error) {
      throw new Error(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file.name} is not UTF-8 text`);
  }
  if (RECORDS.test(file.name)) return readRecords(text, id, file.name);
  if (text.trim() === '') throw new Error(`${file.name} has no text`);
  return [{ id, text }];
}

/** A string field of a record, or a number written as one. */
function field(record, key, at) {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && (key === 'id' || key === 'date')) return String(value);
  throw new Error(`${at}"${key}" is not a string`);
}

/**
 * A crawler's records as articles, read as the core reads them
 * (src/records.rs): one JSON document (an array of objects, one object, or
 * an object whose `docs`, `records` or `articles` is that array), else JSON
 * Lines. A record has `text` or `html` (`html` wins), and optionally `id`,
 * `title`, `url` and `date`; one without an `id` is `{name}#{n}`. Turning a
 * record into an article (its page read, its metadata weighed) is the
 * core's, in the analysis. (Parsed here, not in the wasm: JSON is the
 * browser's own, and serde's typed reading of records cost 26 KB gzipped.)
 * @param {string} text
 * @param {string} name
 * @param {string} fileName
 * @returns {ArticleInput[]}
 */
export function readRecords(text, name, fileName = name) {
  const input = text.replace(/^\uFEFF/, '');
  if (input.trim() === '') throw new Error(`${fileName} has no records (the file is empty)`);
  /** @type {{at: string, value: any}[]} */
  let items;
  try {
    const value = JSON.parse(input);
    let list = Array.isArray(value) ? value : null;
    if (!list && value && typeof value === 'object') {
      const inner = ['docs', 'records', 'articles'].map((k) => value[k]).find(Array.isArray);
      list = inner ?? [value];
    }
    if (!list) throw new Error(`${fileName}: expected a JSON object or an array of objects`);
    items = list.map((v, i) => ({ at: `record ${i + 1}: `, value: v }));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const lines = input.split('\n');
    const first = lines.find((l) => l.trim() !== '') ?? '';
    try {
      JSON.parse(first);
    } catch {
      throw new Error(`${fileName} is not JSON (${error.message})`);
    }
    items = [];
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const at = `line ${i + 1}: `;
      try {
        items.push({ at, value: JSON.parse(line) });
      } catch {
        throw new Error(`${fileName}: ${at}not a JSON object with text or html`);
      }
    });
  }
  return items.map(({ at, value }, i) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error(`${fileName}: ${at}not an article record (a JSON object with text or html)`);
    }
    try {
      const html = field(value, 'html', at);
      const body = html === undefined ? { text: field(value, 'text', at) } : { html };
      if (body.text === undefined && body.html === undefined) throw new Error(`${at}no "text" or "html" field`);
      /** @type {ArticleInput} */
      const article = { id: field(value, 'id', at) ?? `${name}#${i + 1}`, ...body };
      for (const key of ['title', 'url', 'date']) {
        const v = field(value, key, at);
        if (v !== undefined) article[key] = v;
      }
      return article;
    } catch (error) {
      throw new Error(`${fileName}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
