// Source of the eleventh held-out set gold (test/holdout11). `node test/goldkit/build-set.mjs test/holdout11` turns this
// file into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Secretary Xiong" / "Governor Tian" / "Head Xu": every whole-word occurrence of the
//                context makes the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout3/README.md, plus the decisions listed in README.md of this folder):
// - "Secretary Xiong", "Secretary Zhao", "Governor Tian", "Director Hu", "Head Xu": the surname is the mention; the
//   address form is not a separate title (the full post is always given elsewhere in the same text). No text uses a
//   bare surname without a title word before it.
// - Titles verbatim, split on " and " / ", " between posts; leading articles dropped; a group label before a list
//   (or after a run of names: "... and other members of the presidium of the session") is a title of every listed
//   person, plural included.
// - Byline labels are titles ("Reporter", "Staff Reporter", "Correspondent", "Text", "Photo", "Photography",
//   "Editor", "Responsible editor", "Proofreading", "Proofread", "Review", "Reviewer", "First review",
//   "Second review", "Final review"); "Author: Reporter X" gives the title "Reporter". Field names that are verb
//   phrases ("Written by:", "Reviewed by:") give no title (as "Translated by:" in holdout3); the person keeps the
//   role byline. Offices in a credit or source line ("Author: Research Office") are not persons.
// - Former posts (of an official expelled or dismissed, of a predecessor, career posts of an appointee) are titles.
// - Roles: "conveyed", "read out", "announced the decision", "explained the draft", "briefed", "introduced the
//   work / projects", "delivered the (government) work report", "reported", "made a statement" = reported;
//   "delivered a speech", "pointed out", "stressed", "required", "asked", "demanded", "made arrangements",
//   "spoke on behalf of", "put forward requirements", "said in conclusion", "called on" = spoke; "accompanied",
//   "were seated on the rostrum", "as non-voting participants", "was present", "signed contracts ... on behalf of
//   the investors" = attended; "hosted by the Standing Committee" is collective; a person whose instructions are
//   conveyed by another has roles [].
// - A "Name said ..." / "He said ..." sentence that continues the person's own report or statement adds no
//   separate `spoke`.
// - Every double-quoted phrase is a theme, except full-sentence direct speech attributed with "said"; also the
//   named sessions, plenary sessions and conferences and the Central Eight-point Regulations.

export const reports = {
  '1101_yunlu_municipal_party_committee_plenary_session': {
    persons: [
      { name: 'Xiong Zhenbang', surnameIn: ['Secretary Xiong'], titles: ['secretary of the municipal party committee'], roles: ['reported', 'spoke'],
        note: "'delivered a work report on behalf of the Standing Committee and made explanations on the draft' (reported); 'pointed out', 'stressed' (spoke). Surname-only 'Secretary Xiong stressed' (span = 'Xiong')." },
      { name: 'Pan Lijun', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'],
        note: "Female mayor ('She said'). 'presided over the second plenary meeting and made arrangements for the economic work' (presided, spoke)." },
      { name: 'Mao Xinran', titles: ['Members of the Standing Committee of the Municipal Party Committee', 'deputy secretary of the municipal party committee'], roles: ['attended', 'reported'],
        note: "First of the 7-name list after the title-case label; later 'explained the draft decision on personnel matters' (reported). Same post wording as Pan Lijun's first post: two deputy secretaries." },
      { name: 'Yu Haochen', titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'] },
      { name: 'Zou Meiling', titles: ['Members of the Standing Committee of the Municipal Party Committee', 'member of the Standing Committee of the Municipal Party Committee', 'secretary of the Municipal Commission for Discipline Inspection'], roles: ['attended', 'reported'],
        note: "In the label list, then 'member of the Standing Committee of the Municipal Party Committee and secretary of the Municipal Commission for Discipline Inspection, explained the report on the handling ...' (reported)." },
      { name: 'Gong Jianhua', titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'] },
      { name: 'Tian Shuoyuan', titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'] },
      { name: 'Nie Chengyu', titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'] },
      { name: 'Qin Yafang', titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'], note: "Last of the list after ' and '; 'were seated on the rostrum' (attended)." },
      { name: 'Fu Dehai', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'] },
      { name: 'Hong Yuezhen', titles: ['chairwoman of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Xi Jinping', titles: [], roles: [], note: "'the CPC Central Committee with Comrade Xi Jinping at the core' twice; 'Comrade' is a form of address, not a post. Only referred to." },
      { name: 'Ma Qingsong', titles: ['former vice mayor'], roles: [],
        note: "Expelled official ('to expel Ma Qingsong, former vice mayor, from the Party'); the former post is a title (as career posts), roles []." },
      { name: 'Lü Kaiwen', titles: ['former chairman of Yunlu Urban Investment Group'], roles: [], note: "Dismissed member of the municipal committee; surname with u-umlaut; roles []." },
      { name: 'Yao Qinghe', titles: ['Reporter'], roles: ['byline'], note: "'Reporter: Yao Qinghe  Ye Mingxuan': one label, two names separated only by two spaces." },
      { name: 'Ye Mingxuan', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Dai Wenjing', titles: ['Editor'], roles: ['byline'] },
      { name: 'Gao Shengli', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'Seventh Plenary Session of the 12th CPC Yunlu Municipal Committee',
      'Opinions on Further Deepening Reform in an All-round Way and Striving to Write the Yunlu Chapter of Chinese Modernization (Draft for Deliberation)',
      'Third Plenary Session of the 20th CPC Central Committee',
      'three batches of reform tasks',
      'one thing at a time',
      'promoting stability through progress and establishing the new before abolishing the old',
      'one hub, three bases',
      'Central Eight-point Regulations',
      'formalism for reducing burdens at the grassroots',
      'implementers',
      'spectators',
    ],
    notes: "Municipal government portal (Yunlu) reprinting Yunlu Daily: breadcrumb, 'Source / Published / Hits' line, credits 'Reporter: A  B    Editor:    Reviewer:' at the foot. Plenary session of a municipal party committee hosted by its Standing Committee (collective, not a person). Title-case label 'Members of the Standing Committee of the Municipal Party Committee' before a 7-name list, two of whom get their own posts later (Mao Xinran deputy secretary, Zou Meiling discipline secretary in lower-case 'member of the Standing Committee ...'). Surname-only 'Secretary Xiong'. Disciplined former officials (Ma Qingsong, Lü Kaiwen) named with 'former' posts, roles []. Look-alikes that are not inconsistencies: two deputy secretaries of the municipal party committee (Pan Lijun, Mao Xinran); the plural label and Zou Meiling's singular 'member of the Standing Committee ...' in other case; 'mayor' (Pan Lijun) vs 'former vice mayor' (Ma Qingsong, another person).",
  },

  '1102_shuiting_county_standing_committee_literal_mt': {
    persons: [
      { name: 'Zhao Yuanhang', surnameIn: ['Secretary Zhao'], titles: ['county party committee secretary'], roles: ['presided', 'spoke'],
        note: "Literal MT 'county party committee secretary Zhao Yuanhang presided convene ...' (title before the name). 'emphasize', 'Secretary Zhao require' (spoke; span = 'Zhao')." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'General Secretary Xi Jinping important speech' (missing possessive); only referred to." },
      { name: 'Wei Jianxin', titles: ['County party committee deputy secretary', 'county head'], roles: ['attended', 'spoke'],
        note: "Two posts joined by ', ' before the name. 'make arrangement about the first quarter economic work' (spoke)." },
      { name: 'Tang Shulan', titles: ["county people's congress standing committee director"], roles: ['attended'] },
      { name: 'Liao Guodong', titles: ['county CPPCC chairman'], roles: ['attended'] },
      { name: 'Gao Pengfei', titles: ['County committee standing committee members'], roles: ['attended'], note: "Label before a 5-name list separated only by commas (no ' and ')." },
      { name: 'Yin Xiaojun', titles: ['County committee standing committee members'], roles: ['attended'] },
      { name: 'Hu Yueming', titles: ['County committee standing committee members'], roles: ['attended'] },
      { name: 'Cai Zhiqiang', titles: ['County committee standing committee members'], roles: ['attended'] },
      { name: 'Niu Wenbo', titles: ['County committee standing committee members'], roles: ['attended'] },
      { name: 'Ren Haiyan', titles: ['Deputy county head'], roles: ['attended'], note: "'attended meeting as non-voting' (attended)." },
      { name: 'Xu Guangming', titles: ['county court president'], roles: ['attended'] },
      { name: 'Fang Zhiyuan', titles: ['county procuratorate chief procurator'], roles: ['attended'] },
      { name: 'Xiong Lanying', titles: ['county agriculture rural bureau director'], roles: ['reported'], note: "'Meeting heard ... Xiong Lanying report about ...' (reported)." },
      { name: 'Tu Zhenjiang', titles: ['county emergency management bureau director'], roles: ['reported'] },
      { name: 'Shi Yuqing', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Lan Xiaoyu', titles: ['Editor'], roles: ['byline'] },
      { name: 'Ning Hongbo', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'national two sessions',
      '14th Five-Year Plan',
      'four lower grassroots',
      'ten thousand enterprises hundred villages',
      'three one',
      'the first time, the first scene',
      'first quarter good start',
    ],
    notes: "County rong-media site (Shuiting), very literal machine translation ('presided convene', 'Meeting heard ... report about', 'Want to ...', 'etc. work', '46 ten thousand mu'). Standing committee (expanded) meeting conveying the national two sessions. All titles before the names in word order; label 'County committee standing committee members' before a 5-name list joined only by commas; court president and chief procurator as non-voting participants; two bureau directors reported. Surname-only 'Secretary Zhao'. Look-alikes: 'county head' (Wei Jianxin) vs 'Deputy county head' (Ren Haiyan), 'county party committee secretary' (Zhao) vs 'County party committee deputy secretary' (Wei): different persons. Non-persons: the townships (collective).",
  },

  '1103_dongxiu_municipal_government_plenary_clean_government': {
    persons: [
      { name: 'Jia Wenhui', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['attended', 'spoke'],
        note: "'attended the meeting and delivered a speech', 'pointed out', 'emphasized', 'He asked' (spoke)." },
      { name: 'Guo Yanbin', titles: ['member of the Standing Committee of the Municipal Party Committee', 'executive vice mayor'], roles: ['presided', 'spoke'],
        note: "'said in conclusion that all departments should ...' (spoke)." },
      { name: 'Yi Qiaoling', titles: ['member of the Standing Committee of the Municipal Party Committee', 'secretary of the Municipal Commission for Discipline Inspection', 'director of the Municipal Supervisory Commission'], roles: ['attended', 'spoke'],
        note: "Three posts joined by ', ' and ' and '; 'put forward requirements', 'required' (spoke)." },
      { name: 'Yang Chunlai', titles: ['Vice mayors'], roles: ['attended'], note: "Label 'Vice mayors' before a 4-name list, followed by ', and Wen Zhiyong, secretary-general ...' (not covered by the label)." },
      { name: 'Xia Lingyun', titles: ['Vice mayors', 'Vice mayor'], roles: ['attended', 'reported'], note: "'Vice mayor Xia Lingyun conveyed the spirit of ...' (reported; singular label, a second title)." },
      { name: 'Bai Shouyi', titles: ['Vice mayors'], roles: ['attended'] },
      { name: 'Lai Jingjing', titles: ['Vice mayors'], roles: ['attended'] },
      { name: 'Wen Zhiyong', titles: ['secretary-general of the municipal government'], roles: ['attended'] },
      { name: 'Huang Lixian', titles: ['director of the Municipal Finance Bureau'], roles: ['reported'], note: "'made statements' (reported)." },
      { name: 'Cao Yuanyuan', titles: ['director of the Municipal Development and Reform Commission'], roles: ['reported'] },
      { name: 'Zeng Qiming', titles: ['secretary of the Party committee of Dongxiu Economic Development Zone'], roles: ['reported'] },
      { name: 'Chang Ruoyu', titles: ['Text'], roles: ['byline'] },
      { name: 'Ji Pengcheng', titles: ['Photo'], roles: ['byline'] },
      { name: 'Kong Meiqi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Second Clean Government Work Conference of the State Council',
      '14th Five-Year Plan',
      'government officials should get used to living a tight life',
      'spending less money and doing more things',
      'small officials with huge corruption',
      'formalism and bureaucratism',
      'pro-Qing',
      'one post, two responsibilities',
      'Central Eight-point Regulations',
      'last mile',
    ],
    notes: "Municipal government portal (Dongxiu): 'Date / Source / Views [Print] [Close]' line, credits 'Text: / Photo: / Editor:' at the foot. Third plenary meeting of the municipal government combined with the clean government work conference. Mayor's speech over three paragraphs ('Jia Wenhui pointed out' / 'Jia Wenhui emphasized' / 'He asked'); the discipline secretary with three posts; label 'Vice mayors' before four names, then a fifth person with his own post after ', and'; singular 'Vice mayor Xia Lingyun' later. Three heads of units 'made statements' (reported). Look-alikes: 'mayor' vs 'executive vice mayor' vs 'Vice mayor(s)': different persons; two persons with 'member of the Standing Committee of the Municipal Party Committee' (Guo Yanbin, Yi Qiaoling); Zeng Qiming is secretary of the zone's Party committee, not of the municipal one.",
  },

  '1104_governor_inspects_heshan_new_energy_newspaper': {
    persons: [
      { name: 'Qiu Yanan', titles: ['Staff Reporter'], roles: ['byline'], note: "'By Staff Reporter Qiu Yanan | Updated: ...' ('By' is not part of the title)." },
      { name: 'Tian Weizhou', surnameIn: ['Governor Tian'], titles: ['governor of Lingnan Province', 'deputy secretary of the provincial Party committee'], roles: ['spoke', 'presided'],
        note: "Newspaper lead 'Tian Weizhou, governor of Lingnan Province, on Thursday urged ...'; 'The governor, who is also deputy secretary of the provincial Party committee' (second post without the name). Surname-only 'Governor Tian asked', 'Governor Tian stressed' (span = 'Tian'). 'the governor presided over a symposium' (presided); 'urged', 'asked', 'stressed', 'he said' (spoke). The headline 'Governor calls for ...' has no name." },
      { name: 'Ning Xueqiao', titles: ['Vice-Governor'], roles: ['attended'],
        note: "'Vice-Governor Ning Xueqiao' twice (hyphenated, title case). 'was accompanied by' (attended); the last paragraph attributes a figure to her ('according to', not a role)." },
      { name: 'Zhong Haolin', titles: ['secretary-general of the provincial government'], roles: ['attended'] },
      { name: 'Feng Kaiyuan', titles: ['Party secretary of Heshan'], roles: ['attended', 'reported'], note: "'reported on the city's plan' (reported)." },
      { name: 'Zeng Lihong', titles: ['mayor of Heshan', 'Mayor'], roles: ['attended', 'spoke'], note: "'Zeng Lihong, mayor of Heshan' in the accompanying list; 'Mayor Zeng Lihong said after the symposium' (spoke)." },
      { name: 'Cao Jiayi', titles: ["company's chairman"], roles: ['reported'],
        note: "'Cao Jiayi, the company's chairman, told him that ...' (briefing = reported); the descriptive post is kept as 'the province's top legislator' in holdout3, leading article dropped. The quotation 'Our biggest worry ...' is full-sentence direct speech (not a theme)." },
      { name: 'Xie Peiwen', titles: ['general manager'], roles: ['reported'], note: "'general manager Xie Peiwen briefed the delegation' (title before the name, the company given before it)." },
      { name: 'Wei Kaixuan', titles: ['chairman of Heshan Precision Motor Co'], roles: ['spoke'] },
      { name: 'Gong Ruxue', titles: ['president of the Heshan Automobile Parts Industry Association'], roles: ['spoke'] },
      { name: 'Lan Qixiang', titles: ['Photo'], roles: ['byline'], note: "'Photo: Lan Qixiang / Lingnan Daily'." },
      { name: 'Pang Shuyuan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'trillion-yuan industrial cluster',
      'order-based training',
      'automobile town',
      'cultivate new quality productive forces according to local conditions',
      'without being asked and without disturbing them',
    ],
    notes: "English edition of a provincial newspaper (Lingnan Daily), fluent newswire English: masthead, breadcrumb, headline without a name, 'By Staff Reporter X | Updated:', dateline 'HESHAN --', 'Photo: X / Lingnan Daily' and 'Editor:' at the foot. Governor's inspection tour with accompanying provincial and city officials ('was accompanied by' = attended). Newspaper titles: 'governor of Lingnan Province', 'Vice-Governor', 'Party secretary of Heshan', 'mayor of Heshan', \"the company's chairman\". Surname-only 'Governor Tian' twice; the other back-references use 'the governor' (no bare surname). Two full-sentence quotations are direct speech (not themes). Look-alikes: 'governor of Lingnan Province' (Tian) vs 'Vice-Governor' (Ning); 'mayor of Heshan' and 'Mayor' for the same person (the short address form before the name, not a wording variant). Non-persons: Huanyu New Energy Technology Co, Lüyuan Circular Technology, Heshan Port Industrial Park.",
  },

  '1105_xinpu_private_enterprise_forum': {
    persons: [
      { name: 'Zheng Hanqiu', titles: ['Reporter'], roles: ['byline'], note: "'Author: Reporter Zheng Hanqiu' in the source line: 'Author:' is a field name, 'Reporter' the title." },
      { name: 'Yue Jianguo', titles: ['Secretary of the Xinpu Municipal Party Committee'], roles: ['presided', 'spoke'],
        note: "Name in the headline ('Yue Jianguo chairs forum ...'). 'presided over a forum', 'stressed', 'asked', 'emphasized', 'He also required' (spoke)." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'General Secretary Xi Jinping's important speech'; only referred to." },
      { name: 'Pang Zhiyuan', titles: ['Mayor'], roles: ['attended', 'spoke'], note: "'Mayor Pang Zhiyuan' (title before the name); 'Pang Zhiyuan said that the municipal government will ...' (spoke)." },
      { name: 'Xu Jiahui', titles: ['Vice Mayor'], roles: ['attended', 'reported'], note: "'briefed on the implementation of ...' (reported)." },
      { name: 'Dai Fengqin', titles: ['member of the Standing Committee of the Municipal Party Committee', 'head of the United Front Work Department'], roles: ['attended'] },
      { name: 'Wei Xiaoming', titles: ['chairman of Xinpu Ruida Machinery Co., Ltd.'], roles: ['spoke'], note: "'spoke one after another' (spoke). The title ends with 'Ltd.' (the period belongs to the abbreviation)." },
      { name: 'Hu Jingyi', titles: ['general manager of Hongtu Textile Group'], roles: ['spoke'] },
      { name: 'Mao Jiarong', titles: ['chairman of Xinpu Yida Biotechnology Co., Ltd.'], roles: ['spoke'] },
      { name: 'Yin Shufen', titles: ['founder of Qiaojia Food Co., Ltd.'], roles: ['spoke'] },
      { name: 'Yang Dongsheng', titles: ['chairman of the Municipal Federation of Industry and Commerce (General Chamber of Commerce)'], roles: ['spoke'],
        note: "The parenthesis '(General Chamber of Commerce)' is the second name of the same body and stays inside the title." },
      { name: 'Tang Yumeng', titles: ['Editor'], roles: ['byline'] },
      { name: 'Lai Chenxi', titles: ['Proofreading'], roles: ['byline'] },
      { name: 'Jia Hongtao', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'our own people',
      'shop assistants',
      'no disturbance unless necessary, and be available whenever needed',
      'eat, take, card or demand',
      'one-stop',
      'loan for technology',
      'green channel',
    ],
    notes: "City news network (Xinpu) reprinting Xinpu Daily: date-time, 'Source', 'Author: Reporter X', 'Clicks' in one line; 'Editor / Proofreading / Review' at the foot. Forum of the municipal party secretary with private entrepreneurs; the name is in the headline. Title-case posts before names ('Mayor Pang Zhiyuan, Vice Mayor Xu Jiahui'); five entrepreneurs with company posts ending in 'Co., Ltd.' listed with ', ' and 'spoke one after another'. Look-alikes: 'Mayor' (Pang) vs 'Vice Mayor' (Xu): different persons; three company chairmen of different companies. Non-persons: the companies, the departments in the last paragraph.",
  },

  '1106_qingtan_county_peoples_congress_session': {
    persons: [
      { name: 'Hu Deqian', surnameIn: ['Director Hu'], titles: ['executive chairman of the presidium of the session', "director of the Standing Committee of the County People's Congress"], roles: ['presided', 'spoke'],
        note: "'presided over the opening meeting'; 'Director Hu called on all deputies ...' (spoke; span = 'Hu')." },
      { name: 'Yi Guanghui', titles: ['members of the presidium of the session', 'secretary of the county party committee'], roles: ['attended'],
        note: "'Seated on the rostrum were A, B, C, D, E, F and other members of the presidium of the session': the label after the run covers all six names ('and other' includes them); 'were seated on the rostrum' (attended)." },
      { name: 'Yang Shaohua', titles: ['members of the presidium of the session', 'county head'], roles: ['attended', 'reported'],
        note: "'county head Yang Shaohua delivered the government work report' (reported); the two 'Yang Shaohua said' sentences continue the report." },
      { name: 'Guo Meixiu', titles: ['members of the presidium of the session', "deputy director of the Standing Committee of the County People's Congress"], roles: ['attended', 'reported'],
        note: "'explained the draft election method' (reported)." },
      { name: 'Zhong Wenli', titles: ['members of the presidium of the session', 'chairman of the county CPPCC'], roles: ['attended'] },
      { name: 'Xie Baoshan', titles: ['members of the presidium of the session', "deputy directors of the Standing Committee of the County People's Congress"], roles: ['attended'] },
      { name: 'Kong Lingfeng', titles: ['members of the presidium of the session', "deputy directors of the Standing Committee of the County People's Congress"], roles: ['attended'] },
      { name: 'Wen Chunlei', titles: ["president of the county people's court"], roles: ['reported'],
        note: "'distributed in writing the work report of the county people's court by Wen Chunlei' (his written report: reported)." },
      { name: 'Shi Yonggang', titles: ["chief procurator of the county people's procuratorate"], roles: ['reported'] },
      { name: 'Cai Ruiqi', titles: [], roles: ['byline'], note: "'Written by:' is a verb phrase, not a credit label (as 'Translated by:' in holdout3); titles []." },
      { name: 'Pan Jinglin', titles: ['Photography'], roles: ['byline'] },
      { name: 'Fu Xiaoman', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the 18th Qingtan County People's Congress",
      'demonstration county for rural revitalization',
      '14th Five-Year Plan',
      'strengthening industry, expanding the county seat and revitalizing the countryside',
      'county-township-village',
      'speak for the people and do things for the people',
    ],
    notes: "County people's congress website (Qingtan): 'Current location:' breadcrumb, 'Release date / Source / Number of visits' line, credits 'Written by: / Photography: / Editor:' at the foot. Opening of a county people's congress session: executive chairman of the presidium presides, county head delivers the government work report, a deputy director explains the election method, court and procuratorate reports distributed in writing. Label after a run of six names ('... and other members of the presidium of the session'); the same persons get their own posts later in the text. Surname-only 'Director Hu'. Look-alikes: 'director' (Hu) vs 'deputy director' (Guo) vs 'deputy directors' (Xie, Kong) of the Standing Committee of the County People's Congress: different persons; 'chairman of the county CPPCC' (Zhong) is not the 'executive chairman of the presidium' (Hu). 'Leaders of the county CPPCC who were not deputies' and 'members of the county CPPCC' are collective.",
  },

  '1107_baizhang_cppcc_session_opening': {
    persons: [
      { name: 'Gong Hanqing', titles: ['chairman of the CPPCC Baizhang Municipal Committee'], roles: ['reported'],
        note: "'delivered the work report of the Standing Committee', 'reported on the work of the Standing Committee' (reported); 'put forward suggestions for the work in 2025' and 'He said' continue the report." },
      { name: 'Qiu Jianmin', titles: ['vice chairman of the CPPCC Baizhang Municipal Committee'], roles: ['presided'] },
      { name: 'Ma Chengkang', titles: ['Municipal leaders', 'secretary of the CPC Baizhang Municipal Committee'], roles: ['attended'],
        note: "Label 'Municipal leaders' before a 5-name list; the next sentence gives three of them their posts in 'X is <post>' sentences ('Ma Chengkang is secretary of ...'), a second mention each." },
      { name: 'Zeng Huiying', titles: ['Municipal leaders', 'deputy secretary of the municipal party committee', 'mayor'], roles: ['attended'] },
      { name: 'Yin Zhaolong', titles: ['Municipal leaders', "director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'] },
      { name: 'Tang Kexin', titles: ['Municipal leaders'], roles: ['attended'] },
      { name: 'Jia Ruoshui', titles: ['Municipal leaders'], roles: ['attended'] },
      { name: 'Xie Yurong', titles: ['Vice chairmen of the CPPCC Baizhang Municipal Committee', 'vice chairman'], roles: ['attended', 'reported'],
        note: "Female ('She said'). In the label list; 'vice chairman Xie Yurong reported on the handling of proposals' (reported)." },
      { name: 'Hong Zhenhai', titles: ['Vice chairmen of the CPPCC Baizhang Municipal Committee'], roles: ['attended'] },
      { name: 'Lan Meijuan', titles: ['Vice chairmen of the CPPCC Baizhang Municipal Committee'], roles: ['attended'] },
      { name: 'Bai Chuanzhi', titles: ['Vice chairmen of the CPPCC Baizhang Municipal Committee'], roles: ['attended'] },
      { name: 'Fang Jiayue', titles: ['secretary-general'], roles: ['attended'], note: "', and secretary-general Fang Jiayue were seated on the rostrum' (title before the name, not covered by the label)." },
      { name: 'Niu Zhenxiang', titles: ['Text'], roles: ['byline'] },
      { name: 'Yao Xiaoyu', titles: ['Photo'], roles: ['byline'] },
      { name: 'Cai Wenbo', titles: ['Editor'], roles: ['byline'] },
      { name: 'Shi Lirong', titles: ['Responsible editor'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the 10th Committee of the Chinese People's Political Consultative Conference of Baizhang City",
      'CPPCC members in the community',
      'two themes of unity and democracy',
      'building a modern industrial system',
      'improving the quality of urban development',
      "ensuring and improving people's livelihood",
      'Baizhang Consultation',
      'renovation of old pipe networks in the main urban area',
    ],
    notes: "Municipal CPPCC website (Baizhang): breadcrumb with '>>', 'Time / Source / Author: Research Office' (an office, not a person), credits in one parenthesised line at the foot. Opening of a CPPCC session: the chairman delivers the work report of the Standing Committee, a vice chairman presides, another vice chairwoman reports on proposals. Label 'Municipal leaders' before a 5-name list, posts of three of them given in separate 'X is <post>' sentences; label 'Vice chairmen of the CPPCC Baizhang Municipal Committee' before 4 names, then a secretary-general with his own post. Look-alikes: 'chairman' (Gong) vs 'vice chairman' (Qiu, Xie) vs the plural label; 'secretary of the CPC Baizhang Municipal Committee' (Ma) vs 'deputy secretary of the municipal party committee' (Zeng); 'secretary-general' (Fang) is not a party secretary. 'all members present' and '428 CPPCC members' are collective.",
  },

  '1108_ludong_county_discipline_commission_plenary': {
    persons: [
      { name: 'Nong Shaoqun', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'],
        note: "Zhuang surname Nong. 'attended the meeting and delivered a speech', 'pointed out', 'stressed', 'required' (spoke)." },
      { name: 'Zheng Boyuan', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'], note: "'required that all townships ...' at the end (spoke)." },
      { name: 'Lai Xiuping', titles: ['member of the Standing Committee of the County Party Committee', 'Secretary of the County Commission for Discipline Inspection', 'director of the County Supervisory Commission', 'Final review'], roles: ['reported', 'byline'],
        note: "Female ('She said'). Three posts, the middle one in title case; 'delivered a work report on behalf of the Standing Committee of the County Commission for Discipline Inspection' (reported); 'In the work report, Lai Xiuping said' continues it. She is also 'Final review:' in the credits (byline, title 'Final review')." },
      { name: 'Wei Hanqing', titles: ['Leaders of the four county-level teams'], roles: ['attended'], note: "Label before a 4-name list ('four county-level teams' = party committee, congress, government, CPPCC)." },
      { name: 'Tao Shulan', titles: ['Leaders of the four county-level teams'], roles: ['attended'] },
      { name: 'Liao Zhiyong', titles: ['Leaders of the four county-level teams'], roles: ['attended'] },
      { name: 'Mu Yanping', titles: ['Leaders of the four county-level teams'], roles: ['attended'] },
      { name: 'Jia Minghui', titles: ['deputy secretary of the county commission for discipline inspection', 'deputy director of the county supervisory commission'], roles: ['reported'],
        note: "'read out the decision on commending ...' (reported). Lower-case posts." },
      { name: 'Qin Shaoyu', titles: ['Editor'], roles: ['byline'] },
      { name: 'Tu Liping', titles: ['First review'], roles: ['byline'] },
      { name: 'Lü Haiyang', titles: ['Second review'], roles: ['byline'] },
    ],
    themes: [
      'Fourth Plenary Session of the 15th CPC Ludong County Commission for Discipline Inspection',
      'Fourth Plenary Session of the 20th Central Commission for Discipline Inspection',
      'daring not to, being unable to and not wanting to be corrupt',
      'Central Eight-point Regulations',
      'hedonism and extravagance',
      'eating and drinking in violation of regulations',
      'three capitals',
      'clear wind in the villages',
      'one post, two responsibilities',
    ],
    notes: "County discipline inspection website (Ludong, a Zhuang area: surname Nong, Nashan Town, Bantang Township): header with '|', 'Source / Date / Visits' line, credits 'Editor / First review / Second review / Final review' at the foot (three-level review). Plenary session of a county commission for discipline inspection. The discipline secretary (female) delivers the work report and is also 'Final review:' in the credits. Label 'Leaders of the four county-level teams' before a 4-name list. Look-alikes: 'Secretary of the County Commission for Discipline Inspection' (Lai, title case) vs 'deputy secretary of the county commission for discipline inspection' (Jia, lower case): different persons and ranks; 'director' (Lai) vs 'deputy director of the county supervisory commission' (Jia); 'secretary of the county party committee' (Nong) vs 'deputy secretary of the county party committee' (Zheng). 'Party secretaries of Nashan Town and Bantang Township made statements' has no names (not persons).",
  },

  '1109_beiluo_county_cadre_meeting_personnel_announcement': {
    persons: [
      { name: 'Xu Kailiang', surnameIn: ['Head Xu'], titles: ['member of the Standing Committee of the Tongcheng Municipal Party Committee', 'head of the Organization Department'], roles: ['attended', 'reported', 'spoke'],
        note: "'announced the decision of the municipal party committee' (reported); 'Xu Kailiang said that the adjustment ...' and 'Head Xu hoped that ...' (spoke; surname-only span = 'Xu')." },
      { name: 'Ren Zhiping', titles: ['member', 'standing committee member', 'secretary of the CPC Beiluo County Committee', 'deputy mayor of Linsha City', 'director of the Tongcheng Municipal Development and Reform Commission'], roles: ['reported'],
        note: "Newly appointed ('was appointed member, standing committee member and secretary of the CPC Beiluo County Committee': three posts joined by ', ' and ' and '); former career posts 'deputy mayor of Linsha City' and 'director of the Tongcheng Municipal Development and Reform Commission' are titles. 'Comrade' is a form of address. 'made a statement' (reported); 'He said' continues it." },
      { name: 'Yao Guanghua', titles: ['secretary', 'standing committee member', 'member of the CPC Beiluo County Committee'], roles: ['reported'],
        note: "Predecessor: 'no longer serves as secretary, standing committee member and member of the CPC Beiluo County Committee' (reverse order; the three posts are his former posts). 'also made a statement' (reported)." },
      { name: 'Dai Chunming', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'], note: "'Dai Chunming said that the county will resolutely support ...' (spoke: the presiding speech)." },
      { name: 'Yi Shaojun', titles: ["director of the Standing Committee of the County People's Congress"], roles: ['attended'] },
      { name: 'Pang Huilan', titles: ['chairwoman of the County CPPCC'], roles: ['attended'], note: "'and other county leaders' is generic (not a title)." },
      { name: 'Xia Yutong', titles: ['deputy head of the Organization Department of the Tongcheng Municipal Party Committee'], roles: ['attended'], note: "'was present' (attended)." },
      { name: 'Gao Wenqian', titles: ['Text'], roles: ['byline'] },
      { name: 'Nie Yuhang', titles: ['Photo'], roles: ['byline'] },
      { name: 'Zou Jiaming', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'Third Plenary Session of the 20th Central Committee of the Party',
      'one county, one industry',
      'three strict and three practical',
    ],
    notes: "County government portal (Beiluo) reprinting the county media center: very long headline, 'Release time / Source / Views' line, 'Text / Photo / Review' at the foot. Leading cadres meeting announcing the change of the county party secretary: the municipal organization head announces the decision, the new and the former secretary make statements, the county head presides. Appointment formula with three joined posts ('member, standing committee member and secretary of the CPC Beiluo County Committee') and the removal formula in reverse order; career posts of the appointee. Surname-only 'Head Xu'. Look-alikes that are NOT inconsistencies: two persons who are 'secretary' of the same county committee (Ren Zhiping appointed, Yao Guanghua leaving: successor and predecessor); 'head of the Organization Department' (Xu) vs 'deputy head of the Organization Department of the Tongcheng Municipal Party Committee' (Xia); 'deputy mayor of Linsha City' is another city. 'the principal leader of the Beiluo County Party Committee' (no name) is not a title of anyone.",
  },

  '1110_youlan_hightech_zone_project_signing': {
    persons: [
      { name: 'Cai Hongwei', titles: ['vice mayor of Youlan City', 'secretary of the Party Working Committee of the High-tech Zone'], roles: ['attended', 'spoke'],
        note: "Two posts joined by ', ' (city government and zone party working committee). 'pointed out', 'stressed' (spoke)." },
      { name: 'Yin Zhuoran', titles: ['deputy secretary of the Party Working Committee', 'director of the Management Committee'], roles: ['presided', 'spoke'],
        note: "Female ('She asked'). 'made arrangements for the work of the first quarter' (spoke)." },
      { name: 'Tang Linfeng', titles: ['Deputy directors of the Management Committee'], roles: ['attended', 'reported'], note: "Label before a 3-name list; 'read out the decision on commending ...' (reported)." },
      { name: 'Gao Xiuqin', titles: ['Deputy directors of the Management Committee'], roles: ['attended', 'reported'], note: "'introduced the signed projects' (reported)." },
      { name: 'Ji Weiming', titles: ['Deputy directors of the Management Committee'], roles: ['attended'], note: "Last of the label list, followed by ', Zhong Peiran, member of ...' (not covered by the label)." },
      { name: 'Zhong Peiran', titles: ['member of the Party Working Committee', 'director of the Finance Bureau of the zone'], roles: ['attended'] },
      { name: 'Ye Chenglong', titles: ['secretary of the Discipline Inspection Working Committee of the zone'], roles: ['attended'] },
      { name: 'Guo Xinhe', titles: ['chairman of Youlan Zhongke Photonics Co., Ltd.'], roles: ['spoke'], note: "'spoke on behalf of the enterprises'; 'He said' continues it." },
      { name: 'Wang Jingrui', titles: ['general manager of Hengxin Semiconductor Equipment Co., Ltd.'], roles: ['attended'],
        note: "'signed contracts with the zone on behalf of the investors': took part in the signing ceremony (attended)." },
      { name: 'Tian Ruqing', titles: ['president of Jiahe Biopharmaceutical Research Institute'], roles: ['attended'] },
      { name: 'Hu Xiaotong', titles: ['Text'], roles: ['byline'] },
      { name: 'Yu Qianqian', titles: ['Photo'], roles: ['byline'] },
      { name: 'Xiong Ruiyang', titles: ['Editor'], roles: ['byline'] },
      { name: 'Shi Haibin', titles: [], roles: ['byline'], note: "'Reviewed by:' is a verb phrase, not a credit label (as 'Translated by:' in holdout3); titles []." },
    ],
    themes: [
      'golden service specialists',
      'investment promotion as the first project',
      'project construction as the first task',
      '3+2',
      'separation of management from operation',
      'appointment system and contract management',
      'approval without meeting',
      'do not say no to enterprises',
    ],
    notes: "Website of a high-tech zone management committee (Youlan): 'Posted / Source / Hits' line, 'Text / Photo / Editor / Reviewed by' at the foot. Mobilization conference and project signing ceremony of a development zone: party working committee and management committee posts, zone discipline working committee, company heads who spoke or signed contracts. Label 'Deputy directors of the Management Committee' before three names, then two persons with their own posts. 'golden service specialists' occurs twice (quoted both times). Look-alikes: 'secretary of the Party Working Committee of the High-tech Zone' (Cai) vs 'deputy secretary of the Party Working Committee' (Yin) vs 'member of the Party Working Committee' (Zhong); 'director of the Management Committee' (Yin) vs 'Deputy directors of the Management Committee' (three others); 'director of the Finance Bureau of the zone' is another body. Non-persons: the companies, sub-districts and state-owned companies.",
  },

  '1111_jinxia_political_legal_work_conference': {
    persons: [
      { name: 'Tao Jianfeng', titles: ['member of the Standing Committee of the Municipal Party Committee', 'secretary of the Political and Legal Affairs Commission of the Municipal Party Committee'], roles: ['attended', 'spoke'],
        note: "'attended the meeting and delivered a speech', 'pointed out', 'stressed', 'demanded', 'He also asked' (spoke). The ' and ' inside 'Political and Legal Affairs Commission' does not split." },
      { name: 'Xia Zhenguo', titles: ['deputy secretary of the municipal party committee'], roles: ['reported'], note: "'conveyed the instructions of Fang Boyu' (reported)." },
      { name: 'Fang Boyu', titles: ['secretary of the municipal party committee'], roles: [],
        note: "Not present: his written instructions are conveyed by Xia Zhenguo; 'In his instructions, Fang Boyu fully affirmed ... and required ...' describes the instructions (roles [])." },
      { name: 'Qin Shuhua', titles: ["president of the Municipal Intermediate People's Court"], roles: ['presided', 'spoke'],
        note: "Passive 'The meeting was presided over by Qin Shuhua' (presided); 'Qin Shuhua said that the courts ...' (spoke)." },
      { name: 'Geng Lixin', titles: ["chief procurator of the municipal people's procuratorate"], roles: ['attended', 'reported'], note: "'introduced the work of the procuratorial organs' (reported)." },
      { name: 'Zhong Wei', titles: ['vice mayor', 'director of the Municipal Public Security Bureau'], roles: ['attended', 'reported'] },
      { name: 'Ji Ruolan', titles: ['director of the Municipal Justice Bureau'], roles: ['attended'] },
      { name: 'Gao Yongjun', titles: ['Deputy secretaries of the Municipal Political and Legal Affairs Commission'], roles: ['attended'], note: "Label before two names joined by ' and '." },
      { name: 'Pan Shuqin', titles: ['Deputy secretaries of the Municipal Political and Legal Affairs Commission'], roles: ['attended'] },
      { name: 'Lü Xiaotian', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Pang Yiming', titles: ['Correspondent'], roles: ['byline'] },
      { name: 'Wen Zihan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Fengqiao Experience',
      'Safe Jinxia',
      'Rule of Law Jinxia',
      'preventing risks, protecting safety, maintaining stability and promoting development',
      'comprehensive governance center',
      'cracking down on gangs and eliminating evils',
      'summer public security crackdown and rectification action',
      'enforcement for the people',
    ],
    notes: "Municipal political and legal affairs website ('Jinxia Chang'an Network'): 'Release time / Source / Font size' line, 'Reporter / Correspondent / Editor' at the foot. Political and legal work conference with court, procuratorate, public security and justice heads. The municipal party secretary is absent: his instructions are conveyed (roles []). Passive 'was presided over by' the court president. Two-syllable name 'Zhong Wei'. Look-alikes: 'secretary of the municipal party committee' (Fang) vs 'deputy secretary of the municipal party committee' (Xia) vs 'secretary of the Political and Legal Affairs Commission of the Municipal Party Committee' (Tao) vs 'Deputy secretaries of the Municipal Political and Legal Affairs Commission' (Gao, Pan): different persons and bodies; 'vice mayor and director of the Municipal Public Security Bureau' is the usual double post of one person. Non-persons: the political and legal committee of Shuangta District, the Public Security Bureau of Hexia County (units that made exchange speeches).",
  },

  '1112_yuanshui_county_flood_prevention_inspection': {
    persons: [
      { name: 'Mu Zhenyu', titles: ['County Party Committee Secretary'], roles: ['spoke'],
        note: "Name in the headline ('Mu Zhenyu go to ...', literal MT). Title case post before the name in the lead. Inspection: 'asked', 'emphasized', 'also required' (spoke)." },
      { name: 'Kong Lingxuan', titles: ['County party committee standing committee member', 'deputy county head'], roles: ['attended', 'reported'],
        note: "Two posts joined by ', ' before the name; 'accompanied' (attended); 'reported the dangerous situation' (reported)." },
      { name: 'Geng Shuwen', titles: ['county water resources bureau director'], roles: ['attended', 'reported'], note: "'introduced the county's rainfall situation' (reported)." },
      { name: 'Ye Zhenhua', titles: ['county emergency management bureau director'], roles: ['attended', 'reported'], note: "'Ye Zhenhua said, the county has pre-positioned ...' (a work briefing: reported)." },
      { name: 'Lan Hongbo', titles: ['Shiqiao Town party committee secretary'], roles: ['reported'], note: "'listened to the report of A and B about ...' (reported)." },
      { name: 'Tu Xiaowei', titles: ['town mayor'], roles: ['reported'], note: "'town mayor' = head of a town government (literal MT of 镇长)." },
      { name: 'Mao Jingchun', titles: ['Hetou Township party committee secretary'], roles: ['reported'], note: "'said, the township has transferred ...' (a work briefing: reported)." },
      { name: 'Yi Chuanfu', titles: ['Shangping Village party branch secretary', 'village committee director'], roles: ['reported'] },
      { name: 'Hong Liyan', titles: ['Responsible editor'], roles: ['byline'] },
      { name: 'Fu Zhiqiang', titles: ['Proofread'], roles: ['byline'] },
    ],
    themes: [
      'three responsible persons',
      'seven down eight up',
      'people first, life first',
    ],
    notes: "County government network (Yuanshui), semi-literal MT ('Mu Zhenyu go to ...', 'Mu Zhenyu asked, the reservoir must ...', 'Want to ...'): 'Location:' breadcrumb, 'Time / Source / Visit count' line, 'Responsible editor / Proofread' at the foot. Inspection tour of the county party secretary with accompanying county officials ('accompanied' = attended) and briefings by town, township and village heads. Titles before the names in Chinese word order ('Shiqiao Town party committee secretary Lan Hongbo', 'Shangping Village party branch secretary, village committee director Yi Chuanfu'). Look-alikes: 'County Party Committee Secretary' (Mu) vs 'Shiqiao Town party committee secretary' / 'Hetou Township party committee secretary' (other bodies) and vs 'County party committee standing committee member' (Kong); 'every township party committee secretary and township head' is generic. Non-persons: Shiqiao Town, Hetou Township, Shangping Village, the Yuanshui River.",
  },
};

export const perturbed = {
  '1101_yunlu_municipal_party_committee_plenary_session': {
    edits: [
      { old: 'Secretary Xiong stressed that party organizations', new: 'Xiong Zhenbang, Secretary of the Municipal Party Committee, stressed that party organizations' },
      { old: 'and Zou Meiling, member of the Standing Committee', new: 'and Zou Meilin, member of the Standing Committee' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Xiong Zhenbang', edit: 0, injected: 'Secretary of the Municipal Party Committee',
        orig: { ctx: 'Xiong Zhenbang, secretary of the municipal party committee, delivered', text: 'secretary of the municipal party committee' },
        description: "Xiong Zhenbang is 'secretary of the municipal party committee' (lower case) in the lead, but the surname-only 'Secretary Xiong' of the fifth paragraph is replaced by his full name with the same post in title case ('Secretary of the Municipal Party Committee')." },
      { kind: 'name_spelling_variant', person: 'Zou Meiling', edit: 1, injected: 'Zou Meilin',
        orig: { ctx: 'Yu Haochen, Zou Meiling, Gong Jianhua', text: 'Zou Meiling' },
        description: "The discipline secretary listed as 'Zou Meiling' among the Standing Committee members is spelt 'Zou Meilin' (one letter dropped) in the later paragraph where her posts are given." },
    ],
  },
  '1102_shuiting_county_standing_committee_literal_mt': {
    edits: [
      { old: 'Secretary Zhao require, the county leaders', new: 'City party committee secretary Zhao Yuanhang require, the county leaders' },
      { old: 'Wei Jianxin make arrangement about', new: 'Deputy county head Wei Jianxin make arrangement about' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Zhao Yuanhang', edit: 0, injected: 'City party committee secretary',
        orig: { ctx: 'county party committee secretary Zhao Yuanhang presided', text: 'county party committee secretary' },
        description: "Zhao Yuanhang presides as 'county party committee secretary' but is called 'City party committee secretary' (municipal level) in the petition paragraph, where the surname-only 'Secretary Zhao' is replaced by a full post and name (county vs city level for one person)." },
      { kind: 'rank_conflict', person: 'Wei Jianxin', edit: 1, injected: 'Deputy county head',
        orig: { ctx: 'county head Wei Jianxin, county', text: 'county head' },
        description: "Wei Jianxin is 'county head' in the attendance paragraph but 'Deputy county head' in the last paragraph (the rank of Ren Haiyan's post); same body, different rank." },
    ],
  },
  '1103_dongxiu_municipal_government_plenary_clean_government': {
    edits: [
      { old: 'At the meeting, Vice mayor Xia Lingyun conveyed', new: 'At the meeting, executive vice mayor Xia Lingyun conveyed' },
      { old: 'Yi Qiaoling required that discipline', new: 'Yi Qiaoling, secretary of the Municipal Discipline Inspection Commission, required that discipline' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Xia Lingyun', edit: 0, injected: 'executive vice mayor',
        orig: { ctx: 'and executive vice mayor, presided', text: 'executive vice mayor' },
        description: "Xia Lingyun, one of the four vice mayors, is called 'executive vice mayor' when conveying the State Council conference; a city has one executive vice mayor, and the post is Guo Yanbin's ('member of the Standing Committee of the Municipal Party Committee and executive vice mayor')." },
      { kind: 'title_wording_variant', person: 'Yi Qiaoling', edit: 1, injected: 'secretary of the Municipal Discipline Inspection Commission',
        orig: { ctx: 'secretary of the Municipal Commission for Discipline Inspection and director', text: 'secretary of the Municipal Commission for Discipline Inspection' },
        description: "The same post of Yi Qiaoling is worded 'secretary of the Municipal Commission for Discipline Inspection' in the lead and 'secretary of the Municipal Discipline Inspection Commission' in the injected apposition of her speech paragraph (two translations of one post)." },
    ],
  },
  '1104_governor_inspects_heshan_new_energy_newspaper': {
    edits: [
      { old: 'Feng Kaiyuan reported on the city', new: 'Feng Kaiyun reported on the city' },
      { old: 'Mayor Zeng Lihong said after the symposium', new: 'Vice Mayor Zeng Lihong said after the symposium' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Feng Kaiyuan', edit: 0, injected: 'Feng Kaiyun',
        orig: { ctx: 'Feng Kaiyuan, Party secretary of Heshan', text: 'Feng Kaiyuan' },
        description: "Heshan's Party secretary 'Feng Kaiyuan' (accompanying list) is spelt 'Feng Kaiyun' (one letter dropped from the second syllable of the given name) in the symposium paragraph." },
      { kind: 'rank_conflict', person: 'Zeng Lihong', edit: 1, injected: 'Vice Mayor',
        orig: { ctx: 'Zeng Lihong, mayor of Heshan', text: 'mayor of Heshan' },
        description: "Zeng Lihong accompanies the governor as 'mayor of Heshan' but is 'Vice Mayor Zeng Lihong' after the symposium (same city government, lower rank)." },
    ],
  },
  '1106_qingtan_county_peoples_congress_session': {
    edits: [
      { old: 'Director Hu called on all deputies', new: "Hu Deqian, director of the Standing Committee of the Municipal People's Congress, called on all deputies" },
      { old: 'In reviewing the work of 2024, Yang Shaohua said', new: 'In reviewing the work of 2024, county magistrate Yang Shaohua said' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Hu Deqian', edit: 0, injected: "director of the Standing Committee of the Municipal People's Congress",
        orig: { ctx: "and director of the Standing Committee of the County People's Congress, presided", text: "director of the Standing Committee of the County People's Congress" },
        description: "Hu Deqian presides as director of the Standing Committee of the County People's Congress but in the last paragraph is director of the Standing Committee of the Municipal People's Congress (county vs municipal level of the same body for one person; the surname-only 'Director Hu' is replaced)." },
      { kind: 'title_wording_variant', person: 'Yang Shaohua', edit: 1, injected: 'county magistrate',
        orig: { ctx: 'county head Yang Shaohua delivered', text: 'county head' },
        description: "The same post of Yang Shaohua is 'county head' when he delivers the government work report and 'county magistrate' in the next sentence (two translations of 县长)." },
    ],
  },
  '1107_baizhang_cppcc_session_opening': {
    edits: [
      { old: 'Entrusted by the Standing Committee, vice chairman Xie Yurong reported', new: 'Entrusted by the Standing Committee, chairman Xie Yurong reported' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Xie Yurong', edit: 0, injected: 'chairman',
        orig: { ctx: 'Gong Hanqing, chairman of the CPPCC Baizhang Municipal Committee, delivered', text: 'chairman of the CPPCC Baizhang Municipal Committee' },
        description: "Xie Yurong, one of the four vice chairmen, is called 'chairman' when reporting on proposals; the chairman of the CPPCC Baizhang Municipal Committee is Gong Hanqing (the word 'vice' was dropped)." },
    ],
  },
  '1108_ludong_county_discipline_commission_plenary': {
    edits: [
      { old: 'In the work report, Lai Xiuping said', new: 'In the work report, Lai Xiuping, secretary of the county commission for discipline inspection, said' },
      { old: 'Nong Shaoqun required that we should', new: 'Nong Shaoqun, deputy secretary of the county party committee, required that we should' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Lai Xiuping', edit: 0, injected: 'secretary of the county commission for discipline inspection',
        orig: { ctx: 'Secretary of the County Commission for Discipline Inspection and director', text: 'Secretary of the County Commission for Discipline Inspection' },
        description: "Lai Xiuping's post is 'Secretary of the County Commission for Discipline Inspection' (title case) in the lead and 'secretary of the county commission for discipline inspection' (lower case) in the injected apposition of her work report paragraph." },
      { kind: 'rank_conflict', person: 'Nong Shaoqun', edit: 1, injected: 'deputy secretary of the county party committee',
        orig: { ctx: 'Nong Shaoqun, secretary of the county party committee, attended', text: 'secretary of the county party committee' },
        description: "Nong Shaoqun attends as 'secretary of the county party committee' but is 'deputy secretary of the county party committee' (Zheng Boyuan's rank) in the injected apposition of his second speech paragraph (same committee, different rank)." },
    ],
  },
  '1109_beiluo_county_cadre_meeting_personnel_announcement': {
    edits: [
      { old: 'Xia Yutong, deputy head of the Organization Department', new: 'Xia Yutong, head of the Organization Department' },
      { old: 'Yao Guanghua also made a statement', new: 'Yao Guanghui also made a statement' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Xia Yutong', edit: 0, injected: 'head of the Organization Department',
        orig: { ctx: 'Municipal Party Committee and head of the Organization Department, attended', text: 'head of the Organization Department' },
        description: "Xia Yutong's 'deputy head of the Organization Department of the Tongcheng Municipal Party Committee' loses 'deputy', giving her the post held by Xu Kailiang ('head of the Organization Department'), of which a municipal party committee has one." },
      { kind: 'name_spelling_variant', person: 'Yao Guanghua', edit: 1, injected: 'Yao Guanghui',
        orig: { ctx: 'Comrade Yao Guanghua no longer serves', text: 'Yao Guanghua' },
        description: "The former county party secretary 'Yao Guanghua' is spelt 'Yao Guanghui' (last syllable changed) in the sentence reporting his farewell statement." },
    ],
  },
  '1110_youlan_hightech_zone_project_signing': {
    edits: [
      { old: 'Yin Zhuoran made arrangements for the work', new: 'Yin Zhuoran, head of the Management Committee, made arrangements for the work' },
      { old: 'Cai Hongwei stressed that the zone', new: 'Cai Hongwei, secretary of the party working committee of the High-tech Zone, stressed that the zone' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Yin Zhuoran', edit: 0, injected: 'head of the Management Committee',
        orig: { ctx: 'and director of the Management Committee, presided', text: 'director of the Management Committee' },
        description: "The same post of Yin Zhuoran is 'director of the Management Committee' in the lead and 'head of the Management Committee' in the injected apposition (two translations of 管委会主任)." },
      { kind: 'title_capitalization_inconsistency', person: 'Cai Hongwei', edit: 1, injected: 'secretary of the party working committee of the High-tech Zone',
        orig: { ctx: 'secretary of the Party Working Committee of the High-tech Zone, attended', text: 'secretary of the Party Working Committee of the High-tech Zone' },
        description: "Cai Hongwei's post is 'secretary of the Party Working Committee of the High-tech Zone' in the lead and 'secretary of the party working committee of the High-tech Zone' (committee name in lower case) in the injected apposition of his second speech paragraph." },
    ],
  },
  '1111_jinxia_political_legal_work_conference': {
    edits: [
      { old: 'Qin Shuhua said that the courts', new: "Qin Shuhua, president of the Provincial Higher People's Court, said that the courts" },
      { old: 'At the meeting, Geng Lixin introduced', new: "At the meeting, Geng Lixin, deputy chief procurator of the municipal people's procuratorate, introduced" },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Qin Shuhua', edit: 0, injected: "president of the Provincial Higher People's Court",
        orig: { ctx: "Qin Shuhua, president of the Municipal Intermediate People's Court", text: "president of the Municipal Intermediate People's Court" },
        description: "Qin Shuhua presides as president of the Municipal Intermediate People's Court but is president of the Provincial Higher People's Court in the injected apposition (municipal vs provincial court for one person)." },
      { kind: 'rank_conflict', person: 'Geng Lixin', edit: 1, injected: "deputy chief procurator of the municipal people's procuratorate",
        orig: { ctx: "Geng Lixin, chief procurator of the municipal people's procuratorate, Zhong", text: "chief procurator of the municipal people's procuratorate" },
        description: "Geng Lixin attends as chief procurator of the municipal people's procuratorate but is 'deputy chief procurator' of the same procuratorate when introducing its work (same body, lower rank)." },
    ],
  },
  '1112_yuanshui_county_flood_prevention_inspection': {
    edits: [
      { old: 'Mu Zhenyu also required, the county emergency', new: 'County party committee secretary Mu Zhenyu also required, the county emergency' },
      { old: 'At the Yuanshui River embankment, Kong Lingxuan reported', new: 'At the Yuanshui River embankment, vice county magistrate Kong Lingxuan reported' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Mu Zhenyu', edit: 0, injected: 'County party committee secretary',
        orig: { ctx: 'On June 21, County Party Committee Secretary Mu Zhenyu', text: 'County Party Committee Secretary' },
        description: "Mu Zhenyu is 'County Party Committee Secretary' (title case) in the lead and 'County party committee secretary' (sentence case) before his name in the injected last-but-one paragraph." },
      { kind: 'title_wording_variant', person: 'Kong Lingxuan', edit: 1, injected: 'vice county magistrate',
        orig: { ctx: 'deputy county head Kong Lingxuan, county', text: 'deputy county head' },
        description: "The same post of Kong Lingxuan is 'deputy county head' in the accompanying list and 'vice county magistrate' at the embankment (two translations of 副县长)." },
    ],
  },
};
