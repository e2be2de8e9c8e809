// Bundles a folder of articles into dist/articles with an index.json, for
// `./build.sh [--corpus DIR]`: node tools/bundle_articles.mjs DIR dist.
//
// Takes the files the command line reads from a folder (src/files.rs
// `list`): .txt, .md and .markdown (UTF-8 text), .html and .htm (pages, in
// whatever encoding: decoded by the built wasm's decodeHtml, the page's
// own code, so that a bundled page reads as a dropped one does) and
// .jsonl and .ndjson (crawler records, read by www/own.js as the page
// reads them). Not a folder's .json files (as often a gold file or a
// manifest beside the articles as articles), hidden files or README.*
// (the folder's own notes). Each entry rides in the index with its text
// or its page's HTML, so the page loads every article in one request;
// each file is copied beside it for links and downloads.
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readRecords } from '../www/own.js';

const [src, dist] = process.argv.slice(2);
const pkg = await import(pathToFileURL(join(dist, 'pkg', 'dateline.js')).href);
pkg.initSync({ module: readFileSync(join(dist, 'pkg', 'dateline_bg.wasm')) });

const index = [];
const taken = new Set();
/** An id not yet used: a record's id may repeat a file's stem. */
function unique(id) {
  let out = id;
  for (let n = 2; taken.has(out); n += 1) out = `${id}-${n}`;
  taken.add(out);
  return out;
}

const files = readdirSync(src, { withFileTypes: true })
  .filter((e) => e.isFile() && /\.(txt|md|markdown|html?|jsonl|ndjson)$/i.test(e.name))
  .filter((e) => !e.name.startsWith('.') && e.name.split('.')[0].toLowerCase() !== 'readme')
  .map((e) => e.name)
  .sort();
for (const name of files) {
  const bytes = readFileSync(join(src, name));
  const stem = name.replace(/\.[^.]+$/, '');
  const file = `articles/${name}`;
  try {
    if (/\.html?$/i.test(name)) {
      index.push({ id: unique(stem), file, html: pkg.decodeHtml(new Uint8Array(bytes)).html });
    } else {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      if (/\.(jsonl|ndjson)$/i.test(name)) {
        for (const record of readRecords(text, stem, name)) index.push({ ...record, id: unique(record.id), file });
      } else index.push({ id: unique(stem), file, text });
    }
  } catch (error) {
    console.error(`bundle: ${join(src, name)}: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  copyFileSync(join(src, name), join(dist, file));
}
writeFileSync(join(dist, 'articles', 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
