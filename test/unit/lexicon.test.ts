import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from 'jsonc-parser';
import { analyze } from '../../server/src/analysis/analyze';
import { workspaceConflicts } from '../../server/src/analysis/checks/workspaceConflict';
import { reportDate } from '../../server/src/analysis/meeting/reportDate';
import { summarize } from '../../server/src/analysis/workspace/reportSummary';
import { parseLexicon } from '../../server/src/lexicon/lexicon';
import { lexiconContext } from '../../server/src/lexicon/lexiconContext';
import { addIgnoredWordEdits, addOfficialEdits, addTitleVariantEdits } from '../../server/src/lexicon/lexiconEdits';

test('a valid lexicon parses, with comments and trailing commas', () => {
  const r = parseLexicon('{\n  // our officials\n  "officials": [{ "name": "Erkin Tursun", "titles": [{ "title": "Mayor", "from": "2021-03" }] },],\n}');
  assert.deepEqual(r.problems, []);
  assert.equal(r.lexicon?.officials?.[0].name, 'Erkin Tursun');
});

test('a malformed lexicon gives problems with positions and no lexicon', () => {
  const text = '{ "officials": [{ "nam": "Zhou" }], "ignore": { "words": [3] } }';
  const r = parseLexicon(text);
  assert.equal(r.lexicon, undefined);
  assert.ok(r.problems.some((p) => /required property 'name'/.test(p.message)));
  const wrongWord = r.problems.find((p) => /ignore\.words\.0/.test(p.message))!;
  assert.equal(text.slice(wrongWord.start, wrongWord.end), '3');
  assert.ok(parseLexicon('{ "officials": [ }').problems[0].message.startsWith('Invalid JSON'));
});

test('listed names are persons in every spelling, ignored words never are', () => {
  const ctx = lexiconContext({ officials: [{ name: 'Erkin Tursun', variants: ['Erkin Tursunjan'] }], ignore: { words: ['Zuo Long'] } });
  const m = analyze('Erkin Tursun presided over the meeting. Later Erkin Tursunjan spoke. County leaders Zuo Long attended.', { knowledge: ctx.knowledge });
  assert.deepEqual(m.persons.map((p) => [p.name, p.mentions.length]), [['Erkin Tursun', 2]]);
});

test('no part of an ignored phrase becomes a name, whatever way names are found', () => {
  const text = 'Zhou Zhihong, Secretary of the Municipal Party Committee, presided over the meeting. Zhou Zhihong pointed out that... Reporter: Zhou Zhihong';
  assert.deepEqual(analyze(text).persons.map((p) => p.name), ['Zhou Zhihong']);
  const ctx = lexiconContext({ ignore: { words: ['Zhou Zhihong'] } });
  assert.deepEqual(analyze(text, { knowledge: ctx.knowledge }).persons.map((p) => p.name), []);
});

test('lexicon theme phrases are recognised', () => {
  const ctx = lexiconContext({ themes: [{ phrase: 'three rural issues', chinese: '三农' }] });
  const m = analyze('We must solve the three rural issues.', { knowledge: ctx.knowledge });
  assert.equal(m.themes.find((t) => t.text === 'three rural issues')?.chinese, '三农');
});

test('accepted title variants are not flagged as title-wording', () => {
  const text = 'Fu Qingjian, Deputy County Mayor, reported. Fu Qingjian, Vice County Mayor, spoke at length.';
  assert.ok(analyze(text).findings.some((f) => f.code === 'title-wording'));
  const ctx = lexiconContext({ titleVariants: [['deputy', 'vice']] });
  assert.ok(!analyze(text, { knowledge: ctx.knowledge, checks: { acceptedWordings: ctx.acceptedWordings } }).findings.some((f) => f.code === 'title-wording'));
});

test('edits keep comments and formatting, and create the file from nothing', () => {
  const original = '{\n    // team lexicon\n    "officials": [\n        { "name": "Zhou Zhihong" }\n    ]\n}\n';
  let text = applyEdits(original, addOfficialEdits(original, 'Yu Ke', [{ title: 'Mayor' }]));
  assert.ok(text.startsWith('{\n    // team lexicon\n'));
  assert.match(text, /"name": "Yu Ke"/);
  text = applyEdits(text, addOfficialEdits(text, 'Yu Ke', [{ title: 'Mayor' }, { title: 'deputy Secretary of the Municipal Party Committee' }]));
  assert.equal(parseLexicon(text).lexicon?.officials?.[1].titles?.length, 2);
  assert.deepEqual(addIgnoredWordEdits(applyEdits(text, addIgnoredWordEdits(text, 'Harmony')), 'harmony'), []);
  const created = applyEdits('', addTitleVariantEdits('', ['deputy mayor', 'vice mayor']));
  assert.deepEqual(parseLexicon(created).lexicon?.titleVariants, [['deputy mayor', 'vice mayor']]);
});

test('report dates', () => {
  assert.equal(reportDate('Updated:  2019-10-10 [Print]'), '2019-10-10');
  assert.equal(reportDate('XINYANG, May 6, 2023 (Xinhua) -- The city ...'), '2023-05-06');
  assert.equal(reportDate('发布时间：2020年8月28日'), '2020-08-28');
  assert.equal(reportDate('On the morning of Oct 9th, the meeting was held.'), undefined);
});

const HERE = 'Release time: 2022-09-28\nYu Ke, Vice Mayor, presided over the meeting.';
const THERE = 'Release time: 2022-10-05\nYu Ke, Mayor, attended the meeting.';
const LATER = 'Release time: 2025-10-05\nYu Ke, Mayor, attended the meeting.';

test('workspace-conflict: another report at a close date gives the same person another rank', () => {
  const here = analyze(HERE);
  const [f] = workspaceConflicts(here, [summarize('file:///w/there.txt', analyze(THERE))]);
  assert.equal(f.code, 'workspace-conflict');
  assert.equal(HERE.slice(f.start, f.end), 'Vice Mayor');
  assert.match(f.message, /there\.txt \(2022-10-05\)/);
  assert.equal(f.related[0].uri, 'file:///w/there.txt');
  assert.deepEqual(f.related[0].range, { start: { line: 1, character: 7 }, end: { line: 1, character: 12 } });
  // three years apart: titles change, no conflict
  assert.deepEqual(workspaceConflicts(here, [summarize('file:///w/later.txt', analyze(LATER))]), []);
});

test('workspace-conflict: the lexicon, within its dates', () => {
  const ctx = lexiconContext({ officials: [{ name: 'Yu Ke', titles: [{ title: 'Mayor', from: '2021-01', to: '2023-12' }] }] });
  const here = analyze(HERE, { knowledge: ctx.knowledge });
  assert.match(workspaceConflicts(here, [], ctx.officials)[0].message, /workspace lexicon gives 'Mayor'/);
  const before = lexiconContext({ officials: [{ name: 'Yu Ke', titles: [{ title: 'Mayor', to: '2020-01' }] }] });
  assert.deepEqual(workspaceConflicts(here, [], before.officials), []);
});

test('an ignored phrase written in lower case after a post is no name either', () => {
  const text = 'Acting county magistrate bai shengli attended the meeting.';
  assert.deepEqual(analyze(text).persons.map((p) => p.name), ['bai shengli']);
  const ctx = lexiconContext({ ignore: { words: ['Bai Shengli'] } });
  assert.deepEqual(analyze(text, { knowledge: ctx.knowledge }).persons.map((p) => p.name), []);
});
