// Export of the current view as JSON and CSV.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { open, startForFile } from './browser.mjs';

const env = startForFile();

test('JSON and CSV hold the filtered articles, paragraphs and entities', async () => {
  const { page, errors } = await open(env.context, `${env.base}#c=NL&scope=paragraph`);
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(json.suggestedFilename(), 'dateline-view.json');
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.deepEqual(data.filter, { include: ['NL'], exclude: [], mode: 'any', scope: 'paragraph' });
  assert.deepEqual(data.articles.map((a) => a.id), ['003_9198b02a1f0f41c8']);
  const [article] = data.articles;
  assert.deepEqual(article.paragraphs.map((p) => p.line), [29]);
  assert.ok(article.entities.some((e) => e.text === 'Dutch' && e.country === 'NL'));
  assert.ok(article.entities.every((e) => e.line === 29));

  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const rows = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
  assert.equal(rows[0], 'article,title,line,role,mention,type,canonical,country');
  assert.ok(rows.some((r) => r.includes(',29,body,Dutch,NORP,Dutch,NL')), rows.join('\n'));
  assert.equal(rows.length, 1 + article.entities.length);
  assert.deepEqual(errors, []);
  await page.close();
});
