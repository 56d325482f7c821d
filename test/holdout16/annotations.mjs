// Source of the holdout16 gold (test/holdout16). `node test/goldkit/build-set.mjs test/holdout16` turns this file
// into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Secretary Lin" / "Mayor Xing": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout3/README.md, plus the decisions listed in README.md of this folder):
// - "Secretary Lin", "Secretary Fan", "Secretary Yuan", "Secretary Kang", "Mayor Xing": the surname is the mention; the
//   address form is not a separate title (the full post is always given elsewhere in the same text). No text uses a
//   bare surname without a title word.
// - Group labels before a list ("Members of the Standing Committee of the Municipal Party Committee", "Vice mayors",
//   "deputy county heads", "County leaders", "Municipal leaders", "Vice Chairmen of the Municipal CPPCC", "The executive
//   chairmen of the presidium of the session" -> "executive chairmen of the presidium of the session") are titles of
//   every listed person, verbatim, leading article dropped.
// - Byline labels are titles ("Reporter", "Editor", "Reviewer", "Review", "Text", "Photo", "Photographer", "Editor in
//   charge", "Proofreader", "Staff Reporter", Chinese "编辑"). Field names that are not credit labels give no title:
//   "Author:", "Contributed by", "Reviewed by:"; the person keeps the role byline.
// - Literal MT titles are copied in their word order ("County party committee deputy secretary, county head").
// - Occupations without a post (a school teacher) are not titles; posts in enterprises, schools and hospitals are.
// - Roles: "reported", "conveyed", "read out", "explained the plan", "briefed", "summarized", "made a work report",
//   "introduced the experience / the project", "made the government work report" = reported; "delivered a speech",
//   "pointed out", "stressed", "required", "asked", "made (specific) arrangements", "deploy", "addressed", "urged",
//   "put forward requirements", "made an exchange speech", "spoke as representatives", "said" (own statement) = spoke;
//   "attended", "accompanied the research", "were seated on the rostrum", "attended ... as non-voting participants",
//   "joined the deliberation" = attended. A "said" that continues the person's own report adds no separate spoke.
// - Themes: every double-quoted phrase, except full-sentence direct speech attributed with "said"; also named
//   sessions, congresses and political thought.

const MSC1601 = 'Members of the Standing Committee of the Municipal Party Committee';
const EXE1610 = 'executive chairmen of the presidium of the session';

export const reports = {
  '1601_qingmu_city_party_standing_committee_meeting': {
    persons: [
      { name: 'Lin Zhaokun', surnameIn: ['Secretary Lin'], titles: ['secretary of the municipal party committee'], roles: ['presided', 'spoke'],
        note: "Headline and lead; 'stressed' and surname-only 'Secretary Lin asked' (spoke)." },
      { name: 'Xiao Jianbo', titles: [MSC1601, 'deputy secretary of the municipal party committee', 'mayor'], roles: ['attended', 'reported'],
        note: "In the title-case label list; later 'deputy secretary of the municipal party committee and mayor, conveyed the spirit' (reported)." },
      { name: 'Du Yuhang', titles: [MSC1601, 'executive vice mayor'], roles: ['attended', 'reported'] },
      { name: 'Cen Yuejiao', titles: [MSC1601, 'secretary of the Municipal Commission for Discipline Inspection'], roles: ['attended', 'spoke'],
        note: "'put forward requirements' (spoke)." },
      { name: 'Rao Guoqing', titles: [MSC1601], roles: ['attended'] },
      { name: 'Tong Weimin', titles: [MSC1601, 'minister of the Publicity Department of the Municipal Party Committee'], roles: ['attended', 'reported'] },
      { name: 'Ding Weiqiao', titles: [MSC1601], roles: ['attended'] },
      { name: 'Jing Xuefeng', titles: ['Vice mayors'], roles: ['attended'], note: "Label 'Vice mayors' before a 2-name list; 'as non-voting participants' (attended)." },
      { name: 'Kang Meirong', titles: ['Vice mayors'], roles: ['attended'] },
      { name: 'Bao Zhenhai', titles: ['vice chairman of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Chu Yanting', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Hou Xinyi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Zhan Wenqiang', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'National Two Sessions',
      "Third Session of the 14th National People's Congress",
      '14th Five-Year Plan',
      'high-quality development',
      'red line of 1.8 billion mu of arable land',
      'prevention first, combining prevention and extinguishing',
      'look at the mountains, guard the people and watch the fire',
      'Implementation Opinions on Further Optimizing the Business Environment in Qingmu City (Draft for Review)',
      'Year of Business Environment Improvement',
    ],
    notes: "Municipal portal, ordinary MT: breadcrumb, 'Source / Date / Hits / Font' line, credits 'Reporter / Editor / Reviewer' at the foot. Municipal party standing committee meeting. Title-case label 'Members of the Standing Committee of the Municipal Party Committee' before a 6-name list, label 'Vice mayors' before a 2-name list followed by a third person with his own post. Surname-only 'Secretary Lin'. Look-alikes: 'mayor' (Xiao Jianbo) vs 'executive vice mayor' (Du Yuhang) vs 'Vice mayors' (two others); 'secretary' vs 'deputy secretary of the municipal party committee' (different persons). Non-persons: Qingming Festival, Qingmu Daily.",
  },

  '1602_fenglin_county_government_executive_meeting': {
    persons: [
      { name: 'Zhan Ruoyu', titles: ['county head'], roles: ['presided', 'spoke'], note: "Lower-case post before the name ('county head Zhan Ruoyu presided'); 'pointed out', 'stressed' (spoke)." },
      { name: 'Gu Minghui', titles: ['Executive deputy county head'], roles: ['attended', 'spoke'], note: "Sentence-initial post before the name; 'made arrangements' (spoke)." },
      { name: 'Shao Lijuan', titles: ['deputy county heads'], roles: ['attended', 'spoke'], note: "Plural label before a 4-name list directly after Gu Minghui; 'made arrangements' (spoke)." },
      { name: 'Hao Dingxin', titles: ['deputy county heads'], roles: ['attended', 'reported'], note: "'explained the plan' (reported)." },
      { name: 'Xing Yuanbo', titles: ['deputy county heads'], roles: ['attended'] },
      { name: 'Mo Chunhua', titles: ['deputy county heads'], roles: ['attended'] },
      { name: 'Qian Songbo', titles: ['director of the County Government Office'], roles: ['attended'] },
      { name: 'Zhou Peilan', titles: ['director of the County Finance Bureau'], roles: ['attended', 'reported'], note: "'attended the meeting as non-voting participants' (attended); 'reported the county's fiscal revenue' (reported)." },
      { name: 'Lei Zhengkang', titles: ['director of the County Natural Resources Bureau'], roles: ['attended', 'reported'],
        note: "'The meeting heard the report of Lei Zhengkang' (reported); 'Lei Zhengkang said' continues his report (no separate spoke)." },
      { name: 'Wan Qingyao', titles: ['Editor'], roles: ['byline'] },
      { name: 'Duan Hongtao', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'Regulations on Optimizing the Business Environment of Hunnan Province',
      'three guarantees',
      'non-agriculturalization',
      'Fenglin County Implementation Plan for Water Conservancy Construction in Winter and Spring of 2024-2025',
      'fight the battle of the fourth quarter',
      'national important affair',
      'the strictest farmland protection system',
    ],
    notes: "County government portal, ordinary MT: breadcrumb with '»', 'Release time / Source / Visits 【Print】【Close】'. County government executive meeting. Titles before the names ('county head Zhan Ruoyu', 'Executive deputy county head Gu Minghui', plural 'deputy county heads' + 4 names). Two bureau directors attend as non-voting participants. Look-alikes: 'county head' vs 'Executive deputy county head' vs 'deputy county heads' (different persons); three different 'director of the County ...' posts held by three persons. Non-persons: Hunnan Province, Fenglin County.",
  },

  '1603_shuikou_county_flood_season_safety_conference': {
    persons: [
      { name: 'Cui Mengqi', titles: ['Text'], roles: ['byline'], note: "'Author: Cui Mengqi' in the header (field name, no title) and 'Text: Cui Mengqi' in the credits (title 'Text')." },
      { name: 'Fan Jiawei', surnameIn: ['Secretary Fan'], titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'],
        note: "'attended the meeting and delivered a speech', 'pointed out', 'emphasized' (spoke); surname-only 'the speech of Secretary Fan'." },
      { name: 'Tan Lixin', titles: ['deputy secretary of the county party committee', 'county magistrate'], roles: ['presided', 'spoke'], note: "'required' (spoke)." },
      { name: 'Yuan Kaiming', titles: ['County leaders', 'member of the standing committee of the county party committee', 'executive deputy county magistrate'], roles: ['attended', 'reported', 'spoke'],
        note: "In the 'County leaders' list; 'reported the work safety situation ... and made arrangements' (reported, spoke)." },
      { name: 'Su Xiaoyan', titles: ['County leaders', 'deputy county magistrate'], roles: ['attended', 'reported'] },
      { name: 'Ge Pengfei', titles: ['County leaders'], roles: ['attended'] },
      { name: 'An Mingze', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Jiang Haotian', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Luo Yifan', titles: ['Photo'], roles: ['byline'] },
      { name: 'Meng Zhaoxia', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'safe production month',
      'people first, life first',
      'preventing death and injury',
      'three-day, three-hour, three-minute',
      'closed-loop management',
      'all the people who should be transferred are transferred',
    ],
    notes: "County convergence-media site, ordinary MT; header 'Time / Author / Source / Read', credits 'Text / Photo / Editor' at the foot (the author is also the Text credit). Flood prevention and work safety conference. Label 'County leaders' before a 5-name list, two of whom get posts later. Surname-only 'Secretary Fan'. Units (Huangtan Town, County Emergency Management Bureau, County Water Resources Bureau) made statements: not persons. Look-alikes: 'county magistrate' (Tan Lixin) vs 'executive deputy county magistrate' (Yuan Kaiming) vs 'deputy county magistrate' (Su Xiaoyan); secretary vs deputy secretary of the county party committee (different persons). Non-persons: Xiu River, Huangtan Town.",
  },

  '1604_yanbei_city_ecological_environment_protection_conference': {
    persons: [
      { name: 'Yan Zhiping', titles: ['secretary of the municipal party committee', 'first general river chief'], roles: ['attended', 'spoke'],
        note: "'secretary of the municipal party committee and the first general river chief' = two posts, leading article dropped. 'pointed out', 'emphasized' (spoke)." },
      { name: 'Liang Qiuhong', titles: ['deputy secretary of the municipal party committee', 'mayor', 'general river chief'], roles: ['presided', 'spoke'],
        note: "Three posts joined by ', ' and ' and '. 'required' (spoke)." },
      { name: 'Zuo Wenbin', titles: ['member of the Standing Committee of the Municipal Party Committee', 'vice mayor'], roles: ['spoke'], note: "'made specific arrangements', 'made arrangements ... and required' (spoke)." },
      { name: 'Xue Lianfang', titles: ["vice chairman of the Standing Committee of the Municipal People's Congress"], roles: ['attended'] },
      { name: 'Qian Dechuan', titles: ['vice chairman of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Guan Xiaotong', titles: ['director of the Municipal Ecological Environment Bureau'], roles: ['reported'] },
      { name: 'Jin Fengchi', titles: ['secretary of the Dongshan District Party Committee'], roles: ['reported'],
        note: "Follows the units' 'exchange statements'; 'introduced the experience' (reported)." },
      { name: 'Xi Jinping', titles: [], roles: [], note: "Only inside the theme 'Xi Jinping Thought on Ecological Civilization' (a mention inside a theme counts)." },
      { name: 'Xing Ruolin', titles: ['Editor in charge'], roles: ['byline'], note: "'(Editor in charge: Xing Ruolin)' at the foot." },
    ],
    themes: [
      'look back',
      'river chief + procurator general',
      'Xi Jinping Thought on Ecological Civilization',
      'lucid waters and lush mountains are invaluable assets',
      'ecological priority and green development',
      '14th Five-Year Plan',
      'battle of blue sky, clear water and pure land',
      'clearing the four chaos',
    ],
    notes: "Site of a municipal ecology and environment bureau (upper-case header), ordinary MT. Joint ecological environment conference and general river chief meeting: river chief posts ('first general river chief', 'general river chief') next to the party and government posts. Look-alikes: 'first general river chief' (Yan Zhiping) vs 'general river chief' (Liang Qiuhong) are two different posts of two persons; 'mayor' vs 'vice mayor'; 'secretary' vs 'deputy secretary of the municipal party committee'; 'secretary of the Dongshan District Party Committee' (Jin Fengchi) is a district post, not a second municipal secretary. Non-persons: Dongshan District, Qiaotou County, Yanhe River.",
  },

  '1605_baiyan_county_rural_revitalization_literal_mt': {
    persons: [
      { name: 'Peng Shouyi', titles: ['County party committee secretary'], roles: ['attended', 'spoke'], note: "Literal MT 'attend meeting and speech'; 'point out', 'stress' (spoke)." },
      { name: 'Shen Weiguo', titles: ['County party committee deputy secretary', 'county head'], roles: ['presided', 'spoke'], note: "'preside meeting'; 'require' (spoke)." },
      { name: 'Cheng Yuxia', titles: ['County party committee deputy secretary'], roles: ['attended'] },
      { name: 'Deng Jiashun', titles: ['county party committee standing committee member', 'vice county head'], roles: ['attended', 'reported', 'spoke'],
        note: "'summarize 2024 year ... work' (reported), 'deploy 2025 year key task' (spoke)." },
      { name: 'Hao Renjie', titles: ["county people's congress standing committee director"], roles: ['attended'] },
      { name: 'Gu Tianming', titles: ['county CPPCC chairman'], roles: ['attended'], note: "'etc. county leaders' after his name is generic (not a title)." },
      { name: 'Zuo Haifeng', titles: ['County agriculture rural bureau director'], roles: ['reported'], note: "'read out ... decision' (reported); sentence-initial capital kept verbatim." },
      { name: 'Long Chengfu', titles: ['Gaoping Village party branch secretary'], roles: ['spoke'],
        note: "'Shijing Town, Gaoping Village party branch secretary Long Chengfu make exchange speech': the town before the comma is the location of the village, not a post; 'He say' (pronoun)." },
      { name: 'Bao Xinrui', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Jing Wenhao', titles: ['Photo'], roles: ['byline'] },
      { name: 'Kang Lulu', titles: ['Proofreader'], roles: ['byline'] },
      { name: '陆晓晴', titles: ['编辑'], roles: ['byline'], note: "Untranslated credit '编辑：陆晓晴' with a full-width colon: name in Chinese characters only." },
      { name: 'Dong Qiaohan', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'courtyard economy',
      'three rural',
      'not happen scale return poverty',
      'one village one product',
      'Ten Million Project',
      'two committees',
      'head goose',
    ],
    notes: "County government network, very literal MT (no articles, verbs uninflected: 'attend meeting and speech', 'preside meeting', 'Meeting on,', 'Want to ...'). All posts before the names in word-for-word order; 'etc. county leaders' is generic. Credits in two lines with an untranslated '编辑：陆晓晴'. Two persons share 'County party committee deputy secretary' (Shen Weiguo, Cheng Yuxia): not an inconsistency. 'Leaders give prizes' is generic. Non-persons: Shijing Town, Gaoping Village, Baiyan Rongmei.",
  },

  '1606_xiangmen_city_investment_promotion_conference': {
    persons: [
      { name: 'Ouyang Qian', titles: ['Staff Reporter'], roles: ['byline'], note: "'By Staff Reporter Ouyang Qian | Updated:' ('By' is not part of the title)." },
      { name: 'Song Zhiyuan', titles: ['secretary of the Xiangmen Municipal Committee of the Communist Party of China'], roles: ['spoke'],
        note: "'addressed the conference', 'said' (spoke); 'He said' (pronoun). The full-sentence quotation is not a theme." },
      { name: 'Xing Baolin', surnameIn: ['Mayor Xing'], titles: ['mayor of Xiangmen', 'deputy secretary of the municipal Party committee'], roles: ['presided', 'spoke'],
        note: "'Xing Baolin, mayor of Xiangmen, presided'; surname-only 'Mayor Xing said' (spoke); 'who is also deputy secretary of the municipal Party committee, urged' (spoke)." },
      { name: 'Hao Lijun', titles: ["chairman of the standing committee of the municipal people's congress"], roles: ['attended'] },
      { name: 'Jiang Wenli', titles: ["chairwoman of the municipal committee of the Chinese People's Political Consultative Conference"], roles: ['attended'] },
      { name: 'Tong Jiaxin', titles: ['Vice-Mayor'], roles: ['reported'], note: "Hyphenated newspaper title before the name; 'who is in charge of commerce and investment' is a description; 'briefed' (reported)." },
      { name: 'Zhu Mingkai', titles: ['chairman'], roles: ['spoke'], note: "'Its chairman, Zhu Mingkai, said' (chairman of the company named before)." },
      { name: 'Luo Peiqi', titles: ['general manager of a Hong Kong-funded food company'], roles: ['spoke'], note: "Female; 'spoke on behalf of the invested enterprises' (spoke)." },
      { name: 'Dong Sijia', titles: [], roles: ['byline'], note: "'Contributed by A and B' (field, no title)." },
      { name: 'Lu Haoming', titles: [], roles: ['byline'] },
      { name: 'Cheng Weiyi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'shop assistant',
      'building a unified national market',
      'special team',
      'sincere service and efficient approval',
      'signing means starting construction',
    ],
    notes: "English edition of a city newspaper, fluent edited newswire English: masthead, headline without a name, 'By Staff Reporter X | Updated:', dateline 'XIANGMEN --', 'Contributed by A and B' and 'Editor:' at the foot. Investment promotion conference. Full-sentence quotation 'Investment is the lifeline ...' is direct speech (not a theme). Surname-only 'Mayor Xing'. Look-alikes: 'mayor of Xiangmen' (Xing Baolin) vs 'Vice-Mayor' (Tong Jiaxin), different persons; 'chairman' of a company vs 'chairman of the standing committee of the municipal people's congress' (different bodies). Non-persons: Huaneng Xinyuan Technology, Shenzhen, Hong Kong.",
  },

  '1607_hengling_county_education_work_conference': {
    persons: [
      { name: 'He Jingchuan', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'],
        note: "Surname 'He' sentence-initial ('He Jingchuan pointed out', 'He Jingchuan stressed'); 'delivered a speech', 'pointed out', 'stressed' (spoke)." },
      { name: 'Meng Xiuhua', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'], note: "Female; 'required', 'She said' (spoke)." },
      { name: 'Rao Jinsong', titles: ['County leaders', 'member of the standing committee of the county party committee', 'minister of the propaganda department'], roles: ['attended', 'reported'], note: "'read out the Decision' (reported)." },
      { name: 'Wu Peiyu', titles: ['County leaders', 'vice chairman of the county CPPCC'], roles: ['attended'], note: "In the label list and again at the end with the post." },
      { name: 'Lu Shuyan', titles: ['County leaders', 'deputy county head'], roles: ['attended', 'reported', 'spoke'], note: "'summarized ... and made arrangements' (reported, spoke)." },
      { name: 'Zhu Yiming', titles: ['Principal of Hengling No.1 Middle School'], roles: ['spoke'], note: "Literal order: post before the name; 'spoke as representatives' (spoke)." },
      { name: 'Chen Xiaoru', titles: [], roles: ['spoke'], note: "'teacher of Xiaopo Town Central Primary School Chen Xiaoru': an occupation, not a post (no title)." },
      { name: 'Chen Jialu', titles: ['Text'], roles: ['byline'] },
      { name: 'Zhou Mianmian', titles: ['Photo'], roles: ['byline'] },
      { name: 'Guan Tingting', titles: ['Editor'], roles: ['byline'] },
      { name: 'Xiao Baoguo', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      "Decision on Commending the Advanced Collectives and Advanced Individuals of the County's Education Work in 2024",
      'the great plan of the country and the party',
      'running education that satisfies the people',
      'big class size',
      'double reduction',
    ],
    notes: "County government portal, ordinary MT. County education work conference. Label 'County leaders' before a 3-name list; representatives introduced by post before the name; 'He Jingchuan' with the surname 'He' at sentence starts (no pronoun 'He' in the text except inside his name). Look-alikes: 'county head' (Meng Xiuhua) vs 'deputy county head' (Lu Shuyan); secretary vs deputy secretary of the county party committee. Non-persons: Chengnan Experimental School, Xiaopo Town.",
  },

  '1608_chenghe_city_health_work_conference': {
    persons: [
      { name: 'Shao Weiqing', titles: ['member of the Standing Committee of the Municipal Party Committee', 'vice mayor'], roles: ['attended', 'spoke'] },
      { name: 'Kang Yuanfeng', titles: ['secretary of the Party Group', 'director of the Municipal Health Commission'], roles: ['reported'],
        note: "'made a work report', 'reviewed', 'He arranged the key tasks' inside his report (reported only)." },
      { name: 'Ding Xiaolan', titles: ['deputy director of the Municipal Health Commission'], roles: ['presided'] },
      { name: 'Li Ruomei', titles: ["president of Chenghe First People's Hospital"], roles: ['reported'],
        note: "'introduced the experience' (reported); 'Li Ruomei said' continues her introduction (no separate spoke)." },
      { name: 'Deng Kaixuan', titles: ['director of Xiping County Health Bureau'], roles: ['spoke'], note: "'made an exchange speech' (spoke)." },
      { name: 'Zhan Liqun', titles: ['director of the Municipal Center for Disease Control and Prevention'], roles: ['attended'] },
      { name: 'Tan Yuqing', titles: [], roles: ['byline'], note: "'Author: Tan Yuqing' (field name, no title); 'Submitted by: Office' is a unit." },
      { name: 'Gu Xiaomin', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Healthy Chenghe',
      'one old and one young',
      'Internet + medical services',
      'one-stop',
      'people-centered',
      'the movement of high-quality medical resources to the grassroots',
      'red envelopes',
    ],
    notes: "Site of a municipal health commission, ordinary MT; 'Date | Source | Hits' line, credits 'Submitted by / Author / Editor' at the foot. City health work conference. Look-alikes: 'director' (Kang Yuanfeng) vs 'deputy director of the Municipal Health Commission' (Ding Xiaolan), different persons; four different 'director of ...' posts of four persons. Non-persons: Municipal Conference Center, Xiping County.",
  },

  '1609_suyang_city_party_secretary_inspects_high_tech_zone': {
    persons: [
      { name: 'Xue Mingyue', titles: ['Reporter'], roles: ['byline'], note: "Credits in the header line ('Source / Reporter / Editor / Hits')." },
      { name: 'Lei Xiaoning', titles: ['Editor'], roles: ['byline'] },
      { name: 'Yuan Dingguo', surnameIn: ['Secretary Yuan'], titles: ['secretary of the municipal party committee'], roles: ['spoke'],
        note: "Research visit (not a meeting he presided); 'emphasized', 'told', 'encouraged', 'pointed out', 'stressed' (spoke). Surname-only 'the requirements of Secretary Yuan'." },
      { name: 'Cheng Haiyan', titles: ['member of the Standing Committee of the Municipal Party Committee', 'secretary-general'], roles: ['attended'], note: "'accompanied the research' (attended)." },
      { name: 'Su Wenjie', titles: ['vice mayor', 'secretary of the Party Working Committee of the High-tech Zone'], roles: ['attended', 'spoke'], note: "'accompanied'; 'said' (own statement, spoke)." },
      { name: 'Ge Yuhang', titles: ['chairman of Anrun Auto Parts Co., Ltd.'], roles: [], note: "Only addressed by the secretary; the ', ' inside the company name does not split the title." },
      { name: 'Cui Haibo', titles: ['General manager'], roles: ['reported'], note: "'General manager Cui Haibo introduced' (reported)." },
      { name: 'Jin Zhaolin', titles: ['deputy secretary of the Party Working Committee', 'director of the Management Committee of the High-tech Zone'], roles: ['reported'] },
    ],
    themes: [
      'ballast stone',
      'real project',
      'real economy',
      'little giant',
      'main battlefield',
      'chain leader system',
      'strengthening, supplementing and extending the chain',
      'do not call when there is no matter, and be on call when there is something',
      'cadres entering enterprises',
    ],
    notes: "City news network, ordinary MT; reporter and editor in the header line. Research visit of the municipal party secretary to a high-tech zone, with enterprises and a symposium. Zone posts: 'secretary of the Party Working Committee of the High-tech Zone' (Su Wenjie, also vice mayor) vs 'deputy secretary of the Party Working Committee' and 'director of the Management Committee of the High-tech Zone' (Jin Zhaolin): different posts and persons. Non-persons: Anrun new energy vehicle parts industrial park, Jiahe Biomedicine Company, Municipal Development and Reform Commission.",
  },

  '1610_taobei_county_peoples_congress_session_opening': {
    persons: [
      { name: 'Zhang Rongsheng', titles: [EXE1610, 'executive chairman of the presidium of the session'], roles: ['attended', 'presided'],
        note: "First in the label list 'The executive chairmen of the presidium of the session' (article dropped) and then singular 'executive chairman of the presidium of the session, presided'." },
      { name: 'Lu Guanghui', titles: [EXE1610, 'County leaders', "director of the Standing Committee of the County People's Congress"], roles: ['attended', 'reported'],
        note: "'made the work report of the Standing Committee' (reported); 'joined the deliberation' (attended)." },
      { name: 'Wan Jinhua', titles: [EXE1610, 'County leaders', "president of the County People's Court"], roles: ['attended', 'reported'] },
      { name: 'Shen Qiaoyun', titles: [EXE1610], roles: ['attended'] },
      { name: 'Qian Zhengxiang', titles: [EXE1610], roles: ['attended'] },
      { name: 'Jing Haiping', titles: [EXE1610, 'County leaders', "chief procurator of the County People's Procuratorate"], roles: ['attended', 'reported'] },
      { name: 'Duan Yifeng', titles: ['County leaders', 'secretary of the county party committee'], roles: ['attended'] },
      { name: 'Guan Shaokang', titles: ['County leaders', 'deputy secretary of the county party committee', 'county head'], roles: ['attended', 'reported'], note: "'made the government work report' (reported)." },
      { name: 'Hou Xiuqin', titles: ['County leaders', 'chairman of the county CPPCC'], roles: ['attended'] },
      { name: 'Shao Yunfei', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Lin Qiaoyu', titles: ['Photo'], roles: ['byline'] },
      { name: 'Kang Ruiqi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the 18th Taobei County People's Congress",
      'three major projects',
      'ten practical things for the people',
    ],
    notes: "County people's congress website, ordinary MT. Opening of a county people's congress session: presidium label before a 6-name list, 'County leaders' before a 6-name list (three persons in both lists), work reports of the government, the congress standing committee, the court and the procuratorate. Look-alikes: 'executive chairmen' (label) vs 'executive chairman' (Zhang Rongsheng) in different number; 'the vice county head' to be elected (no person); secretary vs deputy secretary of the county party committee. Non-persons: Xiaohe Town delegation.",
  },

  '1611_pingchuan_city_cppcc_session_closing': {
    persons: [
      { name: 'Tong Xiaowei', titles: [], roles: ['byline'], note: "'Author: Tong Xiaowei' in the header (field name, no title)." },
      { name: 'Zhu Xiangdong', titles: ['Chairman of the Municipal CPPCC'], roles: ['presided', 'spoke'], note: "'In his closing speech, Zhu Xiangdong said', 'He called on' (spoke)." },
      { name: 'Qian Hongying', titles: ['Vice Chairmen of the Municipal CPPCC'], roles: ['attended'], note: "Title-case plural label before a 4-name list; 'were seated on the rostrum' (attended)." },
      { name: 'Luo Dewei', titles: ['Vice Chairmen of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Ge Lianzhu', titles: ['Vice Chairmen of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Deng Mingfang', titles: ['Vice Chairmen of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Xing Weiguo', titles: ['Secretary-General'], roles: ['attended'], note: "'and Secretary-General Xing Weiguo' after the list (secretary-general of the municipal CPPCC)." },
      { name: 'Jiang Shaohua', titles: ['Municipal leaders', 'Secretary of the Municipal Party Committee'], roles: ['attended', 'spoke'] },
      { name: 'Du Ruokun', titles: ['Municipal leaders', 'deputy secretary of the municipal party committee', 'mayor'], roles: ['attended'] },
      { name: 'Lei Xinyan', titles: ['Municipal leaders', "director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'] },
      { name: 'Mo Yiting', titles: ['Photographer'], roles: ['byline'] },
      { name: 'Zuo Peiran', titles: ['Editor in charge'], roles: ['byline'] },
    ],
    themes: [
      'Fourth Session of the 9th Pingchuan Municipal Committee of the CPPCC',
      'building a strong industrial city',
      'the revitalization of the old urban area',
      'specialized consultative body',
      'helping where the work is needed',
      'a meeting of unity, democracy, pragmatism and progress',
      'being a good member',
      'members entering the community',
      'Pingchuan Consultation Hall',
    ],
    notes: "Municipal CPPCC website, ordinary MT, 'Author / Source / Date / Visits' header and 'Photographer / Editor in charge' at the foot. Closing meeting of a municipal CPPCC session. Title case ('Chairman of the Municipal CPPCC', 'Secretary of the Municipal Party Committee') and lower case ('deputy secretary of the municipal party committee and mayor') for different persons. Look-alikes: 'Chairman' vs 'Vice Chairmen of the Municipal CPPCC' (different persons); 'Secretary' vs 'deputy secretary' of the municipal party committee (different persons, different case). The quoted 'a meeting of unity, ...' is a set phrase, not a full sentence. Non-persons: Pingchuan Grand Theater.",
  },

  '1612_jiuxi_county_leading_cadres_meeting_appointment': {
    persons: [
      { name: 'Qian Yuelin', titles: ['member of the Standing Committee of the Dianhe Prefecture Party Committee', 'minister of the Organization Department of the Prefecture Party Committee'], roles: ['attended', 'reported', 'spoke'],
        note: "'read out the decision' (reported); 'fully affirmed ... asked county officials' (spoke)." },
      { name: 'Kang Zhiwei', surnameIn: ['Secretary Kang'], titles: ['member', 'standing committee member', 'secretary of the Jiuxi County Party Committee', 'county Party chief'], roles: ['spoke'],
        note: "New secretary: 'appointed member, standing committee member and secretary of the Jiuxi County Party Committee' = three posts; 'his first speech as county Party chief' (edited-English wording of the same post, given in the announcement). Surname-only 'headed by Secretary Kang'." },
      { name: 'Bao Mingtang', titles: ['secretary of the county party committee', 'vice commissioner of the Dianhe Prefecture Administrative Office'], roles: ['spoke'],
        note: "Outgoing secretary: 'previously served as secretary of the county party committee' (former post) and new post. 'also spoke' (spoke)." },
      { name: 'Tan Shengyu', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'], note: "Passive 'was presided over by'; 'required' (spoke)." },
      { name: 'He Qiuyun', titles: ["chairwoman of the county people's congress standing committee"], roles: ['attended'], note: "Sentence-initial surname 'He'; the text also has the pronoun 'He' at sentence starts (not mentions)." },
      { name: 'Xiao Ruihua', titles: ['chairman of the county CPPCC'], roles: ['attended'] },
      { name: 'Yan Shuting', titles: ['Text'], roles: ['byline'] },
      { name: 'Fan Zhengqi', titles: ['Photo'], roles: ['byline'] },
      { name: 'Wu Ruodan', titles: [], roles: ['byline'], note: "'Reviewed by:' (field name, no title)." },
    ],
    themes: [
      'has firm political beliefs, rich experience at the grassroots and a pragmatic style',
      'learn from the people of Jiuxi, rely on the people of Jiuxi and serve the people of Jiuxi',
      'tea, tourism and border trade',
    ],
    notes: "County official website, edited English (fluent, dateline 'JIUXI, July 3 --'). Meeting of leading cadres announcing the appointment of a new county party secretary. The outgoing secretary's former post 'secretary of the county party committee' (Bao Mingtang) and the new secretary's 'secretary of the Jiuxi County Party Committee' (Kang Zhiwei) are successive holders, stated as such ('previously served', 'will no longer hold his posts'): not a duplicate post. 'county Party chief' is the edited-English wording of Kang Zhiwei's post. Full-sentence quotation 'I will take Jiuxi as my second hometown' is direct speech (not a theme). 'Other county leaders in office', 'Members of the county's four leading bodies' are generic. Non-persons: Dianhe Prefecture, Jiuxi Tea Industrial Park, Dianhe-Jiuxi expressway.",
  },
};

export const perturbed = {
  '1601_qingmu_city_party_standing_committee_meeting': {
    edits: [
      { old: 'Lin Zhaokun stressed that spring', new: 'Lin Zhaokun, Secretary of the Municipal Party Committee, stressed that spring' },
      { old: 'Tong Weimin, minister of the Publicity Department of the Municipal Party Committee, reported', new: 'Tong Weimin, secretary of the Municipal Commission for Discipline Inspection, reported' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Lin Zhaokun', edit: 0, injected: 'Secretary of the Municipal Party Committee',
        orig: { ctx: 'Lin Zhaokun, secretary of the municipal party committee, presided', text: 'secretary of the municipal party committee' },
        description: "Lin Zhaokun's post is lower case in the lead ('secretary of the municipal party committee') and title case in the injected apposition of his speech paragraph (the translator copied the case of the nearby 'Standing Committee of the Municipal Party Committee')." },
      { kind: 'duplicate_unique_post', person: 'Tong Weimin', edit: 1, injected: 'secretary of the Municipal Commission for Discipline Inspection',
        orig: { ctx: 'Cen Yuejiao, secretary of the Municipal Commission for Discipline Inspection, put forward', text: 'secretary of the Municipal Commission for Discipline Inspection' },
        description: "Tong Weimin's post 'minister of the Publicity Department of the Municipal Party Committee' is replaced by the discipline secretary's post, which Cen Yuejiao holds in the next sentence (a unique post given to a second person)." },
    ],
  },
  '1602_fenglin_county_government_executive_meeting': {
    edits: [
      { old: 'Zhou Peilan reported the county', new: 'Zhou Peilan, deputy director of the County Finance Bureau, reported the county' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Zhou Peilan', edit: 0, injected: 'deputy director of the County Finance Bureau',
        orig: { ctx: 'Zhou Peilan, director of the County Finance Bureau, and', text: 'director of the County Finance Bureau' },
        description: "Zhou Peilan attends as 'director of the County Finance Bureau' but reports in the next paragraph as 'deputy director' of the same bureau." },
    ],
  },
  '1603_shuikou_county_flood_season_safety_conference': {
    edits: [
      { old: 'When presiding over the meeting, Tan Lixin required', new: 'When presiding over the meeting, county head Tan Lixin required' },
      { old: 'Fan Jiawei emphasized that', new: 'Fan Jiawen emphasized that' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Tan Lixin', edit: 0, injected: 'county head',
        orig: { ctx: 'party committee and county magistrate, presided', text: 'county magistrate' },
        description: "Tan Lixin is 'county magistrate' in the lead and 'county head' in the last speech paragraph: two translations of the same post (县长)." },
      { kind: 'name_spelling_variant', person: 'Fan Jiawei', edit: 1, injected: 'Fan Jiawen',
        orig: { ctx: 'Fan Jiawei, secretary of the county party committee, attended', text: 'Fan Jiawei' },
        description: "The county party secretary Fan Jiawei is misspelt once as 'Fan Jiawen' (last syllable) at the start of his second speech paragraph." },
    ],
  },
  '1604_yanbei_city_ecological_environment_protection_conference': {
    edits: [
      { old: 'Zuo Wenbin made arrangements for the key work', new: 'Zuo Wenbin, deputy head of Dongshan District, made arrangements for the key work' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Zuo Wenbin', edit: 0, injected: 'deputy head of Dongshan District',
        orig: { ctx: 'Party Committee and vice mayor, made', text: 'vice mayor' },
        description: "Zuo Wenbin is 'vice mayor' (municipal government) in the lead but 'deputy head of Dongshan District' (district government) late in the text: two incompatible government posts at different levels for one person (the district is named earlier in the text)." },
    ],
  },
  '1606_xiangmen_city_investment_promotion_conference': {
    edits: [
      { old: 'Mayor Xing said the city government', new: 'Vice-Mayor Xing said the city government' },
      { old: 'growth," Song Zhiyuan said', new: 'growth," Song Zhiyan said' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Xing Baolin', edit: 0, injected: 'Vice-Mayor',
        orig: { ctx: 'Xing Baolin, mayor of Xiangmen, presided', text: 'mayor of Xiangmen' },
        description: "The mayor Xing Baolin is referred back to as 'Vice-Mayor Xing' (surname-only form, one paragraph after 'Vice-Mayor Tong Jiaxin'): vice rank of his own post." },
      { kind: 'name_spelling_variant', person: 'Song Zhiyuan', edit: 1, injected: 'Song Zhiyan',
        orig: { ctx: 'Song Zhiyuan, secretary', text: 'Song Zhiyuan' },
        description: "The attribution of the party secretary's quotation misspells Song Zhiyuan by one letter as 'Song Zhiyan'." },
    ],
  },
  '1607_hengling_county_education_work_conference': {
    edits: [
      { old: 'He Jingchuan stressed that teachers', new: 'He Jingchuan, county Party secretary, stressed that teachers' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'He Jingchuan', edit: 0, injected: 'county Party secretary',
        orig: { ctx: 'He Jingchuan, secretary of the county party committee, attended', text: 'secretary of the county party committee' },
        description: "He Jingchuan's post is 'secretary of the county party committee' in the lead and 'county Party secretary' in the injected apposition: two wordings of one post." },
    ],
  },
  '1608_chenghe_city_health_work_conference': {
    edits: [
      { old: 'Li Ruomei said that the hospital', new: "Li Ruomei, dean of Chenghe First People's Hospital, said that the hospital" },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Li Ruomei', edit: 0, injected: "dean of Chenghe First People's Hospital",
        orig: { ctx: "Li Ruomei, president of Chenghe First People's Hospital", text: "president of Chenghe First People's Hospital" },
        description: "The hospital head Li Ruomei is 'president' of the hospital in one paragraph and 'dean' of the same hospital in a later one: two translations of 院长." },
    ],
  },
  '1609_suyang_city_party_secretary_inspects_high_tech_zone': {
    edits: [
      { old: 'Su Wenjie said that the high-tech zone', new: 'Su Wenjie, director of the Management Committee of the High-tech Zone, said that the high-tech zone' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Su Wenjie', edit: 0, injected: 'director of the Management Committee of the High-tech Zone',
        orig: { ctx: 'and director of the Management Committee of the High-tech Zone, reported', text: 'director of the Management Committee of the High-tech Zone' },
        description: "Su Wenjie (vice mayor and secretary of the zone's Party Working Committee) is given in the last paragraph the post of director of the zone's Management Committee, which Jin Zhaolin holds." },
    ],
  },
  '1610_taobei_county_peoples_congress_session_opening': {
    edits: [
      { old: 'Lu Guanghui joined the deliberation', new: "Lu Guanghui, director of the Standing Committee of the Municipal People's Congress, joined the deliberation" },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Lu Guanghui', edit: 0, injected: "director of the Standing Committee of the Municipal People's Congress",
        orig: { ctx: "Lu Guanghui, director of the Standing Committee of the County People's Congress, made", text: "director of the Standing Committee of the County People's Congress" },
        description: "Lu Guanghui heads the standing committee of the county people's congress, but is given the municipal-level post of the same body in the afternoon paragraph (county vs municipal level)." },
    ],
  },
  '1611_pingchuan_city_cppcc_session_closing': {
    edits: [
      { old: 'In his closing speech, Zhu Xiangdong said', new: 'In his closing speech, Zhu Xiangdong, chairman of the municipal CPPCC, said' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Zhu Xiangdong', edit: 0, injected: 'chairman of the municipal CPPCC',
        orig: { ctx: 'Zhu Xiangdong, Chairman of the Municipal CPPCC, presided', text: 'Chairman of the Municipal CPPCC' },
        description: "Zhu Xiangdong's post is title case in the lead ('Chairman of the Municipal CPPCC') and lower case in the injected apposition of his closing speech." },
    ],
  },
  '1612_jiuxi_county_leading_cadres_meeting_appointment': {
    edits: [
      { old: 'On behalf of the prefecture party committee, Qian Yuelin fully affirmed', new: 'On behalf of the prefecture party committee, Qian Yuelin, deputy minister of the Organization Department, fully affirmed' },
      { old: 'He described Kang Zhiwei as', new: 'He described Kang Zhiwen as' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Qian Yuelin', edit: 0, injected: 'deputy minister of the Organization Department',
        orig: { ctx: 'and minister of the Organization Department of the Prefecture Party Committee, attended', text: 'minister of the Organization Department of the Prefecture Party Committee' },
        description: "Qian Yuelin reads out the decision as 'minister of the Organization Department of the Prefecture Party Committee' but is 'deputy minister of the Organization Department' in the next paragraph (same department, lower rank)." },
      { kind: 'name_spelling_variant', person: 'Kang Zhiwei', edit: 1, injected: 'Kang Zhiwen',
        orig: { ctx: 'In his first speech as county Party chief, Kang Zhiwei said', text: 'Kang Zhiwei' },
        description: "The new secretary Kang Zhiwei is misspelt once as 'Kang Zhiwen' (last syllable) in the minister's description of him." },
    ],
  },
};
