// Source of the held-out set gold (test/holdout21). `node test/goldkit/build-set.mjs test/holdout21` turns this file
// into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Governor Zheng" / "Secretary Guo": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout3/README.md, plus the decisions listed in README.md of this folder):
// - "Governor Zheng", "Secretary Guo", "Secretary Kong": the surname is the mention; the address form is not a separate
//   title (the full post is given elsewhere in the same text). No text uses a bare surname without a title.
// - Group labels before a list ("Members of the Standing Committee of the County Party Committee", "City leaders",
//   "Vice chairpersons", "Members of the presidium of the session", "Baishui county leaders", "Deputy directors of the
//   Administrative Committee", "municipal party committee standing committee members") are titles of every listed person.
// - Byline labels are titles ("Reporter", "reporter", "Photographer", "Editor", "Review", "Reviewer", "Text", "Photo",
//   "Proofreading", "Final review", "Responsible editor"). "By X" and the field name "Author:" give no title.
// - Occupations without a post ("a grain grower") are not titles. Former posts named in a personnel announcement
//   ("previously served as ...") are titles, as career posts in test/holdout.
// - "made a work report", "explained the plan", "briefed", "reported on", "introduced the reform / the operation",
//   "announced the decision", "gave a briefing" = reported; "made arrangements", "asked", "required", "urged", "said",
//   "delivered a statement speech" = spoke; "accompanied the governor", "were seated in the front row of the rostrum",
//   "as non-voting participant(s)", "was invited to attend" = attended.
// - A "He said" sentence that continues the person's own work report adds no separate `spoke`.
// - Every double-quoted phrase is a theme, except full-sentence direct speech attributed with "said"; also the named
//   sessions, plenary sessions and documents.

export const reports = {
  '2101_qinglan_county_party_committee_plenary_session': {
    persons: [
      { name: 'Fu Minghui', titles: ['secretary of the county party committee'], roles: ['reported', 'spoke'],
        note: "'made a work report on behalf of the Standing Committee' (reported) 'and delivered a speech', 'pointed out', 'stressed', 'required' (spoke)." },
      { name: 'Yao Jiancheng', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'reported', 'spoke'],
        note: "'presided over the meeting and explained the ... Plan (draft)' (presided, reported); 'asked' in the last paragraph (spoke)." },
      { name: 'Nong Xiaowei', titles: ['Members of the Standing Committee of the County Party Committee'], roles: ['attended'], note: 'Title-case group label before a 5-name list.' },
      { name: 'Gong Ruihua', titles: ['Members of the Standing Committee of the County Party Committee', 'member of the Standing Committee of the County Party Committee', 'executive deputy county head'], roles: ['attended', 'reported'],
        note: "In the label list, later 'member of the Standing Committee of the County Party Committee and executive deputy county head, explained the \"Opinions ...\"' (reported). Plural label vs singular post in different case: not a capitalisation inconsistency." },
      { name: 'Tian Shaobo', titles: ['Members of the Standing Committee of the County Party Committee'], roles: ['attended'] },
      { name: 'Liao Yanping', titles: ['Members of the Standing Committee of the County Party Committee'], roles: ['attended'] },
      { name: 'Qiu Dongsheng', titles: ['Members of the Standing Committee of the County Party Committee'], roles: ['attended'] },
      { name: 'Pang Deqing', titles: ["director of the standing committee of the county people's congress"], roles: ['attended'], note: "'attended as non-voting participants' (attended)." },
      { name: 'Wen Shuzhen', titles: ['chairwoman of the county CPPCC'], roles: ['attended'] },
      { name: 'Hu Yanqing', titles: ['Reporter'], roles: ['byline'], note: "'Reporter: Hu Yanqing  Xia Mingyu': one label for two names separated by two spaces." },
      { name: 'Xia Mingyu', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Lan Jiayi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Tao Zhenfeng', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'Sixth Plenary Session of the 15th CPC Qinglan County Committee',
      'Qinglan County 2025 National Economic and Social Development Plan (draft)',
      'Resolution of the Sixth Plenary Session of the 15th CPC Qinglan County Committee',
      'Third Plenary Session of the 20th CPC Central Committee',
      '14th Five-Year Plan',
      'seeking progress while maintaining stability',
      'one county, one industry',
      'four-in-one',
      'Ten Million Project',
      'Opinions on Further Deepening the Reform of Collective Forest Tenure (discussion draft)',
      'central eight-point regulations',
    ],
    notes: "County convergence-media site, plain government MT: breadcrumb, 'Source / Release time / Views' line, credits at the foot ('Reporter: A  B', 'Editor:', 'Reviewer:'). County party committee plenary session: the secretary makes the work report of the Standing Committee, the county head presides and explains the plan. Label before a 5-name list in title case; one listed member gets the singular post later. Look-alikes: 'secretary of the county party committee' (Fu Minghui) vs 'deputy secretary of the county party committee' (Yao Jiancheng); 'county head' vs 'executive deputy county head' (different persons); plural label vs singular post in different case (Gong Ruihua).",
  },

  '2102_lanling_governor_inspects_spring_irrigation_port': {
    persons: [
      { name: 'Wei Ningxuan', titles: [], roles: ['byline'], note: "Newspaper byline 'By Wei Ningxuan | Updated: ...' without a label (titles [])." },
      { name: 'Zheng Haoran', surnameIn: ['Governor Zheng'], titles: ['governor of Lanling Province', 'deputy secretary of the Lanling Provincial Committee of the Communist Party of China'], roles: ['spoke'],
        note: "Inspection tour: 'urged', 'asked', 'said', 'called on' (spoke). Surname-only 'Governor Zheng' twice (span = 'Zheng'); 'the governor' without a name is not a mention. 'Vice-Governor' (Xiong Lijun) is another person." },
      { name: 'Yi Guofeng', titles: ['head of the Xinhe farming cooperative'], roles: ['spoke'], note: "Quotation first, attribution 'said Yi Guofeng, head of ...' (spoke); the full-sentence quotation is direct speech, not a theme." },
      { name: 'Lü Chunhua', titles: [], roles: ['spoke'], note: "'a grain grower who rents 80 hectares' is an occupation, not a post (titles []). Name with ü." },
      { name: 'Jia Hongliang', titles: ['general manager of Shuangcheng Port Group'], roles: ['spoke'] },
      { name: 'Xiong Lijun', titles: ['Vice-Governor'], roles: ['attended'], note: "'Vice-Governor Xiong Lijun, Shuangcheng Party chief Cao Wenbo and Mayor Gao Peiyu accompanied the governor' (attended); each title before its own name." },
      { name: 'Cao Wenbo', titles: ['Shuangcheng Party chief'], roles: ['attended'], note: 'Newspaper wording of the city party secretary.' },
      { name: 'Gao Peiyu', titles: ['Mayor'], roles: ['attended'] },
      { name: 'Ma Sitong', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'cultivate new quality productive forces',
      'big projects',
      'the bottom line of food security',
    ],
    notes: "English edition of a provincial newspaper, fluent newswire English: headline without a name, byline 'By X | Updated:', dateline 'SHUANGCHENG --', 'Editor:' at the foot. Governor's inspection tour with accompanying officials listed in one sentence at the end (titles before names). Surname-only 'Governor Zheng' ×2; no bare surname. The cooperative head's quotation is direct speech (not a theme). Non-persons: Dongqu irrigation district, Xinhe farming cooperative, Shuangcheng Port Group. 'governor of Lanling Province' (Zheng Haoran) vs 'Vice-Governor' (Xiong Lijun): different persons.",
  },

  '2103_jinhe_city_business_environment_conference': {
    persons: [
      { name: 'Xu Jianzhang', titles: ['secretary of the municipal party committee'], roles: ['attended', 'spoke'], note: "'attended the meeting and delivered a speech', 'pointed out', 'stressed' (spoke)." },
      { name: 'Mao Yunqing', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'], note: "Female mayor ('She required'); 'made arrangements' (spoke)." },
      { name: 'Hong Lizhi', titles: ['City leaders', 'executive vice mayor'], roles: ['attended', 'reported'], note: "In the 'City leaders' list; later 'Hong Lizhi, executive vice mayor, reported on the evaluation results' (reported)." },
      { name: 'Qin Yalan', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Ye Chengbin', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Xie Weidong', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Kong Mingjie', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Zou Qiaoyun', titles: ['director of the Municipal Administrative Approval Bureau'], roles: ['reported'], note: "'introduced the \"one thing done at once\" reform' (reported, a department briefing)." },
      { name: 'Dai Yiran', titles: ['reporter'], roles: ['byline'], note: "'(Jinhe Media Center reporter: Dai Yiran   Photographer: ...)': the media center is not a person; the lower-case label 'reporter' is the title." },
      { name: 'Zhong Haotian', titles: ['Photographer'], roles: ['byline'] },
    ],
    themes: [
      'one thing done at once',
      'number one project',
      'Jinhe service',
      'cordial and clean',
      'enterprise service hotline',
    ],
    notes: "Municipal government portal, plain MT: breadcrumb 'Current location:', 'Date / Source / Hits / Font size' widget line, credits in parentheses at the foot. Business environment conference: secretary speaks, mayor presides and makes arrangements, label 'City leaders' before a 5-name list, one of whom (executive vice mayor) reports later. Units that made exchange speeches (Approval Bureau, Dongshan District, Liuhe County) are not persons. Look-alikes: 'mayor' (Mao Yunqing) vs 'executive vice mayor' (Hong Lizhi); secretary vs deputy secretary of the municipal party committee.",
  },

  '2104_songyuan_county_private_enterprise_forum': {
    persons: [
      { name: 'Tang Weiguo', titles: ['County Party Secretary'], roles: ['attended', 'spoke'], note: "'County Party Secretary Tang Weiguo attended and spoke'; 'said', 'emphasized' (spoke)." },
      { name: 'Ji Wenrong', titles: ['County Head'], roles: ['presided', 'spoke'], note: "'County Head Ji Wenrong presided'; 'asked' (spoke)." },
      { name: 'Bai Qinghua', titles: ['Deputy county head'], roles: ['attended'] },
      { name: 'Cai Lingyun', titles: ['county party committee standing committee member', 'United Front Work Department minister'], roles: ['attended'], note: "Two posts joined by ' and ' before the name, literal word order." },
      { name: 'Niu Zhenbang', titles: ['county CPPCC vice chairman'], roles: ['attended'] },
      { name: 'Geng Fuqiang', titles: ['chairman of Songyuan Hengxin Paper Co., Ltd.'], roles: ['spoke'], note: "The ', ' inside 'Co., Ltd.' does not split the title. 'spoke one after another' (spoke)." },
      { name: 'Ning Xiaoxue', titles: ['general manager of Lüye Kiwi Fruit Development Co., Ltd.'], roles: ['spoke'] },
      { name: 'Shi Baoqin', titles: ['chairman of the county Federation of Industry and Commerce', 'chairman of Jinlong Building Materials Group'], roles: ['spoke'], note: "Two posts joined by ' and '; 'and Industry and Commerce' inside the organisation name does not split." },
      { name: 'Yue Zhiping', titles: ['person in charge of Tianyuan E-commerce Industrial Park'], roles: ['spoke'] },
      { name: 'Xia Wenjuan', titles: ['Editor'], roles: ['byline'] },
      { name: 'Cao Liying', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'main force',
      'Opinions on Promoting the Development and Growth of the Private Economy',
      'invest with peace of mind, develop with confidence',
      'county leaders contacting enterprises',
    ],
    notes: "County government portal, plain MT: breadcrumb with '>>', 'Author: County Government Office' (an office, not a person), 'Browse times', credits 'Editor:' and 'Review:' at the foot. Symposium with private enterprises: four entrepreneurs with company posts (commas inside 'Co., Ltd.'), one with two posts (chamber of commerce + company). Responsible comrades of bureaus answer without names. Look-alikes: 'County Head' (Ji Wenrong) vs 'Deputy county head' (Bai Qinghua), different persons and different case; Shi Baoqin's two 'chairman of' posts are two different bodies.",
  },

  '2105_heyang_county_peoples_congress_session_elections': {
    persons: [
      { name: 'Ren Guanghui', titles: ['Members of the presidium of the session', 'secretary of the county party committee'], roles: ['attended', 'spoke'],
        note: "Presidium label before a 5-name list 'were seated in the front row of the rostrum' (attended); 'made a speech', 'pointed out', 'required' (spoke)." },
      { name: 'Zeng Shulan', titles: ['Members of the presidium of the session', "county head of Heyang County People's Government", 'county head'], roles: ['attended', 'spoke'],
        note: "Elected 'as county head of Heyang County People's Government'; 'Newly elected county head Zeng Shulan delivered a speech' ('Newly elected' is not part of the post; title 'county head'). Took the oath (no role of its own)." },
      { name: 'Fang Dexin', titles: ['Members of the presidium of the session', 'Executive chairman of the presidium', "director of the standing committee of the county people's congress"], roles: ['attended', 'presided', 'spoke'],
        note: "'Executive chairman of the presidium Fang Dexin presided over the closing meeting'; 'said in presiding' (spoke)." },
      { name: 'Mu Yuhang', titles: ['Members of the presidium of the session', "deputy director of the standing committee of the county people's congress", 'chief scrutineer'], roles: ['attended', 'reported'],
        note: "'reported on the counting of the election ballots' (reported)." },
      { name: 'Hu Qingli', titles: ['Members of the presidium of the session', "president of the county people's court"], roles: ['attended'], note: "Led the oath (no role of its own)." },
      { name: 'Wei Xiaogang', titles: ["deputy director of the standing committee of the county people's congress"], roles: [],
        note: "Only elected 'as deputy director of the standing committee ...' (title = the post he is elected to); no role. Same post wording as Mu Yuhang: two deputy directors, not an inconsistency." },
      { name: 'Gao Shuying', titles: ['Leading members of the county CPPCC'], roles: ['attended'], note: "'attended the meeting as non-voting participants' (attended)." },
      { name: 'Lai Zhenhua', titles: ['Leading members of the county CPPCC'], roles: ['attended'] },
      { name: 'Yin Lumeng', titles: ['Text'], roles: ['byline'] },
      { name: 'Pan Jiexin', titles: ['Photo'], roles: ['byline'] },
      { name: 'Lai Xiaodong', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the 18th Heyang County People's Congress",
      'do practical things, seek real results',
      'unites hearts and gathers strength',
      "people's livelihood practical projects",
      'democratic, pragmatic, united and clean',
    ],
    notes: "County people's congress website: closing meeting of a session with elections (personnel). Presidium label before a '..., Hu Qingli and others' list ('and others' is generic); executive chairman of the presidium presides; elections 'elected ... Zeng Shulan as county head ..., and Wei Xiaogang as deputy director ...' (the posts elected to are titles); 'Newly elected county head' before the name; chief scrutineer reports the count. Two persons share the surname Lai (Lai Zhenhua, Lai Xiaodong). Look-alikes: 'director' (Fang Dexin) vs 'deputy director' (Mu Yuhang, Wei Xiaogang) of the standing committee of the county people's congress: different persons; two deputy directors with the same wording; 'county head' and 'county head of Heyang County People's Government' are the same post of Zeng Shulan in a short and a full form (elected post vs address), not a wording variant in the sense of the kinds.",
  },

  '2106_tongling_city_cppcc_standing_committee_meeting': {
    persons: [
      { name: 'Zhong Yiming', titles: ['chairman of the CPPCC Tongling Municipal Committee'], roles: ['attended', 'spoke'] },
      { name: 'Dai Huixin', titles: ['Vice chairpersons'], roles: ['attended', 'reported'], note: "'reported on the special research' (reported)." },
      { name: 'Xiong Boyuan', titles: ['Vice chairpersons', 'Vice chairman'], roles: ['attended', 'presided'], note: "In the 'Vice chairpersons' list, then 'Vice chairman Xiong Boyuan presided over the meeting' (singular label, a second title)." },
      { name: 'Cai Shumin', titles: ['Vice chairpersons'], roles: ['attended'] },
      { name: 'Lan Guoqiang', titles: ['Vice chairpersons'], roles: ['attended'] },
      { name: 'Tu Yanhong', titles: ['secretary-general'], roles: ['attended'] },
      { name: 'Kong Fanglu', titles: ['Municipal party committee standing committee member', 'vice mayor'], roles: ['attended', 'reported'],
        note: "'was invited to attend the meeting and gave a briefing' (attended, reported)." },
      { name: 'Nie Ziqiang', titles: ['Members of the standing committee'], roles: ['spoke'], note: "'Members of the standing committee A, B, C and D made speeches' (spoke)." },
      { name: 'Yu Meihua', titles: ['Members of the standing committee'], roles: ['spoke'] },
      { name: 'Ji Chengzhou', titles: ['Members of the standing committee'], roles: ['spoke'] },
      { name: 'Liao Xiaoyun', titles: ['Members of the standing committee'], roles: ['spoke'] },
      { name: 'Yang Shuting', titles: ['Text'], roles: ['byline'] },
      { name: 'Chang Kaixin', titles: ['Photo'], roles: ['byline'] },
      { name: 'Geng Xiaorong', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      '12th meeting of the Standing Committee of the 9th CPPCC Tongling Municipal Committee',
      'promoting the high-quality development of the silver economy',
      'developing community embedded elderly care services',
      'elderly canteens',
      'time bank',
      'Suggestions on Promoting the High-Quality Development of the Silver Economy in Our City',
      'high-quality proposals that are useful and usable',
      'consultation for the people',
    ],
    notes: "Municipal CPPCC website: standing committee meeting on the silver economy. Chairman speaks, a vice chairman presides, label 'Vice chairpersons' before a 4-name list and 'secretary-general' before one name; a vice mayor 'was invited to attend' and briefs; four standing-committee members make speeches. 'Text: A  Photo: B' on one line. Look-alikes: 'chairman' (Zhong Yiming) vs 'Vice chairpersons' / 'Vice chairman' (others); 'Members of the standing committee' (CPPCC) vs 'Municipal party committee standing committee member' (Kong Fanglu): different bodies and persons.",
  },

  '2107_fengjiang_city_discipline_commission_plenary': {
    persons: [
      { name: 'Yue Chengping', titles: ['secretary of the municipal party committee'], roles: ['attended', 'spoke'], note: "'delivered an important speech', 'pointed out', 'stressed' (spoke)." },
      { name: 'Xia Tianming', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided'] },
      { name: 'Guo Jinbiao', surnameIn: ['Secretary Guo'], titles: ['member of the standing committee of the municipal party committee', 'secretary of the municipal commission for discipline inspection', 'director of the municipal supervision commission'], roles: ['reported'],
        note: "Three posts ('A, B and C'); 'delivered a work report entitled ...' (reported); 'He said' continues the report and 'Secretary Guo also announced' (surname-only, span = 'Guo') is part of the report: no separate spoke." },
      { name: 'Yin Shaofeng', titles: ['Municipal leaders'], roles: ['attended'] },
      { name: 'Pan Yueqiao', titles: ['Municipal leaders'], roles: ['attended'] },
      { name: 'Yang Qiming', titles: ['Municipal leaders'], roles: ['attended'] },
      { name: 'Zheng Lihua', titles: ['Municipal leaders'], roles: ['attended'] },
      { name: 'Hong Jiawei', titles: ['Municipal leaders'], roles: ['attended'] },
      { name: 'Wen Zixuan', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Ye Qingyun', titles: ['Editor'], roles: ['byline'] },
      { name: 'Gong Meixue', titles: ['Proofreading'], roles: ['byline'] },
      { name: 'Tao Hanbin', titles: ['Final review'], roles: ['byline'] },
    ],
    themes: [
      'Fourth Plenary Session of the 6th Fengjiang Municipal Commission for Discipline Inspection',
      'Promoting Full and Strict Governance of the Party with the Spirit of Reform and Strict Standards',
      "three no's",
      'key minority',
      'top leaders',
      'around the masses',
      'room-group-place',
      'Fengjiang Discipline',
    ],
    notes: "Municipal discipline inspection and supervision website: plenary session of the commission. Party secretary speaks, mayor presides, the discipline secretary (three posts) delivers the work report; label 'Municipal leaders' before a 5-name list; credits on one line at the foot (Reporter / Editor / Proofreading / Final review). Surname-only 'Secretary Guo'. Look-alikes: 'secretary of the municipal party committee' (Yue Chengping) vs 'secretary of the municipal commission for discipline inspection' (Guo Jinbiao): different bodies; 'deputy secretary of the municipal party committee' (Xia Tianming).",
  },

  '2108_baishui_county_leading_cadres_meeting_appointment': {
    persons: [
      { name: 'Feng Yuanzhi', titles: ['deputy minister of the Organization Department of the Linquan Municipal Party Committee'], roles: ['reported'], note: "'announced the decision of the municipal party committee' (reported, as 'read out')." },
      { name: 'Lü Haibo', titles: ['secretary of the CPC Baishui County Committee', 'deputy secretary-general of the Linquan Municipal Government', 'director of the Municipal Development and Reform Commission'], roles: ['spoke'],
        note: "Appointed 'as secretary of the CPC Baishui County Committee'; former posts 'previously served as A and B' are titles (career posts). 'delivered a statement speech' (spoke). Always 'Comrade Lü Haibo' or 'Lü Haibo'; 'the new secretary' is not a mention." },
      { name: 'Xiong Dengyun', titles: ['secretary of the CPC Baishui County Committee'], roles: ['spoke'],
        note: "Outgoing secretary ('no longer serves as secretary of the CPC Baishui County Committee'); 'said' (spoke). Same post as Lü Haibo: predecessor and successor, not a duplicate unique post." },
      { name: 'Ma Qinglei', titles: ['member of the standing committee of the Linquan Municipal Party Committee', 'minister of the organization department'], roles: ['attended', 'spoke'] },
      { name: 'Jia Zhiwen', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'] },
      { name: 'Yi Kexin', titles: ['Baishui county leaders'], roles: ['attended'], note: "Label 'Baishui county leaders' before a 4-name list." },
      { name: 'Yu Shaohua', titles: ['Baishui county leaders'], roles: ['attended'] },
      { name: 'Qiu Xiaomei', titles: ['Baishui county leaders'], roles: ['attended'] },
      { name: 'Nong Jiaping', titles: ['Baishui county leaders'], roles: ['attended'] },
      { name: 'Tian Yu', titles: ['Reporter'], roles: ['byline'], note: 'Two-syllable name.' },
      { name: 'Yao Xinyue', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'strengthening the industry and enriching the people',
      'take over the baton and run the best leg of the race',
      'one blueprint drawn to the end',
    ],
    notes: "County media center ('Baishui Release'): meeting of leading cadres announcing a personnel decision (new county party secretary). Very long headline without names. The organisation department's deputy minister announces, the minister speaks, the incoming secretary makes a statement speech, the outgoing secretary speaks, the county head presides. 'Comrade X' is an address, not a title. Look-alikes: incoming and outgoing secretary share the post 'secretary of the CPC Baishui County Committee' (succession, not a duplicate); 'deputy minister of the Organization Department of the Linquan Municipal Party Committee' (Feng Yuanzhi) vs 'minister of the organization department' (Ma Qinglei): different persons; Lü Haibo's former municipal posts vs his new county post are career posts, not a conflict.",
  },

  '2109_nanqiao_high_tech_zone_working_committee_meeting': {
    persons: [
      { name: 'Kong Xiangrui', surnameIn: ['Secretary Kong'], titles: ['Secretary of the Party Working Committee of the High-tech Zone'], roles: ['presided', 'spoke'],
        note: "Title-case post before the name; 'pointed out', 'stressed', and surname-only 'Secretary Kong also asked' (spoke, span = 'Kong')." },
      { name: 'Huang Yiheng', titles: ['Deputy Secretary of the Party Working Committee', 'Director of the Administrative Committee'], roles: ['reported', 'spoke'],
        note: "'briefed on the main economic indicators' (reported); 'made arrangements' (spoke)." },
      { name: 'Wang Jinsong', titles: ['Deputy directors of the Administrative Committee'], roles: ['attended', 'reported'] },
      { name: 'Zou Meixuan', titles: ['Deputy directors of the Administrative Committee'], roles: ['attended'] },
      { name: 'Niu Chaoyang', titles: ['Deputy directors of the Administrative Committee'], roles: ['attended'] },
      { name: 'Bai Yunxiang', titles: ['Secretary of the Discipline Inspection Working Committee'], roles: ['attended'] },
      { name: 'Cao Wenli', titles: ['head of the investment promotion bureau'], roles: ['reported'] },
      { name: 'Gao Xueping', titles: ['head of the enterprise service bureau'], roles: ['reported'] },
      { name: 'Zhao Yichen', titles: ['general manager of Nanqiao Science and Technology Innovation Investment Group'], roles: ['reported'], note: "'introduced the operation of the zone's industrial fund' (reported)." },
      { name: 'Xu Nuo', titles: ['Text'], roles: ['byline'], note: 'Two-syllable name.' },
      { name: 'Ye Wenbo', titles: ['Photo'], roles: ['byline'] },
      { name: 'Fu Jiaxun', titles: ['Editor'], roles: ['byline'] },
      { name: 'Pan Chengzhi', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'lifeline',
      'chain leader',
      'investment by fund',
      'investment by scenario',
      'running ahead',
    ],
    notes: "Development zone website: enlarged meeting of the party working committee of a high-tech zone (investment attraction). Zone posts in title case before the names ('Secretary of the Party Working Committee of the High-tech Zone', 'Deputy Secretary of the Party Working Committee and Director of the Administrative Committee', plural label 'Deputy directors of the Administrative Committee' before a 3-name list); bureau heads and a state-owned company manager report. 'Posted by: Party and Mass Work Department' (a department). Surname-only 'Secretary Kong'. Look-alikes: 'Director' (Huang Yiheng) vs 'Deputy directors' of the Administrative Committee; 'Secretary' (Kong Xiangrui) vs 'Deputy Secretary' (Huang Yiheng) of the working committee; 'Secretary of the Discipline Inspection Working Committee' is another body.",
  },

  '2110_yaozhou_city_standing_committee_flood_safety_literal': {
    persons: [
      { name: 'Xie Pengfei', titles: ['Municipal party committee secretary'], roles: ['presided', 'spoke'], note: "Name in the headline ('... held Xie Pengfei presided'); literal 'presided meeting and speech' (presided, spoke); 'emphasized' (spoke)." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'General Secretary Xi Jinping important instructions' (literal MT, no possessive); only referred to." },
      { name: 'Lai Jingyi', titles: [], roles: ['byline'], note: "'Author: Lai Jingyi Hong Shuya': field name 'Author:' (no title) before two names run together with one space = two persons." },
      { name: 'Hong Shuya', titles: [], roles: ['byline'] },
      { name: 'Shi Guanghua', titles: ['Municipal party committee deputy secretary', 'mayor'], roles: ['attended', 'spoke'], note: "'Municipal party committee deputy secretary, mayor Shi Guanghua': two posts joined by ', ' before the name; 'asked' (spoke)." },
      { name: 'Wen Qiuyan', titles: ['municipal party committee deputy secretary'], roles: ['attended'], note: "Same post as Shi Guanghua's first, lower-case: two deputy secretaries, not an inconsistency." },
      { name: 'Xu Zhaolin', titles: ['municipal party committee standing committee members'], roles: ['attended'], note: 'Plural label before a 5-name list.' },
      { name: 'Nong Huiyuan', titles: ['municipal party committee standing committee members'], roles: ['attended'] },
      { name: 'Ren Xiaoyong', titles: ['municipal party committee standing committee members'], roles: ['attended'] },
      { name: 'Mao Jianfei', titles: ['municipal party committee standing committee members'], roles: ['attended'] },
      { name: 'Zheng Yueqin', titles: ['municipal party committee standing committee members'], roles: ['attended'] },
      { name: 'Chang Deli', titles: ["Municipal people's congress standing committee director"], roles: ['attended'], note: "'attended meeting as non-voting participant' (attended)." },
      { name: 'Mu Hongsheng', titles: ['municipal CPPCC chairman'], roles: ['attended'] },
      { name: 'Fang Zhikuan', titles: ['municipal emergency management bureau director'], roles: ['reported'], note: "'Meeting listened ... director Fang Zhikuan report about ...' (reported)." },
      { name: 'Gong Jiarui', titles: ['Vice mayor'], roles: ['reported'] },
      { name: 'Xiong Lin', titles: ['Editor'], roles: ['byline'], note: 'Two-syllable name.' },
      { name: 'Hu Dongmei', titles: ['Responsible editor'], roles: ['byline'] },
    ],
    themes: [
      'people first, life first',
      'small thing become big, big thing become disaster',
      'three responsible persons',
      'should transfer all transfer, transfer in advance',
    ],
    notes: "City newspaper website, very literal MT (missing articles, prepositions and verbs: 'presided meeting and speech', 'Meeting listened ... report', 'must strict 24 hours duty system'). Name of the presiding secretary in the headline; 'Author: A B' (two names run together) at the top; 'Editor / Responsible editor' at the foot. Municipal party standing committee (enlarged) meeting on flood season safety. All titles before the names in literal word order. Look-alikes: 'mayor' (Shi Guanghua) vs 'Vice mayor' (Gong Jiarui); two 'municipal party committee deputy secretary' (Shi Guanghua with capital M, Wen Qiuyan): different persons; 'Municipal party committee secretary' vs 'deputy secretary' (different persons).",
  },
  '2111_dongpo_township_village_committee_work_meeting': {
    persons: [
      { name: 'Lü Shengquan', titles: ['secretary of the town party committee'], roles: ['attended', 'spoke'], note: "'attended and spoke', 'pointed out', 'He stressed' (spoke)." },
      { name: 'Nie Ruoxi', titles: ['deputy secretary of the town party committee', 'town mayor'], roles: ['presided', 'spoke'], note: "Female ('She also made arrangements'); 'required', 'made arrangements' (spoke)." },
      { name: 'Fang Yunhe', titles: ['Town leaders', 'member of the town party committee', 'secretary of the town discipline inspection commission'], roles: ['attended', 'reported'],
        note: "In the 'Town leaders' list; later 'informed the problems found in the inspection' (reported)." },
      { name: 'Xie Minghao', titles: ['Town leaders'], roles: ['attended'] },
      { name: 'Qin Lixia', titles: ['Town leaders', 'member of the town party committee', 'vice mayor'], roles: ['attended', 'reported'], note: "'briefed on the construction of ...' (reported)." },
      { name: 'Zheng Dawei', titles: ['Town leaders'], roles: ['attended'],
        note: "Last name of the 'Town leaders' list, which continues with unnamed groups ('secretaries of the party branches and directors of the village committees of the 14 villages'): those are not titles of the named leaders." },
      { name: 'Geng Xiuyun', titles: ['secretary of the party branch', 'director of the village committee of Shanghe Village'], roles: ['spoke'],
        note: "Two posts joined by ' and '; 'made exchange speeches on behalf of the villages' and 'said' (spoke)." },
      { name: 'Lai Wanqiang', titles: ['secretary of the party branch of Qiaotou Community'], roles: ['spoke'] },
      { name: 'Wei Chunyan', titles: ['Text'], roles: ['byline'], note: "'Text: Town Party and Government Office  Wei Chunyan': the office is not a person." },
      { name: 'Hu Zixiao', titles: ['Photo'], roles: ['byline'] },
    ],
    themes: [
      'happiness courtyards',
      'elderly canteens',
      'three affairs',
      "people's livelihood",
      'on the wall and on the phone',
    ],
    notes: "Town page inside a district government portal (breadcrumb 'Towns and Streets > Dongpo Town'), plain MT. Township work meeting on mutual-aid elderly care and village affairs disclosure: town party secretary speaks, town mayor (female) presides; label 'Town leaders' before a 4-name list that runs on into unnamed groups; two listed leaders report later with their posts; a village secretary with two posts and a community secretary make exchange speeches. Credits 'Text: <office>  X' / 'Photo:'. Look-alikes: 'town mayor' (Nie Ruoxi) vs 'vice mayor' (Qin Lixia); 'secretary of the town party committee' vs 'deputy secretary' vs 'secretary of the town discipline inspection commission' vs 'secretary of the party branch' (different persons and bodies); two 'member of the town party committee' (Fang Yunhe, Qin Lixia).",
  },

  '2112_qizhou_intermediate_court_enforcement_conference': {
    persons: [
      { name: 'Yu Zhenhai', titles: ['Party Group Secretary', "President of the Qizhou Intermediate People's Court"], roles: ['attended', 'spoke'],
        note: "'Party Group Secretary and President of the ... Court' (two posts); 'delivered a speech', 'pointed out', 'emphasized', 'asked' (spoke)." },
      { name: 'Zeng Linhui', titles: ['member of the Party Group', 'Vice President'], roles: ['presided'] },
      { name: 'Bai Qiuyu', titles: ["deputy director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'], note: "'were invited to attend' (attended)." },
      { name: 'Liao Jianguo', titles: ['member of the standing committee of the municipal party committee', 'secretary of the Political and Legal Affairs Commission'], roles: ['attended', 'spoke'],
        note: "' and ' inside 'Political and Legal Affairs Commission' does not split; 'said' (spoke)." },
      { name: 'Gao Yanfei', titles: ['director of the enforcement bureau of the Intermediate Court'], roles: ['reported'] },
      { name: 'Tao Yuqing', titles: ["president of the Huaxi District People's Court"], roles: ['spoke'], note: "'A, post, B, post, and C, post, made exchange speeches' (spoke)." },
      { name: 'Xu Chenglin', titles: ["president of the Beiyang County People's Court"], roles: ['spoke'] },
      { name: 'Ma Lanfang', titles: ["president of the Shimen County People's Court"], roles: ['spoke'] },
      { name: 'Pang Weixing', titles: ['Vice presidents of the Intermediate Court'], roles: ['attended'], note: "Label before a 2-name list ('Vice presidents of the Intermediate Court A and B')." },
      { name: 'Yao Yuxin', titles: ['Vice presidents of the Intermediate Court'], roles: ['attended'] },
      { name: 'Xiong Meiqi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Yin Shaoping', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'enforcement to benefit the people',
      'actual execution rate',
      'last mile',
      'comprehensive governance of enforcement difficulties',
      'old lai',
      'case money',
    ],
    notes: "Intermediate people's court website: city-wide enforcement work promotion meeting. 'Author: Research Office' (an office). Court posts: 'Party Group Secretary and President', 'member of the Party Group and Vice President', bureau director, three basic-court presidents each after the name, label 'Vice presidents of the Intermediate Court' before two names; a people's congress deputy director and the political-legal secretary 'were invited to attend'. Look-alikes: 'President' (Yu Zhenhai) vs 'Vice President' (Zeng Linhui) vs 'Vice presidents of the Intermediate Court' (Pang Weixing, Yao Yuxin): different persons; three 'president of the ... People's Court' of three different basic courts (not duplicates); 'director of the enforcement bureau' vs 'deputy director of the Standing Committee of the Municipal People's Congress' (different bodies).",
  },
};

export const perturbed = {
  '2101_qinglan_county_party_committee_plenary_session': {
    edits: [
      { old: 'Yao Jiancheng asked that all townships', new: 'Yao Jiancheng, county magistrate, asked that all townships' },
      { old: 'work report made by Fu Minghui entrusted', new: 'work report made by Fu Minhui entrusted' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Yao Jiancheng', edit: 0, injected: 'county magistrate',
        orig: { ctx: 'party committee and county head, presided', text: 'county head' },
        description: "Yao Jiancheng presides as 'county head' but is 'county magistrate' in the last paragraph (two translations of the same post 县长)." },
      { kind: 'name_spelling_variant', person: 'Fu Minghui', edit: 1, injected: 'Fu Minhui',
        orig: { ctx: 'Fu Minghui, secretary of the county party committee, made', text: 'Fu Minghui' },
        description: "The county party secretary Fu Minghui is misspelt by one letter ('Fu Minhui') in the paragraph on the work report." },
    ],
  },
  '2102_lanling_governor_inspects_spring_irrigation_port': {
    edits: [
      { old: 'At Shuangcheng port, Governor Zheng toured', new: 'At Shuangcheng port, Vice Governor Zheng toured' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Zheng Haoran', edit: 0, injected: 'Vice Governor',
        orig: { ctx: 'Zheng Haoran, governor of Lanling Province,', text: 'governor of Lanling Province' },
        description: "Zheng Haoran is 'governor of Lanling Province' in the lead but the surname-only reference at the port becomes 'Vice Governor Zheng' (vice vs full rank of the same post; the real Vice-Governor is Xiong Lijun)." },
    ],
  },
  '2103_jinhe_city_business_environment_conference': {
    edits: [
      { old: 'At the meeting, Hong Lizhi, executive vice mayor, reported', new: 'At the meeting, Hong Lizhi, mayor, reported' },
      { old: 'Xu Jianzhang stressed that we should focus', new: 'Xu Jianzhang, Secretary of the Municipal Party Committee, stressed that we should focus' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Hong Lizhi', edit: 0, injected: 'mayor',
        orig: { ctx: 'municipal party committee and mayor, presided', text: 'mayor' },
        description: "Hong Lizhi (one of the 'City leaders', originally executive vice mayor) is called 'mayor', a post only Mao Yunqing holds in this text (the word 'executive vice' dropped)." },
      { kind: 'title_capitalization_inconsistency', person: 'Xu Jianzhang', edit: 1, injected: 'Secretary of the Municipal Party Committee',
        orig: { ctx: 'Xu Jianzhang, secretary of the municipal party committee, attended', text: 'secretary of the municipal party committee' },
        description: "The same post of Xu Jianzhang is written in lower case in the lead and in title case in the injected apposition of his second speech paragraph." },
    ],
  },
  '2104_songyuan_county_private_enterprise_forum': {
    edits: [
      { old: 'Tang Weiguo emphasized that all departments', new: 'Municipal Party Secretary Tang Weiguo emphasized that all departments' },
      { old: 'Ji Wenrong asked that the government', new: 'County Magistrate Ji Wenrong asked that the government' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Tang Weiguo', edit: 0, injected: 'Municipal Party Secretary',
        orig: { ctx: 'County Party Secretary Tang Weiguo attended', text: 'County Party Secretary' },
        description: "Tang Weiguo attends as 'County Party Secretary' but is 'Municipal Party Secretary' two paragraphs later (county vs municipal level of the same post for one person)." },
      { kind: 'title_wording_variant', person: 'Ji Wenrong', edit: 1, injected: 'County Magistrate',
        orig: { ctx: 'County Head Ji Wenrong presided', text: 'County Head' },
        description: "Ji Wenrong presides as 'County Head' but asks as 'County Magistrate' in the last paragraph (two translations of 县长)." },
    ],
  },
  '2105_heyang_county_peoples_congress_session_elections': {
    edits: [
      { old: 'Newly elected county head Zeng Shulan', new: 'Newly elected deputy county head Zeng Shulan' },
      { old: 'Executive chairman of the presidium Fang Dexin presided', new: 'Executive chairman of the presidium Fang Dexing presided' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Zeng Shulan', edit: 0, injected: 'deputy county head',
        orig: { ctx: "Zeng Shulan as county head of Heyang County People's Government", text: "county head of Heyang County People's Government" },
        description: "Zeng Shulan is elected 'county head of Heyang County People's Government' but the next paragraph calls her 'Newly elected deputy county head' (deputy vs full rank of the county government head)." },
      { kind: 'name_spelling_variant', person: 'Fang Dexin', edit: 1, injected: 'Fang Dexing',
        orig: { ctx: 'Fang Dexin, director of the standing', text: 'Fang Dexin' },
        description: "Fang Dexin is misspelt with an extra final g ('Fang Dexing') where he presides as executive chairman of the presidium." },
    ],
  },
  '2106_tongling_city_cppcc_standing_committee_meeting': {
    edits: [
      { old: 'Zhong Yiming stressed that the CPPCC', new: 'Zhong Yiming, Chairman of the CPPCC Tongling Municipal Committee, stressed that the CPPCC' },
      { old: 'At the meeting, Dai Huixin reported', new: 'At the meeting, secretary-general Dai Huixin reported' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Zhong Yiming', edit: 0, injected: 'Chairman of the CPPCC Tongling Municipal Committee',
        orig: { ctx: 'Zhong Yiming, chairman of the CPPCC Tongling Municipal Committee, attended', text: 'chairman of the CPPCC Tongling Municipal Committee' },
        description: "Zhong Yiming's post is 'chairman of ...' in the lead and 'Chairman of ...' (capital C) in the injected apposition of his last paragraph." },
      { kind: 'duplicate_unique_post', person: 'Dai Huixin', edit: 1, injected: 'secretary-general',
        orig: { ctx: 'and secretary-general Tu Yanhong attended', text: 'secretary-general' },
        description: "Dai Huixin (a vice chairperson) is called 'secretary-general' when reporting, a post the lead gives to Tu Yanhong." },
    ],
  },
  '2107_fengjiang_city_discipline_commission_plenary': {
    edits: [
      { old: 'Guo Jinbiao, in his work report, summed up', new: 'Guo Jinbiao, secretary of the county commission for discipline inspection, in his work report, summed up' },
      { old: 'Yue Chengping stressed that the whole city', new: 'Municipal Party Secretary Yue Chengping stressed that the whole city' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Guo Jinbiao', edit: 0, injected: 'secretary of the county commission for discipline inspection',
        orig: { ctx: 'secretary of the municipal commission for discipline inspection and director', text: 'secretary of the municipal commission for discipline inspection' },
        description: "Guo Jinbiao is 'secretary of the municipal commission for discipline inspection' in the lead but 'secretary of the county commission ...' in the paragraph on his report (county vs municipal level)." },
      { kind: 'title_wording_variant', person: 'Yue Chengping', edit: 1, injected: 'Municipal Party Secretary',
        orig: { ctx: 'Yue Chengping, secretary of the municipal party committee, attended', text: 'secretary of the municipal party committee' },
        description: "Yue Chengping's post is 'secretary of the municipal party committee' in the lead and 'Municipal Party Secretary' before his name in the 'stressed' paragraph (same post worded two ways)." },
    ],
  },
  '2108_baishui_county_leading_cadres_meeting_appointment': {
    edits: [
      { old: 'Ma Qinglei required the leading group', new: 'Ma Qinglei, deputy minister of the organization department, required the leading group' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Ma Qinglei', edit: 0, injected: 'deputy minister of the organization department',
        orig: { ctx: 'and minister of the organization department, attended', text: 'minister of the organization department' },
        description: "Ma Qinglei attends as 'minister of the organization department' but is 'deputy minister of the organization department' two paragraphs later (the deputy minister is Feng Yuanzhi)." },
    ],
  },
  '2109_nanqiao_high_tech_zone_working_committee_meeting': {
    edits: [
      { old: 'Kong Xiangrui pointed out that investment', new: 'Kong Xianrui pointed out that investment' },
      { old: 'Huang Yiheng made arrangements', new: 'Huang Yiheng, director of the administrative committee, made arrangements' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Kong Xiangrui', edit: 0, injected: 'Kong Xianrui',
        orig: { ctx: 'High-tech Zone Kong Xiangrui presided', text: 'Kong Xiangrui' },
        description: "Kong Xiangrui loses a letter ('Kong Xianrui') in the 'pointed out' paragraph." },
      { kind: 'title_capitalization_inconsistency', person: 'Huang Yiheng', edit: 1, injected: 'director of the administrative committee',
        orig: { ctx: 'and Director of the Administrative Committee Huang Yiheng', text: 'Director of the Administrative Committee' },
        description: "Huang Yiheng's post is 'Director of the Administrative Committee' (title case) in the lead and 'director of the administrative committee' in the injected apposition of the last paragraph." },
    ],
  },
  '2110_yaozhou_city_standing_committee_flood_safety_literal': {
    edits: [
      { old: 'Vice mayor Gong Jiarui reported', new: 'Mayor Gong Jiarui reported' },
      { old: 'Shi Guanghua asked, municipal', new: 'County head Shi Guanghua asked, municipal' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Gong Jiarui', edit: 0, injected: 'Mayor',
        orig: { ctx: 'deputy secretary, mayor Shi Guanghua', text: 'mayor' },
        description: "Gong Jiarui (vice mayor) is called 'Mayor', the post of Shi Guanghua ('Vice' dropped)." },
      { kind: 'same_person_title_conflict', person: 'Shi Guanghua', edit: 1, injected: 'County head',
        orig: { ctx: 'deputy secretary, mayor Shi Guanghua', text: 'mayor' },
        description: "Shi Guanghua is 'mayor' in the attendance paragraph but 'County head' in the last paragraph (head of a county vs a city government for one person)." },
    ],
  },
  '2111_dongpo_township_village_committee_work_meeting': {
    edits: [
      { old: 'Nie Ruoxi required that all villages', new: 'Nie Ruoxi, town head, required that all villages' },
      { old: 'Geng Xiuyun said that the village', new: 'Geng Xiuyan said that the village' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Nie Ruoxi', edit: 0, injected: 'town head',
        orig: { ctx: 'town party committee and town mayor, presided', text: 'town mayor' },
        description: "Nie Ruoxi presides as 'town mayor' but is 'town head' in the last paragraph (two translations of 镇长)." },
      { kind: 'name_spelling_variant', person: 'Geng Xiuyun', edit: 1, injected: 'Geng Xiuyan',
        orig: { ctx: 'Geng Xiuyun, secretary of the party branch', text: 'Geng Xiuyun' },
        description: "The Shanghe Village secretary Geng Xiuyun becomes 'Geng Xiuyan' (one syllable) in the sentence reporting what she said." },
    ],
  },
  '2112_qizhou_intermediate_court_enforcement_conference': {
    edits: [
      { old: "Xu Chenglin, president of the Beiyang County People's Court", new: "Xu Chenglin, president of the Huaxi District People's Court" },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Xu Chenglin', edit: 0, injected: "president of the Huaxi District People's Court",
        orig: { ctx: "Tao Yuqing, president of the Huaxi District People's Court", text: "president of the Huaxi District People's Court" },
        description: "Copy-paste slip in a list of three basic-court presidents: Xu Chenglin is given Tao Yuqing's post 'president of the Huaxi District People's Court' (one court has one president)." },
    ],
  },
};
