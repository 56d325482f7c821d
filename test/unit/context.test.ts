import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { mentionTexts, names, person, rolesOf, titlesOf } from './helpers';

test('names outside pinyin are persons by what surrounds them', () => {
  const m = analyze('Losang Gyatso, deputy secretary of the prefectural Party committee, presided over the meeting. Gulnar Yasin (female, Uyghur), vice county magistrate, reported. Prefecture leaders Bateer, Tsering Drolma and Gao Fengqin attended. Losang Gyatso required that all counties act.');
  assert.deepEqual(names(m), ['Losang Gyatso', 'Gulnar Yasin', 'Bateer', 'Tsering Drolma', 'Gao Fengqin']);
  assert.equal(person(m, 'Losang Gyatso').mentions.length, 2);
  assert.deepEqual(rolesOf(m, 'Bateer'), ['attended']);
});

test('context never turns places, questions or headlines into persons', () => {
  const m = analyze('Kao Shu-fen, professor at a university in Taichung, spoke. He worked for the Communist Youth League committee of Heping Commune, deputy director of it.\nReporter: How will the city evaluate it?\nDistrict Leaders Visited the Police');
  assert.deepEqual(names(m), ['Kao Shu-fen']);
});

test('courtesy titles and posts before a surname refer to the person named in full', () => {
  const m = analyze('Zhou Haoran, secretary of the Provincial Party Committee, visited Lanjiang. Mr Zhou urged officials to act. "We must act," Mr. Zhou said. Under Mr Zhou’s plan, dikes are watched.');
  assert.deepEqual(mentionTexts(m), ['Zhou Haoran', 'Zhou', 'Zhou', 'Zhou']);
  assert.deepEqual(titlesOf(m, 'Zhou Haoran'), ['secretary of the Provincial Party Committee']);
});

test('a name in Chinese characters in brackets is the same person', () => {
  const m = analyze('Gong Liming（龚立明）, president of the County People\'s Court, reported the work.');
  assert.deepEqual(person(m, 'Gong Liming').mentions.map((x) => x.text), ['Gong Liming', '龚立明']);
});

test('brands and companies shaped like names are not persons', () => {
  const m = analyze('Luo Xiaohua, who runs 12 Zhou Heiya franchise stores, and the Liu Laoba Food Group attended. Zhang Fei Beef opened a store.');
  assert.deepEqual(names(m), ['Luo Xiaohua']);
});

test('titles: vice- hyphen, of a place, organisations outside the vocabulary, former posts', () => {
  const m = analyze('Long Yingying, vice-mayor of Lanjiang, reported. Ding Haojie, chairman of Beiling Urban Construction Investment Group Co., Ltd., spoke. Yu Wenhua, former director of the District Housing and Urban-rural Development Bureau, was investigated. Huo Jianxin, director of the Yunqiao Municipal Bureau of Commerce, attended.');
  assert.deepEqual(titlesOf(m, 'Long Yingying'), ['vice-mayor of Lanjiang']);
  assert.deepEqual(titlesOf(m, 'Ding Haojie'), ['chairman of Beiling Urban Construction Investment Group Co., Ltd.']);
  assert.deepEqual(titlesOf(m, 'Yu Wenhua'), ['former director of the District Housing and Urban-rural Development Bureau']);
  assert.equal(m.titles.find((t) => t.text.startsWith('former'))?.norm.unique, false);
  assert.deepEqual(titlesOf(m, 'Huo Jianxin'), ['director of the Yunqiao Municipal Bureau of Commerce']);
});

test('a table of appointments: each row\'s post goes to its name, and the outgoing holder is no conflict', () => {
  const text = 'Appointed:\nLei Mingxuan            Director of the Changqiao County Education and Sports Bureau\n\nRemoved:\nShao Guangrong          Director of the Changqiao County Education and Sports Bureau\n';
  const m = analyze(text);
  assert.deepEqual(titlesOf(m, 'Lei Mingxuan'), ['Director of the Changqiao County Education and Sports Bureau']);
  assert.deepEqual(titlesOf(m, 'Shao Guangrong'), ['Director of the Changqiao County Education and Sports Bureau']);
  assert.deepEqual(m.findings.map((f) => f.code), []);
});

test('roles: inverted attendance, passive and active clauses, question-and-answer speakers', () => {
  const m = analyze('Attending the meeting at the branch venue were: Ouyang Hui, secretary of the county party committee; Tang Meifang.\nThe ceremony was presided over by Qu Hanlin, and Fan Shuling delivered the eulogy.\nPan Jinglong: We will cut the time for approvals.');
  assert.deepEqual(rolesOf(m, 'Ouyang Hui'), ['attended']);
  assert.deepEqual(rolesOf(m, 'Qu Hanlin'), ['presided']);
  assert.deepEqual(rolesOf(m, 'Fan Shuling'), ['spoke']);
  assert.deepEqual(rolesOf(m, 'Pan Jinglong'), ['spoke']);
});

test('"He" follows one person, not a list', () => {
  const m = analyze('Qiu Mingyuan, Tang Lixia and Yan Shoutian attended the meeting. He said that the province would help.');
  for (const n of ['Qiu Mingyuan', 'Tang Lixia', 'Yan Shoutian']) assert.deepEqual(rolesOf(m, n), ['attended']);
});
