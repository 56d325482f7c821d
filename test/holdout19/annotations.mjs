// Source of the holdout19 gold. `node test/goldkit/build-set.mjs test/holdout19` turns this file into gold/*.json and
// perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence of every form is a mention
//   surnameIn    contexts such as "Secretary Feng": every whole-word occurrence of the context makes the surname inside it
//                a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions: shared/gold/README.md, test/holdout3/README.md ("Annotation decisions"), plus the decisions listed in
// README.md of this folder. In short:
// - "Secretary Feng", "Secretary Yang": the surname is the mention; the address form is not a separate title.
//   No text uses a bare surname without a title word.
// - Group labels before a list ("Members of the Standing Committee of the Municipal Party Committee", "District leaders",
//   "County leaders", "Vice Chairpersons", "Vice-directors", "Leaders of the development zone", "Group leaders",
//   "deputy county magistrates") are titles of every listed person, verbatim.
// - Byline labels are titles ("Editor", "Reviewer", "Review", "Text", "Photo", "Reporter", "Photographer",
//   "Staff Writer"); "Author: X" (a field name) gives no title.
// - Literal MT titles are copied in their word order ("County party committee deputy secretary",
//   "county development and reform bureau director").
// - A villager without a post is not given a title (occupation / description).
// - "made an explanation", "did explanation", "announced the decision", "read out", "briefed", "reported", "made statements",
//   "delivered the work report", "introduced the ... mechanism" = reported; "made arrangements", "required", "asked",
//   "spoke on behalf of", "spoke in turn", "extended congratulations" = spoke; "accompanied", "were seated on the rostrum",
//   "as non-voting participants" = attended. A "said" sentence that continues the person's own report adds no spoke.
// - Every double-quoted phrase is a theme except full-sentence direct speech attributed with "said"; also named
//   sessions, plenary sessions and conferences.

const MSC1901 = ['Tao Wanqiu', 'Mao Kuixiang', 'Fang Dezhou', 'Qiu Yaning', 'Lai Zhenbang'];

export const reports = {
  '1901_heshan_municipal_party_committee_plenary_session': {
    persons: [
      { name: 'Xu Jingtang', titles: ['secretary of the municipal party committee'], roles: ['reported', 'spoke'],
        note: "'delivered a work report on behalf of the Standing Committee and made a speech' (reported, spoke); 'pointed out', 'He stressed', 'emphasized' (spoke)." },
      { name: 'Ye Shouyan', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['reported'],
        note: "'made an explanation on the ... (Draft for Discussion)' (reported); 'Ye Shouyan said that the draft ...' continues the explanation (no separate spoke)." },
      { name: 'Gong Lisheng', titles: ['deputy secretary of the municipal party committee'], roles: ['presided'],
        note: "Second deputy secretary (same wording as Ye Shouyan's first post): not an inconsistency. 'presided over the closing meeting'." },
      ...MSC1901.map((name, i) => ({ name, titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'],
        ...(i === 0 ? { note: "Title-case plural label before a 5-name list; 'were seated on the rostrum' (attended)." } : {}) })),
      { name: 'Yao Shihua', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'],
        note: "'attended the meeting as non-voting participants' (attended)." },
      { name: 'Zou Meiqin', titles: ['chairwoman of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Niu Ruoxi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Cai Hongyu', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'Eighth Plenary Session of the 12th CPC Heshan Municipal Committee',
      'Opinions of the Municipal Party Committee on Doing a Good Job in Economic Work in 2025 (Draft for Discussion)',
      '14th Five-Year Plan',
      'seeking progress while maintaining stability',
      'Pilot City for Digital Transformation of Small and Medium-sized Enterprises',
      'Third Plenary Session of the 20th CPC Central Committee',
      'Central Economic Work Conference',
      'industry-based city',
      'one core, two wings',
      'formalism that increases the burden on the grassroots',
      'Resolution of the Eighth Plenary Session of the 12th CPC Heshan Municipal Committee',
    ],
    notes: "Municipal government portal (Heshan), 'Date / Source / Hits / Font size' line, 'Editor / Reviewer' at the foot. Plenary session of a municipal party committee: the secretary's work report and speech, the mayor's explanation of the economic work draft, closing meeting presided over by a second deputy secretary. Title-case plural label before a 5-name list. Two deputy secretaries of the municipal party committee (Ye Shouyan, Gong Lisheng): not an inconsistency. 'the Standing Committee of the Municipal Party Committee' as a body (convened by, on behalf of) is not a person. 'theme education' and 'the general tone' are unquoted ordinary phrases. Non-persons: 46 units, members and alternate members (collective).",
  },

  '1902_songling_county_government_executive_meeting_literal_mt': {
    persons: [
      { name: 'Pan Yuelin', titles: ['County party committee deputy secretary', 'county magistrate'], roles: ['presided', 'spoke'],
        note: "Literal MT 'County party committee deputy secretary, county magistrate Pan Yuelin presided meeting and speech' (titles before the name, word order kept; presided, spoke); 'pointed out', 'emphasized' (spoke)." },
      { name: 'Shi Haoran', titles: ['County government party group member', 'executive deputy county magistrate'], roles: ['attended', 'spoke'],
        note: "'made arrangement about the safety production work', 'He asked' (spoke)." },
      { name: 'Jia Wenting', titles: ['deputy county magistrates'], roles: ['attended', 'spoke'],
        note: "Plural label before a 3-name list with no 'and' ('deputy county magistrates A, B, C, county government office director D'); 'respectively spoke on the work in their charge' (spoke)." },
      { name: 'Hong Yanqiu', titles: ['deputy county magistrates'], roles: ['attended', 'spoke'] },
      { name: 'Kong Lingshan', titles: ['deputy county magistrates'], roles: ['attended'] },
      { name: 'Dai Xuefeng', titles: ['county government office director'], roles: ['attended'] },
      { name: 'Xi Jinping', titles: ['general secretary'], roles: [], note: "Literal word order 'Xi Jinping general secretary' (title after the name, lower case); only referred to." },
      { name: 'Geng Shaohua', titles: ['county development and reform bureau director'], roles: ['reported'],
        note: "'Meeting listened county development and reform bureau director Geng Shaohua about ... report' (reported)." },
      { name: 'Yin Chunlai', titles: ['County emergency management bureau director'], roles: ['reported'], note: "'did explanation about the plan' (reported)." },
      { name: 'Lan Yiming', titles: ['county housing and urban-rural construction bureau deputy director'], roles: ['reported'] },
      { name: 'Ning Shuangquan', titles: ['Text'], roles: ['byline'] },
      { name: 'Qin Jiale', titles: ['Editor'], roles: ['byline'] },
      { name: 'Xiong Bingkun', titles: ['Review'], roles: ['byline'], note: "Credit label 'Review:' (a title, as 'Reviewer')." },
    ],
    themes: [
      'two sessions',
      'Songling County 2025 Spring Forest Fire Prevention Plan',
      'good start',
      'double half',
      'forest fire prevention',
      'three-year action',
      'clean up the source',
    ],
    notes: "County rong-media site (Songling), very literal MT: titles before names in Chinese word order, 'presided meeting and speech', 'did explanation', 'Meeting listened ... report', 'Want to ...'. County government executive meeting. 'executive deputy county magistrate' (Shi Haoran) vs 'deputy county magistrates' (three others) vs 'county magistrate' (Pan Yuelin): different persons, not rank conflicts. 'County people's court, county procuratorate responsible comrade' is collective (no name). Non-persons: city government fifth plenary meeting, Songling County Rong Media Center.",
  },

  '1903_yanbo_city_party_secretary_inspects_flood_control': {
    persons: [
      { name: 'Gao Ruixiang', titles: ['secretary of the Yanbo Municipal Party Committee'], roles: ['spoke'],
        note: "Name in the headline. Leads the inspection ('led a team to ... inspect'): no meeting role besides spoke ('stressed', 'asked', 'pointed out', 'required')." },
      { name: 'Mu Qingyun', titles: ['Vice Mayor'], roles: ['attended', 'reported'],
        note: "Title-case 'Vice Mayor Mu Qingyun' before the name; 'accompanied the inspection' (attended); 'reported on the flood control preparations' (reported)." },
      { name: 'Tu Hanbo', titles: ['Secretary-General of the Municipal Party Committee'], roles: ['attended'] },
      { name: 'Zheng Boxun', titles: ['secretary of the Tongxi County Party Committee'], roles: ['attended'],
        note: "County party secretary next to the municipal party secretary Gao Ruixiang: different levels, different persons." },
      { name: 'Xia Wenli', titles: ['county head'], roles: ['attended'] },
      { name: 'Huang Yiping', titles: ['director of the reservoir management station'], roles: ['reported'], note: "'listened to the report by' (reported)." },
      { name: 'Zeng Maolin', titles: ['Party secretary of Dongwan Town'], roles: ['reported'], note: "'briefed on the transfer plan' (reported)." },
      { name: 'Wei Guifang', titles: [], roles: [],
        note: "'the 78-year-old villager Wei Guifang' is an occupation and description, not a post (titles []); visited, no meeting role." },
      { name: 'Nie Shaokang', titles: ['executive deputy county head'], roles: ['reported'],
        note: "'executive deputy county head' (Nie Shaokang) vs 'county head' (Xia Wenli): different persons." },
      { name: 'Ji Shuyan', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Yue Tingsong', titles: ['Photo'], roles: ['byline'] },
    ],
    themes: [
      'the people first, life first',
      'transfer card',
      'seven down, eight up',
      'flood in the east and drought in the west',
      'call and response',
      'three responsible persons',
    ],
    notes: "Municipal government website (Yanbo), news from Yanbo Daily. Inspection by the municipal party secretary with accompanying officials, several stops (reservoir, embankment, a villager's home) and a symposium. Headline with the name. 'Vice Mayor' in title case before the name. County party secretary and county head accompany: county vs municipal posts held by different persons. 'heads of the municipal water resources bureau, emergency management bureau ...', 'village cadres' are collective. Non-persons: Baishi Reservoir, Liudu River, Dongwan Town, Shangtang Village.",
  },

  '1904_linpu_district_private_enterprise_forum': {
    persons: [
      { name: 'Lü Weidong', titles: ['secretary of the district Party committee'], roles: ['attended', 'spoke'],
        note: "Surname with u-umlaut (Lü). 'attended and delivered a speech'; 'said' (spoke)." },
      { name: 'Tang Shuyi', titles: ['deputy secretary of the district Party committee', 'district mayor'], roles: ['presided', 'spoke'],
        note: "'required' (spoke). 'district mayor' = head of the district government (区长)." },
      { name: 'Fu Jianxin', titles: ['District leaders', 'executive deputy district mayor'], roles: ['attended', 'reported'],
        note: "In the label list 'District leaders A, B and C attended'; later 'Fu Jianxin, executive deputy district mayor, introduced the ... service mechanism and the list of 36 measures' (reported)." },
      { name: 'Hu Xiaoman', titles: ['District leaders'], roles: ['attended'] },
      { name: 'Bai Chengze', titles: ['District leaders'], roles: ['attended'] },
      { name: 'Xie Guanghui', titles: ['chairman of Haicheng Xinrui Precision Machinery Co., Ltd.'], roles: ['spoke'],
        note: "'spoke in turn'; 'Xie Guanghui said' (spoke). Company names with 'Co., Ltd.' stay inside the title (the ', ' before 'Ltd.' does not split)." },
      { name: 'Ren Lujia', titles: ['general manager of Linpu Blue Bay Seafood Processing Co., Ltd.'], roles: ['spoke'] },
      { name: 'Cao Jinxu', titles: ['founder of Zhixin Software Technology'], roles: ['spoke'] },
      { name: 'Liao Peiwen', titles: ['chairwoman of the district Federation of Industry and Commerce'], roles: ['spoke'] },
      { name: 'Zou Yanru', titles: ['Text'], roles: ['byline'] },
      { name: 'Xiong Dapeng', titles: ['Photo'], roles: ['byline'] },
      { name: 'Chang Meiling', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'one enterprise, one policy',
      'main force',
      'two unswervinglys',
      'no disturbance unless needed, responsive to every need',
      'Linpu Service',
      'enterprises running to the government',
      'the government serving at the door',
      'first inquiry responsibility system',
    ],
    notes: "English page of a district financial media center (Linpu District, Haicheng City), headline without a name, 'date time / From / Read' line, 'Text / Photo / Editor' at the foot. Symposium of district leaders with private entrepreneurs. Enterprise posts with full company names ('chairman of Haicheng Xinrui Precision Machinery Co., Ltd.'). 'district mayor' (Tang Shuyi) vs 'executive deputy district mayor' (Fu Jianxin): different persons. Heads of district bureaus answering questions are collective (no names). Non-persons: the companies, the district Federation of Industry and Commerce, the cold chain logistics park.",
  },

  '1905_quanning_municipal_cppcc_session_opening': {
    persons: [
      { name: 'Geng Yuxuan', titles: ['Reporter'], roles: ['byline'], note: "Dateline-line credits 'Quanning Daily   Reporter: X   Photographer: Y' under the headline." },
      { name: 'Tian Jiaxuan', titles: ['Photographer'], roles: ['byline'] },
      { name: 'Zhong Liangcheng', titles: ['secretary of the municipal party committee'], roles: ['attended', 'spoke'],
        note: "'attended the meeting and were seated on the rostrum'; 'extended congratulations', 'He said', 'He hoped' (spoke)." },
      { name: 'Wen Shuhua', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['attended'],
        note: "Also 'joined the members in group discussions' (attended)." },
      { name: 'Yu Baoshan', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'] },
      { name: 'Dai Hongsheng', titles: ['chairman of the Quanning Municipal Committee of the CPPCC'], roles: ['attended', 'reported'],
        note: "'delivered a work report' (reported); 'He said' and the later 'Dai Hongsheng said that the municipal CPPCC will ...' continue the report (no separate spoke)." },
      { name: 'Yi Peiyuan', titles: ['Vice Chairpersons', 'vice chairman of the municipal CPPCC'], roles: ['attended', 'reported'],
        note: "Label 'Vice Chairpersons A, B, C and D' (title case, plural) and later 'vice chairman of the municipal CPPCC' (lower case, singular): label vs post, two title strings, not a capitalisation inconsistency. 'reported on the handling of the proposals' (reported)." },
      { name: 'Hong Ruoxi', titles: ['Vice Chairpersons', "executive chairperson of the session's presidium"], roles: ['attended', 'presided'],
        note: "Passive 'was presided over by Hong Ruoxi, executive chairperson of the session's presidium' (presided)." },
      { name: 'Lan Tiecheng', titles: ['Vice Chairpersons'], roles: ['attended'] },
      { name: 'Pang Xiuzhen', titles: ['Vice Chairpersons'], roles: ['attended'] },
      { name: 'Tian Weining', titles: ['Secretary-General'], roles: ['reported'], note: "'Secretary-General Tian Weining read out the list' (reported)." },
      { name: 'Kong Xiaodan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "Third Session of the Seventh Quanning Municipal Committee of the Chinese People's Political Consultative Conference",
      'Third Session of the Seventh CPPCC Quanning Municipal Committee',
      'Quanning Consultation',
      "Committee Members' Studio",
      '14th Five-Year Plan',
      'five ones',
      'Quanning-Hexi Economic Belt',
      'consultation before decision and consultation in implementation',
    ],
    notes: "City newspaper site (Quanning Daily Online, 'Two Sessions Special'), credits under the headline. Opening of a municipal CPPCC session: the CPPCC chairman's work report, a vice chairman's proposal report, the municipal party secretary's congratulations. 'chairman' (Dai Hongsheng) vs 'Vice Chairpersons' / 'vice chairman' (Yi Peiyuan and three others): different persons. 'the municipal leaders met with the CPPCC members' is collective. Non-persons: Quanning Grand Theater, 412 CPPCC members.",
  },

  '1906_tonghe_county_discipline_inspection_plenary': {
    persons: [
      { name: 'Yao Jingxuan', titles: [], roles: ['byline'], note: "'Author: Yao Jingxuan' in the header line (field name, not a credit label: titles [])." },
      { name: 'Guo Zhenhai', titles: ['Secretary of the County Party Committee'], roles: ['attended', 'spoke'],
        note: "Title case before the name; 'attended the meeting and delivered a speech', 'pointed out', 'stressed' (spoke)." },
      { name: 'Qiu Minghao', titles: ['Deputy Secretary of the County Party Committee', 'County Head'], roles: ['presided', 'spoke'],
        note: "'required all townships and departments' (spoke)." },
      { name: 'Feng Xiaoru', surnameIn: ['Secretary Feng'], titles: ['Member of the Standing Committee of the County Party Committee', 'Secretary of the County Commission for Discipline Inspection', 'Director of the County Supervisory Commission'], roles: ['reported'],
        note: "Three title-case posts before the name. 'delivered a work report' (reported); 'reviewed the work of the past year', 'Secretary Feng pointed out that in 2025 the commission will ...' and 'Secretary Feng also required ...' are parts of the same work report (no separate spoke). Surname-only 'Secretary Feng' twice (span = 'Feng')." },
      { name: 'Chang Baolin', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Yang Shuyan', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Jia Qiwen', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Nong Zhiqiang', titles: ['Deputy Secretary of the County Commission for Discipline Inspection'], roles: ['reported'],
        note: "'read out the list of the 2024 advanced collectives' (reported). Deputy secretary vs Feng Xiaoru's secretary: different persons." },
      { name: 'Ma Ruiqi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Tian Zhenglu', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'Fourth Plenary Session of the 15th Tonghe County Commission for Discipline Inspection',
      'strict tone',
      'three nos',
      'four winds',
      'micro-corruption',
      'Clear Breeze Tonghe',
      'first-in-command',
      'room-group-place',
    ],
    notes: "County discipline inspection website (Tonghe), header 'Release time / Source / Author / Visits'. Plenary session of a county commission for discipline inspection. All leaders' posts in title case before the name; a 3-post title chain before Feng Xiaoru. Surname-only 'Secretary Feng' twice. 'Secretary of the County Party Committee' (Guo Zhenhai) vs 'Deputy Secretary of the County Party Committee' (Qiu Minghao), 'Secretary' vs 'Deputy Secretary of the County Commission for Discipline Inspection' (Feng Xiaoru vs Nong Zhiqiang): different persons. 'Members of the County Commission for Discipline Inspection' (collective, no names). Non-persons: 9 cadres at the section level, 176 persons sanctioned.",
  },

  '1907_xiping_county_leading_cadres_meeting_personnel': {
    persons: [
      { name: 'Hu Yanzhao', titles: ['deputy head of the Organization Department of the Lingjiang Municipal Party Committee'], roles: ['reported'],
        note: "'announced the decision of the municipal party committee' (reported)." },
      { name: 'Bai Zhenghong', titles: ['member', 'standing committee member', 'secretary of the Xiping County Party Committee'], roles: ['spoke'],
        note: "Appointment 'member, standing committee member and secretary of the Xiping County Party Committee' split on ', ' and ' and ' into three titles, verbatim ('member' = member of the county party committee). 'Comrade Bai Zhenghong' three times (the full name is the mention). 'Bai Zhenghong spoke. He said ...' (spoke)." },
      { name: 'Ye Guanlin', titles: ['secretary of the Xiping County Party Committee'], roles: ['spoke'],
        note: "Outgoing county party secretary: 'no longer serves as secretary of the Xiping County Party Committee' (his post until the meeting = title). Same post as the incoming Bai Zhenghong in a handover: not a duplicate. 'also spoke' (spoke)." },
      { name: 'Mao Shengrui', titles: ['member of the Standing Committee of the Lingjiang Municipal Party Committee', 'secretary of the Political and Legal Affairs Commission'], roles: ['attended', 'spoke'],
        note: "'attended and delivered a speech'; 'fully affirmed', 'He said', 'He asked' (spoke)." },
      { name: 'Tao Qinghe', titles: ['deputy secretary of the county party committee', 'county magistrate'], roles: ['presided', 'spoke'] },
      { name: 'Ji Wanshu', titles: ['chairman of the county CPPCC'], roles: ['attended'] },
      { name: 'Gong Dexiang', titles: ["director of the Standing Committee of the County People's Congress"], roles: ['attended'] },
      { name: 'Yu Xiaocen', titles: ['Editor'], roles: ['byline'] },
      { name: 'Nie Hongbo', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'tested by practice',
      'first responsibility',
      'strong county with characteristic agriculture and tourism',
    ],
    notes: "County government portal (Xiping), 'Time / Source / Clicks' line. Meeting of leading cadres announcing the appointment of a new county party secretary by the municipal party committee: decision read by the municipal organization department, speech of a municipal leader, statements of the new and the outgoing secretary. 'Comrade X' forms. Incoming and outgoing county party secretaries share the post wording (handover, not a duplicate). 'new squad leader' (班长) is a description, not a title. 'other county-level leaders', 'members of the leading groups' are collective. Non-persons: Lingjiang, Xiping.",
  },

  '1908_fenghuai_provincial_npc_standing_committee_session': {
    persons: [
      { name: 'Hong Yilan', titles: ['Staff Writer'], roles: ['byline'], note: "Newspaper byline 'By Staff Writer Hong Yilan | Updated: ...' ('By' is not part of the title)." },
      { name: 'Jia Runsheng', titles: ["director of the Standing Committee of the Fenghuai Provincial People's Congress"], roles: ['presided', 'spoke'],
        note: "Full-sentence quotation attributed with '..., Jia Runsheng said after the meeting' (spoke; the quotation is not a theme)." },
      { name: 'Yue Changqing', titles: ['Vice-directors'], roles: ['attended'], note: "Hyphenated plural label before a 4-name list." },
      { name: 'Lan Huiying', titles: ['Vice-directors'], roles: ['attended'] },
      { name: 'Pang Deming', titles: ['Vice-directors'], roles: ['attended'] },
      { name: 'Tu Wenxuan', titles: ['Vice-directors'], roles: ['attended'] },
      { name: 'Xie Qiaonan', titles: ['Secretary-General'], roles: ['attended'], note: "'along with Secretary-General Xie Qiaonan' (attended)." },
      { name: 'Cao Haifeng', titles: ['vice-governor of Fenghuai'], roles: ['reported'], note: "'explained the draft regulation ... on behalf of the provincial government' (reported)." },
      { name: 'Kong Weiye', titles: ["chairman of the agriculture and rural affairs committee of the provincial people's congress"], roles: ['reported'],
        note: "'briefed lawmakers on the revised draft' (reported); 'which Kong Weiye called \"the most damaging practice\"' continues the briefing." },
      { name: 'Guo Lanfang', titles: ["president of the Fenghuai Provincial Higher People's Court"], roles: ['attended'] },
      { name: 'Liao Jianwu', titles: ["procurator-general of the Fenghuai Provincial People's Procuratorate"], roles: ['attended'] },
      { name: 'Wen Zixiao', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "16th session of the Standing Committee of the 14th Fenghuai Provincial People's Congress",
      '9073',
      'time banks',
      'the most damaging practice',
      'the giant panda of farmland',
    ],
    notes: "English edition of a provincial newspaper (Fenghuai Daily), fluent newswire English: masthead, breadcrumb, headline without a name, 'By Staff Writer X | Updated:', dateline 'CHANGNING --'. Session of a provincial people's congress standing committee reviewing two draft regulations. 'director' (Jia Runsheng) vs 'Vice-directors' (four others): different persons. 'vice-governor of Fenghuai' is the only government post. One full-sentence direct quotation (not a theme). Non-persons: CHANGNING (dateline), 9.6 million residents, lawmakers (collective).",
  },

  '1909_lingquan_town_qingming_fire_safety_meeting': {
    persons: [
      { name: 'Hu Shaoqin', titles: ['Town Party secretary'], roles: ['attended', 'spoke'],
        note: "'attended and spoke'; 'stressed', 'asked' (spoke)." },
      { name: 'Zhong Yalan', titles: ['town mayor'], roles: ['presided', 'spoke'], note: "'town mayor' = head of the town government; 'asked' (spoke)." },
      { name: 'Mu Jinglin', titles: ['Deputy Secretary of the Town Party Committee', 'Reviewer'], roles: ['attended', 'byline'],
        note: "Attends the meeting and is credited at the foot as 'Reviewer: Mu Jinglin' (byline + title 'Reviewer')." },
      { name: 'Niu Yifei', titles: ['Secretary of the Town Commission for Discipline Inspection'], roles: ['attended'],
        note: "Second person in a list without 'and' after the first ('Deputy Secretary ... A, Secretary ... B attended')." },
      { name: 'Qin Fuming', titles: ['deputy town mayor'], roles: ['reported'], note: "'conveyed the spirit', 'reported the 17 hidden dangers' (reported)." },
      { name: 'Shi Lianfu', titles: ['Member of the town party committee', 'minister of the armed forces department'], roles: ['spoke'],
        note: "'made arrangements for the forest fire prevention work' (spoke)." },
      { name: 'Ren Dongsheng', titles: ['secretary of the Party branch of Shiban Village'], roles: ['reported'], note: "'made statements on behalf of the villages' (reported)." },
      { name: 'Tang Guiying', titles: ["director of the villagers' committee of Huangni Village"], roles: ['reported'],
        note: "Female; 'made statements' (reported); 'Tang Guiying said ...' continues the statement." },
      { name: 'Lan Zhuoqi', titles: ['Text'], roles: ['byline'] },
      { name: 'Fu Jingyi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'red armband',
      'fire source not entering the mountain',
      'one post, two responsibilities',
    ],
    notes: "Town government site (Lingquan), 'Author: Party and Government Office' (an office, not a person). Town work meeting on safety and forest fire prevention before Qingming. Mixed casing of town posts ('Town Party secretary', 'town mayor', 'Deputy Secretary of the Town Party Committee', 'Member of the town party committee'). 'town mayor' (Zhong Yalan) vs 'deputy town mayor' (Qin Fuming), 'Town Party secretary' (Hu Shaoqin) vs 'Deputy Secretary of the Town Party Committee' (Mu Jinglin): different persons. A deputy secretary who is also the reviewer of the page. 'Qingming' (festival) is not a theme phrase here. Non-persons: Shiban Village, Huangni Village, the 11 villages' secretaries and directors (collective).",
  },

  '1910_jinhe_development_zone_investment_mobilization': {
    persons: [
      { name: 'Dai Yongcan', titles: ['member of the Standing Committee of the Jinhe Municipal Party Committee', 'secretary of the Party Working Committee of the Development Zone'], roles: ['attended', 'spoke'] },
      { name: 'Zeng Shuxian', titles: ['deputy secretary of the Party Working Committee', 'director of the Administrative Committee'], roles: ['presided', 'spoke'],
        note: "'director of the Administrative Committee' (管委会主任) of the development zone; 'required' (spoke)." },
      { name: 'Wei Hanlong', titles: ['Leaders of the development zone', 'member of the Party Working Committee'], roles: ['attended', 'reported'],
        note: "'read out the commendation decision' (reported)." },
      { name: 'Cai Qiuyue', titles: ['Leaders of the development zone', 'deputy director of the Administrative Committee'], roles: ['attended', 'reported'],
        note: "'deputy director' (Cai Qiuyue) vs 'director of the Administrative Committee' (Zeng Shuxian): different persons." },
      { name: 'Gong Pengfei', titles: ['Leaders of the development zone'], roles: ['attended'] },
      { name: 'Ma Lingyun', titles: ['general manager of Hengyang New Energy Technology Co., Ltd.'], roles: ['spoke'],
        note: "'spoke on behalf of the signed enterprises'; 'Ma Lingyun said' (spoke)." },
      { name: 'Fang Yuting', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Qiu Chenxi', titles: ['Photo'], roles: ['byline'] },
      { name: 'Gao Xinhe', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'investment promotion is the lifeline',
      'chain leader system',
      'industrial chain + investment',
      'leads',
      'standard land',
      'approval on commitment',
    ],
    notes: "Development zone portal (Jinhe Economic and Technological Development Zone), source 'Office of the Administrative Committee'. Investment promotion mobilization meeting with a signing ceremony. Development-zone posts: party working committee (secretary, deputy secretary, member) and administrative committee (director, deputy director); the zone secretary is also a member of the municipal party standing committee. Label 'Leaders of the development zone' before a 3-name list. Non-persons: the 18 projects, investment teams, Yangtze River Delta, Pearl River Delta.",
  },

  '1911_yuechi_county_political_legal_work_conference': {
    persons: [
      { name: 'Yang Chengkun', surnameIn: ['Secretary Yang'], titles: ['member of the Standing Committee of the County Party Committee', 'secretary of the Political and Legal Affairs Commission'], roles: ['attended', 'spoke'],
        note: "'attended and spoke'; 'pointed out', 'stressed'; surname-only 'Secretary Yang required' (span = 'Yang')." },
      { name: 'Tang Haoyu', titles: ['vice county head', 'director of the county public security bureau'], roles: ['presided', 'reported'] },
      { name: 'Xiong Wanli', titles: ["president of the county people's court"], roles: ['attended', 'reported'],
        note: "'reported on the work of ... respectively' (reported); the later 'Xiong Wanli said the court will ...' continues the court's report (no separate spoke)." },
      { name: 'Lv Huaqing', titles: ["procurator-general of the County People's Procuratorate"], roles: ['attended', 'reported'],
        note: "Surname spelt 'Lv' (Lü). 'Lv Huaqing said that the procuratorate will ...' continues the report." },
      { name: 'Zhong Xinyi', titles: ['director of the county justice bureau'], roles: ['attended', 'reported'] },
      { name: 'Zou Xiaopeng', titles: ['instructor of the Chengguan Police Station'], roles: ['spoke'], note: "'spoke on behalf of the commended individuals' (spoke)." },
      { name: 'Yi Manqing', titles: ['Editor'], roles: ['byline'] },
      { name: 'Pang Shuwen', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'Fengqiao Experience in the new era',
      'Safe Yuechi',
      'Yuechi under the Rule of Law',
      'sweep away black and eliminate evil',
      'one-stop',
      'three provisions',
      'court on wheels',
    ],
    notes: "Website of a county political and legal affairs commission ('Ping'an Yuechi'), 'Released / Source / Hits' line. County political and legal work conference: heads of public security, court, procuratorate and justice bureau report. Court post in lower case, procuratorate post in title case (different persons and bodies, not a capitalisation inconsistency). Surname-only 'Secretary Yang' once. 'the township secretaries of political and legal affairs' is collective. Non-persons: Chengguan Police Station, comprehensive governance centers.",
  },

  '1912_xingshan_transport_investment_group_work_conference': {
    persons: [
      { name: 'Ning Shuhua', titles: ['deputy director of the Provincial State-owned Assets Supervision and Administration Commission'], roles: ['attended', 'spoke'],
        note: "Female ('She asked'); 'attended and spoke', 'fully affirmed' (spoke)." },
      { name: 'Liao Chengwu', titles: ['secretary of the Party Committee', 'chairman of the Group'], roles: ['spoke'] },
      { name: 'Ji Baoqian', titles: ['deputy secretary of the Party Committee', 'director', 'general manager of the Group'], roles: ['reported'],
        note: "'deputy secretary of the Party Committee, director and general manager of the Group' = three posts ('director' = member of the board); 'delivered the work report', 'said in the report' (reported)." },
      { name: 'Zou Jiamei', titles: ['full-time deputy secretary of the Party Committee', 'chairwoman of the Trade Union'], roles: ['presided'] },
      { name: 'Nong Shaohua', titles: ['Group leaders'], roles: ['attended'] },
      { name: 'Kong Yuze', titles: ['Group leaders'], roles: ['attended'] },
      { name: 'Yue Hongda', titles: ['Group leaders'], roles: ['attended'] },
      { name: 'Lai Qinghe', titles: ['Group leaders', 'secretary of the Discipline Inspection Commission'], roles: ['attended', 'spoke'],
        note: "'made arrangements for the Party conduct and clean government' (spoke)." },
      { name: 'Pan Zhiyuan', titles: ['chief engineer'], roles: ['attended'], note: "'were seated on the rostrum' (attended)." },
      { name: 'Gong Yixuan', titles: ['chief accountant'], roles: ['attended'] },
      { name: 'Tu Yingying', titles: ['Text'], roles: ['byline'] },
      { name: 'Mao Jiaxin', titles: ['Photo'], roles: ['byline'] },
      { name: 'Qin Ruolan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'action to deepen and upgrade the reform of state-owned enterprises',
      '14th Five-Year Plan',
      'building roads and running industries at the same time',
      'smart expressway',
      'dual carbon',
      'responsibility of state-owned enterprises',
      'central eight-point rules',
    ],
    notes: "Website of a provincial state-owned transport investment group, 'Posted / Source: Party-Masses Work Department / Views'. Annual work conference combined with a workers' congress; a provincial SASAC deputy director attends. Enterprise posts: party secretary and chairman, deputy secretary + director + general manager, full-time deputy secretary + trade union chairwoman, discipline secretary, chief engineer, chief accountant. 'secretary of the Party Committee' (Liao Chengwu) vs 'deputy secretary' / 'full-time deputy secretary' (Ji Baoqian, Zou Jiamei): different persons. 'Representatives of 5 subsidiaries' collective. Non-persons: the Group, subsidiaries, service areas.",
  },
};

export const perturbed = {
  '1901_heshan_municipal_party_committee_plenary_session': {
    edits: [
      { old: 'Ye Shouyan said that the draft', new: 'Vice Mayor Ye Shouyan said that the draft' },
      { old: 'Xu Jingtang emphasized', new: 'Xu Jintang emphasized' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Ye Shouyan', edit: 0, injected: 'Vice Mayor',
        orig: { ctx: 'municipal party committee and mayor, made', text: 'mayor' },
        description: "Ye Shouyan is 'deputy secretary of the municipal party committee and mayor' in the second paragraph but 'Vice Mayor' before his name in the paragraph continuing his explanation (vice vs full rank of the same post)." },
      { kind: 'name_spelling_variant', person: 'Xu Jingtang', edit: 1, injected: 'Xu Jintang',
        orig: { ctx: 'Xu Jingtang, secretary of the municipal party committee, delivered', text: 'Xu Jingtang' },
        description: "The municipal party secretary Xu Jingtang is spelt 'Xu Jintang' (one letter dropped) at the start of his third speech paragraph." },
    ],
  },
  '1902_songling_county_government_executive_meeting_literal_mt': {
    edits: [
      { old: 'Pan Yuelin emphasized', new: 'County head Pan Yuelin emphasized' },
      { old: 'Shi Haoran made arrangement', new: 'Executive Deputy County Magistrate Shi Haoran made arrangement' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Pan Yuelin', edit: 0, injected: 'County head',
        orig: { ctx: 'deputy secretary, county magistrate Pan', text: 'county magistrate' },
        description: "Pan Yuelin's post (县长) is 'county magistrate' in the lead but 'County head' in the later speech paragraph: the same post worded two ways." },
      { kind: 'title_capitalization_inconsistency', person: 'Shi Haoran', edit: 1, injected: 'Executive Deputy County Magistrate',
        orig: { ctx: 'member, executive deputy county magistrate Shi', text: 'executive deputy county magistrate' },
        description: "Shi Haoran's post is 'executive deputy county magistrate' (lower case) in the lead and 'Executive Deputy County Magistrate' (title case) before his name in the arrangements paragraph." },
    ],
  },
  '1903_yanbo_city_party_secretary_inspects_flood_control': {
    edits: [
      { old: 'Mu Qingyun reported on the flood control', new: 'Mu Qingyun, deputy county head, reported on the flood control' },
      { old: 'Nie Shaokang, executive deputy county head, reported', new: 'Nie Shaokang, county head, reported' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Mu Qingyun', edit: 0, injected: 'deputy county head',
        orig: { ctx: 'Vice Mayor Mu Qingyun', text: 'Vice Mayor' },
        description: "Mu Qingyun accompanies the inspection as the municipal 'Vice Mayor' but reports at the symposium as 'deputy county head' (county vs municipal level of the government)." },
      { kind: 'duplicate_unique_post', person: 'Nie Shaokang', edit: 1, injected: 'county head',
        orig: { ctx: 'and Xia Wenli, county head, accompanied', text: 'county head' },
        description: "Tongxi has one county head, Xia Wenli; the perturbed symposium paragraph gives 'county head' also to Nie Shaokang (originally executive deputy county head)." },
    ],
  },
  '1904_linpu_district_private_enterprise_forum': {
    edits: [
      { old: 'Tang Shuyi required all', new: 'District head Tang Shuyi required all' },
      { old: 'Xie Guanghui said that his company', new: 'Xie Guanghua said that his company' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Tang Shuyi', edit: 0, injected: 'District head',
        orig: { ctx: 'Party committee and district mayor, presided', text: 'district mayor' },
        description: "Tang Shuyi's post (区长) is 'district mayor' in the lead and 'District head' in the last paragraph: the same post worded two ways." },
      { kind: 'name_spelling_variant', person: 'Xie Guanghui', edit: 1, injected: 'Xie Guanghua',
        orig: { ctx: 'Xie Guanghui, chairman', text: 'Xie Guanghui' },
        description: "The entrepreneur introduced as Xie Guanghui is 'Xie Guanghua' (last syllable changed) in the next paragraph." },
    ],
  },
  '1905_quanning_municipal_cppcc_session_opening': {
    edits: [
      { old: 'Yi Peiyuan, vice chairman of the municipal CPPCC, reported', new: 'Yi Peiyuan, chairman of the municipal CPPCC, reported' },
      { old: 'In the afternoon, Wen Shuhua and Yu Baoshan', new: 'In the afternoon, Vice Mayor Wen Shuhua and Yu Baoshan' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Yi Peiyuan', edit: 0, injected: 'chairman of the municipal CPPCC',
        orig: { ctx: 'Dai Hongsheng, chairman of the Quanning Municipal Committee of the CPPCC', text: 'chairman of the Quanning Municipal Committee of the CPPCC' },
        description: "The municipal CPPCC has one chairman, Dai Hongsheng; the perturbed proposal-report sentence calls Yi Peiyuan (one of the Vice Chairpersons) 'chairman of the municipal CPPCC' ('vice' dropped)." },
      { kind: 'rank_conflict', person: 'Wen Shuhua', edit: 1, injected: 'Vice Mayor',
        orig: { ctx: 'municipal party committee and mayor, and', text: 'mayor' },
        description: "Wen Shuhua is 'deputy secretary of the municipal party committee and mayor' on the rostrum but 'Vice Mayor' in the late sentence on the afternoon group discussions." },
    ],
  },
  '1906_tonghe_county_discipline_inspection_plenary': {
    edits: [
      { old: 'Secretary Feng also required', new: 'Feng Xiaoru, secretary of the county commission for discipline inspection, also required' },
      { old: 'Qiu Minghao required all townships', new: 'Qiu Minghao, Deputy Secretary of the Municipal Party Committee, required all townships' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Feng Xiaoru', edit: 0, injected: 'secretary of the county commission for discipline inspection',
        orig: { ctx: 'Secretary of the County Commission for Discipline Inspection and Director', text: 'Secretary of the County Commission for Discipline Inspection' },
        description: "Feng Xiaoru's post is in title case before her name in the lead and in lower case in the injected apposition after her name ('Secretary Feng' replaced by the full name)." },
      { kind: 'same_person_title_conflict', person: 'Qiu Minghao', edit: 1, injected: 'Deputy Secretary of the Municipal Party Committee',
        orig: { ctx: 'Deputy Secretary of the County Party Committee and County Head', text: 'Deputy Secretary of the County Party Committee' },
        description: "Qiu Minghao is 'Deputy Secretary of the County Party Committee and County Head' in the lead but 'Deputy Secretary of the Municipal Party Committee' in the paragraph of his requirements (county vs municipal level of the party committee)." },
    ],
  },
  '1907_xiping_county_leading_cadres_meeting_personnel': {
    edits: [
      { old: 'Ye Guanlin also spoke', new: 'Ye Guanling also spoke' },
      { old: "Gong Dexiang, director of the Standing Committee of the County People's Congress,", new: 'Gong Dexiang, chairman of the county CPPCC,' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Ye Guanlin', edit: 0, injected: 'Ye Guanling',
        orig: { ctx: 'Comrade Ye Guanlin no longer', text: 'Ye Guanlin' },
        description: "The outgoing secretary Ye Guanlin is 'Ye Guanling' (one letter added) where his statement is reported." },
      { kind: 'duplicate_unique_post', person: 'Gong Dexiang', edit: 1, injected: 'chairman of the county CPPCC',
        orig: { ctx: 'Ji Wanshu, chairman of the county CPPCC', text: 'chairman of the county CPPCC' },
        description: "The county CPPCC has one chairman, Ji Wanshu, named right before; the perturbed list gives the same post to Gong Dexiang (originally director of the county people's congress standing committee)." },
    ],
  },
  '1908_fenghuai_provincial_npc_standing_committee_session': {
    edits: [
      { old: 'teeth," Jia Runsheng said after the meeting.', new: "teeth,\" Jia Runsheng, vice-director of the Standing Committee of the Fenghuai Provincial People's Congress, said after the meeting." },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Jia Runsheng', edit: 0, injected: "vice-director of the Standing Committee of the Fenghuai Provincial People's Congress",
        orig: { ctx: "Jia Runsheng, director of the Standing Committee of the Fenghuai Provincial People's Congress, presided", text: "director of the Standing Committee of the Fenghuai Provincial People's Congress" },
        description: "Jia Runsheng presides as 'director of the Standing Committee ...' but the attribution of his quotation calls him 'vice-director' of the same standing committee (the real vice-directors are four others)." },
    ],
  },
  '1910_jinhe_development_zone_investment_mobilization': {
    edits: [
      { old: 'Dai Yongcan stressed that', new: 'Dai Yongcan, member of the Standing Committee of the County Party Committee, stressed that' },
      { old: 'Zeng Shuxian required that', new: 'Zeng Shuxian, director of the Management Committee, required that' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Dai Yongcan', edit: 0, injected: 'member of the Standing Committee of the County Party Committee',
        orig: { ctx: 'member of the Standing Committee of the Jinhe Municipal Party Committee', text: 'member of the Standing Committee of the Jinhe Municipal Party Committee' },
        description: "Dai Yongcan is a member of the standing committee of the Jinhe Municipal Party Committee in the lead, and of the 'County Party Committee' in his speech paragraph (county vs municipal level)." },
      { kind: 'title_wording_variant', person: 'Zeng Shuxian', edit: 1, injected: 'director of the Management Committee',
        orig: { ctx: 'Working Committee and director of the Administrative Committee', text: 'director of the Administrative Committee' },
        description: "The zone's 管委会 is 'Administrative Committee' in the lead and 'Management Committee' in Zeng Shuxian's later apposition: the same post worded two ways." },
    ],
  },
  '1911_yuechi_county_political_legal_work_conference': {
    edits: [
      { old: 'Xiong Wanli said the court will', new: "Xiong Wanli, President of the County People's Court, said the court will" },
      { old: 'Lv Huaqing said that the procuratorate', new: "Lv Huaqing, deputy procurator-general of the County People's Procuratorate, said that the procuratorate" },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Xiong Wanli', edit: 0, injected: "President of the County People's Court",
        orig: { ctx: "Xiong Wanli, president of the county people's court", text: "president of the county people's court" },
        description: "Xiong Wanli's post is in lower case in the lead and in title case in the later apposition." },
      { kind: 'rank_conflict', person: 'Lv Huaqing', edit: 1, injected: "deputy procurator-general of the County People's Procuratorate",
        orig: { ctx: "Lv Huaqing, procurator-general of the County People's Procuratorate, and", text: "procurator-general of the County People's Procuratorate" },
        description: "Lv Huaqing attends as 'procurator-general of the County People's Procuratorate' but is 'deputy procurator-general' of the same procuratorate in the later paragraph." },
    ],
  },
};
