// A thousand articles: the article list is virtual (only the rows in view
// are in the DOM), yet every article can be reached and selected, by mouse
// and by keyboard, and the country filter counts and lists them all.
// The articles are made up here and served in place of the bundled ones.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, openAnalysed, start } from './browser.mjs';

const N = 1000;
const id = (i) => `gen-${String(i).padStart(4, '0')}`;
// Article i (1-based) names Berlin when i % 4 is 1 or 3, Paris when it is
// 2 or 3, and Tokyo when it is 0: 500 articles mention Germany, 500 France,
// 250 both, 250 Japan.
const cities = (i) => [i % 4 === 1 || i % 4 === 3 ? 'Berlin' : null, i % 4 === 2 || i % 4 === 3 ? 'Paris' : null, i % 4 === 0 ? 'Tokyo' : null].filter(Boolean);
const text = (i) =>
  `Talks ${i} in ${cities(i).join(' and ')} ended on Tuesday with an agreement on shipping routes, officials said.\n` +
  `The delegation of ${i + 20} members met ministers in the morning and agreed on a common plan for the coming year.\n`;
const germany = (i) => i % 4 === 1 || i % 4 === 3;

let env;
before(async () => {
  env = await start();
  const entries = Array.from({ length: N }, (_, k) => ({ id: id(k + 1), file: `articles/${id(k + 1)}.txt` }));
  await env.context.route('**/articles/index.json', (route) => route.fulfill({ json: entries }));
  await env.context.route('**/articles/gen-*.txt', (route) => {
    const i = Number(new URL(route.request().url()).pathname.match(/gen-(\d+)\.txt$/)[1]);
    return route.fulfill({ body: text(i), contentType: 'text/plain; charset=utf-8' });
  });
});
after(async () => {
  await env?.close();
});

function load(hash = '') {
  return openAnalysed(env, hash);
}

const count = (page) => page.$eval('#article-list', (l) => Number(l.dataset.count));
const rendered = (page) => page.locator('#article-list .article-link').count();
const focusedRow = (page) => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'));

test('1,000 articles: the list renders only what is in view, and each row says where it stands', async () => {
  const { page, errors } = await load();
  assert.equal(await count(page), N);
  const shown = await rendered(page);
  assert.ok(shown > 3 && shown < 60, `${shown} rows in the DOM`);
  const first = page.locator('#article-list li[aria-posinset="1"]');
  assert.equal(await first.getAttribute('aria-setsize'), String(N));
  assert.match(await first.textContent(), /^Talks 1 in Berlin/);
  assert.match(await first.textContent(), /2\/2 lines kept · 1 mention$/);
  assert.equal(await page.locator('#article-list .article-link[aria-current="true"]').getAttribute('data-id'), id(1));
  const dir = join(ROOT, 'target', 'e2e');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, 'many.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the 1,000th article can be reached and selected by keyboard', async () => {
  const { page, errors } = await load();
  // The list is one tab stop: Tab from the control before it (the list's
  // order) lands on the selected row.
  await page.focus('#sort');
  await page.keyboard.press('Tab');
  assert.equal(await focusedRow(page), '1');
  await page.keyboard.press('End');
  assert.equal(await focusedRow(page), String(N));
  await page.keyboard.press('Enter');
  assert.match(page.url(), new RegExp(`article=${id(N)}`));
  assert.match(await page.textContent('#article-body'), new RegExp(`Talks ${N} in Tokyo`));
  assert.equal(await page.locator('#article-list .article-link[aria-current="true"]').getAttribute('data-id'), id(N));
  // The focused row stays in the DOM (and focused) when the list is scrolled away from it.
  await page.$eval('#article-list', (l) => {
    l.scrollTop = 0;
  });
  await page.waitForFunction(() => document.querySelector('#article-list li[aria-posinset="1"]'));
  assert.equal(await focusedRow(page), String(N));
  // Arrows and Home move the focus (scrolling back to it).
  await page.keyboard.press('ArrowUp');
  assert.equal(await focusedRow(page), String(N - 1));
  await page.keyboard.press('PageUp');
  const after = Number(await focusedRow(page));
  assert.ok(after < N - 2, `PageUp went to ${after}`);
  await page.keyboard.press('Home');
  assert.equal(await focusedRow(page), '1');
  // The tab stop moved with the focus: Shift+Tab out and Tab back returns to it.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await focusedRow(page), '1');
  assert.equal(await rendered(page) < 80, true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('scrolling the list reaches the last article; the scroll position survives a selection', async () => {
  const { page } = await load();
  await page.$eval('#article-list', (l) => {
    l.scrollTop = l.scrollHeight;
  });
  const last = page.locator(`#article-list li[aria-posinset="${N}"] .article-link`);
  await last.click();
  assert.match(await page.textContent('#article-body'), new RegExp(`Talks ${N} in`));
  const top = await page.$eval('#article-list', (l) => l.scrollTop);
  assert.ok(top > 1000, `scrollTop ${top}`);
  assert.equal(await last.getAttribute('aria-current'), 'true');
  // A link to an article far down the list scrolls the list to it.
  const shared = await load(`#article=${id(700)}`);
  const row = shared.page.locator(`#article-list li[aria-posinset="700"] .article-link`);
  assert.equal(await row.getAttribute('aria-current'), 'true');
  const [box, list] = [await row.boundingBox(), await shared.page.locator('#article-list').boundingBox()];
  assert.ok(box.y >= list.y - 1 && box.y + box.height <= list.y + list.height + 1, `row at ${box.y}, list ${list.y}–${list.y + list.height}`);
  await shared.page.close();
  await page.close();
});

test('the country filter is right with 1,000 articles', async () => {
  const { page, errors } = await load();
  const de = page.locator('#countries li[data-code="DE"]');
  assert.match(await de.locator('.chip-include').getAttribute('aria-label'), /Germany: 500 articles/);
  await de.locator('.chip-include').click();
  assert.equal(await count(page), 500);
  assert.match(await page.textContent('#filter-summary'), /500 of 1000 articles mention any of Germany/);
  const ids = async () => page.locator('#article-list .article-link').evaluateAll((els) => els.map((e) => Number(e.dataset.id.slice(4))));
  assert.ok((await ids()).every(germany));
  // The end of the filtered list: the last article that names Berlin.
  await page.$eval('#article-list', (l) => {
    l.scrollTop = l.scrollHeight;
  });
  await page.locator('#article-list li[aria-posinset="500"]').waitFor();
  assert.equal(await page.locator('#article-list li[aria-posinset="500"] .article-link').getAttribute('data-id'), id(999));
  assert.ok((await ids()).every(germany));
  // Germany and France: all of them.
  await page.locator('#countries li[data-code="FR"] .chip-include').click();
  await page.check('input[name="mode"][value="all"]');
  assert.equal(await count(page), 250);
  assert.ok((await ids()).every((i) => i % 4 === 3));
  // Germany excluded: the other 500.
  await page.locator('#countries li[data-code="FR"] .chip-include').click();
  await page.locator('#countries li[data-code="DE"] .chip-exclude').click();
  assert.equal(await count(page), 500);
  assert.ok((await ids()).every((i) => !germany(i)));
  // Back to everything.
  await page.locator('#countries li[data-code="DE"] .chip-exclude').click();
  assert.equal(await count(page), N);
  assert.deepEqual(errors, []);
  await page.close();
});
