// Source of the third held-out set gold (test/holdout3). `node test/goldkit/build-set.mjs test/holdout3` turns this file
// into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention (odd casing, Chinese characters in parentheses and a name broken
//                by a line break are extra forms)
//   surnameIn    contexts such as "Governor Meng" / "Secretary Zhao": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout/README.md, test/holdout2/README.md, plus the decisions listed
// in README.md of this folder):
// - "Governor Meng", "Secretary Zhao", "Secretary Ouyang", "Secretary Peng", "Secretary Han": the surname is the
//   mention; the address form is not a separate title (the full post is always given elsewhere in the same text).
//   No text uses a bare surname without a title ("Meng said"): the goldkit binds surname-only mentions to a title word.
// - Odd casing ("GUAN Zhenyu" / "Guan Zhenyu", "qiao xiuying" / "Qiao Xiuying") and Chinese characters after the
//   pinyin ("Lin Qiushi (林秋实)") are extra spellings of one person; every occurrence is a mention.
// - A name broken by a line break ("Jiang\nShaolin") is a form whose span includes the newline.
// - Ethnic-minority names (Tibetan, Uyghur, Kazakh, Mongolian, Yi) are matched as whole names, middle dot included
//   ("Abduqadir·Tohti"); single-word Mongolian names ("Sechenbatu") are whole names; no surname-only forms.
// - Byline labels are titles ("Staff Reporter", "Photo", "Text", "Translator", "Proofreader", "Proofreading",
//   "Final review", "Responsible editor", "Editor in charge", Chinese "编辑", "审核"). Field names that are not a
//   credit label ("Author:" followed directly by the name, "Translated by:") give no title; the person keeps the
//   role byline. Organisations in a credit line ("Publicity Department / Qiao Wanning") are not persons.
// - Occupations without a post ("herdswoman", "Herdsman") are descriptions, not titles (as the villager in
//   holdout2/207); an NPC deputy ("deputy from Baisha County") and a school head ("village primary school
//   headmistress") hold posts and are titles.
// - Former posts of sentenced officials in a warning-education report are titles; such persons have roles [].
// - "made statements" (also on behalf of villages / departments) = reported; "conveyed", "read out", "informed",
//   "explained the plan", "made a work report", "briefed", "did report" = reported; "made arrangements",
//   "made exchange speeches", "spoke on behalf of", "required", "asked", "said" = spoke; "were seated on the
//   rostrum", "attended in the front row", "as non-voting participant(s)" = attended.
// - A "Name said ..." / "He said ..." sentence that continues the person's own report or statement adds no
//   separate `spoke` (as in test/holdout and test/holdout2).
// - Every double-quoted phrase is a theme, except full-sentence direct speech attributed with "said" (as in
//   test/holdout); also the named sessions, congresses, conferences and a few unquoted policy phrases.

const LEADERS308 = ['Tang Jianye', 'He Mengjie', 'Lv Zhaoguo', 'Xia Qiuping', 'Guo Hanwei', 'Shao Bingyan', 'Rao Dingfang',
  'Qi Xinwen', 'Hou Yuelan', 'Mu Changfeng', 'Wan Guangrong', 'Tian Yujie', 'Zhu Shaotang'];

export const reports = {
  '301_yunzhou_provincial_congress_government_work_report': {
    persons: [
      { name: 'Kang Ruolan', titles: ['Staff Reporter'], roles: ['byline'],
        note: "Newspaper byline 'By Staff Reporter Kang Ruolan | Updated: ...' (the label 'Staff Reporter' is the title; 'By' is not)." },
      { name: 'Meng Qingshan', surnameIn: ['Governor Meng'], titles: ['deputy secretary of the provincial Party committee', 'governor of Yunzhou'], roles: ['reported', 'spoke'],
        note: "'delivered the government work report' (reported); 'he said' and 'Governor Meng said' / 'Governor Meng also pledged' continue the report (no separate spoke); 'Speaking to reporters after the meeting, Meng Qingshan said' (spoke). Surname-only 'Governor Meng' twice (span = 'Meng'). The headline 'Governor vows ...' has no name (not a mention)." },
      { name: 'Xi Jinping', titles: ['Chinese President'], roles: [],
        note: "Xinhua-style 'Chinese President Xi Jinping' (title before the name). Only referred to." },
      { name: 'Wei Hongtao', titles: ["province's top legislator"], roles: ['presided'],
        note: "Passive 'The opening meeting was presided over by Wei Hongtao, the province's top legislator' (presided); descriptive post, leading article dropped." },
      { name: 'Du Wenhan', titles: ['Party chief of Yunzhou'], roles: ['attended'], note: "'were seated on the rostrum' (attended); newspaper wording of the provincial party secretary." },
      { name: 'Qiu Baoting', titles: ["chairman of the Yunzhou Provincial Committee of the Chinese People's Political Consultative Conference"], roles: ['attended'] },
      { name: 'Xie Mingchuan', titles: ['Vice-governors'], roles: ['attended'], note: "Hyphenated plural label before a 3-name list ('Vice-governors A, B and C also attended')." },
      { name: 'Ruan Shuping', titles: ['Vice-governors'], roles: ['attended'] },
      { name: 'Gao Linfeng', titles: ['Vice-governors'], roles: ['attended'] },
      { name: 'Yin Xiaodie', titles: ['deputy from Baisha County', 'village primary school headmistress'], roles: ['spoke'],
        note: "Female; 'a deputy from Baisha County and a village primary school headmistress' = two posts joined by ' and ', leading articles dropped. 'said' twice (spoke); the full-sentence quotation is direct speech, not a theme." },
      { name: 'Lu Xiangyi', titles: ['Photo'], roles: ['byline'], note: "'Photo: Lu Xiangyi / Yunzhou Daily' (the newspaper after the slash is not a person)." },
      { name: 'Pei Wenjun', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "Third Session of the 14th Yunzhou Provincial People's Congress",
      'around 5.5 percent',
      'pursue progress while ensuring stability',
      '15-minute elderly care circle',
      'cultivate new quality productive forces according to local conditions',
      'First Session of the 13th Yunzhou Provincial Committee of the CPPCC',
    ],
    notes: "English edition of a provincial newspaper (Yunzhou Daily), fluent edited newswire English: masthead, breadcrumb 'Home > Provincial News > Two Sessions 2025', headline without a name ('Governor vows steady growth ...'), byline 'By Staff Reporter X | Updated: ...', dateline 'YUNCHENG --', credits 'Photo: X / Yunzhou Daily' and 'Editor:' at the foot. Opening of a provincial people's congress session with the governor's government work report. Newspaper titles: 'Chinese President Xi Jinping', 'the province's top legislator', 'Party chief of Yunzhou', hyphenated 'Vice-governors' label before a list. Surname-only 'Governor Meng' twice; no bare surname is used. Two full-sentence direct quotations ('We want investors ...', 'Children in the mountains ...') are not themes. 'around 5.5 percent' occurs quoted and unquoted (two different targets: growth and unemployment). Non-persons: YUNCHENG (dateline), Yunzhou Great Hall, Baisha County, the Yuncheng-Lianshui high-speed railway. 'governor' (Meng Qingshan) vs 'Vice-governors' (three others): different persons, not a rank conflict.",
  },

  '302_tiequan_county_rural_revitalization_literal_mt': {
    persons: [
      { name: 'Deng Hongwei', titles: ['County party committee secretary'], roles: ['attended', 'spoke'],
        note: "Literal MT 'County party committee secretary Deng Hongwei attended meeting and speech' (title before the name; attended, spoke); 'pointed out', 'stressed' (spoke)." },
      { name: 'Qu Lixin', titles: ['County party committee deputy secretary', 'county head'], roles: ['presided', 'spoke'],
        note: "'County party committee deputy secretary, county head Qu Lixin presided meeting': two posts joined by ', ' before the name. 'asked' (spoke)." },
      { name: 'Rong Caixia', titles: ['County party committee deputy secretary'], roles: ['attended'] },
      { name: 'Jiang Shaolin', forms: ['Jiang\nShaolin', 'Jiang Shaolin'], titles: ['county party committee standing committee member', 'organization department minister'], roles: ['attended', 'spoke'],
        note: "First mention broken by a line break between surname and given name ('... organization department minister Jiang' / 'Shaolin, county people's congress ...'); that span includes the newline. 'made arrangement about the rural talent team building' and 'He said' (spoke)." },
      { name: 'Lai Chuanfa', titles: ["county people's congress standing committee director"], roles: ['attended'] },
      { name: 'Yue Dengke', titles: ['county CPPCC chairman'], roles: ['attended'],
        note: "'county CPPCC chairman Yue Dengke etc. county leaders attended meeting': 'etc. county leaders' is the literal form of the generic 'and other county leaders' (not a title)." },
      { name: 'Ji Honggang', titles: ['county agriculture rural bureau director'], roles: ['reported'], note: "'did report about ...' (reported)." },
      { name: 'Tang Yuxi', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Wu Qian', titles: ['Photo'], roles: ['byline'] },
      { name: 'Nie Lanfang', titles: ['Proofreader'], roles: ['byline'] },
      { name: '罗晓燕', titles: ['编辑'], roles: ['byline'],
        note: "Untranslated Chinese credit '编辑：罗晓燕' (editor) with a full-width colon: the name is in Chinese characters only; the label '编辑' is the title." },
      { name: 'Ren Zhiyuan', titles: ['审核'], roles: ['byline'], note: "Chinese label '审核：' (reviewer) with a pinyin name." },
    ],
    themes: [
      'rural revitalization',
      'not occurring scale return poverty',
      'Ten Million Project',
      'keep the bottom line, grasp development, promote revitalization',
      "country's biggest thing",
      'two committees',
      'head goose',
      'new farmer',
      'local talent',
    ],
    notes: "County convergence-media site (Tiequan), very literal machine translation (missing articles and verbs: 'attended meeting and speech', 'presided meeting', 'did report', 'Meeting on,', 'Want to ...'). Breadcrumb with double spaces, 'Release time / Source / Reading volume' line. All titles before the names in word-for-word order ('County party committee deputy secretary, county head Qu Lixin', 'county people's congress standing committee director Lai Chuanfa'). One name broken by a line break (Jiang / Shaolin). Credits at the foot in four forms: 'Reporter: X   Photo: Y', 'Proofreader:', an untranslated '编辑：罗晓燕' (name in Chinese characters) and '审核：Ren Zhiyuan'. 'etc. county leaders' is generic. Non-persons: Shangba Town, Liuzhuang Township, Xinqiao Village (units that made exchange speeches). Two persons share the post 'County party committee deputy secretary' (Qu Lixin, Rong Caixia): not an inconsistency.",
  },

  '303_nanheng_university_party_committee_enlarged_meeting': {
    persons: [
      { name: 'Huo Jianping', forms: ['Huo Jianping', '霍建平'], titles: ['Secretary of the University Party Committee'], roles: ['presided', 'spoke'],
        note: "Title-case post before the name, Chinese characters in ASCII parentheses after it ('Huo Jianping (霍建平)'): the characters are a second spelling and a separate mention. 'stressed', 'asked' (spoke)." },
      { name: 'Lin Qiushi', forms: ['Lin Qiushi', '林秋实'], titles: ['Deputy Secretary of the University Party Committee', 'President'], roles: ['attended', 'spoke'],
        note: "Chinese characters after both mentions ('Lin Qiushi (林秋实)'). 'made arrangements', 'asked' (spoke)." },
      { name: 'Zeng Yuhang', forms: ['Zeng Yuhang', '曾宇航'], titles: ['Deputy Secretary of the University Party Committee'], roles: ['attended', 'reported'],
        note: "'conveyed the main contents of the speech' (reported). Same post wording as Lin Qiushi's first post: two deputy secretaries, not an inconsistency." },
      { name: 'Shen Peiling', forms: ['Shen Peiling', '沈佩玲'], titles: ['Vice Presidents', 'Vice President'], roles: ['attended', 'reported'],
        note: "Plural label before a 3-name list ('Vice Presidents A (..), B (..) and C (..)'), each name followed by its characters; later 'Vice President Shen Peiling reported' (singular label, a second title)." },
      { name: 'Chai Yongkang', forms: ['Chai Yongkang', '柴永康'], titles: ['Vice Presidents'], roles: ['attended'] },
      { name: 'Wen Haolan', forms: ['Wen Haolan', '温浩岚'], titles: ['Vice Presidents'], roles: ['attended'] },
      { name: 'Zhuo Minghe', forms: ['Zhuo Minghe', '卓明和'], titles: ['Secretary of the Commission for Discipline Inspection'], roles: ['attended', 'spoke'],
        note: "Title before the name; 'required' (spoke)." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'General Secretary Xi Jinping' twice; only referred to." },
      { name: 'Qiao Wanning', titles: ['Text'], roles: ['byline'], note: "'Text: Publicity Department / Qiao Wanning': the department is not a person." },
      { name: 'Bi Yuchen', titles: ['Photo'], roles: ['byline'], note: "'Photo: Student Journalists Corps / Bi Yuchen'." },
      { name: 'Ling Xiaoshuang', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'National Education Conference',
      'six musts',
      'strong education country',
      'Double First-Class',
      'cultivating people by virtue',
      'three-wide education',
      'four winds',
    ],
    notes: "University news site (Nanheng University of Technology): 'Posted by: <department>   Date   Hits' line, credits in one parenthesised line at the end ('(Text: Dept / X   Photo: Corps / Y   Editor: Z)'). Enlarged meeting of the standing committee of a university party committee. Every leader's name (not the byline names) is followed by Chinese characters in ASCII parentheses '(霍建平)'; the characters are a second spelling of the person. Title-case university posts ('Secretary of the University Party Committee', 'President', 'Vice Presidents', 'Secretary of the Commission for Discipline Inspection'). 'Heads of the Party and government offices ... attended as non-voting participants' is collective. 'President' (Lin Qiushi) vs 'Vice President(s)' (three others) and 'Secretary' vs 'Deputy Secretary of the University Party Committee': different persons, not inconsistencies. Non-persons: Administration Building, Student Journalists Corps.",
  },

  '304_shuangliu_township_autumn_harvest_meeting': {
    persons: [
      { name: 'Long Zhiqiang', titles: ['secretary of the township party committee'], roles: ['attended', 'spoke'],
        note: "Surname 'Long' at the start of sentences; the text also has sentence-initial 'Long-standing problems' and 'Long before the rain comes' (adjective / adverb, not mentions). 'He stressed' is a pronoun for him." },
      { name: 'He Chunmei', titles: ['deputy secretary of the township party committee', 'township head'], roles: ['presided', 'spoke'],
        note: "Female; sentence-initial 'He Chunmei required' two sentences after the pronoun 'He stressed' (Long Zhiqiang); 'She asked' (spoke)." },
      { name: 'Sun Dawei', titles: ['member of the township party committee', 'deputy township head'], roles: ['reported'],
        note: "'reported on the progress of the autumn harvest'; 'He said the township will send ...' continues his report (no separate spoke). The text also has 'Under the hot autumn sun' and the editor Sun Hua (a different person)." },
      { name: 'Song Wenbo', titles: ['director of the township agricultural service center'], roles: ['reported'],
        note: "'briefed on the weather' (reported). The text also has sentence-initial 'Song and dance performances' (not a mention)." },
      { name: 'Bai Yutang', titles: ['secretary of the party branch of Yanghe Village'], roles: ['reported'],
        note: "'made statements on behalf of the villages' (reported); 'Bai Yutang said ...' right after continues the statement." },
      { name: 'Fang Lixia', titles: ['director of the village committee of Shiqiao Village'], roles: ['reported'],
        note: "Female; 'made statements' (reported), 'Fang Lixia said ...' continues the statement." },
      { name: 'Ban Guoqiang', titles: ['deputy secretary of the township party committee'], roles: ['attended'] },
      { name: 'Fan Xiaomin', titles: ['member of the township party committee', 'head of the armed forces department'], roles: ['attended'] },
      { name: 'Kang Jiawei', titles: ['member of the township party committee'], roles: ['attended'] },
      { name: 'Yao Chunfang', titles: ['Text'], roles: ['byline'] },
      { name: 'Sun Hua', titles: ['Editor'], roles: ['byline'], note: "Two-syllable name with surname Sun; not Sun Dawei." },
      { name: 'Long Xin', titles: ['Reviewer'], roles: ['byline'], note: "Two-syllable name with surname Long; not Long Zhiqiang." },
    ],
    themes: [
      'autumn harvest and autumn planting',
      'rural environment improvement',
      'deep ploughing and fine harrowing',
      'beautiful courtyard',
      'grain is returned to the granary',
    ],
    notes: "Township government site (Shuangliu), plain MT; header 'date   Source: ... Author: Party and Government Office' (an office, not a person). Township work meeting on the autumn harvest. Surnames that are English words in risky positions: Long (Long Zhiqiang, Long Xin vs sentence-initial 'Long-standing' and 'Long before'), He (He Chunmei vs the pronoun 'He stressed' / 'He said'), Sun (Sun Dawei, Sun Hua vs 'the hot autumn sun'), Song (Song Wenbo vs 'Song and dance'), Bai, Fang, Ban, Fan, Kang; names sentence-initial in 'Fang Lixia said', 'Bai Yutang said'. Two deputy secretaries of the township party committee (He Chunmei, Ban Guoqiang) and two 'member of the township party committee': not inconsistencies. Non-persons: Yanghe Village, Shiqiao Village, the 14 villages' secretaries (collective).",
  },

  '305_kangsar_prefecture_ethnic_unity_border_meeting': {
    persons: [
      { name: 'Dawa Drolma', titles: ['Text'], roles: ['byline'], note: "Tibetan two-word name in the header credit 'Text: Dawa Drolma'." },
      { name: 'Shi Yanqing', titles: ['Translator'], roles: ['byline'] },
      { name: 'Fu Zhenyu', titles: ['secretary of the prefectural party committee'], roles: ['attended', 'spoke'] },
      { name: 'Tashi Dondrub', titles: ['deputy secretary of the prefectural party committee', 'commissioner of the administrative office'], roles: ['presided', 'spoke'],
        note: "Tibetan name (two words, no surname); 'made arrangements', 'He asked' (spoke)." },
      { name: 'Ngawang Tenzin', titles: ["director of the Standing Committee of the Prefectural People's Congress Working Committee"], roles: ['attended'] },
      { name: 'Pema Yangzom', titles: ['chairwoman of the prefectural CPPCC working committee'], roles: ['attended'] },
      { name: 'Kou Lijun', titles: ['deputy secretary of the prefectural party committee'], roles: ['attended'],
        note: "Second deputy secretary (same post wording as Tashi Dondrub's first post): not an inconsistency." },
      { name: 'Tsering Norbu', titles: ['member of the Standing Committee of the prefectural party committee', 'minister of the United Front Work Department'], roles: ['reported'] },
      { name: 'Lhakpa·Tsering', titles: ['deputy commissioner'], roles: ['reported'],
        note: "Name written with a middle dot U+00B7 (inside the span). 'read out the decision' (reported). 'Tsering' is also part of Tsering Norbu's name (a different person)." },
      { name: 'Yangchen Lhamo', titles: [], roles: ['spoke'],
        note: "'a herdswoman from Chagdo Township who has guarded the border for 27 years' is an occupation and description, not a post (titles []). 'spoke on behalf of the advanced individuals' (spoke)." },
      { name: 'Migmar Yudron', titles: ['Editor'], roles: ['byline'] },
      { name: 'Zhong Weiqiang', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'model area of ethnic unity and progress',
      'forging a strong sense of community for the Chinese nation',
      'three exchanges',
      'four identifications',
      'five identifications',
      'ethnic unity and progress',
      'living boundary marker',
      'guardian of the sacred land',
    ],
    notes: "English channel of a bilingual prefecture portal in a Tibetan area (Kangsar), header line 'Time / Source: Kangsar Daily / Text: X / Translator: Y', 'Editor / Reviewer' at the foot. Prefecture work conference on ethnic unity and border villages. Tibetan names of two words without a surname (Tashi Dondrub, Ngawang Tenzin, Pema Yangzom, Tsering Norbu, Dawa Drolma, Yangchen Lhamo, Migmar Yudron), one with a middle dot (Lhakpa·Tsering); Han names Fu Zhenyu, Kou Lijun, Shi Yanqing, Zhong Weiqiang. Prefecture-level posts of an administrative office ('commissioner', 'deputy commissioner') and of the people's congress / CPPCC 'working committees'. 'commissioner' (Tashi Dondrub) vs 'deputy commissioner' (Lhakpa·Tsering): different persons. Representatives of Rongpo County, Chagdo Township and the 3rd Border Defense Company are units, not persons. Places: Kangsar Town, Yarlung Tsangpo.",
  },

  '306_bostan_prefecture_standing_committee_cotton_water': {
    persons: [
      { name: 'Zhao Qinglin', surnameIn: ['Secretary Zhao'], titles: ['secretary of the prefectural party committee'], roles: ['presided', 'spoke'],
        note: "Name in the headline. Surname-only 'Secretary Zhao stressed' and 'Secretary Zhao finally asked' (span = 'Zhao'); 'He asked' is a pronoun." },
      { name: 'Abduqadir·Tohti', titles: ['deputy secretary of the prefectural party committee', 'commissioner of the administrative office'], roles: ['attended', 'spoke'],
        note: "Uyghur name with a middle dot (inside the span). 'required', 'He said' (spoke)." },
      { name: 'Yu Haichuan', titles: ['Members of the Standing Committee of the Prefectural Party Committee'], roles: ['attended'],
        note: "Title-case plural label before a 6-name list that directly follows another person's posts ('..., commissioner of the administrative office, Members of the Standing Committee of the Prefectural Party Committee A, B, C, D, E and F attended')." },
      { name: 'Gulnisa·Rozi', titles: ['Members of the Standing Committee of the Prefectural Party Committee'], roles: ['attended', 'reported'] },
      { name: 'Mehmetjan Ablimit', titles: ['Members of the Standing Committee of the Prefectural Party Committee', 'member of the Standing Committee of the Prefectural Party Committee', 'executive deputy commissioner'], roles: ['attended', 'reported'],
        note: "Uyghur name written with a space (no middle dot). 'The meeting heard the report of Mehmetjan Ablimit, ... on ...' (reported). The singular lower-case 'member of ...' is a second title string (label vs post)." },
      { name: 'Lou Tianci', titles: ['Members of the Standing Committee of the Prefectural Party Committee'], roles: ['attended'] },
      { name: 'Serik·Nurlan', titles: ['Members of the Standing Committee of the Prefectural Party Committee', 'member of the Standing Committee of the Prefectural Party Committee', 'secretary of the Political and Legal Affairs Commission'], roles: ['attended', 'spoke'],
        note: "Kazakh name with a middle dot. 'made arrangements' (spoke)." },
      { name: 'Xing Baohua', titles: ['Members of the Standing Committee of the Prefectural Party Committee'], roles: ['attended'], note: "Last of the list after ' and '." },
      { name: 'Ismayil·Qadir', titles: ["director of the Prefectural People's Congress Working Committee"], roles: ['attended'],
        note: "'attended the meeting as non-voting participants' (attended)." },
      { name: 'Dilnur Awut', titles: ['chairwoman of the Prefectural CPPCC Working Committee'], roles: ['attended'] },
      { name: 'Aynur·Tursun', titles: ['Responsible editor'], roles: ['byline'], note: "'(Responsible editor: Aynur·Tursun)' at the foot." },
    ],
    themes: [
      'third plenary session of the 20th CPC Central Committee',
      "Party's strategy for governing Xinjiang in the new era",
      'general goal',
      'eight promotions',
      'Bostan Apricot Flower Culture and Tourism Season',
      'blade',
      'Xinjiang is a good place',
      'first line of defense',
      'urgent, difficult and anxious',
    ],
    notes: "Prefecture government portal in Xinjiang (Bostan): 'Current position: Home >> ...' breadcrumb, headline with the presiding person's name, 'Release date / Information source / Browse times' line, '(Responsible editor: X)'. Standing committee meeting of the prefectural party committee. Uyghur and Kazakh names with a middle dot (Abduqadir·Tohti, Gulnisa·Rozi, Serik·Nurlan, Ismayil·Qadir, Aynur·Tursun) and with a space (Mehmetjan Ablimit, Dilnur Awut); Han names Zhao Qinglin, Yu Haichuan, Lou Tianci, Xing Baohua. Surname-only 'Secretary Zhao' twice. Title-case plural label before a 6-name list directly after another person's posts. 'commissioner' (Abduqadir·Tohti) vs 'executive deputy commissioner' (Mehmetjan Ablimit): different persons. 'The meeting pointed out' is collective. Places: Tarim Poplar Forest.",
  },

  '307_daliang_prefecture_hospital_party_committee': {
    persons: [
      { name: 'Ashi Mose', titles: ['Correspondent'], roles: ['byline'],
        note: "Yi name. Header 'Author: Party Committee Office   Correspondent: Ashi Mose' (the office is not a person)." },
      { name: 'Jjike Lazuo', titles: ['secretary of the Party Committee of the hospital', 'Final review'], roles: ['presided', 'spoke', 'byline'],
        note: "Yi name with the double consonant 'Jj'; female ('She required'). Also credited at the foot as 'Final review: Jjike Lazuo' (the party secretary approves the release: byline, title 'Final review')." },
      { name: 'Luo Yuanzheng', titles: ['deputy secretary of the Party Committee', 'president of the hospital'], roles: ['attended', 'reported'],
        note: "'reported on the medical quality'; 'He also pointed out the weak links' continues his report (no separate spoke)." },
      { name: 'Qubi Ayi', titles: ['Vice Presidents', 'vice president in charge of medical affairs'], roles: ['attended', 'reported'],
        note: "Yi name. Label before a 3-name list ('Vice Presidents A, B and C'); 'read out the ... implementation plan' (reported)." },
      { name: 'Tao Hanlin', titles: ['Vice Presidents', 'vice president'], roles: ['attended', 'reported'], note: "'made a statement' (reported)." },
      { name: 'Shama Wuniu', titles: ['Vice Presidents', 'vice president'], roles: ['attended', 'spoke'], note: "Yi name; 'made arrangements' (spoke)." },
      { name: 'Mao Yiqian', titles: ['Secretary of the Discipline Inspection Commission of the hospital'], roles: ['attended', 'reported'],
        note: "Title before the name; 'reported on the problems', 'informed two typical cases' (reported)." },
      { name: 'Wang Jiaxi', titles: ['director of the Department of Gynecology and Obstetrics'], roles: ['reported'], note: "'made statements on behalf of the department heads' (reported)." },
      { name: 'Aku Shibu', titles: ['head nurse of the Department of Pediatrics'], roles: ['reported'], note: "Yi name." },
      { name: 'Hailai Jimo', titles: ['Proofreader'], roles: ['byline'], note: "Yi name." },
      { name: 'Xu Shiyin', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Year of Improving Medical Quality and Safety',
      'rectification of corruption in the field of medicine',
      '18 core systems of medical quality and safety',
      'quality control officers',
      'red envelopes',
      'people first, life first',
      'medical quality is the lifeline of the hospital',
      'first responsible persons',
      'Yi Language Medical Guide',
      'Grade II A',
      'Maternal and Infant Safety Year',
    ],
    notes: "Hospital website (Daliang Prefecture First People's Hospital, Yi area): section line 'Hospital News | Party Building', header 'Author: <office>   Correspondent: X   Release time', foot 'Proofreader / Editor / Final review'. Special meeting of a hospital party committee. Yi names (Jjike Lazuo, Qubi Ayi, Shama Wuniu, Aku Shibu, Ashi Mose, Hailai Jimo) next to Han names. The party secretary (female) presides and is also the final reviewer in the credits. Hospital posts: 'president of the hospital', 'Vice Presidents' label before a list and singular lower-case 'vice president' later, discipline commission secretary, department director, head nurse. 'president' (Luo) vs 'vice president' (three others), 'secretary' vs 'deputy secretary of the Party Committee': different persons. Places: Zhaoxi, Meigu, Butuo. The two typical cases are anonymous.",
  },

  '308_pingzhou_city_economic_work_conference': {
    persons: [
      { name: 'Ouyang Mingkai', surnameIn: ['Secretary Ouyang'], titles: ['secretary of the municipal party committee'], roles: ['spoke'],
        note: "Compound surname Ouyang; surname-only 'Secretary Ouyang required' (span = 'Ouyang'). 'delivered a speech' only (no 'attended'); 'pointed out', 'stressed', 'required' and two paragraphs opening with the pronoun 'He' (spoke)." },
      { name: 'Cao Zhenhai', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'],
        note: "'made specific arrangements', 'He said', 'He asked' (spoke)." },
      { name: 'Peng Liyun', titles: ['City leaders', 'member of the Standing Committee of the Municipal Party Committee', 'executive vice mayor'], roles: ['attended', 'reported'],
        note: "First of a 17-name list after the label 'City leaders'; 'read out the main target tasks' (reported)." },
      { name: 'Yan Shoucheng', titles: ['City leaders', "director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'],
        note: "'attended the meeting in the front row' (attended)." },
      { name: 'Cheng Ruoxi', titles: ['City leaders', 'chairwoman of the Municipal CPPCC'], roles: ['attended'] },
      ...LEADERS308.map((name) => ({ name, titles: ['City leaders'], roles: ['attended'] })),
      { name: 'Sima Kexin', titles: ['City leaders', 'vice mayor in charge of industry'], roles: ['attended', 'reported'],
        note: "Compound surname Sima, 14th name of the list; 'reported on the \"industrial investment year\" activities' (reported)." },
      { name: 'Xiang Yunfei', titles: ['secretary of the Qianhe County Party Committee'], roles: ['reported'],
        note: "'Leaders of Qianhe County, ... made statements. Xiang Yunfei, ..., said that ...': the 'said' sentence gives the content of the county's statement (reported, no separate spoke)." },
      { name: 'Lin Peiyao', titles: ['director of the Management Committee of Pingzhou High-tech Zone'], roles: ['reported'], note: "As Xiang Yunfei." },
      { name: 'Dong Yaqin', titles: ['Reporter'], roles: ['byline'], note: "'(Reporter: Dong Yaqin, Jiang Lingfei ...)': one label for two names." },
      { name: 'Jiang Lingfei', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Su Mingzhe', titles: ['Photographer'], roles: ['byline'] },
      { name: 'Wei Yingxue', titles: ['Editor in charge'], roles: ['byline'] },
    ],
    themes: [
      'Municipal Party Committee Economic Work Conference',
      'Central Economic Work Conference',
      '20th National Congress of the Communist Party of China',
      'five musts',
      'seeking progress while maintaining stability',
      'promote stability through progress and establish the new before abolishing the old',
      'one core, two belts and three zones',
      'new quality productive forces',
      'Pingzhou Shopping Festival',
      'Ten Thousand Enterprises Revitalization',
      'Green Rural Revival Program',
      'harmonious and beautiful villages',
      'correct view of political achievements',
      'doing it now',
      'fight for the first quarter',
      'make a good start',
      'industrial investment year',
    ],
    notes: "Municipal government portal (Pingzhou), longer report (about 5.5 KB): breadcrumb, 'Source / Date / Font: [Large] [Medium] [Small]' line, credits in parentheses at the end ('Reporter:' for two names, 'Photographer:', 'Editor in charge:'). Municipal economic work conference. Attendance list of 17 names after the label 'City leaders', with three of them given posts later (executive vice mayor, people's congress director, CPPCC chairwoman) and one more (vice mayor in charge of industry). Compound surnames Ouyang (also surname-only 'Secretary Ouyang') and Sima. He Mengjie in the list vs two paragraphs opening with the pronoun 'He' (Ouyang Mingkai) and 'He said', 'He asked' (Cao Zhenhai). Spelling 'Lv Zhaoguo'. 'mayor' (Cao Zhenhai) vs 'executive vice mayor' (Peng Liyun) vs 'vice mayor in charge of industry' (Sima Kexin): different persons, not inconsistencies. 'Leaders of Qianhe County, the Pingzhou High-tech Zone and the Municipal Development and Reform Commission', 'Members of the municipal leading group' are collective (no names).",
  },

  '309_lianshan_county_warning_education_conference': {
    persons: [
      { name: 'Mi Zhiyong', titles: [], roles: ['byline'],
        note: "Header 'Author: Mi Zhiyong' with no credit label: the field name 'Author:' is not a title (holdout2 convention), so titles []." },
      { name: 'Peng Weiqun', surnameIn: ['Secretary Peng'], titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'],
        note: "Reported speech over four paragraphs: 'Peng Weiqun pointed out', 'He pointed out', 'Secretary Peng stressed' (surname-only, span = 'Peng'), 'He also required', and the closing quotation '..., Peng Weiqun said' (direct speech, not a theme)." },
      { name: 'Tu Xiaoling', forms: ['Tu\nXiaoling', 'Tu Xiaoling'], titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'],
        note: "First mention broken by a line break in the middle of the lead paragraph ('... delivered a speech. Tu' / 'Xiaoling, deputy secretary ...'); that span includes the newline. 'required' (spoke)." },
      { name: 'Gong Deshun', titles: ['former secretary of the party committee of Dayao Town'], roles: [],
        note: "Sentenced former official whose case is shown in the warning film; the former post is a title; no role at the meeting." },
      { name: 'Wu Chenglei', titles: ['former director of the County Housing and Urban-Rural Development Bureau'], roles: [], note: "As Gong Deshun." },
      { name: 'Ji Ruifeng', titles: ['member of the Standing Committee of the County Party Committee', 'secretary of the County Commission for Discipline Inspection', 'director of the County Supervision Committee'], roles: ['reported'],
        note: "Three posts joined by ', ' and ' and '; 'informed the county's investigation and handling of ... cases' (reported)." },
      { name: 'Zhan Yuting', titles: ['Photo'], roles: ['byline'] },
      { name: 'Kuang Lihua', titles: ['Editor'], roles: ['byline'] },
      { name: 'Geng Shuyan', titles: ['Proofreading'], roles: ['byline'], note: "Label 'Proofreading:' (a noun of the action, kept verbatim)." },
    ],
    themes: [
      'Party discipline learning and education',
      'The Price of Greed',
      'first-hand',
      "ten thousand people's meals",
      'money for opening the door',
      'power must be used for the public, and the law cannot be violated',
      'six disciplines',
      'investigating bribe-taking and bribe-giving together',
      'three assets',
      'top leaders',
      'three important and one major',
      'eight-point regulations',
    ],
    notes: "County discipline-inspection website (Lianshan Clean Government Network), 'Published / Source / Author' line, 'Photo / Editor / Proofreading' at the foot. Warning education conference for leading cadres. The county head's name is broken by a line break in the lead (Tu / Xiaoling). Reported speech of the county party secretary spread over four paragraphs with pronouns ('He pointed out', 'He also required'), a surname-only 'Secretary Peng stressed' and a final quotation attributed with 'said' (a full sentence of direct speech: not a theme). Two sentenced former officials named in the film's cases (titles = their former posts, roles []). The discipline secretary has three joined posts. 'Members of the Standing Committee of the County Party Committee, deputy county heads, the leading members ...' is collective with no names. The quoted film title 'The Price of Greed' is a theme (every quoted phrase). Non-persons: Dayao Town, the County Commission for Discipline Inspection (source).",
  },

  '310_hexi_county_government_standing_meeting_odd_casing': {
    persons: [
      { name: 'GUAN Zhenyu', forms: ['GUAN Zhenyu', 'Guan Zhenyu'], titles: ['deputy secretary of the county Party committee', 'county magistrate'], roles: ['presided', 'spoke'],
        note: "Upper-case surname three times, normal casing once ('Guan Zhenyu stressed'): one person, two spellings." },
      { name: 'qiao xiuying', forms: ['qiao xiuying', 'Qiao Xiuying'], titles: ['Executive deputy county magistrate'], roles: ['attended', 'reported'],
        note: "All lower case at the first mention ('Executive deputy county magistrate qiao xiuying'), normal casing later; 'conveyed', 'reported' (reported)." },
      { name: 'SHI DAWEI', forms: ['SHI DAWEI', 'Shi Dawei'], titles: ['deputy county magistrates'], roles: ['attended', 'reported'],
        note: "Whole name upper case in the list, normal casing later; 'explained the plan' (reported)." },
      { name: 'Tong lihua', forms: ['Tong lihua', 'Tong Lihua'], titles: ['deputy county magistrates'], roles: ['attended', 'reported'],
        note: "Given name in lower case in the list ('Tong lihua'), normal casing later; female ('She said' continues her report). 'The meeting heard the report of Tong Lihua' (reported)." },
      { name: 'NIE Baoshan', titles: ['deputy county magistrates'], roles: ['attended', 'spoke'], note: "'made arrangements' (spoke)." },
      { name: 'Ge Shaoqian', titles: ['deputy county magistrates'], roles: ['attended'], note: "Last of the 4-name list after ' and '." },
      { name: 'Yuan Jinghong', titles: ['Director of the County Government Office'], roles: ['attended'] },
      { name: 'Rao CHUNLIN', titles: ['chief of the County Audit Bureau'], roles: ['attended'],
        note: "Given name in upper case, surname in normal casing. 'attended as non-voting participant' (attended)." },
      { name: 'MENG Shuting', titles: ['Editor'], roles: ['byline'] },
      { name: 'ju yanan', titles: ['Proofreader'], roles: ['byline'], note: "Whole name in lower case." },
      { name: 'XUE Hongbin', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'ensuring wages, ensuring basic livelihood and ensuring operation',
      'Hexi County Implementation Plan for the Renovation of Old Residential Communities in 2025',
      'Hexi County Measures for the Management of Rural Road Maintenance',
      'three guarantees',
      "people's livelihood project",
      'heart-warming project',
      'one community, one plan',
      'face projects',
    ],
    notes: "County government portal (Hexi) with an upper-case site header 'HEXI COUNTY PEOPLE'S GOVERNMENT', breadcrumb with slashes, 'Date / From / Views' line. Government executive meeting. Names in many casings: 'GUAN Zhenyu' / 'Guan Zhenyu', 'qiao xiuying' / 'Qiao Xiuying', 'SHI DAWEI' / 'Shi Dawei', 'Tong lihua' / 'Tong Lihua', 'NIE Baoshan', 'Rao CHUNLIN', 'MENG Shuting', 'ju yanan', 'XUE Hongbin'. Label before a 4-name list ('deputy county magistrates A, B, C and D') right after another title before a name ('Executive deputy county magistrate qiao xiuying, deputy county magistrates ...'). 'county magistrate' (GUAN) vs 'Executive deputy county magistrate' (qiao) vs 'deputy county magistrates' (four others): different persons. 'Relevant county departments were present' is collective. Non-persons: County Government Office (From:).",
  },

  '311_hengtong_energy_group_party_committee': {
    persons: [
      { name: 'Qian Shuhan', titles: ['Text', 'Photo'], roles: ['byline'],
        note: "'Text/Photo: Party-Masses Work Department · Qian Shuhan': two labels of one person (as holdout2/204); the department before the middle dot is not a person." },
      { name: 'Dou Yilin', titles: ['Editor'], roles: ['byline'] },
      { name: 'Lao Zhenggang', titles: ['secretary of the Party Committee', 'chairman of the Group'], roles: ['attended', 'spoke'],
        note: "Surname Lao. Enterprise posts: party secretary and board chairman." },
      { name: 'Hua Minqiang', titles: ['deputy secretary of the Party Committee', 'director', 'general manager of the Group'], roles: ['presided', 'spoke'],
        note: "Three posts 'deputy secretary of the Party Committee, director and general manager of the Group' ('director' = board director). 'required' (spoke)." },
      { name: 'Chu Yaling', titles: ['full-time deputy secretary of the Party Committee', 'chairwoman of the Trade Union'], roles: ['attended', 'reported'] },
      { name: 'Leng Bingxu', titles: ['secretary of the Discipline Inspection Commission'], roles: ['attended', 'reported'],
        note: "'made a work report' (reported); 'He said that ...' continues the report." },
      { name: 'Pu Jiacheng', titles: ['Deputy General Managers', 'deputy general manager in charge of production'], roles: ['attended', 'spoke'],
        note: "Title-case plural label before two names ('Deputy General Managers A and B'); later 'made arrangements' (spoke)." },
      { name: 'Qu Wanli', titles: ['Deputy General Managers'], roles: ['attended'] },
      { name: 'Yin Guofeng', titles: ['Chief Accountant'], roles: ['attended'], note: "Title before the name." },
      { name: 'Tang Qianyu', titles: [], roles: ['byline'],
        note: "'Translated by: Ms. Tang Qianyu (Group Foreign Affairs Office)': 'Translated by' is a verb phrase, not a credit label, and 'Ms.' is an honorific; the office in parentheses is her unit, not a post. titles []." },
    ],
    themes: [
      'Party style and clean government construction',
      'Party member pioneer posts',
      'Party member responsibility areas',
      'using energy resources to seek private interests',
      'setting the direction, managing the overall situation and ensuring implementation',
      'two skins',
      'two consistencies',
      'strong foundation project',
      'one branch, one brand',
      'state-owned enterprise reform deepening and upgrading action',
      'one post, two responsibilities',
    ],
    notes: "State-owned enterprise website (Hengtong Energy Group): header 'Company | Group News', credit line 'date   Text/Photo: <department> · X   Editor: Y' at the top, 'Translated by: Ms. X (office)' at the foot. Party building work conference of an enterprise party committee. Enterprise posts: secretary of the Party Committee and chairman of the Group, deputy secretary / director / general manager, full-time deputy secretary and trade union chairwoman, discipline commission secretary, 'Deputy General Managers' label before two names, 'Chief Accountant' before a name. Surnames Lao, Hua, Chu, Leng, Pu, Qu, Dou. 'general manager of the Group' (Hua) vs 'Deputy General Managers' (Pu, Qu): different persons. 'secretary' vs 'deputy secretary' vs 'full-time deputy secretary of the Party Committee': different persons. Non-persons: Heishan open-pit coal mine, Hengtong thermal power plant, Lianggang logistics port; 'the two sessions' here is a date reference, not listed.",
  },

  '312_ulaan_tal_league_grassland_protection_meeting': {
    persons: [
      { name: 'Naranhua', titles: ['Reporter'], roles: ['byline'], note: "Single-word Mongolian name; 'Reporter: Naranhua, Bai Jinpeng' (one label, two names)." },
      { name: 'Bai Jinpeng', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Erdenbileg', titles: ['Photo'], roles: ['byline'] },
      { name: 'Han Qichao', surnameIn: ['Secretary Han'], titles: ['secretary of the league party committee'], roles: ['attended', 'spoke'],
        note: "Surname-only 'Secretary Han stressed', 'Secretary Han also required' (span = 'Han'). The text also has 'Mongolian and Han herdsmen' (ethnic group, not a mention)." },
      { name: 'Sechenbatu', titles: ['deputy secretary of the league party committee', 'league chief'], roles: ['presided', 'spoke'],
        note: "Single-word Mongolian name. 'league chief' = head of a league (prefecture-level unit of Inner Mongolia)." },
      { name: 'Bayaraa', titles: ['Leaders of the league'], roles: ['attended'], note: "Label before a 5-name list ('Leaders of the league A, B, C, D and E')." },
      { name: 'Sarangerel', titles: ['Leaders of the league'], roles: ['attended'] },
      { name: 'Wei Jingtian', titles: ['Leaders of the league'], roles: ['attended'] },
      { name: 'Ke Zhaoyuan', titles: ['Leaders of the league', 'vice league chief'], roles: ['attended', 'reported'], note: "'briefed on' (reported)." },
      { name: 'Wuyunga', titles: ['Leaders of the league', 'vice league chief'], roles: ['attended', 'reported'],
        note: "Last of the list and sentence-initial in the next paragraph ('Wuyunga, vice league chief, reported ...')." },
      { name: 'Narenmandula', titles: [], roles: ['spoke'],
        note: "'Herdsman Narenmandula from Hoshigt Gacha of Ulaan Banner': an occupation, not a post (titles []). 'made exchange speeches' (spoke); 'Narenmandula said' continues it." },
      { name: 'Li Xuemei', titles: ['general manager of the Tal Grassland Dairy Cooperative'], roles: ['spoke'], note: "'made exchange speeches' (spoke)." },
      { name: 'Bolormaa', titles: ['Translator'], roles: ['byline'] },
      { name: 'SHAO Wenqi', titles: ['Editor'], roles: ['byline'], note: "Upper-case surname." },
    ],
    themes: [
      'grassland ecological protection subsidy and reward policy',
      'Ulaan Tal Beef and Mutton',
      'lifeline',
      'ecological barrier',
      'important ecological security barrier in northern China',
      'determining livestock by grass',
      'rotational grazing and grazing prohibition',
      'counting the number of sheep',
      'counting the quality and efficiency',
      'grass, livestock, meat, milk',
      'one banner, one policy',
    ],
    notes: "English channel of a league media center in Inner Mongolia (Ulaan Tal): credit line 'Reporter: A, B   Photo: C   date time' at the top, 'Translator: X   Editor: Y' at the foot. Promotion meeting on grassland protection. Single-word Mongolian names (Naranhua, Erdenbileg, Sechenbatu, Bayaraa, Sarangerel, Wuyunga, Narenmandula, Bolormaa) mixed with Han names; league-level posts ('league chief', 'vice league chief'). Surname-only 'Secretary Han' twice next to the ethnic word 'Han'. 'league chief' (Sechenbatu) vs 'vice league chief' (Ke Zhaoyuan, Wuyunga): different persons. Places: Ulaan Banner, Hoshigt Gacha; banners, cities and 16 gacha party branches are collective.",
  },
};

export const perturbed = {
  '301_yunzhou_provincial_congress_government_work_report': {
    edits: [
      { old: 'Speaking to reporters after the meeting, Meng Qingshan said', new: 'Speaking to reporters after the meeting, Meng Qingshan, vice governor of Yunzhou, said' },
      { old: 'classrooms too," Yin Xiaodie said.', new: 'classrooms too," Yin Xiaojie said.' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Meng Qingshan', edit: 0, injected: 'vice governor of Yunzhou',
        orig: { ctx: 'and governor of Yunzhou, delivered', text: 'governor of Yunzhou' },
        description: "Meng Qingshan delivers the government work report as 'governor of Yunzhou' but is 'vice governor of Yunzhou' when speaking to reporters (vice vs full rank of the same post). The real vice-governors are Xie Mingchuan, Ruan Shuping and Gao Linfeng." },
      { kind: 'name_spelling_variant', person: 'Yin Xiaodie', edit: 1, injected: 'Yin Xiaojie',
        orig: { ctx: 'Yin Xiaodie, a deputy from Baisha County', text: 'Yin Xiaodie' },
        description: "The deputy Yin Xiaodie is introduced as 'Yin Xiaodie' but the attribution of her quotation is misspelt by one syllable as 'Yin Xiaojie'." },
    ],
  },
  '303_nanheng_university_party_committee_enlarged_meeting': {
    edits: [
      { old: 'Huo Jianping stressed that the university', new: 'Huo Jianping, secretary of the university party committee, stressed that the university' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Huo Jianping', edit: 0, injected: 'secretary of the university party committee',
        orig: { ctx: 'Secretary of the University Party Committee Huo Jianping', text: 'Secretary of the University Party Committee' },
        description: "The same post of Huo Jianping is written in title case before his name in the lead ('Secretary of the University Party Committee') and in lower case in the injected apposition of his speech paragraph." },
    ],
  },
  '306_bostan_prefecture_standing_committee_cotton_water': {
    edits: [
      { old: 'Secretary Zhao finally asked', new: 'Zhao Qinglin, secretary of the county party committee, finally asked' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Zhao Qinglin', edit: 0, injected: 'secretary of the county party committee',
        orig: { ctx: 'Zhao Qinglin, secretary of the prefectural party committee, presided', text: 'secretary of the prefectural party committee' },
        description: "Zhao Qinglin presides as 'secretary of the prefectural party committee' but is 'secretary of the county party committee' in the last paragraph (prefecture vs county level for one person; the surname-only 'Secretary Zhao finally asked' is replaced by the full name and the wrong post)." },
    ],
  },
  '308_pingzhou_city_economic_work_conference': {
    edits: [
      { old: 'Municipal Party Committee and executive vice mayor, read out', new: 'Municipal Party Committee and mayor, read out' },
      { old: 'Ouyang Mingkai stressed that we should fully understand', new: 'Ouyang Mingkai, municipal Party secretary, stressed that we should fully understand' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Peng Liyun', edit: 0, injected: 'mayor',
        orig: { ctx: 'deputy secretary of the municipal party committee and mayor, presided', text: 'mayor' },
        description: "Peng Liyun's 'executive vice mayor' becomes 'mayor', the unique post held by Cao Zhenhai ('deputy secretary of the municipal party committee and mayor')." },
      { kind: 'title_wording_variant', person: 'Ouyang Mingkai', edit: 1, injected: 'municipal Party secretary',
        orig: { ctx: 'Ouyang Mingkai, secretary of the municipal party committee, delivered', text: 'secretary of the municipal party committee' },
        description: "The same post of Ouyang Mingkai is worded 'secretary of the municipal party committee' in the lead and 'municipal Party secretary' in the injected apposition (two wordings of one post)." },
    ],
  },
  '310_hexi_county_government_standing_meeting_odd_casing': {
    edits: [
      { old: 'Guan Zhenyu stressed that the renovation', new: 'Guan Zhenhua stressed that the renovation' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'GUAN Zhenyu', edit: 0, injected: 'Guan Zhenhua',
        orig: { ctx: 'GUAN Zhenyu pointed out', text: 'GUAN Zhenyu' },
        description: "The county magistrate GUAN Zhenyu (three mentions with the upper-case surname) appears once as 'Guan Zhenhua': the given name is misspelt by one syllable (the casing difference alone is not the inconsistency; 'Guan Zhenyu' was the normal-cased spelling in the clean text)." },
    ],
  },
  '311_hengtong_energy_group_party_committee': {
    edits: [
      { old: 'Leng Bingxu made a work report', new: 'Leng Bingxu, secretary of the Commission for Discipline Inspection, made a work report' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Leng Bingxu', edit: 0, injected: 'secretary of the Commission for Discipline Inspection',
        orig: { ctx: 'secretary of the Discipline Inspection Commission, Deputy', text: 'secretary of the Discipline Inspection Commission' },
        description: "The same post of Leng Bingxu is worded 'secretary of the Discipline Inspection Commission' in the lead and 'secretary of the Commission for Discipline Inspection' in the injected apposition (two translations of one post)." },
    ],
  },
};
