// Source of the holdout15 gold (test/holdout15). `node test/goldkit/build-set.mjs test/holdout15` turns this file
// into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Vice Governor Kong" / "Secretary Zou": every whole-word occurrence of the context
//                makes the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout/README.md, test/holdout2/README.md, test/holdout3/README.md, plus
// the decisions listed in README.md of this folder):
// - "Vice Governor Kong", "Secretary Zou", "Mayor Lan", "Secretary Huang": the surname is the mention; the address
//   form is not a separate title (the full post is always given elsewhere in the same text). No bare surnames.
// - Byline labels are titles ("Staff Reporter", "Reporter", "Photo", "Photographer", "Text", "Editor", "Reviewer",
//   "Review", "Final review", "Responsible editor", "Translator"). "Photo:" inside a picture caption introduces the
//   caption, not a credit. Organisations and newspapers in a credit line ("X / Haizhou Daily") are not persons.
// - Group labels before a list ("Members of the Standing Committee of the Municipal Party Committee", "County
//   leaders", "deputy county heads", "deputy mayors", "Deputy Directors of the Management Committee", "Executive
//   chairmen of the presidium of the session") are titles of every listed person; a plural label after a run of names
//   ("Zhong Weijia, Bai Huiqin and Wen Qiushan are deputy directors of ...") covers that run.
// - Posts split on " and " / ", " ("founder and CEO of Cloudlink Technology" = "founder" + "CEO of Cloudlink
//   Technology"; "vice mayor of Jinshui and secretary of the Party Working Committee of the High-tech Zone").
// - Sentence-initial and mid-sentence casing of one post ("Executive deputy county head" / "executive deputy county
//   head", 1502) are both listed verbatim; they are not a capitalisation inconsistency.
// - Roles: "made a work report", "did work report", "explained", "briefed", "introduced the projects", "announced the
//   decision", "conveyed", "heard the report of", "made statements on the work of" (units' heads), "made a statement on
//   behalf of the villages" = reported; "delivered a speech", "pointed out", "stressed", "asked", "required", "made
//   arrangements", "made arrangement for divided work", "spoke in turn", "spoke on behalf of", "made exchange
//   speeches", "delivered the closing speech" = spoke; "made a statement" by a newly elected / newly appointed leader
//   (a pledge speech) = spoke; "accompanied the inspection", "joined the tour", "were seated on the rostrum",
//   "as a non-voting participant" = attended. A "said" that continues the person's own report adds no separate spoke.
// - Every double-quoted phrase is a theme, except full-sentence direct speech attributed with "said" (1503); also the
//   named sessions, congresses, plenary sessions, thought and a few unquoted policy phrases.

const SC1501 = 'Members of the Standing Committee of the Municipal Party Committee';
const SC1512 = 'Members of the Standing Committee of the Municipal Party Committee';

export const reports = {
  '1501_qingmu_city_party_committee_plenary_session': {
    persons: [
      { name: 'Xiong Jianbo', titles: ['secretary of the municipal party committee'], roles: ['reported', 'spoke'],
        note: "'made a work report on behalf of the Standing Committee' (reported) 'and delivered a speech' (spoke); 'pointed out', 'stressed'; 'He required' is a pronoun." },
      { name: 'Ning Haoran', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['reported'],
        note: "'explained the \"Decision ...\" (draft for discussion)' (reported); 'In his explanation, Ning Haoran said' continues the explanation (no separate spoke)." },
      { name: 'Gong Shuhua', titles: ['deputy secretary of the municipal party committee'], roles: ['presided'],
        note: "Presided over the second plenary meeting; the session as a whole was presided over by the Standing Committee (a body, not a person). Same post wording as Ning Haoran's first post: two deputy secretaries." },
      { name: 'Tao Ruiqing', titles: [SC1501, 'member of the Standing Committee of the Municipal Party Committee', 'secretary-general'], roles: ['attended', 'reported'],
        note: "First in the 5-name list after the title-case plural label; later 'member of the Standing Committee of the Municipal Party Committee and secretary-general' (singular label + post), 'read out the list of candidates' (reported)." },
      { name: 'Mu Xiaolan', titles: [SC1501], roles: ['attended'] },
      { name: 'Fang Deyi', titles: [SC1501], roles: ['attended'] },
      { name: 'Yue Kaiming', titles: [SC1501], roles: ['attended'] },
      { name: 'Lan Chengze', titles: [SC1501], roles: ['attended'] },
      { name: 'Geng Baoshu', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'], note: "'attended as non-voting participants' (attended)." },
      { name: 'Qiu Yanling', titles: ['chairwoman of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Xi Jinping', titles: [], roles: [], note: "Only inside the theme 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era' (a mention all the same)." },
      { name: 'Dai Lingxi', titles: ['Reporter'], roles: ['byline'], note: "'Reporter: Dai Lingxi  Zou Pengfei': two names separated by two spaces under one label." },
      { name: 'Zou Pengfei', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Nie Yuwei', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Sixth Plenary Session of the 13th Qingmu Municipal Committee of the Communist Party of China',
      'Decision of the Qingmu Municipal Committee on Deepening Reform in Key Fields and Building a Modern Industrial System',
      '20th National Congress of the CPC',
      'Third Plenary Session of the 20th CPC Central Committee',
      'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
      'seeking progress while maintaining stability',
      'three major battles',
      '14th Five-Year Plan',
      'industry first, project is king',
      'new quality productive forces',
      'one thing, one time',
      'central eight-point regulations',
    ],
    notes: "Municipal government portal reprinting the city daily: breadcrumb, 'Source / Date / Hits / [Font: Large Medium Small]' line. Plenary session of a municipal party committee: work report of the Standing Committee, explanation of a draft decision, by-election. Title-case plural label before a 5-name list ('Members of the Standing Committee of the Municipal Party Committee Tao Ruiqing, ...'), then the singular lower-case-initial 'member of the Standing Committee of the Municipal Party Committee and secretary-general' for one of them. Two deputy secretaries (Ning Haoran, Gong Shuhua) share a post wording: not an inconsistency. 'secretary of the municipal party committee' (Xiong Jianbo) vs 'deputy secretary' (two others): different persons. The session 'was presided over by the Standing Committee' (a body). Credits 'Reporter: A  B' (two names, one label) and 'Editor:'.",
  },

  '1502_luoxi_county_government_work_conference_literal_mt': {
    persons: [
      { name: 'Hong Zhiwei', titles: ['County party committee secretary'], roles: ['attended', 'spoke'],
        note: "Literal MT 'County party committee secretary Hong Zhiwei attended meeting and speech' (attended, spoke); 'pointed out', 'emphasized'." },
      { name: 'Pang Yuelin', titles: ['County party committee deputy secretary', 'county head'], roles: ['reported'],
        note: "'County party committee deputy secretary, county head Pang Yuelin did work report' (two posts joined by ', ' before the name; reported). The paragraphs 'county head Pang Yuelin looking back the work ... He pointed out ... Pang Yuelin requested' summarise the same work report (no separate spoke)." },
      { name: 'Cai Minghui', titles: ['Executive deputy county head', 'executive deputy county head'], roles: ['presided', 'spoke'],
        note: "Sentence-initial 'Executive deputy county head Cai Minghui presided meeting' and mid-sentence 'Finally, executive deputy county head Cai Minghui asked' (spoke): the same post, capital only because it opens the sentence (both listed verbatim; not a capitalisation inconsistency)." },
      { name: 'Wei Dongsheng', titles: ["County people's congress standing committee director"], roles: ['attended'] },
      { name: 'Liao Shouren', titles: ['county CPPCC chairman'], roles: ['attended'] },
      { name: 'Tu Jinsong', titles: ['county party committee deputy secretary'], roles: ['attended'],
        note: "'county party committee deputy secretary Tu Jinsong etc. county leaders attended meeting': 'etc. county leaders' is the generic 'and other county leaders' (not a title). Same post as Pang Yuelin's first post (two deputy secretaries)." },
      { name: 'Ji Wenting', titles: ['deputy county heads'], roles: ['spoke'], note: "Label 'deputy county heads' before a 3-name list; 'respectively made arrangement for divided work' (spoke)." },
      { name: 'Xia Lianbo', titles: ['deputy county heads'], roles: ['spoke'] },
      { name: 'Ye Guangrong', titles: ['deputy county heads'], roles: ['spoke'] },
      { name: 'Yin Huaqiang', titles: ['County audit bureau director'], roles: ['reported'], note: "'did report about the 2024 audit situation' (reported); the title opens the sentence." },
      { name: 'Lai Xiaojun', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Bai Yuting', titles: ['Editor'], roles: ['byline'] },
      { name: 'Fu Kangping', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'Ten Hundred Thousand Project',
      'project year',
      'tight days',
      'three guarantees',
      '14th Five-Year',
      'seek progress while maintaining stability',
      'central eight regulations',
      'four winds',
    ],
    notes: "County government site, very literal machine translation ('attended meeting and speech', 'did work report', 'presided meeting', 'Meeting on,', 'want to', 'grow 6.1%'). 'Release time / Source / Reading volume' line. All titles before the names in word order ('County party committee deputy secretary, county head Pang Yuelin', 'County people's congress standing committee director Wei Dongsheng'). 'etc. county leaders' is generic. Label 'deputy county heads' before three names. Credits 'Reporter / Editor / Reviewer' at the foot. Look-alikes: 'county head' (Pang Yuelin) vs 'Executive deputy county head' (Cai Minghui) vs 'deputy county heads' (three others): different persons; two county party committee deputy secretaries (Pang Yuelin, Tu Jinsong); 'Executive' / 'executive' of Cai Minghui is sentence-initial capitalisation.",
  },

  '1503_governor_inspects_dongjiang_port_newswire': {
    persons: [
      { name: 'Qin Yuhan', titles: ['Staff Reporter'], roles: ['byline'], note: "'By Staff Reporter Qin Yuhan | Updated: ...' ('By' is not part of the title)." },
      { name: 'Yao Shouli', titles: ['Provincial Governor'], roles: ['spoke'],
        note: "'Provincial Governor Yao Shouli called on ...' (title before the name). Leads the inspection; 'said', 'asked', 'stressed' (spoke). 'the governor' without a name is not a mention. The headline 'Governor urges ...' has no name." },
      { name: 'Kong Weiming', surnameIn: ['Vice Governor Kong'], titles: ['vice governor of Haizhou'], roles: ['attended', 'spoke'],
        note: "'accompanied the inspection' (attended); surname-only 'Vice Governor Kong, who is in charge of transport and commerce, said' (spoke; span = 'Kong'); the address form is not a separate title." },
      { name: 'Zheng Liwen', titles: ['secretary-general of the provincial government'], roles: ['attended'] },
      { name: 'Hu Guodong', titles: ['Party chief of Dongjiang'], roles: ['attended', 'spoke'], note: "Newspaper wording of the municipal party secretary; 'joined the tour' (attended), 'pledged' (spoke)." },
      { name: 'Shi Yingchun', titles: ['mayor of Dongjiang'], roles: ['attended', 'reported'], note: "'briefed the governor on the city's plan' (reported)." },
      { name: 'Gao Peiqi', titles: ['general manager of Dongjiang Port Group'], roles: ['reported'], note: "'told the governor that the terminal handled ...' (a briefing: reported)." },
      { name: 'Tian Zhaohui', titles: ['chairman of the company'], roles: ['reported'], note: "'Haiyun Supply Chain Co, where Tian Zhaohui, chairman of the company, introduced a cold-chain platform' (the post is verbatim 'chairman of the company'; introduced = reported)." },
      { name: 'Feng Jiale', titles: ['Photo'], roles: ['byline'], note: "'Photo: Feng Jiale / Haizhou Daily' (the newspaper is not a person)." },
      { name: 'Jia Ruonan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'new development pattern',
      'high-level opening-up',
      'a strong maritime province',
      'single window',
      'zero accident',
      'project list',
    ],
    notes: "English edition of a provincial newspaper (Haizhou Daily), fluent newswire English: masthead, breadcrumb, headline without a name, 'By Staff Reporter X | Updated:', dateline 'DONGJIANG --'. A governor's inspection tour with accompanying officials (vice governor, secretary-general of the provincial government) and local leaders ('Party chief of Dongjiang', 'mayor of Dongjiang'), enterprise heads and a symposium. 'Provincial Governor' before the name; surname-only 'Vice Governor Kong'. The full-sentence quotation 'Ports are the front door ...' is direct speech (not a theme). Non-persons: DONGJIANG (dateline), Dongjiang Port Container Terminal, Dongjiang Port Group, Haiyun Supply Chain Co. 'Provincial Governor' (Yao Shouli) vs 'vice governor of Haizhou' (Kong Weiming): different persons.",
  },

  '1504_beiyuan_mayor_private_enterprise_forum': {
    persons: [
      { name: 'Zeng Lihua', titles: ['mayor'], roles: ['presided', 'spoke'], note: "Female; name in the headline. 'responded ... and asked' / 'pointed out' / 'She emphasized' (spoke)." },
      { name: 'Tang Kaixuan', titles: ['vice mayor'], roles: ['attended', 'spoke'], note: "'made arrangements on the follow-up handling' (spoke)." },
      { name: 'Yu Shaofeng', titles: ['director of the Municipal Bureau of Industry and Information Technology'], roles: ['reported'], note: "'briefed on the operation ...' (reported). The same bureau is the 'Source:' of the page (not a person)." },
      { name: 'Cao Yimin', titles: ['chairman of Xingrun Textile Co., Ltd.'], roles: ['spoke'] },
      { name: 'Hu Xinyue', titles: ['chairwoman of Green Valley Food Group'], roles: ['spoke'] },
      { name: 'Zhong Peixun', titles: ['president of Hengchuang Auto Parts Co., Ltd.'], roles: ['spoke'] },
      { name: 'Lv Wenhao', titles: ['founder', 'CEO of Cloudlink Technology'], roles: ['spoke'], note: "'founder and CEO of Cloudlink Technology' = two titles joined by ' and '." },
      { name: 'Xia Yuanhang', titles: ['general manager of Xingrun Textile Co., Ltd.'], roles: ['spoke'],
        note: "Same company as Cao Yimin (chairman): chairman and general manager of one company are two different posts, not an inconsistency." },
      { name: 'Ren Yufan', titles: ['secretary-general of the Municipal Federation of Industry and Commerce'], roles: ['attended'] },
      { name: 'Tu Minjie', titles: ['Text'], roles: ['byline'] },
      { name: 'Pang Xiaoyu', titles: ['Photo'], roles: ['byline'] },
    ],
    themes: [
      'our own people',
      'Private Economy Promotion Law',
      'thousand cadres visit ten thousand enterprises',
      'no disturbance unless needed, service on call',
      'Beiyuan Service',
    ],
    notes: "Municipal government portal; mayor's symposium with private entrepreneurs. 'Date / Source / Views' line; 'Text: X   Photo: Y' at the foot. Five entrepreneurs with company posts in one long list ('spoke in turn'), two of the same company (chairman Cao Yimin, general manager Xia Yuanhang). 'mayor' (Zeng Lihua) vs 'vice mayor' (Tang Kaixuan): different persons. 'Heads of the municipal development and reform commission, ...' is collective. Non-persons: Xingrun Textile Co., Ltd., Green Valley Food Group, Hengchuang Auto Parts, Cloudlink Technology.",
  },

  '1505_shiquan_county_peoples_congress_closing_election': {
    persons: [
      { name: 'Yang Zhenhua', titles: ['Executive chairmen of the presidium of the session', "director of the standing committee of the county people's congress"], roles: ['presided', 'spoke'],
        note: "First in the label list 'Executive chairmen of the presidium of the session A, B, C and D were seated on the rostrum'; presided over the closing meeting; 'delivered the closing speech' (spoke)." },
      { name: 'Zhong Weijia', titles: ['Executive chairmen of the presidium of the session', "deputy directors of the standing committee of the county people's congress"], roles: ['attended'],
        note: "The plural label 'deputy directors of the standing committee of the county people's congress' comes in a later sentence ('Zhong Weijia, Bai Huiqin and Wen Qiushan are deputy directors ...'), covering the run of three names." },
      { name: 'Bai Huiqin', titles: ['Executive chairmen of the presidium of the session', "deputy directors of the standing committee of the county people's congress"], roles: ['attended'] },
      { name: 'Wen Qiushan', titles: ['Executive chairmen of the presidium of the session', "deputy directors of the standing committee of the county people's congress"], roles: ['attended'] },
      { name: 'Jia Hongkui', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'] },
      { name: 'Tian Junmin', titles: ['chairman of the county CPPCC'], roles: ['attended'], note: "'and other county leaders attended' is generic." },
      { name: 'Lan Yixuan', titles: ["county head of the Shiquan County People's Government", 'deputy secretary of the county party committee', 'county head'], roles: ['spoke'],
        note: "Female; elected 'as county head of the Shiquan County People's Government' (the post she is elected to is a title), then 'deputy secretary of the county party committee and county head, made a statement' (the pledge speech of a newly elected head: spoke). Took the oath (no role)." },
      { name: 'Yi Shaowen', titles: ['vice county head'], roles: [], note: "Elected 'as vice county head' and took the oath; no meeting role." },
      { name: 'Ma Yuqi', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Xu Chenxi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Pan Shulan', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the 18th Shiquan County People's Congress",
      'one county, one industry',
      'a livable, workable and beautiful Shiquan',
      'democracy, unity, pragmatism and forging ahead',
      'Hundred Counties Project',
      "important thinking on upholding and improving the system of people's congresses",
    ],
    notes: "County people's congress website; closing meeting of a congress session with the election of a county head and a vice county head, oath, statement of the new county head. 'Author: County People's Congress Office' is an office (not a person). Label before a 4-name list ('Executive chairmen of the presidium of the session'); plural label for three of them in a later sentence after the names ('... are deputy directors of ...'). Look-alikes: 'director' (Yang Zhenhua) vs 'deputy directors' (three others) of the same standing committee; 'county head' (Lan Yixuan) vs 'vice county head' (Yi Shaowen): different persons. 'Review:' credit label.",
  },

  '1506_hejin_city_cppcc_session_opening': {
    persons: [
      { name: 'Fu Mingyuan', titles: ['Chairman of the Hejin Municipal Committee of the CPPCC'], roles: ['reported'],
        note: "'delivered the work report of the Standing Committee' (reported); 'Fu Mingyuan said that ...' summarises the report (no separate spoke). Second mention in the picture caption '(Photo: Fu Mingyuan, Chairman of ..., delivers the work report. ...)' with the same title-case post." },
      { name: 'Cao Liwen', titles: ['executive chairwoman of the presidium of the session'], roles: ['presided'] },
      { name: 'Ji Hongyu', titles: ['vice chairman of the Municipal Committee of the CPPCC'], roles: ['reported'], note: "'delivered the report on the proposal work' and 'reported that ...' (reported)." },
      { name: 'Xie Zhenyang', titles: ['secretary of the municipal party committee'], roles: ['attended'], note: "'attended the meeting and congratulated the session' (attended)." },
      { name: 'Kong Linghui', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['attended'] },
      { name: 'Jia Shuying', titles: ["director of the standing committee of the municipal people's congress"], roles: ['attended'] },
      { name: 'Wen Yaxin', titles: ['member of the CPPCC', "director of the pediatrics department of Hejin People's Hospital"], roles: ['spoke'],
        note: "Female; 'spoke on behalf of the members' (spoke); 'She suggested' is a pronoun." },
      { name: 'Chang Haitao', titles: ['Photographer'], roles: ['byline'], note: "'Photographer: Chang Haitao' inside the picture caption; 'Photo:' at the start of the caption introduces the caption, not a credit." },
      { name: 'Yi Mengqi', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Lai Shuhan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the 10th Hejin Municipal Committee of the Chinese People's Political Consultative Conference",
      'Consultation in Hejin',
      "Members' Hall",
      'unity and democracy',
      'building consensus',
      'Hejin River Clear Water Action',
      'a 15-minute medical service circle',
    ],
    notes: "Municipal CPPCC website; opening of a CPPCC session: work report of the Standing Committee by the chairman, report on proposal work by a vice chairman, a member's speech. Title-case 'Chairman of the Hejin Municipal Committee of the CPPCC' twice (lead and picture caption). Picture caption in parentheses with 'Photographer:' inside. Look-alikes: 'Chairman' (Fu Mingyuan) vs 'vice chairman' (Ji Hongyu) vs 'executive chairwoman of the presidium' (Cao Liwen): different persons and posts. 'the responsible comrades of the municipal commission for discipline inspection, ...' is collective.",
  },

  '1507_yanbo_county_discipline_inspection_plenary': {
    persons: [
      { name: 'Zou Jianmin', surnameIn: ['Secretary Zou'], titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'],
        note: "'attended and delivered a speech'; 'fully affirmed', 'pointed out', 'stressed'; surname-only 'Secretary Zou asked' (span = 'Zou')." },
      { name: 'Geng Ruolin', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided'] },
      { name: 'Shi Huaiyu', titles: ['member of the standing committee of the county party committee', 'secretary of the county commission for discipline inspection', 'director of the county supervisory commission'], roles: ['reported'],
        note: "Three posts joined by ', ' and ' and '; 'made a work report on behalf of the Standing Committee of the county commission for discipline inspection' (reported); possessive 'Shi Huaiyu's report said' (span without 's; no separate spoke)." },
      { name: 'Fang Zhiheng', titles: ['County leaders'], roles: ['attended'], note: "Label 'County leaders' before a 4-name list (no separate posts given)." },
      { name: 'Qiu Bingchen', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Xiong Meilan', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Yue Qinghua', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Mao Lizhong', titles: ['deputy secretary of the county commission for discipline inspection'], roles: ['reported'], note: "'conveyed the spirit of ...' (reported)." },
      { name: 'Pan Yuxiao', titles: ['Text'], roles: ['byline'] },
      { name: 'Hu Lanxin', titles: ['Editor'], roles: ['byline'] },
      { name: 'Gao Weiqiang', titles: ['Final review'], roles: ['byline'] },
    ],
    themes: [
      'Fourth Plenary Session of the 15th Yanbo County Commission for Discipline Inspection',
      'Fourth Plenary Session of the 20th Central Commission for Discipline Inspection',
      'Clean Yanbo',
      'central eight-point regulations',
      'three assets',
      'the first responsible person',
      'strict tone, strict measures and strict atmosphere',
      'four supervisions',
      'iron army',
    ],
    notes: "County discipline-inspection website; plenary session of a county commission for discipline inspection. A discipline secretary with three posts; the county party secretary's speech over three paragraphs with a surname-only 'Secretary Zou'. Label 'County leaders' before four names without posts. Look-alikes: 'secretary' (Shi Huaiyu) vs 'deputy secretary' (Mao Lizhong) of the county commission for discipline inspection; 'secretary of the county party committee' (Zou Jianmin) vs 'deputy secretary of the county party committee' (Geng Ruolin); the 'municipal commission for discipline inspection' is named only as a body (its plenary session). 'Source: County Commission for Discipline Inspection' is not a person.",
  },

  '1508_yuhe_city_leading_cadre_announcement_meeting': {
    persons: [
      { name: 'Wei Guoqing', titles: ['deputy minister of the Organization Department of the Provincial Party Committee'], roles: ['reported'],
        note: "'announced the decision of the Provincial Party Committee' and 'introduced the work experience of Ye Chengyu' (reported); 'He said' continues the introduction." },
      { name: 'Ye Chengyu', titles: ['secretary of the Yuhe Municipal Party Committee'], roles: ['spoke'],
        note: "'is appointed secretary of the Yuhe Municipal Party Committee' (the post of the announced decision); 'made a statement' (pledge speech of the newly appointed secretary: spoke). Possessive 'Ye Chengyu's work'." },
      { name: 'Tang Zhiyuan', titles: ['former secretary of the municipal party committee'], roles: ['spoke'],
        note: "The outgoing secretary: 'former secretary of the municipal party committee, made a speech' (spoke). 'former' keeps his post apart from Ye Chengyu's: not a duplicate post." },
      { name: 'Xu Hanlin', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'], note: "Presided; the closing 'Xu Hanlin said that the leading cadres ... should' is his own concluding requirement (spoke)." },
      { name: 'Dai Hongyi', titles: ['director of the First Cadre Division of the Organization Department of the Provincial Party Committee'], roles: ['attended'] },
      { name: 'Cai Shaoping', titles: ["director of the standing committee of the municipal people's congress"], roles: ['attended'] },
      { name: 'Lv Qiongying', titles: ['chairwoman of the municipal CPPCC'], roles: ['attended'], note: "'other members of the leading groups of the city's \"four teams\"' is generic." },
      { name: 'Zheng Xiaomei', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Yin Zhuoqi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Chinese path to modernization',
      'central eight-point regulations',
      'clean, honest and upright',
      'four teams',
    ],
    notes: "City news network; personnel announcement meeting (a new municipal party secretary is appointed by the provincial party committee; the former secretary leaves). 'Comrade X' forms ('Comrade Ye Chengyu', 'Comrade Tang Zhiyuan'): 'Comrade' is not a title. Look-alikes: 'secretary of the Yuhe Municipal Party Committee' (Ye Chengyu, appointed) vs 'former secretary of the municipal party committee' (Tang Zhiyuan): successive holders, not a duplicate post; 'deputy minister' (Wei Guoqing) and 'director of the First Cadre Division' (Dai Hongyi) of the same provincial department. 'Source: Yuhe Daily' is not a person.",
  },

  '1509_shiban_town_flood_control_meeting': {
    persons: [
      { name: 'Mu Jianfeng', titles: ['secretary of the town party committee'], roles: ['attended', 'spoke'], note: "'made a speech', 'pointed out'; 'He stressed' is a pronoun." },
      { name: 'Lan Jingyu', surnameIn: ['Mayor Lan'], titles: ['deputy secretary of the town party committee', 'town mayor'], roles: ['presided', 'spoke'],
        note: "Head of a town government translated 'town mayor'; surname-only 'Mayor Lan required' (spoke; span = 'Lan')." },
      { name: 'Nong Yuanbiao', titles: ["chairman of the town people's congress"], roles: ['attended'] },
      { name: 'Xiong Dali', titles: ['deputy mayors'], roles: ['attended', 'reported'], note: "Label 'deputy mayors' before two names ('deputy mayors Xiong Dali and Niu Shaojie'); 'reported the investigation' (reported)." },
      { name: 'Niu Shaojie', titles: ['deputy mayors'], roles: ['attended', 'reported'] },
      { name: 'Pang Zhicheng', titles: ['minister of the armed forces department'], roles: ['attended', 'spoke'], note: "'made arrangements' (spoke)." },
      { name: 'Tu Guixiang', titles: ['secretary of the party branch of Heping Village'], roles: ['reported'], note: "'made a statement on behalf of the villages' (reported, as the unit statements of test/holdout3)." },
      { name: 'Liao Meiling', titles: ['Editor'], roles: ['byline'] },
      { name: 'Qin Haiyang', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'five-level responsibility system',
      'early warning, early transfer',
      'hear the wind and run ten times in vain',
      'one point, one plan',
    ],
    notes: "Township (town) government page; flood prevention and geological disaster prevention meeting. 'Publisher: Party and Government Office' is an office. 'town mayor' / 'deputy mayors' = heads of a town government. Label 'deputy mayors' before two names, directly followed by another person with a post after the name. Surname-only 'Mayor Lan'. Look-alikes: 'town mayor' (Lan Jingyu) vs 'deputy mayors' (Xiong Dali, Niu Shaojie); secretary (Mu Jianfeng) vs deputy secretary (Lan Jingyu) of the town party committee; 'secretaries and directors of the 14 villages' is collective. Non-persons: Heping Village.",
  },

  '1510_jinshui_hightech_zone_project_signing': {
    persons: [
      { name: 'Zheng Kaiyuan', titles: ['vice mayor of Jinshui', 'secretary of the Party Working Committee of the High-tech Zone'], roles: ['attended', 'spoke'],
        note: "Two posts joined by ' and ' (a city post and a zone post held together); 'welcomed', 'pointed out'; 'He required' is a pronoun." },
      { name: 'Cao Yuntao', titles: ['Director of the Management Committee'], roles: ['presided', 'spoke'],
        note: "Title-case post before the name ('Director of the Management Committee Cao Yuntao presided'); signed the agreements; 'Cao Yuntao said that the zone will implement ...' (spoke)." },
      { name: 'Ren Xiaodong', titles: ['Deputy Directors of the Management Committee'], roles: ['attended'], note: "Title-case plural label before two names." },
      { name: 'Shi Meiyan', titles: ['Deputy Directors of the Management Committee'], roles: ['attended'] },
      { name: 'Gong Zhenyu', titles: ['director of the Investment Promotion Bureau of the zone'], roles: ['reported'], note: "'introduced the projects' (reported). The page 'Author: Investment Promotion Bureau' is the bureau, not a person." },
      { name: 'Wen Boyang', titles: ['general manager of Tongchuan New Energy Technology Co., Ltd.'], roles: ['spoke'], note: "'spoke on behalf of the signing enterprises'; 'He said' continues." },
      { name: 'Yao Lingfei', titles: ['chairwoman of Ruikang Biopharmaceutical Co., Ltd.'], roles: ['attended'] },
      { name: 'Hu Siqi', titles: ['Responsible editor'], roles: ['byline'] },
    ],
    themes: [
      'the sincere attitude of the government',
      'main battlefield',
      'vanguard',
      '3+2',
      'little giant',
      'nanny-style',
      'commitment system',
    ],
    notes: "Development-zone website; centralized signing ceremony of investment projects. 'Posted / Author / Hits' line with a bureau as author. Zone posts: 'secretary of the Party Working Committee of the High-tech Zone', title-case 'Director of the Management Committee' and plural 'Deputy Directors of the Management Committee' before names. Look-alikes: 'Director' (Cao Yuntao) vs 'Deputy Directors' (two others) of the Management Committee; 'director of the Investment Promotion Bureau of the zone' (Gong Zhenyu) is a different body. Non-persons: Tongchuan New Energy Technology Co., Ltd., Ruikang Biopharmaceutical Co., Ltd.",
  },

  '1511_zhangping_city_political_legal_work_conference': {
    persons: [
      { name: 'Huang Qiming', surnameIn: ['Secretary Huang'], titles: ['secretary of the municipal party committee'], roles: ['attended', 'spoke'],
        note: "'attended the meeting and delivered a speech'; 'fully affirmed', 'pointed out'; surname-only 'Secretary Huang stressed' (span = 'Huang'); 'He asked' is a pronoun." },
      { name: 'Guo Yanzhou', titles: ['vice mayor', 'director of the municipal public security bureau'], roles: ['presided', 'reported'],
        note: "Presided; last in the list 'Yi Xiaoran, Mao Shaohua, Liao Jingwen and Guo Yanzhou made statements on the work of ...' (reported)." },
      { name: 'Yao Decheng', titles: ['member of the standing committee of the municipal party committee', 'secretary of the political and legal affairs commission'], roles: ['reported'],
        note: "'made a work report'; possessive 'Yao Decheng's report reviewed ...'." },
      { name: 'Yi Xiaoran', titles: ["president of the municipal intermediate people's court"], roles: ['attended', 'reported'] },
      { name: 'Mao Shaohua', titles: ["chief procurator of the municipal people's procuratorate"], roles: ['attended', 'reported'],
        note: "'made statements' (reported); 'Mao Shaohua said that the procuratorates ...' continues his statement (no separate spoke)." },
      { name: 'Liao Jingwen', titles: ['director of the municipal justice bureau'], roles: ['attended', 'reported'] },
      { name: 'Xi Jinping', titles: [], roles: [], note: "Only inside the theme 'Xi Jinping Thought on the Rule of Law'." },
      { name: 'Xiong Daquan', titles: ['secretary of the political and legal affairs commission of Qiaoxi County'], roles: ['spoke'], note: "'made exchange speeches' (spoke)." },
      { name: 'Ma Ruilan', titles: ['head of the Dongtang police station'], roles: ['spoke'] },
      { name: 'Tian Haoyu', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Ji Shuwen', titles: ['Translator'], roles: ['byline'] },
    ],
    themes: [
      'Fengqiao-style',
      '14th Five-Year Plan',
      'Xi Jinping Thought on the Rule of Law',
      'Fengqiao Experience',
      'keep small matters within the village and big matters within the town',
      'strict management',
    ],
    notes: "Site of a municipal political and legal affairs commission ('Chang'an Net'); citywide political and legal work conference with the court president, chief procurator, public security and justice heads. Posts of courts and procuratorates; a vice mayor who is also police chief; 'Reporter: X   Translator: Y' on one line. Look-alikes: 'secretary of the political and legal affairs commission' (Yao Decheng, municipal) vs 'secretary of the political and legal affairs commission of Qiaoxi County' (Xiong Daquan): different persons at different levels; 'secretary of the municipal party committee' (Huang Qiming) vs 'member of the standing committee of the municipal party committee' (Yao Decheng). Non-persons: Zhangping Chang'an Net, Dongtang police station, Qiaoxi County.",
  },

  '1512_songbai_city_party_standing_committee_meeting': {
    persons: [
      { name: 'Gao Yuanchao', titles: ['secretary of the municipal party committee'], roles: ['presided', 'spoke'], note: "Name in the headline; 'stressed'; 'He required' is a pronoun." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'General Secretary Xi Jinping's important speech' twice; only referred to." },
      { name: 'Yu Jingxian', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['attended', 'reported'], note: "'The meeting heard the report of Yu Jingxian' (reported)." },
      { name: 'Wen Shaoqing', titles: ['deputy secretary of the municipal party committee'], roles: ['attended', 'spoke'], note: "'made arrangements' (spoke)." },
      { name: 'Yue Hongbin', titles: [SC1512], roles: ['attended'], note: "Title-case plural label before a 6-name list." },
      { name: 'Ji Lanfang', titles: [SC1512, 'member of the Standing Committee of the Municipal Party Committee', 'minister of the Organization Department'], roles: ['attended', 'reported'],
        note: "'explained the implementation plan' (reported)." },
      { name: 'Hu Zhenfeng', titles: [SC1512, 'member of the Standing Committee of the Municipal Party Committee', 'executive vice mayor'], roles: ['attended', 'reported'],
        note: "'The meeting also heard the report of Hu Zhenfeng' (reported)." },
      { name: 'Ning Xiaowei', titles: [SC1512], roles: ['attended'] },
      { name: 'Chang Peiyuan', titles: [SC1512], roles: ['attended'] },
      { name: 'Xie Yuying', titles: [SC1512], roles: ['attended'] },
      { name: 'Tu Weixian', titles: ['vice mayor'], roles: ['attended'], note: "'attended as a non-voting participant' (attended)." },
      { name: 'Zhong Yiting', titles: ['Editor'], roles: ['byline'] },
      { name: 'Xia Mingtao', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'seeking progress while maintaining stability, promoting stability through progress, establishing the new before abolishing the old',
      'large-scale equipment renewal and trade-in of consumer goods',
      'last mile',
      'Rural Revitalization Talent Program',
      'rural revitalization',
    ],
    notes: "Municipal government portal (upper-case site name); standing committee meeting of a municipal party committee reviewing the half-year economy. Title-case plural label before a 6-name list, two of whom get singular posts later. 'heard the report of X' (reported). Credits in parentheses '(Editor: X   Review: Y)'. Look-alikes: 'mayor' (Yu Jingxian) vs 'executive vice mayor' (Hu Zhenfeng) vs 'vice mayor' (Tu Weixian): different persons; two deputy secretaries (Yu Jingxian, Wen Shaoqing) with the same wording; the plural label and the singular 'member of the Standing Committee of the Municipal Party Committee'. The meeting itself 'pointed out' (not a person).",
  },
};

export const perturbed = {
  '1501_qingmu_city_party_committee_plenary_session': {
    edits: [
      { old: 'In his explanation, Ning Haoran said', new: 'In his explanation, Vice Mayor Ning Haoran said' },
      { old: 'Tao Ruiqing, member of the Standing', new: 'Tao Ruiqin, member of the Standing' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Ning Haoran', edit: 0, injected: 'Vice Mayor',
        orig: { ctx: 'committee and mayor, explained', text: 'mayor' },
        description: "Ning Haoran explains the draft decision as 'deputy secretary of the municipal party committee and mayor', but three paragraphs later the explanation is attributed to 'Vice Mayor Ning Haoran' (title before the name): vice vs full rank of the same post." },
      { kind: 'name_spelling_variant', person: 'Tao Ruiqing', edit: 1, injected: 'Tao Ruiqin',
        orig: { ctx: 'Tao Ruiqing, Mu Xiaolan', text: 'Tao Ruiqing' },
        description: "Tao Ruiqing, first in the standing-committee list, is spelt 'Tao Ruiqin' (one letter dropped) when he reads out the candidate list." },
    ],
  },
  '1502_luoxi_county_government_work_conference_literal_mt': {
    edits: [
      { old: 'Pang Yuelin requested, whole county', new: 'County magistrate Pang Yuelin requested, whole county' },
      { old: 'Finally, executive deputy county head Cai Minghui asked', new: 'Finally, county head Cai Minghui asked' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Pang Yuelin', edit: 0, injected: 'County magistrate',
        orig: { ctx: 'Meeting on, county head Pang Yuelin', text: 'county head' },
        description: "The same post of Pang Yuelin (县长) is translated 'county head' twice and 'County magistrate' once (two wordings of one post, title before the name)." },
      { kind: 'duplicate_unique_post', person: 'Cai Minghui', edit: 1, injected: 'county head',
        orig: { ctx: 'deputy secretary, county head Pang Yuelin', text: 'county head' },
        description: "The executive deputy county head Cai Minghui is called 'county head' in the last paragraph ('executive deputy' dropped), a post held in this text by Pang Yuelin." },
    ],
  },
  '1503_governor_inspects_dongjiang_port_newswire': {
    edits: [
      { old: 'Vice Governor Kong, who is in charge', new: 'Vice Mayor Kong, who is in charge' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Kong Weiming', edit: 0, injected: 'Vice Mayor',
        orig: { ctx: 'Kong Weiming, vice governor of Haizhou', text: 'vice governor of Haizhou' },
        description: "Kong Weiming accompanies the governor as 'vice governor of Haizhou' (provincial government) but the surname-only reference at the symposium reads 'Vice Mayor Kong' (a municipal post): two incompatible posts for one person." },
    ],
  },
  '1504_beiyuan_mayor_private_enterprise_forum': {
    edits: [
      { old: 'Xia Yuanhang said that the company', new: 'Xia Yuanhang, chairman of Xingrun Textile, said that the company' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Xia Yuanhang', edit: 0, injected: 'chairman of Xingrun Textile',
        orig: { ctx: 'Cao Yimin, chairman of Xingrun Textile Co., Ltd.', text: 'chairman of Xingrun Textile Co., Ltd.' },
        description: "Xia Yuanhang, general manager of Xingrun Textile Co., Ltd., is called 'chairman of Xingrun Textile' in the next paragraph, the post of Cao Yimin (chairman vs general manager of one company confused)." },
    ],
  },
  '1505_shiquan_county_peoples_congress_closing_election': {
    edits: [
      { old: 'Yang Zhenhua delivered the closing speech', new: "Yang Zhenhua, deputy director of the standing committee of the county people's congress, delivered the closing speech" },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Yang Zhenhua', edit: 0, injected: "deputy director of the standing committee of the county people's congress",
        orig: { ctx: "Yang Zhenhua, director of the standing committee of the county people's congress", text: "director of the standing committee of the county people's congress" },
        description: "Yang Zhenhua presides as 'director of the standing committee of the county people's congress' but delivers the closing speech as 'deputy director' of the same standing committee (the rank of his three deputies)." },
    ],
  },
  '1506_hejin_city_cppcc_session_opening': {
    edits: [
      { old: '(Photo: Fu Mingyuan, Chairman of the Hejin Municipal Committee of the CPPCC, delivers', new: '(Photo: Fu Mingyuan, chairman of the Hejin Municipal Committee of the CPPCC, delivers' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Fu Mingyuan', edit: 0, injected: 'chairman of the Hejin Municipal Committee of the CPPCC',
        orig: { ctx: 'Chairman of the Hejin Municipal Committee of the CPPCC, delivered', text: 'Chairman of the Hejin Municipal Committee of the CPPCC' },
        description: "The same post of Fu Mingyuan is title case in the lead ('Chairman of the Hejin Municipal Committee of the CPPCC') and lower case in the picture caption at the foot." },
    ],
  },
  '1507_yanbo_county_discipline_inspection_plenary': {
    edits: [
      { old: 'Zou Jianmin stressed that it is necessary', new: 'County Party secretary Zou Jianmin stressed that it is necessary' },
      { old: "Shi Huaiyu's report said", new: 'The report of Shi Huaiyu, secretary of the municipal commission for discipline inspection, said' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Zou Jianmin', edit: 0, injected: 'County Party secretary',
        orig: { ctx: 'Zou Jianmin, secretary of the county party committee, attended', text: 'secretary of the county party committee' },
        description: "The same post of Zou Jianmin is worded 'secretary of the county party committee' in the lead and 'County Party secretary' before his name in the speech paragraph." },
      { kind: 'same_person_title_conflict', person: 'Shi Huaiyu', edit: 1, injected: 'secretary of the municipal commission for discipline inspection',
        orig: { ctx: 'secretary of the county commission for discipline inspection and director', text: 'secretary of the county commission for discipline inspection' },
        description: "Shi Huaiyu is 'secretary of the county commission for discipline inspection' in the lead but 'secretary of the municipal commission for discipline inspection' in the paragraph on his report (county vs municipal level for one person; the municipal commission is mentioned as a body earlier)." },
    ],
  },
  '1508_yuhe_city_leading_cadre_announcement_meeting': {
    edits: [
      { old: "firmly support Comrade Ye Chengyu's work", new: "firmly support Comrade Ye Chenyu's work" },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Ye Chengyu', edit: 0, injected: 'Ye Chenyu',
        orig: { ctx: 'Ye Chengyu made a statement', text: 'Ye Chengyu' },
        description: "The new secretary Ye Chengyu is spelt 'Ye Chenyu' (one letter dropped) in the mayor's closing remarks, late in the text." },
    ],
  },
  '1509_shiban_town_flood_control_meeting': {
    edits: [
      { old: 'Mayor Lan required', new: 'Deputy Mayor Lan required' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Lan Jingyu', edit: 0, injected: 'Deputy Mayor',
        orig: { ctx: 'and town mayor, presided', text: 'town mayor' },
        description: "Lan Jingyu presides as 'town mayor' but the surname-only reference in the last paragraph reads 'Deputy Mayor Lan' (the rank of Xiong Dali and Niu Shaojie)." },
    ],
  },
  '1510_jinshui_hightech_zone_project_signing': {
    edits: [
      { old: 'Cao Yuntao said that the zone', new: 'Cao Yuntao, director of the management committee, said that the zone' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Cao Yuntao', edit: 0, injected: 'director of the management committee',
        orig: { ctx: 'Director of the Management Committee Cao Yuntao', text: 'Director of the Management Committee' },
        description: "The same post of Cao Yuntao is title case before his name in the lead ('Director of the Management Committee') and all lower case in the apposition of the last paragraph." },
    ],
  },
  '1511_zhangping_city_political_legal_work_conference': {
    edits: [
      { old: 'Liao Jingwen and Guo Yanzhou made statements', new: 'Liao Jingwen and Guo Yanzhuo made statements' },
      { old: 'Mao Shaohua said that the procuratorates', new: 'Procurator-general Mao Shaohua said that the procuratorates' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Guo Yanzhou', edit: 0, injected: 'Guo Yanzhuo',
        orig: { ctx: 'Guo Yanzhou, vice mayor', text: 'Guo Yanzhou' },
        description: "The vice mayor Guo Yanzhou is spelt 'Guo Yanzhuo' (last syllable misspelt, zhou → zhuo) at the end of the list of heads making statements." },
      { kind: 'title_wording_variant', person: 'Mao Shaohua', edit: 1, injected: 'Procurator-general',
        orig: { ctx: "Mao Shaohua, chief procurator of the municipal people's procuratorate", text: "chief procurator of the municipal people's procuratorate" },
        description: "The same post of Mao Shaohua (检察长) is translated 'chief procurator of the municipal people's procuratorate' in the attendance paragraph and 'Procurator-general' before his name later." },
    ],
  },
  '1512_songbai_city_party_standing_committee_meeting': {
    edits: [
      { old: 'and Wen Shaoqing, deputy secretary of the municipal party committee, attended', new: 'and Wen Shaoqing, deputy secretary of the municipal party committee and mayor, attended' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Wen Shaoqing', edit: 0, injected: 'mayor',
        orig: { ctx: 'committee and mayor, and Wen', text: 'mayor' },
        description: "Wen Shaoqing's post is copied from the preceding apposition of Yu Jingxian ('deputy secretary of the municipal party committee and mayor'): the unique post of mayor is given to a second person in the same sentence." },
    ],
  },
};
