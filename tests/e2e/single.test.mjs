// The single-file build (./build.sh single): dist/dateline.html opened
// from disk, with no server and no network.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { ROOT } from './browser.mjs';

const FILE = join(ROOT, 'dist', 'dateline.html');
let context;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-single-'));
  context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('dist/dateline.html works opened from disk, offline', async () => {
  assert.ok(existsSync(FILE), 'run ./build.sh single first');
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await context.setOffline(true);
  await page.goto(`file://${FILE}#article=002_0480e60a0dc126f6`);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('.article-link').count(), 5);
  assert.equal(await page.textContent('#article-title'), 'Britain says it has no evidence of spying by Huawei');
  assert.ok((await page.locator('#article-body mark.ent').count()) > 20);
  assert.equal(await page.locator('#map path').count(), 174);
  // Filtering and adding text work without a server too.
  await page.locator('#countries li[data-code="HU"] .chip-include').click();
  assert.equal(await page.locator('.article-link').count(), 1);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assert.deepEqual(errors, []);
  await page.close();
});
