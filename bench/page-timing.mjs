// The page timings of the benchmark: first render, and click-to-paint for
// the country filter and for article selection. bench/run.mjs uses them;
// on their own (a minute or two, no compromise, no native build):
//
//   node bench/page-timing.mjs [DIST] [DIST_1000]
//
// DIST defaults to dist/ (5 bundled articles), DIST_1000 to
// target/bench/dist-1000/ (made by a full `./build.sh bench`; left out if
// missing). Prints the figures as JSON. See bench/README.md for the method.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './measure.mjs';

// The page probe, installed before any page script runs. Times are
// performance.now(), whose origin is the navigation start, so "ready" is
// milliseconds from navigation start to the moment app.js sets
// body[data-ready=true] (a MutationObserver callback runs in the microtask
// right after that), and "painted" is when the frame that shows it has been
// painted: a requestAnimationFrame callback runs just before that frame's
// style, layout and paint, and a MessageChannel message posted from it is
// delivered in the next task, after the frame. Clicks use the same "after
// paint" point, from the click event's timeStamp (the input's time).
function probe() {
  const marks = (window.__bench = {});
  const afterPaint = (done) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(frame, performance.now());
      channel.port2.postMessage(null);
    });
  new MutationObserver(() => {
    if (marks.ready === undefined && document.body?.dataset.ready) {
      marks.ready = performance.now();
      marks.state = document.body.dataset.ready;
      afterPaint((frame, painted) => Object.assign(marks, { frame, painted }));
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  // Where the time goes before that: the page's own wasm compile and
  // instantiate, if it makes one (the page may leave the wasm to its
  // worker), and the first DOM replacement (app.js renders only after the
  // analysis).
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      marks.wasmStart ??= performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        marks.wasmEnd = performance.now();
      }
    };
  }
  // (A page that marks 'dateline:analysed' is read from that mark instead.)
  const replace = Element.prototype.replaceChildren;
  Element.prototype.replaceChildren = function (...nodes) {
    marks.renderStart ??= performance.now();
    return replace.apply(this, nodes);
  };
  window.__armClick = () => {
    window.__click = new Promise((resolve) => {
      let start;
      let dispatched;
      addEventListener(
        'click',
        (e) => {
          start = e.timeStamp;
          dispatched = performance.now();
        },
        { capture: true, once: true },
      );
      addEventListener(
        'click',
        () => {
          const handled = performance.now();
          afterPaint((frame, painted) => resolve({ start, dispatched, handled, frame, painted }));
        },
        { once: true },
      );
    });
  };
}

/** How many articles the list holds (a virtualised list renders only some). */
const listCount = (page) =>
  page.$eval('#article-list', (list) => Number(list.dataset.count ?? list.querySelectorAll('.article-link').length));

/** Loads `url` with the probe; returns the page and its first-render marks. */
export async function loadPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(probe);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.painted !== undefined, null, { timeout: 120_000 });
  const marks = await page.evaluate(() => {
    const res = performance.getEntriesByType('resource');
    const nav = performance.getEntriesByType('navigation')[0];
    const end = (re) => Math.max(0, ...res.filter((r) => re.test(r.name)).map((r) => r.responseEnd));
    const worker = res.find((r) => /\/worker\.js$/.test(r.name));
    // The page marks the end of its analysis (older pages: their first
    // replaceChildren, which came right after it).
    const analysed = performance.getEntriesByName('dateline:analysed')[0]?.startTime;
    return {
      ...window.__bench,
      ...(analysed === undefined ? {} : { renderStart: analysed }),
      indexRequested: res.find((r) => r.name.endsWith('/articles/index.json'))?.startTime,
      workerRequested: worker?.startTime,
      html: nav.responseEnd,
      domContentLoaded: nav.domContentLoadedEventEnd,
      wasmFetched: end(/\.wasm$/),
      articlesFetched: end(/\/articles\//),
    };
  });
  marks.articles = await listCount(page);
  if (marks.state !== 'true') throw new Error(`${url}: page not ready (${marks.state}): ${errors.join('; ')}`);
  return { page, marks, errors };
}

/** Clicks `target` (a locator) and returns the probe's times for it. */
async function timedClick(page, target) {
  await target.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.evaluate(() => window.__armClick());
  await target.click();
  const r = await page.evaluate(() => window.__click);
  return {
    inputDelay: r.dispatched - r.start, // input event to the click being dispatched
    handler: r.handled - r.dispatched, // the page's click handler (JS, with its GC)
    // the browser's style, layout and paint and the wait for the frame (a
    // trace shows Chromium often lays out right after the handler, before
    // the animation frame, so the two are not told apart)
    render: r.painted - r.handled,
    painted: r.painted - r.start,
  };
}

function clickSummary(out, extra) {
  const ms = (key) => +median(out.map((c) => c[key])).toFixed(1);
  return {
    ...extra,
    clicks: out.length,
    median_ms: ms('painted'),
    input_delay_median_ms: ms('inputDelay'),
    handler_median_ms: ms('handler'),
    render_median_ms: ms('render'),
    min_ms: +Math.min(...out.map((c) => c.painted)).toFixed(1),
    max_ms: +Math.max(...out.map((c) => c.painted)).toFixed(1),
  };
}

/**
 * The link of the i-th article (0-based) in the list. A virtualised list
 * (rows carrying aria-posinset) renders only the rows in view, so the list
 * is first scrolled to the row, outside the timed part.
 */
async function articleLink(page, i) {
  const virtual = await page.$eval('#article-list', (list, pos) => {
    if (!list.querySelector('li[aria-posinset]')) return false;
    const count = Number(list.dataset.count);
    list.scrollTop = ((pos - 1) / count) * list.scrollHeight - list.clientHeight / 2;
    return true;
  }, i + 1);
  if (!virtual) return page.locator('.article-link').nth(i);
  const link = page.locator(`#article-list li[aria-posinset="${i + 1}"] .article-link`);
  await link.waitFor();
  return link;
}

/** Selecting articles in the list: n clicks after 2 warm-up clicks. */
export async function selectClicks(page, n, rand) {
  const count = await listCount(page);
  const out = [];
  let current = -1;
  for (let k = 0; k < n + 2; k++) {
    let i = count <= 10 ? (current + 1) % count : Math.floor(rand() * count);
    if (i === current) i = (i + 1) % count;
    current = i;
    const t = await timedClick(page, await articleLink(page, i));
    if (k >= 2) out.push(t);
  }
  return clickSummary(out, { articles: count });
}

/**
 * The country filter: a country chip's include button, pressed to turn the
 * country on and again to turn it off (both clicks timed), for one of the
 * ten most mentioned countries at a time; n clicks after 2 warm-up clicks.
 */
export async function filterClicks(page, n, rand) {
  const codes = (await page.$$eval('#countries .country-chip', (els) => els.map((e) => e.dataset.code))).slice(0, 10);
  if (codes.length === 0) throw new Error('no country chip on the page');
  const articles = await listCount(page);
  const out = [];
  const shown = [];
  for (let k = 0; k < n + 2; k += 2) {
    const code = codes[Math.floor(rand() * codes.length)];
    const chip = page.locator(`#countries .country-chip[data-code="${code}"] .chip-include`);
    const on = await timedClick(page, chip);
    if ((await chip.getAttribute('aria-pressed')) !== 'true') throw new Error(`the ${code} chip did not turn on`);
    shown.push(await listCount(page));
    const off = await timedClick(page, chip);
    if (k >= 2) out.push(on, off);
  }
  return clickSummary(out, { articles, countries: codes, articles_shown_median: median(shown) });
}

export const round = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === 'number' ? +v.toFixed(1) : v]));

/**
 * Where a load's time goes, in ms, from the probe's marks (see probe()).
 * The phases follow one another and add up to `painted`. A page that
 * leaves the wasm and its tables to the worker has no page-thread wasm
 * before the article list is asked for (`wasm_fetch_compile` and
 * `explorer_new` are then 0); the instance it makes later (for normalize,
 * from the worker's compiled module) overlaps the analysis and is given
 * apart as `page_wasm_instantiate`.
 */
export const breakdown = (m) => {
  const early = m.wasmStart !== undefined && m.indexRequested !== undefined && m.wasmEnd <= m.indexRequested;
  const begin = Math.min(...[early ? m.wasmStart : undefined, m.workerRequested, m.indexRequested].filter((x) => x !== undefined));
  return {
    html_and_scripts: begin, // navigation start to app.js starting its work (wasm, worker or article list)
    wasm_fetch_compile: early ? m.wasmEnd - m.wasmStart : 0, // the page thread's own wasm, before the articles
    explorer_new: early ? m.indexRequested - m.wasmEnd : 0, // new Explorer() + countries() on the page's thread
    articles_fetch: m.articlesFetched - (early ? m.indexRequested : begin),
    // the Web Worker loads and compiles the wasm, builds its Explorer (while
    // the articles load, when the page starts it first), analyses (cold
    // wasm) and posts the report back
    analyze_in_worker: m.renderStart - m.articlesFetched,
    dom: m.ready - m.renderStart, // includes fetching the world map, if the page waits for it
    to_paint: m.painted - m.ready,
    page_wasm_instantiate: !early && m.wasmStart !== undefined ? m.wasmEnd - m.wasmStart : 0,
  };
};

export const medianBreakdown = (loads) => {
  const all = loads.map(breakdown);
  return Object.fromEntries(Object.keys(all[0]).map((k) => [k, +median(all.map((b) => b[k])).toFixed(1)]));
};

/**
 * Every page timing: `loads` loads of `base5`, then filter and selection
 * clicks on the last; one load of `base1000` (if given) and its clicks.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function measurePages(context, base5, base1000, { loads = 5, prng, seed, step = () => {} }) {
  const page = { errors: [] };
  step('Chromium: first render and clicks, 5 articles');
  page.first5 = [];
  for (let i = 0; i < loads; i++) {
    const { page: p, marks, errors } = await loadPage(context, base5);
    page.first5.push(round(marks));
    page.errors.push(...errors);
    if (i < loads - 1) await p.close();
    else {
      page.filter5 = await filterClicks(p, 16, prng(seed));
      page.select5 = await selectClicks(p, 15, prng(seed));
      await p.close();
    }
  }
  if (base1000) {
    step('Chromium: first render and clicks, 1,000 articles');
    const { page: p, marks, errors } = await loadPage(context, base1000);
    page.first1000 = [round(marks)];
    page.filter1000 = await filterClicks(p, 16, prng(seed));
    page.select1000 = await selectClicks(p, 15, prng(seed));
    page.errors.push(...errors);
    await p.close();
  }
  return page;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ROOT = fileURLToPath(new URL('../', import.meta.url));
  const { chromium } = await import('playwright-core');
  const { serve } = await import('../tools/serve.mjs');
  const { PRNG_SEED, prng } = await import('./corpus.mjs');
  const dir5 = resolve(process.argv[2] ?? join(ROOT, 'dist'));
  const dir1000 = resolve(process.argv[3] ?? join(ROOT, 'target', 'bench', 'dist-1000'));
  const loads = Number(process.env.PAGE_LOADS ?? 5);
  const context = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  }).then((b) => b.newContext({ viewport: { width: 1280, height: 900 } }));
  const s5 = await serve(dir5, 0);
  const s1000 = existsSync(dir1000) ? await serve(dir1000, 0) : null;
  const url = (s) => `http://127.0.0.1:${s.address().port}/`;
  try {
    const page = await measurePages(context, url(s5), s1000 && url(s1000), {
      loads,
      prng,
      seed: PRNG_SEED,
      step: (m) => process.stderr.write(`--> ${m}\n`),
    });
    const summary = (c) => c && { median_ms: c.median_ms, handler_median_ms: c.handler_median_ms, render_median_ms: c.render_median_ms, articles: c.articles };
    console.log(
      JSON.stringify(
        {
          first_render_ms: +median(page.first5.map((l) => l.painted)).toFixed(1),
          first_render_ms_1000: page.first1000?.[0].painted,
          first_render_breakdown_ms: { articles_5: medianBreakdown(page.first5), articles_1000: page.first1000 && medianBreakdown(page.first1000) },
          filter_repaint: { articles_5: summary(page.filter5), articles_1000: summary(page.filter1000) },
          select_repaint: { articles_5: summary(page.select5), articles_1000: summary(page.select1000) },
          errors: page.errors,
        },
        null,
        1,
      ),
    );
  } finally {
    await context.browser()?.close();
    s5.close();
    s1000?.close();
  }
}
