// The embeddable view: configured by its URL, it sizes its iframe on a host
// page that includes embed.js, and keeps a fixed height without it.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, open, startForFile } from './browser.mjs';

const HOST = join(ROOT, 'dist', 'e2e-host.html');
const FIXED = join(ROOT, 'dist', 'e2e-fixed.html');
const env = startForFile();
before(() => {
  const frame = (id) =>
    `<iframe id="${id}" src="embed.html#article=003_9198b02a1f0f41c8&c=NL&scope=paragraph" title="Dateline" style="width:600px;height:300px;border:0"></iframe>`;
  writeFileSync(HOST, `<!doctype html><title>host</title><p>Host page</p>${frame('f')}<script src="embed.js"></script>`);
  writeFileSync(FIXED, `<!doctype html><title>host</title>${frame('g')}`);
});
after(() => {
  rmSync(HOST, { force: true });
  rmSync(FIXED, { force: true });
});

test('the embed shows the configured view and its host sizes the iframe', async () => {
  const page = await env.context.newPage();
  await page.goto(`${env.base}e2e-host.html`);
  const frame = page.frameLocator('#f');
  await frame.locator('body[data-ready="true"]').waitFor();
  assert.match(await frame.locator('#article-body p.line').first().textContent(), /Dutch/);
  assert.equal(await frame.locator('#article-body p.line').count(), 1);
  await page.waitForFunction(() => document.getElementById('f').style.height !== '300px');
  const [set, content] = await Promise.all([
    page.evaluate(() => parseFloat(document.getElementById('f').style.height)),
    frame.locator('html').evaluate((e) => e.getBoundingClientRect().height),
  ]);
  assert.ok(Math.abs(set - content) <= 2, `iframe ${set}px, content ${content}px`);
  await page.close();
});

test('without embed.js the iframe keeps its height', async () => {
  const page = await env.context.newPage();
  await page.goto(`${env.base}e2e-fixed.html`);
  await page.frameLocator('#g').locator('body[data-ready="true"]').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.getElementById('g').style.height), '300px');
  await page.close();
});

test('the main page offers the snippet for the current view', async () => {
  const { page, errors } = await open(env.context, `${env.base}#article=003_9198b02a1f0f41c8&c=NL&scope=paragraph`);
  await page.click('.embed-box summary');
  // The snippet is written when the box opens (its toggle event, a task later).
  await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.getElementById('embed-code')).value !== '');
  const code = await page.inputValue('#embed-code');
  assert.match(code, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html#article=003_9198b02a1f0f41c8&amp;c=NL&amp;scope=paragraph"/);
  assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
  assert.deepEqual(errors, []);
  await page.close();
});
