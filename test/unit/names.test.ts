import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { mentionTexts, names, person } from './helpers';

test('sentence-initial name and possessive keep the span on the name only', () => {
  const m = analyze("Zhou Zhihong pointed out that we should study Xi Jinping's thought and Li Qiang’s report.");
  assert.deepEqual(mentionTexts(m), ['Zhou Zhihong', 'Xi Jinping', 'Li Qiang']);
});

test('names glued to titles and bylines', () => {
  const m = analyze('General Secretary Xi Jinping made instructions. The mayor Wei Shuwang attended. ( Reporter Chen Guoli and Photographer Hu Liang)');
  assert.deepEqual(names(m), ['Xi Jinping', 'Wei Shuwang', 'Chen Guoli', 'Hu Liang']);
});

test('two names with no separator after a byline label are two persons', () => {
  const m = analyze('Editor: Xiong Xiaoqin Shen Yanting');
  assert.deepEqual(names(m), ['Xiong Xiaoqin', 'Shen Yanting']);
});

test('a name broken by a line break is one mention', () => {
  const m = analyze('The meeting was presided over by township party secretary Cai\nYongqiang, who stressed safety.');
  assert.deepEqual(names(m), ['Cai Yongqiang'.replace(' ', '\n')].map((n) => n.replace(/\s+/g, ' ')));
  assert.equal(m.mentions[0].text, 'Cai\nYongqiang');
});

test('compound surnames and odd casing', () => {
  const m = analyze('Ouyang Hua, Zhuge Liang and Chang XiangQian, deputy county leaders, attended the meeting.');
  assert.deepEqual(names(m), ['Ouyang Hua', 'Zhuge Liang', 'Chang XiangQian']);
});

test('surnames that are English words need evidence', () => {
  const m = analyze('He said the sun was high. An important task is to sing a song. He Bingzheng, deputy director, attended the meeting.');
  assert.deepEqual(names(m), ['He Bingzheng']);
});

test('garbled single-token names inside a list of names', () => {
  const m = analyze('City leaders Qin Fengyu, Jihongwu, Chandu, Liu Zhonghan, Zuo Long, county, attended the meeting.');
  assert.deepEqual(names(m), ['Qin Fengyu', 'Jihongwu', 'Chandu', 'Liu Zhonghan', 'Zuo Long']);
});

test('places and organisations are not persons', () => {
  const m = analyze('Mei County held a meeting. Changxing Town and Taibai Mountain Tourist Area signed letters. The Municipal Bureau of Letters and Visits reported. Harmony is important to Xiantao.');
  assert.deepEqual(names(m), []);
});

test('surname-only reference binds to the earlier full name', () => {
  const m = analyze('Xu Dazhe, Secretary of the Provincial Party Committee, attended the meeting. Secretary Xu stressed that safety comes first.');
  const xu = person(m, 'Xu Dazhe');
  assert.equal(xu.mentions.length, 2);
  assert.equal(xu.mentions[1].kind, 'surname');
  assert.equal(xu.mentions[1].text, 'Xu');
});

test('names in Chinese characters after a byline label', () => {
  const m = analyze('The meeting ended.\n编辑：贺予菁');
  assert.deepEqual(names(m), ['贺予菁']);
});

test('Wade-Giles and Cantonese spellings do not break the recogniser', () => {
  const m = analyze('Leung Chi-wai, chairman of the association, and Lin Hsiu-mei attended the meeting.');
  assert.ok(names(m).includes('Leung Chi-wai'), JSON.stringify(names(m)));
});

test('UTF-16 offsets after emoji and CJK', () => {
  const text = '👉编辑 Zhou Zhihong, Secretary of the Municipal Party Committee, presided over the meeting.';
  const m = analyze(text);
  const mention = m.mentions[0];
  assert.equal(text.slice(mention.start, mention.end), 'Zhou Zhihong');
  assert.equal(mention.start, text.indexOf('Zhou'));
});

test('bylines: a courtesy title after the label is not a name, the name after it is; a name before a date', () => {
  const m = analyze('Translated by: Ms. Tang Qianyu (Group Foreign Affairs Office)\nReporter: Naranhua, Bai Jinpeng   Photo: Erdenbileg   2024-06-04 19:30');
  assert.deepEqual(names(m), ['Tang Qianyu', 'Naranhua', 'Bai Jinpeng', 'Erdenbileg']);
  for (const p of m.persons) assert.deepEqual(p.roles.map((r) => r.role), ['byline'], p.name);
});
