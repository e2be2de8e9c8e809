// HTML in, the article out (issue 14): pages dropped or chosen in UTF-8 and
// in a legacy encoding come out as articles with their metadata; hostile
// pages run nothing and leave the page responsive; the page and the
// command line give one report for one page; crawler records come in
// with their dates, and the list sorts by them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, dropFiles, open, startForFile } from './browser.mjs';

const env = startForFile();
const OUT = join(ROOT, 'target', 'e2e-html');
mkdirSync(OUT, { recursive: true });

/** A UTF-8 page with its metadata stated as sites state it. */
const HARBOUR = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour reopens in Gdansk | Baltic Daily</title>
<meta property="og:title" content="Harbour reopens in Gdansk">
<meta property="og:site_name" content="Baltic Daily">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<meta name="author" content="Anna Nowak">
<link rel="canonical" href="https://baltic.example/2024/harbour">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour reopens in Gdańsk</h1>
<p>Polish port officials in Gdańsk said on Tuesday that the harbour reopened after the storm, and ferries to Sweden resumed.</p>
<p>The mayor of Gdańsk, Aleksandra Dulkiewicz, thanked the crews who worked through the night, the agency Reuters reported.</p>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Storm hits Baltic coast</a></li><li><a href="/b">Ferries cancelled</a></li></ul></aside>
</article>
<footer>Copyright 2024 Baltic Daily. All rights reserved.</footer></body></html>`;

/** The same kind of page in windows-1251, declared in an http-equiv meta. */
const KAZAN = `<html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Паводок в Казани</title>
<meta property="og:site_name" content="Волжские вести">
<meta property="article:published_time" content="2023-04-18">
<meta name="author" content="Иван Петров">
</head><body><h1>Паводок в Казани</h1>
<p>Власти Казани в понедельник сообщили, что уровень воды в Волге поднялся на два метра.</p>
<p>Жители прибрежных районов получили предупреждение «о возможном подтоплении».</p></body></html>`;

/** windows-1251 bytes of a string (Cyrillic, ASCII and the few others KAZAN uses). */
function cp1251(text) {
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else if (c === 0xab) out.push(0xab);
    else if (c === 0xbb) out.push(0xbb);
    else throw new Error(`no windows-1251 byte for U+${c.toString(16)}`);
  }
  return Buffer.from(out);
}

const rows = (page) => page.locator('.article-link').count();

test('a UTF-8 page dropped and a windows-1251 page chosen: articles with their metadata', async () => {
  const { page, errors } = await open(env.context, env.base);
  const before = await rows(page);
  await page.click('#add summary');
  await dropFiles(page, [{ name: 'harbour.html', bytes: [...Buffer.from(HARBOUR)], type: 'text/html' }]);
  await page.waitForFunction((n) => document.querySelectorAll('.article-link').length === n, before + 1);
  assert.equal(await page.textContent('#article-title'), 'Harbour reopens in Gdańsk');
  assert.equal(await page.textContent('#article-byline'), '2024-03-05 · Anna Nowak · Baltic Daily');
  const link = page.locator('#article-byline a');
  assert.equal(await link.getAttribute('href'), 'https://baltic.example/2024/harbour');
  assert.equal(await link.textContent(), 'Baltic Daily');
  const body = await page.textContent('#article-body');
  assert.match(body, /Polish.*port officials in Gdańsk/);
  assert.doesNotMatch(body, /Home|Storm hits Baltic coast|All rights reserved/, 'the page around the story is removed');
  assert.deepEqual(
    await page.locator('#article-countries .country-chip').evaluateAll((els) => els.map((e) => e.dataset.code)),
    ['PL', 'SE'],
  );
  assert.match(await page.locator('.article-row', { hasText: 'Harbour reopens' }).locator('.meta').textContent(), /^2024-03-05 · Baltic Daily · /);

  const file = join(OUT, 'kazan.html');
  writeFileSync(file, cp1251(KAZAN));
  await page.setInputFiles('#file-input', file);
  await page.waitForFunction((n) => document.querySelectorAll('.article-link').length === n, before + 2);
  assert.equal(await page.textContent('#article-title'), 'Паводок в Казани');
  assert.equal(await page.textContent('#article-byline'), '2023-04-18 · Иван Петров · Волжские вести');
  assert.equal(await page.locator('#article-byline a').count(), 0, 'no address, no link');
  assert.equal(await page.getAttribute('#article-body', 'lang'), 'ru');
  assert.match(await page.textContent('#article-body'), /уровень воды в Волге поднялся на два метра/);
  // (Quotes are shown in their clean form.)
  assert.match(await page.textContent('#article-body'), /предупреждение "о возможном подтоплении"/);

  // Both survive a reload (kept as HTML in this browser), metadata and all.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await rows(page), before + 2);
  await page.locator('.article-link', { hasText: 'Паводок в Казани' }).click();
  assert.equal(await page.textContent('#article-byline'), '2023-04-18 · Иван Петров · Волжские вести');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page in an encoding with stray control bytes reads; a broken page is refused and changes nothing', async () => {
  const { page, errors } = await open(env.context, env.base);
  const before = await rows(page);
  await page.click('#add summary');
  // windows-1252 without a declaration (not UTF-8), with one stray control byte.
  const latin = Buffer.from(
    `<title>Caf\xe9 cr\xe8me in Qu\xe9bec</title><h1>Caf\xe9 cr\xe8me in Qu\xe9bec</h1><p>Officials in Qu\xe9bec said on Monday that the caf\xe9 would reopen\x01 in the spring, the Canadian agency reported.</p>`,
    'latin1',
  );
  await dropFiles(page, [{ name: 'cafe.htm', bytes: [...latin], type: '' }]);
  await page.waitForFunction((n) => document.querySelectorAll('.article-link').length === n, before + 1);
  assert.equal(await page.textContent('#article-title'), 'Café crème in Québec');
  // A file whose name does not say what it is: a page if it opens like one
  // (as the command line decides).
  const saved = Buffer.from('\n<!DOCTYPE html><title>Bridge reopens in Porto</title><h1>Bridge reopens in Porto</h1><p>Portuguese engineers in Porto reopened the bridge on Sunday.</p>');
  await dropFiles(page, [{ name: 'story.php', bytes: [...saved], type: '' }]);
  await page.waitForFunction((n) => document.querySelectorAll('.article-link').length === n, before + 2);
  assert.equal(await page.textContent('#article-title'), 'Bridge reopens in Porto');
  assert.doesNotMatch(await page.textContent('#article-body'), /DOCTYPE|<h1>/);
  const cases = [
    [{ name: 'binary.html', bytes: [0x3c, 0x70, 0x3e, 0, 0, 1, 2, 3], type: 'text/html' }, /binary\.html is not text/],
    [{ name: 'blank.html', bytes: [...Buffer.from('<html><head><title></title><script>var a = 1;</script></head><body> </body></html>')], type: 'text/html' }, /blank: the text is empty/],
    [{ name: 'noise.html', bytes: [...Buffer.from('\u0001\u0002\u0003\u0004\u0005 <p>abc</p>')], type: 'text/html' }, /noise\.html: binary data, not text/],
    [{ name: 'feed.jsonl', bytes: [...Buffer.from('{"text": "One story in Paris."}\n{"title": "no body"}\n')], type: '' }, /feed\.jsonl: line 2: no "text" or "html" field/],
    [{ name: 'feed.json', bytes: [...Buffer.from('[{"text": "One story in Paris."}, {"text": 5}]')], type: '' }, /feed\.json: record 2: "text" is not a string/],
    [{ name: 'broken.json', bytes: [...Buffer.from('{"text": "unterminated')], type: '' }, /broken\.json is not JSON/],
  ];
  for (const [file, message] of cases) {
    await dropFiles(page, [file]);
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('#add-status').textContent), message.source);
    assert.match(await page.textContent('#add-status'), /Nothing already loaded has changed/);
    assert.equal(await rows(page), before + 2);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('hostile HTML runs nothing, links nothing it should not, and leaves the page responsive', async (t) => {
  const { page, errors } = await open(env.context, env.base);
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  const before = await rows(page);
  const nested = 100_000;
  const hostile = [
    '<html><head><title>Hostile page in Ottawa</title>',
    '<meta property="og:title" content="Hostile page in Ottawa">',
    '<meta name="author" content="<img src=x onerror=window.pwned=1>">',
    '<meta property="og:site_name" content="<script>window.pwned=2</script>">',
    '<meta property="article:published_time" content="2022-01-02&quot;><script>window.pwned=3</script>">',
    '<link rel="canonical" href="javascript:window.pwned=4;alert(4)">',
    '<meta http-equiv="refresh" content="0;url=javascript:window.pwned=5">',
    '<script>window.pwned = 6; alert(6)</script>',
    '</head><body onload="window.pwned=7">',
    '<h1>Hostile page in Ottawa</h1>',
    '<p>Officials in Ottawa said <img src=x onerror="window.pwned=8;alert(8)"> the plan would go ahead, Reuters reported on Monday.</p>',
    '<p>A link: <a href="javascript:window.pwned=9">click here</a> and <svg onload="window.pwned=10"><circle r=1></circle></svg> an icon.</p>',
    '<iframe srcdoc="<script>parent.pwned=11</script>"></iframe>',
    `<p title="${'x'.repeat(1 << 20)}">Canadian ministers met in Toronto on Tuesday to discuss the budget.</p>`,
    '<div>'.repeat(nested),
    'Deep inside, the story says the talks in Montreal ended.',
    '</div>'.repeat(nested),
    '</body></html>',
  ].join('\n');
  await page.click('#add summary');
  // The file is made first (the test's own work on the page's thread).
  const transfer = await page.evaluateHandle((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new TextEncoder().encode(html)], 'hostile.html', { type: 'text/html' }));
    return dt;
  }, hostile);
  // While the worker reads and analyses the page, the page's own thread
  // stays free: the longest gap between two animation frames is measured.
  await page.evaluate(() => {
    window.__gaps = [];
    let last = performance.now();
    const tick = (now) => {
      window.__gaps.push(now - last);
      last = now;
      if (window.__gaps.length < 100000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
  await page.waitForFunction((n) => document.querySelectorAll('.article-link').length === n, before + 1, { timeout: 60_000 });
  assert.equal(await page.textContent('#article-title'), 'Hostile page in Ottawa');
  const body = await page.textContent('#article-body');
  assert.match(body, /Officials in Ottawa/);
  assert.match(body, /the talks in Montreal/);
  // The metadata is shown as the text it is; the javascript: address links nowhere.
  const byline = await page.textContent('#article-byline');
  assert.ok(byline.includes('<img src=x onerror=window.pwned=1>'), byline);
  assert.equal(await page.locator('#article-byline a').count(), 0);
  assert.equal(await page.locator('#article-body img, #article-body script, #article-body svg, #article-body iframe, #article-body a, #article-byline img, #article-byline script').count(), 0);
  for (const mark of await page.locator('#article-body mark').all()) await mark.click();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(dialogs, []);
  // Responsive: the page answers, and no frame waited on the analysis.
  const gaps = await page.evaluate(() => window.__gaps);
  t.diagnostic(`longest frame while the page was read and analysed: ${Math.round(Math.max(...gaps))} ms`);
  assert.ok(Math.max(...gaps) < 1000, `the longest frame took ${Math.round(Math.max(...gaps))} ms`);
  await page.locator('.article-link').first().click();
  await page.waitForFunction(() => !document.querySelector('#article-title').textContent.includes('Hostile'));
  assert.deepEqual(errors, []);
  await page.close();
});

/** The command line's report of a page (built first if need be). */
function cliReport(file) {
  const args = ['run', '--release', '--quiet', '--bin', 'dateline', '--', 'analyze', '--format', 'json', file];
  return JSON.parse(execFileSync('cargo', args, { cwd: ROOT, encoding: 'utf8' }));
}

test('one page, one report: the browser and the command line agree', async () => {
  // Cyrillic and Latin letters only: UTF-16 units and code points coincide.
  const file = join(OUT, 'kazan-same.html');
  writeFileSync(file, cp1251(KAZAN.replace('</body>', '<footer>Подписывайтесь на нас</footer><p>Reuters reported that officials in Moscow and Kazan met on Monday.</p></body>')));
  const harbour = join(OUT, 'harbour-same.html');
  writeFileSync(harbour, HARBOUR);
  const { page } = await open(env.context, env.base);
  for (const path of [file, harbour]) {
    const cli = cliReport(path).docs[0];
    const bytes = [...(await import('node:fs')).readFileSync(path)];
    const web = await page.evaluate(async (bytes) => {
      // The page's own road: its worker decodes the bytes, then analyses.
      const analysis = await import('./analysis.js');
      const { charset, html } = await analysis.decodePage(new Uint8Array(bytes));
      const report = await analysis.analyze([{ id: 'page', html }]);
      return { charset, doc: report.docs[0] };
    }, bytes);
    assert.equal(web.charset, path === file ? 'windows-1251' : 'utf-8');
    const doc = web.doc;
    assert.equal(doc.text, cli.text, 'the same rendered text');
    assert.equal(doc.title, cli.title);
    assert.deepEqual(doc.meta, cli.meta);
    assert.deepEqual(
      doc.lines.map(({ line, role, why }) => ({ line, role, why })),
      cli.lines,
    );
    assert.deepEqual(
      doc.entities.map(({ start, end, type, canonical, country }) => ({ start, end, type, canonical, country })),
      cli.entities.map(({ start, end, type, canonical, country }) => ({ start, end, type, canonical, country })),
    );
    assert.deepEqual(doc.countries, cli.countries);
    assert.ok(cli.entities.length > 0 && cli.lines.some((l) => l.role === 'boilerplate'), 'a page with something to compare');
  }
  await page.close();
});

test('crawler records come in with their dates; the list sorts by date, undated last', async () => {
  const { page, errors } = await open(env.context, env.base);
  const before = await rows(page);
  await page.click('#add summary');
  const records = [
    { id: 'old', title: 'Dam opens in Aswan', date: '2019-06-01', text: 'Dam opens in Aswan\n\nEgyptian officials in Aswan opened the new dam on Saturday.' },
    { id: 'new', date: '2025-02-10T08:00:00Z', url: 'https://news.example/new', html: '<h1>Snow closes roads in Oslo</h1><p>Norwegian police in Oslo closed two roads on Monday after heavy snow.</p>' },
    { text: 'Rain returns to Lima\n\nPeruvian forecasters in Lima said the rain would return on Friday.' },
    { id: 'mid', date: 1_600_000_000, text: 'Fires near Perth\n\nAustralian crews near Perth fought fires through Sunday night.' },
  ];
  const jsonl = records.map((r) => JSON.stringify(r)).join('\n');
  await dropFiles(page, [{ name: 'crawl.jsonl', bytes: [...Buffer.from(jsonl)], type: '' }]);
  await page.waitForFunction((n) => document.querySelectorAll('.article-link').length === n, before + 4);
  assert.match(await page.textContent('#add-status'), /Added old, new, crawl#3, mid/);
  const labels = () => page.locator('.article-link .label').allTextContents();
  await page.selectOption('#sort', 'newest');
  assert.match(page.url(), /sort=newest/);
  let shown = await labels();
  assert.deepEqual(shown.slice(0, 3), ['Snow closes roads in Oslo', 'Fires near Perth', 'Dam opens in Aswan']);
  assert.ok(shown.indexOf('Rain returns to Lima') > 2, 'no date: after the dated ones');
  await page.selectOption('#sort', 'oldest');
  shown = await labels();
  assert.deepEqual(shown.slice(0, 3), ['Dam opens in Aswan', 'Fires near Perth', 'Snow closes roads in Oslo']);
  assert.match(await page.locator('.article-row', { hasText: 'Fires near Perth' }).locator('.meta').textContent(), /^2020-09-13 · /);
  await page.locator('.article-link', { hasText: 'Snow closes roads' }).click();
  assert.equal(await page.textContent('#article-byline'), '2025-02-10 · news.example');
  assert.equal(await page.locator('#article-byline a').getAttribute('href'), 'https://news.example/new');
  await page.selectOption('#sort', 'loaded');
  shown = await labels();
  assert.equal(shown.at(-4), 'Dam opens in Aswan');
  assert.deepEqual(errors, []);
  await page.close();
});

test('screenshots: the list with dates and sites, and a page read from HTML', async () => {
  const { page } = await open(env.context, env.base);
  await page.click('#add summary');
  const records = [
    { id: 'oslo', date: '2025-02-10', url: 'https://news.example/oslo', html: '<meta property="og:site_name" content="Nordic News"><meta name="author" content="Kari Nordmann"><h1>Snow closes roads in Oslo</h1><p>Norwegian police in Oslo closed two roads on Monday after heavy snow, and trains to Bergen were delayed.</p>' },
    { id: 'aswan', title: 'Dam opens in Aswan', date: '2019-06-01', text: 'Dam opens in Aswan\n\nEgyptian officials in Aswan opened the new dam on Saturday.' },
  ];
  await dropFiles(page, [
    { name: 'harbour.html', bytes: [...Buffer.from(HARBOUR)], type: 'text/html' },
    { name: 'crawl.json', bytes: [...Buffer.from(JSON.stringify(records))], type: '' },
  ]);
  await page.waitForSelector('text=Added harbour, oslo, aswan');
  await page.selectOption('#sort', 'newest');
  await page.locator('.article-link', { hasText: 'Harbour reopens' }).click();
  await page.locator('#add summary').click(); // closed: the list in view
  await page.$eval('#article-list', (list) => {
    list.scrollTop = 0;
  });
  assert.deepEqual((await page.locator('.article-link .label').allTextContents()).slice(0, 3), [
    'Snow closes roads in Oslo',
    'Harbour reopens in Gdańsk',
    'Dam opens in Aswan',
  ]);
  mkdirSync(join(ROOT, 'target', 'screens'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'target', 'screens', 'html-article.png') });
  await page.locator('nav.articles').screenshot({ path: join(ROOT, 'target', 'screens', 'list-by-date.png') });
  await page.close();
});
