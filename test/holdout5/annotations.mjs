// Source of the fifth held-out set gold (test/holdout5). `node test/goldkit/build-set.mjs test/holdout5` turns this file
// into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Mayor Nong" / "President Dai": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout/README.md, test/holdout2/README.md, test/holdout3/README.md, plus the
// decisions listed in README.md of this folder):
// - Surname-only references ("Mayor Yin", "Mayor Gao", "Political Commissar Yu", "Mayor Nong", "President Dai",
//   "Mayor-designate Xia"): the surname is the mention; the address form is not a separate title (the full post is
//   always given elsewhere in the same text). No text uses a bare surname without a title.
// - Appointment and removal: the post a person is appointed to, removed from or resigns from is a title of that person
//   ("accept the resignation of X from the post of mayor of Lanxing City" -> 'mayor of Lanxing City'); persons who are
//   only appointed, approved, removed or sworn in have roles [] ("took the oath" is not a role).
// - Newspaper wordings are posts, copied verbatim with the place they carry and without a leading article: "Chuanyuan
//   Party chief", "top official of Fengbei", "county's top official", "Ruoshui's mayor-designate", "Shangqiao county
//   chief", "Fengbei mayor", "Chuanyuan vice-mayor".
// - A relative clause giving a post is a title ("Xu Jiahe, who is also director of the county work safety committee"
//   -> 'director of the county work safety committee'; "deputy county head who contacts Xiagang Town" -> 'deputy county
//   head'); a unit after "from" ("first secretary stationed in the village from the County Market Supervision
//   Administration") is where the person comes from, not part of the post.
// - "(Hui)" after a name is an ethnicity note, not a title; "an old party member of 67" is a description, not a title.
// - Byline labels are titles in every form ("Contributor", "Editor on duty", "intern", "Copy editor", "Photography",
//   "Review", "Text | X", "Picture | X", "Financial media reporter", "Correspondent", "Duty editor", "First trial",
//   "Second trial", "Final trial", "Writer", "Information officer", "Typesetting", "Story", "Photos", "Video",
//   "Chief editor"); "Text & Photos: X" gives the two titles 'Text' and 'Photos' (as "Text/Photo" in holdout2). Verb
//   phrases are not labels and give no title: "By X and intern Y" (X: titles []), "Checked by: X", "Photo by X".
// - Organisations in a credit or author line ("Text: General Office", "Author: Teaching and Research Office",
//   "Publisher: Party and Mass Work Department") are not persons.
// - Roles: "co-chaired", "hosted", "chaired" = presided; "made an explanation on the bills", "briefed", "read out",
//   "made the work report", "explained the revised contents", "made statements" = reported; "made exchange speeches",
//   "made arrangements", "put forward requirements", "made a self-criticism", "suggested", "talked about", "answered",
//   "said", "told" = spoke; "sat down with ... at a forum", "led a working group to attend", "attended as an adviser"
//   = attended. "signed the agreements", "took the oath", "led technicians to check" are not roles. A "said" that
//   continues the person's own briefing or report adds no separate `spoke` (as in the earlier sets).
// - Every double-quoted phrase is a theme, except full-sentence direct speech attributed with "said" / "told"; also the
//   named sessions, conferences, political thought and a few unquoted policy phrases.

const SEAT = "director of the Standing Committee of the Municipal People's Congress";

export const reports = {
  '501_lanxing_municipal_npc_standing_committee_appointments': {
    persons: [
      { name: 'Guo Shuhan', titles: [SEAT], roles: ['presided', 'spoke'],
        note: "Presided over the closing meeting and the oath-taking ceremony; 'delivered a speech', 'pointed out', 'asked', 'stressed' (spoke)." },
      { name: 'Pan Lihong', titles: ['Deputy directors'], roles: ['attended'],
        note: "Label before a 4-name list ('Deputy directors A, B, C and D, and Secretary-General E'); the list ends at the next title." },
      { name: 'Jia Wenkai', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Zeng Meixia', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Qin Huaiyuan', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Fu Dingyuan', titles: ['Secretary-General'], roles: ['attended'], note: "Title-case post before the name, after the label list." },
      { name: 'Yao Shunping', titles: ['Vice mayor'], roles: ['attended', 'reported'],
        note: "'Vice mayor Yao Shunping ... attended the meeting as non-voting participants' (title before the name, sentence-initial capital); 'the meeting heard the report made by Yao Shunping' (reported)." },
      { name: 'Kong Lingxiu', titles: ["president of the Municipal Intermediate People's Court"], roles: ['attended'],
        note: "Lower-case post before the name, inside a list of three title-name pairs." },
      { name: 'Mao Jingyu', titles: ["chief procurator of the Municipal People's Procuratorate"], roles: ['attended'] },
      { name: 'Xiong Zhiyuan', titles: ['mayor of Lanxing City'], roles: [],
        note: "Resignation accepted 'from the post of mayor of Lanxing City': the post he leaves is his title; no role at the meeting." },
      { name: 'Wang Qichang', titles: ['vice mayor of Lanxing City', 'acting mayor of Lanxing City'], roles: ['spoke'],
        note: "'appointed Wang Qichang as vice mayor of Lanxing City, and decided that Wang Qichang shall be the acting mayor of Lanxing City': the usual procedure when a mayor leaves between congress sessions; vice mayor + acting mayor of one person is NOT a rank conflict, and the acting mayor after the former mayor's resignation is NOT a second holder of the mayor's post. Took the oath (no role); 'delivered a speech after the oath', 'He said' (spoke)." },
      { name: 'Tian Yuexin', titles: ['vice mayor of Lanxing City'], roles: [], note: "Appointed and sworn in only (roles []). Second vice mayor: same post wording as Wang Qichang's first post." },
      { name: 'Lai Guohua', titles: ['director of the Municipal Bureau of Natural Resources and Planning'], roles: [],
        note: "Removed from the post; the removed post is his title (as the removed holder in holdout/111)." },
      { name: 'Ye Chengzhi', titles: ['director of the Municipal Bureau of Natural Resources and Planning'], roles: [],
        note: "Appointed to the post Lai Guohua is removed from: the same post string for the removed and the new holder is not a duplicate post." },
      { name: 'Hu Jiarong', titles: ["chief procurator of the Qiaonan District People's Procuratorate"], roles: [],
        note: "Appointment approved by the municipal standing committee; district-level chief procurator, not the municipal one (Mao Jingyu)." },
      { name: 'Cao Xinmin', titles: ["director of the Personnel and Deputies Work Committee of the Standing Committee of the Municipal People's Congress"], roles: ['reported'],
        note: "'made an explanation on the bills' (reported)." },
      { name: 'Xie Yuting', titles: ['Contributor'], roles: ['byline'] },
      { name: 'Chang Bowen', titles: ['Editor on duty'], roles: ['byline'] },
    ],
    themes: [
      "21st Meeting of the Standing Committee of the 17th Lanxing Municipal People's Congress",
      'Lanxing City Regulations on the Protection of Ancient and Famous Trees',
      'a green, livable and prosperous Lanxing',
      "whole-process people's democracy",
      '14th Five-Year Plan',
      'Regulations on Optimizing the Business Environment',
      "fourth session of the 17th Municipal People's Congress",
    ],
    notes: "Municipal people's congress website (Lanxing), plain government MT: site name, breadcrumb, 'Release time / Source / Views' line, 'Contributor: X   Editor on duty: Y' and '[Print this page]   [Close]' at the foot. Closing meeting of a standing committee session with appointments and removals written as running text (no table): resignation of the mayor accepted, a vice mayor appointed and made acting mayor, a second vice mayor, a bureau director removed and his successor appointed to the same post, a district chief procurator approved; then the constitutional oath. Titles after names and before names in lower case ('president of the Municipal Intermediate People's Court Kong Lingxiu'). Look-alikes that are NOT inconsistencies: 'mayor of Lanxing City' (former, resigned) vs 'acting mayor of Lanxing City' (successor); 'vice mayor' + 'acting mayor' of Wang Qichang; two 'vice mayor of Lanxing City' (Wang Qichang, Tian Yuexin) plus 'Vice mayor' Yao Shunping; the same bureau post for the removed and the appointed director; municipal vs district chief procurator; 'director of the Standing Committee' vs 'Deputy directors'. Non-persons: Municipal People's Congress Hall, Qiaonan District.",
  },

  '502_chuanyuan_fengbei_joint_conference_newspaper': {
    persons: [
      { name: 'Zhong Xiaoman', titles: [], roles: ['byline'],
        note: "Newspaper byline 'By Zhong Xiaoman and intern Wen Jiayi | Updated: ...': 'By' is not a label, so no title for the first name." },
      { name: 'Wen Jiayi', titles: ['intern'], roles: ['byline'], note: "Lower-case 'intern' before the second byline name is a byline label (title)." },
      { name: 'Zheng Hanlin', titles: ['Chuanyuan Party chief'], roles: ['presided', 'spoke'],
        note: "Newspaper wording before the name with the place ('Chuanyuan Party chief Zheng Hanlin'); 'co-chaired' (presided); quoted speech and 'called on' (spoke)." },
      { name: 'Lü Jiaqi', titles: ['top official of Fengbei'], roles: ['presided', 'spoke'],
        note: "Surname with u-umlaut (U+00FC). 'the top official of Fengbei' = the party secretary of the other city (leading article dropped); female ('she said'). Not a second Party chief of Chuanyuan: two different cities." },
      { name: 'Yin Boxiong', surnameIn: ['Mayor Yin'], titles: ['mayor of Chuanyuan'], roles: ['reported'],
        note: "'briefed participants' (reported); 'According to Mayor Yin, ...' continues his briefing (surname-only, span = 'Yin')." },
      { name: 'Gao Yanru', surnameIn: ['Mayor Gao'], titles: ['Fengbei mayor'], roles: ['reported'],
        note: "Female. 'Fengbei mayor Gao Yanru' (lower-case post with the place before the name). 'Mayor Gao said ...' continues her briefing (no separate spoke). Two mayors of two different cities: not a duplicate post." },
      { name: 'Hong Xiaobo', titles: ['Chuanyuan vice-mayor'], roles: [], note: "'The agreements were signed by ...': signing is not a role." },
      { name: 'Qiu Shengli', titles: ['Fengbei vice-mayor'], roles: [] },
      { name: 'Ren Zhaoxuan', titles: ["heads of the two cities' development and reform commissions"], roles: [],
        note: "Plural label before a 2-name list ('the heads of the two cities' development and reform commissions, Ren Zhaoxuan and Niu Haifeng'), leading article dropped." },
      { name: 'Niu Haifeng', titles: ["heads of the two cities' development and reform commissions"], roles: [] },
      { name: 'Dai Xiuwen', titles: ['director of the management committee of the industrial park'], roles: ['spoke'] },
      { name: 'Tao Mingyuan', titles: ['secretary-general of the Chuanyuan municipal government'], roles: ['spoke'] },
      { name: 'Xu Zhenqing', titles: ['professor of regional economics at Fengbei University'], roles: ['attended', 'spoke'],
        note: "'who attended the conference as an adviser' (attended; 'adviser' describes his part in the meeting, not a post); 'said', quoted speech (spoke)." },
      { name: 'Shi Muyang', titles: ['Copy editor'], roles: ['byline'] },
    ],
    themes: [
      'one-hour living circle',
      'sixth joint conference of the Party and government leaders of the two cities',
      'one map, one plan, one network',
      'same-city effect',
    ],
    notes: "English edition of a city newspaper (Chuanyuan Daily), fluent edited newswire English: masthead with section bar, breadcrumb, headline without a name, byline 'By X and intern Y | Updated: ...', 'Copy editor:' at the foot. Joint conference of the Party and government leaders of two neighbouring cities: two party secretaries ('Chuanyuan Party chief', 'top official of Fengbei'), two mayors ('mayor of Chuanyuan', 'Fengbei mayor'), two vice-mayors ('Chuanyuan vice-mayor', 'Fengbei vice-mayor') and two development and reform commission heads of DIFFERENT cities: none of these is a duplicate post. Surname-only 'Mayor Yin', 'Mayor Gao'; three full-sentence direct quotations (not themes). Non-persons: Chuan-Feng Cooperation Industrial Park, Fengbei University, intercity bus line 601.",
  },

  '503_haoyang_provincial_natural_resources_work_conference': {
    persons: [
      { name: 'Xi Jinping', titles: [], roles: [], note: "Only inside the theme 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era' (a mention inside a theme counts)." },
      { name: 'Xia Zhenbang', titles: ['Vice Governor'], roles: ['attended', 'spoke'], note: "Title-case post before the name; 'affirmed', 'pointed out', 'stressed' (spoke)." },
      { name: 'Feng Yuanzhou', titles: ['Secretary of the Party Leadership Group', 'Director-General of the Department of Natural Resources of Haoyang Province'], roles: ['reported'],
        note: "'delivered the work report' (reported); 'reviewed the work of 2024', 'put forward eight key tasks', 'announced' continue his report (no separate spoke)." },
      { name: 'Huang Mingjie', titles: ['Deputy Director-General'], roles: ['presided'], note: "Singular title-case post before the name." },
      { name: 'Wei Shaoqing', titles: ['Deputy Directors-General'], roles: ['attended'], note: "Plural label 'Deputy Directors-General A and B' (irregular plural of a hyphenated post)." },
      { name: 'Chang Lixue', titles: ['Deputy Directors-General'], roles: ['attended'] },
      { name: 'Tang Siyuan', titles: ['Chief Planner'], roles: ['attended'] },
      { name: 'Ji Hongwei', titles: ['First-level Inspector'], roles: ['attended', 'reported'],
        note: "'First-level Inspector' (a rank of non-leading civil servants, here of the department); 'briefed the results of the ... assessment' (reported)." },
      { name: 'Lan Qiaoyun', titles: ['Second-level Inspectors'], roles: ['attended'], note: "Plural label before a 2-name list. 'Second-level' vs 'First-level' inspectors are different persons, not a rank conflict." },
      { name: 'Bai Zhenhua', titles: ['Second-level Inspectors'], roles: ['attended'] },
      { name: 'Liao Xinghua', titles: ['leader of the Discipline Inspection and Supervision Group of the Provincial Commission for Discipline Inspection and the Provincial Supervisory Commission stationed in the Department'], roles: ['attended', 'spoke'],
        note: "One long post (the ' and ' joins two commissions inside the body name and does not split); 'made arrangements', 'asked' (spoke)." },
      { name: 'Xu Dongping', titles: ['director of the Haocheng Municipal Bureau of Natural Resources and Planning'], roles: ['spoke'], note: "'made exchange speeches' (spoke)." },
      { name: 'Zou Ruiqi', titles: ['director of the Natural Resources Bureau of Shibei County'], roles: ['spoke'] },
      { name: 'Ning Weiye', titles: ['Photography'], roles: ['byline'], note: "Credit line 'Text: General Office   Photography: X   Review: Y' (the office is not a person)." },
      { name: 'Geng Shuo', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
      '2025 Provincial Natural Resources Work Conference',
      'National Natural Resources Work Conference',
      'Provincial Party Committee Economic Work Conference',
      'balance of occupation and compensation',
      'non-agriculturalization',
      'non-grain conversion',
      'land follows the project',
      'people-centered',
      'ensuring development and protecting resources',
      'Year of Improving the Quality and Efficiency of Land Use',
      'bottom line of integrity',
    ],
    notes: "English pages of a provincial department website (Department of Natural Resources of Haoyang Province): breadcrumb, 'Date / Source / Font / Print | Close' line, credit line 'Text: <office>   Photography: X   Review: Y' at the foot. Provincial department work conference: vice governor, 'Director-General' of the department (also Party leadership group secretary), singular 'Deputy Director-General' before one name and plural 'Deputy Directors-General' before two others, 'Chief Planner', 'First-level Inspector' and plural 'Second-level Inspectors', a long discipline-group post; municipal and county bureau directors made exchange speeches. All leaders' posts are title case before the name. Look-alikes that are NOT inconsistencies: 'Director-General' vs 'Deputy Director-General' / 'Deputy Directors-General' (different persons); 'First-level Inspector' vs 'Second-level Inspectors' (different persons); provincial department vs municipal and county bureaus. Non-persons: Haocheng, Shibei County, the General Office, the divisions."
  },

  '504_liangqiao_municipal_public_security_bureau_midyear_meeting': {
    persons: [
      { name: 'Hong Kaiwen', titles: ['member of the Party Group of the Municipal Government', 'vice mayor', 'secretary of the Party Committee', 'director of the Municipal Public Security Bureau'], roles: ['attended', 'spoke'],
        note: "Long comma chain of four posts ('member of the Party Group of the Municipal Government, vice mayor, secretary of the Party Committee and director of the Municipal Public Security Bureau'): a vice mayor who heads the police bureau (usual in Chinese cities). 'affirmed', 'pointed out', 'stressed', 'required' (spoke)." },
      { name: 'Yu Zhongxin', surnameIn: ['Political Commissar Yu'], titles: ['deputy secretary of the Party Committee', 'political commissar of the Municipal Public Security Bureau'], roles: ['presided', 'spoke'],
        note: "Surname-only 'Political Commissar Yu asked' (span = 'Yu'; the title-case address form is not a separate title)." },
      { name: 'Cai Hongbo', titles: ['Bureau leaders', 'member of the Party Committee', 'executive deputy director of the Municipal Public Security Bureau'], roles: ['attended', 'reported'],
        note: "First of a 4-name label list ('Bureau leaders A, B, C and D'), posts given later; 'briefed on the public security situation' (reported)." },
      { name: 'Xie Lianyu', titles: ['Bureau leaders'], roles: ['attended', 'spoke'], note: "Female; only the label gives her post. 'made arrangements' (spoke)." },
      { name: 'Tang Weiming', titles: ['Bureau leaders', 'deputy director'], roles: ['attended', 'reported'], note: "'read out the implementation plan' (reported)." },
      { name: 'Gong Zhihua', titles: ['Bureau leaders', 'director of the Political Department'], roles: ['attended', 'reported'], note: "'read out the decision on commending' (reported)." },
      { name: 'Lv Shaoqiang', titles: ['head of the discipline inspection and supervision team stationed in the bureau'], roles: ['attended'] },
      { name: 'Wen Shengjie', titles: ['director of the Qiaodong Branch'], roles: ['spoke'], note: "'made exchange speeches' (spoke). A branch bureau director, not the director of the Municipal Public Security Bureau." },
      { name: 'Yin Haoran', titles: ['instructor of the Shiliting Police Station of the Xinpu Branch'], roles: ['spoke'], note: "'instructor' = the political instructor of a police station (a post)." },
      { name: 'Kong Xiangyu', titles: ['Text'], roles: ['byline'], note: "Credit line with vertical bars 'Text | X   Picture | Y   Editor | Z'." },
      { name: 'Ji Shuang', titles: ['Picture'], roles: ['byline'] },
      { name: 'Yao Peiqi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Summer Crackdown and Rectification',
      'pig-butchering',
      'Fengqiao-style police stations',
      'seeing the police lights',
      'strict governance of the police in an all-round way',
      'three regulations',
      'Safe Campus',
    ],
    notes: "Website of a municipal public security bureau (Liangqiao): 'Current location' breadcrumb, headline with a quoted campaign name, 'Release time / Source: Political Department / Number of visits' line, credits with vertical bars at the foot. Mid-year work meeting of a municipal bureau that also deploys a summer campaign. Police posts: vice mayor and bureau director (four joined posts), political commissar, executive deputy director, deputy director, director of the Political Department, discipline team head, branch director, police station instructor. Surname-only 'Political Commissar Yu'. Look-alikes that are NOT inconsistencies: 'director of the Municipal Public Security Bureau' (Hong) vs 'executive deputy director' (Cai) vs 'deputy director' (Tang) vs 'director of the Political Department' (Gong) vs 'director of the Qiaodong Branch' (Wen): five different posts of five persons; 'secretary' vs 'deputy secretary of the Party Committee'; the label 'Bureau leaders' plus later singular posts. Non-persons: Qiaodong Branch, Xinpu Branch, Shiliting Police Station, Command Center.",
  },

  '505_nalong_guangxi_flood_control_headquarters_meeting': {
    persons: [
      { name: 'Wei Guanglin', titles: ['secretary of the Municipal Party Committee', 'first commander-in-chief of the Municipal Flood Control and Drought Relief Headquarters'], roles: ['attended', 'spoke'],
        note: "Zhuang surname Wei; 'Municipal' here is the county-level city of Nalong. 'pointed out', 'stressed' (spoke)." },
      { name: 'Nong Lijuan', surnameIn: ['Mayor Nong'], titles: ['deputy secretary of the Municipal Party Committee', 'mayor', 'commander-in-chief of the Municipal Flood Control and Drought Relief Headquarters'], roles: ['presided', 'spoke'],
        note: "Female, Zhuang surname Nong. Three joined posts. Surname-only 'Mayor Nong asked' (span = 'Nong'): the text has a second Nong (Nong Guanghui), whom the title rules out. 'first commander-in-chief' (Wei Guanglin) vs 'commander-in-chief' (her): two posts of one headquarters held by two persons, not a duplicate." },
      { name: 'Huang Jinbiao', titles: ['member of the Standing Committee of the Municipal Party Committee', 'executive vice mayor', 'executive deputy commander-in-chief of the headquarters'], roles: ['spoke'],
        note: "'made specific arrangements' (spoke)." },
      { name: 'Lan Qiming', titles: ['Deputy commanders-in-chief of the headquarters'], roles: ['attended'], note: "Plural label before a 3-name list." },
      { name: 'Nong Guanghui', titles: ['Deputy commanders-in-chief of the headquarters'], roles: ['attended'], note: "Second person with the surname Nong." },
      { name: 'Yi Shaohua', titles: ['Deputy commanders-in-chief of the headquarters'], roles: ['attended'] },
      { name: 'Qin Daoyuan', titles: ["political commissar of the Municipal People's Armed Forces Department"], roles: ['attended'] },
      { name: 'Lan Meiling', titles: ['deputy director of the Zuoyuan Municipal Water Resources Bureau'], roles: ['attended'],
        note: "Official of the prefecture-level city (Zuoyuan) above Nalong: 'led a working group to attend the meeting for guidance' (attended). Her bureau is not the Nalong 'Municipal Water Resources Bureau' of Qin Dehua." },
      { name: 'Qin Dehua', titles: ['director of the Municipal Water Resources Bureau'], roles: ['reported'],
        note: "'reported on the rectification' (reported). 'led technicians ... to check the embankment' after the meeting is not a role." },
      { name: 'Wei Xiaoyan', titles: ['director of the Municipal Meteorological Bureau'], roles: ['reported'], note: "Second person with the surname Wei; 'briefed the climate trend forecast' (reported)." },
      { name: 'Xia Yuping', titles: ['secretary of the party committee of Nabai Town'], roles: ['reported'], note: "'made statements' (reported)." },
      { name: 'Huang Liwen', titles: ['head of Dongyi Township'], roles: ['reported'] },
      { name: 'Lan Jiaxin', titles: ['Financial media reporter'], roles: ['byline'], note: "Label 'Financial media reporter:' (融媒体记者), kept verbatim." },
      { name: 'Ning Shaoyu', titles: ['Correspondent'], roles: ['byline'] },
      { name: 'Tao Yunshan', titles: ['Duty editor'], roles: ['byline'] },
    ],
    themes: [
      'people first, life first',
      'preventing big floods, grabbing big dangers and rescuing big disasters',
      'the Party and the government share the same responsibility',
      'early warning, early transfer',
      'no one is left behind and no one is missed',
    ],
    notes: "Portal of a county-level city in Guangxi (Nalong, under the prefecture-level city Zuoyuan): breadcrumb with '>>', 'Release date / Source / Font size: Big Medium Small' line, credits 'Financial media reporter: X   Correspondent: Y' and 'Duty editor: Z' at the foot. Enlarged meeting of a flood control and drought relief headquarters: 'first commander-in-chief' (party secretary), 'commander-in-chief' (mayor), 'executive deputy commander-in-chief', plural label 'Deputy commanders-in-chief of the headquarters'. Zhuang surnames: three Lan, two Nong, two Wei, two Huang, two Qin (all different persons). In a county-level city 'Municipal' means Nalong; a deputy director of the Zuoyuan (prefecture-level) Municipal Water Resources Bureau also attends. Surname-only 'Mayor Nong' next to a second Nong. Look-alikes that are NOT inconsistencies: 'first commander-in-chief' vs 'commander-in-chief' vs 'executive deputy commander-in-chief' vs 'Deputy commanders-in-chief' (five persons); 'secretary' vs 'deputy secretary of the Municipal Party Committee'; 'mayor' vs 'executive vice mayor'; Nalong 'director of the Municipal Water Resources Bureau' vs Zuoyuan 'deputy director of the Zuoyuan Municipal Water Resources Bureau'. Non-persons: Nabai Town, Dongyi Township, Nalong River, the fire rescue brigade.",
  },

  '506_xiagang_town_living_environment_campaign_mobilization': {
    persons: [
      { name: 'Zou Jianxin', titles: ['secretary of the town party committee'], roles: ['attended', 'spoke'], note: "'made a mobilization speech', 'pointed out', 'stressed' (spoke)." },
      { name: 'Tian Xiaofei', titles: ['deputy secretary of the town party committee', 'town mayor', 'Final trial'], roles: ['presided', 'spoke', 'byline'],
        note: "'town mayor' = head of a town (镇长). Presided; 'required' (spoke); also credited as 'Final trial: Tian Xiaofei' (the three-level review credit 初审/复审/终审 translated literally): byline and the label as a title." },
      { name: 'Xu Hanmo', titles: ['deputy county head'], roles: ['attended', 'spoke'],
        note: "'deputy county head who contacts Xiagang Town': the county leader in charge of the town (the relative clause is not part of the post). 'put forward requirements', 'asked' (spoke). County vs town level: different persons, no conflict." },
      { name: 'Ren Yuhong', titles: ['Town leaders', "chairman of the town people's congress"], roles: ['attended', 'reported'], note: "'read out the list of the eight supervision groups' (reported)." },
      { name: 'Yang Chunlin', titles: ['Town leaders', 'member of the town party committee', 'deputy town mayor'], roles: ['attended', 'reported'], note: "'read out the Implementation Plan' (reported)." },
      { name: 'Geng Xuedong', titles: ['Town leaders'], roles: ['attended'] },
      { name: 'Mao Shuxian', titles: ['Town leaders', 'First trial'], roles: ['attended', 'byline'], note: "In the label list and in the credit 'First trial: Mao Shuxian'." },
      { name: 'Lai Wenbo', titles: ['Town leaders', 'Second trial'], roles: ['attended', 'byline'], note: "Last of the label list ('... and Lai Wenbo attended') and 'Second trial:' in the credits." },
      { name: 'Zhong Baoshan', titles: ['party branch secretary of Shangping Village'], roles: ['reported'], note: "'made statements on behalf of the villages and communities' (reported)." },
      { name: 'Tang Youcai', titles: ["director of the villagers' committee of Shuikou Village"], roles: ['reported'] },
      { name: 'Fang Guiying', titles: ['director of the neighborhood committee of Xiagang Community'], roles: ['reported'] },
      { name: 'Jia Xiaodie', titles: ['Text'], roles: ['byline'] },
    ],
    themes: [
      'Hundred-Day Battle',
      'Implementation Plan for the Hundred-Day Battle of Rural Living Environment Improvement in Xiagang Town',
      'three clean-ups and one improvement',
      'back garden',
      'zombie cars',
      'the secretary taking the lead and the whole people taking part',
      'Village Cleaning Day',
      'red and black list',
      'Four Good Rural Roads',
      'watching',
      'doing',
    ],
    notes: "County government portal, section 'Township Trends' (Meiyuan County), plain MT: 'Position:' breadcrumb, 'Time / Source / Click' line, credits 'Text: X   First trial: Y   Second trial: Z   Final trial: W' (literal translation of the three-level review). Mobilization meeting of a TOWN (镇) for a hundred-day campaign: 'town mayor', 'deputy town mayor', 'chairman of the town people's congress', label 'Town leaders' before a 5-name list, village party branch secretary, villagers' committee director, neighbourhood committee director, and the deputy county head in charge of the town. Two town leaders and the town mayor also appear in the credits. Look-alikes that are NOT inconsistencies: 'town mayor' (Tian) vs 'deputy town mayor' (Yang); 'secretary' vs 'deputy secretary of the town party committee'; 'deputy county head' (county level) next to town posts. Non-persons: Shangping Village, Shuikou Village, Xiagang Community, the county town.",
  },

  '507_majiazhuang_hui_village_representatives_meeting': {
    persons: [
      { name: 'Ma Zhanfu', titles: ['secretary of the village party branch'], roles: ['presided', 'spoke'],
        note: "'(Hui)' after the name is an ethnicity note, not a title. 'Ma Zhanfu said' at the end (spoke). One of three persons with the surname Ma." },
      { name: 'Hu Dexiang', titles: ['deputy head of Shawan Township'], roles: ['attended', 'spoke'],
        note: "'deputy head of Shawan Township who contacts the village' (relative clause not in the post). 'asked' (spoke)." },
      { name: 'Yang Wenyi', titles: ['first secretary stationed in the village'], roles: ['attended', 'spoke'],
        note: "'first secretary stationed in the village from the County Market Supervision Administration': the unit after 'from' is his home unit, not part of the post. 'said' (spoke)." },
      { name: 'Ma Yulong', titles: ['director of the village committee'], roles: ['attended', 'reported'],
        note: "'explained the revised contents of the village rules article by article' (reported). Village committee director and village party branch secretary are two persons here (Ma Yulong, Ma Zhanfu)." },
      { name: 'Bai Shouren', titles: ['director of the village affairs supervision committee'], roles: ['attended'] },
      { name: 'Ma Fengqin', titles: ["director of the village women's federation"], roles: ['reported'], note: "Female; 'reported on the household visits' (reported)." },
      { name: 'Bai Yuxiang', titles: ["Villagers' representatives"], roles: ['spoke'],
        note: "Label before a 3-name list ('Villagers' representatives A, B and C spoke in turn'). 'an old party member of 67' is a description, not a title; his full-sentence quotation is direct speech (not a theme)." },
      { name: 'Hu Yuzhen', titles: ["Villagers' representatives"], roles: ['spoke'], note: "Female; 'suggested' (spoke)." },
      { name: 'Ji Wanshan', titles: ["Villagers' representatives"], roles: ['spoke'] },
      { name: 'Fu Xiaolan', titles: ['Writer'], roles: ['byline'], note: "'Writer: Fu Xiaolan (Shawan Township)': the township in parentheses is her unit." },
      { name: 'Xia Mingyue', titles: [], roles: ['byline'], note: "'Checked by: Xia Mingyue': a verb phrase, not a credit label (as 'Translated by' in holdout3), so titles []." },
    ],
    themes: [
      'Village Rules and Folk Conventions of Majiazhuang Village',
      'sky-high bride price',
      'red and white affairs council',
      'two committees',
      'points supermarket',
      'moderate banquet',
      'five-star civilized household',
    ],
    notes: "Portal of a Hui autonomous county (Qingquan), township section: breadcrumb, 'Release time / Information source / Views' line, 'Writer: X (township)   Checked by: Y' at the foot. Villagers' representative meeting of one village on new village rules against high bride prices: village party branch secretary, village committee director, supervision committee director, women's federation director, a first secretary stationed in the village, the deputy township head in charge of the village, and three named villagers' representatives. Hui names marked '(Hui)'; three persons with the surname Ma, two Hu, two Bai. Look-alikes that are NOT inconsistencies: 'secretary of the village party branch' vs 'first secretary stationed in the village' (two different posts of two persons); two 'director of ...' posts of different village bodies. One full-sentence direct quotation (not a theme). Non-persons: Majiazhuang Village, Shawan Township, County Market Supervision Administration.",
  },

  '508_cuiping_county_political_and_legal_work_conference': {
    persons: [
      { name: 'Zhong Yaoting', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'] },
      { name: 'Xie Renjie', titles: ['County leaders', 'County head'], roles: ['attended', 'spoke'],
        note: "First of the label list 'County leaders A, B, C and D'; later 'County head Xie Renjie asked' (title before the name, sentence-initial capital)." },
      { name: 'Gong Mingzhe', titles: ['County leaders', 'deputy secretary of the county party committee'], roles: ['attended', 'reported'], note: "'read out the decision on commending' (reported)." },
      { name: 'Jia Qiuyun', titles: ['County leaders', 'chairwoman of the county CPPCC'], roles: ['attended'], note: "Female; her post is given only in the closing attendance sentence." },
      { name: 'Yi Chengfeng', titles: ['County leaders', 'deputy county head', 'director of the county public security bureau'], roles: ['attended', 'reported'],
        note: "Last of the label list; later 'deputy county head and director of the county public security bureau Yi Chengfeng' (two lower-case posts before the name) 'made statements' (reported)." },
      { name: 'Cao Hengyuan', titles: ['member of the Standing Committee of the County Party Committee', 'secretary of the Political and Legal Affairs Commission of the County Party Committee'], roles: ['presided', 'reported'],
        note: "'presided over the meeting and made the work report' (presided, reported); 'pointed out in the work report' continues the report." },
      { name: 'Zeng Yiping', titles: ["president of the county people's court"], roles: ['reported'], note: "Lower-case post before the name in a list of four title-name pairs; 'made statements on the work of their units' (reported)." },
      { name: 'Ning Xiaohui', titles: ["chief procurator of the county people's procuratorate"], roles: ['reported'] },
      { name: 'Lai Shuwen', titles: ['director of the county judicial bureau'], roles: ['reported'] },
      { name: 'Mao Dongsheng', titles: ['secretary of the party committee of Lianhua Town'], roles: ['spoke'], note: "'made an exchange speech' (spoke)." },
      { name: 'Qiu Yaqin', titles: ['Information officer'], roles: ['byline'], note: "Credit label 'Information officer:' (信息员)." },
      { name: 'Niu Jiahui', titles: [], roles: ['byline'], note: "'Photo by Niu Jiahui': a verb phrase, not a label (titles [])." },
    ],
    themes: [
      'Fengqiao Experience',
      'Safe Cuiping',
      'loyalty to the Party, service to the people, impartial law enforcement and strict discipline',
      'Cuiping under the rule of law',
      'one-stop',
      'sweeping away black and eliminating evil',
      'three kinds of people',
    ],
    notes: "Website of a county political and legal affairs commission ('Chang'an Cuiping'): breadcrumb, first line 'date time   Source: <commission>   Reading:', credits 'Information officer: X   Photo by Y' at the foot. County political and legal work conference: court president, chief procurator, deputy county head + public security bureau director and judicial bureau director, all written with lower-case posts BEFORE the name in one list; the commission secretary presided and reported. Label 'County leaders' before a 4-name list whose members get posts later ('County head', 'deputy secretary of the county party committee', 'chairwoman of the county CPPCC', 'deputy county head'). Look-alikes that are NOT inconsistencies: 'secretary of the county party committee' (Zhong) vs 'deputy secretary of the county party committee' (Gong) vs 'secretary of the Political and Legal Affairs Commission of the County Party Committee' (Cao) vs 'secretary of the party committee of Lianhua Town' (Mao); 'County head' vs 'deputy county head'; different capitalisation of 'County Party Committee' / 'county party committee' in posts of different persons. Non-persons: Lianhua Town, the county conference center.",
  },

  '509_yanbu_county_party_school_opening_ceremony': {
    persons: [
      { name: 'Fang Zhiqiang', titles: ['Secretary of the County Party Committee'], roles: ['attended', 'spoke'],
        note: "Title-case post before the name; 'delivered a mobilization speech and gave the first lesson', 'pointed out', 'asked' (spoke)." },
      { name: 'Dai Wenqing', surnameIn: ['President Dai'], titles: ['Deputy Secretary of the County Party Committee', 'President of the County Party School'], roles: ['presided', 'spoke'],
        note: "Two title-case posts joined by ' and ' before the name (a county deputy party secretary is the president of the county party school). Surname-only 'President Dai asked' (span = 'Dai')." },
      { name: 'Yin Huaping', titles: ['Member of the Standing Committee of the County Party Committee', 'Minister of the Organization Department'], roles: ['attended'] },
      { name: 'Tang Jiahui', titles: ['Vice Presidents of the County Party School'], roles: ['attended'], note: "Plural label before two names." },
      { name: 'Qiu Lina', titles: ['Vice Presidents of the County Party School'], roles: ['attended'] },
      { name: 'Gao Shuming', titles: ['Executive Vice President of the County Party School'], roles: ['reported'],
        note: "'introduced the teaching plan' (reported); 'Gao Shuming said that ...' continues the introduction (no separate spoke)." },
      { name: 'Yu Haining', titles: ['deputy head of Songkou Town'], roles: ['spoke'], note: "'spoke on behalf of the trainees' (spoke)." },
      { name: 'Xi Jinping', titles: [], roles: [], note: "Only inside the theme 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era'." },
      { name: 'Xiong Yuefang', titles: ['Head teacher'], roles: ['reported'], note: "'Head teacher Xiong Yuefang read out the class rules' (title before the name; reported)." },
      { name: 'Pan Yiran', titles: ['Text'], roles: ['byline'] },
      { name: 'Lv Xinyi', titles: ['Typesetting'], roles: ['byline'], note: "Surname spelt 'Lv'; credit label 'Typesetting:'." },
    ],
    themes: [
      'theory + practice',
      'micro-lessons',
      'empty the cup',
      'Be a Young Cadre Who Dares to Take Responsibility and Is Good at Getting Things Done',
      'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
      'four consciousnesses',
      'four self-confidences',
      'lying flat',
      'formalism',
      'eight prohibitions',
    ],
    notes: "Website of a county party school (CPC Yanbu County Committee Party School): 'Home > School News', 'Author: <office>   Date   Hits' line (the office is not a person), 'Text: X   Typesetting: Y' at the foot. Opening ceremony of a training class for young and middle-aged cadres: all leaders' posts in title case BEFORE the name ('Deputy Secretary of the County Party Committee and President of the County Party School Dai Wenqing'); 'President', 'Executive Vice President' and plural 'Vice Presidents' of the party school; a trainee (deputy town head) spoke on behalf of the trainees; the head teacher read the class rules. Surname-only 'President Dai'. Look-alikes that are NOT inconsistencies: 'President' (Dai) vs 'Executive Vice President' (Gao) vs 'Vice Presidents' (Tang, Qiu) of the County Party School; 'Secretary' (Fang) vs 'Deputy Secretary of the County Party Committee' (Dai). Non-persons: Songkou Town, the Organization Department, the former site of the Yanbu Uprising (historical event).",
  },

  '510_ruoshui_private_entrepreneurs_forum_newspaper': {
    persons: [
      { name: 'Qin Xiaoyu', titles: ['Story'], roles: ['byline'], note: "Header credit 'Story: X   Photos: Y' after the date." },
      { name: 'Kong Weijie', titles: ['Photos'], roles: ['byline'] },
      { name: 'Xia Qinglan', surnameIn: ['Mayor-designate Xia'], titles: ["Ruoshui's mayor-designate"], roles: ['attended', 'spoke'],
        note: "Female. Newspaper wording 'mayor-designate' (the newly appointed acting mayor), before the name with the possessive city; 'sat down with 11 private entrepreneurs ... at a forum' (attended); 'said', quoted speech, 'asked', 'promised' (spoke). Surname-only 'Mayor-designate Xia also promised' (span = 'Xia'; hyphenated address form). The headline 'Mayor-designate meets ...' has no name." },
      { name: 'Yi Zhenhua', titles: ['chairman of the Ruoshui Federation of Industry and Commerce'], roles: ['presided'], note: "'The forum was hosted by' (presided)." },
      { name: 'Cai Jingwen', titles: ['Vice-mayor'], roles: ['attended'], note: "Hyphenated 'Vice-mayor' before the name, sentence-initial." },
      { name: 'Wang Deshun', titles: ['chairman of Ruoshui Hongda Valve Co., Ltd.'], roles: ['spoke'], note: "Post ending in 'Co., Ltd.' (the comma inside the company name does not split)." },
      { name: 'Jia Liping', titles: ['general manager of Jinqiao Food Co., Ltd.'], roles: ['spoke'], note: "Female ('her company')." },
      { name: 'Hu Chuanfu', titles: ['chairman of Yida Textile Group'], roles: ['spoke'], note: "'asked the city' (spoke). Chairman of a different company: not a second chairman of Hongda Valve." },
      { name: 'Feng Haoyu', titles: ['founder of Xinyu Intelligent Technology Co., Ltd.'], roles: ['spoke'] },
      { name: 'Tang Meiling', titles: ['chairwoman of Fenghua Ceramics Co., Ltd.'], roles: ['spoke'], note: "'talked about' (spoke)." },
      { name: 'Yao Yunfei', titles: ['president of the Ruoshui Young Entrepreneurs Chamber of Commerce'], roles: ['spoke'] },
      { name: 'Geng Zhiwei', titles: ['director of the municipal bureau of commerce'], roles: ['spoke'], note: "'answered several questions on the spot, and said' (spoke)." },
    ],
    themes: [
      'answers within 48 hours',
      'first orders',
      '48-hour reply',
      'our own people',
      'score',
      'Year of Optimizing the Business Environment',
    ],
    notes: "English channel of a city newspaper (Ruoshui Daily), fluent newspaper English: section line, headline without a name, header credit 'date time   Story: X   Photos: Y', no footer. Forum of the new (acting) mayor with private entrepreneurs at the Federation of Industry and Commerce: company chairmen, a chairwoman, a general manager, a founder, a chamber of commerce president, all with 'Co., Ltd.' or group names. Newspaper wording 'mayor-designate' and surname-only 'Mayor-designate Xia'. Two full-sentence direct quotations (not themes). Look-alikes that are NOT inconsistencies: three chairmen / chairwomen of three different companies and the chairman of the Federation of Industry and Commerce; 'president' of a chamber of commerce. Non-persons: the companies, Ruoshui Federation of Industry and Commerce.",
  },

  '511_taixi_development_zone_economic_work_conference': {
    persons: [
      { name: 'Qiu Mingkai', titles: ['Member of the Standing Committee of the Dongling Municipal Party Committee', 'vice mayor', 'secretary of the Party Working Committee of the zone', 'first secretary of the Party Committee of the Taixi Comprehensive Bonded Zone'], roles: ['attended', 'spoke'],
        note: "Very long chain of four posts BEFORE the name, first word capitalised, the rest lower case ('Member of ..., vice mayor, secretary of ... and first secretary of ... Qiu Mingkai attended'). 'pointed out', 'stressed' (spoke)." },
      { name: 'Chang Yuxiao', titles: ['deputy secretary of the Party Working Committee', 'director of the Management Committee'], roles: ['presided', 'spoke'], note: "'made a concluding speech', 'asked' (spoke)." },
      { name: 'Liao Jianping', titles: ['Leaders of the zone', 'member of the Party Working Committee', 'deputy director of the Management Committee'], roles: ['attended', 'reported'],
        note: "First of the label list 'Leaders of the zone A, B, C and D'; 'made the economic work report' (reported)." },
      { name: 'Tian Runhua', titles: ['Leaders of the zone', 'full-time deputy secretary of the Party Working Committee'], roles: ['attended', 'reported'], note: "'read out the decision' (reported)." },
      { name: 'Ning Zhenyu', titles: ['Leaders of the zone', 'secretary of the Discipline Inspection Working Committee'], roles: ['attended', 'spoke'], note: "'made arrangements' (spoke)." },
      { name: 'Xiong Peipei', titles: ['Leaders of the zone'], roles: ['attended'] },
      { name: 'Ji Wenhao', titles: ['general manager of Dongling Haike Semiconductor Co., Ltd.'], roles: ['reported'], note: "'made statements as representatives of the enterprises' (reported)." },
      { name: 'Zeng Yuanyuan', titles: ['chairwoman of Taixi Bio-Pharmaceutical Co., Ltd.'], roles: ['reported'] },
      { name: 'Zou Yijun', titles: ['Text', 'Photos'], roles: ['byline'], note: "'Text & Photos: Zou Yijun': two credit labels joined by '&' (as 'Text/Photo' in holdout2/204)." },
      { name: 'Hong Lijuan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Enterprise Service Year',
      'Top Ten Enterprises',
      'Excellent Project Service Specialists',
      '100 billion yuan of GDP within three years',
      'new quality productive forces',
      'service specialist',
      'standard land',
      'first standard',
    ],
    notes: "Website of a national economic and technological development zone (Taixi, in Dongling City): breadcrumb, headline with a quoted activity name, 'Publisher: <department>   Release time   Page views' line (the department is not a person), 'Text & Photos: X   Editor: Y' at the foot. Economic work conference of a development zone: the zone's party working committee secretary is also a municipal standing committee member and vice mayor (four posts before the name); management committee director and deputy director; full-time deputy secretary; discipline inspection working committee; two enterprise heads made statements. Look-alikes that are NOT inconsistencies: 'secretary of the Party Working Committee of the zone' (Qiu) vs 'deputy secretary of the Party Working Committee' (Chang) vs 'full-time deputy secretary' (Tian) vs 'secretary of the Discipline Inspection Working Committee' (Ning); 'director' (Chang) vs 'deputy director of the Management Committee' (Liao); 'vice mayor' of Dongling next to zone posts; 'first secretary of the Party Committee of the Taixi Comprehensive Bonded Zone' is a second body, not a rank of the working committee. Non-persons: Taixi Street, Taixi Comprehensive Bonded Zone, Dongling.",
  },

  '512_shangqiao_county_work_safety_committee_newspaper': {
    persons: [
      { name: 'Gao Yiming', titles: ['Reporter'], roles: ['byline'], note: "Header credit 'Shangqiao Rong Media Center | Reporter: X | date' (the media center is not a person)." },
      { name: 'Xu Jiahe', titles: ['Shangqiao county chief', 'director of the county work safety committee'], roles: ['presided', 'spoke'],
        note: "Newspaper wording 'county chief' (= county head) before the name with the place; 'who is also director of the county work safety committee' (relative clause = second post); 'as he chaired the plenary meeting' (presided); 'ordered', 'made the remarks', 'asked' (spoke). The headline 'County chief orders ...' has no name." },
      { name: 'Wang Zhaoming', titles: ['county’s top official'], roles: ['attended', 'spoke'],
        note: "'the county’s top official' (= the county party secretary; curly apostrophe, leading article dropped); 'told the meeting', 'asked' (spoke); his full-sentence quotation is not a theme." },
      { name: 'Yi Xinrui', titles: ['Executive deputy county chief', 'executive deputy director of the committee'], roles: ['reported'],
        note: "'Executive deputy county chief Yi Xinrui, who serves as executive deputy director of the committee, briefed' (title before the name + relative clause; reported)." },
      { name: 'Huang Peiyu', titles: ['head of Fengling Town'], roles: ['spoke'], note: "'made a self-criticism at the meeting' (spoke)." },
      { name: 'Ren Kefei', titles: ['Deputy county chiefs'], roles: ['spoke'], note: "Plural label before two names; 'made arrangements for ..., respectively' (spoke)." },
      { name: 'Qin Yuze', titles: ['Deputy county chiefs'], roles: ['spoke'] },
      { name: 'Zeng Jianbo', titles: ['director of the county emergency management bureau'], roles: ['reported'], note: "'read out the list' (reported)." },
      { name: 'Xie Haotian', titles: ['captain of the county fire and rescue brigade'], roles: ['reported'], note: "'briefed the meeting' (reported)." },
      { name: 'Bai Ruoxi', titles: ['Video'], roles: ['byline'] },
      { name: 'Fu Chenxi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Nie Wanqing', titles: ['Chief editor'], roles: ['byline'] },
    ],
    themes: [
      'zero tolerance',
      'reporting safety on paper',
      'hundred-day campaign',
      'three musts',
    ],
    notes: "County convergence-media news site in edited newspaper English (Shangqiao Today): curly quotation marks and apostrophes, em dashes, header credit 'Shangqiao Rong Media Center | Reporter: X | date time', 'Video / Editor / Chief editor' at the foot. Plenary meeting of a county work safety committee before the Spring Festival. Newspaper wordings 'county chief', 'Executive deputy county chief', 'Deputy county chiefs', 'the county’s top official'; posts in relative clauses ('who is also director of ...', 'who serves as executive deputy director of ...'). One full-sentence direct quotation (not a theme); the slogan 'three musts' is followed by its explanation between em dashes. Look-alikes that are NOT inconsistencies: 'county chief' (Xu) vs 'Executive deputy county chief' (Yi) vs 'Deputy county chiefs' (Ren, Qin); 'director' (Xu) vs 'executive deputy director of the committee' (Yi); 'county’s top official' (party secretary) vs 'county chief' (head of government): two persons, two posts. Non-persons: Fengling Town, Shangqiao Rong Media Center.",
  },
};

export const perturbed = {
  '501_lanxing_municipal_npc_standing_committee_appointments': {
    edits: [
      { old: 'Guo Shuhan presided over the ceremony.', new: 'Deputy director Guo Shuhan presided over the ceremony.' },
      { old: 'Wang Qichang, Tian Yuexin, Ye Chengzhi and other', new: 'Wang Qichang, Tian Yuexing, Ye Chengzhi and other' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Guo Shuhan', edit: 0, injected: 'Deputy director',
        orig: { ctx: `Guo Shuhan, ${SEAT}, presided`, text: SEAT },
        description: "Guo Shuhan presides over the closing meeting as 'director of the Standing Committee of the Municipal People's Congress' but is called 'Deputy director' (title before the name) when he presides over the oath-taking ceremony two paragraphs later (deputy vs full rank of the same body; the real deputy directors are Pan Lihong, Jia Wenkai, Zeng Meixia and Qin Huaiyuan)." },
      { kind: 'name_spelling_variant', person: 'Tian Yuexin', edit: 1, injected: 'Tian Yuexing',
        orig: { ctx: 'appointed Tian Yuexin as vice mayor', text: 'Tian Yuexin' },
        description: "The newly appointed vice mayor Tian Yuexin is misspelt by one letter ('Tian Yuexing') in the list of officials who took the oath." },
    ],
  },
  '502_chuanyuan_fengbei_joint_conference_newspaper': {
    edits: [
      { old: 'Zheng Hanlin said. He called', new: 'Zheng Hanlin, secretary of the Chuanyuan Municipal Party Committee, said. He called' },
      { old: 'Lü Jiaqi said Fengbei would open', new: 'Lü Jiaxi said Fengbei would open' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Zheng Hanlin', edit: 0, injected: 'secretary of the Chuanyuan Municipal Party Committee',
        orig: { ctx: 'Chuanyuan Party chief Zheng Hanlin', text: 'Chuanyuan Party chief' },
        description: "The same post of Zheng Hanlin is worded 'Chuanyuan Party chief' (newspaper wording, before the name) in the lead and 'secretary of the Chuanyuan Municipal Party Committee' (full form, after the name) in the attribution of his quotation." },
      { kind: 'name_spelling_variant', person: 'Lü Jiaqi', edit: 1, injected: 'Lü Jiaxi',
        orig: { ctx: 'and Lü Jiaqi, the top official', text: 'Lü Jiaqi' },
        description: "Fengbei's top official Lü Jiaqi is misspelt by one letter ('Lü Jiaxi') at the start of the paragraph reporting her pledge." },
    ],
  },
  '503_haoyang_provincial_natural_resources_work_conference': {
    edits: [
      { old: 'Ji Hongwei briefed the results', new: 'Second-level Inspector Ji Hongwei briefed the results' },
      { old: 'Feng Yuanzhou reviewed the work of 2024.', new: 'Feng Yuanzhou, Director of the Department of Natural Resources of Haoyang Province, reviewed the work of 2024.' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Ji Hongwei', edit: 0, injected: 'Second-level Inspector',
        orig: { ctx: 'First-level Inspector Ji Hongwei', text: 'First-level Inspector' },
        description: "Ji Hongwei attends as 'First-level Inspector' but briefs the assessment as 'Second-level Inspector' (two ranks of the same inspector post; the real second-level inspectors are Lan Qiaoyun and Bai Zhenhua)." },
      { kind: 'title_wording_variant', person: 'Feng Yuanzhou', edit: 1, injected: 'Director of the Department of Natural Resources of Haoyang Province',
        orig: { ctx: 'and Director-General of the Department of Natural Resources of Haoyang Province', text: 'Director-General of the Department of Natural Resources of Haoyang Province' },
        description: "The head of the provincial department is 'Director-General of the Department ...' in the lead and 'Director of the Department ...' (the other common translation of 厅长, same capitalisation) in his work-report paragraph." },
    ],
  },
  '504_liangqiao_municipal_public_security_bureau_midyear_meeting': {
    edits: [
      { old: 'Xie Lianyu made arrangements on traffic safety', new: 'Xie Lianyu, political commissar, made arrangements on traffic safety' },
      { old: 'Hong Kaiwen stressed that we should deepen', new: 'Hong Kaiwen, Director of the Municipal Public Security Bureau, stressed that we should deepen' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Xie Lianyu', edit: 0, injected: 'political commissar',
        orig: { ctx: 'and political commissar of the Municipal Public Security Bureau, presided', text: 'political commissar of the Municipal Public Security Bureau' },
        description: "The bureau has one political commissar, Yu Zhongxin, who presides; the bureau leader Xie Lianyu (otherwise only covered by the label 'Bureau leaders') is called 'political commissar' in her own paragraph." },
      { kind: 'title_capitalization_inconsistency', person: 'Hong Kaiwen', edit: 1, injected: 'Director of the Municipal Public Security Bureau',
        orig: { ctx: 'and director of the Municipal Public Security Bureau, attended', text: 'director of the Municipal Public Security Bureau' },
        description: "The same post of Hong Kaiwen is 'director of the Municipal Public Security Bureau' at the end of his four-post chain in the lead and 'Director of the Municipal Public Security Bureau' (capital D) in the injected apposition of his second speech paragraph." },
    ],
  },
  '505_nalong_guangxi_flood_control_headquarters_meeting': {
    edits: [
      { old: 'Mayor Nong asked all towns', new: 'Nong Lijuan, chief commander of the Municipal Flood Control and Drought Relief Headquarters, asked all towns' },
      { old: 'After the meeting, Qin Dehua led', new: 'After the meeting, Qin Dehua, director of the Zuoyuan Municipal Water Resources Bureau, led' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Nong Lijuan', edit: 0, injected: 'chief commander of the Municipal Flood Control and Drought Relief Headquarters',
        orig: { ctx: 'mayor and commander-in-chief of the Municipal Flood Control and Drought Relief Headquarters, presided', text: 'commander-in-chief of the Municipal Flood Control and Drought Relief Headquarters' },
        description: "Nong Lijuan's headquarters post (总指挥) is 'commander-in-chief of the ...' in the lead and 'chief commander of the ...' in her closing paragraph, where the surname-only 'Mayor Nong' is replaced by the full name and the second translation." },
      { kind: 'same_person_title_conflict', person: 'Qin Dehua', edit: 1, injected: 'director of the Zuoyuan Municipal Water Resources Bureau',
        orig: { ctx: 'Qin Dehua, director of the Municipal Water Resources Bureau, reported', text: 'director of the Municipal Water Resources Bureau' },
        description: "Qin Dehua reports as director of the Nalong (county-level city) 'Municipal Water Resources Bureau' but is 'director of the Zuoyuan Municipal Water Resources Bureau' (the prefecture-level city above, whose deputy director Lan Meiling attends) in the last paragraph: one person, two levels." },
    ],
  },
  '506_xiagang_town_living_environment_campaign_mobilization': {
    edits: [
      { old: 'member of the town party committee and deputy town mayor, read out', new: 'member of the town party committee and town mayor, read out' },
      { old: 'Final trial: Tian Xiaofei', new: 'Final trial: Tian Xiaofen' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Yang Chunlin', edit: 0, injected: 'town mayor',
        orig: { ctx: 'deputy secretary of the town party committee and town mayor, presided', text: 'town mayor' },
        description: "Yang Chunlin's 'deputy town mayor' loses 'deputy', so the town has two town mayors (Tian Xiaofei presides as 'town mayor')." },
      { kind: 'name_spelling_variant', person: 'Tian Xiaofei', edit: 1, injected: 'Tian Xiaofen',
        orig: { ctx: 'Tian Xiaofei, deputy secretary', text: 'Tian Xiaofei' },
        description: "The town mayor Tian Xiaofei is misspelt by one letter ('Tian Xiaofen') in the 'Final trial:' credit at the foot." },
    ],
  },
  '507_majiazhuang_hui_village_representatives_meeting': {
    edits: [
      { old: 'Hu Dexiang asked the village', new: 'Hu Dexiang, deputy county head, asked the village' },
      { old: 'Hu Yuzhen and Ji Wanshan spoke in turn', new: 'Hu Yuzheng and Ji Wanshan spoke in turn' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Hu Dexiang', edit: 0, injected: 'deputy county head',
        orig: { ctx: 'Hu Dexiang, deputy head of Shawan Township', text: 'deputy head of Shawan Township' },
        description: "Hu Dexiang attends as 'deputy head of Shawan Township' but is 'deputy county head' when he gives his requirements (township vs county level for one person)." },
      { kind: 'name_spelling_variant', person: 'Hu Yuzhen', edit: 1, injected: 'Hu Yuzheng',
        orig: { ctx: 'Hu Yuzhen suggested', text: 'Hu Yuzhen' },
        description: "The villagers' representative Hu Yuzhen is misspelt by one letter ('Hu Yuzheng') inside the label list 'Villagers' representatives A, B and C'; the next paragraph spells her 'Hu Yuzhen'." },
    ],
  },
  '508_cuiping_county_political_and_legal_work_conference': {
    edits: [
      { old: "chief procurator of the county people's procuratorate Ning Xiaohui", new: "president of the county people's court Ning Xiaohui" },
      { old: 'Cao Hengyuan pointed out in the work report', new: 'Cao Hengyuan, Secretary of the Political and Legal Affairs Commission of the County Party Committee, pointed out in the work report' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Ning Xiaohui', edit: 0, injected: "president of the county people's court",
        orig: { ctx: "president of the county people's court Zeng Yiping", text: "president of the county people's court" },
        description: "Copy slip in a list of title-name pairs: the chief procurator Ning Xiaohui is given the post of the previous pair, so the county court has two presidents (Zeng Yiping and Ning Xiaohui)." },
      { kind: 'title_capitalization_inconsistency', person: 'Cao Hengyuan', edit: 1, injected: 'Secretary of the Political and Legal Affairs Commission of the County Party Committee',
        orig: { ctx: 'and secretary of the Political and Legal Affairs Commission of the County Party Committee, presided', text: 'secretary of the Political and Legal Affairs Commission of the County Party Committee' },
        description: "The same post of Cao Hengyuan is 'secretary of the Political and Legal Affairs Commission ...' in the lead and 'Secretary of the Political and Legal Affairs Commission ...' (only the first letter differs) in the injected apposition of the work-report paragraph." },
    ],
  },
  '509_yanbu_county_party_school_opening_ceremony': {
    edits: [
      { old: 'President Dai asked the trainees', new: 'Vice President Dai asked the trainees' },
      { old: 'Gao Shuming said that this semester', new: 'Gao Shuming, executive vice president of the county party school, said that this semester' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Dai Wenqing', edit: 0, injected: 'Vice President',
        orig: { ctx: 'and President of the County Party School Dai Wenqing', text: 'President of the County Party School' },
        description: "Surname-only form: the president of the party school Dai Wenqing becomes 'Vice President Dai' in the paragraph on class discipline (the vice presidents are Tang Jiahui and Qiu Lina; no vice president is surnamed Dai)." },
      { kind: 'title_capitalization_inconsistency', person: 'Gao Shuming', edit: 1, injected: 'executive vice president of the county party school',
        orig: { ctx: 'Executive Vice President of the County Party School Gao Shuming', text: 'Executive Vice President of the County Party School' },
        description: "The same post of Gao Shuming is written in title case before his name ('Executive Vice President of the County Party School') and in lower case in the injected apposition two sentences later." },
    ],
  },
  '510_ruoshui_private_entrepreneurs_forum_newspaper': {
    edits: [
      { old: 'Hu Chuanfu, chairman of Yida Textile Group, asked', new: 'Hu Chuanfu, chairman of Ruoshui Hongda Valve Co., Ltd., asked' },
      { old: 'Xia Qinglan, who took office', new: 'Acting mayor Xia Qinglan, who took office' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Hu Chuanfu', edit: 0, injected: 'chairman of Ruoshui Hongda Valve Co., Ltd.',
        orig: { ctx: 'Wang Deshun, chairman of Ruoshui Hongda Valve Co., Ltd., was', text: 'chairman of Ruoshui Hongda Valve Co., Ltd.' },
        description: "Hu Chuanfu's company is replaced by the one of the previous speaker, so Ruoshui Hongda Valve Co., Ltd. has two chairmen (Wang Deshun and Hu Chuanfu)." },
      { kind: 'title_wording_variant', person: 'Xia Qinglan', edit: 1, injected: 'Acting mayor',
        orig: { ctx: "Ruoshui's mayor-designate Xia Qinglan", text: "Ruoshui's mayor-designate" },
        description: "The same post of Xia Qinglan is worded 'mayor-designate' (newspaper wording) in the lead and 'Acting mayor' (the official wording) before her name in the paragraph on the 48-hour reply system." },
    ],
  },
  '511_taixi_development_zone_economic_work_conference': {
    edits: [
      { old: 'Qiu Mingkai pointed out that the zone', new: 'Qiu Mingkai, deputy secretary of the Party Working Committee of the zone, pointed out that the zone' },
      { old: 'Chang Yuxiao made a concluding speech.', new: 'Chang Yuxiao, director of the Management Committee of the Dongling High-tech Zone, made a concluding speech.' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Qiu Mingkai', edit: 0, injected: 'deputy secretary of the Party Working Committee of the zone',
        orig: { ctx: 'vice mayor, secretary of the Party Working Committee of the zone', text: 'secretary of the Party Working Committee of the zone' },
        description: "Qiu Mingkai is 'secretary of the Party Working Committee of the zone' in the lead and 'deputy secretary of the Party Working Committee of the zone' in his speech paragraph (deputy vs full rank of the same committee; Chang Yuxiao is the real deputy secretary)." },
      { kind: 'same_person_title_conflict', person: 'Chang Yuxiao', edit: 1, injected: 'director of the Management Committee of the Dongling High-tech Zone',
        orig: { ctx: 'and director of the Management Committee, presided', text: 'director of the Management Committee' },
        description: "Chang Yuxiao presides as director of the Management Committee of the Taixi zone but makes the concluding speech as 'director of the Management Committee of the Dongling High-tech Zone' (the head of two different development zones at once)." },
    ],
  },
  '512_shangqiao_county_work_safety_committee_newspaper': {
    edits: [
      { old: 'Xu Jiahe asked the departments', new: 'County magistrate Xu Jiahe asked the departments' },
      { old: 'Wang Zhaoming told the meeting', new: 'Wang Zhaomin told the meeting' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Xu Jiahe', edit: 0, injected: 'County magistrate',
        orig: { ctx: 'Shangqiao county chief Xu Jiahe', text: 'Shangqiao county chief' },
        description: "The same post of Xu Jiahe (县长) is worded 'county chief' in the lead and 'County magistrate' before his name in the last paragraph (two translations of one post)." },
      { kind: 'name_spelling_variant', person: 'Wang Zhaoming', edit: 1, injected: 'Wang Zhaomin',
        orig: { ctx: 'Wang Zhaoming, the county', text: 'Wang Zhaoming' },
        description: "The county's top official Wang Zhaoming is misspelt by one letter ('Wang Zhaomin') in the attribution of his quotation." },
    ],
  },
};
