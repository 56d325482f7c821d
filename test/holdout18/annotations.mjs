// Source of the eighteenth held-out set gold (test/holdout18). `node test/goldkit/build-set.mjs test/holdout18` turns this
// file into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Secretary Gu": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout/README.md, test/holdout2/README.md, test/holdout3/README.md, plus
// the decisions listed in README.md of this folder):
// - "Secretary Gu" (1809): the surname is the mention; the address form is not a separate title (the full post is
//   given in the same text). No text uses a bare surname without a title.
// - Byline labels are titles ("Reporter", "Photo", "Editor", "Review", "Reviewer", "Correspondent", "Proofreading",
//   "Responsible editor", "Text" + "Photo" for "Text/Photo:"). "Author:" followed directly by the name and the
//   newspaper "By X" give no title; the person keeps the role byline.
// - Group labels before a list are titles of every listed person, verbatim ("County Party Committee Standing
//   Committee members", "Vice Mayors", "County leaders", "City leaders", "Vice chairmen of the municipal CPPCC",
//   "Deputy directors"); generic closing phrases ("and other members of the presidium") are not titles.
// - Occupations are not titles ("a village doctor of Gaotang Village", "a rice farmer"); an NPC deputy ("Deputy" before
//   the name) and a cooperative head hold posts and are titles.
// - Appointment reports (1812): the post a person is appointed to, and the post a person is removed from, are
//   titles of that person (verbatim). Being appointed or taking the oath is none of the five roles (roles []).
// - "accompanied the research" = attended; "introduced" (a briefing on one's own unit or project), "made a statement",
//   "read out", "announced the list", "explained the bill", "written reports ... submitted by" = reported;
//   "made exchange speeches", "spoke as representatives", "spoke on behalf of", "said", "asked", "stressed",
//   "made arrangements", "made requirements", "told reporters, urging" = spoke.
// - A "Name said ..." sentence that continues the person's own report or statement adds no separate `spoke`.
// - Every double-quoted phrase is a theme, except full-sentence direct speech attributed with "said" / "added"
//   (1810 x2); also the named sessions, congresses, campaigns and a few unquoted policy phrases.

export const reports = {
  '1801_ruixi_county_standing_committee_flood_season': {
    persons: [
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'General Secretary Xi Jinping'; only referred to." },
      { name: 'Tan Jingsong', titles: ['secretary of the county party committee'], roles: ['presided', 'spoke'],
        note: "'presided over the meeting and delivered a speech'; 'emphasized', 'stressed' (spoke)." },
      { name: 'Kang Weiming', titles: ['County Party Committee Standing Committee members', 'deputy secretary of the county party committee', 'county head'], roles: ['attended', 'spoke'],
        note: "First in the list after the label 'County Party Committee Standing Committee members' (attended); later 'deputy secretary of the county party committee and county head, made specific arrangements' (spoke); 'Kang Weiming said' in the last paragraph." },
      { name: 'Ding Shuhan', titles: ['County Party Committee Standing Committee members'], roles: ['attended'] },
      { name: 'Xue Chengbo', titles: ['County Party Committee Standing Committee members'], roles: ['attended'] },
      { name: 'Hou Lijun', titles: ['County Party Committee Standing Committee members'], roles: ['attended'] },
      { name: 'Wan Pengfei', titles: ['County Party Committee Standing Committee members'], roles: ['attended'] },
      { name: 'Guan Xiaoyu', titles: ['County Party Committee Standing Committee members'], roles: ['attended'] },
      { name: 'Zhan Yuqing', titles: ["director of the standing committee of the county people's congress"], roles: ['attended'], note: "'attended the meeting as non-voting participants' (attended)." },
      { name: 'Rao Meiyun', titles: ['chairwoman of the county CPPCC'], roles: ['attended'] },
      { name: 'Jing Haitao', titles: ['director of the county emergency management bureau'], roles: ['reported'] },
      { name: 'Cen Xiaolu', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Zuo Yating', titles: ['Editor'], roles: ['byline'] },
      { name: 'Mo Guangming', titles: ['Review'], roles: ['byline'], note: "Credit label 'Review:' (reviewer)." },
    ],
    themes: [
      'people first, life first',
      'preventing big floods, grabbing big dangers and relieving big disasters',
      'call and answer',
      'transfer all that should be transferred, transfer early and transfer fast',
      'Implementation Plan for Ruixi County to Deepen the Construction of Safe Ruixi (2025-2027)',
      'Safe Ruixi',
      'Rule of Law Ruixi',
      'Fengqiao Experience',
    ],
    notes: "County government portal (Ruixi), plain MT: breadcrumb, 'Release date / Source / Hits / [Print] [Close]' line, credits 'Reporter / Editor / Review' at the foot. Standing committee meeting of a county party committee (flood season, safety plan, personnel matters). Label 'County Party Committee Standing Committee members' before a 6-name list whose first name (the county head) gets his full posts later in the text. 'The meeting pointed out / requested' is collective (no person). 'organization department', 'county commission for discipline inspection' are units, not persons. Secretary vs deputy secretary of the county party committee: different persons, not an inconsistency.",
  },

  '1802_baozhou_city_government_executive_meeting': {
    persons: [
      { name: 'Lu Zhiheng', titles: ['Deputy Secretary of the Municipal Party Committee', 'Mayor'], roles: ['presided', 'spoke'],
        note: "Name in the headline as well. 'emphasized' (spoke)." },
      { name: 'Gu Yansheng', titles: ['Member of the Standing Committee of the Municipal Party Committee', 'Executive Vice Mayor'], roles: ['attended', 'spoke'], note: "'requested' (spoke)." },
      { name: 'Shao Kaiyuan', titles: ['Vice Mayors'], roles: ['attended'], note: "Title-case plural label 'Vice Mayors' before a 4-name list." },
      { name: 'Meng Qinglan', titles: ['Vice Mayors'], roles: ['attended', 'spoke'], note: "'pointed out' (spoke)." },
      { name: 'Dong Bin', titles: ['Vice Mayors'], roles: ['attended'] },
      { name: 'Chu Hanwen', titles: ['Vice Mayors'], roles: ['attended'] },
      { name: 'Jiang Runze', titles: ['Secretary-General of the Municipal Government'], roles: ['attended'], note: "Title before the name, joined to the list with 'and'." },
      { name: 'Su Mingrui', titles: ['Director of the Municipal Bureau of Natural Resources and Planning'], roles: ['reported'],
        note: "'The meeting heard the report of X' (reported); 'Su Mingrui said that the bureau will ...' continues the report." },
      { name: 'Yuan Haiping', titles: ['director of the Municipal Market Supervision Administration'], roles: ['reported'] },
      { name: 'Bao Xinlan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Detailed Plan of the Baozhou Old Port Area (Draft)',
      'front hall',
      'large-scale demolition and construction',
      'two responsibilities',
      'Bright Kitchen, Bright Stove',
      'high-standard farmland',
      'first quarter good start',
      'grab the early, grab the fast, grab the actual',
    ],
    notes: "City government portal (Baozhou), plain MT with title-case posts: header, breadcrumb with '|', 'Time / Source / Views / Font size' line, only 'Editor:' at the foot. Executive meeting of a municipal government; name in the headline. 'Executive Vice Mayor' (Gu Yansheng) vs 'Vice Mayors' (four others) vs 'Mayor' (Lu Zhiheng): different persons, not a rank conflict. 'The meeting heard / held / agreed' is collective. 'Heads of relevant municipal departments' generic.",
  },

  '1803_langping_county_work_safety_conference': {
    persons: [
      { name: 'Deng Zhiyuan', titles: ['County party committee secretary'], roles: ['attended', 'spoke'], note: "Literal word-order title before the name; 'attended the meeting and gave a speech'." },
      { name: 'Xing Jianguo', titles: ['County party committee deputy secretary', 'county head'], roles: ['presided', 'spoke'],
        note: "'County party committee deputy secretary, county head Xing Jianguo presided': two posts joined by ', ' before the name. 'asked' (spoke)." },
      { name: 'Lin Shuqin', titles: ['County leaders'], roles: ['attended'], note: "Label 'County leaders' before a 5-name list." },
      { name: 'Hao Deqiang', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Luo Peng', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Cheng Yufang', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Ge Wenbo', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Zhu Hailin', titles: ['member of the standing committee of the county party committee', 'executive deputy county head'], roles: ['reported'],
        note: "'made a work report on work safety' (reported); 'Zhu Hailin said that this year ...' continues his report." },
      { name: 'Xiao Jiarong', titles: ['director of the county emergency management bureau'], roles: ['reported'],
        note: "'read out the commendation notice' (reported). Also the object of the county head's request ('Xiao Jiarong should organize ...')." },
      { name: 'Peng Chunhua', titles: ['general manager of Langping Xinghe Mining Co., Ltd.'], roles: ['reported'], note: "'made a statement on behalf of the enterprises' (reported)." },
      { name: 'Yan Lihong', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Tong Xiaochuan', titles: ['Photo'], roles: ['byline'] },
    ],
    themes: [
      'last mile',
      'development must never be at the cost of sacrificing human life',
      'three musts',
      'three-year action of the fundamental improvement of work safety',
      'two passengers, one danger and one freight',
      'Spring Festival holiday',
      'four no and two direct',
    ],
    notes: "County news site (Langping), plain MT with literal word-order titles before names ('County party committee secretary Deng Zhiyuan', 'County party committee deputy secretary, county head Xing Jianguo'); 'Time / From / Browse' line; credits at the foot. Work safety conference. 'county head' (Xing Jianguo) vs 'executive deputy county head' (Zhu Hailin): different persons, not a rank conflict. The county leaders in the label are not given individual posts. 'The county government signed ...' collective. Non-persons: Langping Xinghe Mining Co., Ltd.",
  },

  '1804_cuiling_city_ecological_inspection_rectification': {
    persons: [
      { name: 'Jin Yuwen', titles: [], roles: ['byline'], note: "'Author: Jin Yuwen' in the header line: a field name, not a credit label (titles [])." },
      { name: 'He Songwei', titles: ['secretary of the municipal party committee', 'first general river chief'], roles: ['attended', 'spoke'],
        note: "Surname He; sentence-initial 'He Songwei pointed out / emphasized'. 'the first general river chief': leading article dropped." },
      { name: 'Qian Yuxiang', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'] },
      { name: 'Ouyang Qiao', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'], note: "Compound surname Ouyang with a one-syllable given name." },
      { name: 'Fan Zhiqiang', titles: ['chairman of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Duan Wenli', titles: ['vice mayor'], roles: ['reported'] },
      { name: 'Liang Baoshan', titles: ['director of the Municipal Ecological Environment Bureau'], roles: ['reported'], note: "'read out' (reported)." },
      { name: 'Chen Keqin', titles: ['secretary of the Shangyuan County Party Committee'], roles: ['reported'], note: "'made statements' (reported), with collective units." },
      { name: 'Mo Tianci', titles: ['Photo'], roles: ['byline'] },
    ],
    themes: [
      'third round of central ecological environmental protection inspection',
      'Cuiling City 2025 Action Plan for the Continuous and Deep Fight of Pollution Prevention and Control',
      'lucid waters and lush mountains are invaluable assets',
      'hard bones',
      'zero tolerance',
      'blue sky, clear water and pure land',
      'green transformation',
    ],
    notes: "Online edition of a city daily (Cuiling Daily): breadcrumb, date line with 'Source / Author:' at the top, 'Photo:' at the foot. Ecological protection conference combined with the central environmental inspection rectification meeting. 'secretary of the municipal party committee' (He Songwei) vs 'secretary of the Shangyuan County Party Committee' (Chen Keqin): different persons at different levels, not an inconsistency. 'mayor' vs 'vice mayor': different persons. 'The leaders of the city ... attended' is generic. Non-persons: Yanhe River, Tanxi District, Cuiling Chemical Industry Park, municipal inspection office.",
  },

  '1805_shiqiao_township_rural_revitalization_promotion': {
    persons: [
      { name: 'Lu Hanqing', titles: ['member of the standing committee of Moyun County Party Committee', 'minister of the organization department'], roles: ['attended', 'spoke'],
        note: "County leader at a township meeting. 'pointed out', 'He asked' (spoke)." },
      { name: 'Ding Chunlei', titles: ['secretary of the township party committee'], roles: ['spoke'], note: "'made a speech', 'stressed' (spoke)." },
      { name: 'Guan Yuqin', titles: ['deputy secretary of the township party committee', 'township head'], roles: ['presided', 'spoke'],
        note: "Female ('She asked'). 'made requirements' (spoke)." },
      { name: 'Tong Jiamiao', titles: ['member of the township party committee', 'deputy township head'], roles: ['reported'] },
      { name: 'Jing Dashan', titles: ['secretary of the party branch of Yangliu Village'], roles: ['spoke'],
        note: "'made exchange speeches respectively' (spoke); 'Jing Dashan said' continues it." },
      { name: 'Ouyang Cuiping', titles: ["director of the villagers' committee of Hetou Village"], roles: ['spoke'], note: "'introduced the experience' continues her exchange speech." },
      { name: 'Yan Shuguang', titles: ['first secretary stationed in Hetou Village'], roles: ['spoke'], note: "Village first secretary (a post, not an occupation); leading article not present." },
      { name: 'Deng Qiaoyun', titles: ['Text', 'Photo'], roles: ['byline'], note: "'(Text/Photo: Deng Qiaoyun ...)': two labels of one person." },
      { name: 'Rao Xinming', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'hundred villages demonstration',
      'hundred villages demonstration, thousand villages improvement',
      'village tourism cooperative',
      'points system',
      'Ten Million Project',
      'empty shell village',
      'first secretaries',
      'party building + industry',
      'one village, one product',
      'two committees',
    ],
    notes: "County government portal, township column (Shiqiao Township, Moyun County), plain MT: breadcrumb, 'Publish time / Information source / Number of visits' line, credits in parentheses at the foot. Township promotion meeting on rural revitalization, with a county standing committee member attending. Village posts (party branch secretary, villagers' committee director, first secretary stationed in the village). 'secretary' vs 'deputy secretary' vs 'member of the township party committee' and 'township head' vs 'deputy township head': different persons. The headline quote 'hundred villages demonstration' is a shortened form of the full project name in the lead; both are listed. Non-persons: Yangliu Village, Hetou Village.",
  },

  '1806_dongxi_city_investment_promotion_conference': {
    persons: [
      { name: 'Zhou Ruiqing', titles: ['secretary of the municipal party committee'], roles: ['attended', 'spoke'] },
      { name: 'Song Lijian', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'], note: "Surname Song. 'asked' (spoke)." },
      { name: 'An Zhiping', titles: ['City leaders'], roles: ['attended'], note: "Surname An. Label 'City leaders' before a 4-name list." },
      { name: 'Jing Xuefei', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Duan Shaoqi', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Lei Zhengdong', titles: ['City leaders', 'secretary of the Party Working Committee', 'director of the Management Committee of Dongxi Economic and Technological Development Zone'], roles: ['attended', 'reported', 'spoke'],
        note: "Last of the 'City leaders' list, then his two development-zone posts ('secretary of the Party Working Committee and director of the Management Committee of ...'); 'introduced the 16 signed projects' (reported); 'Lei Zhengdong said that the development zone will build ...' answers the mayor's request in a later paragraph (spoke)." },
      { name: 'Wu Yifan', titles: ['vice mayor'], roles: ['reported'], note: "'introduced the investment environment' (reported)." },
      { name: 'Cui Haoran', titles: ['chairman of Zhongtai New Materials Group'], roles: ['spoke'], note: "'spoke as representatives of the enterprises'; 'Cui Haoran said' continues." },
      { name: 'Guan Meixin', titles: ['general manager of Hongjing Auto Parts Co., Ltd.'], roles: ['spoke'] },
      { name: 'Zhan Lingyun', titles: ['Text'], roles: ['byline'] },
      { name: 'Kang Yue', titles: ['Photo'], roles: ['byline'] },
      { name: 'Bao Shuting', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      '1+N',
      'one-stop',
      'Dongxi speed',
      'number one project',
      'ballast stone',
      'industrial chain map',
      'new officials should not ignore old accounts',
      'service specialist',
      'have no need to ask for help unless they need it, and be available whenever they need',
      'ready-to-use',
    ],
    notes: "City government portal (Dongxi), plain MT: breadcrumb, 'Date / Source / Hits' line, 'Text / Photo / Editor' at the foot. Investment promotion conference and project signing. Development-zone posts (party working committee secretary, management committee director). 'mayor' vs 'vice mayor': different persons. 'The leaders of the city should go out ...' and 'the main leaders of the counties and parks' are generic. Non-persons: Zhongtai New Materials Group, Hongjing Auto Parts Co., Ltd., Dongxi Economic and Technological Development Zone.",
  },

  '1807_nanmu_county_education_work_conference': {
    persons: [
      { name: 'Rao Jianhua', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'] },
      { name: 'Zhang Weidong', titles: ['deputy secretary of the county party committee', 'county magistrate'], roles: ['presided', 'spoke'] },
      { name: 'Xue Guoqiang', titles: ['County leaders'], roles: ['attended'], note: "Label 'County leaders' before a 3-name list; the later 'County leaders presented certificates' has no names." },
      { name: 'Bao Hongyan', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Hou Zhenfei', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Li Xiaoyan', titles: ['deputy county magistrate'], roles: ['reported'],
        note: "'made a report on the education work' (reported); 'Li Xiaoyan said' continues the report; 'Li Xiaoyan will lead ...' is the object of the county magistrate's request." },
      { name: 'Zhou Yaping', titles: ['director of the county education and sports bureau'], roles: ['reported'], note: "'read out the decision' (reported)." },
      { name: 'Sun Qiaomei', titles: ['principal of Huangtan Town Central Primary School'], roles: ['spoke'], note: "Female; 'spoke on behalf of the commended teachers'; 'Sun Qiaomei said' continues." },
      { name: 'Wan Xiaoqing', titles: ['Correspondent'], roles: ['byline'] },
      { name: 'Yuan Lingfei', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'high-quality and balanced development of compulsory education',
      'guard every child in the mountains',
      'biggest livelihood',
      'cultivating people by virtue',
      'double reduction',
      'county high school revitalization',
    ],
    notes: "County convergence-media site (Nanmu Rong Media Center), plain MT: header, breadcrumb '>>', 'Release time / Source / Reading' line, 'Correspondent / Editor' at the foot. Education work conference with a Teachers' Day commendation. 'county magistrate' (Zhang Weidong) vs 'deputy county magistrate' (Li Xiaoyan): different persons. 'guard every child in the mountains' is a quoted phrase in reported speech (not a full-sentence quotation): a theme. Non-persons: Huangtan Town Central Primary School, 120 commended teachers (collective).",
  },

  '1808_jingbei_city_health_work_conference': {
    persons: [
      { name: 'Yuan Qiming', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['attended', 'spoke'] },
      { name: 'Hao Lixia', titles: ['vice mayor'], roles: ['presided', 'spoke'], note: "Female ('She asked'); 'made arrangements' (spoke)." },
      { name: 'Kang Zhiyuan', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Tan Shulan', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Fan Yufeng', titles: ['Director of the Municipal Health Commission'], roles: ['reported'], note: "Title-case post before the name at the start of a paragraph." },
      { name: 'Cen Zhaohui', titles: ['President of Jingbei First People\'s Hospital'], roles: ['spoke'],
        note: "Title-case post before the name; 'made exchange speeches' and 'introduced the practice' (spoke). Later 'Cen Zhaohui and the heads of the county hospitals will sign ...' (no role)." },
      { name: 'Lu Yanping', titles: ['Secretary of the Party Committee of Jingbei Maternal and Child Health Hospital'], roles: ['spoke'], note: "Hospital party secretary, post before the name." },
      { name: 'Mo Jiawei', titles: [], roles: ['spoke'],
        note: "'Mo Jiawei, a village doctor of Gaotang Village, Shuangmiao Town': an occupation, not a post (titles []), as the herdsmen of holdout3. 'Mo Jiawei said' continues the exchange speech." },
      { name: 'Shen Yiran', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Xiao Mengqi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'one-stop',
      'Internet + nursing service',
      'family doctor contract service',
      'foundation of the national rejuvenation',
      'people-centered',
      'three medical linkage',
      'see a doctor nearby, see a good doctor',
      'Year of Improving Medical Service',
    ],
    notes: "Site of a municipal health commission (Jingbei): 'Current location:' breadcrumb, 'Date / Source / Views' line, credits in parentheses at the foot. Health work conference. Posts before the names in title case at the start of a paragraph and in a list of three speakers whose third is a village doctor (occupation, titles []). 'mayor' vs 'vice mayor': different persons. 'the First People's Hospital' later in the text is a unit. Non-persons: Gaotang Village, Shuangmiao Town.",
  },

  '1809_songhe_city_secretary_research_manufacturing': {
    persons: [
      { name: 'Ge Xinran', titles: ['Reporter'], roles: ['byline'], note: "Credit in the header line ('Source: Songhe Daily   Reporter: Ge Xinran')." },
      { name: 'Gu Chengfeng', surnameIn: ['Secretary Gu'], titles: ['secretary of the municipal party committee'], roles: ['spoke'],
        note: "Name in the headline. Research visit: 'encouraged', 'stressed', 'asked' (spoke); conducting research is none of the five roles. Surname-only 'Secretary Gu asked' and 'Secretary Gu also asked' (span = 'Gu')." },
      { name: 'Lei Mingtao', titles: ['member of the Standing Committee of the Municipal Party Committee', 'secretary-general'], roles: ['attended'], note: "'accompanied the research' (attended)." },
      { name: 'Yan Kaiwen', titles: ['vice mayor'], roles: ['attended'] },
      { name: 'Chu Yunfei', titles: ['chairman of the company'], roles: ['reported'], note: "'introduced that the orders ...' (reported, a briefing on his own company)." },
      { name: 'Zuo Jianping', titles: ['director of the Municipal Bureau of Industry and Information Technology'], roles: ['reported'], note: "'introduced the planning' (reported)." },
      { name: 'Dong Xiaoli', titles: ['secretary of the party branch of Pingtou Village'], roles: ['reported'] },
      { name: 'Jin Shaohua', titles: ['secretary of the Lixi District Committee'], roles: ['attended'], note: "'accompanied the research', in the last paragraph (attended)." },
      { name: 'Bao Kaiyu', titles: ['Editor'], roles: ['byline'] },
      { name: 'Zhan Xiuming', titles: ['Proofreading'], roles: ['byline'] },
    ],
    themes: [
      'specialized, refined, characteristic and novel',
      'little giant',
      'party branch + cooperative + farmers',
      'chain master',
      'new quality productive forces',
      'Ten Million Project',
    ],
    notes: "City news network (Songhe), plain MT: breadcrumb 'Leaders' Activities', 'Posted / Source / Reporter / Page views' line at the top, 'Editor / Proofreading' at the foot. Research visit (inspection) of the city party secretary to a company, an industrial park and a village; name in the headline. Surname-only 'Secretary Gu' twice. 'secretary of the municipal party committee' (Gu) vs 'secretary of the Lixi District Committee' (Jin) vs 'secretary of the party branch of Pingtou Village' (Dong): different persons and bodies. 'the leaders of the district', 'the old people' generic. Non-persons: Songhe Huarui Precision Machinery Co., Ltd., Lixi intelligent equipment industrial park, Pingtou Village, Dongjiao Town.",
  },

  '1810_taobei_county_peoples_congress_session_opening': {
    persons: [
      { name: 'Luo Yixin', titles: [], roles: ['byline'], note: "Newspaper byline 'By Luo Yixin' without a label (titles [])." },
      { name: 'Jiang Wenbin', titles: ["executive chairman of the session's presidium", "director of the Standing Committee of the County People's Congress"], roles: ['presided'] },
      { name: 'Shao Guanghui', titles: ['secretary of the CPC Taobei County Committee'], roles: ['attended', 'spoke'],
        note: "'were seated on the rostrum' (attended); 'Shao Guanghui told reporters, urging deputies ...' in the last paragraph (spoke)." },
      { name: 'Xing Manli', titles: ['chairwoman of the Taobei County Committee of the CPPCC'], roles: ['attended'] },
      { name: 'Wu Liqiong', titles: ['county head'], roles: ['reported'],
        note: "Female; 'delivered the government work report' (reported); 'She said', 'Wu Liqiong said' and the quotation continue the report (no separate spoke)." },
      { name: 'Du Xiaohong', titles: ["deputy director of the standing committee of the county people's congress"], roles: ['reported'], note: "'work report ... delivered by' (reported); 'Du Xiaohong said' continues it." },
      { name: 'Peng Yuan', titles: ["president of the Taobei County People's Court"], roles: ['reported'], note: "'Written reports ... were submitted to the session by' (reported)." },
      { name: 'Lu Sicheng', titles: ["chief procurator of the Taobei County People's Procuratorate"], roles: ['reported'] },
      { name: 'Ding Yuhe', titles: ['Deputy', 'cooperative head from Baishui Township'], roles: ['spoke'],
        note: "'Deputy Ding Yuhe, a rice farmer and cooperative head from Baishui Township': 'Deputy' (NPC deputy) before the name is a post; 'rice farmer' is an occupation (not a title); 'cooperative head from Baishui Township' is a post." },
      { name: 'Lin Haoyu', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the 18th Taobei County People's Congress",
      'around 6 percent',
      'county of high-quality development in the mountain area',
      'good news for grain growers',
      'voice the concerns of the people',
    ],
    notes: "English channel of a county portal (Taobei), fluent edited newswire English: upper-case masthead, 'News | date', headline without a name, 'By X' byline, 'Editor:' at the foot. Opening of a county people's congress session with the government work report. Two full-sentence quotations ('We will spend every penny ...', 'We hope the government ...') are direct speech, not themes. 'director' (Jiang Wenbin) vs 'deputy director of the standing committee of the county people's congress' (Du Xiaohong): different persons. 'other members of the presidium', '216 deputies' are collective. Non-persons: county Grand Theater, Baishui Township, the county's supervisory commission.",
  },

  '1811_feiyun_city_cppcc_session_opening': {
    persons: [
      { name: 'Zhou Yingchun', titles: [], roles: ['byline'], note: "'Author: Zhou Yingchun, Hou Jiale' in the header line: a field name, not a credit label (titles [])." },
      { name: 'Hou Jiale', titles: [], roles: ['byline'] },
      { name: 'Zhang Yunhe', titles: ['secretary of the municipal party committee'], roles: ['attended', 'spoke'], note: "'delivered a speech', 'pointed out', 'hoped' (spoke)." },
      { name: 'Li Jiahao', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['attended'] },
      { name: 'Cheng Yuanzhi', titles: ["director of the standing committee of the municipal people's congress"], roles: ['attended'] },
      { name: 'Ding Qiuyue', titles: ['Vice chairmen of the municipal CPPCC'], roles: ['attended', 'reported'],
        note: "Label 'Vice chairmen of the municipal CPPCC' before a 4-name list ('A, B, C and D and Secretary-General E'); female ('She said'); 'made the work report of the Standing Committee' (reported)." },
      { name: 'Xiao Ruolin', titles: ['Vice chairmen of the municipal CPPCC'], roles: ['attended', 'reported'] },
      { name: 'Sun Hepeng', titles: ['Vice chairmen of the municipal CPPCC'], roles: ['attended', 'reported'], note: "'announced the list' (reported)." },
      { name: 'Qian Meizhu', titles: ['Vice chairmen of the municipal CPPCC'], roles: ['attended'] },
      { name: 'Yan Dongsheng', titles: ['Secretary-General'], roles: ['attended'], note: "'and Secretary-General Yan Dongsheng' after the vice-chairmen list: his own label, not covered by 'Vice chairmen'." },
      { name: 'Han Zhenbang', titles: ['chairman of the municipal CPPCC'], roles: ['presided', 'spoke'], note: "'Han Zhenbang said ... He asked' (spoke)." },
      { name: 'Lei Wanqing', titles: ['Responsible editor'], roles: ['byline'] },
    ],
    themes: [
      "Third Session of the 9th Feiyun Municipal Committee of the Chinese People's Political Consultative Conference",
      'the economy first',
      'make suggestions and contribute strength',
      'building consensus',
      "first session of the 16th Municipal People's Congress",
      '15th Five-Year Plan',
      'perform duties for the people',
    ],
    notes: "Site of a city CPPCC committee (Feiyun): breadcrumb '>>' (the breadcrumb's 'The Third Session of the 9th CPPCC' is page chrome), 'Author / Source / Time / Clicks' line, 'Responsible editor:' at the foot. Opening of a CPPCC session. 'chairman' (Han Zhenbang) vs 'Vice chairmen of the municipal CPPCC' (four others): different persons. 'Members of the Standing Committee of the Municipal Party Committee and the leaders of ...' at the end is generic (no names). Non-persons: Feiyun Conference Center, 378 CPPCC members.",
  },

  '1812_wanhe_city_congress_standing_committee_appointments': {
    persons: [
      { name: 'Tan Huaiyuan', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['presided', 'spoke'] },
      { name: 'Xue Mingfang', titles: ['Deputy directors'], roles: ['attended', 'reported'],
        note: "Label 'Deputy directors' before a 3-name list; 'explained the bill' (reported); 'supervised the oath' (none of the five)." },
      { name: 'Liang Youcai', titles: ['Deputy directors'], roles: ['attended', 'reported'], note: "'made the report of the Legislative Affairs Committee' (reported)." },
      { name: 'Su Jinghua', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Jin Peiwen', titles: ['Secretary-General'], roles: ['attended'] },
      { name: 'Luo Jianbo', titles: ["vice mayor of the Wanhe Municipal People's Government"], roles: [],
        note: "Appointed ('decided to appoint X as ...'): the new post is a title. Took the oath (none of the five roles)." },
      { name: 'Hou Zhiyuan', titles: ['director of the Municipal Education Bureau'], roles: [] },
      { name: 'Song Meixiang', titles: ['director of the Municipal Civil Affairs Bureau'], roles: [] },
      { name: 'Long Haiquan', titles: ['director of the Municipal Civil Affairs Bureau'], roles: [],
        note: "Surname Long. 'removed X from the post of director of the Municipal Civil Affairs Bureau': the former post is a title; Song Meixiang is appointed to the same post in the same sentence (succession, not a duplicate post)." },
      { name: 'An Ruoyu', titles: ['judge of the Wanhe Intermediate People\'s Court'], roles: [] },
      { name: 'Duan Yuxin', titles: ["chief procurator of the Qinggang District People's Procuratorate"], roles: [] },
      { name: 'Cui Yongjun', titles: ['vice mayor'], roles: ['attended'], note: "'attended the meeting as non-voting participants' with unnamed heads of the court and procuratorate." },
      { name: 'Zhan Yiwen', titles: ['Editor'], roles: ['byline'] },
      { name: 'Gu Shaoming', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      "22nd meeting of the Standing Committee of the 17th Wanhe Municipal People's Congress",
      'Regulations on the Protection of the Ancient Canal of Wanhe City',
      'living canal',
      'golden card',
      "take the initiative to accept the supervision of the people's congress",
    ],
    notes: "People's congress website of a city (Wanhe): breadcrumb 'Appointment and Removal', 'Date / Source / Visits' line, 'Editor / Reviewer' at the foot. Closing meeting of a standing committee session with a regulation vote, appointments and removals and a constitutional oath. Appointed / removed posts are titles; Song Meixiang (appointed) and Long Haiquan (removed) share the post 'director of the Municipal Civil Affairs Bureau' as successor and predecessor: not a duplicate post. 'vice mayor of the Wanhe Municipal People's Government' (Luo Jianbo, newly appointed) and 'vice mayor' (Cui Yongjun, sitting): two vice mayors, not an inconsistency. 'director' (Tan) vs 'Deputy directors' (three others): different persons. 'the president of the Intermediate People's Court', 'the chief procurator of the Municipal People's Procuratorate' have no names (not persons).",
  },
};

export const perturbed = {
  '1801_ruixi_county_standing_committee_flood_season': {
    edits: [
      { old: 'Tan Jingsong stressed that the flood control materials', new: 'Tan Jingsong, county Party secretary, stressed that the flood control materials' },
      { old: 'Kang Weiming said that the county government', new: 'Kang Weimin said that the county government' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Tan Jingsong', edit: 0, injected: 'county Party secretary',
        orig: { ctx: 'Tan Jingsong, secretary of the county party committee, presided', text: 'secretary of the county party committee' },
        description: "Tan Jingsong presides as 'secretary of the county party committee' in the lead and is 'county Party secretary' in the injected apposition of the second speech paragraph (two wordings of one post)." },
      { kind: 'name_spelling_variant', person: 'Kang Weiming', edit: 1, injected: 'Kang Weimin',
        orig: { ctx: 'Kang Weiming, deputy secretary of the county party committee', text: 'Kang Weiming' },
        description: "The county head Kang Weiming appears as 'Kang Weimin' (final letter dropped) in the last paragraph." },
    ],
  },
  '1802_baozhou_city_government_executive_meeting': {
    edits: [
      { old: 'Su Mingrui said that the bureau will', new: 'Su Mingrui, Deputy Director of the Municipal Bureau of Natural Resources and Planning, said that the bureau will' },
      { old: 'Gu Yansheng requested that', new: 'Gu Yansheng, executive vice mayor, requested that' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Su Mingrui', edit: 0, injected: 'Deputy Director of the Municipal Bureau of Natural Resources and Planning',
        orig: { ctx: 'Su Mingrui, Director of the Municipal Bureau of Natural Resources and Planning, on', text: 'Director of the Municipal Bureau of Natural Resources and Planning' },
        description: "Su Mingrui reports as 'Director of the Municipal Bureau of Natural Resources and Planning' and, a few sentences later in the same paragraph, is 'Deputy Director' of the same bureau." },
      { kind: 'title_capitalization_inconsistency', person: 'Gu Yansheng', edit: 1, injected: 'executive vice mayor',
        orig: { ctx: 'and Executive Vice Mayor, Vice Mayors', text: 'Executive Vice Mayor' },
        description: "Gu Yansheng's post is 'Executive Vice Mayor' (title case) in the lead and 'executive vice mayor' (lower case) in the injected apposition of the spring-farming paragraph." },
    ],
  },
  '1803_langping_county_work_safety_conference': {
    edits: [
      { old: 'Zhu Hailin said that this year', new: 'Zhu Hailin, county head, said that this year' },
      { old: 'Xiao Jiarong should organize', new: 'Xiao Jiarong, director of the municipal emergency management bureau, should organize' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Zhu Hailin', edit: 0, injected: 'county head',
        orig: { ctx: 'county head Xing Jianguo presided', text: 'county head' },
        description: "The executive deputy county head Zhu Hailin is called 'county head' in a later paragraph; the county head is Xing Jianguo ('County party committee deputy secretary, county head Xing Jianguo')." },
      { kind: 'same_person_title_conflict', person: 'Xiao Jiarong', edit: 1, injected: 'director of the municipal emergency management bureau',
        orig: { ctx: 'Xiao Jiarong, director of the county emergency management bureau', text: 'director of the county emergency management bureau' },
        description: "Xiao Jiarong is 'director of the county emergency management bureau' in the second paragraph and 'director of the municipal emergency management bureau' in the county head's request (county vs municipal level of one bureau)." },
    ],
  },
  '1804_cuiling_city_ecological_inspection_rectification': {
    edits: [
      { old: 'He Songwei emphasized that the city should', new: 'He Songwen emphasized that the city should' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'He Songwei', edit: 0, injected: 'He Songwen',
        orig: { ctx: 'He Songwei, secretary of the municipal party committee', text: 'He Songwei' },
        description: "The municipal party secretary He Songwei is 'He Songwen' (last syllable misspelt: 'wei' / 'wen') at the start of his second speech paragraph." },
    ],
  },
  '1806_dongxi_city_investment_promotion_conference': {
    edits: [
      { old: 'Lei Zhengdong said that the development zone', new: 'Lei Zhengdong, deputy director of the Management Committee of Dongxi Economic and Technological Development Zone, said that the development zone' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Lei Zhengdong', edit: 0, injected: 'deputy director of the Management Committee of Dongxi Economic and Technological Development Zone',
        orig: { ctx: 'Party Working Committee and director of the Management Committee of Dongxi Economic and Technological Development Zone, introduced', text: 'director of the Management Committee of Dongxi Economic and Technological Development Zone' },
        description: "Lei Zhengdong is 'director of the Management Committee of Dongxi Economic and Technological Development Zone' in the second paragraph and 'deputy director' of the same committee near the end." },
    ],
  },
  '1807_nanmu_county_education_work_conference': {
    edits: [
      { old: 'Li Xiaoyan will lead the relevant departments', new: 'Li Xiaoyan, deputy county head, will lead the relevant departments' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Li Xiaoyan', edit: 0, injected: 'deputy county head',
        orig: { ctx: 'Li Xiaoyan, deputy county magistrate, made', text: 'deputy county magistrate' },
        description: "Li Xiaoyan is 'deputy county magistrate' when she reports and 'deputy county head' in the injected apposition of the last paragraph (two translations of one post)." },
    ],
  },
  '1808_jingbei_city_health_work_conference': {
    edits: [
      { old: 'Cen Zhaohui and the heads of the county hospitals', new: "Cen Zhaohui, president of Jingbei First People's Hospital, and the heads of the county hospitals" },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Cen Zhaohui', edit: 0, injected: "president of Jingbei First People's Hospital",
        orig: { ctx: "President of Jingbei First People's Hospital Cen Zhaohui", text: "President of Jingbei First People's Hospital" },
        description: "Cen Zhaohui's post is 'President of Jingbei First People's Hospital' before the name in the exchange-speech paragraph and 'president of Jingbei First People's Hospital' after the name in the last paragraph (capitalisation only)." },
    ],
  },
  '1809_songhe_city_secretary_research_manufacturing': {
    edits: [
      { old: 'Secretary Gu also asked the leaders of the district', new: 'Mayor Gu also asked the leaders of the district' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Gu Chengfeng', edit: 0, injected: 'Mayor',
        orig: { ctx: 'Gu Chengfeng, secretary of the municipal party committee, went', text: 'secretary of the municipal party committee' },
        description: "The municipal party secretary Gu Chengfeng is referred to as 'Mayor Gu' in the surname-only address form of the penultimate paragraph (party secretary and mayor are two different posts held by two persons)." },
    ],
  },
  '1810_taobei_county_peoples_congress_session_opening': {
    edits: [
      { old: 'Du Xiaohong said the standing committee', new: "Du Xiaohong, director of the Standing Committee of the County People's Congress, said the standing committee" },
      { old: 'Shao Guanghui told reporters', new: 'Shao Guanghui, secretary of the municipal Party committee, told reporters' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Du Xiaohong', edit: 0, injected: "director of the Standing Committee of the County People's Congress",
        orig: { ctx: "presidium and director of the Standing Committee of the County People's Congress", text: "director of the Standing Committee of the County People's Congress" },
        description: "The deputy director Du Xiaohong is given the post 'director of the Standing Committee of the County People's Congress', held by Jiang Wenbin, in the apposition after her work report." },
      { kind: 'same_person_title_conflict', person: 'Shao Guanghui', edit: 1, injected: 'secretary of the municipal Party committee',
        orig: { ctx: 'Shao Guanghui, secretary of the CPC Taobei County Committee', text: 'secretary of the CPC Taobei County Committee' },
        description: "Shao Guanghui is 'secretary of the CPC Taobei County Committee' in the second paragraph and 'secretary of the municipal Party committee' in the last paragraph (county vs municipal level for one person)." },
    ],
  },
  '1811_feiyun_city_cppcc_session_opening': {
    edits: [
      { old: 'Han Zhenbang said that the session', new: 'Han Zhenbang, vice chairman of the municipal CPPCC, said that the session' },
      { old: 'Zhang Yunhe delivered a speech.', new: 'Zhang Yunhe, secretary of the CPC Feiyun Municipal Committee, delivered a speech.' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Han Zhenbang', edit: 0, injected: 'vice chairman of the municipal CPPCC',
        orig: { ctx: 'Han Zhenbang, chairman of the municipal CPPCC', text: 'chairman of the municipal CPPCC' },
        description: "Han Zhenbang presides as 'chairman of the municipal CPPCC' and is 'vice chairman of the municipal CPPCC' in the injected apposition two paragraphs later (vice vs full rank of the same body)." },
      { kind: 'title_wording_variant', person: 'Zhang Yunhe', edit: 1, injected: 'secretary of the CPC Feiyun Municipal Committee',
        orig: { ctx: 'Zhang Yunhe, secretary of the municipal party committee', text: 'secretary of the municipal party committee' },
        description: "Zhang Yunhe's post is 'secretary of the municipal party committee' in the second paragraph and 'secretary of the CPC Feiyun Municipal Committee' in the injected apposition of his speech paragraph (two wordings of one post)." },
    ],
  },
  '1812_wanhe_city_congress_standing_committee_appointments': {
    edits: [
      { old: 'Xue Mingfang supervised the oath.', new: 'Xue Minfang supervised the oath.' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Xue Mingfang', edit: 0, injected: 'Xue Minfang',
        orig: { ctx: 'Deputy directors Xue Mingfang', text: 'Xue Mingfang' },
        description: "The deputy director Xue Mingfang (first named in the label list) is 'Xue Minfang' (one letter dropped) in the oath-ceremony paragraph." },
    ],
  },
};
