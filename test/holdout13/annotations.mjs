// Source of the thirteenth held-out set gold (test/holdout13). `node test/goldkit/build-set.mjs test/holdout13` turns this
// file into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Secretary Ren": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout3/README.md "Annotation decisions", plus the decisions listed in
// README.md of this folder):
// - "Secretary Ren", "Secretary Qiu": the surname is the mention; the address form is not a separate title (the full
//   post is given elsewhere in the same text). No text uses a bare surname without a title.
// - Byline labels are titles ("Reporter", "Photo", "Editor", "Reviewer", "Review", "Text", "Correspondent",
//   "Responsible editor", "Responsible Editor"). "By X" (newspaper byline), "Author: X" and "(photo by X)" give no
//   title; the person keeps the role byline.
// - Group labels ("Members of the Standing Committee of the Municipal Party Committee", "Deputy county heads",
//   "Municipal leaders", "County leaders", "Executive chairmen of the session", "district party committee standing
//   committee members") are titles of every listed person, verbatim, plural included; a label after a run of names
//   ("A, B and C as deputy county heads") covers that run.
// - Posts a person is elected to (1305) or proposed for (1308) are posts the text gives the person: titles. Former
//   posts of a sanctioned official (1307) are titles; such persons have roles [].
// - "made a statement" (also on behalf of villages / the new government) = reported; "explained" a draft / plan /
//   revision / agenda, "read out", "briefed", "introduced the work / development / plan / projects", "informed",
//   "did report", "made a work report" = reported; "made a speech", "pointed out", "stressed", "demanded",
//   "required", "asked", "said", "suggested", "hoped", "made arrangement", "spoke on behalf of" = spoke;
//   "were seated on the rostrum", "accompanied", "joined the inspection / discussion", "as non-voting participants",
//   "attended ... for guidance" = attended.
// - A "said" sentence that continues the person's own report or statement adds no separate `spoke`.
// - Every double-quoted phrase is a theme, except full-sentence direct speech attributed with "said" (1303); also the
//   named sessions, plenary sessions, conferences and regulations.

export const reports = {
  '1301_qiaoyang_city_party_committee_plenary_session': {
    persons: [
      { name: 'Pan Qiheng', titles: ['secretary of the Municipal Party Committee'], roles: ['reported', 'spoke'],
        note: "'made a speech', 'pointed out', 'stressed', 'demanded' (spoke); 'the work report made by Pan Qiheng entrusted by the Standing Committee' (reported)." },
      { name: 'Gong Shaoheng', titles: ['deputy secretary of the Municipal Party Committee', 'mayor'], roles: ['reported', 'spoke'],
        note: "'explained the \"Decision ... (Draft for Discussion)\"' (reported); 'joined the discussion of the Qiaodong District group and stressed' (spoke)." },
      { name: 'Xiong Dehai', titles: ['Members of the Standing Committee of the Municipal Party Committee', 'deputy secretary of the Municipal Party Committee'], roles: ['attended'],
        note: "Title-case plural label before an 8-name list; later 'deputy secretary of the Municipal Party Committee' (same wording as Gong Shaoheng's first post: two deputy secretaries, not an inconsistency). 'joined the discussion of the Linshui County group' (attended)." },
      { name: 'Lan Qiyue', titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'] },
      { name: 'Geng Shuhui', titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'] },
      { name: 'Nie Chuanbao', titles: ['Members of the Standing Committee of the Municipal Party Committee', 'member of the Standing Committee of the Municipal Party Committee', 'minister of the Organization Department'], roles: ['attended', 'reported'],
        note: "'read out the list of members who asked for leave' (reported). Plural label and singular lower-case post are two title strings." },
      { name: 'Yue Mingfang', titles: ['Members of the Standing Committee of the Municipal Party Committee', 'member of the Standing Committee of the Municipal Party Committee', 'secretary-general'], roles: ['attended', 'reported'],
        note: "'explained the revision of the draft Decision' (reported)." },
      { name: 'Tu Haocheng', titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'] },
      { name: 'Ning Xiaobo', titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'] },
      { name: 'Mu Jingsong', titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'], note: "Last of the list after ' and '." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'General Secretary Xi Jinping' and 'Comrade Xi Jinping' (Comrade is a form of address, not a post); only referred to." },
      { name: 'Wei Lanxin', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Kong Yaru', titles: ['Editor'], roles: ['byline'] },
      { name: 'Dai Zhenglin', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'Seventh Plenary Session of the 13th CPC Qiaoyang Municipal Committee',
      'Decision of the CPC Qiaoyang Municipal Committee on Further Deepening Reform in an All-round Way and Promoting Chinese-style Modernization in Qiaoyang (Draft for Discussion)',
      'Sixth Plenary Session',
      'Third Plenary Session of the 20th CPC Central Committee',
      'six principles',
      'one hub and three bases',
      'one thing at a time',
      'small incision, big reform',
    ],
    notes: "Municipal government portal, plain government-site MT: breadcrumb, 'Release time / Source / Views' line, credits in one parenthesised line at the foot ('(Reporter: A   Editor: B   Reviewer: C)'). Plenary session of a city party committee ('presided over by the Standing Committee of the Municipal Party Committee': a body, not a person). Title-case plural label before an 8-name list; two of the listed persons get singular lower-case posts later. Two deputy secretaries of the Municipal Party Committee (Gong Shaoheng, Xiong Dehai): not an inconsistency. 'Members and alternate members of the Municipal Party Committee', 'Members of the Municipal Commission for Discipline Inspection' are collective. The quoted draft Decision title is a theme. Non-persons: Linshui County group, Qiaodong District group.",
  },

  '1302_baitan_county_government_plenary_clean_government_literal_mt': {
    persons: [
      { name: 'Liao Wenbin', titles: ['County party committee deputy secretary', 'county head', 'County head'], roles: ['attended', 'spoke'],
        note: "Literal MT 'County party committee deputy secretary, county head Liao Wenbin attended meeting and speech' (attended, spoke): two posts joined by ', ' before the name. Later 'County head Liao Wenbin also require' at the start of a sentence: the capital C is sentence-initial capitalisation, kept verbatim as a second title string; not a capitalisation inconsistency. 'pointed out', 'said', 'stressed' (spoke)." },
      { name: 'Qiu Shaokang', titles: ['County party committee standing committee member', 'executive deputy county head'], roles: ['presided', 'spoke'],
        note: "'presided meeting'; 'Qiu Shaokang require' (spoke)." },
      { name: 'Tang Yuemin', titles: ['Deputy county heads'], roles: ['attended'], note: "Plural label before a 4-name list, followed in the same run by two posts-before-names and 'etc. attended meeting'." },
      { name: 'Cai Lijuan', titles: ['Deputy county heads'], roles: ['attended'] },
      { name: 'Hong Defa', titles: ['Deputy county heads', 'Deputy county head'], roles: ['attended', 'spoke'],
        note: "In the label list, later 'Deputy county head Hong Defa make arrangement about ...' (spoke); 'He said' continues." },
      { name: 'Fang Zhiqiao', titles: ['Deputy county heads'], roles: ['attended'], note: "Last name covered by the label; the next names carry their own posts before them." },
      { name: 'Zou Minghui', titles: ["county people's court president"], roles: ['attended'], note: "Literal word-order post before the name." },
      { name: 'Ji Xinrong', titles: ["county people's procuratorate procurator-general"], roles: ['attended'], note: "'etc. attended meeting' (generic closing, not a title)." },
      { name: 'Shi Wenlue', titles: ['County government office director'], roles: ['reported'], note: "'did report on the completion of ...' (reported)." },
      { name: 'Xia Yunpeng', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Nong Lihua', titles: ['Photo'], roles: ['byline'] },
      { name: 'Zeng Meixuan', titles: ['Editor'], roles: ['byline'] },
      { name: 'Yi Chengkang', titles: ['Review'], roles: ['byline'], note: "Credit label 'Review' (审核)." },
    ],
    themes: [
      'fourth plenary session of the 20th Central Commission for Discipline Inspection',
      'first important task',
      'industry strong county',
      'four consciousnesses',
      'two safeguards',
      'central eight-point regulations',
      'tight days',
      'one post two responsibilities',
      'three capitals',
    ],
    notes: "County convergence-media site (Baitan County Rong Media Center), very literal MT: missing articles and verbs ('attended meeting and speech', 'presided meeting', 'did report', 'want ...', 'One is want ...'), all posts in Chinese word order before the names ('county people's court president Zou Minghui'). County government plenary meeting combined with the clean government work meeting. Plural label 'Deputy county heads' before four names, then two more persons with their own posts, closed by 'etc. attended meeting'. Sentence-initial 'County head Liao Wenbin' vs 'county head' after a comma: same post, capital only because of the sentence start (look-alike, not an inconsistency). 'county head' (Liao Wenbin) vs 'executive deputy county head' (Qiu Shaokang) vs 'Deputy county head(s)': different persons. Credits at the foot on two lines: 'Reporter / Photo' and 'Editor / Review'.",
  },

  '1303_lanjiang_governor_inspects_haicheng_port_newswire': {
    persons: [
      { name: 'Mao Siqi', titles: [], roles: ['byline'], note: "Newspaper byline 'By Mao Siqi | Updated: ...' ('By' is not a title)." },
      { name: 'Tao Jianxun', titles: ['Governor', 'deputy secretary of the Lanjiang Provincial Committee of the Communist Party of China'], roles: ['spoke'],
        note: "'Governor Tao Jianxun on Tuesday called for ...' (title before the name; spoke). Later referred to only as 'The governor' / 'the governor' (not mentions; 'The governor, who is also deputy secretary of ...' gives his second post). No bare surname. The headline 'Governor urges ...' has no name." },
      { name: 'Ye Shaowen', titles: ['Vice-Governor'], roles: ['attended', 'spoke'],
        note: "'was accompanied by Vice-Governor Ye Shaowen' (attended); 'asked the provincial departments' (spoke). 'who oversees transportation and commerce' is a description, not a post." },
      { name: 'Fu Guanghui', titles: ['secretary-general of the provincial government'], roles: ['attended'] },
      { name: 'Jia Xiaoning', titles: ['Party chief of Haicheng'], roles: ['reported', 'spoke'],
        note: "Newspaper wording of the city party secretary (the only wording in the text). 'briefed the governor on the city's work' (reported, with the mayor); 'Jia Xiaoning said Haicheng would ...' at the later meeting (spoke)." },
      { name: 'Bai Yunfeng', titles: ['Haicheng Mayor'], roles: ['reported', 'spoke'], note: "Newswire 'Haicheng Mayor Bai Yunfeng' (place + post before the name)." },
      { name: 'Yin Kaifeng', titles: ['general manager'], roles: ['spoke'], note: "'At the container terminal of Haicheng Port Group, general manager Yin Kaifeng said' (lower-case post before the name; the company is named earlier in the sentence)." },
      { name: 'Wen Qiaoling', titles: ['chairwoman of Lanhai Aquatic Foods'], roles: ['spoke'], note: "'told him that ...' (spoke)." },
      { name: 'Guo Xinyan', titles: ['Vice-Mayor'], roles: [], note: "Only mentioned as head of the special team." },
      { name: 'Qin Mingde', titles: ['director of the provincial port and shipping administration'], roles: ['attended'], note: "'also joined the inspection' (attended)." },
      { name: 'Hu Jiale', titles: ['Photo'], roles: ['byline'], note: "'Photo: Hu Jiale / Lanjiang Daily' (the newspaper is not a person)." },
      { name: 'Pang Ruoxi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Sea-Rail Express',
      'Belt and Road',
      'Three-Year Action Plan for Reducing Logistics Costs',
      'new quality productive forces',
    ],
    notes: "English edition of a provincial newspaper (Lanjiang Daily), fluent edited newswire English: masthead, breadcrumb, headline without a name, byline 'By X | Updated:', dateline 'HAICHENG --', 'Photo: X / Lanjiang Daily' and 'Editor:' at the foot. A governor's inspection tour of a port city with accompanying provincial officials and city leaders. Newswire titles before names ('Governor Tao Jianxun', 'Vice-Governor Ye Shaowen', 'Haicheng Mayor Bai Yunfeng', 'Vice-Mayor Guo Xinyan'), 'Party chief of Haicheng'. Later references to the governor are 'the governor' (no bare surname). One full-sentence direct quotation ('Cold-chain capacity is the bottleneck ...', 'We must build it ...') is direct speech, not a theme. 'Vice-Governor' (provincial) vs 'Vice-Mayor' (city): different persons and levels. Non-persons: Haicheng Port Group, Lanhai Aquatic Foods, Shaliu seafood processing park, the provincial departments.",
  },

  '1304_chengning_city_private_enterprise_symposium': {
    persons: [
      { name: 'Gao Ruiqing', titles: ['secretary of the Municipal Party Committee'], roles: ['attended', 'spoke'] },
      { name: 'Xu Zhenbang', titles: ['deputy secretary of the Municipal Party Committee', 'mayor'], roles: ['presided', 'spoke'],
        note: "'said', 'asked', 'also said' (spoke)." },
      { name: 'Zheng Haiyun', titles: ['Vice mayor'], roles: ['attended'], note: "'Vice mayor Zheng Haiyun and Feng Lihong, ..., attended' (title before the name)." },
      { name: 'Feng Lihong', titles: ['chairwoman of the Municipal Federation of Industry and Commerce'], roles: ['attended'] },
      { name: 'Yao Shengli', titles: ['director of the Municipal Bureau of Industry and Information Technology'], roles: ['reported', 'spoke'],
        note: "'briefed on the \"Twenty Measures\"' (reported); 'Yao Shengli said that the municipal bureau will ...' answers the entrepreneurs' questions (spoke)." },
      { name: 'Hong Jiayuan', titles: ['chairman of Chengning Xinrui Electronics Co., Ltd.'], roles: ['spoke'],
        note: "The comma inside the company name 'Co., Ltd.' does not split the title. Second mention possessive 'Hong Jiayuan's request' (span without 's)." },
      { name: 'Tian Xiaolong', titles: ['chairman of Hengsheng Agricultural Development Group'], roles: ['spoke'], note: "'suggested' (spoke)." },
      { name: 'Ren Baoshu', titles: ['general manager of Qiaoxin Textile Co., Ltd.'], roles: ['spoke'], note: "'talked about the difficulty' (spoke)." },
      { name: 'Chang Wanjun', titles: ['founder of Yunlian Software Technology Co., Ltd.'], roles: ['spoke'], note: "'hoped' (spoke). Surname Chang (also an English-looking word)." },
      { name: 'Mu Xiaoyan', titles: ['president of the Municipal Young Entrepreneurs Chamber of Commerce'], roles: ['spoke'], note: "'spoke on behalf of young entrepreneurs' (spoke)." },
      { name: 'Ma Jingtian', titles: ['Editor'], roles: ['byline'] },
      { name: 'Gong Shuyu', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'Twenty Measures',
      'benefiting enterprises without application',
      'special class for skilled workers',
      'our own people',
      'cordial and clean',
      'on call when needed, never disturb when not needed',
      'one-stop service',
    ],
    notes: "Municipal government portal (Chengning), plain MT: 'Current location: Home >> ...', 'Date / Source / Font size: Large Medium Small / Print' line, '(Editor: A   Reviewer: B)' at the foot. Symposium of the city leaders with private entrepreneurs: five entrepreneurs with company posts ('Co., Ltd.' inside titles), one chamber-of-commerce president. 'The heads of the municipal development and reform commission, finance bureau, ...' is collective. 'secretary' (Gao Ruiqing) vs 'deputy secretary of the Municipal Party Committee' (Xu Zhenbang), 'mayor' vs 'Vice mayor' (Zheng Haiyun): different persons. Non-persons: Chengning Vocational and Technical College, Xinrui project.",
  },

  '1305_xiashan_county_peoples_congress_closing_elections': {
    persons: [
      { name: 'Yang Bingkuan', titles: ['executive chairman of the presidium of the session', 'secretary of the County Party Committee'], roles: ['presided', 'spoke'],
        note: "Presides as executive chairman of the presidium in the lead; his party post is given only in the later speech paragraph ('delivered a speech', 'pointed out', 'demanded')." },
      { name: 'Huang Zhiwen', titles: ['Executive chairmen of the presidium', 'director of the Standing Committee of the County People\'s Congress'], roles: ['attended'],
        note: "In the label list 'Executive chairmen of the presidium A, B and C were seated on the rostrum' (attended); elected director of the county people's congress standing committee (elected post = title). 'Under the leadership of Huang Zhiwen, the newly elected state functionaries took the constitutional oath' (leading the oath is not one of the five roles)." },
      { name: 'Geng Peirong', titles: ['Executive chairmen of the presidium', 'deputy directors of the Standing Committee of the County People\'s Congress'], roles: ['attended'],
        note: "Label after the run 'Geng Peirong, Zeng Hualin and Ji Wenxue as deputy directors of ...' covers the run." },
      { name: 'Ye Tianshu', titles: ['Executive chairmen of the presidium', 'deputy county heads'], roles: ['attended'] },
      { name: 'Zeng Hualin', titles: ['deputy directors of the Standing Committee of the County People\'s Congress'], roles: [], note: "Only elected (no role at the meeting stated)." },
      { name: 'Ji Wenxue', titles: ['deputy directors of the Standing Committee of the County People\'s Congress'], roles: [] },
      { name: 'Gao Jinrui', titles: ['county head'], roles: ['reported'],
        note: "Elected county head; 'made a statement on behalf of the newly elected county government leadership' (made a statement = reported); 'He said' continues the statement." },
      { name: 'Zheng Xiaohui', titles: ['deputy county heads'], roles: [] },
      { name: 'Cao Yiming', titles: ['deputy county heads'], roles: [] },
      { name: 'Bai Lanting', titles: ['deputy county heads'], roles: [] },
      { name: 'Pang Shuguang', titles: ["president of the county people's court"], roles: [] },
      { name: 'Hu Dongsheng', titles: ["chief procurator of the county people's procuratorate"], roles: [],
        note: "'The election of the chief procurator shall be reported to the chief procurator of the Municipal People's Procuratorate': an unnamed post of another person, not a title of Hu Dongsheng." },
      { name: 'Xie Guohua', titles: ['chairman of the County CPPCC'], roles: ['attended'] },
      { name: 'Niu Shanbao', titles: ['vice chairman of the County CPPCC'], roles: ['attended'] },
      { name: 'Tang Weiyi', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Yin Hui', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "First Session of the 18th Xiashan County People's Congress",
      'two guarantees',
      'eight key projects',
      'ten livelihood practical things',
      '15th Five-Year Plan',
    ],
    notes: "County people's congress website, plain MT: 'Source / Publish time / Hits' line, 'Reporter / Editor' at the foot. Closing meeting of a county people's congress session with the election of the leaders of the congress standing committee, the government, the court and the procuratorate ('elected A as director ...; B, C and D as deputy directors ...; E as county head, and F, G, H and I as deputy county heads; ...'). Elected posts are titles; persons only elected have roles []. Ye Tianshu is both an executive chairman of the presidium and an elected deputy county head. Look-alikes, not inconsistencies: 'director' (Huang Zhiwen) vs 'deputy directors' (Geng Peirong, Zeng Hualin, Ji Wenxue) of the same standing committee; 'county head' (Gao Jinrui) vs 'deputy county heads'; 'chairman' (Xie Guohua) vs 'vice chairman of the County CPPCC' (Niu Shanbao); 'executive chairman of the presidium of the session' (Yang Bingkuan) vs the label 'Executive chairmen of the presidium' (three others); the unnamed 'chief procurator of the Municipal People's Procuratorate' vs Hu Dongsheng's county-level post. 'other county leaders' is generic. Places: County Grand Theatre.",
  },

  '1306_mianshui_cppcc_session_opening': {
    persons: [
      { name: 'Xia Boyan', titles: ['executive chairman of the presidium of the session'], roles: ['presided'] },
      { name: 'Zhong Liangcai', titles: ['Executive chairmen of the session', 'chairman of the CPPCC Mianshui Municipal Committee'], roles: ['attended', 'reported'],
        note: "'delivered the work report' (reported); 'He said', 'Zhong Liangcai put forward the main tasks', 'He pointed out' continue the work report (no separate spoke)." },
      { name: 'Yi Shunhe', titles: ['Executive chairmen of the session', 'vice chairman of the CPPCC Mianshui Municipal Committee'], roles: ['attended', 'reported'],
        note: "'made a report on the handling of proposals' (reported). Surname Yi." },
      { name: 'Wen Xueqin', titles: ['Executive chairmen of the session'], roles: ['attended'] },
      { name: 'Nong Jiaxiang', titles: ['Executive chairmen of the session'], roles: ['attended'] },
      { name: 'Qiu Zhaolun', titles: ['Executive chairmen of the session'], roles: ['attended'] },
      { name: 'Fu Xiaojing', titles: ['Executive chairmen of the session'], roles: ['attended'] },
      { name: 'Lü Chengzhi', titles: ['Municipal leaders', 'secretary of the Municipal Party Committee'], roles: ['attended', 'spoke'],
        note: "Surname with u-umlaut (Lü). Label before a 3-name list, posts given in a following sentence each ('Lü Chengzhi is secretary of ...; Kong Dezhao is ...; Liao Shimin is ...'). 'extended warm congratulations', 'hoped' (spoke)." },
      { name: 'Kong Dezhao', titles: ['Municipal leaders', 'deputy secretary of the Municipal Party Committee', 'mayor'], roles: ['attended'] },
      { name: 'Liao Shimin', titles: ['Municipal leaders', "director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'] },
      { name: 'Tu Wenbo', titles: ['secretary-general of the CPPCC Mianshui Municipal Committee'], roles: ['reported'], note: "'made an explanation on the agenda' (reported)." },
      { name: 'Yue Shanshan', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Yao Ruyin', titles: ['Responsible Editor'], roles: ['byline'] },
    ],
    themes: [
      'Fourth Session of the 10th CPPCC Mianshui Municipal Committee',
      'two major tasks',
      "Members' Studio",
      'Third Session',
      'key proposals on improving the elderly care service system',
      'one center and two tasks',
      'Year of Project Construction',
      'Three-Year Action Plan for the Clean Air',
      'speak out and speak well',
    ],
    notes: "Municipal CPPCC website, plain MT with title-case headline and header ('Release Date / Source / Number of visits'), '(Reporter: A   Responsible Editor: B)' at the foot. Opening of a municipal CPPCC session: work report of the standing committee and report on proposals. Label 'Executive chairmen of the session' before a 6-name list; 'Municipal leaders' before three names whose posts follow in a separate sentence of the form 'X is <post>'. Look-alikes, not inconsistencies: 'executive chairman of the presidium of the session' (Xia Boyan) vs the label 'Executive chairmen of the session'; 'chairman' (Zhong Liangcai) vs 'vice chairman of the CPPCC Mianshui Municipal Committee' (Yi Shunhe) and 'secretary-general of the CPPCC Mianshui Municipal Committee'; 'secretary' (Lü Chengzhi) vs 'deputy secretary of the Municipal Party Committee' (Kong Dezhao). 'members of the Standing Committee of the Municipal Party Committee and the vice mayors' and 'leaders of the municipal people's court ...' are collective. Places: Mianshui Conference Center.",
  },

  '1307_luhe_county_discipline_inspection_plenary': {
    persons: [
      { name: 'Gong Weidong', titles: ['secretary of the County Party Committee'], roles: ['attended', 'spoke'] },
      { name: 'Xu Hanqing', titles: ['deputy secretary of the County Party Committee', 'county head'], roles: ['presided', 'spoke'], note: "'Xu Hanqing said that the county government system ...' (spoke)." },
      { name: 'Guo Peilin', titles: ['member of the Standing Committee of the Tongjiang Municipal Commission for Discipline Inspection'], roles: ['attended'], note: "'attended the meeting for guidance' (attended); municipal (upper-level) discipline commission." },
      { name: 'Mao Zhiyong', titles: ['County leaders', "director of the Standing Committee of the County People's Congress"], roles: ['attended'],
        note: "Label 'County leaders' before a 4-name list, two posts given in the next sentence ('Mao Zhiyong is director ..., and Yu Qiaozhen is chairwoman ...')." },
      { name: 'Yu Qiaozhen', titles: ['County leaders', 'chairwoman of the County CPPCC'], roles: ['attended'] },
      { name: 'Dai Songtao', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Huang Xinyue', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Ning Shaobo', titles: ['member of the Standing Committee of the County Party Committee', 'secretary of the County Commission for Discipline Inspection', 'director of the County Supervision Commission', 'Review'], roles: ['reported', 'byline'],
        note: "Three joined posts ('A, B and C'); 'delivered a work report entitled \"...\"' (reported); 'The report said ...' continues it; signing the responsibility letters is not one of the five roles. Also credited at the foot as 'Review: Ning Shaobo' (the discipline secretary approves the release: byline, title 'Review')." },
      { name: 'Ma Shouyi', titles: ['former director of the County Natural Resources Bureau'], roles: [], note: "Sanctioned former official named in the work report; the former post is a title; no role at the meeting." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "Only referred to ('the important thoughts of General Secretary Xi Jinping on the Party's self-revolution')." },
      { name: 'Ji Honglei', titles: ['deputy secretary of the County Commission for Discipline Inspection', 'deputy director of the County Supervision Commission'], roles: ['reported'], note: "'informed the typical cases' (reported)." },
      { name: 'Lan Zhuowen', titles: ['Correspondent'], roles: ['byline'] },
      { name: 'Zou Qiaoxi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Fourth Plenary Session of the 15th Luhe County Commission for Discipline Inspection',
      'Carry Out the Strict Tone to the End and Promote the Comprehensive Strict Governance of the Party in Depth',
      "Party's self-revolution",
      'Fourth Plenary Session of the 20th Central Commission for Discipline Inspection',
      'always on the road',
      'not daring to corrupt, not being able to corrupt, and not wanting to corrupt',
      'concentrated rectification of unhealthy practices and corruption around the masses',
      'first responsible person',
      'iron soldiers',
      'central eight-point regulations',
      'tight days',
      'three public',
    ],
    notes: "County discipline-inspection website (Clean Luhe): 'Author: Publicity Department' (a department, not a person), 'Time / Source / Reading' line, 'Correspondent / Editor / Review' at the foot. Plenary session of a county commission for discipline inspection. The discipline secretary has three joined posts and is also the 'Review' credit at the foot. A sanctioned former official named in the report (title = former post, roles []). Label 'County leaders' before four names, two posts given in a following 'X is <post>' sentence. Look-alikes, not inconsistencies: 'secretary' (Ning Shaobo) vs 'deputy secretary of the County Commission for Discipline Inspection' (Ji Honglei), 'director' vs 'deputy director of the County Supervision Commission'; 'secretary' (Gong Weidong) vs 'deputy secretary of the County Party Committee' (Xu Hanqing); the county commission (Ning Shaobo) vs the Tongjiang Municipal Commission for Discipline Inspection (Guo Peilin): different persons and levels. 'Members of the County Commission for Discipline Inspection, the responsible comrades ...' is collective.",
  },

  '1308_beiling_city_pre_appointment_announcement': {
    persons: [
      { name: 'Fang Ruixiang', titles: ['deputy secretary of the Nanping County Party Committee', 'county head', 'secretary of the Nanping County Party Committee'], roles: [],
        note: "Current posts 'deputy secretary of the Nanping County Party Committee and county head'; proposed 'candidate for secretary of the Nanping County Party Committee' (proposed post = title). Deputy secretary (current) vs secretary (proposed) of the same committee: a career step, not a rank conflict." },
      { name: 'Pan Liqun', titles: ['deputy director of the Municipal Finance Bureau', 'director of the Municipal Bureau of Statistics'], roles: [],
        note: "'(full county level)' is a rank grade, not part of the title." },
      { name: 'Wei Zhenhai', titles: ['member of the Standing Committee of the Xiqiao District Party Committee', 'executive deputy district head', 'district head of Xiqiao District'], roles: [],
        note: "Current 'executive deputy district head', proposed 'district head of Xiqiao District': same body, different rank, but current vs proposed post (not an inconsistency)." },
      { name: 'Yue Hongjun', titles: ['deputy secretary of the Party Committee', 'deputy general manager of Beiling Urban Investment Group Co., Ltd.', 'general manager of Beiling Urban Investment Group Co., Ltd.'], roles: [],
        note: "Current deputy general manager, proposed general manager of the same company (career step). 'senior engineer' is a professional qualification, not a post." },
      { name: 'Hu Shanshan', titles: ['vice president of Beiling Vocational and Technical College', 'president of the college'], roles: [],
        note: "' and ' inside the college name does not split. Current vice president, proposed president (career step). 'professor', 'doctor of engineering' are academic ranks / degrees, not posts." },
      { name: 'Tian Jiawei', titles: ['secretary of the Party Committee of Dongshi Town, Lianhe County', 'deputy county head of Lianhe County'], roles: [],
        note: "', ' inside 'Dongshi Town, Lianhe County' is a place qualifier, not a second post." },
      { name: 'Zhao Minhua', titles: ['director of the Municipal Ecology and Environment Bureau', 'second-level inspector'], roles: [],
        note: "'second-level inspector' is a civil-service rank given as the proposed promotion; kept as a title (a post the text gives him)." },
      { name: 'Gao Wenjing', titles: ["deputy chief procurator of the Municipal People's Procuratorate", "chief procurator of the Xiqiao District People's Procuratorate"], roles: [],
        note: "Municipal deputy chief procurator (current) vs district chief procurator (proposed): a career step." },
    ],
    themes: [
      'Regulations on the Selection and Appointment of Party and Government Leading Cadres',
    ],
    notes: "Pre-appointment announcement (任前公示) on a municipal organization-department site (Beiling Pioneer Network): 'Publisher: <department>   Date   Views' line, signature block of the department at the foot, reporting telephone and website. Eight cadres, each with sex, nationality, birth date, native place, date of joining the CPC, education, current post(s) and proposed post. No meeting and no byline: every person has roles []. Both current and proposed posts are titles. Many look-alikes of rank conflicts that are NOT inconsistencies: current deputy and proposed full post of the same body for one person (Fang Ruixiang, Wei Zhenhai, Yue Hongjun, Hu Shanshan) and municipal vs district level (Gao Wenjing), all career steps explicitly marked 'currently' / 'proposed'. Degrees, professional qualifications and rank grades ('master of public administration', 'senior engineer', 'professor', 'full county level') are not titles. Places: Shiqiao, Gaoshan County, Lianhe County, Nanping County, Dongshi Town, Xiqiao District.",
  },

  '1309_jinhe_district_party_standing_committee_literal_mt': {
    persons: [
      { name: 'Ren Guoliang', surnameIn: ['Secretary Ren'], titles: ['district party committee secretary'], roles: ['presided', 'spoke'],
        note: "Literal MT 'district party committee secretary Ren Guoliang presided convene ...' (presided); surname-only 'Secretary Ren stressed' (span = 'Ren'; spoke); 'Ren Guoliang require' (spoke). 'Meeting pointed out' / 'meeting require' are collective." },
      { name: 'Zou Yiran', titles: ['District party committee deputy secretary', 'district head'], roles: ['attended', 'spoke'], note: "'Zou Yiran said' (spoke)." },
      { name: 'Dai Chunhua', titles: ['district party committee standing committee members'], roles: ['attended'],
        note: "Plural label (literal word order) before a 5-name list that directly follows Zou Yiran's posts." },
      { name: 'Xiong Lijie', titles: ['district party committee standing committee members', 'Deputy district head'], roles: ['attended', 'reported'], note: "'Deputy district head Xiong Lijie did report about ...' (reported)." },
      { name: 'Mu Yongkang', titles: ['district party committee standing committee members'], roles: ['attended'] },
      { name: 'Lan Xiaodong', titles: ['district party committee standing committee members'], roles: ['attended'] },
      { name: 'Pang Shuqin', titles: ['district party committee standing committee members'], roles: ['attended'] },
      { name: 'Yao Jianhua', titles: ["District people's congress standing committee director"], roles: ['attended'] },
      { name: 'Fu Zhongyi', titles: ['district CPPCC chairman'], roles: ['attended'], note: "'attended meeting as non-voting' (attended)." },
      { name: 'Cai Zhengyu', titles: ['district emergency management bureau director'], roles: ['reported'],
        note: "'Meeting listened district emergency management bureau director Cai Zhengyu about this year flood season prepare situation report' (reported)." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [] },
      { name: 'Nie Xiaoting', titles: ['Text'], roles: ['byline'] },
      { name: 'Zhong Kaiwen', titles: ['Photo'], roles: ['byline'] },
      { name: 'Shi Yanqiu', titles: ['Responsible editor'], roles: ['byline'] },
    ],
    themes: [
      'hundred days campaign',
      'people supreme, life supreme',
      'three lines',
      'no deaths, few injuries',
      'district leader contact town, town cadre contact village, village cadre contact household',
      'should transfer all transfer, transfer early',
      'three management three must',
    ],
    notes: "District government portal, very literal MT (word-for-word Chinese order: 'presided convene', 'convey learning', 'Meeting listened X about ... report', 'attended meeting as non-voting'). Expanded standing committee meeting of a district party committee on flood prevention and work safety. All posts before the names in Chinese order ('District people's congress standing committee director Yao Jianhua', 'district CPPCC chairman Fu Zhongyi'). Surname-only 'Secretary Ren' once. 'district head' (Zou Yiran) vs 'Deputy district head' (Xiong Lijie), 'district party committee secretary' (Ren Guoliang) vs 'District party committee deputy secretary' (Zou Yiran): different persons. Credits 'Text / Photo / Responsible editor' at the foot.",
  },

  '1310_longtan_township_high_standard_farmland_meeting': {
    persons: [
      { name: 'Qin Lihong', titles: [], roles: ['byline'], note: "Header field 'Author: Qin Lihong' (field name, not a credit label: titles [])." },
      { name: 'Qiu Wenliang', surnameIn: ['Secretary Qiu'], titles: ['secretary of the township party committee'], roles: ['attended', 'spoke'],
        note: "Surname-only 'Secretary Qiu pointed out' and 'Finally, Secretary Qiu asked' (span = 'Qiu'); 'He stressed' is a pronoun." },
      { name: 'Lai Xiaomei', titles: ['deputy secretary of the township party committee', 'township head'], roles: ['presided', 'spoke'], note: "Female; 'required' (spoke)." },
      { name: 'Hong Weixiang', titles: ['deputy director of the County Bureau of Agriculture and Rural Affairs'], roles: ['attended', 'spoke'],
        note: "'attended the meeting and gave guidance' (attended); 'Hong Weixiang said' (spoke)." },
      { name: 'Jia Shouren', titles: ['member of the township party committee', 'deputy township head'], roles: ['reported'], note: "'introduced the construction plan of the project' (reported)." },
      { name: 'Yin Zhaohui', titles: ['director of the township agricultural comprehensive service center'], roles: ['reported'], note: "'explained the technical standards' (reported)." },
      { name: 'Nong Yuhua', titles: ['secretary of the Party branch of Bantang Village'], roles: ['reported'],
        note: "'made statements on behalf of the villages' (reported); 'Nong Yuhua said ...' continues the statement. Surname Nong (Zhuang area)." },
      { name: 'Tao Shengcai', titles: ['director of the village committee of Nawei Village'], roles: ['reported'] },
      { name: 'Gong Xiaodan', titles: ['Editor'], roles: ['byline'] },
      { name: 'Liao Minjie', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'small fields into large fields',
      'party branch + cooperative + farmers',
      'fertile land project',
      'the masses are satisfied and the project is smooth',
      'no one may reach out to the farmland money',
      'number one project',
    ],
    notes: "Township page on a county government portal (Shiping County > Longtan Township), plain MT: 'Time / Source / Author / Views' line, 'Editor / Reviewer' at the foot. Township mobilization meeting on high-standard farmland and autumn-winter water conservancy. Surname-only 'Secretary Qiu' twice. Village posts ('secretary of the Party branch of Bantang Village', 'director of the village committee of Nawei Village'). 'secretary' (Qiu Wenliang) vs 'deputy secretary of the township party committee' (Lai Xiaomei); 'township head' (Lai Xiaomei) vs 'deputy township head' (Jia Shouren): different persons. 'Members of the township leadership team, the secretaries and directors of the village committees of 11 villages ...' is collective. Places: Bantang, Nawei, Gulan villages.",
  },

  '1311_anxi_development_zone_project_signing': {
    persons: [
      { name: 'Yang Zhenkun', titles: ['secretary of the Huaiyuan Municipal Party Committee'], roles: ['attended'], note: "'attended the event and met with the guests' (attended)." },
      { name: 'Xie Wanqing', titles: ['Vice mayor'], roles: ['attended', 'spoke'] },
      { name: 'Cao Jingrong', titles: ['Secretary of the Party Working Committee of the Development Zone'], roles: ['attended', 'spoke'],
        note: "Title-case post before the name (Chinese order); 'stressed' (spoke)." },
      { name: 'Guo Shuming', titles: ['Director of the Management Committee of the Development Zone'], roles: ['presided', 'reported'],
        note: "Title-case post before the name; 'presided over the signing ceremony'; 'introduced the development of the zone' (reported), 'He said' continues. Signing the agreement is not one of the five roles." },
      { name: 'Tian Yuheng', titles: ['chairman of Zhongke Ruineng New Energy Co., Ltd.'], roles: ['spoke'], note: "'spoke on behalf of the investors' (spoke)." },
      { name: 'Feng Lijuan', titles: ['vice president of Hualian Pharmaceutical Group'], roles: ['reported'], note: "'also introduced their projects' (reported, as an introduction of a project)." },
      { name: 'Hu Zhenyuan', titles: ['general manager of Jiaxin Precision Machinery Co., Ltd.'], roles: ['reported'] },
      { name: 'Yi Kaixuan', titles: [], roles: ['byline'], note: "Photo caption '(photo by Yi Kaixuan)': 'photo by' is not a credit label of the 'Photo:' form (like 'By X', 'Translated by'); titles []." },
      { name: 'Geng Ruoyu', titles: ['Responsible editor'], roles: ['byline'] },
    ],
    themes: [
      'Anxi Economic and Technological Development Zone (Huaiyuan) Investment Promotion Conference',
      'nanny-style',
      'sign the contract today, get the certificates tomorrow and start construction soon',
      'chain leader system',
      'standard land',
      'one project, one team, one plan',
    ],
    notes: "Development-zone website, plain MT: 'Date / Source / Hits' line, photo caption '(photo by X)', 'Responsible editor' at the foot. Investment promotion conference and signing ceremony of a state-level development zone with company executives. Title-case zone posts before names ('Secretary of the Party Working Committee of the Development Zone Cao Jingrong', 'Director of the Management Committee of the Development Zone Guo Shuming') vs lower-case municipal posts after names: different persons and bodies, not capitalisation inconsistencies. 'secretary of the Huaiyuan Municipal Party Committee' (Yang Zhenkun) vs 'Secretary of the Party Working Committee of the Development Zone' (Cao Jingrong): different bodies. Non-persons: Zhongke Ruineng, Hualian, Jiaxin (companies).",
  },

  '1312_dongyao_city_political_legal_work_conference': {
    persons: [
      { name: 'Fu Jiaming', titles: ['Reporter'], roles: ['byline'], note: "Credits in the header line ('Source: ...   Reporter: X   Correspondent: Y')." },
      { name: 'Kong Lingyun', titles: ['Correspondent'], roles: ['byline'] },
      { name: 'Zheng Weihang', titles: ['secretary of the Municipal Party Committee'], roles: ['attended', 'spoke'], note: "Name in the headline ('..., Zheng Weihang attended and delivered a speech')." },
      { name: 'Xu Guangyuan', titles: ['member of the Standing Committee of the Municipal Party Committee', 'secretary of the Political and Legal Affairs Commission'], roles: ['presided', 'reported'],
        note: "'presided over the meeting and made a work report'; 'Xu Guangyuan said in his report' and 'Xu Guangyuan asked' continue the work report (no separate spoke). ' and ' inside 'Political and Legal Affairs Commission' does not split." },
      { name: 'Tang Hongbin', titles: ['vice mayor', 'director of the Municipal Public Security Bureau'], roles: ['attended', 'reported'], note: "'reported on the \"summer public security crackdown\"' (reported)." },
      { name: 'Zeng Ruolan', titles: ["president of the Municipal Intermediate People's Court"], roles: ['attended', 'reported'], note: "Female; 'introduced the work of the courts' (reported)." },
      { name: 'Ma Jianxing', titles: ["chief procurator of the Municipal People's Procuratorate"], roles: ['attended', 'reported'], note: "'briefed on' (reported)." },
      { name: 'Wen Pengju', titles: ['director of the Municipal Justice Bureau'], roles: ['reported'], note: "'made a statement' (reported)." },
      { name: 'Bai Huiling', titles: ["judge of the Jiangkou County People's Court"], roles: ['spoke'], note: "'a judge of ...' (leading article dropped); 'spoke as representatives of the advanced individuals' (spoke)." },
      { name: 'Shi Haoyu', titles: ['director of Hetan Police Station of the Chengguan Branch of the Municipal Public Security Bureau'], roles: ['spoke'] },
      { name: 'Ye Shuangjie', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Fengqiao Experience',
      'the resolution of disputes at the source',
      'sweeping away gangs and eliminating evil',
      'one-stop',
      'four winds',
      'cases solved on the spot',
      'separation of simple and complicated cases',
      'summer public security crackdown',
      'cloud sword',
    ],
    notes: "Municipal political-and-legal website (Dongyao Chang'an Network): headline with the party secretary's name, credits in the header line ('date   Source   Reporter: X   Correspondent: Y'), 'Editor:' at the foot. Municipal political and legal work conference with the heads of the public security bureau, the intermediate court, the procuratorate and the justice bureau, and two advanced individuals (a county judge, a police-station director). 'secretary of the Municipal Party Committee' (Zheng Weihang) vs 'secretary of the Political and Legal Affairs Commission' (Xu Guangyuan): different bodies. 'Heads of the political and legal committees of counties and districts ...' is collective. Places: Yao River, Jiangkou County, Hetan, Chengguan.",
  },
};

export const perturbed = {
  '1301_qiaoyang_city_party_committee_plenary_session': {
    edits: [
      { old: 'Gong Shaoheng joined the discussion of the Qiaodong District group', new: 'Vice mayor Gong Shaoheng joined the discussion of the Qiaodong District group' },
      { old: 'Nie Chuanbao, member of the Standing Committee of the Municipal Party Committee and minister', new: 'Nie Chuanbo, member of the Standing Committee of the Municipal Party Committee and minister' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Gong Shaoheng', edit: 0, injected: 'Vice mayor',
        orig: { ctx: 'Municipal Party Committee and mayor, explained', text: 'mayor' },
        description: "Gong Shaoheng is 'deputy secretary of the Municipal Party Committee and mayor' in the lead but 'Vice mayor' (title before the name) in the group-discussion paragraph (vice vs full rank of the same post)." },
      { kind: 'name_spelling_variant', person: 'Nie Chuanbao', edit: 1, injected: 'Nie Chuanbo',
        orig: { ctx: 'Geng Shuhui, Nie Chuanbao, Yue Mingfang', text: 'Nie Chuanbao' },
        description: "The organization minister Nie Chuanbao (in the label list) is written 'Nie Chuanbo' at the closing meeting (one letter dropped from the last syllable)." },
    ],
  },
  '1302_baitan_county_government_plenary_clean_government_literal_mt': {
    edits: [
      { old: 'County head Liao Wenbin also require', new: 'County magistrate Liao Wenbin also require' },
      { old: 'standing committee member, executive deputy county head Qiu Shaokang presided meeting', new: 'standing committee member, county head Qiu Shaokang presided meeting' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Liao Wenbin', edit: 0, injected: 'County magistrate',
        orig: { ctx: 'deputy secretary, county head Liao Wenbin', text: 'county head' },
        description: "The same post of Liao Wenbin is 'county head' in the lead and 'County magistrate' in a later paragraph (two translations of 县长)." },
      { kind: 'duplicate_unique_post', person: 'Qiu Shaokang', edit: 1, injected: 'county head',
        orig: { ctx: 'deputy secretary, county head Liao Wenbin', text: 'county head' },
        description: "Qiu Shaokang's 'executive deputy county head' loses 'executive deputy' and becomes 'county head', the unique post held by Liao Wenbin in the same sentence pair." },
    ],
  },
  '1303_lanjiang_governor_inspects_haicheng_port_newswire': {
    edits: [
      { old: 'Ye Shaowen, who oversees transportation', new: 'Ye Shaowen, vice-mayor of Haicheng, who oversees transportation' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Ye Shaowen', edit: 0, injected: 'vice-mayor of Haicheng',
        orig: { ctx: 'Vice-Governor Ye Shaowen', text: 'Vice-Governor' },
        description: "Ye Shaowen accompanies the governor as 'Vice-Governor' (provincial government) but is 'vice-mayor of Haicheng' (city government) later in the article: two incompatible levels for one person (the real vice-mayor is Guo Xinyan)." },
    ],
  },
  '1304_chengning_city_private_enterprise_symposium': {
    edits: [
      { old: 'Yao Shengli said that the municipal bureau will', new: 'Director of the Municipal Bureau of Industry and Information Technology Yao Shengli said that the municipal bureau will' },
      { old: "Hong Jiayuan's request", new: "Hong Jiayun's request" },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Yao Shengli', edit: 0, injected: 'Director of the Municipal Bureau of Industry and Information Technology',
        orig: { ctx: 'Yao Shengli, director of the Municipal Bureau of Industry and Information Technology', text: 'director of the Municipal Bureau of Industry and Information Technology' },
        description: "The same post of Yao Shengli is 'director of the Municipal Bureau of Industry and Information Technology' (after the name) in the briefing paragraph and 'Director of ...' with a capital D before the name in the answers paragraph." },
      { kind: 'name_spelling_variant', person: 'Hong Jiayuan', edit: 1, injected: 'Hong Jiayun',
        orig: { ctx: 'Hong Jiayuan, chairman', text: 'Hong Jiayuan' },
        description: "The entrepreneur Hong Jiayuan is written 'Hong Jiayun' (possessive) in the mayor's closing remarks (one letter dropped from the last syllable)." },
    ],
  },
  '1305_xiashan_county_peoples_congress_closing_elections': {
    edits: [
      { old: 'Under the leadership of Huang Zhiwen, the newly', new: "Under the leadership of Huang Zhiwen, deputy director of the Standing Committee of the County People's Congress, the newly" },
      { old: 'Niu Shanbao, vice chairman of the County CPPCC', new: 'Niu Shanbao, chairman of the County CPPCC' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Huang Zhiwen', edit: 0, injected: "deputy director of the Standing Committee of the County People's Congress",
        orig: { ctx: "Huang Zhiwen as director of the Standing Committee of the County People's Congress", text: "director of the Standing Committee of the County People's Congress" },
        description: "Huang Zhiwen is elected 'director of the Standing Committee of the County People's Congress' but leads the oath as its 'deputy director' (the deputy directors are Geng Peirong, Zeng Hualin and Ji Wenxue)." },
      { kind: 'duplicate_unique_post', person: 'Niu Shanbao', edit: 1, injected: 'chairman of the County CPPCC',
        orig: { ctx: 'Xie Guohua, chairman of the County CPPCC', text: 'chairman of the County CPPCC' },
        description: "Niu Shanbao's 'vice chairman of the County CPPCC' loses 'vice': two persons are then 'chairman of the County CPPCC' in one sentence (the unique post is Xie Guohua's)." },
    ],
  },
  '1306_mianshui_cppcc_session_opening': {
    edits: [
      { old: 'Zhong Liangcai put forward the main tasks', new: 'Zhong Liangcai, chairman of the Municipal CPPCC, put forward the main tasks' },
      { old: 'Lü Chengzhi, on behalf of the Municipal Party Committee, extended warm congratulations', new: 'Lü Chengzhi, Secretary of the Municipal Party Committee, extended warm congratulations on behalf of the Municipal Party Committee' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Zhong Liangcai', edit: 0, injected: 'chairman of the Municipal CPPCC',
        orig: { ctx: 'Zhong Liangcai, chairman of the CPPCC Mianshui Municipal Committee, delivered', text: 'chairman of the CPPCC Mianshui Municipal Committee' },
        description: "The same post of Zhong Liangcai is 'chairman of the CPPCC Mianshui Municipal Committee' when he delivers the work report and 'chairman of the Municipal CPPCC' in the tasks paragraph (two wordings of one post)." },
      { kind: 'title_capitalization_inconsistency', person: 'Lü Chengzhi', edit: 1, injected: 'Secretary of the Municipal Party Committee',
        orig: { ctx: 'Lü Chengzhi is secretary of the Municipal Party Committee', text: 'secretary of the Municipal Party Committee' },
        description: "The same post of Lü Chengzhi is 'secretary of the Municipal Party Committee' in the sentence listing the posts of the municipal leaders and 'Secretary of the Municipal Party Committee' (capital S, in apposition) in the congratulation paragraph." },
    ],
  },
  '1307_luhe_county_discipline_inspection_plenary': {
    edits: [
      { old: 'and Ning Shaobo signed the letters', new: 'and Ning Shaobo, secretary of the Municipal Commission for Discipline Inspection, signed the letters' },
      { old: 'Xu Hanqing said that the county government', new: 'Xu Hanqin said that the county government' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Ning Shaobo', edit: 0, injected: 'secretary of the Municipal Commission for Discipline Inspection',
        orig: { ctx: 'secretary of the County Commission for Discipline Inspection and director', text: 'secretary of the County Commission for Discipline Inspection' },
        description: "Ning Shaobo delivers the work report as 'secretary of the County Commission for Discipline Inspection' but signs the responsibility letters as 'secretary of the Municipal Commission for Discipline Inspection' (county vs municipal level of the same body; the municipal commission is represented by Guo Peilin)." },
      { kind: 'name_spelling_variant', person: 'Xu Hanqing', edit: 1, injected: 'Xu Hanqin',
        orig: { ctx: 'Xu Hanqing, deputy secretary', text: 'Xu Hanqing' },
        description: "The county head Xu Hanqing is written 'Xu Hanqin' in his own paragraph (qing / qin: one letter dropped)." },
    ],
  },
  '1309_jinhe_district_party_standing_committee_literal_mt': {
    edits: [
      { old: 'Zou Yiran said, district government', new: 'Deputy district head Zou Yiran said, district government' },
      { old: 'Ren Guoliang require, leading cadre', new: 'District Party chief Ren Guoliang require, leading cadre' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Zou Yiran', edit: 0, injected: 'Deputy district head',
        orig: { ctx: 'deputy secretary, district head Zou Yiran', text: 'district head' },
        description: "Zou Yiran is 'district head' in the attendance sentence but 'Deputy district head' (the post of Xiong Lijie) before his name in the flood-preparation paragraph." },
      { kind: 'title_wording_variant', person: 'Ren Guoliang', edit: 1, injected: 'District Party chief',
        orig: { ctx: 'district party committee secretary Ren Guoliang', text: 'district party committee secretary' },
        description: "The same post of Ren Guoliang is 'district party committee secretary' in the lead and 'District Party chief' in the work-safety paragraph (two wordings of 区委书记)." },
    ],
  },
  '1310_longtan_township_high_standard_farmland_meeting': {
    edits: [
      { old: 'member of the township party committee and deputy township head, introduced', new: 'member of the township party committee and township head, introduced' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Jia Shouren', edit: 0, injected: 'township head',
        orig: { ctx: 'deputy secretary of the township party committee and township head, presided', text: 'township head' },
        description: "Jia Shouren's 'deputy township head' loses 'deputy' and becomes 'township head', the unique post held by Lai Xiaomei who presides over the meeting." },
    ],
  },
  '1311_anxi_development_zone_project_signing': {
    edits: [
      { old: 'Guo Shuming and Tian Yuheng signed', new: 'Guo Shuming, director of the management committee of the development zone, and Tian Yuheng signed' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Guo Shuming', edit: 0, injected: 'director of the management committee of the development zone',
        orig: { ctx: 'Director of the Management Committee of the Development Zone Guo Shuming', text: 'Director of the Management Committee of the Development Zone' },
        description: "The same post of Guo Shuming is written in title case before his name where he presides ('Director of the Management Committee of the Development Zone') and all in lower case in the apposition of the signing sentence." },
    ],
  },
  '1312_dongyao_city_political_legal_work_conference': {
    edits: [
      { old: 'At the meeting, Zeng Ruolan introduced', new: "At the meeting, Zeng Ruolan, president of the Chengguan District People's Court, introduced" },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Zeng Ruolan', edit: 0, injected: "president of the Chengguan District People's Court",
        orig: { ctx: "Zeng Ruolan, president of the Municipal Intermediate People's Court", text: "president of the Municipal Intermediate People's Court" },
        description: "Zeng Ruolan attends as 'president of the Municipal Intermediate People's Court' but introduces the courts' work as 'president of the Chengguan District People's Court' (municipal vs district court for one person)." },
    ],
  },
};
