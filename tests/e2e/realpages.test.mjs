// Six real pages (tests/data/readability-pages: Chinese, French, Czech and
// English news, as a scraper sees them) served in place of the bundled
// articles, as many.test.mjs does with its made-up ones; dist/ is not
// touched. What the page shows is checked against what the command-line
// analyser says of the same six pages, computed here at test time: each
// headline, each removed line with its reason, and the removal summary.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, openAnalysed, start } from './browser.mjs';

const DIR = join(ROOT, 'tests', 'data', 'readability-pages');
const SHOTS = join(ROOT, 'target', 'screenshots');
const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
const texts = new Map(ids.map((id) => [id, readFileSync(join(DIR, `${id}.txt`), 'utf8')]));

// Headlines checked by eye against each page: the line that heads the story
// (gmw's without the site's suffix, which is not on the page).
const VERIFIED = {
  'bbc-1': "Obama admits US gun laws are his 'biggest frustration'",
  gmw: '宇航员在太空中喝酒会怎么样？后果很严重',
  'lemonde-1': "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
  'wapo-1': 'Attack stokes instability fears in North Africa',
};

/** Text as the clean view shows it, give or take typography: quotes, dashes and spaces folded. */
const loose = (s) =>
  s
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[‘’‚‛′ʼ`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** @type {Map<string, {id: string, title: string|null, lines: {line: number, role: string, why: string}[]}>} */
let cli;
let env;
before(async () => {
  // The analyser as the sources stand now (a no-op when it is up to date),
  // so that it and the page's WebAssembly come from the same code.
  execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'dateline'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PATH: `${join(homedir(), '.cargo', 'bin')}:${process.env.PATH}` },
  });
  const out = execFileSync(join(ROOT, 'target', 'release', 'dateline'), ['analyze', '--format', 'json', DIR], {
    maxBuffer: 256 << 20,
    encoding: 'utf8',
  });
  cli = new Map(JSON.parse(out).docs.map((doc) => [doc.id, doc]));
  mkdirSync(SHOTS, { recursive: true });
  env = await start();
  const entries = ids.map((id) => ({ id, file: `articles/${id}.txt`, text: texts.get(id) }));
  await env.context.route('**/articles/index.json', (route) => route.fulfill({ json: entries }));
});
after(async () => {
  await env?.close();
});

function load(hash = '') {
  return openAnalysed(env, hash);
}

test('the analyser finds the headlines checked by eye', () => {
  assert.deepEqual([...cli.keys()].sort(), ids);
  for (const [id, title] of Object.entries(VERIFIED)) assert.equal(cli.get(id).title, title, id);
});

test('the list shows each page under the headline the analyser finds', async () => {
  const { page, errors } = await load();
  assert.equal(await page.locator('#article-list .article-link').count(), ids.length);
  for (const id of ids) {
    const row = page.locator(`#article-list .article-link[data-id="${id}"]`);
    const label = await row.locator('.label').textContent();
    const { title } = cli.get(id);
    if (title) assert.equal(loose(label), loose(title), id);
    else assert.ok(label.trim().length > 0, `${id} has no label`);
    // A long headline is cut to two lines inside its row, not spilled over the next.
    const [button, li] = [await row.boundingBox(), await page.locator(`#article-list li[data-key="${id}"]`).boundingBox()];
    assert.ok(button.y >= li.y - 1 && button.y + button.height <= li.y + li.height + 1, `${id}: row ${li.y}+${li.height}, button ${button.y}+${button.height}`);
  }
  for (const [id, title] of Object.entries(VERIFIED)) {
    assert.equal(loose(await page.locator(`.article-link[data-id="${id}"] .label`).textContent()), loose(title), id);
  }
  await page.screenshot({ path: join(SHOTS, 'realpages-list.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('"Show removed" shows every removed line with the reason the analyser gives', async () => {
  const { page, errors } = await load();
  for (const id of ids) {
    await page.goto(`${env.base}#article=${id}&view=removed`);
    await page.waitForSelector('body[data-ready="true"]');
    const { title, lines } = cli.get(id);
    assert.equal(await page.locator('.article-link[aria-current="true"]').getAttribute('data-id'), id);
    if (title) assert.equal(loose(await page.textContent('#article-title')), loose(title), id);
    else assert.match(await page.getAttribute('#article-title', 'class'), /untitled/, id);
    const shown = await page.locator('#article-body .role-boilerplate').evaluateAll((els) =>
      els.map((e) => ({ line: Number(e.dataset.line), why: e.querySelector('.why')?.textContent ?? '' })),
    );
    const expected = lines.filter((l) => l.role === 'boilerplate').map((l) => ({ line: l.line, why: `removed: ${l.why}` }));
    assert.ok(expected.length > 0, `${id}: nothing removed`);
    assert.deepEqual(shown, expected, id);
    // Each removed line can be restored by the reader.
    assert.equal(await page.locator('#article-body .role-boilerplate button.flip').count(), expected.length, id);
    // A long run of removed lines above the story can be skipped.
    const first = lines.findIndex((l) => l.role === 'body' || l.role === 'subheading');
    const above = lines.slice(0, first).filter((l) => l.role === 'boilerplate').length;
    const skip = page.locator('#article-body button.skip-removed');
    if (above >= 12) {
      assert.equal(await skip.textContent(), `↓ Skip ${above} removed lines to the story`, id);
      await skip.click();
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.line), String(lines[first].line), id);
    } else assert.equal(await skip.count(), 0, id);
  }
  // The reader comments under the Washington Post story (the last page
  // shown), seen as such.
  const comment = page.locator('#article-body .role-boilerplate .why', { hasText: 'reader comments after the story' });
  assert.ok((await comment.count()) > 10, `${await comment.count()} comment lines`);
  await comment.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'realpages-wapo-1-removed.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the removal summary counts the removed lines and names each kind of reason', async () => {
  const { page, errors } = await load();
  const skeleton = (why) => why.replace(/\d+(–\d+)?/g, '#');
  for (const id of ids) {
    await page.goto(`${env.base}#article=${id}`);
    await page.waitForSelector('body[data-ready="true"]');
    const { lines } = cli.get(id);
    const removed = lines.filter((l) => l.role === 'boilerplate');
    const summary = page.locator('#cleanup-summary');
    assert.match(await summary.textContent(), new RegExp(`^${removed.length} of ${lines.length} lines removed: `), id);
    const kinds = await summary.locator('li').evaluateAll((els) =>
      els.map((e) => ({ reason: e.querySelector('.reason').textContent, lines: Number(e.querySelector('.count').textContent.replace('×', '')) })),
    );
    // One row per kind of reason (numbers aside), with its lines; most first.
    const want = new Map();
    for (const l of removed) want.set(skeleton(l.why), (want.get(skeleton(l.why)) ?? 0) + 1);
    assert.deepEqual(new Map(kinds.map((k) => [skeleton(k.reason), k.lines])), want, id);
    assert.equal(kinds.length, want.size, id);
    assert.deepEqual(
      kinds.map((k) => k.lines),
      kinds.map((k) => k.lines).sort((a, b) => b - a),
      id,
    );
    if (id === 'bbc-1') await summary.screenshot({ path: join(SHOTS, 'realpages-bbc-1-summary.png') });
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('reasons that differ only in a number are one kind in the summary', async () => {
  const { page } = await load();
  const kinds = await page.evaluate(async () => {
    const { cleanupSummary } = await import('./render.js');
    const whys = ['repeated on 2 other pages', 'repeated on 5 other pages', 'reader comments after the story', 'repeated on 3 other pages', 'masthead: above the headline'];
    const doc = { lines: whys.map((why, i) => ({ line: i + 1, role: 'boilerplate', why, start: 0, end: 0 })).concat({ line: 6, role: 'body', why: 'prose', start: 0, end: 0 }) };
    return cleanupSummary(doc, new Set());
  });
  assert.deepEqual(kinds, {
    removed: 5,
    total: 6,
    kinds: [
      { reason: 'repeated on 2–5 other pages', lines: 3 },
      { reason: 'masthead: above the headline', lines: 1 },
      { reason: 'reader comments after the story', lines: 1 },
    ],
  });
  await page.close();
});

test('the Chinese page reaches the screen whole: headline and every kept line', async () => {
  const { page, errors } = await load('#article=gmw');
  const { title, lines } = cli.get('gmw');
  const heading = page.locator('#article-title');
  assert.equal(await heading.textContent(), title);
  const box = await heading.boundingBox();
  assert.ok(box && box.width > 100 && box.height > 10, JSON.stringify(box));
  const raw = texts.get('gmw').split('\n');
  const kept = lines.filter((l) => l.role === 'body' || l.role === 'subheading');
  assert.ok(kept.length > 20, `${kept.length} kept lines`);
  // Each kept line's text, without the entity labels the page adds.
  const shown = await page.locator('#article-body .line').evaluateAll((els) =>
    els.map((e) => {
      const copy = /** @type {HTMLElement} */ (e.cloneNode(true));
      for (const extra of copy.querySelectorAll('.ent-label, .echo, .matched, .why, button')) extra.remove();
      return { line: Number(e.dataset.line), text: copy.textContent };
    }),
  );
  assert.deepEqual(
    shown.map((s) => s.line),
    kept.map((l) => l.line),
  );
  for (const { line, text } of shown) assert.equal(loose(text), loose(raw[line - 1]), `line ${line}`);
  assert.ok(shown.some(({ text }) => /宇航员/.test(text)));
  await page.screenshot({ path: join(SHOTS, 'realpages-gmw.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
