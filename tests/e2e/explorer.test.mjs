// The explorer end to end: built dist/, served on localhost, in Chromium.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, open, startForFile } from './browser.mjs';

const env = startForFile();

test('loads with no console errors and lists the five articles', async () => {
  const { page, errors } = await open(env.context, env.base);
  assert.equal(await page.getAttribute('body', 'data-ready'), 'true', await page.textContent('#status'));
  assert.equal(await page.locator('.article-link').count(), 5);
  const labels = await page.locator('.article-link').allTextContents();
  assert.ok(labels.includes('Britain says it has no evidence of spying by Huawei'), labels.join(' | '));
  // An article without a headline is listed by its first words.
  assert.ok(labels.some((l) => l.startsWith('(Reuters) – British security officials')), labels.join(' | '));
  assert.deepEqual(errors, []);
  await page.close();
});

test('shows an article with highlighted entities and its countries', async () => {
  const { page, errors } = await open(env.context, env.base);
  await page.locator('.article-link', { hasText: 'As U.S. pushes to ban Huawei' }).click();
  assert.equal(await page.textContent('#article-title'), 'As U.S. pushes to ban Huawei, UK considers softer approach');
  const marks = page.locator('#article-body mark.ent');
  assert.ok((await marks.count()) > 20, `only ${await marks.count()} highlights`);
  const britain = page.locator('#article-body mark.ent-GPE', { hasText: 'Britain' }).first();
  assert.match(await britain.getAttribute('data-tip'), /GPE · United Kingdom · GB/);
  const codes = await page.locator('#article-countries .country-chip').evaluateAll((els) => els.map((e) => e.dataset.code));
  assert.deepEqual(codes, ['AU', 'CN', 'DE', 'FR', 'GB', 'IT', 'NZ', 'US']);
  // Removed lines stay hidden until asked for.
  assert.equal(await page.locator('.role-boilerplate').count(), 0);
  assert.equal(await page.getByText('More news: No. 5 Vols').count(), 0);
  assert.match(await page.textContent('#cleanup-summary'), /3 of 18 lines removed: link list ×3/);

  const dir = join(ROOT, 'target', 'e2e');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, 'explorer.png'), fullPage: false });
  await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test('article text reaches the page as text, never as markup', async () => {
  const { page } = await open(env.context, env.base);
  // The page builds its article view without innerHTML: every seed's text
  // appears as text, and no element from article text exists.
  const hasInjected = await page.evaluate(() => document.querySelectorAll('#article-body script, #article-body img').length);
  assert.equal(hasInjected, 0);
  await page.close();
});

test('the article in the URL is selected on load', async () => {
  const { page } = await open(env.context, `${env.base}#article=004_f3f2e613ff61652a`);
  assert.match(await page.textContent('#article-title'), /madness/);
  assert.equal(await page.locator('.article-link[aria-current="true"]').getAttribute('data-id'), '004_f3f2e613ff61652a');
  await page.close();
});

test('show removed, restore a line, and the choice lives in the URL', async () => {
  const { page, errors } = await open(env.context, `${env.base}#article=003_9198b02a1f0f41c8`);
  await page.check('input[name="view"][value="removed"]');
  const removed = page.locator('#article-body .role-boilerplate');
  assert.ok((await removed.count()) >= 20);
  const ad = page.locator('#article-body p[data-line="9"]');
  assert.match(await ad.textContent(), /Advertisement.*removed: advertisement marker/);
  await ad.getByRole('button', { name: 'Restore line 9' }).click();
  assert.match(page.url(), /view=removed/);
  assert.match(page.url(), /flip=003_9198b02a1f0f41c8:9/);
  assert.match(await page.locator('#article-body p[data-line="9"]').getAttribute('class'), /role-body flipped/);
  assert.match(await page.textContent('#cleanup-summary'), /^23 of/);

  // The clean view now shows the restored line; a fresh page at the same URL too.
  await page.check('input[name="view"][value="clean"]');
  assert.equal(await page.locator('#article-body p[data-line="9"]').count(), 1);
  const shared = await open(env.context, page.url());
  assert.equal(await shared.page.locator('#article-body p[data-line="9"]').count(), 1);
  assert.equal(await shared.page.locator('#article-body p[data-line="31"]').count(), 0);
  await shared.page.close();

  // Back undoes the view change, then the restore.
  await page.goBack();
  assert.equal(await page.isChecked('input[name="view"][value="removed"]'), true);
  await page.goBack();
  assert.doesNotMatch(page.url(), /flip=/);
  assert.match(await page.locator('#article-body p[data-line="9"]').getAttribute('class'), /role-boilerplate/);

  // A kept line can be removed by the reader.
  await page.locator('#article-body p[data-line="11"]').getByRole('button', { name: 'Remove line 11' }).click();
  assert.match(await page.locator('#article-body p[data-line="11"]').textContent(), /removed by you/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('raw view shows the text exactly as scraped', async () => {
  const { page } = await open(env.context, `${env.base}#article=002_0480e60a0dc126f6&view=raw`);
  const raw = await page.textContent('#article-body pre.raw');
  const { readFileSync } = await import('node:fs');
  assert.equal(raw, readFileSync(join(ROOT, 'seeds', '002_0480e60a0dc126f6.txt'), 'utf8'));
  await page.close();
});

test('entity types can be hidden, and the choice lives in the URL', async () => {
  const { page } = await open(env.context, `${env.base}#article=000_9aea07c3369ee7d0`);
  const gpe = page.locator('#article-body mark.ent-GPE').first();
  const shown = await gpe.evaluate((e) => getComputedStyle(e).backgroundColor);
  await page.uncheck('#type-GPE');
  assert.match(page.url(), /hide=GPE/);
  const hidden = await gpe.evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(shown, hidden);
  assert.equal(hidden, 'rgba(0, 0, 0, 0)');
  const label = page.locator('#article-body mark.ent-GPE .ent-label').first();
  assert.equal(await label.isVisible(), false);
  await page.close();
});
