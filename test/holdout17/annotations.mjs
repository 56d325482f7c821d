// Source of the held-out set gold (test/holdout17). `node test/goldkit/build-set.mjs test/holdout17` turns this file
// into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Governor Ren" / "Secretary Huang": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout/README.md, test/holdout2/README.md, test/holdout3/README.md, plus
// the decisions listed in README.md of this folder):
// - "Governor Ren", "Secretary Huang", "Sister Niu": the surname is the mention; the address form is not a separate
//   title. No text uses a bare surname without a title word before it.
// - Byline labels are titles ("Reporter", "Text", "Photo", "Editor", "Responsibility Editor", "Editor in charge",
//   "Reviewer", "Review", "Proofreading", "Correspondent"). Field names that are not credit labels ("Author:" in a
//   header or foot line, "By X" without a label) give no title; the person keeps the role byline.
// - Group labels before a list ("Members of the Standing Committee of the Municipal Party Committee A, B and C",
//   "Deputy County Heads A, B, C", "Leaders of the city A, B, C and D") and after a run of names ("A, B and C,
//   deputy secretaries of ...", "A, B ..., executive chairmen of the presidium") are titles of every listed person.
// - Posts announced in a personnel decision (elected / appointed) are titles of the person; posts a person "no longer
//   served as" and "previously served as" are titles too (career posts); "former director of ..." of a disciplined
//   official is a title (as in holdout3/309), roles [].
// - Occupations ("a 67-year-old villager", "a doctor of the Municipal People's Hospital") are not titles; a CPPCC
//   "member" addressed as such, a people's mediator, company posts (chairman, general manager, CEO, founder) are.
// - Roles: "explained the draft decision", "read out", "convey", "make report", "introduced the measures", "reported
//   on", "told him the water level ...", "briefed" = reported; "made arrangements", "answered the questions",
//   "made a statement" (personal), "made exchange speeches", "talked about", "announced the start" = spoke;
//   "were seated on the rostrum", "took the front seats", "accompanied", "as non-voting participant(s)" = attended.
//   A "said" sentence that continues the person's own report adds no separate `spoke`.
// - Every double-quoted phrase is a theme, except full-sentence direct speech; also the named sessions, plenary
//   sessions, conferences and Xi Jinping Thought.

const SC1701 = 'Members of the Standing Committee of the Municipal Party Committee';
const PRES1705 = 'executive chairmen of the presidium';
const PRES1706 = 'Executive chairmen of the presidium';
const SC1709 = 'Members of the Standing Committee of the District Party Committee';

export const reports = {
  '1701_qingmu_city_party_committee_plenary_session': {
    persons: [
      { name: 'Xi Jinping', titles: [], roles: [],
        note: "Only inside 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era' (a theme; the mention counts) and 'with Comrade Xi Jinping at its core' ('Comrade' is a form of address, not a post)." },
      { name: 'Pan Zhengyuan', titles: ['secretary of the Municipal Party Committee'], roles: ['spoke'],
        note: "'delivered a speech on behalf of the Standing Committee', 'pointed out', 'stressed' (spoke)." },
      { name: 'Gao Yuming', titles: ['deputy secretary of the Municipal Party Committee', 'mayor'], roles: ['reported', 'spoke'],
        note: "'explained the draft decision' (reported) and 'made arrangements for the economic work of next year' (spoke); 'Gao Yuming said ...' continues the arrangements." },
      { name: 'Fu Xiaoqiong', titles: [SC1701], roles: ['attended'],
        note: "Title-case plural label before a 6-name list; 'were seated on the rostrum' (attended)." },
      { name: 'Ning Hanqing', titles: [SC1701], roles: ['attended'] },
      { name: 'Qiu Shangwen', titles: [SC1701, 'member of the Standing Committee of the Municipal Party Committee', 'minister of the Organization Department'], roles: ['attended', 'reported'],
        note: "In the label list, then 'member of the Standing Committee of the Municipal Party Committee and minister of the Organization Department, read out the decision' (reported). Singular lower-case 'member' vs the plural label: a second title string, not an inconsistency." },
      { name: 'Dai Jingrui', titles: [SC1701], roles: ['attended'] },
      { name: 'Xia Wenqiu', titles: [SC1701], roles: ['attended'] },
      { name: 'Geng Lixue', titles: [SC1701], roles: ['attended'], note: "Last of the list after ' and '." },
      { name: 'Tian Baoguo', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'] },
      { name: 'Yue Chunhua', titles: ['chairwoman of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Lan Yijie', titles: ['Reporter'], roles: ['byline'], note: "'(Reporter: Lan Yijie  Huang Siyu   Editor: ...)': two reporter names separated by two spaces, no comma." },
      { name: 'Huang Siyu', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Mao Xinrui', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Eighth Plenary (Enlarged) Session of the 13th CPC Qingmu Municipal Committee',
      'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
      'Third Plenary Session of the 20th CPC Central Committee',
      'Central Economic Work Conference',
      'Decision on Further Deepening Reform in an All-round Way and Building a Strong Node City of the Western Land-Sea Corridor',
      'Qingmu-Beibu Gulf',
      'Two Establishments',
      'Two Safeguards',
      'one-stop service',
      'doing what is said and doing it well',
      'Project Construction Attack Year',
      'good start',
    ],
    notes: "Municipal government portal (Qingmu), fluent MT: breadcrumb, 'Release time / Source / Views' line, credits in one parenthesised line at the foot with two reporters separated only by spaces. Plenary session of a municipal party committee (enlarged), presided over by the Standing Committee as a body (no person presides). Title-case plural label before a 6-name list; one listed member gets a singular lower-case post later (Qiu Shangwen). 'secretary' (Pan Zhengyuan) vs 'deputy secretary of the Municipal Party Committee' (Gao Yuming): different persons. Xi Jinping only inside the named thought and 'Comrade Xi Jinping'. Non-persons: Qingmu Daily (source), Beibu Gulf (place, inside a quoted train name).",
  },

  '1702_heshui_county_government_plenary_clean_government_literal_mt': {
    persons: [
      { name: 'Zeng Qingshan', titles: ['County Party Committee Deputy Secretary', 'County Head'], roles: ['attended', 'spoke'],
        note: "Literal MT, title-case posts before the name joined by ', ' ('County Party Committee Deputy Secretary, County Head Zeng Qingshan attend meeting and make speech'); 'point out', 'stress' (spoke)." },
      { name: 'Hu Mingliang', titles: ['County Government Executive Deputy County Head'], roles: ['presided', 'reported', 'spoke'],
        note: "'preside meeting' (presided); 'convey the spirit of the provincial ... conference' (reported); 'request' (spoke)." },
      { name: 'Nong Guifang', titles: ['County Party Committee Standing Committee Member', 'Deputy County Head'], roles: ['attended'],
        note: "Two posts joined by ', ' before the name, directly followed by the label 'Deputy County Heads' of the next three names." },
      { name: 'Wei Shaohua', titles: ['Deputy County Heads'], roles: ['attended'], note: "Plural label before a 3-name list with no ' and '." },
      { name: 'Lai Jinzhu', titles: ['Deputy County Heads'], roles: ['attended'] },
      { name: 'Tu Yanping', titles: ['Deputy County Heads'], roles: ['attended'], note: "Last of the list; the next words are another person's post ('County Government Party Group Member Liao Dexiang')." },
      { name: 'Liao Dexiang', titles: ['County Government Party Group Member'], roles: ['attended'] },
      { name: 'Zou Hanwen', titles: ['County Finance Bureau Director'], roles: ['reported'], note: "'respectively make report about ...' (reported)." },
      { name: 'Kong Meiling', titles: ['County Audit Bureau Director'], roles: ['reported'] },
      { name: 'Ye Xiaotong', titles: ['Text'], roles: ['byline'] },
      { name: 'Shi Wenjing', titles: ['Photo'], roles: ['byline'] },
      { name: 'Bai Yunfei', titles: ['Responsibility Editor'], roles: ['byline'], note: "Literal MT of the credit label 责任编辑 ('Responsibility Editor')." },
      { name: 'Chang Dehai', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      '14th Five-Year Plan',
      'government live tight days',
      'efficient handle one thing',
      'eight provisions',
      'four winds',
      'clean government organ',
    ],
    notes: "County government site (Heshui), very literal MT with uninflected verbs ('convene', 'attend meeting and make speech', 'preside meeting', 'make report', 'request'). All titles are title case before the name. Full-body meeting of a county government combined with a clean government work conference. 'County Head' (Zeng Qingshan) vs 'County Government Executive Deputy County Head' (Hu Mingliang) vs 'Deputy County Head' / 'Deputy County Heads' (Nong Guifang and three others): different persons, not rank conflicts. Units that made statements (County Natural Resources Bureau, Shanglong Town, County Education Bureau) are not persons. 'township head (town head)' is collective.",
  },

  '1703_baiyue_governor_flood_control_inspection_newspaper': {
    persons: [
      { name: 'Yao Jingwen', titles: [], roles: ['byline'], note: "Newspaper byline 'By Yao Jingwen | Updated: ...' without a label (titles [])." },
      { name: 'Ren Haotian', surnameIn: ['Governor Ren'], titles: ['governor of Baiyue province'], roles: ['presided', 'spoke'],
        note: "Surname-only 'Governor Ren' three times (span = 'Ren'); 'the governor' and the headline 'Governor urges ...' have no name. 'urging', 'asked', 'said' (spoke); 'chaired a provincial meeting on flood control via video link' (presided)." },
      { name: 'Xiong Jianmin', titles: ['Vice-Governor'], roles: ['attended'], note: "'Accompanied by Vice-Governor Xiong Jianmin and ...' (attended)." },
      { name: 'Gong Lixin', titles: ['head of the provincial water resources department'], roles: ['attended', 'reported'],
        note: "Accompanied the governor (attended); 'reported that the province's precipitation ...' at the video meeting (reported)." },
      { name: 'Hong Xiaoqing', titles: ['manager of the reservoir'], roles: ['reported'],
        note: "'told him the water level was 3.2 meters below the flood limit' briefs the governor (reported); the quotation attributed with 'Hong Xiaoqing said' continues it and is direct speech (not a theme)." },
      { name: 'Cai Wenhui', titles: ['Party secretary of Songlin county'], roles: ['reported'],
        note: "'said the county had moved 1,260 residents ...' is a briefing on local work during the inspection (reported)." },
      { name: 'Niu Guirong', titles: [], roles: ['spoke'], note: "'a 67-year-old villager' is a description, not a post; 'she said' (spoke)." },
      { name: 'Feng Zhaoyang', titles: ['mayor of Linhe'], roles: ['reported'], note: "'reported on local preparations at the video meeting'." },
      { name: 'Jia Ruiqing', titles: ['magistrate of Shuikou county'], roles: ['reported'] },
      { name: 'Mu Yanqing', titles: ['secretary-general of the provincial government'], roles: ['attended'] },
      { name: 'Qin Mingyu', titles: ['Photo'], roles: ['byline'], note: "'Photo: Qin Mingyu / Baiyue Daily' (the newspaper is not a person)." },
      { name: 'Tang Yiran', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'be prepared before the flood arrives',
      'people first, life first',
      'leave no blind spot',
    ],
    notes: "English edition of a provincial newspaper (Baiyue Daily), edited newswire English: headline without a name, 'By X | Updated:' byline without a label, dateline 'YUECHENG --'. Governor's inspection of flood control with accompanying officials, followed by a video meeting. Surname-only 'Governor Ren' three times; no bare surname. Two full-sentence direct quotations ('We have checked every gate twice since April', 'This year we know where to go') are not themes. 'governor' vs 'Vice-Governor': different persons. Non-persons: Dalong Reservoir, Yinjiang River, Songlin, Shuikou, Linhe, YUECHENG.",
  },

  '1704_zhanling_city_private_enterprise_forum': {
    persons: [
      { name: 'Pang Yuxuan', titles: [], roles: ['byline'], note: "Header 'Author: Pang Yuxuan' (field name, not a credit label: titles [])." },
      { name: 'Xu Wenjie', titles: ['Mayor', 'deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'],
        note: "Headline 'Mayor Xu Wenjie holds forum ...' (title before the name, title case) and 'deputy secretary of the municipal party committee and mayor' in the lead: 'Mayor' and 'mayor' are two title strings of one post (headline capitalisation, not an inconsistency). 'said', 'stressed' (spoke)." },
      { name: 'Wen Junhao', titles: ['Vice mayor'], roles: ['attended', 'spoke'], note: "Sentence-initial 'Vice mayor Wen Junhao'; 'made specific arrangements' (spoke)." },
      { name: 'Lü Shaoping', titles: ['secretary-general of the municipal government'], roles: ['attended'], note: "Lower-case title before the name in a list of three." },
      { name: 'Zhong Yaqin', titles: ['chairwoman of the Municipal Federation of Industry and Commerce'], roles: ['attended'] },
      { name: 'Mao Jiancheng', titles: ['chairman of Zhanling Hengyu Auto Parts Co., Ltd.'], roles: ['spoke'],
        note: "Company name ending in 'Co., Ltd.,' inside a comma-separated list of five entrepreneurs; 'spoke one after another' (spoke)." },
      { name: 'Fang Lirong', titles: ['general manager of Lanhe Biotechnology Co., Ltd.'], roles: ['spoke'] },
      { name: 'Tao Shijun', titles: ['chairman of Jinshi New Materials Group'], roles: ['spoke'] },
      { name: 'Yin Peipei', titles: ['founder', 'CEO of Xiaomu Technology'], roles: ['spoke'], note: "'founder and CEO of Xiaomu Technology' = two posts joined by ' and '." },
      { name: 'Hong Weidong', titles: ['president of the Zhanling Fujian Chamber of Commerce'], roles: ['spoke'] },
      { name: 'Ji Wenyuan', titles: ['director of the Municipal Development and Reform Commission'], roles: ['spoke'], note: "'answered the questions on the spot' (spoke)." },
      { name: 'Lan Shuo', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'one-hour industrial ecosystem',
      'main force',
      'Private Economy Promotion Law',
      'concentrate on doing business with peace of mind',
      "entrepreneurs' day",
      'pro-business and clean',
      'run around for a stamp',
      'talent apartment',
    ],
    notes: "Site of a municipal investment promotion bureau (Zhanling), fluent MT; header 'Time / Source / Author / Hits'. Mayor's forum with private entrepreneurs. Headline with 'Mayor' before the name. Five entrepreneurs with company posts in one long comma list (company names with 'Co., Ltd.,'). 'mayor' (Xu Wenjie) vs 'Vice mayor' (Wen Junhao): different persons. The heads of three municipal bureaus are unnamed. Non-persons: Zhanling Hengyu Auto Parts, Lanhe Biotechnology, Jinshi New Materials Group, Xiaomu Technology, Zhanling Daily.",
  },

  '1705_qiaolin_county_peoples_congress_closing_election': {
    persons: [
      { name: 'Yang Shuhang', titles: ['county head', "county head of Qiaolin County People's Government"], roles: ['spoke'],
        note: "Headline 'Yang Shuhang elected county head' and 'elected Yang Shuhang as county head of Qiaolin County People's Government': the post he is elected to is his title (two strings). 'delivered a statement', 'He said' (spoke); the constitutional oath is not a role." },
      { name: 'Xie Guangrong', titles: ['executive chairman of the presidium', "director of the Standing Committee of the County People's Congress"], roles: ['presided', 'spoke'],
        note: "'presided over by X, executive chairman of the presidium and director of ...' (two posts); 'said in the closing speech' (spoke)." },
      { name: 'Xiong Zhirang', titles: [PRES1705, 'secretary of the County Party Committee'], roles: ['attended', 'spoke'],
        note: "First of a 6-name run followed by the label 'executive chairmen of the presidium' (label after the run covers it); 'were seated on the front row of the rostrum' (attended); 'delivered a speech' (spoke)." },
      { name: 'Yin Shaoqing', titles: [PRES1705], roles: ['attended'] },
      { name: 'Huang Dongmei', titles: [PRES1705], roles: ['attended'] },
      { name: 'Lai Renjie', titles: [PRES1705, "president of the County People's Court"], roles: ['attended'],
        note: "In the presidium run and elected 'president of the County People's Court' at the same meeting." },
      { name: 'Pang Xuewen', titles: [PRES1705], roles: ['attended'] },
      { name: 'Geng Yuhong', titles: [PRES1705], roles: ['attended'] },
      { name: 'Wei Lingling', titles: ["deputy director of the Standing Committee of the County People's Congress"], roles: [],
        note: "Only elected (the post is her title); no role at the meeting is stated." },
      { name: 'Jia Yutong', titles: ['Text'], roles: ['byline'] },
      { name: 'Ning Zhihao', titles: ['Photo'], roles: ['byline'] },
      { name: 'Kong Xiaoshan', titles: ['Editor'], roles: ['byline'] },
      { name: 'Fu Jinglan', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the 18th Qiaolin County People's Congress",
      'do things for the people with all his heart',
      'servant of the people',
      'three-year action for doubling the output of the tea industry',
      'one government, one committee and two courts',
    ],
    notes: "County people's congress website (Qiaolin), fluent MT; headline with the elected county head's name and post. Closing meeting of a county people's congress session with an election (personnel). Label after a run of 6 names ('A, B, C, D, E and F, executive chairmen of the presidium'). Elected posts (county head, deputy director of the standing committee, president of the court) are titles. 'executive chairman of the presidium' (Xie Guangrong, singular) vs 'executive chairmen of the presidium' (six others): label vs post of different persons. 'director' (Xie Guangrong) vs 'deputy director of the Standing Committee of the County People's Congress' (Wei Lingling): different persons. Collective: members of the Standing Committee of the County Party Committee, leaders of the county CPPCC. Non-persons: the Constitution, the Qiaolin-Shiquan expressway.",
  },

  '1706_yunlu_city_cppcc_session_opening': {
    persons: [
      { name: 'Ma Qiaoyun', titles: ['chairman of the Municipal CPPCC'], roles: ['reported'],
        note: "Female ('She pointed out') with the post worded 'chairman'. 'delivered the work report of the Standing Committee' (reported); 'said', 'pointed out' continue the report." },
      { name: 'Hu Ruixiang', titles: [PRES1706, 'vice chairman of the Municipal CPPCC'], roles: ['attended', 'presided'],
        note: "Label before a 5-name list ('took the front seats on the rostrum', attended); 'presided over by Hu Ruixiang, vice chairman ...' (presided)." },
      { name: 'Ji Chengmao', titles: [PRES1706], roles: ['attended'] },
      { name: 'Zhong Pingping', titles: [PRES1706], roles: ['attended'] },
      { name: 'Liao Wenhai', titles: [PRES1706, 'vice chairman of the Municipal CPPCC'], roles: ['attended', 'reported'],
        note: "'reported on the handling of proposals' (reported). Same post wording as Hu Ruixiang: two vice chairmen, not an inconsistency." },
      { name: 'Mu Xuelan', titles: [PRES1706], roles: ['attended'] },
      { name: 'Xu Guodong', titles: ['Leaders of the city', 'secretary of the Municipal Party Committee'], roles: ['attended'],
        note: "Label 'Leaders of the city' before a 4-name list; the post is given in a separate copular sentence ('Xu Guodong is secretary of the Municipal Party Committee')." },
      { name: 'Yao Kaiyuan', titles: ['Leaders of the city', 'deputy secretary of the Municipal Party Committee', 'mayor'], roles: ['attended'] },
      { name: 'Zheng Huiming', titles: ['Leaders of the city'], roles: ['attended'] },
      { name: 'Ye Tianhua', titles: ['Leaders of the city', 'member of the Standing Committee of the Municipal Party Committee', 'minister of the United Front Work Department'], roles: ['attended'],
        note: "In the label list and again later with two posts ('also attended')." },
      { name: 'Qiu Meijuan', titles: ['Member'], roles: ['spoke'],
        note: "'Member Qiu Meijuan, a doctor of the Municipal People's Hospital': CPPCC member (a post, title before the name); 'doctor' is an occupation (not a title). 'made speeches on behalf of the members' (spoke)." },
      { name: 'Cao Wenbin', titles: ['member', 'chairman of a local agricultural cooperative'], roles: ['spoke'] },
      { name: 'Nie Yushu', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Tu Haoran', titles: ['Photo'], roles: ['byline'] },
      { name: 'Bai Jing', titles: ['Editor in charge'], roles: ['byline'] },
    ],
    themes: [
      "Third Session of the 11th Yunlu Municipal Committee of the Chinese People's Political Consultative Conference",
      'silver economy',
      'county-level commercial system',
      'cross-border e-commerce comprehensive pilot zone',
      'specialized consultative body',
      "Members' Studio",
      'perform their duties for the country and speak for the people',
    ],
    notes: "Website of a municipal CPPCC committee (Yunlu), fluent MT. Opening of a CPPCC session with the work report of the Standing Committee and the report on proposals. Label before a 5-name list ('Executive chairmen of the presidium'), label 'Leaders of the city' before a 4-name list, posts given in a later copular sentence ('Xu Guodong is secretary ...'). 'chairman' (Ma Qiaoyun) vs 'vice chairman of the Municipal CPPCC' (Hu Ruixiang, Liao Wenhai): different persons; two vice chairmen with the same wording. CPPCC 'Member' / 'member' before two names (different persons). 'Members of the CPPCC will discuss' is collective. Non-persons: Yunlu Grand Theater, Municipal People's Hospital.",
  },

  '1707_heyun_city_discipline_inspection_plenary_session': {
    persons: [
      { name: 'Guo Chengzhi', titles: ['secretary of the Municipal Party Committee'], roles: ['attended', 'spoke'] },
      { name: 'Qin Yuhang', titles: ['member of the Standing Committee of the Municipal Party Committee', 'secretary of the Municipal Commission for Discipline Inspection', 'director of the Municipal Supervisory Commission'], roles: ['reported'],
        note: "Three posts joined by ', ' and ' and '; 'delivered a work report' (reported); 'Qin Yuhang, in the work report, reviewed ...' and 'He said' continue the report." },
      { name: 'Zheng Xiaojun', titles: ['deputy secretary of the Municipal Party Committee', 'mayor'], roles: ['presided'] },
      { name: 'Shi Rongguang', titles: ["Leaders of the Municipal People's Congress and the Municipal CPPCC"], roles: ['attended'],
        note: "Label before a 2-name list; the ' and ' inside the label joins two bodies and does not split it." },
      { name: 'Gong Yanhua', titles: ["Leaders of the Municipal People's Congress and the Municipal CPPCC"], roles: ['attended'] },
      { name: 'Yu Hanlin', titles: ['Deputy secretaries of the Municipal Commission for Discipline Inspection'], roles: ['attended', 'reported'],
        note: "Plural label before a 2-name list ('were seated on the rostrum'); 'read out the notice on four typical cases' (reported)." },
      { name: 'Xia Ruolan', titles: ['Deputy secretaries of the Municipal Commission for Discipline Inspection'], roles: ['attended'] },
      { name: 'Tao Zhenwei', titles: ['former director of the Heyun Municipal Housing Provident Fund Management Center'], roles: [],
        note: "Disciplined former official named in a typical case; the former post is a title; no role at the meeting." },
      { name: 'Lan Haiyue', titles: [], roles: ['byline'], note: "'Author: Lan Haiyue' at the foot (field name, titles [])." },
      { name: 'Wen Sijia', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Fourth Plenary Session of the 7th CPC Heyun Municipal Commission for Discipline Inspection',
      'Party Discipline Study and Education',
      'small and micro power',
      'dare not, cannot and do not want to be corrupt',
      'loyal, clean and responsible',
      'iron army',
      'corruption and misconduct around the masses',
      'three capitals',
    ],
    notes: "Website of a municipal discipline inspection commission and supervisory commission (Heyun): two-body site name, 'Release date / Source / Font size' line, 'Author / Editor' at the foot. Plenary session of a municipal commission for discipline inspection. The discipline secretary has three posts; the mayor presides, the party secretary speaks. 'secretary of the Municipal Commission for Discipline Inspection' (Qin Yuhang) vs 'Deputy secretaries ...' (Yu Hanlin, Xia Ruolan) and 'secretary' vs 'deputy secretary of the Municipal Party Committee' (Guo Chengzhi, Zheng Xiaojun): different persons. A disciplined former official with his former post (roles []). Collective: members of the Standing Committee of the Municipal Party Committee. Non-persons: the Heyun Municipal Housing Provident Fund Management Center, the Publicity Department (source).",
  },

  '1708_lingbei_county_leading_cadres_meeting_appointment': {
    persons: [
      { name: 'Pang Huaixin', titles: ['Member of the Standing Committee of the Jiangpu Municipal Party Committee', 'Minister of the Organization Department'], roles: ['attended', 'spoke'],
        note: "Title-case posts after the name; 'made a speech', 'fully affirmed', 'asked' (spoke)." },
      { name: 'Ye Minghui', titles: ['Deputy Secretary of the County Party Committee', 'County Head'], roles: ['presided', 'spoke'], note: "'Ye Minghui said ...' at the end (spoke)." },
      { name: 'Chang Lingyun', titles: ['deputy minister of the Organization Department of the Jiangpu Municipal Party Committee'], roles: ['reported'], note: "'read out the appointment decision' (reported)." },
      { name: 'Tang Shaoxiong', titles: ['member', 'standing committee member', 'secretary of the CPC Lingbei County Committee', 'Deputy Secretary-General of the Jiangpu Municipal Government'], roles: ['spoke'],
        note: "Appointed 'member, standing committee member and secretary of the CPC Lingbei County Committee' (three titles); 'previously served as Deputy Secretary-General of the Jiangpu Municipal Government' (career post, a title). 'Comrade' is a form of address. 'made a statement' (spoke); the quotation is full-sentence direct speech (not a theme). 'the new secretary' has no name." },
      { name: 'Gong Jianfei', titles: ['secretary', 'standing committee member', 'member of the County Party Committee'], roles: ['spoke'],
        note: "Outgoing secretary: 'no longer served as secretary, standing committee member and member of the County Party Committee' (his posts until the decision; three titles). 'also made a speech' (spoke)." },
      { name: 'Yi Xuefeng', titles: ['county-level leaders'], roles: ['attended'], note: "Label 'Incumbent county-level leaders' before a 4-name list (the adjective 'Incumbent' is left out)." },
      { name: 'Wang Zhanpeng', titles: ['county-level leaders'], roles: ['attended'] },
      { name: 'Lü Haixia', titles: ['county-level leaders'], roles: ['attended'] },
      { name: 'Gao Shunian', titles: ['county-level leaders'], roles: ['attended'] },
      { name: 'Yue Xinran', titles: ['Text'], roles: ['byline'] },
      { name: 'Pan Shiwei', titles: ['Photo'], roles: ['byline'] },
      { name: 'Mu Qingqing', titles: ['Editor'], roles: ['byline'] },
      { name: 'Dai Hongli', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'Lingbei chapter',
    ],
    notes: "County rong-media center site (Lingbei), fluent MT; long headline without a name. Meeting of leading cadres announcing a personnel decision of the municipal party committee: the new county party secretary is appointed, the old one leaves. Posts in the decision ('member, standing committee member and secretary of ...', 'no longer served as secretary, standing committee member and member of ...') are titles of both persons (three each). 'Minister of the Organization Department' (Pang Huaixin) vs 'deputy minister of the Organization Department of the Jiangpu Municipal Party Committee' (Chang Lingyun): different persons. 'secretary' (Gong Jianfei, outgoing) and 'secretary of the CPC Lingbei County Committee' (Tang Shaoxiong, incoming): two holders in succession, stated as such, not a duplicate. The quotation of Tang Shaoxiong is full-sentence direct speech (not a theme). Collective: retired old comrades.",
  },

  '1709_haiwei_district_standing_committee_work_safety': {
    persons: [
      { name: 'Huang Yiming', surnameIn: ['Secretary Huang'], titles: ['secretary of the District Party Committee'], roles: ['presided', 'spoke'],
        note: "Surname-only 'Secretary Huang stressed' and 'Secretary Huang required' (span = 'Huang')." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'General Secretary Xi Jinping'; only referred to." },
      { name: 'Cao Zhanwei', titles: ['member of the Standing Committee of the District Party Committee', 'executive deputy district mayor', SC1709], roles: ['reported', 'attended'],
        note: "'The meeting listened to the report of X, posts, on ...' (reported); first in the label list at the end (attended)." },
      { name: 'Zou Jiaxin', titles: ['director of the District Emergency Management Bureau'], roles: ['reported'] },
      { name: 'Gao Peiqin', titles: ['deputy secretary of the District Party Committee', 'district mayor'], roles: ['spoke'], note: "Female ('She asked'); 'made specific arrangements' (spoke)." },
      { name: 'Xie Dongsheng', titles: [SC1709], roles: ['attended'] },
      { name: 'Lai Qinghua', titles: [SC1709], roles: ['attended'] },
      { name: 'Shi Baolin', titles: [SC1709], roles: ['attended'] },
      { name: 'Zeng Yuqin', titles: [SC1709], roles: ['attended'] },
      { name: 'Zhong Liping', titles: ["director of the Standing Committee of the District People's Congress"], roles: ['attended'], note: "'attended as non-voting participants' (attended)." },
      { name: 'Fang Kaige', titles: ['chairman of the District CPPCC'], roles: ['attended'] },
      { name: 'Feng Xiaoyu', titles: ['Editor'], roles: ['byline'] },
      { name: 'Qin Lu', titles: ['Proofreading'], roles: ['byline'] },
      { name: 'Yang Zhengming', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'Qianshan',
      'seven downs and eight ups',
      'life first, safety first',
      'three-tube and three-must',
      'Haiwei Release',
    ],
    notes: "District government portal (Haiwei), fluent MT; 'Publish time / Source / Visits / [Print] [Close]'. Standing committee meeting of a district party committee on work safety and typhoon prevention. Surname-only 'Secretary Huang' twice. The label list of standing committee members comes at the end and repeats a person who reported earlier with singular posts. 'executive deputy district mayor' (Cao Zhanwei) vs 'district mayor' (Gao Peiqin), 'secretary' vs 'deputy secretary of the District Party Committee': different persons. Quoted typhoon name 'Qianshan' and platform name 'Haiwei Release' are themes (every quoted phrase). 'The meeting pointed out' is collective.",
  },

  '1710_shuangyang_city_government_executive_meeting': {
    persons: [
      { name: 'Zheng Kexin', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'],
        note: "Name in the headline; 'pointed out', 'required' (spoke)." },
      { name: 'Tian Shaohua', titles: ['Executive vice mayor'], roles: ['attended'] },
      { name: 'Ren Jiaqi', titles: ['vice mayors'], roles: ['attended'], note: "Lower-case plural label before a 3-name list, directly after another person's name." },
      { name: 'Hu Xiaoyan', titles: ['vice mayors'], roles: ['attended', 'reported'], note: "'The meeting listened to the report of Hu Xiaoyan on ...' (reported)." },
      { name: 'Yu Changlin', titles: ['vice mayors'], roles: ['attended', 'spoke'], note: "'made arrangements' (spoke); 'He said' continues." },
      { name: 'Pan Xuefeng', titles: ['secretary-general of the municipal government'], roles: ['attended'] },
      { name: 'Yang Wenkai', titles: ['vice chairman of the Municipal CPPCC'], roles: ['attended'], note: "'attended the meeting as a non-voting participant' (attended)." },
      { name: 'Mao Zhiqiang', titles: ['director of the Municipal Housing and Urban-Rural Development Bureau'], roles: ['reported'] },
      { name: 'Bai Xiaocan', titles: ['director of the Shuangyang Housing Provident Fund Management Center'], roles: ['reported'],
        note: "Passive 'which was explained by X, post' (reported)." },
      { name: 'Xiong Yaqi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Qiu Dehai', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'Shuangyang Housing Provident Fund Management Measures (Draft for Review)',
      'rice bowl',
      'repeated digging of roads',
    ],
    notes: "Municipal government portal (Shuangyang), 'Government Affairs Disclosure > Executive Meetings'. Executive meeting of a municipal government. Headline with the mayor's name. 'Executive vice mayor' (Tian Shaohua) vs 'vice mayors' (three others) vs 'mayor' (Zheng Kexin): different persons. Passive 'explained by'. Collective: heads of the municipal justice bureau, finance bureau and other departments; the gas companies. 'The meeting asked' is collective.",
  },

  '1711_hexin_development_zone_project_signing': {
    persons: [
      { name: 'Tang Wenxuan', titles: ['Secretary of the Party Working Committee of the Development Zone'], roles: ['attended', 'spoke'] },
      { name: 'Wei Zhaoyu', titles: ['Deputy Secretary of the Party Working Committee', 'Director of the Management Committee of the Development Zone'], roles: ['reported'],
        note: "'introduced the investment environment', 'introduced that ...' (reported)." },
      { name: 'Nie Jingyi', titles: ['Deputy Directors of the Management Committee'], roles: ['attended'], note: "Plural label before a 2-name list; later signs the agreements on behalf of the zone." },
      { name: 'Zou Baohua', titles: ['Deputy Directors of the Management Committee'], roles: ['attended'] },
      { name: 'Mu Tianyou', titles: ['vice mayor of Beihe City'], roles: ['attended', 'spoke'], note: "'announced the start of the signing' (spoke)." },
      { name: 'Lan Xinyue', titles: ['chairwoman of Jiahe Semiconductor Materials Co., Ltd.'], roles: ['spoke'], note: "'spoke on behalf of the signed enterprises' (spoke)." },
      { name: 'Ji Yuanchao', titles: ['general manager of Suntrail Energy Storage Technology Co., Ltd.'], roles: ['attended'], note: "Signed an agreement at the ceremony (present: attended)." },
      { name: 'Liao Guosheng', titles: ['vice president of Beihe Bio-pharmaceutical Group'], roles: ['attended'] },
      { name: 'Yin Jiahui', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Niu Zhen', titles: ['Correspondent'], roles: ['byline'] },
      { name: 'Xu Shiyu', titles: ['Editor'], roles: ['byline'] },
      { name: 'Hong Lijun', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      "the enterprise's business is our business",
      'nanny-style',
      'land ready before the project arrives',
      'start construction as soon as the land is acquired',
    ],
    notes: "Website of a national-level economic and technological development zone (Hexin), fluent MT; headline without a name. Signing ceremony for investment projects. Development-zone posts in title case ('Secretary of the Party Working Committee of the Development Zone', 'Director of the Management Committee of the Development Zone', label 'Deputy Directors of the Management Committee'). 'Director' (Wei Zhaoyu) vs 'Deputy Directors' (Nie Jingyi, Zou Baohua); 'Secretary' vs 'Deputy Secretary of the Party Working Committee': different persons. Enterprise posts with 'Co., Ltd.'; the English brand name 'Suntrail' is a company, not a person. Non-persons: Hexin Science and Technology Innovation Center, Yongtai Chip Packaging Project, Beihe City.",
  },

  '1712_tongshan_city_political_legal_work_conference': {
    persons: [
      { name: 'Qiu Zhenbang', titles: ['member of the Standing Committee of the Municipal Party Committee', 'secretary of the Political and Legal Affairs Commission of the Municipal Party Committee'], roles: ['attended', 'spoke'] },
      { name: 'Jia Weining', titles: ['deputy secretary of the Political and Legal Affairs Commission of the Municipal Party Committee'], roles: ['presided'] },
      { name: 'Yao Shuhua', titles: ["president of the Municipal Intermediate People's Court"], roles: ['attended', 'reported'], note: "'introduced the measures of the court' (reported)." },
      { name: 'Dai Mingxuan', titles: ["chief procurator of the Municipal People's Procuratorate"], roles: ['attended', 'spoke'], note: "'talked about the supervision ...' (spoke)." },
      { name: 'Lü Tiancheng', titles: ['vice mayor', 'director of the Municipal Public Security Bureau'], roles: ['attended', 'reported'] },
      { name: 'Gong Yalin', titles: ['director of the Municipal Justice Bureau'], roles: ['attended'] },
      { name: 'Niu Lihong', surnameIn: ['Sister Niu'], titles: ["people's mediator of Shitang Street"], roles: ['spoke'],
        note: "'made exchange speeches' together with two units (spoke). The nickname 'Sister Niu' (quoted) makes the surname a mention; the quoted nickname is also a theme (every quoted phrase)." },
      { name: 'Yi Baoqing', titles: ['deputy secretaries of the Political and Legal Affairs Commission of the Municipal Party Committee'], roles: ['reported'],
        note: "Label after a run of 3 names; 'read out the commendation decisions' (reported). Singular 'deputy secretary ...' of Jia Weining is the same post of another person: not an inconsistency." },
      { name: 'Ma Yanzhi', titles: ['deputy secretaries of the Political and Legal Affairs Commission of the Municipal Party Committee'], roles: ['reported'] },
      { name: 'Xu Hengjun', titles: ['deputy secretaries of the Political and Legal Affairs Commission of the Municipal Party Committee'], roles: ['reported'] },
      { name: 'Tao Kaili', titles: ['Editor'], roles: ['byline'] },
      { name: 'Pang Xiaoyun', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'Fengqiao Experience',
      'peace construction',
      'Political and Legal Work Regulations of the Communist Party of China',
      'Year of Improving the Quality and Efficiency of Law Enforcement and Judicial Work',
      'one-stop',
      'comprehensive management center',
      'mediation first, then litigation',
      'Sister Niu',
    ],
    notes: "Municipal 'Chang'an Network' (political-legal affairs site, Tongshan): 'Source / Date / Click'. City political and legal work conference: court president, chief procurator, public security director (also vice mayor), justice bureau director. Label after a run of three names ('A, B and C, deputy secretaries of ...'). 'secretary' (Qiu Zhenbang) vs 'deputy secretary' / 'deputy secretaries of the Political and Legal Affairs Commission' (four others): different persons. A people's mediator with a quoted nickname 'Sister Niu'. The political and legal committees of Xinlu County and Fengyi District are units, not persons.",
  },
};

export const perturbed = {
  '1701_qingmu_city_party_committee_plenary_session': {
    edits: [
      { old: 'Gao Yuming said that next year', new: 'Gao Yuming, vice mayor, said that next year' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Gao Yuming', edit: 0, injected: 'vice mayor',
        orig: { ctx: 'Municipal Party Committee and mayor, explained', text: 'mayor' },
        description: "Gao Yuming explains the decision as 'deputy secretary of the Municipal Party Committee and mayor' but is 'vice mayor' in the injected apposition of his arrangements paragraph (vice vs full rank of the same post)." },
    ],
  },
  '1702_heshui_county_government_plenary_clean_government_literal_mt': {
    edits: [
      { old: 'Hu Mingliang request, each unit', new: 'County government executive deputy county head Hu Mingliang request, each unit' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Hu Mingliang', edit: 0, injected: 'County government executive deputy county head',
        orig: { ctx: 'County Government Executive Deputy County Head Hu Mingliang preside', text: 'County Government Executive Deputy County Head' },
        description: "The same post of Hu Mingliang is written in title case in the lead ('County Government Executive Deputy County Head') and in sentence case before his name in the penultimate paragraph ('County government executive deputy county head')." },
    ],
  },
  '1703_baiyue_governor_flood_control_inspection_newspaper': {
    edits: [
      { old: 'Gong Lixin reported that the province', new: 'Gong Lixin, director of the Linhe municipal water resources bureau, reported that the province' },
      { old: '," Hong Xiaoqing said.', new: '," Hong Xiaoqin said.' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Gong Lixin', edit: 0, injected: 'director of the Linhe municipal water resources bureau',
        orig: { ctx: 'Gong Lixin, head of the provincial water resources department', text: 'head of the provincial water resources department' },
        description: "Gong Lixin accompanies the governor as 'head of the provincial water resources department' but reports at the video meeting as 'director of the Linhe municipal water resources bureau' (provincial vs municipal level of the same line of work for one person)." },
      { kind: 'name_spelling_variant', person: 'Hong Xiaoqing', edit: 1, injected: 'Hong Xiaoqin',
        orig: { ctx: 'Hong Xiaoqing, manager of the reservoir', text: 'Hong Xiaoqing' },
        description: "The reservoir manager Hong Xiaoqing is introduced correctly, but the attribution of his quotation is misspelt by one letter as 'Hong Xiaoqin'." },
    ],
  },
  '1704_zhanling_city_private_enterprise_forum': {
    edits: [
      { old: 'Vice mayor Wen Junhao', new: 'Mayor Wen Junhao' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Wen Junhao', edit: 0, injected: 'Mayor',
        orig: { ctx: 'municipal party committee and mayor, presided', text: 'mayor' },
        description: "Wen Junhao's only post 'Vice mayor' loses its 'Vice' and becomes 'Mayor', the unique post held by Xu Wenjie ('deputy secretary of the municipal party committee and mayor', headline 'Mayor Xu Wenjie')." },
    ],
  },
  '1705_qiaolin_county_peoples_congress_closing_election': {
    edits: [
      { old: 'Newly elected Yang Shuhang took', new: 'Newly elected county magistrate Yang Shuhang took' },
      { old: 'Xie Guangrong said in the closing speech', new: "Xie Guangrong, director of the Standing Committee of the Municipal People's Congress, said in the closing speech" },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Yang Shuhang', edit: 0, injected: 'county magistrate',
        orig: { ctx: 'Yang Shuhang elected county head', text: 'county head' },
        description: "The post Yang Shuhang is elected to is 'county head' in the headline and the election sentence but 'county magistrate' in the injected oath sentence (two translations of one post)." },
      { kind: 'same_person_title_conflict', person: 'Xie Guangrong', edit: 1, injected: "director of the Standing Committee of the Municipal People's Congress",
        orig: { ctx: "director of the Standing Committee of the County People's Congress. Xiong", text: "director of the Standing Committee of the County People's Congress" },
        description: "Xie Guangrong presides as 'director of the Standing Committee of the County People's Congress' but gives the closing speech as 'director of the Standing Committee of the Municipal People's Congress' (county vs municipal level for one person)." },
    ],
  },
  '1706_yunlu_city_cppcc_session_opening': {
    edits: [
      { old: 'Liao Wenhai, vice chairman of the Municipal CPPCC, reported', new: 'Liao Wenhai, chairman of the Municipal CPPCC, reported' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Liao Wenhai', edit: 0, injected: 'chairman of the Municipal CPPCC',
        orig: { ctx: 'Ma Qiaoyun, chairman of the Municipal CPPCC, delivered', text: 'chairman of the Municipal CPPCC' },
        description: "Liao Wenhai's 'vice chairman of the Municipal CPPCC' loses 'vice' and becomes 'chairman of the Municipal CPPCC', the unique post held by Ma Qiaoyun, who delivers the work report." },
    ],
  },
  '1707_heyun_city_discipline_inspection_plenary_session': {
    edits: [
      { old: 'Guo Chengzhi stressed that we must', new: 'Guo Chengzhi, Party chief of the city, stressed that we must' },
      { old: 'Qin Yuhang, in the work report,', new: 'Qin Yuhang, deputy secretary of the Municipal Commission for Discipline Inspection, in the work report,' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Guo Chengzhi', edit: 0, injected: 'Party chief of the city',
        orig: { ctx: 'Guo Chengzhi, secretary of the Municipal Party Committee, attended', text: 'secretary of the Municipal Party Committee' },
        description: "The same post of Guo Chengzhi is worded 'secretary of the Municipal Party Committee' in the lead and 'Party chief of the city' in the injected apposition of his speech paragraph." },
      { kind: 'rank_conflict', person: 'Qin Yuhang', edit: 1, injected: 'deputy secretary of the Municipal Commission for Discipline Inspection',
        orig: { ctx: 'Municipal Party Committee, secretary of the Municipal Commission for Discipline Inspection and director', text: 'secretary of the Municipal Commission for Discipline Inspection' },
        description: "Qin Yuhang delivers the work report as 'secretary of the Municipal Commission for Discipline Inspection' but is 'deputy secretary' of the same commission in the injected apposition (the real deputy secretaries are Yu Hanlin and Xia Ruolan)." },
    ],
  },
  '1708_lingbei_county_leading_cadres_meeting_appointment': {
    edits: [
      { old: 'Pang Huaixin asked the leading group', new: 'Pang Huaixin, minister of the Organization Department, asked the leading group' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Pang Huaixin', edit: 0, injected: 'minister of the Organization Department',
        orig: { ctx: 'and Minister of the Organization Department, attended', text: 'Minister of the Organization Department' },
        description: "The same post of Pang Huaixin is 'Minister of the Organization Department' in the lead and 'minister of the Organization Department' in the injected apposition four paragraphs later." },
    ],
  },
  '1709_haiwei_district_standing_committee_work_safety': {
    edits: [
      { old: 'Secretary Huang required that', new: 'Huang Yiming, district Party secretary, required that' },
      { old: 'Committee Cao Zhanwei, Xie Dongsheng', new: 'Committee Cao Zhanhui, Xie Dongsheng' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Huang Yiming', edit: 0, injected: 'district Party secretary',
        orig: { ctx: 'Huang Yiming, secretary of the District Party Committee, presided', text: 'secretary of the District Party Committee' },
        description: "The same post of Huang Yiming is 'secretary of the District Party Committee' in the lead and 'district Party secretary' in the injected apposition (the surname-only 'Secretary Huang required' is replaced by the full name and this wording)." },
      { kind: 'name_spelling_variant', person: 'Cao Zhanwei', edit: 1, injected: 'Cao Zhanhui',
        orig: { ctx: 'report of Cao Zhanwei, member', text: 'Cao Zhanwei' },
        description: "Cao Zhanwei is spelt correctly when he reports but as 'Cao Zhanhui' (one syllable) at the head of the attendance list at the end." },
    ],
  },
  '1710_shuangyang_city_government_executive_meeting': {
    edits: [
      { old: 'Zheng Kexin required that the measures', new: 'Zheng Kexin, deputy secretary of the county party committee, required that the measures' },
      { old: 'Yu Changlin made arrangements', new: 'Yu Chunlin made arrangements' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Zheng Kexin', edit: 0, injected: 'deputy secretary of the county party committee',
        orig: { ctx: 'Zheng Kexin, deputy secretary of the municipal party committee and mayor', text: 'deputy secretary of the municipal party committee' },
        description: "The mayor Zheng Kexin is 'deputy secretary of the municipal party committee' in the lead but 'deputy secretary of the county party committee' in the injected apposition (county vs municipal level for one person)." },
      { kind: 'name_spelling_variant', person: 'Yu Changlin', edit: 1, injected: 'Yu Chunlin',
        orig: { ctx: 'Hu Xiaoyan and Yu Changlin, and', text: 'Yu Changlin' },
        description: "The vice mayor Yu Changlin is listed correctly among the attendees but misspelt by one syllable as 'Yu Chunlin' in the last paragraph." },
    ],
  },
  '1711_hexin_development_zone_project_signing': {
    edits: [
      { old: 'Tang Wenxuan said that the development zone', new: 'Tang Wenxuan, secretary of the Party Working Committee of the Development Zone, said that the development zone' },
      { old: 'Wei Zhaoyu introduced that', new: "Wei Zhaoyu, head of the zone's administrative committee, introduced that" },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Tang Wenxuan', edit: 0, injected: 'secretary of the Party Working Committee of the Development Zone',
        orig: { ctx: 'Tang Wenxuan, Secretary of the Party Working Committee of the Development Zone, attended', text: 'Secretary of the Party Working Committee of the Development Zone' },
        description: "The same post of Tang Wenxuan is 'Secretary of the Party Working Committee of the Development Zone' in the lead and 'secretary of ...' (lower-case first word) in the injected apposition of his speech." },
      { kind: 'title_wording_variant', person: 'Wei Zhaoyu', edit: 1, injected: "head of the zone's administrative committee",
        orig: { ctx: 'and Director of the Management Committee of the Development Zone, introduced', text: 'Director of the Management Committee of the Development Zone' },
        description: "The same post of Wei Zhaoyu is 'Director of the Management Committee of the Development Zone' in the lead and 'head of the zone's administrative committee' in the injected apposition (two translations of one post)." },
    ],
  },
  '1712_tongshan_city_political_legal_work_conference': {
    edits: [
      { old: 'At the meeting, Yao Shuhua introduced', new: 'At the meeting, Vice President Yao Shuhua introduced' },
      { old: 'Lü Tiancheng reported on the police', new: 'Lü Tianchen reported on the police' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Yao Shuhua', edit: 0, injected: 'Vice President',
        orig: { ctx: "Yao Shuhua, president of the Municipal Intermediate People's Court", text: "president of the Municipal Intermediate People's Court" },
        description: "Yao Shuhua attends as 'president of the Municipal Intermediate People's Court' but introduces the court's measures as 'Vice President' (vice vs full rank of the same court)." },
      { kind: 'name_spelling_variant', person: 'Lü Tiancheng', edit: 1, injected: 'Lü Tianchen',
        orig: { ctx: 'Lü Tiancheng, vice mayor', text: 'Lü Tiancheng' },
        description: "The public security director Lü Tiancheng is spelt correctly in the attendance sentence but loses the final letter ('Lü Tianchen') when he reports." },
    ],
  },
};
