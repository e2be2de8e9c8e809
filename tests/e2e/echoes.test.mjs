// Echoes in the browser: the margin marker on a shared line and the
// side-by-side view with a word-level diff.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, startForFile } from './browser.mjs';

const env = startForFile();

test('an echoed line has a marker; a click shows both versions with a diff', async () => {
  const { page, errors } = await open(env.context, `${env.base}#article=000_9aea07c3369ee7d0`);
  assert.equal(await page.textContent('#echo-share'), '5 of 14 paragraphs echo other articles.');
  // The exact copy of line 6 in "Britain says it has no evidence…".
  const exact = page.locator('#article-body p[data-line="6"] button.echo-exact');
  assert.match(await exact.textContent(), /≡ also in Britain says it has no evidence of spying by Huawei/);
  await exact.click();
  assert.equal(await page.isVisible('#echo-panel'), true);
  assert.equal(await page.textContent('#echo-title'), 'Exact copy');
  assert.equal(await page.locator('#echo-panel del, #echo-panel ins').count(), 0);

  // A near copy: words only on one side are marked.
  await page.locator('#article-body p[data-line="4"] button.echo-near').click();
  assert.match(await page.textContent('#echo-title'), /^Near copy: \d+% of distinctive words shared/);
  assert.match(await page.textContent('#echo-right-label'), /line 7$/);
  const added = await page.locator('#echo-right ins').allTextContents();
  assert.ok(added.some((t) => t.includes('We do not endorse a complete ban.')), added.join(' | '));
  const removed = await page.locator('#echo-left del').allTextContents();
  assert.ok(removed.some((t) => t.includes('It is not in any sensitive networks')), removed.join(' | '));
  await page.click('#echo-close');
  assert.equal(await page.isVisible('#echo-panel'), false);
  // Removed lines never carry echo markers.
  await page.check('input[name="view"][value="removed"]');
  assert.equal(await page.locator('#article-body .role-boilerplate button.echo').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
