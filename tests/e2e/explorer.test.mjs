// The explorer end to end: built dist/, served on localhost, in Chromium.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, open, start } from './browser.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

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
  assert.match(await britain.getAttribute('title'), /GPE: United Kingdom · GB/);
  const codes = await page.locator('#countries .country-chip').evaluateAll((els) => els.map((e) => e.dataset.code));
  assert.deepEqual(codes, ['AU', 'CN', 'DE', 'FR', 'GB', 'IT', 'NZ', 'US']);
  // Removed lines stay hidden until asked for.
  assert.equal(await page.locator('.role-boilerplate').count(), 0);
  assert.equal(await page.getByText('More news: No. 5 Vols').count(), 0);
  await page.check('#show-removed');
  const removed = page.locator('.role-boilerplate');
  assert.equal(await removed.count(), 3);
  assert.match(await removed.first().textContent(), /removed: link list/);
  await page.uncheck('#show-removed');

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
