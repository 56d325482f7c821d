// Source of the held-out set gold of test/holdout8. `node test/goldkit/build-set.mjs test/holdout8` turns this file
// into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Secretary Tan" / "Commander Duan": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout/README.md, test/holdout2/README.md, test/holdout3/README.md, plus
// the decisions listed in README.md of this folder):
// - "Secretary Tan", "Commander Duan", "Secretary Ouyang": the surname is the mention; the address form is not a
//   separate title (the full post is always given elsewhere in the same text). No bare surname is used.
// - Minority names (Naxi, Bai, Dong, Miao, Dai) with a Han surname are ordinary names; Dai names without a surname
//   (one word: "Yanhan", "Yuxiang", "Yukan") and the Miao name-linking name "Jiu Ang" are whole names, no surname-only
//   forms. "(female, Naxi)", "(Bai)", "(female)" after a name are not titles.
// - Label lines of an election result or a list ("Secretary: X", "Deputy secretaries: A, B", "Members of the Standing
//   Committee (in order of strokes of surnames): ...") are titles of every listed person (as the table labels of
//   test/holdout/104); the headings "I. Appointed", "II. Removed", "III. Approved" are not titles.
// - Posts in parentheses after a name ("Deputy commanders Su Wenqiang (deputy secretary of the county party committee,
//   county head), ...") are titles, split on ", " like posts in apposition; an ethnicity or sex before them is not.
// - A title cut by a line break in the source ("organization department\nminister") is copied verbatim, newline
//   included; doubled words and wrong prepositions of the machine translation are kept as written.
// - Posts someone is appointed to, elected to or removed from are titles (also "no longer serves as ..."), and so
//   are the previous posts of a resume ("previously served as ..."); such persons have no role unless they act at the
//   meeting. "took the oath" is not a role.
// - Occupations are not titles ("a large grain grower", "a village doctor", "a teacher who has taught ..."), as the
//   herdsman of holdout3/312.
// - Byline labels are titles in every new form ("All-media reporter", "Intern", "Editor on duty", "Photo/Video" =
//   "Photo" + "Video", "Typesetting", "Review", "Communication member", "Audit", "Front-line reporters",
//   "Drone photography", "Duty editor", "Second review", "Third review", "Picture" after "|", "Photography" after " / ",
//   "First instance", "Second instance", "Final instance", "Correspondents", "Copy editor", "Executive editor",
//   "Image", "Layout", "Editor of this issue", "Producer"). "By A and B" (no label) and "[Photo by X / paper]"
//   (a verb phrase, as "Translated by" in holdout3/311) give no title; the persons keep the role byline.
// - Roles: "joined ... in deliberating", "participated in the deliberation", "took part", "accompanied (the
//   inspection)", "attended at the branch venues" = attended; "took the floor", "spoke in turn", "made exchange
//   speeches", "made arrangements", "put forward suggestions", "told", "encouraged", "did speech",
//   "made a farewell speech" = spoke; "read out", "briefed", "introduced", "announced the election results /
//   the decision", "made an explanation", "made statements", "reported by video", "said" inside a round of working-group
//   reports = reported. Inspection verbs (inspected, walked into, chatted with) are not roles.
// - Every double-quoted phrase is a theme, except full-sentence direct speech attributed with "said"; also the named
//   congresses, sessions and conferences.

const SC801 = ['Zhou Yiheng', 'Han Lijuan', 'Shen Zhiyuan', 'Ding Chengwu', 'Wan Shuyan', 'Mo Guoqiang'];

export const reports = {
  '801_jingbei_municipal_standing_committee_enlarged_meeting': {
    persons: [
      { name: 'Cheng Yuxuan', titles: ['All-media reporter'], roles: ['byline'], note: "Credit line under the date: 'All-media reporter: X   Intern: Y'." },
      { name: 'Gu Ruolin', titles: ['Intern'], roles: ['byline'], note: "'Intern:' is the credit label of a trainee reporter." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "Only referred to ('important instructions of General Secretary Xi Jinping')." },
      { name: 'Tan Jianmin', surnameIn: ['Secretary Tan'], titles: ['Secretary of the Municipal Party Committee'], roles: ['presided', 'spoke'],
        note: "Title-case post after the name. 'stressed'; surname-only 'Secretary Tan required' (span = 'Tan'; the address form is not a second title)." },
      { name: 'Lu Haoran', titles: ['Deputy Secretary of the Municipal Party Committee', 'Mayor'], roles: ['attended', 'spoke'],
        note: "His posts are directly followed by the plural label of the next list ('..., Deputy Secretary of the Municipal Party Committee and Mayor, Members of the Standing Committee ... A, B, ... attended'). 'made specific arrangements', 'He asked', 'He also asked' (spoke)." },
      { name: 'Xue Kaiming', titles: ['Members of the Standing Committee of the Municipal Party Committee', 'Member of the Standing Committee of the Municipal Party Committee', 'Executive Vice Mayor'], roles: ['attended', 'reported'],
        note: "First of a 7-name list after the plural label; 'The meeting heard the report of Xue Kaiming, ...' (reported) gives the singular label and his government post." },
      ...SC801.map((name) => ({ name, titles: ['Members of the Standing Committee of the Municipal Party Committee'], roles: ['attended'] })),
      { name: 'Kang Delin', titles: ["Director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'], note: "'attended the meeting as non-voting participants' (attended)." },
      { name: 'Jing Yuhua', titles: ['Chairwoman of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Bao Zhenhua', titles: ['Director of the Municipal Water Resources Bureau'], roles: ['reported'],
        note: "'briefed on' (reported). Named again in 'He also asked Bao Zhenhua to organize ...' (no role of his own)." },
      { name: 'Shao Wenting', titles: ['Director of the Municipal Natural Resources and Planning Bureau'], roles: ['reported'] },
      { name: 'Qian Mingyu', titles: ['Secretary of the Lianyu County Party Committee'], roles: ['reported'], note: "'made statements in turn' (reported)." },
      { name: 'Rao Jiaxin', titles: ['Secretary of the Nanpo District Party Committee'], roles: ['reported'] },
      { name: 'Hou Xiaomei', titles: ['Editor on duty'], roles: ['byline'] },
    ],
    themes: [
      'Hundred-Day Sprint',
      'main flood season',
      'people first, life first',
      'monitoring, early warning, transfer and rescue',
      'three responsible persons',
      'transfer before the rain, transfer whenever in doubt, and transfer everyone who should be transferred',
    ],
    notes: "City news network (Jingbei), plain government MT in title case: breadcrumb, 'date   Source   Views' line and a credit line 'All-media reporter: X   Intern: Y' at the top, 'Editor on duty:' at the foot. Enlarged meeting of the standing committee of a municipal party committee on flood prevention and major projects. Title-case posts after the names; the party secretary's posts run straight into the plural label of a 7-name list ('..., Deputy Secretary of the Municipal Party Committee and Mayor, Members of the Standing Committee of the Municipal Party Committee A, B, ... attended'); non-voting participants (congress director, CPPCC chairwoman); 'Vice mayors, secretaries of the party committees of all counties ...' is collective (no names). Surname-only 'Secretary Tan' once. Look-alikes, not inconsistencies: 'Secretary of the Municipal Party Committee' (Tan) vs 'Deputy Secretary of the Municipal Party Committee' (Lu) vs 'Secretary of the Lianyu County Party Committee' / 'Secretary of the Nanpo District Party Committee' (different persons, different levels); 'Mayor' (Lu) vs 'Executive Vice Mayor' (Xue); the plural label and Xue Kaiming's singular 'Member of the Standing Committee ...' (label vs post); 'Director of the Standing Committee of the Municipal People's Congress' vs the bureau directors. Non-persons: Heishi Reservoir, Lianyu County, Nanpo District.",
  },

  '802_xuehe_naxi_county_party_congress_election': {
    persons: [
      { name: 'He Zhengkun', titles: ['secretary of the county party committee', 'Secretary', 'Members of the Standing Committee'], roles: ['presided', 'spoke'],
        note: "Naxi surname He (also the English pronoun 'He' in the same text, never a mention). Headline 'He Zhengkun was elected secretary of the county party committee' gives the elected post; the result lines give 'Secretary:' and the list label 'Members of the Standing Committee'. 'Entrusted by the presidium ..., He Zhengkun presided over the session'; 'delivered a speech' (spoke)." },
      { name: 'Zhou Jianxiong', titles: ['executive chairman of the presidium of the congress', 'Deputy secretaries', 'Members of the Standing Committee'], roles: ['presided'],
        note: "Presided over the closing meeting as executive chairman of the presidium; elected deputy secretary (label line) and member of the standing committee (list)." },
      { name: 'He Meilan', titles: ['deputy secretary of the county party committee', 'Deputy secretaries', 'Members of the Standing Committee'], roles: ['reported'],
        note: "Female Naxi; '(female, Naxi)' after both list mentions is not a title. 'read out the two resolutions' (reported). Her post at the closing meeting (deputy secretary of the outgoing committee) and her elected post have the same content." },
      { name: 'Ding Shaolu', titles: ['Members of the Standing Committee'], roles: [], note: "Elected member; no role at the meeting is reported." },
      { name: 'Wan Yuqing', titles: ['Members of the Standing Committee'], roles: [] },
      { name: 'Lu Chengbo', titles: ['Members of the Standing Committee', 'secretary'], roles: [],
        note: "Also elected secretary of the county commission for discipline inspection ('Lu Chengbo was elected secretary'): the bare post word is the verbatim title." },
      { name: 'Su Lingyun', titles: ['Members of the Standing Committee'], roles: [] },
      { name: 'Xiao Guangping', titles: ['Members of the Standing Committee'], roles: [], note: "'(Bai)' is an ethnicity, not a title." },
      { name: 'Mo Tianxiang', titles: ['Members of the Standing Committee'], roles: [] },
      { name: 'Lu Xiaofan', titles: ['chief scrutineer'], roles: ['reported'], note: "'Lu Xiaofan, chief scrutineer, announced the election results' (reported)." },
      { name: 'Jin Wenhao', titles: ['deputy secretaries'], roles: [], note: "Deputy secretary of the county commission for discipline inspection ('Jin Wenhao and An Xiuzhen ... were elected deputy secretaries')." },
      { name: 'An Xiuzhen', titles: ['deputy secretaries'], roles: [], note: "Surname An; '(female, Yi)' is not a title." },
      { name: 'Jiang Ruifeng', titles: ['member of the Standing Committee of the Yuhe Municipal Party Committee', 'minister of the Organization Department'], roles: ['attended', 'spoke'],
        note: "'attended the meeting and delivered a speech'; 'He said', 'He asked' continue it." },
      { name: 'Cen Yuling', titles: ['Text'], roles: ['byline'] },
      { name: 'Ge Haotian', titles: ['Photo', 'Video'], roles: ['byline'], note: "'Photo/Video: X': two labels of one person (as 'Text/Photo' in holdout2)." },
      { name: 'Xing Ruoxi', titles: ['Typesetting'], roles: ['byline'] },
      { name: 'Chu Yanbin', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      '16th CPC Xuehe Naxi Autonomous County Congress',
      '16th Congress of the Communist Party of China of Xuehe Naxi Autonomous County',
      'third and fourth plenary sessions of the 20th CPC Central Committee',
      'reliable, capable and clean',
      'ecology first, green development',
      'world-class tourist destination',
      'model county of ethnic unity and progress',
      'take the lead, set the example and do solid work',
      'The Internationale',
    ],
    notes: "County convergence-media site of a Naxi autonomous county (Xuehe), plain MT: breadcrumb with slashes, headline with two sentences separated by spaces and the elected person's name, 'Time / Source / Clicks' line, one credit line at the foot ('Text:', 'Photo/Video:', 'Typesetting:', 'Review:'). Closing of a county party congress and first plenary session of the new county party committee: the election result in list form ('Secretary:', 'Deputy secretaries:', 'Members of the Standing Committee (in order of strokes of surnames):' with ethnicity and sex in parentheses), the election of the discipline commission in running text. Naxi surname He for two persons (He Zhengkun, He Meilan) next to the pronoun 'He'. Look-alikes, not inconsistencies: 'secretary of the county party committee' (He Zhengkun) vs 'deputy secretary of the county party committee' (He Meilan) and the label 'Deputy secretaries' (Zhou Jianxiong, He Meilan); 'Deputy secretaries' (party committee) vs 'deputy secretaries' (discipline commission) held by other persons; the party secretary elected 'Secretary' vs the discipline secretary elected 'secretary' (Lu Chengbo; different bodies); He Zhengkun, He Meilan and Zhou Jianxiong named twice in the result lines (label + list). 'the delegates', 'the new leading body' are collective. Non-persons: Xuehe Naxi Autonomous County, Yuhe, county Grand Theater, the Dongba culture.",
  },

  '803_pingzhai_dong_township_party_congress_heavy_mt': {
    persons: [
      { name: 'Zuo Haibin', titles: ['County party committee standing committee member', 'organization department\nminister'], roles: ['attended', 'spoke'],
        note: "Literal MT, titles before the name in word order, the second one cut by a line break ('organization department' / 'minister Zuo Haibin'): the title is copied with the newline. Doubled verb 'attend attended the meeting and did speech on the meeting' (attended, spoke); 'in speech point out', 'put forward three requirement' (spoke)." },
      { name: 'Wu Shengli', titles: ['Congress presidium standing committee member', 'township party committee secretary', 'township party committee member'], roles: ['presided', 'spoke'],
        note: "'presided the the closing meeting' (doubled article, presided); elected secretary and member; 'did the speech', 'He say', 'He require' (spoke). Dong area name with a Han surname." },
      { name: 'Long Fangjie', titles: ['township party committee deputy secretary', 'township party committee member', 'township head'], roles: ['reported', 'spoke'],
        note: "'The township party committee deputy secretary, township head Long Fangjie in the closing meeting read the congress resolution' (reported); last paragraph 'Long Fangjie ask each village ...' (spoke)." },
      { name: 'Lu Xiaoxia', titles: ['township party committee deputy secretary', 'township party committee member'], roles: [], note: "'(female)' is not a title." },
      { name: 'Tan Guoyin', titles: ['township party committee member', 'discipline committee secretary'], roles: [] },
      { name: 'Shao Meiling', titles: ['township party committee member'], roles: [] },
      { name: 'Long Wenfu', titles: ['township party committee member'], roles: [] },
      { name: 'Cen Dayong', titles: ['township party committee member'], roles: [] },
      { name: 'Wu Laosan', titles: ['Delegates', 'Dazhai Village party branch secretary'], roles: ['spoke'],
        note: "Label 'Delegates' (party congress delegates) before two names, each followed by a post in parentheses; 'on behalf of the all delegates did speech, say ...' (spoke)." },
      { name: 'Lu Meixiang', titles: ['Delegates', "Gaodong Village women's\ndirector"], roles: ['spoke'],
        note: "Post in parentheses after '(female, ...': 'Gaodong Village women's' / 'director' is cut by a line break; copied with the newline." },
      { name: 'Guan Yuting', titles: ['Communication member'], roles: ['byline'], note: "'Communication member:' is the literal MT of 通讯员 (correspondent); kept verbatim." },
      { name: 'Zhan Honglin', titles: ['Audit'], roles: ['byline'], note: "'Audit:' is the literal MT of 审核 (reviewer)." },
    ],
    themes: [
      'Communist Party of China Pingzhai Township the 14th Congress',
      'Dong Grand Song',
      'rice-fish-duck',
      'drum tower culture',
      'one village one product',
      'Dong Grand Song hometown',
      'two committees',
      'The Internationale',
    ],
    notes: "County government site of a Dong autonomous county (Longping), township news, machine translation with heavy errors: word-for-word order ('victory closing', 'should arrive delegates 121 people, actual arrive 118 people', 'Closing meeting after'), doubled words ('attend attended', 'the the closing meeting', 'on the on the position'), wrong or missing prepositions ('did speech on the meeting', 'presided the', 'He to the new session ... put forward', 'to the village go, to the drum tower sit'), no verb tense ('He say', 'Long Fangjie ask'), and two titles cut by a line break ('organization department' / 'minister', 'Gaodong Village women's' / 'director'; both copied with the newline). Township party congress electing the secretary ('township party committee secretary'), two deputy secretaries and seven members, and the discipline committee secretary, all in one running sentence. Credits 'Communication member:' and 'Audit:' (literal MT). Dong-area names with Han surnames Wu, Long, Lu, Tan, Shao, Cen. Look-alikes, not inconsistencies: 'township party committee secretary' (Wu Shengli) vs 'township party committee deputy secretary' (Long Fangjie, Lu Xiaoxia: two persons with one post wording); seven persons with 'township party committee member'; the sentence-initial 'County party committee standing committee member' (county level, Zuo Haibin) vs 'Congress presidium standing committee member' (Wu Shengli). Non-persons: Pingzhai Township, Dazhai Village, Gaodong Village; 'the masses', 'the all delegates' collective.",
  },

  '804_qinghan_provincial_congress_fenglin_delegation_fluent': {
    persons: [
      { name: 'Chu Wenqian', titles: [], roles: ['byline'], note: "Newspaper byline 'By Chu Wenqian and Tong Yihang | Updated: ...': two names joined by 'and' with no credit label (titles [])." },
      { name: 'Tong Yihang', titles: [], roles: ['byline'] },
      { name: 'Zhu Wenjie', titles: ['secretary of the Qinghan Provincial Committee of the Communist Party of China'], roles: ['attended', 'spoke'],
        note: "'joined lawmakers from Fenglin ... in deliberating the government work report' (attended); 'asked', 'he said' with a full-sentence quotation, 'He urged', 'he added' (spoke). Referred to again only by his full name or pronouns (no bare surname); the headline says 'Party chief' without a name." },
      { name: 'Meng Chuanxu', titles: ['head of the Fenglin delegation', 'Party secretary of Fenglin'], roles: ['presided', 'spoke'],
        note: "Passive 'was presided over by'; 'Meng Chuanxu said' (spoke)." },
      { name: 'Yan Zhiqing', titles: ['Fenglin Mayor'], roles: ['attended', 'spoke'],
        note: "Newspaper title before the name ('Fenglin Mayor Yan Zhiqing'); 'also took part' (attended); 'told Qinghan Daily', 'Yan Zhiqing said' (spoke; the quoted full sentence is direct speech, not a theme)." },
      { name: 'Luo Jiaheng', titles: ['Vice-Governor', 'deputy elected in Fenglin'], roles: ['attended'],
        note: "Hyphenated title before the name plus an apposition 'a deputy elected in Fenglin' (an NPC deputy is a post; leading article dropped)." },
      { name: 'Wan Xueqin', titles: ['head of a rice cooperative in Shuangta township'], roles: ['spoke'],
        note: "'Nine deputies took the floor in turn' (spoke): four of them are named; the article 'a' inside the post is kept (only a leading article is dropped)." },
      { name: 'Kang Jialong', titles: ['chairman of Fenglin Heavy Machinery Group'], roles: ['spoke'] },
      { name: 'Deng Yafei', titles: ['vice-principal of the Fenglin Special Education School'], roles: ['spoke'] },
      { name: 'Jin Yuheng', titles: ['Party secretary of Qiaowan village'], roles: ['spoke'] },
      { name: 'Zhan Qiuyue', titles: ['secretary-general of the provincial government'], roles: ['attended'] },
      { name: 'Lei Shuang', titles: [], roles: ['byline'], note: "'[Photo by Lei Shuang / Qinghan Daily]': 'Photo by' is a verb phrase, not a credit label (as 'Translated by' in holdout3/311); the newspaper after the slash is not a person." },
      { name: 'Bao Wenjing', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'one project at a time',
      "Fourth Session of the 14th Qinghan Provincial People's Congress",
      'national modern agriculture demonstration zone',
      'do practical things, seek practical results',
      'formalism and bureaucratism',
      'one project, one leader, one team',
    ],
    notes: "English edition of a provincial newspaper (Qinghan Daily), fluent edited newswire English: masthead, breadcrumb, headline without a name ('Party chief urges Fenglin ...'), byline 'By A and B | Updated:' with no label, dateline 'LUCHENG --', '[Photo by X / Qinghan Daily]' and 'Editor:' at the foot. Two Sessions: the provincial party secretary joins the deliberation of a city delegation at the provincial people's congress; deputies take the floor in turn. Newspaper titles: 'Party secretary of Fenglin', 'Fenglin Mayor' and 'Vice-Governor' before the names, 'a deputy elected in Fenglin', 'head of a rice cooperative'. No bare surnames: the paper repeats full names. Two full-sentence quotations ('A government work report is a promise ...', 'We heard the deputies, and we will act') are direct speech, not themes. Look-alikes, not inconsistencies: 'secretary of the Qinghan Provincial Committee of the Communist Party of China' (Zhu, province) vs 'Party secretary of Fenglin' (Meng, city) vs 'Party secretary of Qiaowan village' (Jin, village); 'head of the Fenglin delegation' (Meng) is a congress post, not a government post. 'a new vice-chairman of the provincial legislature's standing committee' has no name. Non-persons: LUCHENG (dateline), Lucheng Guesthouse, Fenglin Heavy Machinery Group, Qinghan Daily, the Fenglin-Zhangdu railway.",
  },

  '805_yinghe_mayor_joins_qingxi_district_delegation': {
    persons: [
      { name: 'Yuan Haotian', titles: ['Deputy Secretary of the Municipal Party Committee', 'Mayor'], roles: ['attended', 'spoke'],
        note: "Name in the headline. 'came to the Qingxi District delegation to participate in the deliberation' (attended); 'exchanged opinions', 'He said', 'He pointed out', 'asked' (spoke)." },
      { name: 'Gu Mingtao', titles: ['head of the Qingxi District delegation', 'Secretary of the District Party Committee'], roles: ['presided', 'spoke'] },
      { name: 'Jing Zhaoyang', titles: ['deputy head of the delegation', 'Deputy Secretary of the District Party Committee', 'District Chief'], roles: ['attended', 'spoke'],
        note: "Three posts joined by ', ' and ' and '." },
      { name: 'Song Jiahui', titles: ["Municipal people's congress deputies", 'Chairman of the Board of Yinghe Xinrui Electronic Technology Co., Ltd.'], roles: ['spoke'],
        note: "Label before a 5-name list ('Municipal people's congress deputies A, B, C, D and E spoke in turn'); each deputy's own post is given in the next paragraphs. The ', ' inside 'Co., Ltd.' does not split the title." },
      { name: 'Lei Mingchuan', titles: ["Municipal people's congress deputies", 'Secretary of the Party Branch of Shangzhuang Community'], roles: ['spoke'],
        note: "', Qingxi Street' after the community locates the unit (not a second post), as 'Ganquan County' in test/holdout." },
      { name: 'Tong Xiaoyan', titles: ["Municipal people's congress deputies", 'Principal of Qingxi Experimental Primary School'], roles: ['spoke'] },
      { name: 'Cui Baolin', titles: ["Municipal people's congress deputies", 'Deputy Chief Physician of Yinghe Second People\'s Hospital'], roles: ['spoke'],
        note: "Professional rank of a hospital doctor, written as a post of the hospital: recorded as a title." },
      { name: 'Hao Yunfeng', titles: ["Municipal people's congress deputies"], roles: ['spoke'], note: "'a large grain grower of Hetou Village, Majia Town' is an occupation (no title beyond the label)." },
      { name: 'Ding Wenxuan', titles: ['Vice Mayor'], roles: ['attended'] },
      { name: 'Zuo Yanqiu', titles: ['Reporter'], roles: ['byline'], note: "Credits with a slash between label and name: 'Reporter / X   Photography / Y   Editor / Z'." },
      { name: 'Hou Jiaming', titles: ['Photography'], roles: ['byline'] },
      { name: 'Shen Mengyao', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the 17th Yinghe Municipal People's Congress",
      'pragmatic and full of confidence',
      'first unit of major technical equipment',
      '15-minute convenient living circle',
      'double reduction',
      'everything must have an echo and every matter must have a result',
      'old town',
      'main battlefield',
    ],
    notes: "Municipal government portal (Yinghe), plain government MT: one-line breadcrumb with '>>', headline with the mayor's name, 'Publish time / Source   [Print] [Close]' line, credits with slashes at the foot ('Reporter / X   Photography / Y   Editor / Z'). Two Sessions: the mayor participates in the deliberation of a district delegation of the municipal people's congress; the label 'Municipal people's congress deputies' before five names who spoke in turn, each given a post (or an occupation) in the next paragraphs. Look-alikes, not inconsistencies: 'Mayor' (Yuan) vs 'Vice Mayor' (Ding); 'head of the Qingxi District delegation' (Gu) vs 'deputy head of the delegation' (Jing); 'Secretary of the District Party Committee' (Gu) vs 'Deputy Secretary of the District Party Committee' (Jing) vs 'Deputy Secretary of the Municipal Party Committee' (Yuan); 'Principal' vs 'Chairman of the Board'. 'the responsible persons of the Municipal Development and Reform Commission, ...' are collective (no names). Non-persons: Qingxi District, Shangzhuang Community, Hetou Village, Majia Town, Yinghe Xinrui Electronic Technology Co., Ltd.",
  },

  '806_mingtan_bai_county_earthquake_relief_night_meeting': {
    persons: [
      { name: 'Duan Jiaxing', surnameIn: ['Commander Duan'], titles: ['secretary of the county party committee', 'commander of the headquarters'], roles: ['presided', 'spoke'],
        note: "Bai surname Duan. Surname-only 'Commander Duan stressed', 'Commander Duan finally asked' (span = 'Duan'; the address form is not a second title)." },
      { name: 'Zhang Minghui', titles: ['member of the Standing Committee of the Xuelu Bai Autonomous Prefecture Party Committee', 'executive vice governor of the prefecture'], roles: ['attended', 'spoke'],
        note: "Prefecture-level leader ('governor of the prefecture' = head of an autonomous prefecture). 'attended the meeting and made a speech', 'pointed out' (attended, spoke)." },
      { name: 'Su Wenqiang', titles: ['Deputy commanders', 'deputy secretary of the county party committee', 'county head'], roles: ['attended', 'spoke'],
        note: "Label 'Deputy commanders' before a 4-name list with each person's posts in parentheses ('Su Wenqiang (deputy secretary of the county party committee, county head)'). 'made arrangements' (spoke)." },
      { name: 'Li Xiuyun', titles: ['Deputy commanders', 'executive deputy county head'], roles: ['attended'], note: "'(Bai, executive deputy county head)': the ethnicity inside the parentheses is not a title." },
      { name: 'Gu Hongbin', titles: ['Deputy commanders', 'member of the standing committee of the county party committee', 'secretary of the county political and legal committee'], roles: ['attended', 'spoke'],
        note: "'made arrangements for the public security of the resettlement sites' (spoke)." },
      { name: 'Lei Tingfeng', titles: ['Deputy commanders', 'deputy county head', 'director of the county public security bureau'], roles: ['attended'] },
      { name: 'Chen Yiming', titles: ['director of the county emergency management bureau'], roles: ['reported'] },
      { name: 'Jiang Haipeng', titles: ['leader of the search and rescue group', 'captain of the county fire rescue brigade'], roles: ['reported'],
        note: "'the leaders of the working groups reported in turn. Jiang Haipeng, ..., said that ...': the 'said' gives the content of his group's report (reported, no separate spoke)." },
      { name: 'He Lijuan', titles: ['leader of the medical rescue group', 'director of the county health bureau'], roles: ['reported'], note: "As Jiang Haipeng." },
      { name: 'Song Dawei', titles: ['leader of the materials support group'], roles: ['reported'] },
      { name: 'Peng Xiaodong', titles: ['leader of the house safety assessment group', 'director of the county housing and urban-rural development bureau'], roles: ['reported'] },
      { name: 'Xiao Zhen', titles: ['Front-line reporters'], roles: ['byline'], note: "'Front-line reporters: A, B': one plural label for two names." },
      { name: 'Bao Ruhan', titles: ['Front-line reporters'], roles: ['byline'] },
      { name: 'Kang Yutong', titles: ['Drone photography'], roles: ['byline'] },
    ],
    themes: [
      '4·13',
      'red, yellow and green',
      'rescue and resettlement at the same time',
      'have food to eat, clean water to drink, clothes to wear and a safe place to live',
      'no one enters dangerous houses',
    ],
    notes: "County convergence-media site (Mingtan, in a Bai autonomous prefecture of Yunnan), plain MT, published at 01:26 after a meeting held at 23:10: earthquake relief headquarters dispatch meeting in a command tent. Command structure: commander (county party secretary), the label 'Deputy commanders' before four names with their posts in parentheses (one with the ethnicity 'Bai' inside the parentheses), leaders of four working groups who report in turn, a prefectural leader. Quoted event name '4·13' with a middle dot U+00B7 (a theme, as every quoted phrase). Surname-only 'Commander Duan' twice. Bai and other names with Han surnames (Duan, Su, Li, Zhang). Credits 'Front-line reporters: A, B   Drone photography: C' at the foot. Look-alikes, not inconsistencies: 'commander of the headquarters' (Duan) vs 'Deputy commanders' (four others); 'county head' (Su) vs 'executive deputy county head' (Li) vs 'deputy county head' (Lei); 'executive vice governor of the prefecture' (Zhang) vs the county posts; 'secretary of the county party committee' (Duan) vs 'deputy secretary of the county party committee' (Su); 'director of the county ... bureau' held by four different persons for four bureaus. Non-persons: Xiyi, Shangguan and Niujie towns, Sanjia Village, the prefectural front headquarters, 'the elderly, children and pregnant women'.",
  },

  '807_mengyuan_dai_city_dengue_headquarters_night_meeting': {
    persons: [
      { name: 'Xing Zhenyu', titles: ['secretary of the Municipal Party Committee', 'commander of the headquarters'], roles: ['attended', 'spoke'],
        note: "One of two commanders ('dual commanders': the party secretary and the mayor). 'pointed out', 'stressed' (spoke)." },
      { name: 'Yanhan', titles: ['deputy secretary of the Municipal Party Committee', 'mayor', 'commander of the headquarters'], roles: ['presided', 'spoke'],
        note: "Dai name without a surname, one word (Yan- = male name prefix); never shortened. 'required', 'He asked' (spoke). The second 'commander of the headquarters' is not a duplicate post: the headquarters has two commanders." },
      { name: 'Zhou Yaqin', titles: ['Executive deputy commander', 'member of the Standing Committee of the Municipal Party Committee', 'vice mayor'], roles: ['attended', 'spoke'],
        note: "Sentence-initial label before the name, posts in parentheses after it. 'made arrangements' (spoke)." },
      { name: 'Yuxiang', titles: ['deputy commanders', 'vice mayor'], roles: ['attended', 'spoke'],
        note: "Female Dai name without a surname (Yu- = female name prefix); '(female, Dai, vice mayor)': only the post is a title. 'made arrangements' (spoke)." },
      { name: 'Shen Kaiwen', titles: ['deputy commanders', 'director of the Municipal Health Commission', 'Third review'], roles: ['attended', 'reported', 'byline'],
        note: "'reported on the epidemic' (reported). The director of the health commission (the source of the release) also signs the third review at the foot: byline with the label as a further title (as the final reviewer of holdout3/307)." },
      { name: 'Luo Shiqiang', titles: ['leader of the epidemiological investigation group', 'director of the municipal center for disease control and prevention'], roles: ['reported'] },
      { name: 'Yanbo', titles: ['leader of the medical treatment group', "president of the Mengyuan People's Hospital"], roles: ['reported'], note: "Dai one-word name; 'said' in the round of group reports (reported)." },
      { name: 'Yukan', titles: ['leader of the community prevention and control group'], roles: ['reported'], note: "Dai one-word name; '(female)' between the name and the post is not a title." },
      { name: 'Yanwen', titles: ['secretary of the party branch of Manlong Village'], roles: ['reported'], note: "'reported by video' from the branch venue (reported)." },
      { name: 'Yanguang', titles: ['Duty editor'], roles: ['byline'], note: "Dai one-word name in the credits." },
      { name: 'Luo Wenjie', titles: ['Second review'], roles: ['byline'] },
    ],
    themes: [
      'early detection, early reporting, early diagnosis and early treatment',
      'mosquito control as the core',
      'leave no dead corner',
      'one village, one list',
      'village-wide cleaning day',
    ],
    notes: "Government portal of a county-level city in a Dai area of Yunnan (Mengyuan), plain MT: 'Home >> News Center >> Work Dynamics', 'Date / Source / Hits' line, credits 'Duty editor / Second review / Third review' at the foot. Late-night (22:30) dispatch meeting of a dengue fever prevention and control headquarters: two commanders (party secretary and mayor), an executive deputy commander and two deputy commanders with posts in parentheses, leaders of three working groups, a village secretary at a branch venue. Dai names without surnames written as one word (Yanhan, Yuxiang, Yanbo, Yukan, Yanwen, Yanguang; Yan- male, Yu- female) next to Han names. Look-alikes, not inconsistencies: 'commander of the headquarters' held by two persons (the text says both are commanders: a dual-commander headquarters); 'Executive deputy commander' (Zhou) vs 'deputy commanders' (Yuxiang, Shen); 'mayor' (Yanhan) vs 'vice mayor' (Zhou, Yuxiang: two vice mayors); 'secretary of the Municipal Party Committee' (Xing) vs 'deputy secretary' (Yanhan) vs 'secretary of the party branch of Manlong Village' (Yanwen); Luo Shiqiang and Luo Wenjie share a surname. 'members of the headquarters', 'The townships (subdistricts)' are collective. Non-persons: Mengla Subdistrict, Manxiang Township, Manlong Village, Mengyuan Border Economic Cooperation Zone, Aedes mosquitoes.",
  },

  '808_qiaoshan_city_education_conference_principals': {
    persons: [
      { name: 'Liang Shiyuan', titles: ['secretary of the Municipal Party Committee'], roles: ['attended', 'spoke'],
        note: "'presented certificates' is not a role; 'pointed out', 'stressed' (spoke)." },
      { name: 'Peng Zhiheng', titles: ['deputy secretary of the Municipal Party Committee', 'mayor'], roles: ['presided', 'spoke'], note: "'required', 'He asked' (spoke)." },
      { name: 'Deng Ruyi', titles: ['City leaders'], roles: ['attended'], note: "Label before a 4-name list; 'Liang Shiyuan and other city leaders' later is generic." },
      { name: 'Chu Haifeng', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Jin Yaling', titles: ['City leaders', 'vice mayor'], roles: ['attended', 'reported'], note: "'read out the \"Decision ...\"' (reported)." },
      { name: 'Ge Weiming', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Hao Jianqiu', titles: ['director of the Municipal Education Bureau'], roles: ['reported'], note: "Named again in 'He asked Hao Jianqiu to report ...' (no role of his own there)." },
      { name: 'Fan Zhiwei', titles: ['principal of Qiaoshan No. 1 Middle School'], roles: ['spoke'], note: "'Four principals made exchange speeches' (spoke); 'introduced the school's practice' is part of the exchange speech." },
      { name: 'Wan Lihua', titles: ['headmaster of Qiaoshan Experimental Primary School'], roles: ['spoke'] },
      { name: 'Rao Dongsheng', titles: ['President of Qiaoshan Vocational and Technical College'], roles: ['spoke'],
        note: "Title-case post of a college president among lower-case school posts (the text's own style, not an inconsistency: it is his only wording). 'shared the experience', 'said after the meeting' (spoke)." },
      { name: 'Lin Suqin', titles: ['director of Jinqiao Town Central Kindergarten'], roles: ['spoke'] },
      { name: 'Xiao Mengjie', titles: [], roles: ['spoke'],
        note: "'a teacher who has taught for 27 years at the Shiban Village Teaching Point' is an occupation and a description, not a post (titles []). 'spoke on behalf of the commended teachers' (spoke)." },
      { name: 'Meng Yuqi', titles: ['Text'], roles: ['byline'], note: "Credits with a vertical bar: 'Text | X   Picture | Y   Editor | Z   Review | W'." },
      { name: 'Cui Haoyang', titles: ['Picture'], roles: ['byline'] },
      { name: 'Dong Shanshan', titles: ['Editor'], roles: ['byline'] },
      { name: 'Du Kaixuan', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'Qiaoshan Famous Principals',
      'Qiaoshan Good Teachers',
      '2026 Qiaoshan City Education Conference',
      'Decision on Commending the Qiaoshan Famous Principals and Qiaoshan Good Teachers of 2026',
      'one student, one growth file',
      'double reduction',
      'order classes',
      'most important thing for the people',
      'strong education city',
      'building a strong education country',
      'owe debts to children',
      'have a high position in politics, status in society and respect in profession',
    ],
    notes: "Education bureau website (Qiaoshan), plain MT: breadcrumb, headline with a quoted honour, 'Time / Source / Reads' line, credits with vertical bars at the foot. City education conference on the eve of Teachers' Day: party secretary speaks, mayor presides, label 'City leaders' before four names, vice mayor reads the commendation decision, the education bureau director reports, four heads of schools and a rural teacher speak. School posts in four wordings ('principal', 'headmaster', 'President' of a college, 'director' of a kindergarten) held by four different persons. Look-alikes, not inconsistencies: 'mayor' (Peng) vs 'vice mayor' (Jin); 'secretary' vs 'deputy secretary of the Municipal Party Committee'; 'President of Qiaoshan Vocational and Technical College' (title case) is Rao's only wording; 'Principals of all primary and secondary schools' (collective) vs Fan's 'principal'. 'the heads of the county (district) education bureaus' collective. Non-persons: Qiaoshan No. 1 Middle School, Shiban Village Teaching Point, Jinqiao Town Central Kindergarten.",
  },

  '809_gaoxi_miao_city_health_conference_hospitals': {
    persons: [
      { name: 'Wu Qingyan', titles: ['Reporter'], roles: ['byline'], note: "'Reporter:' line under the date line; the reviewers are at the foot." },
      { name: 'Lei Shaojun', titles: ['secretary of the Municipal Party Committee'], roles: ['attended', 'spoke'] },
      { name: 'Long Xiuzhen', titles: ['deputy secretary of the Municipal Party Committee', 'mayor'], roles: ['presided', 'spoke'],
        note: "Female Miao ('(female, Miao)' is not a title). 'required', 'She asked' (spoke)." },
      { name: 'Ouyang Qin', titles: ['deputy director of the Qianliang Prefectural Health Commission'], roles: ['attended'], note: "'was invited to attend' (attended)." },
      { name: 'Jin Guorong', titles: ['vice mayor'], roles: ['reported'], note: "'read out the decision' (reported)." },
      { name: 'Tong Jianhua', titles: ['director of the Gaoxi Municipal Health Bureau'], roles: ['reported'], note: "Named again in 'She asked Tong Jianhua and the presidents ...' (no role there)." },
      { name: 'Wu Dengke', titles: ["president of the Gaoxi People's Hospital"], roles: ['spoke'],
        note: "'The presidents of three hospitals made exchange speeches' (spoke); 'said after the meeting' (spoke)." },
      { name: 'Yan Huimin', titles: ['dean of the Gaoxi Hospital of Traditional Chinese Medicine and Miao Medicine'], roles: ['spoke'],
        note: "'dean' is the other common translation of 院长 (hospital head); for her hospital it is the only wording used. The ' and ' inside the hospital name does not split the title." },
      { name: 'Ding Chunlan', titles: ['president of the Gaoxi Maternal and Child Health Care Hospital'], roles: ['spoke'] },
      { name: 'Long Xiaohua', titles: ['director of Paiyang Town Health Center'], roles: ['spoke'], note: "'spoke on behalf of the grassroots medical workers' (spoke)." },
      { name: 'Jiu Ang', titles: [], roles: ['spoke'],
        note: "Miao name-linking name without a Han surname (own name Jiu, father's name Ang); whole name only. 'a village doctor of Gaojiao Village who has practiced Miao medicine for 41 years' is an occupation (titles []). 'spoke on behalf of', 'Jiu Ang said' (spoke)." },
      { name: 'Mo Lixia', titles: ['First instance'], roles: ['byline'], note: "'First instance / Second instance / Final instance' is the literal MT of 一审 / 二审 / 终审 (three-level review of a release)." },
      { name: 'Zuo Tianyu', titles: ['Second instance'], roles: ['byline'] },
      { name: 'Shen Guanqi', titles: ['Final instance'], roles: ['byline'] },
    ],
    themes: [
      '2026 Health and Wellness Conference',
      'Healthy Gaoxi',
      'tight-knit county medical community',
      'Miao medicine into the village',
      'Healthy China',
      'tight',
      'minor illnesses are treated in the village, common illnesses are treated in the town, and serious illnesses are treated in the city',
      'difficult registration and long waiting',
    ],
    notes: "Financial (convergence) media center of a county-level city in a Miao and Dong autonomous prefecture of Guizhou (Gaoxi), plain MT: breadcrumb with '>>', 'Release time / Source / Page views' line, 'Reporter:' under it, three-level review credits at the foot ('First instance / Second instance / Final instance'). City health conference: presidents of three hospitals (people's hospital, hospital of traditional Chinese and Miao medicine, maternal and child hospital), a town health center director and a Miao village doctor speak. Miao names with Han surnames (Long Xiuzhen, Long Xiaohua, Wu Dengke) and without (Jiu Ang). Look-alikes, not inconsistencies: 'president of the Gaoxi People's Hospital' (Wu) vs 'dean of the Gaoxi Hospital of Traditional Chinese Medicine and Miao Medicine' (Yan): two wordings of 院长 for two different persons and hospitals; 'president of the Gaoxi Maternal and Child Health Care Hospital' (Ding); 'director of the Gaoxi Municipal Health Bureau' (Tong, city) vs 'deputy director of the Qianliang Prefectural Health Commission' (Ouyang, prefecture): different persons; 'mayor' vs 'vice mayor'; Long Xiuzhen and Long Xiaohua share a surname. 'Leaders of the Municipal Health Bureau, heads of all medical and health institutions' collective. Non-persons: Paiyang Town, Gaojiao Village, Qianliang Prefecture.",
  },

  '810_chuxi_vice_governor_inspects_tanshui_county': {
    persons: [
      { name: 'Hou Mingze', titles: ['Vice Governor', "member of the Party Leadership Group of the Chuxi Provincial People's Government", 'vice governor'], roles: ['spoke'],
        note: "'Vice Governor Hou Mingze' in the headline (title before a name, capitalised as English requires) and 'vice governor' in the lead apposition: two title strings of one post; the difference of case is the normal English style, listed in the README as a look-alike. 'led a team to ... inspect', 'walked into the fields', 'nodded', 'chatted' are not roles; 'encouraged the enterprise', 'pointed out', 'stressed' (spoke). 'the requirements of the vice governor' (no name) is not a mention." },
      { name: 'Zuo Yihan', titles: ['deputy secretary-general of the provincial government'], roles: ['attended'], note: "'accompanied the inspection' (attended)." },
      { name: 'An Jiawei', titles: ['director of the Provincial Department of Agriculture and Rural Affairs'], roles: ['attended', 'spoke'],
        note: "Surname An. 'put forward suggestions' at the symposium (spoke)." },
      { name: 'Guan Xuefeng', titles: ['member of the Standing Committee of the Baiquan Municipal Party Committee', 'vice mayor'], roles: ['attended', 'spoke'],
        note: "The municipal officials after him are given only with their posts ('the deputy secretary-general of the municipal government and the director of the Municipal Agriculture and Rural Affairs Bureau'): not persons." },
      { name: 'Tong Zhiyuan', titles: ['County leaders', 'secretary of the county party committee'], roles: ['attended', 'reported'],
        note: "Label 'County leaders' before three names (all accompanied); 'reported on the county's work' at the symposium (reported)." },
      { name: 'Xiao Wenkai', titles: ['County leaders', 'deputy secretary of the county party committee', 'county head'], roles: ['attended', 'spoke'], note: "'said that the county will ...' (spoke)." },
      { name: 'Cheng Lifang', titles: ['County leaders', 'deputy county head in charge of agriculture'], roles: ['attended', 'reported'], note: "'introduced that the county has built ...' (reported)." },
      { name: 'Rao Xinyue', titles: ['chairman'], roles: ['reported'],
        note: "'At the Shuangquan Seed Industry Co., Ltd., chairman Rao Xinyue introduced ...': lower-case 'chairman' before the name (the company is given before); 'introduced' (reported)." },
      { name: 'Zhan Baogen', titles: [], roles: ['spoke'], note: "'large grain grower' is an occupation (titles []); 'told him' (spoke)." },
      { name: 'Meng Qingsong', titles: ['director of the county water resources bureau'], roles: ['reported'] },
      { name: 'Qian Yujie', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Ouyang Han', titles: ['Correspondents'], roles: ['byline'], note: "Compound surname Ouyang; plural label 'Correspondents: A, B'." },
      { name: 'Dong Xiaoqi', titles: ['Correspondents'], roles: ['byline'] },
    ],
    themes: [
      'integration of land, water, roads, forests and electricity',
      'Shuangquan 19',
      'hold the seeds of China firmly in our own hands',
      'tons of grain fields',
      'three rural',
      'two bottom lines',
      'well-facilitated farmland',
      'dry hot wind',
    ],
    notes: "County government portal (Tanshui), plain MT: breadcrumb, headline with a title before the name ('Vice Governor Hou Mingze inspected ...'), 'Release time / From / Views' line, 'Reporter: X   Correspondents: A, B' at the foot. A provincial vice governor inspects a county with officials of three levels accompanying: provincial (two named, the heads of two departments and a bureau only as 'the responsible comrades of ...'), municipal (one named, two given only by their posts), county (label 'County leaders' before three names, each given a post later). Inspection verbs (inspected, walked into, checked, chatted, nodded) are not roles; the farmer and the company chairman speak. Look-alikes, not inconsistencies: 'Vice Governor' (headline, before the name) vs 'vice governor' (apposition) for Hou Mingze, the standard English capitalisation of a title before a name; 'vice governor' (Hou, province) vs 'vice mayor' (Guan, city); 'secretary of the county party committee' (Tong) vs 'deputy secretary of the county party committee' (Xiao); 'county head' (Xiao) vs 'deputy county head in charge of agriculture' (Cheng); 'director of the Provincial Department of Agriculture and Rural Affairs' (An) vs the unnamed 'director of the Municipal Agriculture and Rural Affairs Bureau' (a post without a person). Non-persons: Hetan demonstration area, Liushu Town, Qiantou Village, Lingxi irrigation district, Shuangquan Seed Industry Co., Ltd.",
  },

  '811_hualin_npc_standing_committee_appointments_removals': {
    persons: [
      { name: 'Cui Hanlin', titles: ["Director of the Standing Committee of the Municipal People's Congress"], roles: ['presided', 'spoke'],
        note: "Presided over the meeting and the oath ceremony ('was presided over by Cui Hanlin'); 'said in his speech' (spoke)." },
      { name: 'Duan Xinmin', titles: ['Deputy directors'], roles: ['attended'], note: "Label before three names ('Deputy directors A, B and C, and Secretary-General D attended')." },
      { name: 'Lin Shuhua', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Kang Yuze', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Jing Mingyuan', titles: ['Secretary-General'], roles: ['attended'] },
      { name: 'Su Haiyang', titles: ['vice mayor'], roles: ['attended', 'reported'],
        note: "'attended the meeting as non-voting participants'; 'made an explanation of the proposed appointments and removals' (reported)." },
      { name: 'Meng Qingyu', titles: ["president of the Municipal Intermediate People's Court"], roles: ['attended'], note: "'According to the proposal of Meng Qingyu' is not a role." },
      { name: 'Lu Anbang', titles: ["chief procurator of the Municipal People's Procuratorate"], roles: ['attended'] },
      { name: 'Zhan Weidong', titles: ['Mayor'], roles: [], note: "'Entrusted by Mayor Zhan Weidong': only referred to (roles [])." },
      { name: 'Xing Yuanchao', titles: ['director of the Hualin Municipal Bureau of Natural Resources and Planning'], roles: [],
        note: "Appointed in running text and in the list ('I. Appointed'); 'took the oath' is not a role." },
      { name: 'Cen Lijuan', titles: ['director of the Hualin Municipal Health Commission'], roles: [], note: "'(female)' in the list is not a title." },
      { name: 'Guan Shaowen', titles: ['director of the Hualin Municipal Bureau of Natural Resources and Planning'], roles: [],
        note: "Removed from the post Xing Yuanchao is appointed to: the post he leaves is his title (as the removed holders of test/holdout/111); not a duplicate post." },
      { name: 'Ge Peiran', titles: ['director of the Hualin Municipal Health Commission'], roles: [], note: "Removed; as Guan Shaowen." },
      { name: 'Zuo Chengzhi', titles: ['vice president', 'member of the judicial committee', "judge of the Municipal Intermediate People's Court"], roles: [],
        note: "Three posts joined by ', ' and ' and ', in running text and in the list." },
      { name: 'Hao Dexiang', titles: ['vice president', 'member of the judicial committee', "judge of the Municipal Intermediate People's Court"], roles: [],
        note: "Removed 'due to retirement'; '(retired)' in the list is not a title." },
      { name: 'Tan Yuhang', titles: ["chief procurator of the Shuangfeng County People's Procuratorate"], roles: [], note: "Appointment approved (heading 'III. Approved', not a title)." },
      { name: 'Bao Yiqian', titles: ['Copy editor'], roles: ['byline'] },
      { name: 'Deng Shuwen', titles: ['Executive editor'], roles: ['byline'] },
    ],
    themes: [
      "26th meeting of the Standing Committee of the 17th Hualin Municipal People's Congress",
      'clean, diligent and pragmatic',
    ],
    notes: "People's congress website of a city (Hualin): breadcrumb, 'Release time / Source / Views' line, 'Copy editor / Executive editor' at the foot. Closing of a standing committee meeting of the municipal people's congress with personnel appointments and removals, given twice: in running text ('decided to appoint X as ... and Y as ...; to remove Z from the post of ...', court posts, approval of a county chief procurator) and in a list with numbered headings ('I. Appointed', 'II. Removed', 'III. Approved') and 'Name    post' rows (four spaces), '(female)' and '(retired)' between. Constitutional oath ceremony. Look-alikes, not inconsistencies: the same post for the appointee and the removed holder ('director of the Hualin Municipal Bureau of Natural Resources and Planning' Xing / Guan; 'director of the Hualin Municipal Health Commission' Cen / Ge; 'vice president, member of the judicial committee and judge ...' Zuo / Hao): succession, not duplicate posts; 'Director of the Standing Committee ...' (Cui) vs 'Deputy directors' (three); 'president of the Municipal Intermediate People's Court' (Meng) vs 'vice president' (Zuo, Hao); 'Mayor' (Zhan) vs 'vice mayor' (Su); 'chief procurator of the Municipal People's Procuratorate' (Lu) vs 'chief procurator of the Shuangfeng County People's Procuratorate' (Tan, county level). 'the newly appointed state functionaries / comrades' collective.",
  },

  '812_luoqiao_county_cadre_meeting_new_party_secretary': {
    persons: [
      { name: 'Qian Shaohua', titles: ['member of the Standing Committee of the Jinyuan Municipal Party Committee', 'minister of the Organization Department'], roles: ['attended', 'reported', 'spoke'],
        note: "'announced the decision', 'introduced the resume' (reported); 'said', 'fully affirmed', 'asked' (spoke)." },
      { name: 'Ge Yuexin', titles: ['deputy minister of the Organization Department of the Municipal Party Committee'], roles: ['attended'] },
      { name: 'Ouyang Zhenhai', surnameIn: ['Secretary Ouyang'], titles: ['member', 'member of the Standing Committee', 'secretary of the Luoqiao County Party Committee', 'deputy secretary of the Party Working Committee', 'director of the Management Committee of the Jinyuan Economic and Technological Development Zone'], roles: ['spoke'],
        note: "Compound surname Ouyang; 'Comrade' is an honorific. 'was appointed member, member of the Standing Committee and secretary of the Luoqiao County Party Committee': three posts split on ', ' and ' and ' (the body name stays with the last). Previous posts of the resume ('previously served as A and B') are titles. Surname-only 'Secretary Ouyang' (span = 'Ouyang'). 'male, Han nationality, born in ...' is biography, not a title. 'delivered a speech' (spoke)." },
      { name: 'Lin Guodong', titles: ['secretary', 'member of the Standing Committee', 'member of the Luoqiao County Party Committee'], roles: ['spoke'],
        note: "'no longer serves as secretary, member of the Standing Committee and member of the Luoqiao County Party Committee': the posts he leaves are his titles (split as for Ouyang Zhenhai). 'made a farewell speech' (spoke)." },
      { name: 'Shen Yuhang', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'] },
      { name: 'Chu Mingxuan', titles: ['County leaders'], roles: ['attended'], note: "Label before five names." },
      { name: 'Dong Peiyu', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Wan Xiaocheng', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Lei Zhenguo', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Kang Shumei', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Jiang Wanqing', titles: ['Text'], roles: ['byline'] },
      { name: 'Luo Haoxuan', titles: ['Image'], roles: ['byline'] },
      { name: 'Su Tingting', titles: ['Layout'], roles: ['byline'] },
      { name: 'Xue Manli', titles: ['Editor of this issue'], roles: ['byline'] },
      { name: 'Hao Ruofei', titles: ['Producer'], roles: ['byline'] },
    ],
    themes: [
      'Beautiful Luoqiao',
      'learn from the comrades, rely on the cadres, and serve the masses',
      'one blueprint to the end',
      'three rivers, one lake',
    ],
    notes: "County party-building website (Luoqiao): breadcrumb, 'Posted / Author (an office) / Read' line, a WeChat-style credit line at the foot ('Text: / Image: / Layout: / Editor of this issue: / Producer:'). Meeting of leading cadres announcing a change of county party secretary: the decision in running text ('Comrade X was appointed member, member of the Standing Committee and secretary of ...; Comrade Y no longer serves as secretary, member of the Standing Committee and member of ...'), a resume with previous posts, farewell and inaugural speeches. Look-alikes, not inconsistencies: the new secretary (Ouyang Zhenhai, 'secretary of the Luoqiao County Party Committee') and the outgoing one (Lin Guodong, 'secretary', post he leaves): succession, not a duplicate post; 'minister of the Organization Department' (Qian) vs 'deputy minister of the Organization Department of the Municipal Party Committee' (Ge); 'county head' (Shen) vs 'County leaders'; 'member' / 'member of the Standing Committee' for both Ouyang (appointed) and Lin (removed); Ouyang's previous 'deputy secretary of the Party Working Committee' (a development zone, not the county committee). 'the new secretary' (no name) is not a mention; 'Author: Organization Department of the County Party Committee' is an office. Non-persons: Jinyuan, Baisheng, Luojiang riverbank, the new materials industry park.",
  },
};

export const perturbed = {
  '801_jingbei_municipal_standing_committee_enlarged_meeting': {
    edits: [
      { old: 'He also asked Bao Zhenhua to organize', new: 'He also asked Bao Zhenhua, Deputy Director of the Municipal Water Resources Bureau, to organize' },
      { old: 'Secretary Tan required that', new: 'Tan Jianmin, secretary of the municipal party committee, required that' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Bao Zhenhua', edit: 0, injected: 'Deputy Director of the Municipal Water Resources Bureau',
        orig: { ctx: 'Bao Zhenhua, Director of the Municipal Water Resources Bureau, briefed', text: 'Director of the Municipal Water Resources Bureau' },
        description: "Bao Zhenhua briefs the meeting as 'Director of the Municipal Water Resources Bureau' but is 'Deputy Director' of the same bureau in the mayor's arrangements in the last paragraph (deputy vs full rank of one post)." },
      { kind: 'title_capitalization_inconsistency', person: 'Tan Jianmin', edit: 1, injected: 'secretary of the municipal party committee',
        orig: { ctx: 'Tan Jianmin, Secretary of the Municipal Party Committee, presided', text: 'Secretary of the Municipal Party Committee' },
        description: "The surname-only 'Secretary Tan required' is replaced by the full name with his post in lower case ('secretary of the municipal party committee'), while the lead and the whole text write posts in title case ('Secretary of the Municipal Party Committee')." },
    ],
  },
  '802_xuehe_naxi_county_party_congress_election': {
    edits: [
      { old: 'He Meilan, deputy secretary of the county party committee, read out', new: 'He Meilan, secretary of the county party committee, read out' },
      { old: 'Deputy secretaries: Zhou Jianxiong,', new: 'Deputy secretaries: Zhou Jianqiong,' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'He Meilan', edit: 0, injected: 'secretary of the county party committee',
        orig: { ctx: 'He Zhengkun was elected secretary of the county party committee', text: 'secretary of the county party committee' },
        description: "The word 'deputy' is dropped: He Meilan reads out the resolutions as 'secretary of the county party committee', the unique post He Zhengkun is elected to in the headline (she is a deputy secretary in the result lines)." },
      { kind: 'name_spelling_variant', person: 'Zhou Jianxiong', edit: 1, injected: 'Zhou Jianqiong',
        orig: { ctx: 'Zhou Jianxiong, executive chairman', text: 'Zhou Jianxiong' },
        description: "In the 'Deputy secretaries:' result line the name is misspelt by one letter ('Zhou Jianqiong'); the lead and the members list write 'Zhou Jianxiong'." },
    ],
  },
  '803_pingzhai_dong_township_party_congress_heavy_mt': {
    edits: [
      { old: 'elected Tan Guoyin to be discipline committee secretary', new: 'elected Tan Guoying to be discipline committee secretary' },
      { old: 'Long Fangjie ask each village', new: 'Township mayor Long Fangjie ask each village' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Tan Guoyin', edit: 0, injected: 'Tan Guoying',
        orig: { ctx: 'Lu Xiaoxia, Tan Guoyin, Shao Meiling', text: 'Tan Guoyin' },
        description: "The discipline committee secretary is 'Tan Guoyin' in the list of elected members and 'Tan Guoying' (one letter added) in the sentence of the discipline committee election." },
      { kind: 'title_wording_variant', person: 'Long Fangjie', edit: 1, injected: 'Township mayor',
        orig: { ctx: 'township head Long Fangjie in the closing meeting', text: 'township head' },
        description: "The same post of Long Fangjie (乡长) is 'township head' when he reads the resolution and 'Township mayor' before his name in the last paragraph (two translations of one post)." },
    ],
  },
  '804_qinghan_provincial_congress_fenglin_delegation_fluent': {
    edits: [
      { old: 'Meng Chuanxu said Fenglin would start', new: 'Meng Chuanxu, secretary of the Fenglin Municipal Party Committee, said Fenglin would start' },
      { old: 'Yan Zhiqing told Qinghan Daily', new: 'Lucheng Mayor Yan Zhiqing told Qinghan Daily' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Meng Chuanxu', edit: 0, injected: 'secretary of the Fenglin Municipal Party Committee',
        orig: { ctx: 'and Party secretary of Fenglin.', text: 'Party secretary of Fenglin' },
        description: "Meng Chuanxu's post is worded 'Party secretary of Fenglin' in the lead and 'secretary of the Fenglin Municipal Party Committee' in a later paragraph (two wordings of one post)." },
      { kind: 'same_person_title_conflict', person: 'Yan Zhiqing', edit: 1, injected: 'Lucheng Mayor',
        orig: { ctx: 'Fenglin Mayor Yan Zhiqing', text: 'Fenglin Mayor' },
        description: "Yan Zhiqing is 'Fenglin Mayor' in the lead but 'Lucheng Mayor' (the dateline city, the provincial capital) near the end: one person given the head of government of two different cities." },
    ],
  },
  '805_yinghe_mayor_joins_qingxi_district_delegation': {
    edits: [
      { old: 'Jing Zhaoyang said the district government', new: 'Deputy District Chief Jing Zhaoyang said the district government' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Jing Zhaoyang', edit: 0, injected: 'Deputy District Chief',
        orig: { ctx: 'Party Committee and District Chief, attended', text: 'District Chief' },
        description: "Jing Zhaoyang attends as 'District Chief' of Qingxi District but is 'Deputy District Chief' before his name in a later paragraph (deputy vs full rank of the same post)." },
    ],
  },
  '806_mingtan_bai_county_earthquake_relief_night_meeting': {
    edits: [
      { old: 'Gu Hongbin made arrangements', new: 'Gu Hongbin, secretary of the prefectural political and legal committee, made arrangements' },
      { old: 'Su Wenqiang made arrangements', new: 'County magistrate Su Wenqiang made arrangements' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Gu Hongbin', edit: 0, injected: 'secretary of the prefectural political and legal committee',
        orig: { ctx: 'secretary of the county political and legal committee', text: 'secretary of the county political and legal committee' },
        description: "Gu Hongbin is a deputy commander as 'secretary of the county political and legal committee' (in parentheses) but 'secretary of the prefectural political and legal committee' when he makes arrangements (county vs prefecture level of one body)." },
      { kind: 'title_wording_variant', person: 'Su Wenqiang', edit: 1, injected: 'County magistrate',
        orig: { ctx: 'party committee, county head), Li Xiuyun', text: 'county head' },
        description: "Su Wenqiang's post (县长) is 'county head' in the parenthesised list of deputy commanders and 'County magistrate' before his name in a later paragraph (two translations of one post)." },
    ],
  },
  '807_mengyuan_dai_city_dengue_headquarters_night_meeting': {
    edits: [
      { old: 'Yuxiang made arrangements', new: 'Yuxiang, executive deputy commander, made arrangements' },
      { old: 'Third review: Shen Kaiwen', new: 'Third review: Shen Kaiwei' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Yuxiang', edit: 0, injected: 'executive deputy commander',
        orig: { ctx: 'Executive deputy commander Zhou Yaqin', text: 'Executive deputy commander' },
        description: "Yuxiang, one of the deputy commanders, is called 'executive deputy commander' in the last paragraph, the single post held by Zhou Yaqin ('Executive deputy commander Zhou Yaqin')." },
      { kind: 'name_spelling_variant', person: 'Shen Kaiwen', edit: 1, injected: 'Shen Kaiwei',
        orig: { ctx: 'Shen Kaiwen reported on the epidemic', text: 'Shen Kaiwen' },
        description: "In the credit line at the foot the third reviewer, the health commission director Shen Kaiwen of the text, is misspelt by one letter ('Shen Kaiwei')." },
    ],
  },
  '808_qiaoshan_city_education_conference_principals': {
    edits: [
      { old: 'Rao Dongsheng said after the meeting', new: 'Rao Dongsheng, Vice President of Qiaoshan Vocational and Technical College, said after the meeting' },
      { old: 'He asked Hao Jianqiu to report', new: 'He asked Hao Jianqiu, Director of the Municipal Education Bureau, to report' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Rao Dongsheng', edit: 0, injected: 'Vice President of Qiaoshan Vocational and Technical College',
        orig: { ctx: 'Rao Dongsheng, President of Qiaoshan Vocational and Technical College, shared', text: 'President of Qiaoshan Vocational and Technical College' },
        description: "Rao Dongsheng makes his exchange speech as 'President of Qiaoshan Vocational and Technical College' but is 'Vice President' of the same college in the last paragraph about him." },
      { kind: 'title_capitalization_inconsistency', person: 'Hao Jianqiu', edit: 1, injected: 'Director of the Municipal Education Bureau',
        orig: { ctx: 'Hao Jianqiu, director of the Municipal Education Bureau, reported', text: 'director of the Municipal Education Bureau' },
        description: "Hao Jianqiu's post is 'director of the Municipal Education Bureau' when he reports and 'Director of the Municipal Education Bureau' (capital D) in the mayor's request." },
    ],
  },
  '809_gaoxi_miao_city_health_conference_hospitals': {
    edits: [
      { old: 'Wu Dengke said after the meeting', new: "Wu Dengke, dean of the Gaoxi People's Hospital, said after the meeting" },
      { old: 'She asked Tong Jianhua and the presidents', new: 'She asked Tong Jianhua, director of the Qianliang Prefectural Health Commission, and the presidents' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Wu Dengke', edit: 0, injected: "dean of the Gaoxi People's Hospital",
        orig: { ctx: "Wu Dengke, president of the Gaoxi People's Hospital, said", text: "president of the Gaoxi People's Hospital" },
        description: "The same post of Wu Dengke (院长) is 'president of the Gaoxi People's Hospital' in the exchange speeches and 'dean of the Gaoxi People's Hospital' in the last mention (two translations of one post; 'dean' is the wording used for another hospital in the text)." },
      { kind: 'same_person_title_conflict', person: 'Tong Jianhua', edit: 1, injected: 'director of the Qianliang Prefectural Health Commission',
        orig: { ctx: 'Tong Jianhua, director of the Gaoxi Municipal Health Bureau', text: 'director of the Gaoxi Municipal Health Bureau' },
        description: "Tong Jianhua reports as 'director of the Gaoxi Municipal Health Bureau' (city) but is 'director of the Qianliang Prefectural Health Commission' (prefecture) in the mayor's request: one person at two levels of the health administration." },
    ],
  },
  '810_chuxi_vice_governor_inspects_tanshui_county': {
    edits: [
      { old: 'An Jiawei put forward suggestions', new: 'An Jiawei, director of the Tanshui County Agriculture and Rural Affairs Bureau, put forward suggestions' },
      { old: 'Xiao Wenkai, deputy secretary of the county party committee and county head, said', new: 'Xiao Wenkai, secretary of the county party committee and county head, said' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'An Jiawei', edit: 0, injected: 'director of the Tanshui County Agriculture and Rural Affairs Bureau',
        orig: { ctx: 'director of the Provincial Department of Agriculture and Rural Affairs', text: 'director of the Provincial Department of Agriculture and Rural Affairs' },
        description: "An Jiawei accompanies the vice governor as 'director of the Provincial Department of Agriculture and Rural Affairs' but speaks at the symposium as 'director of the Tanshui County Agriculture and Rural Affairs Bureau' (province vs county level of one line of administration)." },
      { kind: 'duplicate_unique_post', person: 'Xiao Wenkai', edit: 1, injected: 'secretary of the county party committee',
        orig: { ctx: 'Tong Zhiyuan, secretary of the county party committee, reported', text: 'secretary of the county party committee' },
        description: "The word 'deputy' is dropped in the last paragraph: the county head Xiao Wenkai becomes 'secretary of the county party committee', the post of Tong Zhiyuan." },
    ],
  },
  '811_hualin_npc_standing_committee_appointments_removals': {
    edits: [
      { old: 'Zuo Chengzhi    vice president', new: 'Zuo Chenzhi    vice president' },
      { old: 'The oath ceremony was presided over by Cui Hanlin.', new: "The oath ceremony was presided over by Cui Hanlin, director of the Standing Committee of the Municipal People's Congress." },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Zuo Chengzhi', edit: 0, injected: 'Zuo Chenzhi',
        orig: { ctx: 'appointed Zuo Chengzhi as vice president', text: 'Zuo Chengzhi' },
        description: "In the list of appointments the new vice president of the court is 'Zuo Chenzhi' (a letter missing); the running text and the oath paragraph write 'Zuo Chengzhi'." },
      { kind: 'title_capitalization_inconsistency', person: 'Cui Hanlin', edit: 1, injected: "director of the Standing Committee of the Municipal People's Congress",
        orig: { ctx: "Cui Hanlin, Director of the Standing Committee of the Municipal People's Congress, presided", text: "Director of the Standing Committee of the Municipal People's Congress" },
        description: "Cui Hanlin's post is 'Director of the Standing Committee of the Municipal People's Congress' in the lead and 'director of ...' (lower-case d) in the oath paragraph." },
    ],
  },
  '812_luoqiao_county_cadre_meeting_new_party_secretary': {
    edits: [
      { old: 'the work of Secretary Ouyang.', new: 'the work of Deputy Secretary Ouyang.' },
      { old: 'Qian Shaohua introduced the resume', new: 'Qian Shaohua, head of the Organization Department of the Municipal Party Committee, introduced the resume' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Ouyang Zhenhai', edit: 0, injected: 'Deputy Secretary',
        orig: { ctx: 'and secretary of the Luoqiao County Party Committee;', text: 'secretary of the Luoqiao County Party Committee' },
        description: "The county head closes by asking everyone to support the work of 'Deputy Secretary Ouyang', a surname-only address with the deputy rank, while Ouyang Zhenhai was just appointed 'secretary of the Luoqiao County Party Committee'." },
      { kind: 'title_wording_variant', person: 'Qian Shaohua', edit: 1, injected: 'head of the Organization Department of the Municipal Party Committee',
        orig: { ctx: 'and minister of the Organization Department, attended', text: 'minister of the Organization Department' },
        description: "The same post of Qian Shaohua (组织部部长) is 'minister of the Organization Department' in the lead and 'head of the Organization Department of the Municipal Party Committee' in a later paragraph (two translations of one post)." },
    ],
  },
};
