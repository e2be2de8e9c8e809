// Shared set-up for the browser tests: Debian's Chromium driven by
// playwright-core, and dist/ served on localhost by tools/serve.mjs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** Starts the server and the browser; returns what a test needs. */
export async function start({ prefix = '/' } = {}) {
  const server = await serve(join(ROOT, 'dist'), 0, prefix);
  const userDataDir = mkdtempSync(join(tmpdir(), 'dateline-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  return {
    base,
    context,
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the server and the browser once for the test file that calls it
 * (a `before` and an `after` hook); the returned object is filled in by
 * the time the tests run: `{base, context, close}`. A file whose own
 * `before` hook needs the browser calls `start` itself instead: its hook
 * may run before this one.
 */
export function startForFile(options) {
  const env = {};
  before(async () => {
    Object.assign(env, await start(options));
  });
  after(async () => {
    await env.close?.();
  });
  return env;
}

/**
 * Opens the page and records console errors, page errors and requests.
 * The reader's saved articles (localStorage) are cleared first, so every
 * test starts from the bundled articles alone.
 */
export async function open(context, url) {
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => requests.push(req.url()));
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('dateline-test-started')) {
      sessionStorage.setItem('dateline-test-started', '1');
      localStorage.clear();
    }
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready]');
  return { page, errors, requests };
}

/**
 * Opens the page at `hash` and waits until the analysis is shown (ready
 * and successful), allowing a minute for a large corpus.
 */
export async function openAnalysed(env, hash = '') {
  const opened = await open(env.context, `${env.base}${hash}`);
  await opened.page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return opened;
}

/** Drops `files` ({name, bytes, type}) on the page's drop zone, as a
 * person dragging them from a file manager would. */
export async function dropFiles(page, files) {
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const { name, bytes, type } of files) dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
    return dt;
  }, files);
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
}
