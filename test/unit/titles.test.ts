import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { person, rolesOf, titlesOf } from './helpers';

test('joined posts are split at "and" but never inside a body name', () => {
  const m = analyze('Zhang Xiaobin, Member of the Standing Committee of the County Party Committee and Secretary of the Political and Legal Committee, reported the work.');
  assert.deepEqual(titlesOf(m, 'Zhang Xiaobin'), ['Member of the Standing Committee of the County Party Committee', 'Secretary of the Political and Legal Committee']);
});

test('titles in both orders normalise to the same post with its Chinese original', () => {
  const m = analyze('Jiang Hanwen, Secretary of the Municipal Party Committee, presided over the meeting. Municipal Party Secretary Jiang Hanwen stressed safety.');
  const [a, b] = person(m, 'Jiang Hanwen').titleIds.map((id) => m.titles[id].norm);
  assert.equal(a.postKey, b.postKey);
  assert.equal(a.chinese, '市委书记');
  assert.equal(a.rankTier, 0);
});

test('rank modifiers give the deputy tier', () => {
  const m = analyze('Yu Ke, deputy Secretary of the Municipal Party Committee and Mayor, attended the meeting.');
  const norms = person(m, 'Yu Ke').titleIds.map((id) => m.titles[id].norm);
  assert.deepEqual(norms.map((n) => n.rankTier), [1, 0]);
  assert.equal(norms[0].chinese, '市委副书记');
  assert.equal(norms[1].post, 'mayor');
});

test('a plural title after a list applies to every name in it', () => {
  const m = analyze("An Lu, Hu Jun, Zhang Xiaorui, deputy directors of the standing committee of the county people's congress, attended the meeting.");
  for (const n of ['An Lu', 'Hu Jun', 'Zhang Xiaorui']) {
    assert.deepEqual(titlesOf(m, n), ["deputy directors of the standing committee of the county people's congress"]);
    assert.deepEqual(rolesOf(m, n), ['attended']);
  }
});

test('a group label before a list covers the list', () => {
  const m = analyze('City leaders, including Yin Jiali, Zheng Zhangjun and Li Shaoyun, attended the meeting.');
  for (const n of ['Yin Jiali', 'Zheng Zhangjun', 'Li Shaoyun']) assert.deepEqual(titlesOf(m, n), ['City leaders']);
});

test('Name (Title) and title before name', () => {
  const m = analyze('Wang Ming (director of the County Public Security Bureau) reported. Vice Governor Long Xiaojun attended.');
  assert.deepEqual(titlesOf(m, 'Wang Ming'), ['director of the County Public Security Bureau']);
  assert.deepEqual(titlesOf(m, 'Long Xiaojun'), ['Vice Governor']);
});

test('byline labels are titles with the byline role', () => {
  const m = analyze('Author: Reporter Zhang Zongxing / Text Liu Qing / Picture');
  // 'Name / Label': the label after the slash belongs to the name before it
  assert.deepEqual(titlesOf(m, 'Zhang Zongxing'), ['Reporter', 'Text']);
  assert.deepEqual(titlesOf(m, 'Liu Qing'), ['Picture']);
  assert.deepEqual(rolesOf(m, 'Zhang Zongxing'), ['byline']);
});

test('the posts of prefectures, leagues and enterprises are titles', () => {
  const m = analyze('Tashi Dondrub, deputy secretary of the prefectural party committee and commissioner of the administrative office, presided. Leaders of the league Bayaraa, Sarangerel and Wei Jingtian attended. Yin Guofeng, chief accountant of the group, and Aku Shibu, head nurse of the Department of Pediatrics, made statements.');
  const titles = (name: string) => m.persons.find((p) => p.name === name)?.titleIds.map((id) => m.titles[id].text);
  assert.deepEqual(titles('Tashi Dondrub'), ['deputy secretary of the prefectural party committee', 'commissioner of the administrative office']);
  assert.deepEqual(titles('Bayaraa'), ['Leaders of the league']);
  assert.deepEqual(titles('Yin Guofeng'), ['chief accountant of the group']);
  assert.deepEqual(titles('Aku Shibu'), ['head nurse of the Department of Pediatrics']);
});

test('"full-time deputy" is one rank: the joined posts after it stay with the name before them', () => {
  const m = analyze('Chu Yaling, full-time deputy secretary of the Party Committee and chairwoman of the Trade Union, Leng Bingxu, secretary of the Discipline Inspection Commission, attended the meeting.');
  const titles = (name: string) => m.persons.find((p) => p.name === name)?.titleIds.map((id) => m.titles[id].text);
  assert.deepEqual(titles('Chu Yaling'), ['full-time deputy secretary of the Party Committee', 'chairwoman of the Trade Union']);
  assert.deepEqual(titles('Leng Bingxu'), ['secretary of the Discipline Inspection Commission']);
});

test('a party committee named without a level is 党委 in Chinese', () => {
  const m = analyze('Lao Zhenggang, secretary of the Party Committee and chairman of the Group, attended.');
  assert.equal(m.titles.find((t) => t.text === 'secretary of the Party Committee')?.norm.chinese, '党委书记');
});

test('a plural label covers a list whose names carry their Han characters in brackets, and ends at a name with its own title', () => {
  for (const text of [
    'Vice Presidents Shen Peiling (沈佩玲), Chai Yongkang (柴永康) and Wen Haolan (温浩岚), and Secretary of the Commission for Discipline Inspection Li Ming attended the meeting.',
    'Vice Presidents Shen Peiling, Chai Yongkang and Wen Haolan, and Secretary of the Commission for Discipline Inspection Li Ming attended the meeting.',
  ]) {
    const m = analyze(text);
    for (const name of ['Shen Peiling', 'Chai Yongkang', 'Wen Haolan']) assert.deepEqual(titlesOf(m, name), ['Vice Presidents'], `${name} in ${text}`);
    assert.deepEqual(titlesOf(m, 'Li Ming'), ['Secretary of the Commission for Discipline Inspection']);
  }
});

test('after a label\'s list, a chain of titles before a name is that name\'s', () => {
  const m = analyze('Vice Presidents Shen Peiling, Chai Yongkang and Mayor and Party Secretary Zhou Zhihong attended.');
  assert.deepEqual(titlesOf(m, 'Chai Yongkang'), ['Vice Presidents']);
  assert.deepEqual(titlesOf(m, 'Zhou Zhihong'), ['Mayor', 'Party Secretary']);
});

/** The post keys of the titles of the person, in document order. */
const postKeys = (text: string, name: string) => {
  const m = analyze(text);
  return person(m, name).titleIds.map((id) => m.titles[id].norm);
};

test('bodies side by side read outermost first: one post however the bodies are ordered', () => {
  const [a, b] = postKeys("Deng Bo, director of the county people's congress standing committee, attended. Deng Bo, director of the standing committee of the county people's congress, spoke.", 'Deng Bo');
  assert.equal(a.postKey, b.postKey);
  assert.deepEqual(a.bodies, ['standing-committee', 'peoples-congress']);
  assert.equal(a.chinese, b.chinese);
});

test('"of the county" alone is the level: the body is the post\'s own', () => {
  const [a, b] = postKeys('Song Yu, Party secretary of the county, presided. Song Yu, secretary of the county Party committee, spoke.', 'Song Yu');
  assert.equal(a.postKey, b.postKey);
  const [c, d] = postKeys('Du Qiang, Party chief of the city, presided. Du Qiang, secretary of the municipal Party committee, stressed work.', 'Du Qiang');
  assert.equal(c.postKey, d.postKey);
});

test('a word between the level and the body is a line of work, not a place: one post in any capitalisation', () => {
  const [a, b] = postKeys('Jiang Tao, director of the county education bureau, reported. Jiang Tao, Director of the County Education Bureau, spoke.', 'Jiang Tao');
  assert.equal(a.postKey, b.postKey);
  assert.equal(b.place, undefined);
  const [x] = postKeys('Ye Ming, secretary of the Xinghe County Party Committee, presided.', 'Ye Ming');
  assert.equal(x.place, 'Xinghe');
});

test('a table row ends at the line that opens the next row: its last title is not a title before the next name', () => {
  const m = analyze('Members:\nPan Dawei        party branch secretary and director of Liangshui Village\nSong Jie         director of Hetang Village\n');
  assert.deepEqual(titlesOf(m, 'Pan Dawei').filter((t) => t !== 'Members'), ['party branch secretary', 'director of Liangshui Village']);
  assert.deepEqual(titlesOf(m, 'Song Jie').filter((t) => t !== 'Members'), ['director of Hetang Village']);
});

test('"the CPPCC Xinghe County Committee" is the county CPPCC; "the CPC Xinghe County Committee" the county party committee', () => {
  const [a, b] = postKeys('Qian Yi, chairman of the county CPPCC, attended. Qian Yi, chairman of the CPPCC Xinghe County Committee, spoke.', 'Qian Yi');
  assert.equal(a.postKey, b.postKey);
  const [c, d] = postKeys('Duan Fei, secretary of the CPC Xinghe County Committee, presided. Duan Fei, secretary of the Xinghe County Party Committee, spoke.', 'Duan Fei');
  assert.equal(c.postKey, d.postKey);
  assert.equal(c.level, 'county');
});

test('credit labels of many sites, and "Label | Name"', () => {
  const m = analyze('Text | Kong Xiangyu   Picture | Ji Shuang   Editor | Yao Peiqi\nVideo: Bai Ruoxi   Editor on duty: Chang Bowen   Final trial: Tian Xiaofen\n');
  assert.deepEqual(titlesOf(m, 'Kong Xiangyu'), ['Text']);
  assert.deepEqual(titlesOf(m, 'Ji Shuang'), ['Picture']);
  assert.deepEqual(titlesOf(m, 'Bai Ruoxi'), ['Video']);
  assert.deepEqual(titlesOf(m, 'Chang Bowen'), ['Editor on duty']);
  assert.deepEqual(titlesOf(m, 'Tian Xiaofen'), ['Final trial']);
  // the label after its name still goes to that name
  assert.deepEqual(titlesOf(analyze('Zhang Zongxing / Text   Li Wen / Photo\n'), 'Zhang Zongxing'), ['Text']);
});

test('group labels of institutions: "Bureau leaders A, B and C", "Leaders of the zone A and B"', () => {
  const m = analyze('Bureau leaders Cai Hong, Xie Lian and Tang Wei attended. Leaders of the zone Liao Jian and Tian Run attended.');
  assert.deepEqual(titlesOf(m, 'Xie Lian'), ['Bureau leaders']);
  assert.deepEqual(titlesOf(m, 'Tian Run'), ['Leaders of the zone']);
});

test('an organisation named by its line of work in lower case after "of" ("bureau of natural resources and planning")', () => {
  const m = analyze('Lai Hua, director of the municipal bureau of natural resources and planning, reported. Yi Zhen, chairman of the Ruoshui federation of industry and commerce, spoke.');
  assert.deepEqual(titlesOf(m, 'Lai Hua'), ['director of the municipal bureau of natural resources and planning']);
  assert.deepEqual(titlesOf(m, 'Yi Zhen'), ['chairman of the Ruoshui federation of industry and commerce']);
});

test('"X is appointed as <post>", "X, who is also <post>", "X as <post>": the post is X\'s', () => {
  const m = analyze('Comrade Xiao Wenlong is appointed as deputy secretary of the County Party Committee. Sun Qiangwei, who is also Vice Mayor, made a speech. Li Bo as head of the group attended.');
  assert.deepEqual(titlesOf(m, 'Xiao Wenlong'), ['deputy secretary of the County Party Committee']);
  assert.deepEqual(titlesOf(m, 'Sun Qiangwei'), ['Vice Mayor']);
  assert.deepEqual(titlesOf(m, 'Li Bo'), ['head of the group']);
});

test('plural labels: "chairmen" is plural; titles chained before a label are the list\'s too; "and D, post" ends the list', () => {
  const m = analyze('Vice chairmen of the municipal CPPCC Liang Zhengyu, Du Haiyan and Ding Xueyi, and Zhan Wenjing, secretary-general, were seated. Members of the Party Group and deputy directors Shi Jingyu and Jia Wenqiang attended.');
  assert.deepEqual(titlesOf(m, 'Du Haiyan'), ['Vice chairmen of the municipal CPPCC']);
  assert.deepEqual(titlesOf(m, 'Zhan Wenjing'), ['secretary-general']);
  assert.deepEqual(titlesOf(m, 'Jia Wenqiang'), ['Members of the Party Group', 'deputy directors']);
});

test('a company named by capitalised words without a head noun ("chairwoman of Tanzhou Yuanfeng Robotics"); a mayor of a place stays one', () => {
  const m = analyze('Feng Lihua, chairwoman of Tanzhou Yuanfeng Robotics, spoke. Yin Boxiong, mayor of Chuanyuan, attended.');
  assert.deepEqual(titlesOf(m, 'Feng Lihua'), ['chairwoman of Tanzhou Yuanfeng Robotics']);
  assert.equal(person(m, 'Yin Boxiong').titleIds.map((id) => m.titles[id].norm.place)[0], 'Chuanyuan');
});

test('Chinese word order with a rank after the bodies: "township party committee deputy secretary"', () => {
  const m = analyze('Long Fangjie, township party committee deputy secretary, spoke.');
  const [t] = person(m, 'Long Fangjie').titleIds.map((id) => m.titles[id]);
  assert.equal(t.text, 'township party committee deputy secretary');
  assert.equal(t.norm.rankTier, 1);
});

test('"deputy to the National People\'s Congress" is a deputy of the congress, and the chain after it goes on', () => {
  const m = analyze("Tian Hongbo, deputy to the National People's Congress and secretary of the Shaquan County Party Committee, brought a suggestion.");
  assert.deepEqual(titlesOf(m, 'Tian Hongbo'), ["deputy to the National People's Congress", 'secretary of the Shaquan County Party Committee']);
});

test('a leaders page: "Posts:" on the line under a name gives that name its posts; an organisation\'s name ends at the line end', () => {
  const m = analyze('Secretary-General: Ji Pengfei\nPosts: Member of the Party Leadership Group of the Municipal Government, Director of the General Office of the Municipal Government\nDivision of work: Assists the mayor.\n');
  assert.deepEqual(titlesOf(m, 'Ji Pengfei'), ['Secretary-General', 'Member of the Party Leadership Group of the Municipal Government', 'Director of the General Office of the Municipal Government']);
});

test('"X is <post>" gives X the post', () => {
  const m = analyze('Lu Chengzhi is secretary of the Municipal Party Committee; Kong Dezhao is chairman of the municipal CPPCC.');
  assert.deepEqual(titlesOf(m, 'Lu Chengzhi'), ['secretary of the Municipal Party Committee']);
  assert.deepEqual(titlesOf(m, 'Kong Dezhao'), ['chairman of the municipal CPPCC']);
});

test('"Deputy commanders A (post, post), B (Bai, post), C": the label for all, the bracketed posts for each, an ethnicity no name', () => {
  const m = analyze('Deputy commanders Su Wenqiang (deputy secretary of the county party committee, county head), Li Xiuyun (Bai, executive deputy county head), Gu Hongbin and Lei Tingfeng attended.');
  assert.deepEqual(titlesOf(m, 'Li Xiuyun'), ['Deputy commanders', 'executive deputy county head']);
  assert.deepEqual(titlesOf(m, 'Gu Hongbin'), ['Deputy commanders']);
  assert.ok(!m.persons.some((p) => p.name === 'Bai'));
});

test('a list of posts before names: "Secretary of X Luo, Deputy secretary of X, mayor Du, director of Y Chen"', () => {
  const m = analyze("Secretary of the Municipal Party Committee Luo Yuanheng, Deputy secretary of the Municipal Party Committee, mayor Du Jingshan, director of the Standing Committee of the Municipal People's Congress Chen Zhaoxia and other city leaders attended.");
  assert.deepEqual(titlesOf(m, 'Luo Yuanheng'), ['Secretary of the Municipal Party Committee']);
  assert.deepEqual(titlesOf(m, 'Du Jingshan'), ['Deputy secretary of the Municipal Party Committee', 'mayor']);
});
