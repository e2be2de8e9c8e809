// Country filtering in the browser: any / all / exclude, paragraph mode,
// the map, and the filter kept in the URL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, startForFile } from './browser.mjs';

const env = startForFile();

const listed = (page) => page.locator('.article-link').evaluateAll((els) => els.map((e) => e.dataset.id.slice(0, 3)));

test('any, all and exclude filter the article list', async () => {
  const { page, errors } = await open(env.context, env.base);
  assert.deepEqual(await listed(page), ['000', '001', '002', '003', '004']);
  await page.locator('#countries li[data-code="DE"] .chip-include').click();
  await page.locator('#countries li[data-code="PL"] .chip-include').click();
  assert.deepEqual(await listed(page), ['000', '001']);
  assert.match(await page.textContent('#filter-summary'), /2 of 5 articles mention any of Germany, Poland/);
  await page.check('input[name="mode"][value="all"]');
  assert.deepEqual(await listed(page), ['001']);
  assert.match(page.url(), /c=DE\.PL/);
  assert.match(page.url(), /mode=all/);
  // Why it matched: the mentions behind the match.
  assert.match(await page.textContent('#match-why'), /DE: Germany \(line 36\).*PL: Poland \(line 38\)/);

  // Exclude: no article that mentions Australia.
  await page.goto(`${env.base}#x=AU`);
  await page.waitForFunction(() => document.querySelectorAll('.article-link').length === 2);
  assert.deepEqual(await listed(page), ['003', '004']);
  assert.equal(await page.getAttribute('#countries li[data-code="AU"] .chip-exclude', 'aria-pressed'), 'true');
  // Excluding a country every article mentions leaves none, and says so.
  await page.locator('#countries li[data-code="US"] .chip-exclude').click();
  assert.equal(await page.locator('.article-link').count(), 0);
  assert.match(await page.textContent('#article-list'), /No article matches/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('paragraph mode shows only the paragraphs that mention the country', async () => {
  const { page, errors } = await open(env.context, `${env.base}#c=NL`);
  assert.deepEqual(await listed(page), ['003']);
  await page.check('input[name="scope"][value="paragraph"]');
  assert.match(page.url(), /scope=paragraph/);
  const shown = page.locator('#article-body p.line');
  assert.equal(await shown.count(), 1);
  assert.match(await shown.first().textContent(), /Dutch.*government/);
  assert.match(await shown.first().locator('.matched').textContent(), /matched NL: Dutch/);
  const folded = await page.locator('#article-body .folded').allTextContents();
  assert.deepEqual(folded, ['⋯ 9 paragraphs without the chosen countries', '⋯ 2 paragraphs without the chosen countries']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the map is shaded by mentions; a click filters; the table lists the counts', async () => {
  const { page, errors } = await open(env.context, env.base);
  const gb = page.locator('#map path#c-GB');
  assert.match(await gb.getAttribute('class'), /shade-4/);
  assert.match(await gb.locator('title').textContent(), /United Kingdom: 5 articles, 35 paragraphs/);
  assert.equal(await page.locator('#map path#c-BR').getAttribute('tabindex'), null);
  await page.locator('#map path#c-HU').click();
  assert.deepEqual(await listed(page), ['002']);
  assert.match(page.url(), /c=HU/);
  assert.match(await page.locator('#map path#c-HU').getAttribute('class'), /chosen/);
  // Keyboard: a shaded country is focusable and Enter toggles it.
  await page.locator('#map path#c-HU').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.article-link').count(), 5);
  // The table alternative carries the same numbers.
  await page.click('.map-table summary');
  const row = page.locator('#country-table tr', { hasText: 'Hungary (HU)' });
  assert.deepEqual(await row.locator('td').allTextContents(), ['1', '1', '1']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the back button steps through filter changes', async () => {
  const { page } = await open(env.context, env.base);
  await page.locator('#countries li[data-code="RU"] .chip-include').click();
  assert.deepEqual(await listed(page), ['004']);
  await page.locator('#countries li[data-code="RU"] .chip-include').click();
  assert.equal(await page.locator('.article-link').count(), 5);
  await page.goBack();
  assert.deepEqual(await listed(page), ['004']);
  await page.goBack();
  assert.equal(await page.locator('.article-link').count(), 5);
  await page.close();
});
