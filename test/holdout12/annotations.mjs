// Source of the twelfth held-out set gold (test/holdout12). `node test/goldkit/build-set.mjs test/holdout12` turns this
// file into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Secretary Cen" / "Secretary Zuo": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout3/README.md, plus the decisions listed in README.md of this folder):
// - "Secretary Cen" (1201), "Secretary Zuo" (1205): the surname is the mention; the address form is not a separate title.
//   No text uses a bare surname without a title (the edited-English report 1210 repeats the full name).
// - Group labels before a list are titles of every listed person ("Members of the Standing Committee of the Municipal
//   Party Committee", "Deputy county magistrates", "County leaders", "Executive chairpersons of the presidium",
//   "Deputy directors", "Leaders"); a label after a run of names covers that run ("the executive chairpersons of the
//   conference", 1208).
// - Byline labels are titles ("Reporter", "Photo", "Text", "Editor", "Proofreader", "Reviewer", "Review", "Correspondent");
//   "By X" (1207, 1210) gives no title (the person keeps the role byline).
// - Occupations are not titles: "monitoring households" (1205), "Teachers" / "mathematics teacher" (1210),
//   "Village doctor" (1211). Honorifics are not titles ("Comrade Xi Jinping", 1207).
// - Posts of appointment decisions (1209) are titles of the appointee; the post someone is removed from is a title of
//   the removed person (his former post); he has roles [].
// - Roles: "made the work report", "reported", "introduced", "explained the plan / the relevant situation", "informed",
//   "did report", "did statement", "read out", "announced the decision", "supplemented the situation", "delivered the
//   work report of the court", "released the list" = reported; "delivered a speech", "pointed out", "stressed",
//   "asked", "made arrangements", "put forward opinions", "made speeches as representatives", "made an exchange speech",
//   "spoke on behalf of", "said" = spoke; "accompanied", "were seated", "took seats on the rostrum", "sat in the front
//   row", "as non-voting participants", "signed", "took the oath", "received awards" = attended.
//   A "said" sentence that continues the person's own report or unit statement adds no separate `spoke`.
// - Themes: every double-quoted phrase except full-sentence direct speech (1210), plus the named sessions, conferences,
//   plans and regulations.

const MSC = 'Members of the Standing Committee of the Municipal Party Committee';
const msc = 'member of the Standing Committee of the Municipal Party Committee';

export const reports = {
  '1201_tanxi_city_party_standing_committee_meeting': {
    persons: [
      { name: 'Cen Haoming', surnameIn: ['Secretary Cen'], titles: ['secretary of the municipal party committee'], roles: ['presided', 'spoke'],
        note: "Name in the headline. 'Secretary Cen stressed' (surname-only, span = 'Cen'); 'Cen Haoming pointed out' (spoke)." },
      { name: 'Gu Wenting', titles: [MSC, 'deputy secretary of the municipal party committee', 'mayor'], roles: ['attended', 'spoke'],
        note: "First of the 6-name list after the title-case label; later 'deputy secretary of the municipal party committee and mayor, made arrangements' (spoke)." },
      { name: 'Xue Zhaopeng', titles: [MSC, msc, 'executive vice mayor'], roles: ['attended', 'reported'],
        note: "'The meeting heard the report of Xue Zhaopeng, ...' (reported)." },
      { name: 'Lei Shuhang', titles: [MSC, msc, 'secretary-general'], roles: ['attended', 'reported'], note: "'explained the plan' (reported)." },
      { name: 'Bao Yunxi', titles: [MSC, msc, 'head of the Organization Department'], roles: ['attended', 'reported'],
        note: "'explained the relevant situation' (reported)." },
      { name: 'Qian Molin', titles: [MSC, msc, 'secretary of the Municipal Commission for Discipline Inspection'], roles: ['attended', 'spoke'],
        note: "'made arrangements for the supervision' (spoke), 'put forward opinions' (spoke); his posts are given only in the last paragraph." },
      { name: 'Tong Xiaoyu', titles: [MSC, msc, 'minister of the United Front Work Department'], roles: ['attended', 'reported'] },
      { name: 'Zhan Guoliang', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'], note: "'as non-voting participants' (attended)." },
      { name: 'Ding Ruqing', titles: ['chairman of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: 'Only referred to.' },
      { name: 'Hou Jiaxin', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Zuo Mingyue', titles: ['Editor'], roles: ['byline'] },
      { name: 'Jing Ruoqiu', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'National Two Sessions',
      'Spring Action',
      'new quality productive forces',
      'lifeline',
      'leaders lead the team to attract investment',
      'one thing at a time',
      'good start',
    ],
    notes: "Municipal government portal (Tanxi), plain MT: breadcrumb, 'Source / Release time / Views' line, credits in parentheses at the foot ('Reporter / Editor / Reviewer'). Meeting of the standing committee of a municipal party committee. Title-case label 'Members of the Standing Committee of the Municipal Party Committee' before a 6-name list; five of them get their singular title-case 'member of the Standing Committee ...' plus a lower-case post later. The mayor is in the label list. Surname-only 'Secretary Cen'. 'The meeting pointed out / held' is the meeting, not a person. 'secretary of the municipal party committee' (Cen) vs 'deputy secretary of the municipal party committee' (Gu), 'mayor' (Gu) vs 'executive vice mayor' (Xue): different persons. 'Tanxi businessmen' is collective.",
  },

  '1202_fengyu_county_government_executive_meeting': {
    persons: [
      { name: 'Kang Mingze', titles: ['deputy secretary of the county party committee', 'county magistrate'], roles: ['presided', 'spoke'],
        note: "'emphasized', 'He asked' (spoke)." },
      { name: 'Shao Wenbo', titles: ['Deputy county magistrates'], roles: ['attended'], note: "Label before a 4-name list at the start of a sentence; also named in the county magistrate's request at the end (no role of his own)." },
      { name: 'Mo Jingyi', titles: ['Deputy county magistrates'], roles: ['attended', 'reported'], note: "'Mo Jingyi reported the preparation of flood control' (reported)." },
      { name: 'Wan Hexiang', titles: ['Deputy county magistrates'], roles: ['attended', 'spoke'], note: "'made arrangements for the next step' (spoke)." },
      { name: 'Lu Peiyuan', titles: ['Deputy county magistrates'], roles: ['attended'] },
      { name: 'Ouyang Lisha', titles: ['director of the County Government Office'], roles: ['attended'], note: 'Compound surname Ouyang.' },
      { name: 'Rao Dexin', titles: ['director of the County Natural Resources Bureau'], roles: ['reported'], note: "'The meeting heard the report of Rao Dexin' (reported)." },
      { name: 'Jin Haoxuan', titles: ['director of the County Market Supervision Administration'], roles: ['reported'] },
      { name: 'Dong Shiyun', titles: ['Editor'], roles: ['byline'] },
      { name: 'Su Manqing', titles: ['Proofreader'], roles: ['byline'] },
    ],
    themes: [
      'three no',
      'non-agriculturalization',
      'non-grain',
      'field chief system',
      'bright kitchen and bright stove',
      'Fengyu County Implementation Plan for the Renovation of Rural Dilapidated Houses in 2025',
    ],
    notes: "County government portal (Fengyu), plain MT: 'Current location: Home >> ...' breadcrumb, 'Date / Source / Hits' line, 'Editor / Proofreader' at the foot. County government executive meeting on flood control, cultivated land and campus food safety. Label 'Deputy county magistrates' before a 4-name list; two of the deputies are named again at the end as the objects of a request. 'county magistrate' (Kang) vs 'Deputy county magistrates' (four others): different persons. 'Heads of relevant county departments' is collective. Non-persons: County Government Office (Source), Fengshui River.",
  },

  '1203_lutang_county_work_safety_conference_literal_mt': {
    persons: [
      { name: 'Yan Qiming', titles: ['County party committee secretary'], roles: ['attended', 'spoke'],
        note: "Literal MT 'attended meeting and speech' (attended, spoke); 'pointed out', 'stressed' (spoke)." },
      { name: 'He Jinrong', titles: ['County party committee deputy secretary', 'county head'], roles: ['presided', 'spoke'],
        note: "Surname He; 'He Jinrong asked' (spoke). Paragraphs elsewhere do not open with the pronoun 'He'." },
      { name: 'Xing Zhiyuan', titles: ['County leaders'], roles: ['attended'], note: "Label before a 3-name list joined only by commas ('County leaders A, B, C attended meeting')." },
      { name: 'Chu Ruolan', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Guan Haitao', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Meng Xiaochuan', titles: ['county emergency management bureau director'], roles: ['reported'],
        note: "Word-order title before the name; 'informed' and 'read out' (reported)." },
      { name: 'Zhou Yibo', titles: ['County fire rescue brigade captain'], roles: ['reported'], note: "'did report about' (reported)." },
      { name: 'Fan Kaixuan', titles: ['Shuangjing Town party committee secretary'], roles: ['reported'], note: "'did statement on behalf of townships' (reported)." },
      { name: 'Hao Yuling', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Deng Kexin', titles: ['Photo'], roles: ['byline'] },
      { name: 'Liang Shuyi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Cheng Jiawei', titles: ['Review'], roles: ['byline'], note: "Label 'Review:' kept verbatim." },
    ],
    themes: [
      'spring fire prevention',
      'life first, safety first',
      'three must',
      'hundred days attack',
      'party and government same responsibility, one post double responsibility',
      'Lutang County 2024 Year Safety Production Work Key Points',
    ],
    notes: "County convergence-media site (Lutang), very literal MT ('attended meeting and speech', 'presided meeting', 'did report', 'Meeting on,', 'want to'). All titles before the names in word order ('County party committee deputy secretary, county head He Jinrong', 'county emergency management bureau director Meng Xiaochuan'). Label 'County leaders' before a comma-only list. Credits on two lines at the foot ('Reporter / Photo', 'Editor / Review'). Units signing responsibility books and the 260 attendees are collective.",
  },

  '1204_shuiyang_district_ecological_environment_conference': {
    persons: [
      { name: 'An Ruoxi', titles: ['Text'], roles: ['byline'], note: "Surname An; credit line at the top." },
      { name: 'Mo Tianqi', titles: ['Photo'], roles: ['byline'] },
      { name: 'Shen Qiulin', titles: ['secretary of the district party committee'], roles: ['attended', 'spoke'],
        note: "'attended the meeting and delivered a speech'; 'pointed out', 'He stressed' (spoke)." },
      { name: 'Lin Shaokang', titles: ['deputy secretary of the district party committee', 'district head'], roles: ['presided', 'spoke'] },
      { name: 'Tan Yuhe', titles: ["director of the Standing Committee of the District People's Congress"], roles: ['attended', 'reported'],
        note: "'announced the decision of commending' (reported)." },
      { name: 'Ge Weidong', titles: ['chairman of the District CPPCC'], roles: ['attended'], note: "'attended and issued awards' (attended)." },
      { name: 'Xiao Yunfei', titles: ['deputy district head'], roles: ['attended', 'spoke'], note: "'made specific arrangements' (spoke)." },
      { name: 'Long Yiheng', titles: ['director of the Shuiyang Ecological Environment Branch'], roles: ['reported'], note: "Surname Long." },
      { name: 'Zhu Xiaoxia', titles: ['secretary of the party working committee of Lianhua Street'], roles: ['reported'],
        note: "Units 'made exchange statements'; she 'introduced the experience' for her street (reported)." },
      { name: 'Chen Guoxin', titles: ['general manager of Shuiyang Dyeing and Finishing Co., Ltd.'], roles: ['reported'],
        note: "His 'said that the company ...' is the content of the company's exchange statement (reported, no separate spoke)." },
      { name: 'Du Kexin', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'river chief + police chief + procurator chief',
      'zero discharge',
      'lucid waters and lush mountains are invaluable assets',
      'Beautiful Shuiyang',
      'list system',
      'Ten Thousand Mu Forest',
      'party and government share the same responsibility, one post two responsibilities',
      'four sets of teams',
    ],
    notes: "District government portal (Shuiyang), plain MT: breadcrumb with slashes, 'Publish time / Source / Browse times' line, 'Text / Photo' credits at the top and 'Editor' at the foot. District ecological environment protection conference. District posts (district head, deputy district head, people's congress, CPPCC), a street party working committee, an enterprise general manager. 'secretary' vs 'deputy secretary of the district party committee', 'district head' vs 'deputy district head': different persons. Units that made exchange statements (Lianhua Street, the District Housing and Urban-Rural Development Bureau, the dyeing company) are not persons; 'four sets of teams' members are collective. Non-persons: Shuiyang River, District Ecological Environment Branch (Source).",
  },

  '1205_qiaoling_county_rural_revitalization_research_visit': {
    persons: [
      { name: 'Han Yufeng', titles: ['Text', 'Photo'], roles: ['byline'], note: "'Text/Photo: X': two labels of one person." },
      { name: 'Zuo Chenghai', surnameIn: ['Secretary Zuo'], titles: ['secretary of the county party committee'], roles: ['spoke'],
        note: "Research visit: he investigates, 'encouraged', 'pointed out', 'stressed', 'asked' (spoke). Surname-only 'Secretary Zuo' twice (span = 'Zuo'). Name in the headline." },
      { name: 'Jiang Ruohan', titles: ['member of the standing committee of the county party committee', 'deputy county head'], roles: ['attended'],
        note: "'accompanied the investigation' (attended)." },
      { name: 'Chu Hongbin', titles: ['director of the County Agriculture and Rural Affairs Bureau'], roles: ['attended'] },
      { name: 'Xiao Mingcui', titles: ['head of the Hongyan Tea Cooperative'], roles: ['reported'], note: "'introduced that the cooperative ...' (reported)." },
      { name: 'Wu Laigen', titles: [], roles: [],
        note: "'the monitoring households Wu Laigen': a household under poverty-return monitoring is a description, not a post; visited, no role." },
      { name: 'Lu Dashun', titles: ['secretary of the party branch', 'director of the village committee of Dashi Village'], roles: ['spoke'],
        note: "Two posts joined by ' and ' (the village name after the second post only); 'said that the village ...' (spoke)." },
      { name: 'Peng Yuxuan', titles: ['secretary of the party committee of Xiaba Township'], roles: ['attended', 'reported'],
        note: "'accompanied by Peng Yuxuan' (attended); 'reported the overall work of the township' (reported)." },
      { name: 'Duan Ruixue', titles: ['head of Xiaba Township'], roles: ['reported'], note: "'introduced the construction ...' (reported)." },
      { name: 'Gu Xiaojie', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Qiaoling Cloud Tea',
      'one household, one policy',
      'leading enterprise + cooperative + farmer',
      'Ten Million Project',
      'harmonious and beautiful villages',
      'two committees',
      'first secretaries',
    ],
    notes: "County government network (Qiaoling), plain MT: 'Time / From / Views' line, 'Text/Photo:' at the top, 'Editor:' at the foot. Research visit of the county party secretary to a township, a tea cooperative and a village; symposium at the township. Surname-only 'Secretary Zuo' twice at the start of sentences. Township posts (party secretary, township head), village posts (party branch secretary and village committee director), a cooperative head, a monitored household without a post. Non-persons: Hongyan Tea Garden, Shangping Village, Dashi Village, Xiaba Township; 'first secretaries' and work teams are collective.",
  },

  '1206_hanbei_city_investment_promotion_signing_conference': {
    persons: [
      { name: 'Deng Shuyuan', titles: ['secretary of the Hanbei Municipal Party Committee'], roles: ['attended', 'spoke'],
        note: "'attended the conference and delivered a speech'; 'said', 'He sincerely welcomed' (spoke)." },
      { name: 'Long Zhenhua', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'],
        note: "'said in the presided speech' (spoke)." },
      { name: 'Bao Kaiyuan', titles: ['vice mayor'], roles: ['reported'], note: "'introduced the investment environment and the investment policies' (reported)." },
      { name: 'Jing Xueying', titles: ['director of the Municipal Bureau of Commerce'], roles: ['reported'],
        note: "'released the list of 120 investment projects', 'introduced the progress of the projects' (reported)." },
      { name: 'Chu Weiming', titles: ['chairman of Zhongheng New Materials Co., Ltd.'], roles: ['spoke', 'attended'],
        note: "'made speeches as representatives of enterprises' (spoke); also signs a project with the development zone (attended)." },
      { name: 'Ge Lanting', titles: ['vice president of Huarui Cold Chain Logistics Group'], roles: ['spoke'] },
      { name: 'Lei Zhentao', titles: ['director of the Management Committee of Hanbei Economic and Technological Development Zone'], roles: ['attended'],
        note: "'signed the ... project ... on behalf of the development zone' (attended)." },
      { name: 'Tan Jiahui', titles: ['Reporter'], roles: ['byline'], note: "'Reporter: A, B': one label for two names." },
      { name: 'Qian Yuze', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Shao Mengqi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      '2025 Hanbei City (Shenzhen) Investment Promotion Conference',
      'Belt and Road',
      'Yangtze River Economic Belt',
      'nanny-style',
      'rest assured, feel at ease and be comfortable',
      'one-stop',
      'one project, one leader, one team',
    ],
    notes: "Municipal investment promotion website (Hanbei), plain MT: long headline with figures, 'Source / Date / Number of visits' line, 'Reporter: A, B' and 'Editor:' at the foot. Investment promotion conference held in another city (Shenzhen, a place, not a person) with a project signing ceremony. Enterprise posts ('chairman of Zhongheng New Materials Co., Ltd.', 'vice president of Huarui Cold Chain Logistics Group') and a development zone management committee. 'mayor' (Long) vs 'vice mayor' (Bao): different persons. The 160 representatives and 'the heads of a number of enterprises' are collective. Non-persons: Municipal Bureau of Commerce (Source), Zhongheng, Huarui.",
  },

  '1207_xiyun_municipal_peoples_congress_session_opening': {
    persons: [
      { name: 'Guan Yiming', titles: ['Executive chairpersons of the presidium', 'secretary of the Xiyun Municipal Party Committee'], roles: ['attended', 'spoke'],
        note: "Label before a 5-name list; 'were seated in the front row of the rostrum' (attended); 'said when joining the deliberation', 'He called on' (spoke)." },
      { name: 'Wan Shunli', titles: ['Executive chairpersons of the presidium', "director of the Standing Committee of the Municipal People's Congress"], roles: ['attended', 'presided'],
        note: "Presides over the opening meeting and over the second meeting of the presidium." },
      { name: 'Lei Hongbo', titles: ['Executive chairpersons of the presidium', "deputy director of the Standing Committee of the Municipal People's Congress"], roles: ['attended', 'reported'] },
      { name: 'Yan Peiwen', titles: ['Executive chairpersons of the presidium', "vice directors of the Standing Committee of the Municipal People's Congress"], roles: ['attended'],
        note: "Plural label after a run of two names ('Yan Peiwen and Su Chunhe, vice directors of ...'); 'joined the deliberation' (attended)." },
      { name: 'Su Chunhe', titles: ['Executive chairpersons of the presidium', "vice directors of the Standing Committee of the Municipal People's Congress"], roles: ['attended'] },
      { name: 'Song Kaiyang', titles: ['Mayor'], roles: ['reported'],
        note: "'Mayor Song Kaiyang delivered the government work report' (reported); 'He said' and 'Song Kaiyang said' continue the report (no separate spoke)." },
      { name: 'Fan Qiuyun', titles: ["president of the Xiyun Intermediate People's Court"], roles: ['reported'],
        note: "'delivered the work report of the court' (reported); 'Fan Qiuyun said' continues it." },
      { name: 'Hao Zhengwei', titles: ["chief procurator of the Xiyun Municipal People's Procuratorate"], roles: ['reported'] },
      { name: 'Xi Jinping', titles: [], roles: [], note: "'the Party Central Committee with Comrade Xi Jinping at the core': 'Comrade' is a form of address, not a post; only referred to." },
      { name: 'Zhu Qingyao', titles: [], roles: ['byline'], note: "'By Zhu Qingyao' at the foot: no credit label, titles []." },
      { name: 'Xing Ruonan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the 16th Xiyun Municipal People's Congress",
      'investing in people',
      '15-minute convenient living circle',
      'Regulations on the Protection of the Xiyun Ancient Canal',
      'one-stop',
      'Xiyun speed',
      '15th Five-Year Plan',
    ],
    notes: "English service of a municipal news network (Xiyun), lightly edited English: upper-case masthead, breadcrumb, 'Updated / Source' line, 'By X' and 'Editor:' at the foot. Opening of a municipal people's congress session: government work report, standing committee work report, court and procuratorate work reports. Label 'Executive chairpersons of the presidium' before a 5-name list; 'Mayor Song Kaiyang' (title before the name). Two wordings of the same rank held by different persons: 'deputy director' (Lei Hongbo) and 'vice directors' (Yan Peiwen, Su Chunhe) of the NPC standing committee: a translation habit of the site, not an inconsistency of any one person. 'director' (Wan) vs 'deputy director' (Lei): different persons. 'Courts at the two levels', the 480 deputies and the CPPCC members are collective. Non-persons: Xiyun Grand Theater, Hexiang delegation.",
  },

  '1208_baisong_county_cppcc_session_opening': {
    persons: [
      { name: 'An Dongsheng', titles: ['Leaders', 'secretary of the county party committee'], roles: ['attended', 'spoke'],
        note: "'Leaders An Dongsheng, Cui Jianhua, Ding Wenyao and others were invited to attend': the label 'Leaders' before the list is a title of the three; 'delivered a speech', 'hoped' (spoke)." },
      { name: 'Cui Jianhua', titles: ['Leaders', 'deputy secretary of the county party committee', 'county head'], roles: ['attended'], note: "'sat in the front row' (attended)." },
      { name: 'Ding Wenyao', titles: ['Leaders', "director of the standing committee of the county people's congress"], roles: ['attended'] },
      { name: 'Meng Huixin', titles: ['executive chairpersons of the conference', 'chairwoman of the county CPPCC'], roles: ['attended', 'reported'],
        note: "First of five names followed by the label 'the executive chairpersons of the conference' (label after a run of names); 'made the work report of the standing committee' (reported); 'She said' continues it." },
      { name: 'Kang Lifang', titles: ['executive chairpersons of the conference', 'vice chairman of the county CPPCC'], roles: ['attended', 'presided'] },
      { name: 'Du Ruihe', titles: ['executive chairpersons of the conference', 'vice chairmen of the county CPPCC'], roles: ['attended'] },
      { name: 'Cen Shuping', titles: ['executive chairpersons of the conference', 'vice chairmen of the county CPPCC'], roles: ['attended'] },
      { name: 'Yuan Shiqi', titles: ['executive chairpersons of the conference', 'vice chairman of the county CPPCC'], roles: ['attended', 'reported'],
        note: "'made the report on the handling of the proposals' (reported)." },
      { name: 'Zhan Yuqi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Xing Baojun', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'Fifth Session of the 11th CPPCC Baisong County Committee',
      'strengthening the county economy',
      'rural revitalization',
      "members' voices through train",
      'two major themes',
      'speaking true words, making good suggestions and doing practical things',
      'strong county in characteristic agriculture and eco-tourism',
    ],
    notes: "County CPPCC website (Baisong), plain MT: 'Release date / Source / Clicks' line, 'Editor / Reviewer' at the foot. Opening of a county CPPCC session with the standing committee work report and the proposal report. Label 'Leaders' before three names (county party secretary, county head, NPC director) and label after a run of five names ('..., the executive chairpersons of the conference'). 'chairwoman' (Meng) vs 'vice chairman' (Kang, Yuan) vs plural 'vice chairmen' (Du, Cen): different persons; two persons share the singular post wording 'vice chairman of the county CPPCC'. The 181 members are collective.",
  },

  '1209_yanling_county_npc_standing_committee_appointments': {
    persons: [
      { name: 'Gu Shuang', titles: ['Correspondent'], roles: ['byline'],
        note: "'Author: Correspondent Gu Shuang': the field name 'Author:' is no title, the credit label 'Correspondent' is." },
      { name: 'Jiang Yiqun', titles: ["director of the standing committee of the county people's congress"], roles: ['presided', 'spoke'],
        note: "'supervised the oath' (presided-like, no extra role); 'pointed out in the speech', 'asked' (spoke)." },
      { name: 'Lin Haoran', titles: ['Deputy directors'], roles: ['attended'], note: "Label before a 3-name list ('Deputy directors A, B and C, and 19 members ...')." },
      { name: 'Shen Lixia', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Qian Shaoyu', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Wu Zhengkang', titles: ['deputy county head'], roles: ['reported'], note: "'made the report' (reported)." },
      { name: 'Ouyang Qi', titles: ["vice president of the county people's court"], roles: ['reported'],
        note: "Two-syllable name with a compound surname; the report 'made by Ouyang Qi' (reported)." },
      { name: 'Shen Yuxing', titles: ['director of the County Education and Sports Bureau'], roles: ['attended'],
        note: "Appointed to the post by the meeting; 'took the oath' (attended)." },
      { name: 'Zhou Mingyao', titles: ['director of the County Natural Resources Bureau'], roles: ['attended'] },
      { name: 'Cui Haobo', titles: ['director of the County Education and Sports Bureau'], roles: [],
        note: "Removed from the post that Shen Yuxing is appointed to (his former post is his title): successor and predecessor, not two holders at once." },
      { name: 'Tong Jiali', titles: ["judge of the county people's court"], roles: ['attended'] },
      { name: 'Bao Ruyi', titles: ['member of the procuratorial committee', "procurator of the county people's procuratorate"], roles: ['attended'],
        note: "Two posts joined by ' and ', the organisation after the second only." },
      { name: 'Chu Yingying', titles: ['Editor'], roles: ['byline'] },
      { name: 'Xue Wenjing', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'four consciousnesses',
      'with teeth',
    ],
    notes: "County people's congress website (Yanling), plain MT: 'Time / Author: Correspondent X / Views' line, 'Editor / Reviewer' at the foot. Standing committee meeting of a county people's congress with appointments and removals and a constitutional oath ceremony. Appointment posts are titles of the appointees; the removed bureau director keeps the same post wording as his successor (not a duplicate). 'the president of the county people's court' and 'the chief procurator of the county people's procuratorate' are posts without names (nominators). 'director' (Jiang) vs 'Deputy directors' (three others), 'vice president of the county people's court' (Ouyang Qi) vs the unnamed president: different persons. Two persons share the surname Shen. Few slogans.",
  },

  '1210_xiangping_city_education_conference_edited': {
    persons: [
      { name: 'Li Xiaotong', titles: [], roles: ['byline'], note: "'By Li Xiaotong | Updated: ...': no credit label, titles []." },
      { name: 'Mo Qinghe', titles: ['Vice-mayor'], roles: ['spoke'],
        note: "Hyphenated 'Vice-mayor' before the name; 'who oversees education' is a relative clause, not a post. 'told', 'she said' (spoke); her quotations are full-sentence direct speech (not themes)." },
      { name: 'Su Huaiyu', titles: ['director of the Xiangping Municipal Education Bureau'], roles: ['reported'],
        note: "'reviewed the past school year' (reported); 'Su Huaiyu said the bureau would ...' continues it." },
      { name: 'Peng Jianlin', titles: ['president of Xiangping University'], roles: ['spoke'] },
      { name: 'Tan Lisong', titles: ['principal of Xiangping No. 3 Middle School'], roles: ['spoke'], note: "'spoke on behalf of school heads'; direct quotation with 'Tan Lisong said'." },
      { name: 'Duan Yuanyuan', titles: [], roles: ['attended'],
        note: "'Teachers Duan Yuanyuan and Jin Shaoqi received awards': 'Teachers' and 'a mathematics teacher at Shiqiao Village Primary School' are occupations, not posts (titles []); receiving an award at the conference (attended)." },
      { name: 'Jin Shaoqi', titles: [], roles: ['attended'] },
      { name: 'Song Zhiming', titles: ['secretary-general of the municipal government'], roles: ['presided'], note: "Presides, mentioned late in the story (newswire order)." },
      { name: 'Lu Kexin', titles: ['deputy director of the Xiangping Municipal Education Bureau'], roles: ['reported'], note: "'read out the list' (reported)." },
      { name: 'Fan Jiaxuan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'county high school revitalization',
      'after-school service',
      'double reduction',
      'university-high school link',
      'Xiangping Model Teachers',
      'Xiangping Action Plan for Building a Strong Education City (2025-2027)',
      'high-quality and balanced',
    ],
    notes: "English service of a municipal portal (Xiangping), fluent edited newswire English: headline with figures and no name, 'By X | Updated: ... | Xiangping English Service', news-style lead, quotations, the presiding official mentioned late. City education work conference. 'Vice-mayor' before a name; a university president, a school principal and two award-winning teachers (occupations, no titles). Three full-sentence quotations attributed with 'said' are direct speech, not themes. The full name is repeated instead of a bare surname. 'director' (Su Huaiyu) vs 'deputy director of the Xiangping Municipal Education Bureau' (Lu Kexin): different persons. Some 600 school heads and officials are collective. Non-persons: Shiqiao Village Primary School, Xiangping University.",
  },

  '1211_guanyun_county_health_work_conference': {
    persons: [
      { name: 'Du Yaowen', titles: ['member of the standing committee of the county party committee', 'deputy county head'], roles: ['attended', 'spoke'],
        note: "'pointed out', 'He demanded', 'asked' (spoke)." },
      { name: 'Liang Qiusheng', titles: ['secretary of the party group', 'director of the county health commission'], roles: ['reported'],
        note: "'made the work report' (reported); 'Liang Qiusheng said' continues it." },
      { name: 'Xing Rongfei', titles: ['deputy director of the county health commission'], roles: ['presided'], note: "Passive 'was presided over by'." },
      { name: 'Cheng Baolin', titles: ["president of the County People's Hospital", 'leader of the county medical community'], roles: ['reported'],
        note: "'introduced the reform' (reported)." },
      { name: 'Ding Shuhua', titles: ['president of the County Hospital of Traditional Chinese Medicine'], roles: ['spoke'], note: "'made an exchange speech' (spoke)." },
      { name: 'Kang Wenli', titles: ['director of Luoxi Town Health Center'], roles: ['spoke'], note: "'spoke on behalf of the township health centers' (spoke)." },
      { name: 'Yuan Shoufu', titles: [], roles: [],
        note: "'Village doctor Yuan Shoufu from Baishui Village ... was commended': an occupation, not a post (titles []); being commended is no role at the meeting." },
      { name: 'Li Mengyao', titles: ['Text'], roles: ['byline'] },
      { name: 'Zhu Haitao', titles: ['Photo'], roles: ['byline'] },
      { name: 'Song Jiaxi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Chen Ruhai', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'close-knit county medical community',
      'three-level',
      'one old and one young',
      'unified management of personnel, finance and materials',
      'appropriate TCM technologies',
      'most beautiful village doctor',
      "putting people's health at the center",
      'at the doorstep',
      'corruption in the medical field',
      'Grade III hospital',
      'quality service grass-roots tour',
    ],
    notes: "County health commission website (Guanyun), plain MT: 'Date / Source / Visits' line, credits on two lines at the foot ('Text / Photo', 'Editor / Review'). County health work conference. Health posts: commission director and party group secretary, deputy director, hospital presidents, medical community leader, township health center director; a village doctor (occupation). 'director' (Liang) vs 'deputy director of the county health commission' (Xing): different persons. 'president of the County People's Hospital' and 'president of the County Hospital of Traditional Chinese Medicine' are two different hospitals. Heads of bureaus and health centers are collective. Non-persons: Luoxi Town, Baishui Village.",
  },

  '1212_qianling_city_vice_governor_flood_control_inspection': {
    persons: [
      { name: 'Zhang Deyuan', titles: ['vice governor of the province'], roles: ['spoke'],
        note: "Inspection: 'led a team to inspect', 'asked', 'affirmed', 'He pointed out' (spoke). Name in the headline." },
      { name: 'He Songtao', titles: ['deputy secretary-general of the provincial government'], roles: ['attended'],
        note: "Surname He; 'accompanied the inspection' (attended). The pronoun 'He pointed out' refers to Zhang Deyuan." },
      { name: 'Wu Yiqing', titles: ['director of the Provincial Water Resources Department'], roles: ['attended'] },
      { name: 'Xiao Hanqing', titles: ['secretary of the municipal party committee'], roles: ['attended', 'spoke'], note: "'accompanied'; 'said that Qianling will ...' (spoke)." },
      { name: 'Yuan Dongming', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['attended', 'reported'] },
      { name: 'Sun Kaiwen', titles: ['vice mayor'], roles: ['attended', 'reported'], note: "'supplemented the situation' (reported)." },
      { name: 'Lu Shiqun', titles: ['director of the Baihe Reservoir Management Office'], roles: ['reported'], note: "'introduced that the reservoir ...' (reported)." },
      { name: 'Cheng Yulan', titles: ['secretary of the party committee of Xiaxi Town'], roles: ['reported'] },
      { name: 'Ouyang Ting', titles: ['Editor'], roles: ['byline'] },
      { name: 'Jin Weiguo', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'three responsible persons',
      'three key links',
      'zero casualties',
      'seven down and eight up',
      'people first, life first',
      'call and response',
      'main responsible persons',
    ],
    notes: "Municipal government portal (Qianling), plain MT: 'Release time / Source / Views' line, 'Editor / Reviewer' at the foot. Two-day flood-control inspection by a provincial vice governor with provincial and municipal officials accompanying, and a symposium. 'vice governor of the province' (Zhang) vs 'mayor' (Yuan) vs 'vice mayor' (Sun): different persons and levels. He Songtao (surname He) next to sentences opening with the pronoun 'He'. Rescue team members and the 1,200 people are collective. Non-persons: Baihe Reservoir, Xiaxi Town.",
  },
};

export const perturbed = {
  '1201_tanxi_city_party_standing_committee_meeting': {
    edits: [
      { old: 'Qian Molin made arrangements', new: 'Secretary of the Municipal Commission for Discipline Inspection Qian Molin made arrangements' },
      { old: 'and minister of the United Front Work Department, reported', new: 'and head of the Organization Department, reported' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Qian Molin', edit: 0, injected: 'Secretary of the Municipal Commission for Discipline Inspection',
        orig: { ctx: 'and secretary of the Municipal Commission for Discipline Inspection, put', text: 'secretary of the Municipal Commission for Discipline Inspection' },
        description: "Qian Molin's post is written before his name in title case ('Secretary of the Municipal Commission for Discipline Inspection Qian Molin') in the rectification paragraph and with a lower-case 'secretary' in the last paragraph." },
      { kind: 'duplicate_unique_post', person: 'Tong Xiaoyu', edit: 1, injected: 'head of the Organization Department',
        orig: { ctx: 'and head of the Organization Department, explained', text: 'head of the Organization Department' },
        description: "Tong Xiaoyu's 'minister of the United Front Work Department' becomes 'head of the Organization Department', the unique post held by Bao Yunxi in the same text." },
    ],
  },
  '1202_fengyu_county_government_executive_meeting': {
    edits: [
      { old: 'Shao Wenbo, Mo Jingyi, Wan Hexiang', new: 'Shao Wenbo, Mo Jingyu, Wan Hexiang' },
      { old: 'Kang Mingze emphasized that', new: 'County head Kang Mingze emphasized that' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Mo Jingyi', edit: 0, injected: 'Mo Jingyu',
        orig: { ctx: 'Mo Jingyi reported the preparation', text: 'Mo Jingyi' },
        description: "In the label list of deputy county magistrates the name of Mo Jingyi is misspelt by one syllable ('Mo Jingyu'); the next paragraph has 'Mo Jingyi reported'." },
      { kind: 'title_wording_variant', person: 'Kang Mingze', edit: 1, injected: 'County head',
        orig: { ctx: 'and county magistrate, presided', text: 'county magistrate' },
        description: "Kang Mingze presides as 'county magistrate' and is 'County head' before his name in the closing paragraph: two translations of the same post (县长)." },
    ],
  },
  '1203_lutang_county_work_safety_conference_literal_mt': {
    edits: [
      { old: 'book. Meng Xiaochuan read out', new: 'book, county emergency management bureau deputy director Meng Xiaochuan read out' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Meng Xiaochuan', edit: 0, injected: 'county emergency management bureau deputy director',
        orig: { ctx: 'county emergency management bureau director Meng Xiaochuan informed', text: 'county emergency management bureau director' },
        description: "Meng Xiaochuan informs the meeting as 'county emergency management bureau director' and reads out the work key points as 'county emergency management bureau deputy director' (same bureau, different rank), both in the literal word-order form before the name." },
    ],
  },
  '1204_shuiyang_district_ecological_environment_conference': {
    edits: [
      { old: 'At the meeting, Tan Yuhe announced', new: "At the meeting, Tan Yuhe, director of the Standing Committee of the Municipal People's Congress, announced" },
      { old: 'Xiao Yunfei made specific arrangements', new: 'Xiao Yunfei, Deputy District Head, made specific arrangements' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Tan Yuhe', edit: 0, injected: "director of the Standing Committee of the Municipal People's Congress",
        orig: { ctx: "Tan Yuhe, director of the Standing Committee of the District People's Congress", text: "director of the Standing Committee of the District People's Congress" },
        description: "Tan Yuhe attends as head of the district people's congress standing committee but announces the commendation as 'director of the Standing Committee of the Municipal People's Congress' (district vs municipal level of the same body)." },
      { kind: 'title_capitalization_inconsistency', person: 'Xiao Yunfei', edit: 1, injected: 'Deputy District Head',
        orig: { ctx: 'Xiao Yunfei, deputy district head, attended', text: 'deputy district head' },
        description: "Xiao Yunfei's post is 'deputy district head' in the lead and 'Deputy District Head' in the same appositive position later." },
    ],
  },
  '1205_qiaoling_county_rural_revitalization_research_visit': {
    edits: [
      { old: 'accompanied by Peng Yuxuan, Zuo', new: 'accompanied by Peng Yuxuan, deputy secretary of the party committee of Xiaba Township, Zuo' },
      { old: 'Zuo Chenghai asked the township', new: 'Zuo Chengkai asked the township' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Peng Yuxuan', edit: 0, injected: 'deputy secretary of the party committee of Xiaba Township',
        orig: { ctx: 'Peng Yuxuan, secretary of the party committee of Xiaba Township, reported', text: 'secretary of the party committee of Xiaba Township' },
        description: "Peng Yuxuan accompanies the visit as 'deputy secretary of the party committee of Xiaba Township' and reports at the symposium as its 'secretary' (same township party committee, different rank)." },
      { kind: 'name_spelling_variant', person: 'Zuo Chenghai', edit: 1, injected: 'Zuo Chengkai',
        orig: { ctx: 'Zuo Chenghai, secretary of the county party committee', text: 'Zuo Chenghai' },
        description: "In the last paragraph the county party secretary Zuo Chenghai is written 'Zuo Chengkai' (one syllable of the given name)." },
    ],
  },
  '1206_hanbei_city_investment_promotion_signing_conference': {
    edits: [
      { old: 'Bao Kaiyuan, vice mayor, introduced', new: 'Bao Kaiyuan, mayor, introduced' },
      { old: 'and Jing Xueying introduced the progress', new: 'and Jing Xueying, director of the Municipal Commerce Bureau, introduced the progress' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Bao Kaiyuan', edit: 0, injected: 'mayor',
        orig: { ctx: 'municipal party committee and mayor, presided', text: 'mayor' },
        description: "Bao Kaiyuan's 'vice mayor' becomes 'mayor', the unique post held by Long Zhenhua, who presides over the same conference." },
      { kind: 'title_wording_variant', person: 'Jing Xueying', edit: 1, injected: 'director of the Municipal Commerce Bureau',
        orig: { ctx: 'Jing Xueying, director of the Municipal Bureau of Commerce, released', text: 'director of the Municipal Bureau of Commerce' },
        description: "Jing Xueying's post is 'director of the Municipal Bureau of Commerce' when releasing the project list and 'director of the Municipal Commerce Bureau' in the last paragraph (two wordings of one bureau)." },
    ],
  },
  '1207_xiyun_municipal_peoples_congress_session_opening': {
    edits: [
      { old: 'After the opening meeting, Wan Shunli presided', new: "After the opening meeting, Wan Shunli, deputy director of the Standing Committee of the Municipal People's Congress, presided" },
      { old: 'Fan Qiuyun said the court will', new: "Fan Qiuyun, president of the Hexiang District People's Court, said the court will" },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Wan Shunli', edit: 0, injected: "deputy director of the Standing Committee of the Municipal People's Congress",
        orig: { ctx: "Wan Shunli, director of the Standing Committee of the Municipal People's Congress", text: "director of the Standing Committee of the Municipal People's Congress" },
        description: "Wan Shunli presides over the opening meeting as director of the municipal NPC standing committee but over the presidium meeting in the last paragraph as its 'deputy director' (the real deputy director is Lei Hongbo)." },
      { kind: 'same_person_title_conflict', person: 'Fan Qiuyun', edit: 1, injected: "president of the Hexiang District People's Court",
        orig: { ctx: "Fan Qiuyun, president of the Xiyun Intermediate People's Court", text: "president of the Xiyun Intermediate People's Court" },
        description: "Fan Qiuyun delivers the court report as president of the municipal intermediate court and is then 'president of the Hexiang District People's Court' (a basic-level court) in the next sentence: two incompatible posts." },
    ],
  },
  '1209_yanling_county_npc_standing_committee_appointments': {
    edits: [
      { old: 'Jiang Yiqun supervised the oath.', new: "Director of the Standing Committee of the County People's Congress Jiang Yiqun supervised the oath." },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Jiang Yiqun', edit: 0, injected: "Director of the Standing Committee of the County People's Congress",
        orig: { ctx: "Jiang Yiqun, director of the standing committee of the county people's congress, presided", text: "director of the standing committee of the county people's congress" },
        description: "Jiang Yiqun's post is all lower case in the lead and in title case before his name at the oath ceremony." },
    ],
  },
  '1210_xiangping_city_education_conference_edited': {
    edits: [
      { old: 'Su Huaiyu said the bureau would', new: 'Su Huaiyu, head of the Xiangping Municipal Education Bureau, said the bureau would' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Su Huaiyu', edit: 0, injected: 'head of the Xiangping Municipal Education Bureau',
        orig: { ctx: 'Su Huaiyu, director of the Xiangping Municipal Education Bureau, reviewed', text: 'director of the Xiangping Municipal Education Bureau' },
        description: "Su Huaiyu is 'director of the Xiangping Municipal Education Bureau' and, two sentences later, 'head of the Xiangping Municipal Education Bureau' (two wordings of the same post)." },
    ],
  },
  '1212_qianling_city_vice_governor_flood_control_inspection': {
    edits: [
      { old: 'Zhang Deyuan fully affirmed', new: 'Zhang Deyuan, vice mayor, fully affirmed' },
      { old: 'Yuan Dongming reported the flood control', new: 'Yuan Dongmin reported the flood control' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Zhang Deyuan', edit: 0, injected: 'vice mayor',
        orig: { ctx: 'Zhang Deyuan, vice governor of the province', text: 'vice governor of the province' },
        description: "The provincial vice governor Zhang Deyuan is called 'vice mayor' in the closing paragraph (a municipal post, which Sun Kaiwen holds): provincial vs municipal post for one person, a typical MT slip." },
      { kind: 'name_spelling_variant', person: 'Yuan Dongming', edit: 1, injected: 'Yuan Dongmin',
        orig: { ctx: 'Yuan Dongming, deputy secretary', text: 'Yuan Dongming' },
        description: "At the symposium the mayor Yuan Dongming is written 'Yuan Dongmin' (one letter dropped)." },
    ],
  },
};
