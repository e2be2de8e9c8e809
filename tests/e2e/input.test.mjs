// Untrusted input: the reader's pasted and dropped text, hostile or broken,
// never runs, never breaks the layout, and never loses what is loaded; and
// the page never asks anything of another origin.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropFiles, open, startForFile } from './browser.mjs';

const env = startForFile();

const HOSTILE = [
  'Hostile test page <img src=x onerror="window.__pwned=1"> about Canada',
  '',
  'Officials in Ottawa said <script>window.__pwned=2</script> the plan would go ahead, Reuters reported on Monday.',
  'A link: <a href="javascript:window.__pwned=3">click</a> and javascript:window.__pwned=4 as plain text.',
  `Right-to-left \u202Eoverride\u202C and zero\u200Dwidth joiners in Ber\u200Dlin, and a long word: ${'x'.repeat(10000)}.`,
].join('\n');

test('hostile pasted text is shown as text: nothing runs, the layout holds', async () => {
  const { page, errors } = await open(env.context, env.base);
  await page.click('#add summary');
  await page.fill('#paste-text', HOSTILE);
  await page.click('#paste-add');
  await page.waitForFunction(() => document.querySelectorAll('.article-link').length === 6);
  assert.match(await page.textContent('#add-status'), /^Added pasted-1/);
  assert.match(page.url(), /article=pasted-1/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#article-body img, #article-body script, #article-body a').count(), 0);
  const body = await page.textContent('#article-body');
  assert.ok(body.includes('<script>window.__pwned=2</script>'), 'the markup is shown as text');
  assert.ok(body.includes('Ottawa'));
  // Clicking every highlight and link-looking text runs nothing either.
  for (const mark of await page.locator('#article-body mark').all()) await mark.click();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // The 10,000-character word wraps inside the article column.
  const overflow = await page.evaluate(() => {
    const r = document.querySelector('#article').getBoundingClientRect();
    return document.documentElement.scrollWidth - window.innerWidth + (r.right > window.innerWidth ? 1 : 0);
  });
  assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('dropped files: a good one is added, bad ones are refused with a reason', async () => {
  const { page, errors } = await open(env.context, env.base);
  await page.click('#add summary');
  const good = new TextEncoder().encode('Flood warning for Rotterdam\n\nDutch officials in Rotterdam said on Tuesday that the river would peak overnight.');
  await dropFiles(page, [{ name: 'flood.txt', bytes: [...good], type: 'text/plain' }]);
  await page.waitForFunction(() => document.querySelectorAll('.article-link').length === 6);
  assert.equal(await page.textContent('#article-title'), 'Flood warning for Rotterdam');
  assert.deepEqual(
    await page.locator('#article-countries .country-chip').evaluateAll((els) => els.map((e) => e.dataset.code)),
    ['NL'],
  );

  // Hostile text arrives by drop too: shown as text, nothing runs.
  const hostile = new TextEncoder().encode(HOSTILE.replace('Hostile test page', 'Dropped hostile page'));
  await dropFiles(page, [{ name: 'hostile.txt', bytes: [...hostile], type: 'text/plain' }]);
  await page.waitForFunction(() => document.querySelectorAll('.article-link').length === 7);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#article-body img, #article-body script').count(), 0);
  assert.ok((await page.textContent('#article-body')).includes('<script>window.__pwned=2</script>'));

  const cases = [
    [{ name: 'latin1.txt', bytes: [0x43, 0x61, 0x66, 0xe9], type: 'text/plain' }, /latin1\.txt is not UTF-8 text/],
    [{ name: 'image.txt', bytes: [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1], type: 'text/plain' }, /image\.txt is not text/],
    [{ name: 'empty.txt', bytes: [], type: 'text/plain' }, /empty\.txt is empty/],
    [{ name: 'ctrl.txt', bytes: [...new TextEncoder().encode('\u0001\u0002\u0003\u0004 abc')], type: 'text/plain' }, /binary data, not text/],
  ];
  for (const [file, message] of cases) {
    await dropFiles(page, [file]);
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('#add-status').textContent), message.source);
    assert.match(await page.textContent('#add-status'), /Nothing already loaded has changed/);
    assert.equal(await page.locator('.article-link').count(), 7);
  }
  // Too large: the limit is said.
  const big = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(33 * 1024 * 1024).fill(97)], 'big.txt', { type: 'text/plain' }));
    return dt;
  });
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: big });
  await page.waitForFunction(() => /big\.txt is too large \(34\.6 MB; the limit is 32 MB\)/.test(document.querySelector('#add-status').textContent));
  assert.equal(await page.locator('.article-link').count(), 7);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a chosen HTML file is read as text, its scripts never run', async () => {
  const { page } = await open(env.context, env.base);
  await page.click('#add summary');
  const html = '<html><body><h1>Port strike ends in Antwerp</h1><script>window.__pwned=5</script><p>Belgian unions in Antwerp agreed a deal on Friday, ending a week-long strike.</p><img src=x onerror="window.__pwned=6"></body></html>';
  await page.setInputFiles('#file-input', { name: 'strike.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.querySelectorAll('.article-link').length === 6);
  assert.equal(await page.textContent('#article-title'), 'Port strike ends in Antwerp');
  assert.match(await page.textContent('#article-body'), /Belgian.*unions in Antwerp.*agreed a deal/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.close();
});

test('no request leaves the page’s origin', async () => {
  const { page, requests } = await open(env.context, env.base);
  await page.locator('.article-link').nth(2).click();
  await page.locator('#map path#c-GB').click();
  await page.check('input[name="view"][value="removed"]');
  await page.waitForTimeout(200);
  const origin = new URL(env.base).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm came from the same origin');
  await page.close();
});

test('added articles persist across reloads until removed', async () => {
  const { page } = await open(env.context, env.base);
  await page.click('#add summary');
  await page.fill('#paste-text', 'Harbour reopens in Gdansk\n\nPolish port officials in Gdansk said the harbour reopened on Friday after the storm.');
  await page.click('#paste-add');
  await page.waitForFunction(() => document.querySelectorAll('.article-link').length === 6);
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  assert.equal(await page.locator('.article-link').count(), 6);
  assert.ok((await page.locator('.article-link').allTextContents()).includes('Harbour reopens in Gdansk'));
  await page.locator('.remove-own').click();
  await page.waitForFunction(() => document.querySelectorAll('.article-link').length === 5);
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  assert.equal(await page.locator('.article-link').count(), 5);
  await page.close();
});
