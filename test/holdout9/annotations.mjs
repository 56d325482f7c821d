// Source of the held-out set gold of test/holdout9. `node test/goldkit/build-set.mjs test/holdout9` turns this file
// into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Mayor Cao" / "Director Tang": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout/README.md, test/holdout2/README.md, test/holdout3/README.md,
// plus the decisions listed in README.md of this folder):
// - "Mayor Cao", "Director Tang": the surname is the mention; the address form is not a separate title (the full
//   post is given elsewhere in the same text). No text uses a bare surname without a title word.
// - "Comrade" / "Comrades" before a name is an honorific, never a title (test/holdout).
// - Titles in parentheses after a name ("Nie Hongyu (deputy secretary of the Party Committee)",
//   "Comrade Dai Xiaohe (vice mayor)") are titles of that person, split on ", " like any other posts.
//   Ethnicity, sex and status notes in the same parentheses ("female", "Hui", "Mongolian", "non-party",
//   "non-CPC", "part-time") are not titles.
// - Titles in Chinese word order ("County party committee deputy secretary Tang Jiawen", "Baishui Township head
//   Qiu Wenjie", "first secretary stationed in Shiquan Village by the county finance bureau Liao Yuting") are copied
//   in their word order, capital letter of a sentence start included.
// - Leaders pages (902): the heading label ("Mayor:", "Vice Mayor:", "Secretary-General:") and every post of the
//   "Posts:" line are titles; resume posts ("successively served as ...") are career posts and titles too.
// - Discipline notices (905): current, former and career posts of officials under investigation are titles;
//   "former" is kept in the title where the text puts it before the post; these persons have roles [].
// - Election results: the post a person is elected to is a title ("elected secretary of ...", "elected
//   vice-chairwomen"); being elected is not a role. "the former secretary" is a title (former post).
// - Q&A interview (901): the answers ("Tian Hongbo: ...") are `spoke`; the anonymous "Reporter:" question heads are
//   not persons (test/holdout). A name heading each answer is a mention.
// - Byline labels are titles in every form ("Reporters" in a dateline parenthesis, "Editor on duty", "Layout",
//   "Text |", "Photo |", "Editor |", "First trial", "Second trial", "Third trial", "All-media reporter", "Intern",
//   "Producer", "Writer", "Photography", "Reviewer", "Draft", "First review", "Final review", "Executive editor",
//   "Chief editor", "Translator", "Correspondent", "Review", "Video", "Planning", "Supervisor", "Duty editor").
//   Organisations in a credit line ("Contributed by: Party Building Work Department", "Author: Party Committee
//   Propaganda Department", "Produced by: Development Zone Convergence Media Center") are not persons.
// - Roles: "made exchange speeches", "made speeches", "spoke on behalf of the delegates", "responded to the
//   problems", "talked about", "required", "asked", "said" = spoke; "conveyed", "interpreted the document",
//   "introduced the arrangement", "informed the typical cases", "read out the initiative", "read the congratulatory
//   letter", "made an explanation", "delivered the work report", "made a statement", "special report ... made by" =
//   reported; "attended ... as non-voting participants" = attended. Being elected, appointed, placed under
//   investigation, expelled, "issued the certificates", "took the initiative to surrender" are not roles.
// - A "said" / "He said" sentence that continues the person's own report, statement or exchange speech adds no
//   separate `spoke`.
// - Every double-quoted phrase is a theme, except full-sentence direct speech; also named sessions, congresses and
//   political thought.

export const reports = {
  '901_yuanbei_daily_npc_deputy_interview': {
    persons: [
      { name: 'Tian Hongbo', titles: ['NPC deputy', "deputy to the National People's Congress", 'secretary of the Shaquan County Party Committee'], roles: ['spoke'],
        note: "Headline with the name ('NPC deputy Tian Hongbo: turn saline-alkali land into ...'); the subheadline and the dateline paragraph repeat 'deputy to the National People's Congress and secretary of the Shaquan County Party Committee' (two posts joined by ' and '). Q&A interview: each answer is headed 'Tian Hongbo:' (a mention; the answers = spoke). 'NPC deputy' in the headline is the abbreviation of 'deputy to the National People's Congress' (the same post, not a wording conflict); both are recorded verbatim. The last paragraph 'Tian Hongbo showed ... He said' (spoke)." },
      { name: 'Gao Yuqian', titles: ['Reporters'], roles: ['byline'],
        note: "Newspaper dateline 'Yuanbei Daily, Beijing, March 6 (Reporters Gao Yuqian, Fang Zhenyu)': the plural label before two names covers both." },
      { name: 'Fang Zhenyu', titles: ['Reporters'], roles: ['byline'] },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "Only referred to inside an answer ('General Secretary Xi Jinping pointed out that ...')." },
      { name: 'Mao Jingchuan', titles: ['Professor'], roles: [],
        note: "'Professor Mao Jingchuan of Yuanbei Agricultural University': academic post before the name (the university after the name is his unit); only referred to in an answer." },
      { name: 'Qin Zhaoming', titles: ['county head'], roles: [], note: "'Our county head Qin Zhaoming and I went to the test field': only referred to in an answer." },
      { name: 'Wei Shulan', titles: ['secretary of the party branch of Hongliu Village'], roles: [],
        note: "Female village party branch secretary, only referred to in an answer (twice). 'was awarded the title of national model worker' is an honorary title, not a post." },
      { name: 'Ren Xiaoou', titles: ['Editor on duty'], roles: ['byline'] },
      { name: 'Lan Jiaqi', titles: ['Proofreader'], roles: ['byline'] },
      { name: 'Zhong Yifan', titles: ['Layout'], roles: ['byline'], note: "Page designer of the newspaper edition ('Layout:'), a byline label." },
    ],
    themes: [
      "Third Session of the 14th National People's Congress",
      'granary land',
      'adapting plants to the land',
      'adapting land to plants',
      'white land',
      'science and technology courtyard',
      'write their papers on the land',
      'Hongliu model',
      'one field, one policy',
      'second granary',
      'see the harvest with their own eyes',
    ],
    notes: "Digital edition page of a provincial newspaper (Yuanbei Daily): edition line 'Edition A04: National Two Sessions · Special Report', 'Previous edition | Next edition', headline with the name and a quoted phrase, subheadline '-- Interview with X, post and post', Chinese-newspaper dateline 'Yuanbei Daily, Beijing, March 6 (Reporters A, B)'. Q&A interview with an NPC deputy who is a county party secretary: four anonymous 'Reporter:' questions (not persons) and four answers headed by his name. Persons only referred to in the answers (Xi Jinping, a professor, the county head, a village party branch secretary) have roles []. Credits 'Editor on duty / Proofreader / Layout' at the foot. 'NPC deputy' (headline) and 'deputy to the National People's Congress' are the abbreviated and the full form of the same post of Tian Hongbo, as newspapers write it: not an inconsistency. Non-persons: Yuanbei Agricultural University, Hongliu Village, the Yuanbei delegation. The middle dot U+00B7 occurs in the masthead and the edition line (not in names).",
  },

  '902_qiaoyang_municipal_government_leaders_page': {
    persons: [
      { name: 'Hu Zhengyuan', titles: ['Mayor', 'Deputy Secretary of the Municipal Party Committee', 'Secretary of the Party Leadership Group of the Municipal Government', 'secretary of the Luoxi County Party Committee', 'executive vice mayor of Yinjiang City'], roles: [],
        note: "Leaders page: heading 'Mayor: Hu Zhengyuan', 'Posts:' line with three posts joined by ', ' ('Mayor' again), and a 'Resume:' that repeats the name and gives two career posts ('successively served as A and B'), which are titles. 'executive vice mayor of Yinjiang City' is a former post in another city, not a rank conflict with his present post and not Xiong Baiqing's post." },
      { name: 'Xiong Baiqing', titles: ['Executive Vice Mayor', 'Member of the Standing Committee of the Municipal Party Committee', 'Deputy Secretary of the Party Leadership Group of the Municipal Government'], roles: [],
        note: "'Assists the mayor in handling the daily work' refers to the mayor's post (Hu Zhengyuan), not a title of Xiong Baiqing." },
      { name: 'Pang Lixue', titles: ['Vice Mayor', 'Member of the Party Leadership Group of the Municipal Government'], roles: [], note: "'(female)' after the name is not a title." },
      { name: 'Zhong Wenliang', titles: ['Vice Mayor', 'Member of the Party Leadership Group of the Municipal Government', 'Secretary of the Party Committee', 'Director of the Municipal Public Security Bureau'], roles: [],
        note: "'Secretary of the Party Committee and Director of the Municipal Public Security Bureau' = two posts joined by ' and ' (both of the bureau)." },
      { name: 'Nie Kaiyuan', titles: ['Vice Mayor', 'Chairman of the Qiaoyang Municipal Committee of the China Democratic League'], roles: [],
        note: "'(non-CPC)' is a political status, not a title; the democratic party post is a title." },
      { name: 'Yue Huaming', titles: ['Vice Mayor', 'Member of the Party Leadership Group of the Municipal Government', 'Secretary of the Party Working Committee of the Qiaoyang High-tech Zone'], roles: [] },
      { name: 'Ji Pengfei', titles: ['Secretary-General', 'Member of the Party Leadership Group of the Municipal Government', 'Secretary-General of the Municipal Government', 'Director of the General Office of the Municipal Government'], roles: [],
        note: "Heading label 'Secretary-General:' and the full post 'Secretary-General of the Municipal Government' on the 'Posts:' line: both recorded verbatim (the same post, the label being its short form)." },
    ],
    themes: [
      '12345',
      'one thing at a time',
    ],
    notes: "Leaders page of a municipal government site (not a meeting report): breadcrumb, 'Release time / Source / Views / [Print] [Close]' line, then one block per leader: heading 'Post: Name', 'Posts:' line with every post in title case joined by ', ', 'Division of work:' (fields and the bureaus the leader is in charge of; 'Contact ...' units), a resume for the mayor only, and a 'Sponsored by:' footer. No person has a role. Four persons hold the same post 'Vice Mayor' and four the same 'Member of the Party Leadership Group of the Municipal Government': different persons, not inconsistencies. 'Mayor' (Hu Zhengyuan), 'Executive Vice Mayor' (Xiong Baiqing) and 'Vice Mayor' (four others) are different ranks of different persons. The lower-case 'the mayor' inside the divisions of work is a reference to the post, not a title. 'Secretary of the Party Leadership Group' (Hu) vs 'Deputy Secretary of the Party Leadership Group' (Xiong) vs 'Member ...' (others): different persons. Non-persons: the bureaus, the Qiaoyang Central Sub-branch of the People's Bank of China, the Qiaoyang Fire Rescue Detachment, the China Democratic League.",
  },

  '903_heqian_city_vice_mayors_division_of_work': {
    persons: [
      { name: 'Cao Mingxuan', surnameIn: ['Mayor Cao'], titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'],
        note: "Presided; 'Comrade Cao Mingxuan (mayor)' in the division list (title in parentheses; 'Comrade' is an honorific). Surname-only 'Mayor Cao stressed' and 'Mayor Cao asked' (spoke; span = 'Cao')." },
      { name: 'Shi Yunfeng', titles: ['Executive vice mayor', 'member of the standing committee of the municipal party committee', 'executive vice mayor'], roles: ['attended', 'reported'],
        note: "Title before the name at the start of a sentence ('Executive vice mayor Shi Yunfeng, vice mayors ...') and in lower case inside the parentheses of the division list: the capital E is the sentence start, not a casing inconsistency; both strings are recorded verbatim. 'made an explanation of the working rules' (reported)." },
      { name: 'Dai Xiaohe', titles: ['vice mayors', 'vice mayor'], roles: ['attended'],
        note: "Plural label before a 4-name list in Chinese word order ('vice mayors Dai Xiaohe, Lai Chengbin, Tao Wanqing, Gong Zhiyuan, secretary-general of the municipal government Kong Jiale'); the singular post again in parentheses in the division list." },
      { name: 'Lai Chengbin', titles: ['vice mayors', 'vice mayor', 'director of the municipal public security bureau'], roles: ['attended', 'reported'],
        note: "'(vice mayor, director of the municipal public security bureau)': two posts in parentheses. 'briefed the meeting on the public security situation' (reported)." },
      { name: 'Tao Wanqing', titles: ['vice mayors', 'vice mayor'], roles: ['attended'], note: "'(female, vice mayor)': 'female' is not a title." },
      { name: 'Gong Zhiyuan', titles: ['vice mayors', 'vice mayor'], roles: ['attended'], note: "'(vice mayor, non-party)': 'non-party' is not a title." },
      { name: 'Kong Jiale', titles: ['secretary-general of the municipal government'], roles: ['attended'],
        note: "Title before the name in the attendance list (Chinese word order) and in parentheses in the division list." },
      { name: 'Zou Peilin', titles: ["vice chairman of the Standing Committee of the Municipal People's Congress"], roles: ['attended'], note: "'attended the meeting as non-voting participants' (attended)." },
      { name: 'Nong Lixia', titles: ['vice chairwoman of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Xia Ruoxi', titles: ['Text'], roles: ['byline'], note: "Credit line with vertical bars 'Text | X   Photo | Y   Editor | Z'." },
      { name: 'Ning Haotian', titles: ['Photo'], roles: ['byline'] },
      { name: 'Yi Chunmei', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Decision of the Heqian Municipal People\'s Government on the Division of Work of the Leading Members',
      'three guarantees',
      'specialized, refined, distinctive and novel',
      'Safe Heqian',
      'one old and one young',
      '12345',
      'doing things as soon as they are said, and doing them well',
      'each sweeping the snow in front of his own door',
      'Working Rules of Heqian Municipal People\'s Government',
      'ten practical things for the people',
    ],
    notes: "Municipal government site news ('Date / Source / Font: [Large] [Medium] [Small]'): first executive meeting of a new-term municipal government that adopted the decision on the division of work among the vice mayors. Attendance list with titles before the names in Chinese word order, no 'and' before the last name ('Executive vice mayor A, vice mayors B, C, D, E, secretary-general of the municipal government F attended'); then a division list in which every paragraph starts with 'Comrade Name (post, post)': titles in parentheses after the names, mixed with sex and party notes ('female', 'non-party') that are not titles. Surname-only 'Mayor Cao' twice. Credits with vertical bars. Look-alikes: 'mayor' (Cao), 'executive vice mayor' (Shi) and 'vice mayor(s)' (four others) are different persons; 'Executive vice mayor' / 'executive vice mayor' of Shi Yunfeng differ only by the sentence-initial capital; 'vice chairman of the Standing Committee of the Municipal People's Congress' / 'vice chairwoman of the Municipal CPPCC' are different bodies. 'the vice mayor designated by the mayor', 'assists the mayor' are references to posts, not titles.",
  },

  '904_dongyao_county_rural_revitalization_first_secretaries': {
    persons: [
      { name: 'Huang Zhenhai', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'], note: "'pointed out', 'stressed' (spoke)." },
      { name: 'Yu Chengkang', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'], note: "'asked' (spoke)." },
      { name: 'Tang Jiawen', titles: ['County party committee deputy secretary'], roles: ['attended'],
        note: "Title before the name in Chinese word order at the start of an attendance list without commas between persons' posts ('County party committee deputy secretary Tang Jiawen, county party committee standing committee member and organization department head Yao Shoujun, deputy county head Feng Ruolin attended')." },
      { name: 'Yao Shoujun', titles: ['county party committee standing committee member', 'organization department head'], roles: ['attended', 'spoke'],
        note: "Two word-order posts joined by ' and ' before the name. 'made arrangements', 'He said' (spoke)." },
      { name: 'Feng Ruolin', titles: ['deputy county head'], roles: ['attended', 'reported'], note: "'reported the completion of the 2024 rural revitalization tasks' (reported)." },
      { name: 'Cai Dongsheng', titles: ['director of the county agriculture and rural affairs bureau'], roles: ['reported'],
        note: "' and ' inside the bureau name does not split. 'interpreted the \"No. 1 Central Document\" ... and the county's implementation plan' (reported)." },
      { name: 'Zheng Yuhan', titles: ['director of the county finance bureau'], roles: ['reported'], note: "'introduced the arrangement of ... funds' (reported)." },
      { name: 'Qiu Wenjie', titles: ['Baishui Township head'], roles: ['spoke'],
        note: "Word-order title at the start of a sentence that lists four speakers, each with the post before the name ('Baishui Township head Qiu Wenjie, Xigou Town party committee secretary Mu Hailiang, ...'); 'made exchange speeches' (spoke)." },
      { name: 'Mu Hailiang', titles: ['Xigou Town party committee secretary'], roles: ['spoke'] },
      { name: 'Liao Yuting', titles: ['first secretary stationed in Shiquan Village by the county finance bureau'], roles: ['spoke'],
        note: "Word-order post of a first secretary sent to a village ('first secretary stationed in Shiquan Village by the county finance bureau Liao Yuting'): the sending bureau is part of the designation, the whole phrase is one title. 'Liao Yuting said ...' continues the exchange speech." },
      { name: 'Hong Guifang', titles: ['Qiaotou Village party branch secretary'], roles: ['spoke'],
        note: "'who has held the post for 19 years, talked about the practice of the \"points system\"' continues her exchange speech." },
      { name: 'Pan Xinyue', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Jia Mingtao', titles: ['Photographer'], roles: ['byline'] },
      { name: 'Fu Yanling', titles: ['First trial'], roles: ['byline'],
        note: "Literal MT of the three-level review credits (一审 / 二审 / 三审) as 'First trial / Second trial / Third trial': byline labels." },
      { name: 'Bai Chenguang', titles: ['Second trial'], roles: ['byline'] },
      { name: 'Yang Songtao', titles: ['Third trial'], roles: ['byline'] },
    ],
    themes: [
      'No. 1 Central Document',
      'courtyard economy',
      'vanguards',
      'go down, stay, and integrate into',
      'two committees',
      'recall and replace',
      'three types of households',
      'Ten Million Project',
      'front-line commanders',
      'leading geese',
      'one-to-one',
      "four no's and two straights",
      'points system',
    ],
    notes: "County government site, plain MT with word-order titles ('County party committee deputy secretary Tang Jiawen', 'Baishui Township head Qiu Wenjie', 'Xigou Town party committee secretary Mu Hailiang', 'Qiaotou Village party branch secretary Hong Guifang'). County rural revitalization meeting combined with the work meeting of the first secretaries stationed in villages: county bureau directors report, a township head, a town party secretary, a first secretary sent by a county bureau and a village party branch secretary make exchange speeches. Credits 'Reporter / Photographer' and the literal three-level review 'First trial / Second trial / Third trial'. Collective participants ('the 93 first secretaries', 'the village party branch secretaries of the county', 'Township party committee secretaries should be ...') are not persons. Look-alikes: 'secretary of the county party committee' (Huang) vs 'deputy secretary of the county party committee' (Yu) vs 'County party committee deputy secretary' (Tang): different persons; Tang Jiawen's word-order 'County party committee deputy secretary' and Yu Chengkang's 'deputy secretary of the county party committee' are the same post of two deputy secretaries in two wordings (different persons, not a wording conflict); 'county head' (Yu) vs 'deputy county head' (Feng) and 'Baishui Township head' (Qiu): different persons and bodies; Zheng Yuhan 'director of the county finance bureau' vs Liao Yuting sent 'by the county finance bureau': different posts. Non-persons: Shiquan Village, Qiaotou Village, Baishui Township, Xigou Town, the county rural revitalization supervision group.",
  },

  '905_qianlin_provincial_discipline_commission_investigation_notice': {
    persons: [
      { name: 'Zeng Xianghua', titles: ['secretary of the Party Leadership Group', 'director of the Department of Natural Resources of Qianlin Province', 'deputy mayor of Lanshan City', 'secretary of the Huaxi County Party Committee', 'deputy director of the Qianlin Provincial Development and Reform Commission'], roles: [],
        note: "Under review and investigation (no role). Current posts 'secretary of the Party Leadership Group and director of the Department of Natural Resources of Qianlin Province' (two posts joined by ' and '); a resume paragraph ('Zeng Xianghua's resume:' - possessive outside the span) with three career posts and 'appointed director of the Department of Natural Resources of Qianlin Province' (the same post again). 'deputy director of the ... Development and Reform Commission' is a career post in another body, not a rank conflict." },
      { name: 'Hong Yaoting', titles: ['former member of the Party Leadership Group', 'deputy director of the Department of Transport of Qianlin Province', 'director of the Lanshan Municipal Transportation Bureau', 'general manager of Qianlin Expressway Construction Co., Ltd.'], roles: [],
        note: "'former member of the Party Leadership Group and deputy director of the Department of Transport of Qianlin Province': 'former' stays with the first post as written; retired; career posts 'director of the Lanshan Municipal Transportation Bureau and general manager of ...' (a municipal bureau director before a provincial deputy director: career, not a rank conflict)." },
      { name: 'Dai Kunpeng', titles: ['member of the Standing Committee of the Shuicheng Municipal Party Committee', 'executive vice mayor', 'secretary of the Party Working Committee of the Shuicheng Economic and Technological Development Zone'], roles: [],
        note: "'was once secretary of the Party Working Committee of the Shuicheng Economic and Technological Development Zone' (career post; ' and ' inside the zone name does not split)." },
      { name: 'Wen Shuxia', titles: ['former party committee secretary', 'chairwoman of Qianlin Rural Credit Cooperatives Union'], roles: [],
        note: "'Wen Shuxia (female), former party committee secretary and chairwoman of ...': '(female)' is not a title; 'former' stays with the first post as written." },
      { name: 'Yin Guoqiang', titles: ['secretary of the Party Committee', 'chairman of Qianlin Energy Investment Group Co., Ltd.', "deputy secretary-general of the Qianlin Provincial People's Government"], roles: [],
        note: "State-owned enterprise head who 'took the initiative to surrender' (not a role); career post 'deputy secretary-general of the Qianlin Provincial People's Government'." },
      { name: 'Geng Weiping', titles: ["former president of the Lanshan Intermediate People's Court"], roles: [],
        note: "Expelled from the Party and public office, case transferred to the procuratorate (no role)." },
      { name: 'Lü Xinran', titles: ['Duty editor'], roles: ['byline'], note: "Surname with u-umlaut (U+00FC) inside the span." },
    ],
    themes: [
      'anti-corruption struggle never stops',
      'no forbidden zone, full coverage and zero tolerance',
      'investigating bribe-taking and bribe-giving together',
    ],
    notes: "Website of a provincial commission for discipline inspection and supervisory commission, column 'Review and Investigation > Provincial Management Cadres': a notice naming five officials under disciplinary review and supervisory investigation, each with current posts, former posts (retired, 'former ... and ...') and career posts in resumes ('successively served as', 'Before that, he had served as', 'was once', 'once served as'), plus one former court president expelled from the Party. All these persons have roles []. 'Duty editor:' at the foot. Look-alikes: 'deputy director of the Department of Transport of Qianlin Province' (Hong) vs his earlier 'director of the Lanshan Municipal Transportation Bureau' (career, different level and body); 'director of the Department of Natural Resources ...' vs the earlier 'deputy director of the Qianlin Provincial Development and Reform Commission' (Zeng, career, different body); 'secretary of the Party Committee' (Yin Guoqiang, of his group) vs 'former party committee secretary' (Wen Shuxia, of the credit union) and 'secretary of the Party Leadership Group' (Zeng): different bodies; 'executive vice mayor' (Dai, Shuicheng) vs 'deputy mayor of Lanshan City' (Zeng, career): different persons and cities. Non-persons: the commission, the Lanshan Intermediate People's Court, the procuratorate, the enterprises.",
  },

  '906_cidb_lanjiang_branch_party_building_conference': {
    persons: [
      { name: 'Chang Yiwen', titles: ['Writer'], roles: ['byline'],
        note: "Header credit line 'Contributed by: Party Building Work Department   Writer: X   Photography: Y' (the department is not a person)." },
      { name: 'Lan Zhuoran', titles: ['Photography'], roles: ['byline'] },
      { name: 'Xie Hanwen', titles: ['secretary of the Party Committee', 'president of the branch'], roles: ['attended', 'spoke'],
        note: "'Comrade Xie Hanwen, secretary of the Party Committee and president of the branch' ('Comrade' twice, an honorific). 'pointed out', 'stressed' (spoke)." },
      { name: 'Ma Yunqiao', titles: ['deputy secretary of the Party Committee', 'vice president of the branch'], roles: ['presided', 'spoke'], note: "'asked' (spoke)." },
      { name: 'Guo Ziyang', titles: ['Members of the Party Committee', 'vice president'], roles: ['attended'],
        note: "Plural label before a 3-name list with the post of each person in parentheses ('Members of the Party Committee Guo Ziyang (vice president), Zou Lingyun (vice president) and Hu Shaoting (secretary of ...)')." },
      { name: 'Zou Lingyun', titles: ['Members of the Party Committee', 'vice president'], roles: ['attended'] },
      { name: 'Hu Shaoting', titles: ['Members of the Party Committee', 'secretary of the Discipline Inspection Committee'], roles: ['attended', 'reported'],
        note: "'informed the typical cases of violations of discipline and law' (reported)." },
      { name: 'Tu Weiming', titles: ['chief risk officer'], roles: ['attended', 'spoke'],
        note: "', and Tu Weiming (chief risk officer)' follows the closed list of the label 'Members of the Party Committee' (after 'and Hu Shaoting (...)'), so the label does not cover him. 'made arrangements for the risk investigation' (spoke)." },
      { name: 'Kong Deyu', titles: ['head of the Party Building Work Department'], roles: ['reported'], note: "'made the Party building work report' (reported)." },
      { name: 'Jia Rongsheng', titles: ['secretary of the Party Committee', 'president of the Xiangcheng Sub-branch'], roles: ['spoke'],
        note: "Party secretary of a sub-branch: the wording 'secretary of the Party Committee' is the same as Xie Hanwen's post of the branch, but the committees differ (sub-branch vs branch); not a duplicate post. 'made exchange speeches' (spoke)." },
      { name: 'Yue Min', titles: ['secretary of the Party branch of the Corporate Business Department'], roles: ['spoke'] },
      { name: 'Cao Xueling', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'Party member demonstration posts',
      'Party member pioneer teams',
      'The Lost Loan Officer',
      'Party building + credit',
      'Party building + service',
      'financial development with Chinese characteristics',
      'setting the direction, managing the overall situation and ensuring implementation',
      'five major articles',
      'new quality productive forces',
      'one post, two responsibilities',
      'key minority',
      'hunting',
    ],
    notes: "Site of a provincial branch of a state-owned bank (China Industrial Development Bank Lanjiang Branch), 'Home / Party Building / Branch Dynamics'; Party building work conference combined with a warning education meeting. Credits at the top ('Contributed by: <department>   Writer: X   Photography: Y') and 'Reviewer:' at the foot. 'Comrade' before names (honorific, three times). Label 'Members of the Party Committee' before three names, each with a post in parentheses, followed by a fourth name outside the label. Bank posts: president / vice president of the branch, secretary of the Discipline Inspection Committee, chief risk officer, head of a department, president of a sub-branch, secretary of a Party branch. Look-alikes: 'secretary of the Party Committee' of the branch (Xie) and of the Xiangcheng Sub-branch (Jia) - same wording, different committees; 'president of the branch' (Xie) vs 'vice president of the branch' (Ma) vs 'vice president' (Guo, Zou) vs 'president of the Xiangcheng Sub-branch' (Jia): different persons; 'deputy secretary of the Party Committee' (Ma) vs 'secretary of the Party Committee' (Xie). Non-persons: the Party Building Work Department, the Xiangcheng Sub-branch, the Corporate Business Department, the warning film.",
  },

  '907_tanxi_district_general_chamber_of_commerce_private_entrepreneurs': {
    persons: [
      { name: 'Qiu Shanshan', titles: ['All-media reporter'], roles: ['byline'], note: "Header credit 'All-media reporter: X   Intern: Y' after the date and the site name." },
      { name: 'Wen Zexi', titles: ['Intern'], roles: ['byline'] },
      { name: 'Ye Chongwen', titles: ['secretary of the district party committee'], roles: ['attended', 'spoke'],
        note: "'responded to the problems one by one and asked', 'pointed out', 'stressed' (spoke)." },
      { name: 'Xu Guanlin', titles: ['deputy secretary of the district party committee', 'district head'], roles: ['presided', 'spoke'], note: "'asked' (spoke)." },
      { name: 'Yin Shuhua', titles: ['District party committee standing committee member', 'united front work department minister'], roles: ['attended', 'spoke'],
        note: "Two word-order posts joined by ', ' before the name at the start of a sentence. 'said that ...' (spoke)." },
      { name: 'Zhong Pengcheng', titles: ['vice district head'], roles: ['attended'] },
      { name: 'Ji Haoran', titles: ['party group secretary of the District Federation of Industry and Commerce'], roles: ['reported'],
        note: "' and ' inside the federation name does not split. 'reported the work of the chamber of commerce' (reported)." },
      { name: 'Tang Qiming', titles: ['chairman of the District General Chamber of Commerce', 'chairman of Hengfeng Precision Machinery Group'], roles: ['reported'],
        note: "Private entrepreneur heading the chamber: two posts joined by ' and ', the same word 'chairman' of two bodies. 'read out the initiative ... on behalf of the private enterprises' (reported)." },
      { name: 'Hong Zhiyuan', titles: ['chairman of Tanxi Hongtai Textile Co., Ltd.'], roles: ['spoke'],
        note: "Title in parentheses after the name; 'made speeches one after another' (spoke)." },
      { name: 'Wei Meiling', titles: ['general manager of Lüye Ecological Agriculture Co., Ltd.'], roles: ['spoke'],
        note: "'(female, general manager of ...)': 'female' is not a title. The company name contains the u-umlaut (Lüye), not a person." },
      { name: 'Niu Jianbo', titles: ['vice chairman of the District General Chamber of Commerce', 'chairman of Jiuding Logistics Co., Ltd.'], roles: ['spoke'],
        note: "Two posts joined by ', ' inside the parentheses." },
      { name: 'Yi Tianyou', titles: ['president of the District Young Entrepreneurs Chamber of Commerce'], roles: ['spoke'] },
      { name: 'Pang Xiaoqian', titles: ['Editor in charge'], roles: ['byline'] },
      { name: 'Tu Jianing', titles: ['Producer'], roles: ['byline'] },
    ],
    themes: [
      'Listen to the voice of enterprises and help them solve problems',
      'bank-enterprise matchmaking',
      'honest operation and win-win development',
      'one-stop',
      'golden signboard',
      'Private Economy Promotion Law',
      'feel at ease, be relieved and have a bright future',
      'pro',
      'clean',
      'enterprise service day',
      'young entrepreneurs follow the Party',
    ],
    notes: "District convergence-media release ('Tanxi Release'), headline opening with a quoted slogan followed by ' -- '; credits 'All-media reporter: X   Intern: Y' at the top and 'Editor in charge: / Producer:' at the foot. Symposium of private entrepreneurs and annual meeting of a district general chamber of commerce: district leaders, the party group secretary of the federation of industry and commerce, the chairman of the chamber (a private group chairman), and four entrepreneurs with their posts in parentheses after the names. Look-alikes: 'chairman of the District General Chamber of Commerce' (Tang) vs 'vice chairman of the District General Chamber of Commerce' (Niu): different persons; 'chairman of ...' of four different companies (Tang, Hong, Niu) and 'president of the District Young Entrepreneurs Chamber of Commerce' (Yi): different bodies; 'district head' (Xu) vs 'vice district head' (Zhong). Short quoted words '\"pro\"' and '\"clean\"' (the cadre-entrepreneur relation) are themes. Non-persons: the companies, the District Federation of Industry and Commerce.",
  },

  '908_hailan_university_party_committee_spring_semester': {
    persons: [
      { name: 'Gao Jingshan', titles: ['secretary of the university Party Committee'], roles: ['attended', 'spoke'],
        note: "'Comrade Gao Jingshan pointed out' ('Comrade' is an honorific), 'stressed' (spoke)." },
      { name: 'Xuan Zhexiu', titles: ['deputy secretary of the university Party Committee', 'president'], roles: ['presided', 'spoke'],
        note: "Korean (Chaoxian) name with the surname Xuan. 'asked' (spoke)." },
      { name: 'Nie Hongyu', titles: ['University leaders', 'deputy secretary of the Party Committee'], roles: ['attended', 'reported'],
        note: "Label 'University leaders' before a 4-name list; the post in parentheses after the name in the next paragraph ('Nie Hongyu (deputy secretary of the Party Committee) conveyed ...', reported)." },
      { name: 'Ming Yuji', titles: ['University leaders', 'vice president'], roles: ['attended', 'reported'],
        note: "Korean name, female; '(vice president) reported the work plan' (reported)." },
      { name: 'Che Yongnan', titles: ['University leaders', 'member of the Standing Committee of the Party Committee', 'vice president'], roles: ['attended', 'spoke'],
        note: "Korean name with the surname Che; 'made arrangements' (spoke)." },
      { name: 'Fu Jinsong', titles: ['University leaders', 'secretary of the Discipline Inspection Commission'], roles: ['attended', 'spoke'], note: "'required' (spoke)." },
      { name: 'Nan Chengzhe', titles: ['dean of the College of Korean Studies'], roles: ['spoke'], note: "Korean name with the surname Nan; 'made speeches' (spoke)." },
      { name: 'Yang Lingyue', titles: ['director of the Student Affairs Department'], roles: ['spoke'] },
      { name: 'Tai Shunhua', titles: ['Draft'], roles: ['byline'], note: "Korean name; 'Draft:' (MT of the drafting credit) is a byline label." },
      { name: 'Mu Chenxi', titles: ['Photo'], roles: ['byline'] },
      { name: 'Ren Jiayu', titles: ['First review'], roles: ['byline'] },
      { name: 'Bai Dongsheng', titles: ['Final review'], roles: ['byline'] },
    ],
    themes: [
      'Double First-Class',
      'forging a strong sense of community for the Chinese nation',
      'cultivating people by virtue',
      'big ideological and political course',
      'start running at the beginning of the year',
      'three key tasks',
      'double leaders',
      'four winds',
      'eight-point regulations',
    ],
    notes: "University news site in the north-east (Hailan University, in a Korean autonomous prefecture): 'Published / Author: <department> / Clicks' line (the department is not a person), breadcrumb with the guillemet '»'. Spring semester work meeting of the university Party Committee. Korean (Chaoxian) names with the surnames Xuan, Ming, Che, Nan and Tai; Han names with Gao, Nie, Fu, Yang, Mu, Ren, Bai. Label 'University leaders' before four names; posts in parentheses after names; 'Comrade' before a name. Credits 'Draft / Photo / First review / Final review'. Look-alikes: 'deputy secretary of the university Party Committee' (Xuan) and 'deputy secretary of the Party Committee' (Nie): two deputy secretaries (different persons); 'president' (Xuan) vs 'vice president' (Quan, Che); 'secretary of the university Party Committee' (Gao) vs the 'secretary of the Discipline Inspection Commission' (Fu). Non-persons: the College of Korean Studies, the Student Affairs Department, the forest farm.",
  },

  '909_hairhan_city_youth_league_congress': {
    persons: [
      { name: 'Aoqier', titles: ['secretary of the Youth League Municipal Committee'], roles: ['spoke'],
        note: "Single-word Mongolian name in the headline ('Aoqier elected secretary of the Youth League Municipal Committee') and in the body ('Comrade Aoqier was elected secretary of ...': the post he is elected to is a title; being elected is not a role). 'In his speech after the election, Aoqier said' (spoke)." },
      { name: 'Xia Wenbo', titles: ['secretary of the municipal party committee'], roles: ['attended', 'spoke'], note: "'pointed out', 'He asked' (spoke)." },
      { name: 'Hasichaolu', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['attended'] },
      { name: 'Siqinbilige', titles: ['member of the Standing Committee of the municipal party committee', 'minister of the Organization Department'], roles: ['attended'] },
      { name: 'Baoyindalai', titles: ['member of the Standing Committee of the Inner Mongolia Autonomous Region Committee of the Communist Youth League'], roles: ['attended', 'reported'],
        note: "Regional Youth League official; 'read the congratulatory letter' (reported)." },
      { name: 'Tonglaga', titles: ['executive chairwoman of the presidium of the congress'], roles: ['presided'] },
      { name: 'Wuritu', titles: ['secretary of the 9th Youth League Hairhan Municipal Committee', 'former secretary'], roles: ['reported'],
        note: "Outgoing secretary: 'delivered the work report entitled ...' (reported); 'Wuritu, the former secretary, will take up another post' (former post, leading article dropped). His successor Aoqier holds the post now: succession, not a duplicate post." },
      { name: 'Gerile', titles: [], roles: ['spoke'],
        note: "'a young teacher of Hairhan No. 2 Middle School' is an occupation, not a post (titles []); 'spoke on behalf of the delegates', 'She said' (spoke)." },
      { name: 'Saiyinjiya', titles: ['deputy secretaries'], roles: [],
        note: "'Comrades Saiyinjiya (female, Mongolian) and Lü Chenhao were elected deputy secretaries': the plural post covers both names; '(female, Mongolian)' is not a title." },
      { name: 'Lü Chenhao', titles: ['deputy secretaries'], roles: [], note: "Han name with the u-umlaut surname Lü." },
      { name: 'Enkhtuya', titles: ['Reporter'], roles: ['byline'], note: "Mongolian name in Mongolian (not pinyin) transliteration in the parenthesised credits." },
      { name: 'Yao Yiming', titles: ['Translator'], roles: ['byline'] },
      { name: 'Gong Ruoxue', titles: ['Executive editor'], roles: ['byline'] },
      { name: 'Qiu Hongda', titles: ['Chief editor'], roles: ['byline'] },
    ],
    themes: [
      '10th Congress of the Communist Youth League of Hairhan City',
      'Gather the strength of youth and write a new chapter of Hairhan in the new era',
      'youth posts',
      'youth commando teams',
      'most active and vigorous force',
      'two important bases',
      'one bridgehead',
      'forging a strong sense of community for the Chinese nation',
      'red seeds',
      'Youth Hairhan Action',
      'youth homes',
      'youth night school',
    ],
    notes: "Trilingual city news site in Inner Mongolia ('Hairhan News Network (Chinese | Mongolian | English)'); congress of the Communist Youth League of a city electing its new committee. Headline with the name of the elected secretary. Single-word Mongolian names (Aoqier, Hasichaolu, Siqinbilige, Baoyindalai, Tonglaga, Wuritu, Gerile, Saiyinjiya, Enkhtuya) next to Han names (Xia Wenbo, Lü Chenhao, Yao Yiming, Gong Ruoxue, Qiu Hongda). 'Comrade' and plural 'Comrades' before names. Election results ('was elected secretary', 'were elected deputy secretaries') give titles, not roles. Credits in one parenthesised line at the end: 'Reporter / Translator / Executive editor / Chief editor'. Look-alikes: Wuritu (outgoing, 'secretary of the 9th Youth League Hairhan Municipal Committee', 'former secretary') and Aoqier (newly elected 'secretary of the Youth League Municipal Committee'): succession of two persons in one post, not a duplicate; 'secretary of the municipal party committee' (Xia) vs the Youth League secretaries: different bodies; 'member of the Standing Committee of the municipal party committee' (Siqinbilige) vs the regional Youth League standing committee member (Baoyindalai): different bodies. 'Youth League' is an organisation; 'gachas' (villages in pastoral areas) are places.",
  },

  '910_qingquan_county_ningxia_womens_congress': {
    persons: [
      { name: 'Ma Xiaoqin', titles: ['Correspondent'], roles: ['byline'], note: "Header line 'Time / Source: County Women's Federation / Correspondent: X / [Share to]'." },
      { name: 'Guo Hanlin', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'], note: "'pointed out' (spoke)." },
      { name: 'Hai Zhenjiang', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['attended'], note: "Hui name (surname Hai); '(Hui)' is not a title." },
      { name: 'Sha Wenxiu', titles: ['chairwoman of the county CPPCC'], roles: ['attended'], note: "Hui name (surname Sha); '(female, Hui)' is not a title." },
      { name: 'Mu Xiaojuan', titles: ['vice chairwoman of the Women\'s Federation of Ningxia Hui Autonomous Region'], roles: ['attended', 'reported'],
        note: "'read the congratulatory letter of the Women's Federation of the autonomous region' (reported); 'The letter hoped ...' is the letter's content, not her own speech." },
      { name: 'Yang Shufen', titles: ['deputy county head', 'executive chairwoman of the presidium of the congress'], roles: ['presided'] },
      { name: 'Ma Guifang', titles: ['chairwoman of the 7th Executive Committee of the County Women\'s Federation'], roles: ['reported'],
        note: "Outgoing chairwoman; 'delivered a work report entitled ...' (reported). Her successor Na Yuqin: succession, not a duplicate post." },
      { name: 'Ma Fengying', titles: ['director of the Shuiquan Village Wolfberry Professional Cooperative'], roles: ['spoke'],
        note: "'(female, Hui)' is not a title; 'spoke on behalf of the delegates', 'She said' (spoke). Third person with the surname Ma in the text." },
      { name: 'Na Yuqin', titles: ['chairwoman of the county women\'s federation'], roles: ['spoke'],
        note: "Hui name (surname Na); 'Comrade Na Yuqin was elected chairwoman of the county women's federation' (title; elected is not a role); 'Comrade Na Yuqin said in her speech' (spoke)." },
      { name: 'Ha Xuemei', titles: ['vice-chairwomen'], roles: [],
        note: "Hui name (surname Ha); 'Ha Xuemei, Bai Lijuan (part-time) and Hu Yanping (part-time) were elected vice-chairwomen': the plural post after the list covers the three names." },
      { name: 'Bai Lijuan', titles: ['vice-chairwomen'], roles: [], note: "'(part-time)' qualifies the post; it is not a title of its own." },
      { name: 'Hu Yanping', titles: ['vice-chairwomen'], roles: [] },
      { name: 'Xi Jinping', titles: [], roles: [], note: "Only inside the theme 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era' (a mention; no title, no role)." },
      { name: 'Tu Yanqiu', titles: ['Editor'], roles: ['byline'] },
      { name: 'Lai Shuhong', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      '8th Women\'s Congress of Qingquan County',
      'Uniting women of all ethnic groups to contribute to the beautiful new Qingquan',
      'labor service brand',
      'half of the sky',
      'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
      'Women\'s Action for Rural Revitalization',
      'most beautiful family',
      'women\'s home',
      'mother and child health',
      'embrace each other like pomegranate seeds',
    ],
    notes: "County government site in Ningxia; women's congress of a county electing the new executive committee of the women's federation. Hui names with the surnames Hai, Sha, Mu, Ma (three different persons: Ma Xiaoqin, Ma Guifang, Ma Fengying), Na, Ha, Bai, Hu, with ethnicity and sex notes in parentheses ('(Hui)', '(female, Hui)') that are not titles; '(part-time)' after two vice-chairwomen. 'Comrade' before a name twice. Plural post 'vice-chairwomen' after a 3-name list. Correspondent credit at the top, 'Editor / Review' at the foot. Look-alikes: 'chairwoman of the 7th Executive Committee of the County Women's Federation' (Ma Guifang, outgoing) and 'chairwoman of the county women's federation' (Na Yuqin, newly elected): succession, not a duplicate post; 'chairwoman of the county CPPCC' (Sha): another body; 'vice chairwoman of the Women's Federation of Ningxia Hui Autonomous Region' (Mu): regional level, another person; 'county head' (Hai) vs 'deputy county head' (Yang). Non-persons: the cooperative, Qingquan embroidery, the county cultural center.",
  },

  '911_tanzhou_jiangbei_development_zone_investment_meeting': {
    persons: [
      { name: 'Yin Zhiheng', titles: ['member of the Standing Committee of the Tanzhou Municipal Party Committee', 'secretary of the Party Working Committee of the development zone'], roles: ['attended', 'spoke'],
        note: "Both posts in parentheses after the name, joined by ', '. 'pointed out', 'stressed' (spoke)." },
      { name: 'Qin Shaokang', titles: ['deputy secretary of the Party Working Committee', 'director of the Management Committee'], roles: ['presided', 'spoke'], note: "'asked' (spoke)." },
      { name: 'Feng Jiaxin', titles: ['full-time deputy secretary of the Party Working Committee'], roles: ['attended'] },
      { name: 'Xiong Yuzhe', titles: ['member of the Party Working Committee', 'deputy director of the Management Committee'], roles: ['attended', 'reported'] },
      { name: 'Pang Shuyi', titles: ['member of the Party Working Committee', 'deputy director of the Management Committee'], roles: ['attended', 'reported'],
        note: "Same two posts as Xiong Yuzhe (two members and deputy directors): not an inconsistency." },
      { name: 'Cai Yunhe', titles: ['secretary of the Discipline Inspection Working Committee'], roles: ['attended', 'spoke'], note: "'said that the Discipline Inspection Working Committee would ...' (spoke)." },
      { name: 'Zou Bingkun', titles: ['general manager of Tanzhou Xinhe New Energy Battery Co., Ltd.'], roles: ['spoke'], note: "Enterprise head; 'said that ...' (spoke)." },
      { name: 'Liao Chenxi', titles: ['Jiangbei Street Party Working Committee secretary'], roles: ['spoke'],
        note: "Word-order title before the name at the start of a sentence; 'spoke about the land acquisition' (spoke)." },
      { name: 'Wei Anqi', titles: ['Text'], roles: ['byline'], note: "Credits 'Produced by: <media center>' (not a person) and 'Text / Video / Planning'." },
      { name: 'Dai Chenyi', titles: ['Video'], roles: ['byline'] },
      { name: 'Gong Lixiang', titles: ['Planning'], roles: ['byline'] },
    ],
    themes: [
      'investment attraction and project construction',
      'standard land',
      'agent service',
      'main battlefield',
      'ballast stone',
      'chain-based investment attraction',
      'run in front of the enterprises',
      'one project, one leader, one team',
      'military order',
      'eating, taking, stuck and demanding',
    ],
    notes: "Site of the management committee of a national-level economic and technological development zone; half-year meeting on investment attraction and project construction held by the Party Working Committee and the Management Committee. Every leader in the lead has his posts in parentheses after the name ('Yin Zhiheng (member of ..., secretary of ...)'), five persons in a row. Zone posts: secretary / deputy secretary / full-time deputy secretary / member of the Party Working Committee, director / deputy director of the Management Committee, secretary of the Discipline Inspection Working Committee, a street party working committee secretary in word order. Credits 'Produced by / Text / Video / Planning'. Look-alikes: 'director of the Management Committee' (Qin) vs 'deputy director of the Management Committee' (Xiong, Pang); 'secretary of the Party Working Committee of the development zone' (Yin) vs 'deputy secretary of the Party Working Committee' (Qin), 'full-time deputy secretary ...' (Feng) and 'Jiangbei Street Party Working Committee secretary' (Liao, a street): different persons and bodies. Non-persons: Tanzhou Xinhe New Energy Battery Co., Ltd., Jiangbei Street, the zone's departments.",
  },

  '912_xiqiao_county_peoples_congress_standing_committee_appointments': {
    persons: [
      { name: 'Zheng Haiou', titles: ['Reporter'], roles: ['byline'], note: "Header line 'Publication date / Reporter: X / Visits'." },
      { name: 'Tang Yunsheng', surnameIn: ['Director Tang'], titles: ["director of the Standing Committee of the County People's Congress"], roles: ['presided', 'spoke'],
        note: "Presided; 'issued the certificates of appointment' (no role); 'pointed out in his speech' (spoke); surname-only 'Director Tang also required' (spoke; span = 'Tang')." },
      { name: 'Xu Huizhen', titles: ['Deputy directors'], roles: ['attended'], note: "Label 'Deputy directors' at the start of a sentence before a 3-name list ('Deputy directors A, B and C, and 19 members of the Standing Committee attended')." },
      { name: 'Gao Shiming', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Pan Dingguo', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Fang Jinglong', titles: ['deputy secretary of the county party committee', 'deputy county head', 'acting county head of Xiqiao County'], roles: ['attended', 'reported'],
        note: "Attended as non-voting participant; 'decided to appoint Comrade Fang Jinglong as deputy county head and acting county head of Xiqiao County' (two posts joined by ' and '; being appointed is not a role); 'made a statement on behalf of the newly appointed personnel' (reported), 'He said' continues it." },
      { name: 'Zhao Dekun', titles: ['member of the Standing Committee of the County Party Committee', 'director of the County Supervision Commission'], roles: ['attended'] },
      { name: 'Yu Qingshan', titles: ["president of the County People's Court"], roles: ['attended', 'reported'],
        note: "'heard and deliberated the special report ... made by Yu Qingshan' (reported)." },
      { name: 'Ye Mingxia', titles: ["chief procurator of the County People's Procuratorate"], roles: ['attended'], note: "'(female)' is not a title." },
      { name: 'Wei Chengdong', titles: ['county head'], roles: [],
        note: "'accept the resignation of Comrade Wei Chengdong from the post of county head due to work transfer': the post he resigns from is a title (former post); no role. Fang Jinglong becomes acting county head: succession, not a duplicate post." },
      { name: 'Ji Hanshuo', titles: ['vice president', "member of the judicial committee of the County People's Court"], roles: [],
        note: "Appointed 'vice president and member of the judicial committee of the County People's Court' (two posts joined by ' and ')." },
      { name: 'Mao Lixin', titles: ["deputy chief procurator of the County People's Procuratorate"], roles: [] },
      { name: 'Hu Xiaoyun', titles: ['Supervisor'], roles: ['byline'], note: "Foot credit 'Supervisor: X   Editor: Y'." },
      { name: 'Shi Ningxin', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'difficulty in enforcement',
      'execution linkage',
      'power is given by the people',
      'Year of Fair Justice for the People',
      'tracking supervision',
      'two rural areas',
    ],
    notes: "County people's congress website; meeting of the standing committee of a county people's congress with a special report of the court and personnel appointments and removals: the resignation of the county head, the appointment of a deputy county head and acting county head, a vice president of the court and a deputy chief procurator, each introduced by 'Comrade'. Label 'Deputy directors' before three names; surname-only 'Director Tang'. Court, procuratorate and supervision commission heads attend as non-voting participants. Look-alikes: 'county head' (Wei Chengdong, resigned) vs 'acting county head of Xiqiao County' (Fang Jinglong, appointed the same day) and 'deputy county head' (Fang): succession, not a duplicate post or rank conflict; 'president of the County People's Court' (Yu) vs 'vice president' (Ji); 'chief procurator' (Ye) vs 'deputy chief procurator' (Mao); 'director of the Standing Committee of the County People's Congress' (Tang) vs 'Deputy directors' (three others) and vs 'director of the County Supervision Commission' (Zhao): different persons and bodies. Non-persons: the Standing Committee of the Tanhe Municipal People's Congress, the court, the procuratorate, the migrant workers.",
  },
};

export const perturbed = {
  '901_yuanbei_daily_npc_deputy_interview': {
    edits: [
      { old: 'At the end of the interview, Tian Hongbo showed', new: 'At the end of the interview, Tian Hongbo, Party chief of Shaquan County, showed' },
      { old: 'and Wei Shulan was awarded', new: 'and Wei Shulin was awarded' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Tian Hongbo', edit: 0, injected: 'Party chief of Shaquan County',
        orig: { ctx: 'secretary of the Shaquan County Party Committee, brought', text: 'secretary of the Shaquan County Party Committee' },
        description: "The county party secretary post of Tian Hongbo is worded 'secretary of the Shaquan County Party Committee' in the subheadline and the dateline paragraph, and 'Party chief of Shaquan County' in the injected apposition of the last paragraph (newspaper wording vs official wording of one post)." },
      { kind: 'name_spelling_variant', person: 'Wei Shulan', edit: 1, injected: 'Wei Shulin',
        orig: { ctx: 'Wei Shulan, secretary of the party branch', text: 'Wei Shulan' },
        description: "The village party branch secretary Wei Shulan is introduced in an answer as 'Wei Shulan' and two sentences later appears as 'Wei Shulin' (one syllable of the given name misspelt, inside the same answer)." },
    ],
  },
  '902_qiaoyang_municipal_government_leaders_page': {
    edits: [
      { old: 'Resume: Hu Zhengyuan, male,', new: 'Resume: Hu Zhengyun, male,' },
      { old: 'Secretary-General: Ji Pengfei', new: 'Deputy Secretary-General: Ji Pengfei' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Hu Zhengyuan', edit: 0, injected: 'Hu Zhengyun',
        orig: { ctx: 'Mayor: Hu Zhengyuan', text: 'Hu Zhengyuan' },
        description: "The mayor's name is 'Hu Zhengyuan' in the heading of his block and 'Hu Zhengyun' at the start of his resume (one letter dropped from the given name)." },
      { kind: 'rank_conflict', person: 'Ji Pengfei', edit: 1, injected: 'Deputy Secretary-General',
        orig: { ctx: 'Secretary-General of the Municipal Government, Director', text: 'Secretary-General of the Municipal Government' },
        description: "The heading label of Ji Pengfei's block is changed to 'Deputy Secretary-General' while his 'Posts:' line still says 'Secretary-General of the Municipal Government' (deputy vs full rank of the same post of the same person, in a label line)." },
    ],
  },
  '903_heqian_city_vice_mayors_division_of_work': {
    edits: [
      { old: 'Comrade Kong Jiale (secretary-general of the municipal government)', new: 'Comrade Kong Jiale (Secretary-General of the Municipal Government)' },
      { old: 'Lai Chengbin briefed the meeting', new: 'Lai Chengbin, deputy director of the municipal public security bureau, briefed the meeting' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Kong Jiale', edit: 0, injected: 'Secretary-General of the Municipal Government',
        orig: { ctx: 'secretary-general of the municipal government Kong Jiale', text: 'secretary-general of the municipal government' },
        description: "Kong Jiale's post is in lower case before his name in the attendance list and in title case in the injected parentheses of the division list ('Secretary-General of the Municipal Government'), where every other post in parentheses is in lower case." },
      { kind: 'rank_conflict', person: 'Lai Chengbin', edit: 1, injected: 'deputy director of the municipal public security bureau',
        orig: { ctx: '(vice mayor, director of the municipal public security bureau)', text: 'director of the municipal public security bureau' },
        description: "Lai Chengbin is 'director of the municipal public security bureau' in the division list and 'deputy director of the municipal public security bureau' in the injected apposition of the later paragraph (deputy vs full rank of the same bureau)." },
    ],
  },
  '904_dongyao_county_rural_revitalization_first_secretaries': {
    edits: [
      { old: 'Yao Shoujun made arrangements', new: 'Yao Shoujun, head of the organization department of the municipal party committee, made arrangements' },
      { old: 'Yu Chengkang asked that', new: 'County magistrate Yu Chengkang asked that' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Yao Shoujun', edit: 0, injected: 'head of the organization department of the municipal party committee',
        orig: { ctx: 'standing committee member and organization department head Yao Shoujun', text: 'organization department head' },
        description: "Yao Shoujun is the county organization department head ('county party committee standing committee member and organization department head', word order) in the lead, but 'head of the organization department of the municipal party committee' in the injected apposition (county vs municipal level of the same body for one person)." },
      { kind: 'title_wording_variant', person: 'Yu Chengkang', edit: 1, injected: 'County magistrate',
        orig: { ctx: 'county party committee and county head, presided', text: 'county head' },
        description: "Yu Chengkang's post is 'county head' in the lead and 'County magistrate' (title before the name) in the injected sentence near the end (two translations of one post)." },
    ],
  },
  '905_qianlin_provincial_discipline_commission_investigation_notice': {
    edits: [
      { old: 'he was appointed director of the Department of Natural Resources of Qianlin Province.', new: 'he was appointed director of the Natural Resources Bureau of Lanshan City.' },
      { old: 'Hong Yaoting retired in October 2023.', new: 'Hong Yaoting retired as director of the Department of Transport in October 2023.' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Zeng Xianghua', edit: 0, injected: 'director of the Natural Resources Bureau of Lanshan City',
        orig: { ctx: 'director of the Department of Natural Resources of Qianlin Province, is currently', text: 'director of the Department of Natural Resources of Qianlin Province' },
        description: "The first paragraph names Zeng Xianghua as director of the provincial Department of Natural Resources, but the last sentence of his resume now says that since March 2021 (his present post) he has been 'director of the Natural Resources Bureau of Lanshan City' (provincial vs municipal level of the same kind of body for his current post)." },
      { kind: 'rank_conflict', person: 'Hong Yaoting', edit: 1, injected: 'director of the Department of Transport',
        orig: { ctx: 'deputy director of the Department of Transport of Qianlin Province, is', text: 'deputy director of the Department of Transport of Qianlin Province' },
        description: "Hong Yaoting is 'former member of the Party Leadership Group and deputy director of the Department of Transport of Qianlin Province' in the first sentence but 'retired as director of the Department of Transport' in the injected sentence (full vs deputy rank of the same department, late in the same paragraph)." },
    ],
  },
  '906_cidb_lanjiang_branch_party_building_conference': {
    edits: [
      { old: 'Xie Hanwen stressed that', new: 'Xie Hanwen, Secretary of the Party Committee, stressed that' },
      { old: 'Tu Weiming made arrangements', new: 'Tu Weiming, secretary of the Discipline Inspection Committee, made arrangements' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Xie Hanwen', edit: 0, injected: 'Secretary of the Party Committee',
        orig: { ctx: 'Comrade Xie Hanwen, secretary of the Party Committee and president', text: 'secretary of the Party Committee' },
        description: "Xie Hanwen's post is 'secretary of the Party Committee' in the lead and 'Secretary of the Party Committee' (capital S) in the injected apposition of his second speech paragraph." },
      { kind: 'duplicate_unique_post', person: 'Tu Weiming', edit: 1, injected: 'secretary of the Discipline Inspection Committee',
        orig: { ctx: 'Hu Shaoting (secretary of the Discipline Inspection Committee)', text: 'secretary of the Discipline Inspection Committee' },
        description: "The chief risk officer Tu Weiming is given 'secretary of the Discipline Inspection Committee' in the injected apposition, the post held by Hu Shaoting in the same branch (a confusion of Tu / Hu); one committee has one secretary." },
    ],
  },
  '907_tanxi_district_general_chamber_of_commerce_private_entrepreneurs': {
    edits: [
      { old: 'Niu Jianbo (vice chairman of the District General Chamber of Commerce,', new: 'Niu Jianbo (chairman of the District General Chamber of Commerce,' },
      { old: 'Xu Guanlin asked that', new: 'Xu Guanlin, district mayor, asked that' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Niu Jianbo', edit: 0, injected: 'chairman of the District General Chamber of Commerce',
        orig: { ctx: 'Tang Qiming, chairman of the District General Chamber of Commerce', text: 'chairman of the District General Chamber of Commerce' },
        description: "The 'vice' is dropped from Niu Jianbo's post in the parentheses, so he becomes 'chairman of the District General Chamber of Commerce', the post held by Tang Qiming in the previous paragraph." },
      { kind: 'title_wording_variant', person: 'Xu Guanlin', edit: 1, injected: 'district mayor',
        orig: { ctx: 'district party committee and district head, presided', text: 'district head' },
        description: "Xu Guanlin's post is 'district head' in the lead and 'district mayor' in the injected apposition near the end (two translations of 区长)." },
    ],
  },
  '908_hailan_university_party_committee_spring_semester': {
    edits: [
      { old: 'Ming Yuji (vice president) reported', new: 'Ming Yuqi (vice president) reported' },
      { old: 'Xuan Zhexiu asked that', new: 'Xuan Zhexiu, secretary of the university Party Committee, asked that' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Ming Yuji', edit: 0, injected: 'Ming Yuqi',
        orig: { ctx: 'Nie Hongyu, Ming Yuji, Che Yongnan', text: 'Ming Yuji' },
        description: "The Korean name Ming Yuji is spelt 'Ming Yuji' in the list of university leaders and 'Ming Yuqi' (one letter) at the start of the next paragraph." },
      { kind: 'duplicate_unique_post', person: 'Xuan Zhexiu', edit: 1, injected: 'secretary of the university Party Committee',
        orig: { ctx: 'Gao Jingshan, secretary of the university Party Committee', text: 'secretary of the university Party Committee' },
        description: "The president Xuan Zhexiu (deputy secretary) is called 'secretary of the university Party Committee' in the injected apposition, the post held by Gao Jingshan (a university has one party secretary)." },
    ],
  },
  '909_hairhan_city_youth_league_congress': {
    edits: [
      { old: 'Baoyindalai read the congratulatory letter', new: 'Baoyindalai, member of the Standing Committee of the Hairhan Municipal Committee of the Communist Youth League, read the congratulatory letter' },
      { old: 'Wuritu, the former secretary,', new: 'Wuritu, the former deputy secretary,' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Baoyindalai', edit: 0, injected: 'member of the Standing Committee of the Hairhan Municipal Committee of the Communist Youth League',
        orig: { ctx: 'Baoyindalai, member of the Standing Committee of the Inner Mongolia Autonomous Region Committee of the Communist Youth League, attended', text: 'member of the Standing Committee of the Inner Mongolia Autonomous Region Committee of the Communist Youth League' },
        description: "Baoyindalai attends as a member of the standing committee of the regional (autonomous region) Youth League committee, but reads the letter as 'member of the Standing Committee of the Hairhan Municipal Committee of the Communist Youth League' (regional vs municipal level of the same body for one person; a single-word Mongolian name)." },
      { kind: 'rank_conflict', person: 'Wuritu', edit: 1, injected: 'former deputy secretary',
        orig: { ctx: 'Wuritu, secretary of the 9th Youth League Hairhan Municipal Committee, delivered', text: 'secretary of the 9th Youth League Hairhan Municipal Committee' },
        description: "Wuritu delivers the work report as 'secretary of the 9th Youth League Hairhan Municipal Committee' but is 'the former deputy secretary' in the injected election paragraph (deputy vs full rank of the same committee)." },
    ],
  },
  '910_qingquan_county_ningxia_womens_congress': {
    edits: [
      { old: 'Comrade Na Yuqin said in her speech', new: "Comrade Na Yuqin, Chairwoman of the County Women's Federation, said in her speech" },
      { old: 'Mu Xiaojuan read the congratulatory letter', new: 'Mu Xiaojun read the congratulatory letter' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Na Yuqin', edit: 0, injected: "Chairwoman of the County Women's Federation",
        orig: { ctx: "elected chairwoman of the county women's federation", text: "chairwoman of the county women's federation" },
        description: "Na Yuqin is elected 'chairwoman of the county women's federation' (lower case) and is 'Chairwoman of the County Women's Federation' (title case) in the injected apposition of the next paragraph." },
      { kind: 'name_spelling_variant', person: 'Mu Xiaojuan', edit: 1, injected: 'Mu Xiaojun',
        orig: { ctx: 'Mu Xiaojuan (female, Hui)', text: 'Mu Xiaojuan' },
        description: "The regional women's federation vice chairwoman Mu Xiaojuan appears as 'Mu Xiaojun' when she reads the congratulatory letter (one letter dropped from the given name)." },
    ],
  },
  '911_tanzhou_jiangbei_development_zone_investment_meeting': {
    edits: [
      { old: 'Qin Shaokang asked that', new: 'Qin Shaokang, deputy director of the Management Committee, asked that' },
      { old: 'Pang Shuyi reported the progress', new: 'Pang Shuyu reported the progress' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Qin Shaokang', edit: 0, injected: 'deputy director of the Management Committee',
        orig: { ctx: 'Working Committee, director of the Management Committee) presided', text: 'director of the Management Committee' },
        description: "Qin Shaokang presides as 'director of the Management Committee' (in parentheses) and is 'deputy director of the Management Committee' in the injected apposition near the end (deputy vs full rank of the same committee; the deputy directors are Xiong Yuzhe and Pang Shuyi)." },
      { kind: 'name_spelling_variant', person: 'Pang Shuyi', edit: 1, injected: 'Pang Shuyu',
        orig: { ctx: 'Pang Shuyi (member of the Party Working Committee', text: 'Pang Shuyi' },
        description: "The deputy director Pang Shuyi is 'Pang Shuyi' in the attendance list and 'Pang Shuyu' when she reports (one letter of the given name)." },
    ],
  },
  '912_xiqiao_county_peoples_congress_standing_committee_appointments': {
    edits: [
      { old: 'Director Tang also required', new: 'Deputy Director Tang also required' },
      { old: 'Fang Jinglong made a statement', new: 'Fang Jinglong, the acting county magistrate, made a statement' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Tang Yunsheng', edit: 0, injected: 'Deputy Director',
        orig: { ctx: "Tang Yunsheng, director of the Standing Committee of the County People's Congress", text: "director of the Standing Committee of the County People's Congress" },
        description: "The surname-only address of the director Tang Yunsheng in the last paragraph becomes 'Deputy Director Tang' (deputy vs full rank of the same standing committee; the deputy directors are Xu Huizhen, Gao Shiming and Pan Dingguo)." },
      { kind: 'title_wording_variant', person: 'Fang Jinglong', edit: 1, injected: 'acting county magistrate',
        orig: { ctx: 'and acting county head of Xiqiao County', text: 'acting county head of Xiqiao County' },
        description: "Fang Jinglong is appointed 'acting county head of Xiqiao County' and is 'the acting county magistrate' in the injected apposition of the next paragraph (county head / county magistrate: two translations of one post)." },
    ],
  },
};
