// Entity highlighting in the browser: tooltips on focus, the entity panel,
// the keyword-in-context list with jump links, the dark theme.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, startForFile } from './browser.mjs';

const env = startForFile();

test('a focused mention shows its type, canonical name, country and why', async () => {
  const { page } = await open(env.context, `${env.base}#article=000_9aea07c3369ee7d0`);
  const britain = page.locator('#article-body mark.ent-GPE', { hasText: 'Britain' }).first();
  await britain.focus();
  const tip = await britain.evaluate((e) => getComputedStyle(e, '::after').content);
  assert.match(tip, /GPE · United Kingdom · GB/);
  assert.match(tip, /country table/);
  // Keyboard: Tab moves from one mention to the next.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MARK');
  await page.close();
});

test('the entity panel groups by type; a click lists every mention in context', async () => {
  const { page, errors } = await open(env.context, `${env.base}#article=000_9aea07c3369ee7d0`);
  const groups = await page.locator('#entity-panel .group-title').allTextContents();
  assert.ok(groups[0].startsWith('Person'), groups.join(' | '));
  const huawei = page.locator('#entity-panel .entity-link', { hasText: 'Huawei' });
  assert.equal(await huawei.locator('.count').textContent(), '16');
  await page.locator('#entity-panel .entity-link', { hasText: 'Financial Times' }).click();
  assert.match(page.url(), /ent=ORG(:|%3A)Financial(\+|%20)Times/);
  assert.equal(await page.isVisible('#kwic'), true);
  assert.match(await page.textContent('#kwic-title'), /^Financial Times \(ORG\): 4 mentions in 3 articles/);
  const items = page.locator('#kwic-list li');
  assert.equal(await items.count(), 4);
  // The "FT" alias is listed under its canonical name.
  assert.ok((await items.allTextContents()).some((t) => t.includes('The FT cited')));
  assert.equal(await page.locator('#article-body mark.focused').count(), 1);

  // A jump link opens the other article at the mention, focused.
  await items.nth(2).locator('button.jump').click();
  assert.match(page.url(), /article=001_077d7a45cacff969/);
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  assert.match(focused ?? '', /^FT/);
  await page.click('#kwic-close');
  assert.equal(await page.isVisible('#kwic'), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('highlights stay readable in the dark theme', async () => {
  const page = await env.context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${env.base}#article=000_9aea07c3369ee7d0`);
  await page.waitForSelector('body[data-ready]');
  const colours = await page.locator('#article-body mark.ent-ORG').first().evaluate((e) => {
    const s = getComputedStyle(e);
    return [s.color, s.backgroundColor, getComputedStyle(document.body).backgroundColor];
  });
  // Dark ink on the light highlight, on a dark page.
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  assert.ok(lum(colours[0]) < 60, `ink ${colours[0]}`);
  assert.ok(lum(colours[1]) > 150, `highlight ${colours[1]}`);
  assert.ok(lum(colours[2]) < 60, `page ${colours[2]}`);
  await page.close();
});
