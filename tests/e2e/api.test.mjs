// The wasm boundary itself (src/wasm.rs), in the browser that runs it:
// what `Explorer.analyze` gives back for good input, and the errors it
// answers bad input with (never a trap).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open, start } from './browser.mjs';

let env;
let page;
before(async () => {
  env = await start();
  ({ page } = await open(env.context, `${env.base}embed.html`));
});
after(async () => {
  await env?.close();
});

/** Runs `analyze(input)` on a fresh Explorer in the page: {ok, value} or {ok: false, error, trap}. */
async function analyze(input) {
  return page.evaluate(async (input) => {
    const { default: init, Explorer } = await import('./pkg/dateline.js');
    await init({ module_or_path: new URL('./pkg/dateline_bg.wasm', location.href) });
    const explorer = new Explorer();
    try {
      return { ok: true, value: explorer.analyze(input) };
    } catch (e) {
      return { ok: false, error: String(e?.message ?? e), trap: e instanceof WebAssembly.RuntimeError };
    }
  }, input);
}

test('a report for every article, its own text back, UTF-16 offsets', async () => {
  const text = 'Café owners in Paris said on Monday 😀 that Emmanuel Macron had visited.';
  const r = await analyze([{ id: 'a', text }, { id: 'b', text: 'Officials in Berlin met Olaf Scholz.' }]);
  assert.ok(r.ok, r.error);
  const [a, b] = r.value.docs;
  assert.deepEqual([a.id, b.id], ['a', 'b']);
  assert.equal(a.text, text);
  const paris = a.entities.find((e) => e.canonical === 'Paris');
  assert.ok(paris, JSON.stringify(a.entities));
  assert.equal(text.slice(paris.start, paris.end), 'Paris');
  const macron = a.entities.find((e) => e.type === 'PERSON');
  assert.equal(text.slice(macron.start, macron.end), 'Emmanuel Macron'); // after the emoji: UTF-16 units
  assert.equal(macron.text, undefined, 'the page slices mention texts itself');
  assert.deepEqual(a.countries, ['FR']);
  assert.deepEqual(b.countries, ['DE']);
});

test('analyzeJson: the same report as JSON text, without the articles\' texts', async () => {
  const same = await page.evaluate(async () => {
    const { default: init, Explorer } = await import('./pkg/dateline.js');
    await init({ module_or_path: new URL('./pkg/dateline_bg.wasm', location.href) });
    const explorer = new Explorer();
    const docs = [{ id: 'a', text: 'Officials in Berlin met Olaf Scholz on Monday.' }];
    const json = explorer.analyzeJson(docs);
    const report = explorer.analyze(docs);
    const parsed = JSON.parse(json);
    const hadText = 'text' in parsed.docs[0];
    parsed.docs[0].text = docs[0].text;
    return { typeofJson: typeof json, hadText, equal: JSON.stringify(parsed) === JSON.stringify(report) };
  });
  assert.deepEqual(same, { typeofJson: 'string', hadText: false, equal: true });
});

test('bad input is an error that names the problem, not a trap', async () => {
  const cases = [
    [[null], /item 0/],
    [[{ id: 'x' }], /item 0/],
    [[{ id: 7, text: 'Paris' }], /item 0/],
    [[{ id: 'empty', text: '  \n ' }], /^empty: the text is empty/],
    [[{ id: 'bin', text: 'a\u0000b' }], /^bin: binary data/],
  ];
  for (const [input, message] of cases) {
    const r = await analyze(input);
    assert.equal(r.ok, false, JSON.stringify(input));
    assert.equal(r.trap, false);
    assert.match(r.error, message);
  }
  const none = await analyze([]);
  assert.deepEqual(none.value, { docs: [] });
});
