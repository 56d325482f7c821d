import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

test('lexicon phrases and machine-translation variants carry the Chinese original', () => {
  const m = analyze('We should carry out the theme education of never forgetting the original mind and keeping our mission in mind.');
  const t = m.themes.find((x) => x.text.startsWith('never forgetting'));
  assert.ok(t, JSON.stringify(m.themes.map((x) => x.text)));
  assert.equal(t.chinese, '不忘初心、牢记使命');
});

test('numbered congresses and quoted slogans', () => {
  const m = analyze('We will welcome the 20th National Congress of the Communist Party of China and keep the bottom line of "six nonoccurrence".');
  const texts = m.themes.map((x) => x.text);
  assert.ok(texts.some((x) => x.startsWith('20th National Congress')), JSON.stringify(texts));
  assert.ok(texts.includes('six nonoccurrence'), JSON.stringify(texts));
});
