import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { rolesOf } from './helpers';

test('presided, attended and spoke from verbs after the subject group', () => {
  const m = analyze('Yu Ke, deputy Secretary of the Municipal Party Committee and Mayor, attended the meeting and made a speech. Guo Shengyuan presided over the meeting.');
  assert.deepEqual(rolesOf(m, 'Yu Ke'), ['attended', 'spoke']);
  assert.deepEqual(rolesOf(m, 'Guo Shengyuan'), ['presided']);
});

test('passive cue gives the role to the name after it', () => {
  const m = analyze('The meeting was chaired by Zhao Guibo, deputy secretary of the county party committee.');
  assert.deepEqual(rolesOf(m, 'Zhao Guibo'), ['presided']);
});

test('reported and the speaker followed through paragraphs', () => {
  const m = analyze('At the meeting, Liu Jie reported the results.\n\nFeng Jie pointed out that the county should focus on quality.\n\nFeng Jie required that we focus on growth.');
  assert.deepEqual(rolesOf(m, 'Liu Jie'), ['reported']);
  assert.deepEqual(rolesOf(m, 'Feng Jie'), ['spoke']);
});

test('a person only cited has no role', () => {
  const m = analyze("We should study Xi Jinping's thought on socialism with Chinese characteristics for a new era.");
  assert.deepEqual(rolesOf(m, 'Xi Jinping'), []);
});

test('conveying a speech and a literal "did report" are reports; "did exchange speech" is speaking', () => {
  const m = analyze('Meng Lixia conveyed the main contents of the speech. Meeting on, county bureau director Kou Dehai did report about the rural work situation; Dong Peilin did exchange speech.');
  assert.deepEqual(rolesOf(m, 'Meng Lixia'), ['reported']);
  assert.deepEqual(rolesOf(m, 'Kou Dehai'), ['reported']);
  assert.deepEqual(rolesOf(m, 'Dong Peilin'), ['spoke']);
});

test('"Accompanying the inspection were A, post; B, post; and C, post": all attended', () => {
  const m = analyze('Accompanying the inspection were Lu Shiqiang, member of the standing committee of the county party committee and executive deputy county head; Dong Peiwen, deputy county head; and Su Jiamin, director of the county emergency bureau.');
  for (const p of m.persons) assert.deepEqual(p.roles.map((r) => r.role), ['attended'], p.name);
});
