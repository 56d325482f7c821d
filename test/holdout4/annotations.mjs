// Source of the fourth held-out set gold (test/holdout4). `node test/goldkit/build-set.mjs test/holdout4` turns this file
// into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Secretary Shao" / "Governor Piao": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout/README.md, test/holdout2/README.md, test/holdout3/README.md, plus the
// decisions listed in README.md of this folder):
// - "Secretary Shao", "Governor Piao": the surname is the mention; the address form is not a separate title (the full
//   post is always given elsewhere in the same text). No text uses a bare surname without a title ("Shao said").
// - Names written given name first ("Jianhua Tan", 411) are whole names as written; hyphenated given names
//   ("Lin Zhi-hao", 407) are whole names, hyphen inside the span. Korean-Chinese names (Piao, Quan, Cui, Jin, 410) are
//   ordinary pinyin names; several persons share a surname there.
// - "Comrade" is an honorific, never a title ("Comrade Xiao Wenlong", "Comrade Xi Jinping").
// - Byline labels are titles in every form: "Text" and "Photo" of "Text | X   Photo | Y", "Draft", "Audit",
//   "Executive editor", "Web editor", "Trainee reporter", "Camera", "Producer", "Contributor", "Duty editor",
//   "Correspondent", "Video", "First trial", "Second trial", "Third trial", "Manuscript", "Layout", "All-media reporter",
//   "Planning", "Translation", "Writer", "Typesetting", "Final judgment". Organisations in a credit line
//   ("Contribution: Party and Government Office of Lianhua Street", "Author: Hualan CPPCC Office") are not persons.
// - Inspection / research trips (409): "investigated", "inspected", "walked into the field to check", "chatted with" are
//   not roles; "accompanied the investigation" = attended; the inspecting leader's remarks ("asked", "encouraged",
//   "pointed out", "stressed") = spoke; "presided over a symposium" = presided; a person who "introduced" or whose
//   "introduction" the leader listened to = reported; a village secretary who "told him" = spoke.
// - "made statements" / "made a statement" (also a newly appointed official's statement at a cadre meeting) = reported;
//   "read out", "informed", "briefed", "conveyed", "introduced", "explained the plan", "summarized the group discussions",
//   "reported the attendance" = reported; "made arrangements", "made comments", "made exchange speeches", "gave a
//   special lecture", "spoke on behalf of", "delivered a farewell speech", "asked", "said" = spoke; "were seated on the
//   rostrum", "sat on the rostrum", "were among those attending", "as non-voting participants", "accompanied" = attended.
// - A "Name said ..." / "He said ..." sentence that continues the person's own report or statement adds no separate
//   `spoke`.
// - Former posts (an official removed from office, an expelled former vice governor) are titles; "former" is kept when
//   the text writes it. A nomination ("nominated as the candidate for county head") is not a post.
// - Every double-quoted phrase is a theme; also the named sessions, plenary sessions, conferences, decisions,
//   regulations and political thought.

const D401 = ['Tan Meiqi', 'Kang Yuzhe', 'Zhou Wenbin', 'Dong Xiuying'];

export const reports = {
  '401_qiaoshan_district_urban_renewal_grassroots_governance': {
    persons: [
      { name: 'Xue Qinghe', titles: ['Text'], roles: ['byline'],
        note: "Header credit with vertical bars 'Text | Xue Qinghe   Photo | Fan Yutong' (the label before the bar is the title)." },
      { name: 'Fan Yutong', titles: ['Photo'], roles: ['byline'] },
      { name: 'Shao Kaiwen', surnameIn: ['Secretary Shao'],
        titles: ['member of the Standing Committee of the Haoyang Municipal Party Committee', 'secretary of the Qiaoshan District Party Committee'],
        roles: ['attended', 'spoke'],
        note: "District party secretary of a big city who is also on the municipal standing committee (two posts at two levels, both held: not a conflict). 'pointed out', 'stressed' (spoke); surname-only 'Secretary Shao required' (span = 'Shao')." },
      { name: 'Lu Haiyang', titles: ['deputy secretary of the district party committee', 'district head'], roles: ['presided', 'spoke'],
        note: "'made arrangements for the next work', 'He asked' (spoke)." },
      ...D401.map((name) => ({ name, titles: ['District leaders'], roles: ['attended'],
        note: "Covered only by the label 'District leaders' before the 7-name list (no post of their own in the text)." })),
      { name: 'Cheng Lixin', titles: ['District leaders', 'member of the Standing Committee of the District Party Committee', 'executive deputy district head'], roles: ['attended', 'reported'],
        note: "In the 'District leaders' list, later with two posts; 'reported on the progress of urban renewal' (reported; the figures that follow are part of the report)." },
      { name: 'Hao Ruifeng', titles: ['District leaders', 'member of the Standing Committee of the District Party Committee', 'secretary of the Political and Legal Affairs Commission of the District Party Committee'], roles: ['attended', 'reported'],
        note: "'informed the situation of ...' (reported). Same 'member of the Standing Committee of the District Party Committee' as Cheng Lixin: two persons, not an inconsistency." },
      { name: 'Zuo Yaping', titles: ['District leaders', 'deputy district head'], roles: ['attended', 'spoke'],
        note: "'made specific arrangements' (spoke). 'deputy district head' (Zuo) vs 'district head' (Lu Haiyang) vs 'executive deputy district head' (Cheng Lixin): three persons." },
      { name: 'Gu Peilin', titles: ['director of the District Housing and Urban-Rural Development Bureau'], roles: ['reported'], note: "'explained the implementation plan' (reported)." },
      { name: 'Wan Shuhui', titles: ['secretary of the Party Working Committee of Huayuan Sub-district'], roles: ['reported'], note: "'made statements' (reported)." },
      { name: 'Du Zhenghao', titles: ['secretary of the Party Committee of Jinqiao Community'], roles: ['reported'] },
      { name: 'Ding Xiaoru', titles: ['Editor on duty'], roles: ['byline'] },
    ],
    themes: [
      'pocket parks',
      "people's city is built by the people, people's city is for the people",
      'have face value',
      'have temperature',
      'retaining, renovating and demolishing',
      'one network unified management',
      'small matters do not leave the grid, big matters do not leave the sub-district',
      '15-minute community life circle',
      'courtyard meetings',
      'urgent, difficult and anxious',
      'Fengqiao-style police station',
    ],
    notes: "District (区) government portal of a big city (Qiaoshan District, Haoyang City), plain MT. Breadcrumb, 'Release date / Source / Views' line, credit with vertical bars 'Text | X   Photo | Y' at the top, 'Editor on duty:' at the foot. Promotion conference on urban renewal and grassroots governance. The district party secretary is also a member of the standing committee of the municipal party committee (two levels, both real). Label 'District leaders' before a 7-name list, three of whom get posts later. Sub-district (Huayuan Sub-district) and community party posts. Surname-only 'Secretary Shao'. Look-alikes that are not inconsistencies: 'district head' (Lu) / 'executive deputy district head' (Cheng) / 'deputy district head' (Zuo); two persons are 'member of the Standing Committee of the District Party Committee'; 'secretary of the Qiaoshan District Party Committee' vs 'member of the Standing Committee of the Haoyang Municipal Party Committee' for one person (both held). Non-persons: Xiguan historic block, Huayuan Sub-district, Jinqiao Community, District Convergence Media Center.",
  },

  '402_lianhua_street_office_flood_season_safety_meeting': {
    persons: [
      { name: 'Jiang Weidong', titles: ['secretary of the Party Working Committee of Lianhua Street'], roles: ['attended', 'spoke'],
        note: "Sub-district (街道) party chief; the MT renders 街道 as 'Street' throughout ('Lianhua Street', 'the Street Office'). 'pointed out', 'required', 'He emphasized' (spoke)." },
      { name: 'Su Lanying', titles: ['deputy secretary of the Party Working Committee', 'director of the Street Office'], roles: ['presided', 'spoke'],
        note: "Female; director of the sub-district office (街道办事处主任). 'made a summary', 'She requested' (spoke)." },
      { name: 'Yuan Hongjie', titles: ['deputy secretary of the Party Working Committee'], roles: ['attended'],
        note: "Second deputy secretary, same wording as Su Lanying's first post: not an inconsistency." },
      { name: 'Meng Qingyuan', titles: ["director of the People's Congress Working Committee of the Street"], roles: ['attended'] },
      { name: 'Luo Xiaowei', titles: ['secretary of the Discipline Working Committee'], roles: ['attended'],
        note: "'and other street leaders attended' is generic (not a title)." },
      { name: 'Long Guanghui', titles: ['member of the Party Working Committee', 'armed minister'], roles: ['reported'],
        note: "'armed minister' = literal MT of 武装部长 (head of the armed forces department), kept verbatim. 'read out the notice' (reported)." },
      { name: 'Bao Ruilin', titles: ['deputy director of the Street Office'], roles: ['reported'],
        note: "'deputy director of the Street Office' (Bao) vs 'director of the Street Office' (Su): two persons." },
      { name: 'Chu Jianfei', titles: ['director of Lianhua Police Station'], roles: ['spoke'], note: "'made arrangements on ...' (spoke)." },
      { name: 'Mo Xiuzhen', titles: ['secretary of the Party Committee', 'director of the Neighborhood Committee of Heping Community'], roles: ['reported'],
        note: "Female. 'secretary of the Party Committee and director of the Neighborhood Committee of Heping Community' = two posts joined by ' and ' (split as 'secretary of the Party Committee and chairman of the Group' in holdout3/311; 'of Heping Community' is written once, after the second post). 'made a statement on behalf of the 11 communities' (reported); 'She said' continues the statement." },
      { name: 'Cen Yuxi', titles: ['Draft'], roles: ['byline'], note: "'Draft:' = MT of 撰稿 (writer), a credit label." },
      { name: 'Duan Hongmei', titles: ['Audit'], roles: ['byline'], note: "'Audit:' = MT of 审核 (reviewer), a credit label." },
    ],
    themes: [
      'knock on doors, enter homes, and call by name',
      'people first, life first',
      'three-level grid',
      'early detection, early reporting, early disposal',
      'call and answer',
      'three small places',
    ],
    notes: "Sub-district (街道办事处) meeting reported on the district government site (Shuinan District), plain MT that renders 街道 as 'Street' ('Lianhua Street', 'Street Office', 'Party Working Committee of Lianhua Street', 'street leaders'). Breadcrumb with '>>', 'Time / Source / Number of visits' line; credits at the foot 'Contribution: <office>' (an organisation, not a person) and 'Draft: X   Audit: Y' (MT of 撰稿 / 审核). Flood prevention and summer safety deployment meeting. Sub-district posts: party working committee secretary / deputy secretaries, director / deputy director of the Street Office, people's congress working committee, discipline working committee, 'armed minister', police station director, community party secretary and neighborhood committee director. Look-alikes: two 'deputy secretary of the Party Working Committee' (Su, Yuan); 'director' vs 'deputy director of the Street Office' (Su, Bao); secretary vs deputy secretary of the same working committee. Non-persons: Lianhua Lake, Heping Community, Lianhua Police Station.",
  },

  '403_yunling_provincial_party_committee_plenary_session': {
    persons: [
      { name: 'Xue Zhaolin', titles: ['secretary of the CPC Yunling Provincial Committee'], roles: ['reported', 'spoke'],
        note: "Xinhua-style post with the 'CPC' prefix. 'delivered a work report on behalf of the Standing Committee and made explanations on the draft decision' (reported); 'Speaking at the second plenary meeting, Xue Zhaolin said', 'He urged' (spoke). The text repeats the full name; no surname-only form." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [],
        note: "Three mentions: inside the theme 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era', 'General Secretary Xi Jinping', 'Comrade Xi Jinping' (honorific, not a title). Only referred to." },
      { name: 'Deng Yuanhang', titles: ['deputy secretary of the CPC Yunling Provincial Committee', 'governor of Yunling Province'], roles: ['presided'],
        note: "Passive 'The second plenary meeting was presided over by Deng Yuanhang, ...' (presided)." },
      { name: 'Yan Zhiqiang', titles: ['deputy secretary of the CPC Yunling Provincial Committee'], roles: ['reported'],
        note: "Full-time deputy secretary; same wording as Deng Yuanhang's first post (two deputy secretaries, not an inconsistency). 'summarized the group discussions of the session' (reported)." },
      { name: 'Cheng Guanglu', titles: ["chairman of the Yunling Provincial Committee of the Chinese People's Political Consultative Conference"], roles: ['attended'],
        note: "'were among those attending the session' (attended)." },
      { name: 'Lin Jiawei', titles: ['member of the Standing Committee of the CPC Yunling Provincial Committee', 'secretary of the CPC Lingcheng Municipal Committee'], roles: ['attended'],
        note: "'a member of ...' (leading article dropped). Provincial standing committee member and party chief of the capital: two posts of one person, both held." },
      { name: 'Zhu Yanling', titles: ['member of the Standing Committee of the CPC Yunling Provincial Committee', 'secretary of the provincial commission for discipline inspection'], roles: ['reported'],
        note: "'briefed the session on the investigation of ...' (reported)." },
      { name: 'Liang Shouwen', titles: ['former vice governor of Yunling Province'], roles: [],
        note: "Expelled former official (two mentions); the former post is a title. 'former vice governor of Yunling Province' (Liang) vs 'governor of Yunling Province' (Deng): different persons at different times, not a rank conflict." },
      { name: 'Hou Mingyuan', titles: ['alternate members of the 12th CPC Yunling Provincial Committee', 'full members of the committee'], roles: [],
        note: "'promoted Hou Mingyuan and Chu Yawen, alternate members of the 12th CPC Yunling Provincial Committee, to full members of the committee': plural label after two names (the post they held) and the post they are promoted to (both titles; a career step, not a rank conflict). No meeting role is stated." },
      { name: 'Chu Yawen', titles: ['alternate members of the 12th CPC Yunling Provincial Committee', 'full members of the committee'], roles: [], note: "As Hou Mingyuan." },
      { name: 'Shen Yuqing', titles: ['Executive editor'], roles: ['byline'] },
      { name: 'Mo Tianyu', titles: ['Web editor'], roles: ['byline'] },
    ],
    themes: [
      'Ninth Plenary Session of the 12th CPC Yunling Provincial Committee',
      'Decision of the CPC Yunling Provincial Committee on Further Deepening Reform Comprehensively to Advance Chinese Modernization in Yunling',
      'Eighth Plenary Session',
      'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
      'Third Plenary Session of the 20th CPC Central Committee',
      'Two Establishments',
      'Two Upholds',
      'one hub, two corridors and three bases',
      'dare to venture and dare to try',
    ],
    notes: "Provincial English portal (Yunling Today) carrying a Xinhua dispatch in edited newswire English: dateline 'LINGCHENG, Dec. 1 (Xinhua) --', 'southwest China's Yunling Province', posts with the 'CPC' prefix ('secretary of the CPC Yunling Provincial Committee', 'a member of the Standing Committee of the CPC Yunling Provincial Committee', 'secretary of the CPC Lingcheng Municipal Committee'). Plenary session of a provincial party committee: the session is presided over by the Standing Committee (a body, not a person); the secretary delivers the work report; the governor presides over the second plenary meeting (passive); the discipline secretary briefs on an expelled former vice governor; two alternate members are promoted. 'Comrade Xi Jinping' (honorific). Credits at the foot 'Executive editor:' and 'Web editor:'; 'Source: Xinhua' is an agency. Look-alikes: two deputy secretaries of the provincial committee (Deng, Yan); two members of the Standing Committee (Lin, Zhu); 'governor' (Deng) vs 'former vice governor' (Liang); 'alternate members' vs 'full members of the committee' for the same two persons (promotion). Non-persons: Lingcheng, the Standing Committee, 71 members and 9 alternate members (collective).",
  },

  '404_hualan_municipal_cppcc_session_opening': {
    persons: [
      { name: 'Luo Jingyi', titles: ['Reporter'], roles: ['byline'], note: "Header credits 'Reporter: X   Trainee reporter: Y   Camera: Z' under the 'Author: Hualan CPPCC Office' line (an office)." },
      { name: 'Hao Siqi', titles: ['Trainee reporter'], roles: ['byline'] },
      { name: 'Bao Wenlong', titles: ['Camera'], roles: ['byline'] },
      { name: 'Zhu Wenkai', titles: ['Executive chairpersons of the session', 'chairman of the Hualan Municipal Committee of the CPPCC'], roles: ['attended', 'presided', 'reported'],
        note: "First in the label list 'Executive chairpersons of the session A, B, C, D, E and F were seated in the front row of the rostrum' (attended); 'presided over the opening meeting'; 'delivered the work report of the Standing Committee' (reported; 'He said' continues the report)." },
      { name: 'Liang Yufeng', titles: ['Executive chairpersons of the session', 'vice-chairpersons of the Hualan Municipal Committee of the CPPCC'], roles: ['attended'],
        note: "Plural label after three names later ('Liang Yufeng, Kang Shuhua and Shao Wenjie, vice-chairpersons of ...')." },
      { name: 'Kang Shuhua', titles: ['Executive chairpersons of the session', 'vice-chairpersons of the Hualan Municipal Committee of the CPPCC'], roles: ['attended'] },
      { name: 'Qian Yunpeng', titles: ['Executive chairpersons of the session', 'vice-chairman of the Hualan Municipal Committee of the CPPCC'], roles: ['attended', 'reported'],
        note: "'made the report on the proposal work' (reported). 'vice-chairman' (Qian) vs 'chairman' (Zhu): two persons." },
      { name: 'Shao Wenjie', titles: ['Executive chairpersons of the session', 'vice-chairpersons of the Hualan Municipal Committee of the CPPCC'], roles: ['attended'] },
      { name: 'Peng Xiaolan', titles: ['Executive chairpersons of the session', 'Secretary-General'], roles: ['attended', 'reported'],
        note: "Last name of the executive chairpersons' list; 'Secretary-General Peng Xiaolan reported the attendance of the members' (title before the name; reported)." },
      { name: 'Lei Hongbin', titles: ['Leading comrades of the city', 'secretary of the Hualan Municipal Party Committee'], roles: ['attended', 'spoke'],
        note: "Label 'Leading comrades of the city' before a 3-name list ('were seated on the rostrum', attended); 'delivered a speech', 'pointed out' (spoke)." },
      { name: 'Han Zhiyuan', titles: ['Leading comrades of the city', 'deputy secretary of the Hualan Municipal Party Committee', 'mayor', 'Mayor'], roles: ['attended', 'reported'],
        note: "'deputy secretary of the Hualan Municipal Party Committee and mayor' after the name, 'Mayor Han Zhiyuan' before the name in the last paragraph: the capital before a name is the normal English style (both forms are titles; not a capitalisation inconsistency). 'the government work report made by Mayor Han Zhiyuan at the opening meeting of the ... People's Congress' (reported; a same-day session the article reports)." },
      { name: 'Duan Shuqin', titles: ['Leading comrades of the city', "director of the Standing Committee of the Hualan Municipal People's Congress"], roles: ['attended'],
        note: "'and other municipal leaders attended ... as non-voting participants' (generic phrase, not a title)." },
      { name: 'Yuan Qiuyue', titles: ['Editor'], roles: ['byline'] },
      { name: 'Mo Haoyan', titles: ['Producer'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the Tenth Hualan Municipal Committee of the Chinese People's Political Consultative Conference",
      "Members' Studio",
      'Negotiation in Hualan',
      'taking responsibility for the country',
      'keeping the people in mind',
      'helping without adding chaos, participating without overstepping',
      'golden ideas',
      '14th Five-Year Plan',
      'Hualan-Nanyue Economic Circle',
      'consultation at the doorstep',
      "Fifth Session of the 16th Hualan Municipal People's Congress",
    ],
    notes: "Municipal CPPCC website (Hualan): nav bar, 'Published / Author: <office> / Clicks' line, credits at the top 'Reporter: X   Trainee reporter: Y   Camera: Z', 'Editor:' and 'Producer:' at the foot. Opening meeting of a city CPPCC session: label 'Executive chairpersons of the session' before a 6-name list (chairman, four vice-chairpersons, secretary-general), 'Leading comrades of the city' before a 3-name list (party secretary, mayor, NPC director), 'Secretary-General Peng Xiaolan' (title before the name), plural 'vice-chairpersons of ...' after three names; the chairman presides and delivers the standing committee's work report; a vice-chairman reports on proposals. Look-alikes: 'chairman' (Zhu) vs 'vice-chairman' / 'vice-chairpersons' (four others); 'secretary' (Lei) vs 'deputy secretary of the Hualan Municipal Party Committee' (Han); 'mayor' / 'Mayor Han Zhiyuan' (same person, capital before the name); 'Standing Committee of the Tenth Hualan Municipal Committee of the CPPCC' (a body). Non-persons: Hualan Grand Theater, Hualan CPPCC Office (author field), 'Members' Studio'.",
  },

  '405_baolan_hightech_zone_investment_project_dispatch_meeting': {
    persons: [
      { name: 'Lu Qingqing', titles: ['Contributor'], roles: ['byline'], note: "Header line '... Source: Party and Mass Work Department   Contributor: Lu Qingqing' (the department is not a person)." },
      { name: 'Wu Zhengyang', titles: ['member of the Standing Committee of the Xiyang Municipal Party Committee', 'secretary of the Party Working Committee of Baolan High-tech Zone'], roles: ['attended', 'spoke'],
        note: "Zone party chief (党工委书记) who is also on the municipal standing committee. 'pointed out', 'stressed' (spoke)." },
      { name: 'Xiao Jinsong', titles: ['deputy secretary of the Party Working Committee', 'director of the Management Committee'], roles: ['presided', 'spoke'],
        note: "Director of the zone management committee (管委会主任); the post is repeated in 'Xiao Jinsong, director of the Management Committee, made arrangements' (spoke; 'He required')." },
      { name: 'Yuan Lihong', titles: ['executive deputy director of the Management Committee'], roles: ['reported'] },
      { name: 'Chen Zhaohui', titles: ['director of the Investment Promotion Bureau of the high-tech zone'], roles: ['reported'], note: "'briefed the list of ...' (reported)." },
      { name: 'Li Mingyuan', titles: ['chairman of Baolan Industrial Investment Group Co., Ltd.'], roles: ['reported'],
        note: "Chairman of the zone's platform company; 'made statements ... respectively' (reported)." },
      { name: 'Sun Kaiyue', titles: ['general manager of Xiyang Xinchuang Semiconductor Co., Ltd.'], roles: ['reported'] },
      { name: 'Zhuge Wenyu', titles: ['Deputy directors of the Management Committee'], roles: ['reported'],
        note: "Compound surname Zhuge. Label before a 3-name list ('Deputy directors of the Management Committee A, B and C reported on the projects ...', reported)." },
      { name: 'Dong Haitao', titles: ['Deputy directors of the Management Committee'], roles: ['reported'] },
      { name: 'Meng Xiaowei', titles: ['Deputy directors of the Management Committee'], roles: ['reported'] },
      { name: 'Han Yuzhu', titles: ['secretary of the Discipline Inspection Working Committee of the zone'], roles: ['attended', 'spoke'], note: "'He asked' (spoke)." },
      { name: 'Gu Haonan', titles: ['Duty editor'], roles: ['byline'] },
    ],
    themes: [
      'investment promotion month',
      'main battlefield',
      'lifeline',
      'slow progress means regression',
      'chain-based investment promotion',
      'standard land',
      'approval upon land acquisition',
      'start construction as soon as the land is obtained',
      'no matter is too small',
    ],
    notes: "Website of a high-tech zone management committee (Baolan High-tech Industrial Development Zone, Xiyang City), plain MT. Header 'date   Source: <department>   Contributor: X', 'Duty editor:' at the foot. Quarterly investment promotion and project dispatch meeting of the zone's Party Working Committee and Management Committee. Zone posts: 'secretary of the Party Working Committee of Baolan High-tech Zone', 'deputy secretary of the Party Working Committee and director of the Management Committee', 'executive deputy director of the Management Committee', label 'Deputy directors of the Management Committee' before three names, 'secretary of the Discipline Inspection Working Committee of the zone', bureau director, platform company chairman, enterprise general manager. Look-alikes: 'director' (Xiao) vs 'executive deputy director' (Yuan) vs 'Deputy directors' (three) of the Management Committee; secretary vs deputy secretary of the Party Working Committee. Non-persons: Baolan Industrial Investment Group Co., Ltd., Xiyang Xinchuang Semiconductor Co., Ltd.",
  },

  '406_shitan_county_political_legal_work_conference': {
    persons: [
      { name: 'Jiang Ruolin', titles: ['Correspondent'], roles: ['byline'] },
      { name: 'Duan Yuhan', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Shen Jiaqi', titles: ['Video'], roles: ['byline'], note: "Credit label 'Video:' (video editor / camera)." },
      { name: 'Xi Jinping', titles: [], roles: [], note: "Only inside the theme 'Xi Jinping Thought on the Rule of Law'." },
      { name: 'Qian Zhengdong', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'],
        note: "'delivered a speech', 'pointed out', 'emphasized', 'required' (spoke); 'fully affirmed' is part of the speech." },
      { name: 'Zhou Ruhai', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'], note: "'asked all towns ...' (spoke)." },
      { name: 'Tan Guiying', titles: ["director of the Standing Committee of the County People's Congress"], roles: ['attended'] },
      { name: 'Long Shijie', titles: ['chairman of the County CPPCC'], roles: ['attended'] },
      { name: 'Han Lixue', titles: ['member of the Standing Committee of the County Party Committee', 'secretary of the Political and Legal Affairs Commission'], roles: ['attended', 'reported'],
        note: "Secretary of the county political and legal affairs commission (政法委书记); 'made the work report' (reported)." },
      { name: 'Song Kaiyuan', titles: ['deputy county head', 'director of the county public security bureau'], roles: ['attended', 'reported'],
        note: "'deputy county head and director of the county public security bureau' (two posts). 'made statements on the work of public security, trial and procuratorate respectively' (reported)." },
      { name: 'Lu Wenjing', titles: ["president of the county people's court"], roles: ['attended', 'reported'] },
      { name: 'Xiao Deming', titles: ["chief procurator of the county people's procuratorate"], roles: ['attended', 'reported'] },
      { name: 'Deng Xiaojun', titles: ['instructor of Hekou Police Station'], roles: ['spoke'],
        note: "'spoke on behalf of the advanced individuals', 'He told how ...' (spoke)." },
      { name: 'Cui Yonggang', titles: ['director of the county justice bureau'], roles: ['reported'] },
    ],
    themes: [
      'Xi Jinping Thought on the Rule of Law',
      'Central Political and Legal Work Conference',
      'Safe Shitan',
      'two committees',
      'Fengqiao Experience',
      'one center, one network, one platform',
      'small matters do not leave the village, big matters do not leave the town, and conflicts are not handed over',
      'cut off the card',
      'relationship cases, favor cases and money cases',
    ],
    notes: "County political and legal affairs site ('Shitan County Chang'an Network', 长安网), 'Location: Home > ...' breadcrumb, 'Date / Source / [Print] [Close]' line, credits at the top 'Correspondent: X   Reporter: Y   Video: Z'. Political-legal work conference: the secretary of the political and legal affairs commission makes the work report; the public security director (also deputy county head), the court president and the chief procurator attend in a long comma list and later make statements together; the justice bureau director makes a statement; a police station instructor speaks for the commended individuals. Long 'A, post, B, post, ..., and F, post, attended' list (six persons). Look-alikes: 'county head' (Zhou) vs 'deputy county head' (Song); secretary vs deputy secretary of the county party committee. Non-persons: Hekou Police Station, the village 'two committees'.",
  },

  '407_jiangling_natural_resources_bureau_theory_study_group': {
    persons: [
      { name: 'Lin Zhi-hao', titles: ['Secretary of the Party Group', 'Director of the Bureau', 'Third trial'], roles: ['presided', 'spoke', 'byline'],
        note: "Hyphenated given name (the whole 'Lin Zhi-hao' is one span). Title-case posts before the name ('Secretary of the Party Group and Director of the Bureau Lin Zhi-hao presided ...'). 'stressed', 'required' (spoke). Also the third reviewer in the credits ('Third trial:' = MT of 三审, final review): byline + meeting roles." },
      { name: 'Zhou Hong-bo', titles: ['professor of the Party School of the Jiangling Municipal Party Committee', 'Professor'], roles: ['spoke'],
        note: "Invited lecturer: 'professor of ...' after the name, 'Professor Zhou Hong-bo' before it later. 'give a special lecture', 'explained' (spoke)." },
      { name: 'He Shu-ping', titles: ['member of the Party Group', 'Deputy Director of the Bureau'], roles: ['reported'],
        note: "Surname He. 'conveyed the main contents of ...' (reported)." },
      { name: 'Hou Yun-fei', titles: ['members of the Party Group', 'Deputy Directors of the Bureau'], roles: ['spoke'],
        note: "'Hou Yun-fei and Jiang Mei-ling, members of the Party Group and Deputy Directors of the Bureau': plural posts after two names, joined by ' and ' (two titles each). 'made exchange speeches', 'talked about' (spoke)." },
      { name: 'Jiang Mei-ling', titles: ['members of the Party Group', 'Deputy Directors of the Bureau'], roles: ['spoke'] },
      { name: 'Tan Guo-liang', titles: ['Chief Engineer'], roles: ['spoke'] },
      { name: 'Du Jia-wen', titles: ['Head of the Discipline Inspection and Supervision Group of the Municipal Commission for Discipline Inspection and Supervision stationed in the Municipal Bureau of Natural Resources and Planning'], roles: ['attended', 'spoke'],
        note: "Female. One long post (the ' and ' inside the names of the group and the commission does not split). 'made comments', 'She pointed out' (spoke)." },
      { name: 'Cheng Xiao-yu', titles: ['First trial'], roles: ['byline'], note: "'First trial:' = MT of 一审 (first review), a credit label." },
      { name: 'Gu Wen-jie', titles: ['Second trial'], roles: ['byline'] },
    ],
    themes: [
      'Third Plenary Session of the 20th Central Committee of the Communist Party of China',
      'Regulations on Disciplinary Actions of the Communist Party of China',
      'Understanding the Decision of the Third Plenary Session from the Perspective of Land Factor Reform',
      'cross-regional balance of cultivated land occupation and compensation',
      'eight-point regulations',
      'teeth and claws',
      'multiple plans in one',
      'multiple examinations in one',
      'high-risk area',
      'practical measures',
      'red line',
      'increase vs. decrease linkage',
      'four awareness',
    ],
    notes: "Website of a municipal bureau (Jiangling Municipal Bureau of Natural Resources and Planning) that writes every given name with a hyphen ('Lin Zhi-hao', 'Zhou Hong-bo', 'He Shu-ping', ...). 'Release time / Source / Font size' line; credits at the foot in the three-review form 'First trial: X   Second trial: Y   Third trial: Z' (MT of 一审 / 二审 / 三审), the third reviewer being the bureau director who presided. Theoretical study center group (expanded) session of the bureau's Party Group with an invited Party School professor and the stationed discipline inspection group head. Title-case bureau posts ('Secretary of the Party Group and Director of the Bureau' before the name, 'member of the Party Group and Deputy Director of the Bureau', plural 'members of the Party Group and Deputy Directors of the Bureau' after two names, 'Chief Engineer'). Look-alikes: 'Director of the Bureau' (Lin) vs 'Deputy Director(s) of the Bureau' (three others); 'member of the Party Group' vs 'members of the Party Group' (different persons, singular / plural); 'Professor' / 'professor of ...' (same person, capital before the name). Non-persons: the Party School, the provincial commission for discipline inspection.",
  },

  '408_qingzhu_county_eco_inspection_rectification_leading_group': {
    persons: [
      { name: 'Ouyang Zhiwen', titles: ['secretary of the county party committee', 'head of the leading group'], roles: ['attended', 'spoke'],
        note: "Compound surname Ouyang. 'pointed out', 'emphasized' (spoke)." },
      { name: 'Ding Jianqiang', titles: ['deputy secretary of the county party committee', 'county head', 'executive deputy head of the leading group'], roles: ['presided', 'spoke'],
        note: "Three posts joined by ', ' and ' and '. 'made specific arrangements', 'He asked' (spoke)." },
      { name: 'Wan Xiaojun', titles: ['Deputy heads of the leading group'], roles: ['attended'], note: "Label before a 3-name list." },
      { name: 'Lei Zhenhua', titles: ['Deputy heads of the leading group', 'deputy county head'], roles: ['attended', 'reported'] },
      { name: 'Sima Yuting', titles: ['Deputy heads of the leading group'], roles: ['attended'], note: "Compound surname Sima." },
      { name: 'Su Qiming', titles: ['deputy secretary of the county commission for discipline inspection', 'deputy director of the county supervision commission'], roles: ['attended', 'spoke'],
        note: "Named after the list closed by ', and'; his own posts (not a deputy head of the leading group). 'said that ...' (spoke)." },
      { name: 'Fan Jinglin', titles: ['director of the office of the leading group', 'director of the Qingzhu Branch of the Municipal Ecological Environment Bureau'], roles: ['reported'],
        note: "Office director of the leading group (领导小组办公室主任). The county's environment office is a branch of the municipal bureau (director of the branch, not of the municipal bureau)." },
      { name: 'Meng Dexin', titles: ['director of the county water resources bureau'], roles: ['reported'] },
      { name: 'Kang Shuying', titles: ['secretary of the party committee of Shiban Town'], roles: ['reported'], note: "'made a statement' (reported)." },
      { name: 'Xue Yifan', titles: ['Manuscript'], roles: ['byline'], note: "'Manuscript:' = MT of 撰稿 (writer), a credit label." },
      { name: 'Qian Ruoxi', titles: ['Layout'], roles: ['byline'] },
    ],
    themes: [
      'sales number',
      'river chief system',
      'two safeguards',
      'lucid waters and lush mountains are invaluable assets',
      'passing the exam',
      'one problem, one file, one leader, one plan',
      'no sales number if the standard is not met, no sales number if the masses are not satisfied',
      'looked back',
      'two lists',
    ],
    notes: "County government portal (Qingzhu), plain MT ('sales number' = literal MT of 销号, closing a rectification item). 'Release time / Information source / Browse times' line; credits at the foot 'Manuscript: X   Layout: Y'. Fourth meeting of a county leading group (rectification of problems fed back by the central ecological and environmental protection inspection): 'head of the leading group' (county party secretary), 'executive deputy head of the leading group' (county head), label 'Deputy heads of the leading group' before three names, 'director of the office of the leading group' (head of the county branch of the municipal environment bureau). Look-alikes: 'head' / 'executive deputy head' / 'Deputy heads' of the leading group (five persons); 'county head' (Ding) vs 'deputy county head' (Lei); 'deputy secretary of the county party committee' (Ding) vs 'deputy secretary of the county commission for discipline inspection' (Su); 'Municipal Ecological Environment Bureau' inside a county post (a branch). Non-persons: Huangni River, Shiban Town, the inspection team.",
  },

  '409_nanxun_acting_mayor_shuangtan_county_research_trip': {
    persons: [
      { name: 'Bao Yuwen', titles: ['All-media reporter'], roles: ['byline'], note: "Header credit 'All-media reporter: X   Correspondent: Y' (全媒体记者)." },
      { name: 'Zuo Hanqing', titles: ['Correspondent'], roles: ['byline'] },
      { name: 'Jiang Haoran', titles: ['deputy secretary of the municipal party committee', 'acting mayor'], roles: ['spoke', 'presided'],
        note: "Acting mayor on a research trip; headline 'Jiang Haoran investigated in Shuangtan County' (a mention). The inspection verbs ('went to ... to investigate', 'walked into the field to check', 'inspected', 'chatted with villagers', 'listened to the introduction') are not roles; 'asked', 'encouraged', 'pointed out', 'stressed', 'fully affirmed' (spoke); 'presided over a symposium' (presided)." },
      { name: 'Cen Lixia', titles: ['Vice mayor'], roles: ['attended', 'spoke'],
        note: "'Vice mayor Cen Lixia and Secretary-General of the Municipal Government Mo Yongkang accompanied the investigation' (title before each name; attended). 'Cen Lixia asked the county transport bureau ...' (spoke)." },
      { name: 'Mo Yongkang', titles: ['Secretary-General of the Municipal Government'], roles: ['attended'] },
      { name: 'Li Chunyan', titles: ['head of the town'], roles: ['reported'], note: "'introduced that ...' (reported)." },
      { name: 'Deng Weiming', titles: ['chairman'], roles: ['reported'],
        note: "'listened to the introduction of the chairman Deng Weiming about ...' (the chairman introduced: reported). Title before the name with an article ('the chairman', article dropped); the company is named in the same sentence but not in the title." },
      { name: 'Zhu Qiaolian', titles: ['secretary of the party branch of Dongjia Village'], roles: ['spoke'], note: "'told him that ...' (spoke)." },
      { name: 'Shen Guoqing', titles: ['secretary of the Shuangtan County Party Committee'], roles: ['reported'] },
      { name: 'Liang Xiaobo', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['attended'],
        note: "'and other leaders of the county accompanied the investigation and attended the symposium' (attended; the generic phrase is not a title)." },
      { name: 'Peng Ziyu', titles: ['Editor'], roles: ['byline'] },
      { name: 'Duan Qingsong', titles: ['Planning'], roles: ['byline'], note: "'Planning:' (策划) is a credit label." },
    ],
    themes: [
      'fine, special and new',
      'four good rural roads',
      'strengthening the county with industry',
      'first quarter',
      'Ten Million Project',
      'travel well',
    ],
    notes: "City convergence-media site (Nanxun), 'Leadership Activities' column: research trip (调研) of the acting mayor to a county, with the headline 'Jiang Haoran investigated in Shuangtan County'. Roles on a trip: the leader's inspection verbs are not roles; accompanying officials 'accompanied the investigation' (attended); the town head who 'introduced' and the company chairman whose 'introduction' he listened to (reported); a village secretary who 'told him' (spoke); the county party secretary who reported at the afternoon symposium (reported); the leader presided over the symposium. Titles before names ('Vice mayor Cen Lixia', 'Secretary-General of the Municipal Government Mo Yongkang', 'the chairman Deng Weiming'). 'acting mayor' is the only mayor in the text. Look-alikes: 'acting mayor' (Jiang) vs 'Vice mayor' (Cen); 'secretary of the Shuangtan County Party Committee' (Shen) vs 'deputy secretary of the county party committee' (Liang) vs 'deputy secretary of the municipal party committee' (Jiang). Non-persons: Qianfeng Town, Dongjia Village, Shuangtan Huaxin Textile Co., Ltd., Provincial Road S312, the municipal departments that accompanied.",
  },

  '410_xianyue_korean_prefecture_border_tourism_trade_conference': {
    persons: [
      { name: 'Quan Xiuzhen', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Jin Huazi', titles: ['Translation'], roles: ['byline'], note: "Credit label 'Translation:' (not 'Translator')." },
      { name: 'Zhang Hongtao', titles: ['secretary of the prefecture party committee'], roles: ['attended', 'spoke'] },
      { name: 'Piao Zhexun', surnameIn: ['Governor Piao'], titles: ['deputy secretary of the prefecture party committee', 'governor of the prefecture'], roles: ['presided', 'spoke'],
        note: "Korean-Chinese governor of the autonomous prefecture (州长). Surname-only 'Governor Piao' twice ('made arrangements', 'He requested', 'also asked': spoke); two other persons in the text have the surname Piao (Piao Yinghua, Piao Shengnan), so the surname alone is bound by the title only." },
      { name: 'Jin Yongshu', titles: ["director of the Standing Committee of the Prefecture People's Congress"], roles: ['attended'] },
      { name: 'Quan Meiji', titles: ['chairwoman of the Prefecture CPPCC'], roles: ['attended'] },
      { name: 'Jin Shunji', titles: ['member of the Standing Committee of the Prefecture Party Committee', 'executive vice governor'], roles: ['attended'] },
      { name: 'Cui Chunhua', titles: ['vice governor'], roles: ['attended', 'reported'],
        note: "'vice governor' (Cui) vs 'executive vice governor' (Jin Shunji) vs 'governor of the prefecture' (Piao Zhexun): three persons." },
      { name: 'Piao Yinghua', titles: ['director of the Prefecture Bureau of Culture, Radio, Television and Tourism'], roles: ['reported'],
        note: "The commas inside the bureau name do not split the post. 'introduced the ... tourism product system' (reported)." },
      { name: 'Li Dongzhe', titles: ['deputy secretary of the party committee of Heyong City', 'mayor of Heyong City'], roles: ['reported'] },
      { name: 'Han Chunxi', titles: ['general manager of Xianyue Cultural Tourism Group'], roles: ['reported'] },
      { name: 'Cui Yingzi', titles: ['secretary of the party branch of Sanhe Village'], roles: ['reported'],
        note: "', Longshan Town' after the village only locates it (not a second post). 'made statements'; 'Cui Yingzi said' continues her statement." },
      { name: 'Cui Mingxun', titles: ['Editor'], roles: ['byline'] },
      { name: 'Piao Shengnan', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'opening to the north',
      'border tourism destination with Korean ethnic characteristics',
      'Xianyue Four Seasons',
      "farmers' dance",
      'lucid waters and lush mountains are invaluable assets, and ice and snow are also invaluable assets',
      'Changbai Mountain ecology, Xianyue River scenery and Korean folk customs',
      'border trade + processing',
      'enter the park and fall to the ground',
      'price gouging',
      'forced shopping',
      'forge a strong sense of community for the Chinese nation',
    ],
    notes: "English channel of the government portal of a Korean-ethnic autonomous prefecture (Xianyue), with a language switcher line 'Chinese | 조선어 | English' (Hangul, page chrome). 'Date / Source / Views', credits 'Reporter: X   Translation: Y' at the top, 'Editor: / Reviewer:' at the foot. Conference on border tourism and border trade. Korean-Chinese names with shared surnames: three Piao (governor, tourism bureau director, reviewer), three Jin (NPC director, executive vice governor, translator), three Cui (vice governor, village secretary, editor), two Quan (reporter, CPPCC chairwoman); surname-only 'Governor Piao' ×2 bound to the governor. Prefecture posts: 'governor of the prefecture', 'executive vice governor', 'vice governor', prefecture people's congress and CPPCC. Look-alikes: governor / executive vice governor / vice governor (three persons); 'mayor of Heyong City' (a county-level city inside the prefecture) vs 'governor of the prefecture'; 'deputy secretary of the prefecture party committee' (Piao) vs 'deputy secretary of the party committee of Heyong City' (Li). 'farmers' dance' occurs quoted and unquoted; 'pansori', 'ssireum' are art forms. Non-persons: Heyong port, Sanhe Village, Longshan Town, Changbai Mountain, Xianyue River, Xianyue Daily (source).",
  },

  '411_haiqiao_opening_up_foreign_trade_conference_given_name_first': {
    persons: [
      { name: 'Yiran Shen', titles: ['Writer'], roles: ['byline'], note: "Given name first, as every name on this site. 'Writer:' is a credit label." },
      { name: 'Kai Lu', titles: ['Photo'], roles: ['byline'] },
      { name: 'Jianhua Tan', titles: ['Secretary of the CPC Haiqiao Municipal Committee'], roles: ['attended', 'spoke'],
        note: "Given name first (surname Tan last). 'delivered a speech', 'said', 'called on', 'stressed' (spoke). No surname-only form is used in this text." },
      { name: 'Lihong Xiao', titles: ['Deputy Secretary of the CPC Haiqiao Municipal Committee', 'Mayor of Haiqiao'], roles: ['presided', 'spoke'],
        note: "'In his concluding remarks, Lihong Xiao said', 'He asked' (spoke)." },
      { name: 'Zhiqiang Yuan', titles: ['Executive Vice Mayor'], roles: ['reported'], note: "Title before the name; 'reported on ...', 'explained the 20 policy measures' (reported)." },
      { name: 'Xin Gu', titles: ['Director General of Haiqiao Customs'], roles: ['reported'], note: "Two-syllable name, given name first. 'introduced the facilitation measures' (reported)." },
      { name: 'Weiping Hou', titles: ['Director of the Haiqiao Municipal Bureau of Commerce'], roles: ['reported'], note: "'read out the decision' (reported)." },
      { name: 'Chenxi Fan', titles: ['Chairwoman of Haiqiao Ocean Electric Co., Ltd.'], roles: ['spoke'], note: "'spoke at the conference', 'said' (spoke)." },
      { name: 'Thomas Brandt', titles: ['General Manager of Kessler Precision Machinery (Haiqiao) Co., Ltd.'], roles: ['spoke'], note: "Foreign investor." },
      { name: 'Yufei Meng', titles: ['Vice Mayor'], roles: ['attended'],
        note: "'Vice Mayor Yufei Meng, who is in charge of commerce, ports and investment promotion, ... attended': the relative clause describes the portfolio (not a title)." },
      { name: 'Ruoxi Du', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'go out to seek orders',
      'bring in projects',
      'the most convenient port city for doing business with the world',
      'new three',
      'direct loading at the port of departure',
      'arrival direct pick-up',
      'one policy for one enterprise',
    ],
    notes: "Official English website of a city (Haiqiao) for foreign readers: fluent edited English, every Chinese name written given name first ('Jianhua Tan', 'Lihong Xiao', 'Xin Gu', 'Kai Lu'), title-case posts with the 'CPC' prefix ('Secretary of the CPC Haiqiao Municipal Committee'), titles before names ('Executive Vice Mayor Zhiqiang Yuan', 'Vice Mayor Yufei Meng'). 'Updated / Writer / Photo' line at the top, 'Editor:' at the foot. Conference on opening-up and foreign trade with a customs chief, a bureau director and two enterprise speakers (one a German manager). No surname-only references. Look-alikes: 'Mayor of Haiqiao' (Lihong Xiao) vs 'Executive Vice Mayor' (Zhiqiang Yuan) vs 'Vice Mayor' (Yufei Meng); 'Secretary' (Tan) vs 'Deputy Secretary of the CPC Haiqiao Municipal Committee' (Xiao). Non-persons: Haiqiao Customs, Haiqiao Comprehensive Bonded Zone, Haiqiao Ocean Electric Co., Ltd., Kessler Precision Machinery (Haiqiao) Co., Ltd. (a company name, not a person), Belt and Road.",
  },

  '412_yaoling_county_leading_cadres_meeting_acting_county_head': {
    persons: [
      { name: 'Yuan Zhonghe', titles: ['member of the Standing Committee of the CPC Dongqiao Municipal Committee', 'minister of the organization department'], roles: ['attended', 'spoke'],
        note: "'delivered a speech', 'pointed out', 'required' (spoke)." },
      { name: 'Bao Lianfeng', titles: ['secretary of the CPC Yaoling County Committee'], roles: ['presided', 'spoke'],
        note: "'presided over the meeting and made a speech'; 'Bao Lianfeng said', 'He asked' (spoke)." },
      { name: 'Hao Jingrui', titles: ['deputy minister of the organization department of the CPC Dongqiao Municipal Committee'], roles: ['reported'],
        note: "'read out the decision of the municipal party committee' (reported). 'deputy minister' (Hao) vs 'minister of the organization department' (Yuan): two persons." },
      { name: 'Xiao Wenlong', titles: ['deputy secretary of the CPC Yaoling County Committee', 'deputy county head', "acting county head of the Yaoling County People's Government", 'acting county head'], roles: ['reported'],
        note: "'Comrade Xiao Wenlong' ×3 (honorific, not a title). Appointed deputy secretary; 'nominated as the candidate for county head' is a nomination, not a post; then appointed 'deputy county head and acting county head of the Yaoling County People's Government' by the county people's congress standing committee (the usual two-step appointment: 'deputy county head' and 'acting county head' of one person are not a rank conflict). 'made a statement' (reported; 'He said' continues it); 'took the constitutional oath' is not a role." },
      { name: 'Cen Guohua', titles: ['deputy secretary of the CPC Yaoling County Committee', 'county head'], roles: ['spoke'],
        note: "Outgoing county head: 'no longer serves as deputy secretary of the CPC Yaoling County Committee and county head' (former posts = titles); 'resignation ... from the post of county head'. 'delivered a farewell speech', 'He said' (spoke). His 'county head' and Xiao Wenlong's 'acting county head', and the same 'deputy secretary of the CPC Yaoling County Committee' of both, are the posts of a predecessor and a successor: not a duplicate post." },
      { name: 'Long Yuqing', titles: ["director of the Standing Committee of the County People's Congress"], roles: ['presided'],
        note: "Presided over the standing committee meeting held before the cadre meeting (reported in the same article)." },
      { name: 'Lei Shaohua', titles: ['chairman of the County CPPCC'], roles: ['attended'], note: "'and other county leaders' is generic (not a title)." },
      { name: 'Jin Xiaotong', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Chu Lanlan', titles: ['Typesetting'], roles: ['byline'] },
      { name: 'Luo Weiguo', titles: ['Final judgment'], roles: ['byline'], note: "'Final judgment:' = MT of 终审 (final review), a credit label." },
    ],
    themes: [
      'good squad leader',
      'good team',
      'three major projects',
      'Dongqiao Metropolitan Area',
      'the thoughts are not chaotic, the work is not broken, the team is not scattered, and the work is not affected',
    ],
    notes: "County convergence-media site ('Yaoling County Rong Media Center', 融媒体), 'Release time / Source / Reading' line, credits at the foot 'Reporter: X   Typesetting: Y   Final judgment: Z'. Meeting of leading cadres announcing a personnel decision: the municipal organisation department deputy minister reads the decision ('Comrade X is appointed as ...; Comrade Y no longer serves as ...'), the minister speaks, the county party secretary presides, the outgoing county head makes a farewell speech and the incoming one a statement; the county people's congress standing committee meeting held before appoints him 'deputy county head and acting county head'. 'Comrade' before full names (honorific). Posts with the 'CPC' prefix ('secretary of the CPC Yaoling County Committee', 'member of the Standing Committee of the CPC Dongqiao Municipal Committee'). Look-alikes, none an inconsistency: outgoing 'county head' (Cen) vs 'acting county head' (Xiao); the same 'deputy secretary of the CPC Yaoling County Committee' for the predecessor (former) and the successor; 'deputy county head' and 'acting county head' of one person (two-step appointment); 'minister' vs 'deputy minister of the organization department'; 'secretary' (Bao) vs 'deputy secretary of the CPC Yaoling County Committee'. Non-persons: Yaoling Industrial Park, the municipal development and reform commission.",
  },
};

export const perturbed = {
  '401_qiaoshan_district_urban_renewal_grassroots_governance': {
    edits: [
      { old: 'Secretary Shao required that', new: 'Deputy Secretary Shao required that' },
      { old: 'Lu Haiyang made arrangements for the next work.', new: 'District mayor Lu Haiyang made arrangements for the next work.' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Shao Kaiwen', edit: 0, injected: 'Deputy Secretary',
        orig: { ctx: 'and secretary of the Qiaoshan District Party Committee, attended', text: 'secretary of the Qiaoshan District Party Committee' },
        description: "The surname-only address 'Secretary Shao' becomes 'Deputy Secretary Shao': the district party secretary Shao Kaiwen (the only Shao in the text) is called deputy secretary of the same committee in his own speech paragraph. The real deputy secretary of the district party committee is Lu Haiyang." },
      { kind: 'title_wording_variant', person: 'Lu Haiyang', edit: 1, injected: 'District mayor',
        orig: { ctx: 'district party committee and district head, presided', text: 'district head' },
        description: "The same post of Lu Haiyang (区长) is 'district head' in the lead and 'District mayor' before his name in the arrangements paragraph (two translations of one post)." },
    ],
  },
  '402_lianhua_street_office_flood_season_safety_meeting': {
    edits: [
      { old: 'Yuan Hongjie, deputy secretary of the Party Working Committee, Meng', new: 'Yuan Hongjie, secretary of the Party Working Committee, Meng' },
      { old: 'Su Lanying made a summary.', new: 'Su Lanying, Director of the Street Office, made a summary.' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Yuan Hongjie', edit: 0, injected: 'secretary of the Party Working Committee',
        orig: { ctx: 'Jiang Weidong, secretary of the Party Working Committee of Lianhua Street', text: 'secretary of the Party Working Committee of Lianhua Street' },
        description: "'deputy' is dropped from Yuan Hongjie's only post, so he becomes 'secretary of the Party Working Committee', the unique post of Jiang Weidong one sentence earlier (the sub-district has one party working committee secretary)." },
      { kind: 'title_capitalization_inconsistency', person: 'Su Lanying', edit: 1, injected: 'Director of the Street Office',
        orig: { ctx: 'and director of the Street Office, presided', text: 'director of the Street Office' },
        description: "The same post of Su Lanying is 'director of the Street Office' in the lead and 'Director of the Street Office' in the injected apposition of the summary paragraph." },
    ],
  },
  '403_yunling_provincial_party_committee_plenary_session': {
    edits: [
      { old: 'Speaking at the second plenary meeting, Xue Zhaolin said', new: 'Speaking at the second plenary meeting, Xue Zhaolin, Secretary of the CPC Yunling Provincial Committee, said' },
      { old: 'to expel Liang Shouwen from the Party', new: 'to expel Liang Shouwei from the Party' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Xue Zhaolin', edit: 0, injected: 'Secretary of the CPC Yunling Provincial Committee',
        orig: { ctx: 'Xue Zhaolin, secretary of the CPC Yunling Provincial Committee, delivered', text: 'secretary of the CPC Yunling Provincial Committee' },
        description: "Xue Zhaolin's post is 'secretary of the CPC Yunling Provincial Committee' in the second paragraph and 'Secretary of the CPC Yunling Provincial Committee' (capital S) in the injected apposition four paragraphs later." },
      { kind: 'name_spelling_variant', person: 'Liang Shouwen', edit: 1, injected: 'Liang Shouwei',
        orig: { ctx: 'investigation of Liang Shouwen, former', text: 'Liang Shouwen' },
        description: "The expelled former vice governor is 'Liang Shouwen' in the first sentence and 'Liang Shouwei' in the next one (last syllable misspelt by one letter)." },
    ],
  },
  '404_hualan_municipal_cppcc_session_opening': {
    edits: [
      { old: 'CPPCC, Zhu Wenkai delivered the work report', new: 'CPPCC, vice-chairman Zhu Wenkai delivered the work report' },
      { old: 'Zhu Wenkai, Liang Yufeng, Kang Shuhua, Qian Yunpeng', new: 'Zhu Wenkai, Liang Yufeng, Kang Shuhui, Qian Yunpeng' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Zhu Wenkai', edit: 0, injected: 'vice-chairman',
        orig: { ctx: 'Zhu Wenkai, chairman of the Hualan Municipal Committee of the CPPCC, presided', text: 'chairman of the Hualan Municipal Committee of the CPPCC' },
        description: "The CPPCC chairman Zhu Wenkai presides as 'chairman of the Hualan Municipal Committee of the CPPCC' but is 'vice-chairman Zhu Wenkai' when he delivers the standing committee's work report (vice vs full rank of the same body; the real vice-chairpersons are four others)." },
      { kind: 'name_spelling_variant', person: 'Kang Shuhua', edit: 1, injected: 'Kang Shuhui',
        orig: { ctx: 'Liang Yufeng, Kang Shuhua and Shao Wenjie', text: 'Kang Shuhua' },
        description: "In the label list 'Executive chairpersons of the session ...' the vice-chairwoman Kang Shuhua is misspelt 'Kang Shuhui'; later she is 'Kang Shuhua' among the vice-chairpersons." },
    ],
  },
  '405_baolan_hightech_zone_investment_project_dispatch_meeting': {
    edits: [
      { old: 'Xiao Jinsong, director of the Management Committee, made arrangements', new: 'Xiao Jinsong, deputy director of the Management Committee, made arrangements' },
      { old: 'Wu Zhengyang stressed that', new: 'Wu Zhengyang, Party secretary of the high-tech zone, stressed that' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Xiao Jinsong', edit: 0, injected: 'deputy director of the Management Committee',
        orig: { ctx: 'Party Working Committee and director of the Management Committee, presided', text: 'director of the Management Committee' },
        description: "Xiao Jinsong presides as 'director of the Management Committee' but is 'deputy director of the Management Committee' when he makes the arrangements (the text has an executive deputy director and three deputy directors, who are other persons)." },
      { kind: 'title_wording_variant', person: 'Wu Zhengyang', edit: 1, injected: 'Party secretary of the high-tech zone',
        orig: { ctx: 'and secretary of the Party Working Committee of Baolan High-tech Zone, attended', text: 'secretary of the Party Working Committee of Baolan High-tech Zone' },
        description: "The same post of Wu Zhengyang (党工委书记) is 'secretary of the Party Working Committee of Baolan High-tech Zone' in the lead and 'Party secretary of the high-tech zone' in the injected apposition (two wordings of one post)." },
    ],
  },
  '406_shitan_county_political_legal_work_conference': {
    edits: [
      { old: 'Song Kaiyuan, Lu Wenjing and Xiao Deming made statements', new: "Song Kaiyuan, Lu Wenjing, president of the municipal intermediate people's court, and Xiao Deming made statements" },
      { old: 'Han Lixue made the work report.', new: 'Han Lixue, deputy secretary of the Political and Legal Affairs Commission, made the work report.' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Lu Wenjing', edit: 0, injected: "president of the municipal intermediate people's court",
        orig: { ctx: "Lu Wenjing, president of the county people's court", text: "president of the county people's court" },
        description: "Lu Wenjing attends as 'president of the county people's court' but makes the statement as 'president of the municipal intermediate people's court' (county vs municipal court for one person)." },
      { kind: 'rank_conflict', person: 'Han Lixue', edit: 1, injected: 'deputy secretary of the Political and Legal Affairs Commission',
        orig: { ctx: 'and secretary of the Political and Legal Affairs Commission, Song', text: 'secretary of the Political and Legal Affairs Commission' },
        description: "Han Lixue attends as 'secretary of the Political and Legal Affairs Commission' but makes the work report as 'deputy secretary of the Political and Legal Affairs Commission' (same commission, different rank)." },
    ],
  },
  '407_jiangling_natural_resources_bureau_theory_study_group': {
    edits: [
      { old: 'Lin Zhi-hao stressed that', new: 'Lin Zhi-hao, director of the bureau, stressed that' },
      { old: 'Third trial: Lin Zhi-hao', new: 'Third trial: Lin Zhi-hau' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Lin Zhi-hao', edit: 0, injected: 'director of the bureau',
        orig: { ctx: 'Secretary of the Party Group and Director of the Bureau Lin Zhi-hao presided', text: 'Director of the Bureau' },
        description: "The same post of Lin Zhi-hao is 'Director of the Bureau' (title case, before the name) in the lead and 'director of the bureau' (lower case) in the injected apposition of his speech paragraph." },
      { kind: 'name_spelling_variant', person: 'Lin Zhi-hao', edit: 1, injected: 'Lin Zhi-hau',
        orig: { ctx: 'Director of the Bureau Lin Zhi-hao presided', text: 'Lin Zhi-hao' },
        description: "In the credits the third reviewer (the bureau director, 'Lin Zhi-hao' in the text) is misspelt 'Lin Zhi-hau' (one letter of the hyphenated given name)." },
    ],
  },
  '408_qingzhu_county_eco_inspection_rectification_leading_group': {
    edits: [
      { old: 'Ding Jianqiang made specific arrangements', new: 'County magistrate Ding Jianqiang made specific arrangements' },
      { old: 'Su Qiming said that', new: 'Su Qiming, deputy secretary of the municipal commission for discipline inspection, said that' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Ding Jianqiang', edit: 0, injected: 'County magistrate',
        orig: { ctx: 'county party committee, county head and executive', text: 'county head' },
        description: "The same post of Ding Jianqiang (县长) is 'county head' in the lead and 'County magistrate' before his name in the arrangements paragraph." },
      { kind: 'same_person_title_conflict', person: 'Su Qiming', edit: 1, injected: 'deputy secretary of the municipal commission for discipline inspection',
        orig: { ctx: 'Su Qiming, deputy secretary of the county commission for discipline inspection', text: 'deputy secretary of the county commission for discipline inspection' },
        description: "Su Qiming attends as 'deputy secretary of the county commission for discipline inspection' but speaks as 'deputy secretary of the municipal commission for discipline inspection' (county vs municipal level of the same body for one person)." },
    ],
  },
  '409_nanxun_acting_mayor_shuangtan_county_research_trip': {
    edits: [
      { old: 'Cen Lixia asked the county transport bureau', new: 'Deputy mayor Cen Lixia asked the county transport bureau' },
      { old: 'Liang Xiaobo, deputy secretary of the county party committee and county head', new: 'Liang Xiaobo, secretary of the county party committee and county head' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Cen Lixia', edit: 0, injected: 'Deputy mayor',
        orig: { ctx: 'Vice mayor Cen Lixia', text: 'Vice mayor' },
        description: "The same post of Cen Lixia (副市长) is 'Vice mayor' in the lead and 'Deputy mayor' two paragraphs later." },
      { kind: 'duplicate_unique_post', person: 'Liang Xiaobo', edit: 1, injected: 'secretary of the county party committee',
        orig: { ctx: 'Shen Guoqing, secretary of the Shuangtan County Party Committee', text: 'secretary of the Shuangtan County Party Committee' },
        description: "'deputy' is dropped from the county head Liang Xiaobo's first post, so he becomes 'secretary of the county party committee', the unique post of Shen Guoqing in the sentence before." },
    ],
  },
  '410_xianyue_korean_prefecture_border_tourism_trade_conference': {
    edits: [
      { old: 'Governor Piao also asked', new: 'Governor Piao Zhexuan also asked' },
      { old: 'Prefecture Party Committee and executive vice governor, and Cui', new: 'Prefecture Party Committee and governor, and Cui' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Piao Zhexun', edit: 0, injected: 'Piao Zhexuan',
        orig: { ctx: 'Piao Zhexun, deputy secretary', text: 'Piao Zhexun' },
        description: "The surname-only 'Governor Piao also asked' becomes 'Governor Piao Zhexuan also asked': the governor Piao Zhexun's given name is misspelt by one letter (xun / xuan), with the title before the name." },
      { kind: 'duplicate_unique_post', person: 'Jin Shunji', edit: 1, injected: 'governor',
        orig: { ctx: 'committee and governor of the prefecture, presided', text: 'governor of the prefecture' },
        description: "Jin Shunji's 'executive vice governor' becomes 'governor', the unique post of Piao Zhexun ('governor of the prefecture') in the sentence before." },
    ],
  },
  '411_haiqiao_opening_up_foreign_trade_conference_given_name_first': {
    edits: [
      { old: 'received the plaques from Jianhua Tan and Lihong Xiao', new: 'received the plaques from Jianhua Tan, secretary of the CPC Haiqiao Municipal Committee, and Lihong Xiao' },
      { old: 'In his concluding remarks, Lihong Xiao said', new: 'In his concluding remarks, Lihong Xia said' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Jianhua Tan', edit: 0, injected: 'secretary of the CPC Haiqiao Municipal Committee',
        orig: { ctx: 'Jianhua Tan, Secretary of the CPC Haiqiao Municipal Committee', text: 'Secretary of the CPC Haiqiao Municipal Committee' },
        description: "The same post of Jianhua Tan is 'Secretary of the CPC Haiqiao Municipal Committee' (title case, as every post on this site) in the lead and 'secretary of the CPC Haiqiao Municipal Committee' in the injected apposition." },
      { kind: 'name_spelling_variant', person: 'Lihong Xiao', edit: 1, injected: 'Lihong Xia',
        orig: { ctx: 'Lihong Xiao, Deputy Secretary', text: 'Lihong Xiao' },
        description: "The mayor, written given name first as 'Lihong Xiao', is 'Lihong Xia' in the concluding paragraph (the surname, written last, loses a letter)." },
    ],
  },
  '412_yaoling_county_leading_cadres_meeting_acting_county_head': {
    edits: [
      { old: 'Bao Lianfeng said that the county', new: 'Bao Lianfeng, secretary of the CPC Dongqiao Municipal Committee, said that the county' },
      { old: 'Yuan Zhonghe required that', new: 'Yuan Zhonghe, head of the organization department of the municipal party committee, required that' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Bao Lianfeng', edit: 0, injected: 'secretary of the CPC Dongqiao Municipal Committee',
        orig: { ctx: 'Bao Lianfeng, secretary of the CPC Yaoling County Committee', text: 'secretary of the CPC Yaoling County Committee' },
        description: "The county party secretary Bao Lianfeng presides as 'secretary of the CPC Yaoling County Committee' but is 'secretary of the CPC Dongqiao Municipal Committee' (the city above the county) in the injected apposition of his closing remarks." },
      { kind: 'title_wording_variant', person: 'Yuan Zhonghe', edit: 1, injected: 'head of the organization department of the municipal party committee',
        orig: { ctx: 'and minister of the organization department, attended', text: 'minister of the organization department' },
        description: "The same post of Yuan Zhonghe (组织部部长) is 'minister of the organization department' in the lead and 'head of the organization department of the municipal party committee' in the injected apposition." },
    ],
  },
};
