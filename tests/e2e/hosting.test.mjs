// dist/ works unchanged under a sub-path, as GitHub Pages serves it
// (https://user.github.io/repo/): relative URLs only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, startForFile } from './browser.mjs';

const env = startForFile({ prefix: '/some/repo/' });

test('the explorer runs under a sub-path with every request inside it', async () => {
  const { page, errors, requests } = await open(env.context, env.base);
  assert.equal(await page.getAttribute('body', 'data-ready'), 'true');
  assert.equal(await page.locator('.article-link').count(), 5);
  assert.ok((await page.locator('#article-body mark.ent').count()) > 10);
  const outside = requests.filter((u) => !u.startsWith(env.base) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await page.close();
});
