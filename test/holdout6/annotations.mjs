// Source of the sixth held-out set gold (test/holdout6). `node test/goldkit/build-set.mjs test/holdout6` turns this file
// into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Secretary Kang": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout/README.md, test/holdout2/README.md, test/holdout3/README.md, plus
// the decisions listed in README.md of this folder):
// - "Secretary Kang" (605): the surname is the mention; the address form is not a separate title (the full post is
//   given elsewhere in the same text). No text uses a bare surname without a title word.
// - A title written before the name in title case ("Mayor Jiang Yanchuan", "Vice Mayor Shen Yiru") and the same post
//   after the name in lower case ("mayor", "vice mayor") are both recorded, verbatim; this is ordinary English style,
//   not a capitalisation inconsistency (listed as a look-alike in README.md).
// - A group label before a list ("Executive chairmen of the presidium", "County leaders", "Vice chairmen of the
//   municipal CPPCC", "Members of the party group of the Intermediate Court", "vice presidents") is a title of every
//   listed person; a label after a run of names ("Jin Baochuan and Guan Lihong, deputy directors of ...") covers the run.
// - Table rows "Name   Post" (609): the post column is the title (split on ", "); the heading lines "Attendees:" /
//   "Non-voting attendees:" / "On leave:" are not titles; rows under "Attendees" and "Non-voting attendees" attended.
// - Titles in brackets after a name ("Deng Xiaochuan (County Party Committee Standing Committee Member, Executive Vice
//   County Mayor)", 608) are titles, split on ", "; odd MT capitalisation is kept verbatim.
// - Posts a person is elected to (603, 604) or appointed to / removed from (611) are titles; "acting county head" and
//   "outgoing president of the county people's court" are titles too. Being elected, appointed, "met", "met with",
//   "visited", "inspected", "researched", "led a team", "led the oath", "took the oath", "signed" are not roles.
// - "accompanied the inspection / research / activity", "participated in the inspection", "were present", "were
//   seated on the rostrum", "sat on the rostrum", "were invited to attend", "as non-voting participants", the rows of an
//   attendee table = attended. "introduced", "informed", "read out", "announced the counting results", "explained the
//   draft resolution", "made a statement / statements", "made a work report", "Reported by:" = reported.
//   "made deployment", "made speech as representatives", "responded to the questions", "shared his experience",
//   "suggested", "hoped", "thanked ... said", "told", numbered "spoke at the symposium" list = spoke. A "said" sentence
//   that continues the person's own report adds no separate `spoke`.
// - Byline labels are titles ("Reporter on the spot", "Camera", "Tongle Daily All-Media Reporter", "Correspondent",
//   "Contributor", "Text" + "Picture" for "Text/Picture:", "Text" / "Image" for "Text | X   Image | Y", "Planning",
//   "Audit", "Review", "Final Review", "First Trial", "Second Trial", "Final Judgment", "Duty Editor", "Editor on duty",
//   "Recorder", "Photo" for "Photo by X"). Verb-phrase field names ("Reviewed by:", "By X and Y", "Author:") give no title;
//   the person keeps the role byline. Organisations in a credit line ("Contributor: County Agriculture and Rural
//   Affairs Bureau") are not persons.
// - Occupations and status notes are not titles: "Taiwan compatriot entrepreneur", "(Jiangsu aid-Tibet cadre)".
// - Foreign, Tibetan and Hokkien names are whole names ("Marisol Quintero", "Tenzin Phuntsok", "Tan Sio Hong"); no
//   surname-only forms are annotated for them. "Tan's ancestral hall" (607) is not a mention. The historical person
//   Tan Kah Kee (inside the slogan "Tan Kah Kee spirit") is a person with roles [].
// - Every double-quoted phrase is a theme, except full-sentence direct speech; in 611 the speech is quoted over six
//   paragraphs and the single-quoted slogans inside it are themes. Also the named sessions and plenary sessions.


export const reports = {
  '601_qiaoyang_county_leaders_activities_page': {
    persons: [
      { name: 'Chen Zhaoyu', titles: ['secretary of the county party committee'], roles: ['spoke'],
        note: "Item 1. 'led a team to inspect', 'came to', 'checked' are not roles; 'stressed', 'asked' (spoke)." },
      { name: 'Lu Shiqiang', titles: ['member of the standing committee of the county party committee', 'executive deputy county head'], roles: ['attended'],
        note: "First of a 7-name list introduced by 'Accompanying the inspection were' and separated by semicolons (attended)." },
      { name: 'Dong Peiwen', titles: ['deputy county head'], roles: ['attended'],
        note: "Accompanies the inspection in item 1 and the research in item 2, 'deputy county head' both times." },
      { name: 'Tong Ruiqi', titles: ['director of the county water conservancy bureau'], roles: ['attended'] },
      { name: 'Su Jiamin', titles: ['director of the county emergency management bureau'], roles: ['attended'] },
      { name: 'Xiao Yuzhen', titles: ['director of the county natural resources bureau'], roles: ['attended'] },
      { name: 'Mo Changlin', titles: ['head of the county meteorological bureau'], roles: ['attended'] },
      { name: 'Rao Yixuan', titles: ['secretary of the party committee of Shangxi Town'], roles: ['attended', 'reported'],
        note: "Last of the semicolon list after '; and'; 'introduced the evacuation plan' (reported)." },
      { name: 'Zuo Minghua', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'],
        note: "Item 2. 'went to ... to research' is not a role; 'presided over a symposium' (presided); 'required' (spoke)." },
      { name: 'Meng Xiaolan', titles: ['director of the Management Committee of Qiaoyang Economic Development Zone'], roles: ['attended', 'spoke'],
        note: "Female; 'accompanied the research' (attended); 'Meng Xiaolan said the zone will ...' (spoke)." },
      { name: 'Cui Hongjie', titles: ['director of the county bureau of industry and information technology'], roles: ['attended'],
        note: "' and ' inside the bureau name does not split the title." },
      { name: 'Ouyang Tingfang', titles: ['chairman of the company'], roles: ['reported'],
        note: "Compound surname Ouyang; 'chairman of the company' refers back to Jinrun New Materials Co., Ltd. (verbatim). 'introduced the progress' (reported)." },
      { name: 'Wan Shuqin', titles: ["director of the standing committee of the county people's congress"], roles: ['spoke'],
        note: "Item 3, female. 'led the law enforcement inspection team' is not a role; 'pointed out' at the feedback meeting (spoke)." },
      { name: 'Jin Baochuan', titles: ["deputy directors of the standing committee of the county people's congress"], roles: ['attended'],
        note: "Label after the run 'Jin Baochuan and Guan Lihong, deputy directors of ...'; 'participated in the inspection' (attended)." },
      { name: 'Guan Lihong', titles: ["deputy directors of the standing committee of the county people's congress"], roles: ['attended'] },
      { name: 'Zhan Haoyu', titles: ['deputy county head'], roles: ['reported'],
        note: "'made a statement on the food safety work of the county government' (reported). Second deputy county head of the page (with Dong Peiwen): not an inconsistency." },
      { name: 'Long Peijun', titles: ['chairman of the county CPPCC'], roles: ['spoke'],
        note: "Item 4. Surname Long (the page also has the place name Longtan). 'led some CPPCC members' is not a role; 'said' (spoke)." },
      { name: 'Bao Ruiying', titles: ['vice chairwoman of the county CPPCC'], roles: ['attended'], note: "'accompanied the activity' (attended)." },
      { name: 'Hou Dechun', titles: ['secretary of the party branch of Xiatang Village'], roles: ['reported'], note: "'introduced the development of the village' (reported)." },
    ],
    themes: [
      'main flood season',
      'no deaths and injuries of people, no collapse of reservoirs, no breach of important embankments',
      'one enterprise, one policy',
      'tip of the tongue',
      'CPPCC members entering the village',
      'small matters',
    ],
    notes: "'Leaders' Activities' column page of a county government portal (Qiaoyang) with four short items, each with its own '[date] headline' line and 'Source / Hits' line, and pagination chrome at the foot ('First Previous 1 2 3 4 5 Next Last Page 3 / 41', 'Sponsor:', 'Technical support:'). Item 1: the county party secretary's flood-control inspection with a 7-name accompanying list separated by semicolons ('Accompanying the inspection were A, post; B, post; ...; and G, post'). Item 2: the county head's research in the development zone (enterprise chairman introduced; symposium). Item 3: the people's congress director's law enforcement inspection (label after two names). Item 4: the CPPCC chairman's village activity. No credits. Inspection verbs (inspected, came to, checked, researched, led a team) are not roles; 'accompanied', 'participated in the inspection' = attended. Look-alikes that are not inconsistencies: two different deputy county heads (Dong Peiwen, Zhan Haoyu) and an executive deputy county head (Lu Shiqiang); 'county head' (Zuo Minghua) vs 'deputy county head'; 'director' vs 'deputy directors' of the people's congress standing committee; 'chairman' vs 'vice chairwoman of the county CPPCC'; Dong Peiwen with the same post in two items. Non-persons: Baishi Reservoir, Qiao River, Longtan hazard point, Jinrun New Materials Co., Ltd., Xiatang Village, sources ('County Government Office').",
  },

  '602_lanpu_city_foreign_affairs_receptions': {
    persons: [
      { name: 'Jiang Yanchuan', titles: ['Mayor', 'deputy secretary of the municipal party committee', 'mayor'], roles: ['reported', 'spoke'],
        note: "Title-case 'Mayor' before the name in the item heading ('Mayor Jiang Yanchuan met with ...') and 'deputy secretary of the municipal party committee and mayor' after the name: standard English capitalisation, both recorded verbatim, not an inconsistency. 'met with', 'signed' are not roles; 'introduced the development of Lanpu' (reported); 'He said', 'hoped' (spoke)." },
      { name: 'Marisol Quintero', titles: ['Mayor of Villa Serena'], roles: ['spoke'],
        note: "Foreign mayor ('Mayor of Villa Serena, Argentina': the country after the comma locates the city, it is not a second post). 'thanked', 'She said', 'invited' (spoke). Two mayors of different cities in one text: not a duplicate post." },
      { name: 'Shen Yiru', titles: ['vice mayor', 'Vice Mayor'], roles: ['attended', 'reported'],
        note: "Female; 'Shen Yiru, vice mayor' (item 1, attended) and 'Vice Mayor Shen Yiru' in the heading and lead of item 3 (title-case before the name, not an inconsistency); 'introduced the preparations' (reported)." },
      { name: 'Deng Kaiwen', titles: ['secretary-general of the municipal government'], roles: ['attended'] },
      { name: 'Xue Ningbo', titles: ['director of the Municipal Foreign Affairs Office'], roles: ['attended', 'byline'],
        note: "Attends items 1 and 3 (name only the second time) and reviews the page: 'Reviewed by: Xue Ningbo' is a verb-phrase credit (no title), role byline." },
      { name: 'Tomas Aguirre', titles: ['President of the Villa Serena City Council'], roles: ['attended'], note: "'were present' (attended)." },
      { name: 'Lucia Ferraro', titles: ['Director of International Relations of the municipality'], roles: ['attended'] },
      { name: 'Song Jiarui', titles: ['secretary of the municipal party committee'], roles: ['spoke'], note: "'met with' is not a role; 'said' (spoke)." },
      { name: 'Henrik Lindqvist', titles: ['Ambassador of Finland to China'], roles: ['spoke'] },
      { name: 'Fan Qiuyue', titles: ['member of the standing committee of the municipal party committee', 'secretary-general'], roles: ['attended'],
        note: "'secretary-general' of the municipal party committee vs Deng Kaiwen's 'secretary-general of the municipal government': two bodies, two persons." },
      { name: 'Lorenzo Ferrante', titles: ['Consul General of Italy in Chongqing'], roles: ['spoke'] },
      { name: 'Giulia Serra', titles: ['Consul'], roles: [],
        note: "'met with Lorenzo Ferrante ... and Consul Giulia Serra': title before the name; being met is not a role, she does not speak (roles [])." },
      { name: 'He Yuxuan', titles: ['deputy director of the Municipal Bureau of Commerce'], roles: ['attended'],
        note: "Surname He; the text also has sentence-initial pronouns 'He said', 'He hoped'." },
      { name: 'Guan Siqi', titles: ['Photo'], roles: ['byline'], note: "'Photo by Guan Siqi': 'Photo' is the credit label, 'by' is not part of it." },
      { name: 'Zhu Wanting', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'granary of the pampas',
      'silver economy',
    ],
    notes: "Foreign-affairs news page of a municipal foreign affairs office (Lanpu) with three receptions under one page headline, each with its own heading: the mayor meets the delegation of a foreign mayor (friendly-city memorandum), the municipal party secretary meets an ambassador, the vice mayor meets a consul general. Foreign names ('Marisol Quintero', 'Tomas Aguirre', 'Lucia Ferraro', 'Henrik Lindqvist', 'Lorenzo Ferrante', 'Giulia Serra') with title-case foreign posts after the name ('Mayor of Villa Serena', 'Ambassador of Finland to China', 'Consul General of Italy in Chongqing') and one before ('Consul Giulia Serra'). Credits at the foot: 'Photo by X', 'Editor: Y', 'Reviewed by: Z' (Z = the foreign affairs office director who attended). Look-alikes that are not inconsistencies: two mayors of two different cities (Jiang Yanchuan of Lanpu, Marisol Quintero of Villa Serena); 'Mayor' / 'mayor' and 'Vice Mayor' / 'vice mayor' of one person (title case before the name, lower case after it); 'mayor' vs 'vice mayor' (two persons); 'secretary-general' (party committee, Fan Qiuyue) vs 'secretary-general of the municipal government' (Deng Kaiwen); 'secretary of the municipal party committee' (Song Jiarui) vs 'deputy secretary of the municipal party committee' (Jiang Yanchuan). The memorandum title and 'China-Italy Design and Manufacturing Week' are unquoted names of a document and an event, not listed as themes. Non-persons: Villa Serena, Lanpu Guest House, Consulate General.",
  },

  '603_baisui_county_npc_session_elections': {
    persons: [
      { name: 'Han Yuexi', titles: ['Reporter on the spot'], roles: ['byline'], note: "Header credit 'Reporter on the spot: X   Camera: Y'." },
      { name: 'Ding Zijun', titles: ['Camera'], roles: ['byline'] },
      { name: 'Rao Jingsong', titles: ['Executive chairmen of the presidium', 'secretary of the county party committee'], roles: ['attended', 'presided', 'spoke'],
        note: "First of the 6-name list after the label 'Executive chairmen of the presidium' ('sat on the rostrum', attended); 'presided over the closing meeting'; 'pointed out', 'required' (spoke)." },
      { name: 'Han Shuqiao', titles: ['Executive chairmen of the presidium', "director of the standing committee of the 19th County People's Congress"], roles: ['attended', 'spoke'],
        note: "Elected director of the standing committee (the post he is elected to is a title); 'delivered a speech', 'He said' (spoke). Shares the surname Han with the reporter Han Yuexi." },
      { name: 'Cen Lifang', titles: ['Executive chairmen of the presidium', "deputy directors of the standing committee of the county people's congress"], roles: ['attended'] },
      { name: 'Lei Dongsheng', titles: ['Executive chairmen of the presidium', "deputy directors of the standing committee of the county people's congress"], roles: ['attended'] },
      { name: 'Zhu Pengcheng', titles: ['Executive chairmen of the presidium', 'secretary-general of the session'], roles: ['attended', 'reported'],
        note: "'announced the counting results of each election' (reported, like 'read out')." },
      { name: 'Xiao Meirong', titles: ['Executive chairmen of the presidium'], roles: ['attended'], note: "Last of the presidium list." },
      { name: 'Xing Qiaoyun', titles: ["deputy directors of the standing committee of the county people's congress"], roles: [],
        note: "Only elected (last of 'elected Cen Lifang, Lei Dongsheng and Xing Qiaoyun as deputy directors ...'); being elected is not a role." },
      { name: 'Zhou Boyang', titles: ['county head', 'acting county head', 'newly elected county head'], roles: ['spoke'],
        note: "Elected 'county head' after serving as 'acting county head' (a change of post through the election, not a rank conflict); 'newly elected county head' in the apposition of his speech. 'led the oath' is not a role; 'said' in his speech (spoke)." },
      { name: 'Lu Jianxin', titles: ['vice county heads'], roles: [], note: "Label after the 4-name run 'elected A, B, C and D as vice county heads'; elected only." },
      { name: 'Kang Meiyi', titles: ['vice county heads'], roles: [] },
      { name: 'Qian Shaowu', titles: ['vice county heads'], roles: [] },
      { name: 'Duan Yuting', titles: ['vice county heads'], roles: [] },
      { name: 'Tan Yongqi', titles: ["president of the county people's court"], roles: [], note: "Elected only." },
      { name: 'Gu Haiping', titles: ["chief procurator of the county people's procuratorate"], roles: [],
        note: "Elected only; the unnamed 'chief procurator of the municipal people's procuratorate' in the next sentence is another post, not a person." },
      { name: 'Yuan Dehai', titles: ['chairman of the county CPPCC'], roles: ['attended'], note: "'attended ... as non-voting participants' (attended)." },
      { name: 'Bao Xinyue', titles: ["outgoing president of the county people's court"], roles: ['attended'],
        note: "The outgoing court president who did not stand for re-election, next to the newly elected Tan Yongqi: not a duplicate post. 'were also present' (attended)." },
      { name: 'Peng Qiuliang', titles: ["outgoing chief procurator of the county people's procuratorate"], roles: ['attended'], note: "As Bao Xinyue (outgoing vs newly elected Gu Haiping)." },
      { name: 'Chu Lanxin', titles: ['Editor in charge'], roles: ['byline'] },
      { name: 'Yan Kaifeng', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      "First Session of the 19th People's Congress of Baisui County",
      "people's congresses are the people's congresses",
      "whole-process people's democracy",
      'Baisui Green Valley',
      'government under the rule of law, an innovative government, a clean government and a service-oriented government',
      'meeting of democracy, unity, pragmatism and progress',
      'one-hour medical circle',
    ],
    notes: "County convergence-media site (Baisui), 'Two Sessions Special' column; header line 'Time / Source / Reporter on the spot / Camera', credits 'Editor in charge / Review' at the foot. Closing meeting of the first session of a new county people's congress with elections of the state organs: label before a 6-name list ('Executive chairmen of the presidium'), elections written as 'elected A as post; elected B, C and D as post(s); ...' (label after the run of names; posts elected to are titles, being elected is not a role). The newly elected county head had been 'acting county head'; the outgoing court president and chief procurator are present next to their elected successors. Look-alikes that are not inconsistencies: 'acting county head' / 'county head' / 'newly elected county head' of Zhou Boyang (the election changes his post); 'outgoing president of the county people's court' (Bao Xinyue) vs 'president of the county people's court' (Tan Yongqi) and the same for the chief procurator; 'county head' vs 'vice county heads'; 'director' vs 'deputy directors' of the standing committee; two persons with the surname Han. Non-persons: County Grand Theater, Baisui Release (source).",
  },

  '604_tongle_city_cppcc_session_closing': {
    persons: [
      { name: 'Jin Yuchen', titles: ['Tongle Daily All-Media Reporter'], roles: ['byline'],
        note: "Byline without a colon under the headline ('Tongle Daily All-Media Reporter Jin Yuchen   Correspondent Cheng Kaixin'); the label with the newspaper name is kept whole." },
      { name: 'Cheng Kaixin', titles: ['Correspondent'], roles: ['byline'] },
      { name: 'Peng Shuhui', titles: ['chairman of the municipal CPPCC'], roles: ['presided', 'spoke'],
        note: "'presided over the closing meeting and delivered a speech'; speech over four paragraphs ('In his speech, Peng Shuhui said', 'Peng Shuhui pointed out', 'He stressed', 'Peng Shuhui required')." },
      { name: 'Liang Zhengyu', titles: ['Vice chairmen of the municipal CPPCC'], roles: ['attended'], note: "First of a 5-name list after the label; 'were seated on the rostrum' (attended)." },
      { name: 'Du Haiyan', titles: ['Vice chairmen of the municipal CPPCC'], roles: ['attended', 'spoke'], note: "Female; 'said at the press briefing' (spoke)." },
      { name: 'Chu Mingfei', titles: ['Vice chairmen of the municipal CPPCC'], roles: ['attended'] },
      { name: 'An Jiayue', titles: ['Vice chairmen of the municipal CPPCC'], roles: ['attended'], note: "Surname An (also an English article-like word)." },
      { name: 'Ding Xueyi', titles: ['Vice chairmen of the municipal CPPCC'], roles: ['attended', 'reported'], note: "Last of the list; 'read out the political resolution' (reported)." },
      { name: 'Zhan Wenjing', titles: ['secretary-general'], roles: ['attended', 'reported'],
        note: "'and Zhan Wenjing, secretary-general, were seated on the rostrum' (own post after the name, outside the label list); 'read out the decision' (reported)." },
      { name: 'Luo Changming', titles: ['secretary of the municipal party committee'], roles: ['attended'], note: "'attended the meeting and congratulated' (attended)." },
      { name: 'Yan Shiwei', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['attended'] },
      { name: 'Su Peirong', titles: ["director of the standing committee of the municipal people's congress"], roles: ['attended'] },
      { name: 'Hao Jinsong', titles: ['vice chairman of the 10th Tongle Municipal Committee of the CPPCC', 'newly elected vice chairman'], roles: ['spoke'],
        note: "Elected vice chairman at the meeting (the post is a title, being elected is not a role); 'the newly elected vice chairman' later (a short reference to the same post, not a wording variant); 'said in an interview' (spoke)." },
      { name: 'Long Shiyu', titles: ['Editor'], roles: ['byline'] },
      { name: 'Zuo Yiming', titles: ['Proofreading'], roles: ['byline'] },
      { name: 'Meng Haolan', titles: ['Final Review'], roles: ['byline'] },
    ],
    themes: [
      "Third Session of the 10th Tongle Municipal Committee of the Chinese People's Political Consultative Conference",
      'silver-haired',
      '14th Five-Year Plan',
      'building a strong city with manufacturing and a livable Tongle',
      'one river, two banks',
      'two abilities and one quality',
      'small in cut, practical in content and effective in results',
      'golden ideas',
      'golden results',
      "CPPCC members' homes",
      'bright kitchen',
    ],
    notes: "Municipal CPPCC website (Tongle CPPCC Network); byline under the headline without colons ('Tongle Daily All-Media Reporter X   Correspondent Y') and 'Editor / Proofreading / Final Review' at the foot. Closing meeting of a municipal CPPCC session: label before a 5-name list ('Vice chairmen of the municipal CPPCC A, B, C, D and E, and F, secretary-general, were seated on the rostrum'); leaders of the party committee, government and people's congress attended; by-election of a vice chairman; resolutions read out; chairman's closing speech over four paragraphs. Look-alikes that are not inconsistencies: 'chairman of the municipal CPPCC' (Peng Shuhui) vs 'Vice chairmen' (five persons) vs the newly elected 'vice chairman of the 10th Tongle Municipal Committee of the CPPCC' (Hao Jinsong, also 'the newly elected vice chairman'); 'secretary of the municipal party committee' vs 'deputy secretary of the municipal party committee' vs 'secretary-general' (three persons). The headline and breadcrumb forms of the session name are not listed separately. Non-persons: Tongle Convention and Exhibition Center, National Anthem.",
  },

  '605_fengqi_county_discipline_commission_plenary': {
    persons: [
      { name: 'Xing Ruoyu', titles: ['Contributor'], roles: ['byline'], note: "Header field 'Contributor: X' (a credit label, a title)." },
      { name: 'Kang Zhenbin', surnameIn: ['Secretary Kang'], titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'],
        note: "Speech over four paragraphs: 'fully affirmed ... He pointed out', 'Kang Zhenbin stressed', surname-only 'Secretary Kang asked' (span = 'Kang'), 'He required', 'Kang Zhenbin asked'." },
      { name: 'Zhu Weining', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'], note: "'required' in the last paragraph (spoke)." },
      { name: 'Guan Yifan', titles: ['member of the standing committee of the county party committee', 'secretary of the county commission for discipline inspection', 'director of the county supervisory commission'], roles: ['reported'],
        note: "Three posts joined by ', ' and ' and '; 'delivered a work report on behalf of the Standing Committee of the County Commission for Discipline Inspection' (reported); 'said in the work report' continues the report (no separate spoke)." },
      { name: 'Cui Bingquan', titles: ["director of the standing committee of the county people's congress"], roles: ['attended'] },
      { name: 'Yuan Shanshan', titles: ['chairwoman of the county CPPCC'], roles: ['attended'] },
      { name: 'Lei Hongtao', titles: ['deputy secretary of the county party committee'], roles: ['attended'],
        note: "Second deputy secretary of the county party committee (with Zhu Weining): not an inconsistency." },
      { name: 'Shao Ruixue', titles: ['Deputy secretaries of the county commission for discipline inspection', 'deputy directors of the county supervisory commission', 'Second Trial'], roles: ['attended', 'reported', 'byline'],
        note: "Two-post plural label before two names ('Deputy secretaries of ... and deputy directors of ... Shao Ruixue and Li Hangyu'): both label posts are titles of both. 'explained the draft resolution' (reported). Also 'Second Trial: Shao Ruixue' in the credits (MT of the second-level review credit): byline." },
      { name: 'Li Hangyu', titles: ['Deputy secretaries of the county commission for discipline inspection', 'deputy directors of the county supervisory commission'], roles: ['attended'] },
      { name: 'Peng Yuanjie', titles: ['members of the Standing Committee of the County Commission for Discipline Inspection'], roles: ['attended'],
        note: "First of a 4-name list after the label; 'were seated on the rostrum' (attended)." },
      { name: 'Xue Kaili', titles: ['members of the Standing Committee of the County Commission for Discipline Inspection'], roles: ['attended'] },
      { name: 'Tong Haowen', titles: ['members of the Standing Committee of the County Commission for Discipline Inspection'], roles: ['attended'] },
      { name: 'Lu Xinzhe', titles: ['members of the Standing Committee of the County Commission for Discipline Inspection'], roles: ['attended'] },
      { name: 'Qian Yunuo', titles: ['Editor'], roles: ['byline'] },
      { name: 'Dong Mingxuan', titles: ['First Trial'], roles: ['byline'], note: "'First Trial:' = machine translation of the first-level review credit (初审), kept verbatim." },
    ],
    themes: [
      'Fourth Plenary Session of the 15th Fengqi County Commission for Discipline Inspection',
      'Fourth Plenary Session of the 20th Central Commission for Discipline Inspection',
      'Party discipline learning and education',
      'micro-corruption',
      'four winds',
      'stopping and resting',
      'top leaders',
      'one post, two responsibilities',
      'three assets',
      'four forms',
      'who supervises the supervisors',
    ],
    notes: "County discipline-inspection website (Fengqi Clean Government Network); header 'Release time / Source / Contributor / Clicks', credits 'Editor / First Trial / Second Trial' at the foot (MT of the three-level review credits). Plenary session of a county commission for discipline inspection: the county party secretary speaks (four paragraphs with a surname-only 'Secretary Kang'), the county head presides, the commission secretary (also director of the supervisory commission) delivers the work report, a two-post plural label for the two deputy secretaries / deputy directors, a label before the four standing committee members of the commission. A deputy secretary of the commission explains the resolution and is also the second-level reviewer in the credits. Look-alikes that are not inconsistencies: 'secretary of the county party committee' (Kang) vs 'deputy secretary of the county party committee' (Zhu Weining, Lei Hongtao: two persons with one wording); 'secretary of the county commission for discipline inspection' (Guan) vs 'Deputy secretaries of the county commission for discipline inspection' (two others); 'director' vs 'deputy directors' of the supervisory commission; lower-case 'county commission for discipline inspection' vs title-case 'Standing Committee of the County Commission for Discipline Inspection' (different posts). 'Members of the county commission for discipline inspection, the main leaders ...' is collective. Non-persons: sources, the dispatched discipline inspection groups.",
  },

  '606_sernyi_county_spring_ploughing_grassland_fire': {
    persons: [
      { name: 'Dekyi Wangmo', titles: ['Text', 'Picture'], roles: ['byline'], note: "Tibetan name in the header credit 'Text/Picture: X' (two labels of one person)." },
      { name: 'Zuo Hanbing', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'],
        note: "'attended the meeting and made a speech'; 'pointed out,' / 'stressed,' (MT comma after the verb) (spoke)." },
      { name: 'Tenzin Phuntsok', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'],
        note: "Tibetan county head; 'presided the meeting' (MT without 'over'); 'required,' (spoke)." },
      { name: 'Sonam Choephel', titles: ['County leaders'], roles: ['attended'], note: "First of a 6-name list after the label 'County leaders'." },
      { name: 'Xiao Ruilin', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Chu Jingyuan', titles: ['County leaders', 'member of the standing committee of the county party committee', 'executive deputy county head'], roles: ['attended', 'reported'],
        note: "'(Jiangsu aid-Tibet cadre)' in brackets after the posts is a status note (assignment from Jiangsu), not a post. 'informed the spring ploughing preparation situation' (reported)." },
      { name: 'Kelsang Yudron', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Jampa Gyaltsen', titles: ['County leaders', 'deputy county head'], roles: ['attended', 'spoke'], note: "'made deployment for ...' (MT of made arrangements: spoke)." },
      { name: 'Dong Keming', titles: ['County leaders'], roles: ['attended'], note: "Last of the list." },
      { name: 'Tsewang Norgye', titles: ['party committee secretary of Drongpa Township'], roles: ['spoke'], note: "'made speech as representatives' (spoke, like exchange speeches)." },
      { name: 'Pasang Lhadron', titles: ['first secretary of the village-stationed work team of Gyatsa Village'], roles: ['spoke'] },
      { name: 'Lhakpa Dolkar', titles: ['Editor on duty'], roles: ['byline'] },
      { name: 'Gu Zhiheng', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'one year plan lies in spring',
      'No. 1 project',
      'rural revitalization',
      'green barley, good grass, yak',
      'five-level chief',
      'fire source control at the entrance of the mountain',
      'burning of fields and grass',
      'Chinese water tower',
      'one township, one list',
    ],
    notes: "County government portal in a Tibetan area (Sernyi County), plain government MT ('presided the meeting', 'informed the ... situation', 'reach to 96%', 'made deployment', 'Must implement ...', commas after 'pointed out,' / 'stressed,' / 'required,'). Header 'Release time / Source / Text/Picture: X'; foot 'Contributor: <bureau>' (an organisation, not a person), 'Editor on duty / Reviewer'. Spring ploughing and forest and grassland fire prevention meeting: Han party secretary, Tibetan county head, label 'County leaders' before a 6-name list mixing Tibetan and Han names, two of whom get posts later, an aid-Tibet cadre with a bracketed status note, a township secretary and a village-stationed first secretary speaking as representatives. Tibetan names are whole two-word names without a surname. Look-alikes that are not inconsistencies: 'secretary' vs 'deputy secretary of the county party committee' (two persons); 'county head' vs 'executive deputy county head' vs 'deputy county head' (three persons). 'Members of the standing committee of the county party committee, the leaders of ...' is collective. Non-persons: Drongpa Township, Gyatsa Village, the County Agriculture and Rural Affairs Bureau (Contributor).",
  },

  '607_puhai_city_overseas_chinese_delegation_fujian': {
    persons: [
      { name: 'Tong Yijie', titles: [], roles: ['byline'], note: "Header 'Author: Tong Yijie': the field name 'Author:' is not a credit label (titles [])." },
      { name: 'Lin Zhenhao', titles: ['secretary of the municipal party committee'], roles: ['spoke'],
        note: "Pinyin surname Lin, next to the Hokkien spelling Lim of the same surname (Lim Bee Leng, a different person). 'met with' is not a role; 'extended a warm welcome', 'He said', 'He hoped' (spoke)." },
      { name: 'Tan Sio Hong', titles: ['President of the association'], roles: ['spoke'],
        note: "Philippine Chinese name in Hokkien romanisation (Tan = Chen), three syllables written separately; 'led by Tan Sio Hong, President of the association'. 'said', 'told the hosts' (spoke). The text also has 'Tan's ancestral hall' (a clan hall, not a mention) and the historical Tan Kah Kee (another person)." },
      { name: 'Su Wanqing', titles: ['vice mayor'], roles: ['attended', 'presided'], note: "'presided over the symposium' in the afternoon." },
      { name: 'Chen Yaozu', titles: ['member of the standing committee of the municipal party committee', 'head of the United Front Work Department'], roles: ['attended'] },
      { name: 'Zhang Liyun', titles: ['chairwoman of the municipal federation of returned overseas Chinese'], roles: ['attended', 'spoke'], note: "'Zhang Liyun said' (spoke)." },
      { name: 'Tan Kah Kee', titles: [], roles: [],
        note: "Historical overseas Chinese leader (Hokkien spelling of Chen Jiageng), only inside the slogan 'Tan Kah Kee spirit' (the mention inside a theme counts); roles []." },
      { name: 'Lim Bee Leng', titles: ['Executive Vice President of the association'], roles: ['spoke'],
        note: "Hokkien name (Lim = Lin). 'Members of the delegation included ...' is not a role; 'hoped that the hometown would ...' at the symposium (spoke)." },
      { name: 'Go Kim Seng', titles: ['Honorary Chairman of the association', 'Chairman of the Manila Goldstar Footwear Corporation'], roles: ['spoke'],
        note: "Hokkien name (Go = Wu); two posts joined by ' and '. 'said that his company plans ...' (spoke)." },
      { name: 'Teo Chin Huat', titles: ['Secretary General of the association'], roles: [], note: "Teochew / Hokkien name (Teo = Zhang); only listed as a member of the delegation (roles [])." },
      { name: 'Shen Mingkai', titles: ['director of the Municipal Bureau of Commerce'], roles: ['reported'], note: "'introduced the investment environment' (reported)." },
      { name: 'Sim Poh Choo', titles: ['President of the Singapore Puhai Clan Association'], roles: ['attended', 'spoke'], note: "Singapore Hokkien name (Sim = Shen); 'also attended the symposium and spoke'." },
      { name: 'Chen Ming-hsien', titles: ['Chairman of Taipei Haiyun Trading Co., Ltd.'], roles: ['spoke'],
        note: "Taiwan name in Wade-Giles with a hyphen (inside the span). 'a Taiwan compatriot entrepreneur' is a description, not a post; 'shared his experience' (spoke)." },
      { name: 'Lu Shuhan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Tan Kah Kee spirit',
      'Root-Seeking Summer Camp',
      'Puhai Overseas Chinese Investment Ten Articles',
      'home of overseas Chinese',
    ],
    notes: "Municipal government portal in Fujian (Puhai), 'Overseas Chinese Affairs' column; header 'Date / Source / Author / Views', 'Editor:' at the foot. The municipal party secretary meets a hometown-visiting delegation of a Philippine clan association, followed by an investment symposium. Min-dialect spellings only where real sites use them: overseas Chinese names in Hokkien / Teochew romanisation ('Tan Sio Hong', 'Lim Bee Leng', 'Go Kim Seng', 'Teo Chin Huat', 'Sim Poh Choo'), a Taiwanese name in Wade-Giles ('Chen Ming-hsien'), and the historical 'Tan Kah Kee' inside a slogan, while the mainland officials have pinyin names (Lin Zhenhao, Chen Yaozu, Zhang Liyun, Shen Mingkai): the same Chinese surnames appear in two spellings (Lin / Lim, Chen / Tan, Zhang / Teo, Shen / Sim) for different persons. Title-case posts of the association after the names. Look-alikes that are not inconsistencies: 'President of the association' (Tan) vs 'Executive Vice President of the association' (Lim); 'Honorary Chairman of the association' vs 'President of the association'; 'Chairman of' a company vs 'chairwoman of the municipal federation'; 'Secretary General of the association' vs 'secretary of the municipal party committee'. Non-persons: Philippine Puhai Association, Manila Goldstar Footwear Corporation, Tan's ancestral hall, Xiapu Village, Anlan Town.",
  },

  '608_shigu_county_project_tackling_machine_mt': {
    persons: [
      { name: 'Xiao Jianming', titles: ['Secretary Of The County Party Committee'], roles: ['attended', 'spoke'],
        note: "Every word capitalised ('Secretary Of The County Party Committee Xiao Jianming attend meeting and make important speech'): verbatim title before the name. 'point out,', 'emphasize,' (spoke). 'Comrade Xiao Jianming important speech spirit': 'Comrade' is an honorific, the name a mention." },
      { name: 'Lu Wenqian', titles: ['County Party Committee Deputy Secretary', 'County Mayor'], roles: ['presided', 'spoke'],
        note: "Posts in Chinese word order before the name, joined by ', '; 'preside meeting' (presided); 'require,', 'said,' (spoke)." },
      { name: 'Deng Xiaochuan', titles: ['County leaders', 'County Party Committee Standing Committee Member', 'Executive Vice County Mayor'], roles: ['attended', 'reported'],
        note: "Label 'County leaders' before a 5-name list, each name followed by its posts in brackets; 'read out \"...Implementation Plan\"' (reported)." },
      { name: 'Hao Yuping', titles: ['County leaders', 'County Party Committee Standing Committee Member', 'Organization Department Minister'], roles: ['attended'] },
      { name: 'Gu Shaoheng', titles: ['County leaders', 'Vice County Mayor'], roles: ['attended'] },
      { name: 'Tan Lixia', titles: ['County leaders', 'Vice County Mayor', 'County Public Security Bureau Director'], roles: ['attended'] },
      { name: 'Wu Xinhui', titles: ['County leaders', 'County CPPCC Vice Chairman'], roles: ['attended'] },
      { name: 'Song Jiaqi', titles: ['County Development And Reform Bureau Party Group Secretary', 'Director'], roles: ['reported'],
        note: "'County Development And Reform Bureau Party Group Secretary, Director Song Jiaqi report ...' (two posts in word order before the name; reported)." },
      { name: 'Zhu Haibin', titles: ['Xiaolong Town Party Committee Secretary'], roles: ['reported'], note: "'successively make statement' (reported)." },
      { name: 'Yan Kaiqiang', titles: ['County Industrial Park Management Committee Director'], roles: ['reported'] },
      { name: 'Luo Tianhe', titles: ['Shigu Guangyao New Energy Company General Manager'], roles: ['reported'] },
      { name: 'Cen Meilin', titles: ['Duty Editor'], roles: ['byline'] },
      { name: 'Duan Hongye', titles: ['Final Judgment'], roles: ['byline'], note: "'Final Judgment:' = MT of the final-review credit (终审), kept verbatim." },
    ],
    themes: [
      'hundred days tackling',
      'Shigu County Project Construction Hundred Days Tackling Action Implementation Plan',
      'ballast stone',
      'accelerator',
      'project is king',
      'three fast',
      'four in place',
      'one project, one leader, one special team, one set of plan',
      'card, take, ask for',
      'one day one dispatch, one week one report, one month one ranking',
    ],
    notes: "County government portal (Shigu) in very machine-like MT: title case on every word of the headline and the header ('Publish Time:', 'Information Source:', 'Visit Times:' without spaces after the colons), missing articles and verb inflection ('our county hold', 'attend meeting and make important speech', 'preside meeting', 'Meeting on,', 'point out,'), odd capitalisation of a post ('Secretary Of The County Party Committee'), posts in Chinese word order before names ('County Party Committee Deputy Secretary, County Mayor Lu Wenqian', 'Xiaolong Town Party Committee Secretary Zhu Haibin'), posts in brackets after names in the 'County leaders' list. Credits 'Duty Editor:' and 'Final Judgment:' (MT of 责任编辑 and 终审). Look-alikes that are not inconsistencies: 'County Mayor' (Lu) vs 'Executive Vice County Mayor' (Deng) vs 'Vice County Mayor' (Gu, Tan: two persons with one wording); 'Secretary Of The County Party Committee' (Xiao) vs 'County Party Committee Deputy Secretary' (Lu); two persons 'County Party Committee Standing Committee Member'. The quoted headline form '\"Hundred Days Tackling\"' is the same theme as the body's lower-case 'hundred days tackling' (listed once). Collective: 'Each township (town) party committee secretary, township (town) head, ...'.",
  },

  '609_lingbei_district_executive_meeting_minutes_table': {
    persons: [
      { name: 'Du Ruoshan', titles: ['District Head', 'Deputy Secretary of the District Party Committee'], roles: ['presided', 'attended', 'spoke'],
        note: "'Du Ruoshan, District Head, presided over' in the lead; first row of the attendee table ('Deputy Secretary of the District Party Committee, District Head', split on ', '); 'stressed at the end of the meeting' (spoke)." },
      { name: 'Jin Haoyu', titles: ['Member of the Standing Committee of the District Party Committee', 'Executive Deputy District Head'], roles: ['attended'],
        note: "Table row; 'Jin Haoyu shall take the lead in ...' is a decision assigning a task, not a role." },
      { name: 'Kang Luyao', titles: ['Deputy District Head'], roles: ['attended'], note: "Table row; 'shall be responsible for ...' (a task, not a role)." },
      { name: 'Ouyang Zhenxi', titles: ['Deputy District Head'], roles: ['attended'], note: "Compound surname Ouyang; table row." },
      { name: 'Fan Lingyue', titles: ['Deputy District Head', 'Director of the Lingbei Public Security Branch'], roles: ['attended', 'spoke'], note: "'Fan Lingyue said that the police will ...' (spoke)." },
      { name: 'Meng Qiyu', titles: ['Secretary-General of the District Government'], roles: ['attended'] },
      { name: 'Cheng Yunfei', titles: ["Deputy Director of the Standing Committee of the District People's Congress"], roles: ['attended'], note: "Row under 'Non-voting attendees:' (attended)." },
      { name: 'Wan Lixin', titles: ['Vice Chairwoman of the District CPPCC'], roles: ['attended'] },
      { name: 'Xue Qinghua', titles: ['Deputy Director of the District Supervisory Commission'], roles: ['attended'] },
      { name: 'Duan Meiqi', titles: ['Director of the District Justice Bureau'], roles: ['attended'] },
      { name: 'Song Wenhai', titles: ['Deputy District Head'], roles: [],
        note: "'On leave: Song Wenhai, Deputy District Head (attending the training course ...)': absent, roles []; the bracket is the reason of absence, not a post." },
      { name: 'Zhou Lingshan', titles: ['Director of the District Housing and Urban-Rural Development Bureau'], roles: ['reported'], note: "'Reported by: X, post' under item I (reported)." },
      { name: 'Lei Xiangdong', titles: ['Director of the District Water Affairs Bureau'], roles: ['reported'] },
      { name: 'Hou Yanting', titles: ['Director of the District Education Bureau'], roles: ['reported'] },
      { name: 'Bao Shiqi', titles: ['Recorder'], roles: ['byline'], note: "'Recorder: X' at the end of the minutes: the person who wrote the minutes (credit label, byline)." },
    ],
    themes: [
      'Lingbei District Urban Village Renovation Implementation Plan (2024-2027)',
      'demolition, renovation and upgrading at the same time',
      'sunshine relocation',
      'Clear Summer',
    ],
    notes: "Minutes of a district government executive meeting published on a government transparency portal (Lingbei District): 'Index number / Issuing agency / Date of issue' line, attendee tables with a header row 'Name   Post' and space-aligned rows ('Attendees:' 6 rows, 'Non-voting attendees:' 4 rows), an 'On leave:' line, numbered decisions each with a 'Reported by: X, post' line, tasks assigned to deputy district heads ('X shall coordinate ...'), 'Recorder:' and 'Sent to:' at the end. Title-case posts. Look-alikes that are not inconsistencies: 'District Head' (Du) vs 'Executive Deputy District Head' (Jin) vs 'Deputy District Head' (Kang, Ouyang, Fan and the absent Song: four persons with one wording); 'Deputy Director' of the people's congress standing committee vs of the supervisory commission; 'Director' of four different bureaus. Collective: 'members of the standing committee of the district party committee, leaders of ...' (Sent to). Non-persons: District Government Office, Provincial Party School.",
  },

  '610_hongliu_county_entrepreneurs_symposium_numbered': {
    persons: [
      { name: 'Qian Jiayao', titles: ['Editor'], roles: ['byline'], note: "'Editor:' in the header line." },
      { name: 'Jiang Weiheng', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'] },
      { name: 'Zhou Shulan', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'], note: "Female county head; 'required' (spoke)." },
      { name: 'Luo Jianfei', titles: ['member of the standing committee of the county party committee', 'head of the United Front Work Department'], roles: ['attended', 'spoke'],
        note: "'responded to the questions raised by the entrepreneurs' (spoke)." },
      { name: 'Shao Yuntao', titles: ['vice county head'], roles: ['attended', 'spoke'], note: "As Luo Jianfei." },
      { name: 'Cen Xiaoqing', titles: ['vice chairwoman of the county CPPCC', 'chairwoman of the county federation of industry and commerce'], roles: ['attended'],
        note: "Two posts joined by ' and '; the ' and ' inside 'industry and commerce' does not split." },
      { name: 'Duan Jinlong', titles: ['chairman of Hongliu Tianyuan Textile Co., Ltd.'], roles: ['spoke'],
        note: "Item 1 of the numbered list under 'The following entrepreneurs spoke at the symposium (in order of speaking):' (spoke); 'suggested'." },
      { name: 'Hao Ruomei', titles: ['general manager of Xinliu Agricultural Products Cold Chain Logistics Co., Ltd.'], roles: ['spoke'] },
      { name: 'Zhang Qiyuan', titles: ['chairman of Hongliu Hengsheng Auto Parts Co., Ltd.'], roles: ['spoke'] },
      { name: 'Yuan Lihua', titles: ['president of the county Young Entrepreneurs Chamber of Commerce'], roles: ['spoke'] },
      { name: 'Gu Chenyang', titles: ['head of the Hongliu branch of the Agricultural Bank of China'], roles: ['spoke'] },
      { name: 'Jin Yaqiong', titles: ['vice president of Hongliu Vocational and Technical College'], roles: ['spoke'], note: "University / college post inside the numbered list." },
      { name: 'Lu Yuhang', titles: ['Text', 'Photo'], roles: ['byline'], note: "'Text: Lu Yuhang   Photo: Lu Yuhang': one person under two labels, two mentions." },
      { name: 'Xing Ziwei', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'Hongliu Entrepreneurs Day',
      'Tax and Loan Link',
      'order class',
      'main force',
      'family members',
      'lifeline',
      'no disturbance unless necessary, on call whenever needed',
      'shop assistants',
      'Enterprise Service Day',
    ],
    notes: "County government portal (Hongliu); header 'Published / From / Editor / Page views', credits 'Text / Photo / Review' at the foot (one person under two labels). Symposium of private entrepreneurs with a numbered list of six speakers in order of speaking ('1. Name, post, suggested ...;'), each with a company, chamber, bank branch or college post; county leaders responded. Look-alikes that are not inconsistencies: 'secretary' vs 'deputy secretary of the county party committee' (two persons); 'vice chairwoman of the county CPPCC' and 'chairwoman of the county federation of industry and commerce' of one person (two posts); 'chairman' of two different companies (Duan Jinlong, Zhang Qiyuan); 'president of the county Young Entrepreneurs Chamber of Commerce' vs 'vice president of Hongliu Vocational and Technical College' (two bodies). Collective: 'the heads of the county development and reform bureau, ...', 'more than 30 private entrepreneurs'. Non-persons: companies, the County Federation of Industry and Commerce (From:).",
  },

  '611_yanbo_city_new_party_secretary_speech': {
    persons: [
      { name: 'Yan Qiuhe', titles: [], roles: ['byline'], note: "'By Yan Qiuhe and He Shaonan | Updated: ...': 'By' is not a credit label (titles [])." },
      { name: 'He Shaonan', titles: [], roles: ['byline'], note: "Surname He, second name of the 'By' line; the text also has the pronouns 'he said' / 'he would'." },
      { name: 'Xiao Jingtang', titles: ['secretary of the Yanbo Municipal Party Committee', 'member', 'Standing Committee member', 'secretary-general of the provincial government'], roles: ['spoke'],
        note: "'was named secretary of the Yanbo Municipal Party Committee' and 'appointed Xiao Jingtang member, Standing Committee member and secretary of the Yanbo Municipal Party Committee' (three posts joined by ', ' and ' and ', verbatim split); former post 'secretary-general of the provincial government' (career post, a title). Being named / appointed is not a role; his speech is quoted over six paragraphs ('said in his first speech', each following paragraph opens with a quotation mark, the last ends with '\" he said') (spoke). The headline 'New Party chief pledges ...' and 'the new secretary's speech' have no name (not mentions)." },
      { name: 'Tong Weiguo', titles: ['secretary of the Yanbo Municipal Party Committee'], roles: ['spoke'],
        note: "The outgoing secretary: 'no longer holds the post of secretary of the Yanbo Municipal Party Committee' (the post he leaves is a title, as in test/holdout appointment notices). Two holders of one post in one text (outgoing and incoming): not a duplicate post. 'thanked ... and said' in a farewell speech (spoke)." },
      { name: 'Mo Shuyan', titles: ['deputy head of the Organization Department of the provincial Party committee'], roles: ['reported'], note: "'read out the decision' (reported)." },
      { name: 'Hou Guangyi', titles: ['member of the Standing Committee of the provincial Party committee', 'head of its Organization Department'], roles: ['attended', 'spoke'],
        note: "'head of its Organization Department' verbatim ('its' = the provincial Party committee's). 'attended the meeting and spoke', 'said' (spoke)." },
      { name: 'Yuan Qingshi', titles: ['deputy secretary of the municipal Party committee', 'mayor of Yanbo'], roles: ['presided'], note: "Passive 'The meeting was presided over by'." },
      { name: 'Su Yuening', titles: ["director of the Standing Committee of the Yanbo Municipal People's Congress"], roles: ['attended'] },
      { name: 'Dong Lisheng', titles: ['chairman of the Yanbo Municipal Committee of the CPPCC'], roles: ['attended'] },
      { name: 'Lin Yuqi', titles: ['deputy secretary of the municipal Party committee'], roles: ['attended'],
        note: "Second deputy secretary of the municipal Party committee (with Yuan Qingshi): not an inconsistency." },
      { name: 'Rao Xiaotong', titles: ['Party secretary of Jiangbei district'], roles: ['spoke'], note: "'said after the meeting' (spoke)." },
      { name: 'Meng Chuyue', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'run the relay well',
      'a strong sense of responsibility',
      'always be a Yanbo person',
      'two establishments',
      'two safeguards',
      'new quality productive forces',
      'Yanbo Speed',
      'Ten Practical Things for the People',
      'vanity projects',
      'down to earth',
    ],
    notes: "English edition of a city newspaper (Yanbo Daily), fluent edited English: headline without a name ('New Party chief pledges to \"run the relay well\" ...'), 'By A and B | Updated:' byline, 'Editor:' at the foot. Cadre meeting announcing the appointment of a new municipal Party secretary: the provincial organization department reads the decision, the outgoing secretary makes a farewell speech, and the new secretary's speech is quoted over six paragraphs in newspaper style (each paragraph opens with a double quotation mark, only the last one closes), with the slogans inside it in single quotation marks. Full-sentence direct speech is not a theme; the single-quoted slogans inside it and the partial double-quoted phrases are. 'run the relay well' occurs quoted (headline) and unquoted (the last quotation). Look-alikes that are not inconsistencies: two holders of 'secretary of the Yanbo Municipal Party Committee' (outgoing Tong Weiguo, incoming Xiao Jingtang); Xiao Jingtang's former post 'secretary-general of the provincial government'; 'Party secretary of Jiangbei district' (a district, another person); two deputy secretaries of the municipal Party committee; 'head of its Organization Department' (Hou) vs 'deputy head of the Organization Department of the provincial Party committee' (Mo). Non-persons: YANBO DAILY, Jiangbei district.",
  },

  '612_nanlu_intermediate_court_work_conference': {
    persons: [
      { name: 'Lei Shuyan', titles: ['Text'], roles: ['byline'], note: "'Text | Lei Shuyan' with a vertical bar, in the header line and again at the foot (two mentions)." },
      { name: 'Gu Mingze', titles: ['Image'], roles: ['byline'], note: "'Image | Gu Mingze', header and foot." },
      { name: 'Kang Yifeng', titles: ['member of the standing committee of the municipal party committee', 'secretary of the municipal political and legal affairs commission'], roles: ['attended', 'spoke'],
        note: "'fully affirmed', 'He stressed', 'He asked' (spoke)." },
      { name: 'Deng Yuhang', titles: ['secretary of the party group', "president of the Nanlu Intermediate People's Court"], roles: ['reported'],
        note: "'made a work report'; 'said in the work report' and 'also pointed out the problems' continue the report (no separate spoke)." },
      { name: 'Cheng Huaiyu', titles: ['member of the party group', "vice president of the Nanlu Intermediate People's Court", 'Audit'], roles: ['presided', 'reported', 'byline'],
        note: "'presided over the meeting'; 'read out the decision ... on commending' (reported); 'Audit: Cheng Huaiyu' in the credits (byline)." },
      { name: 'Jiang Ruolan', titles: ["deputy director of the standing committee of the municipal people's congress"], roles: ['attended'], note: "'were invited to attend the meeting' (attended)." },
      { name: 'Zhan Qiming', titles: ["chief procurator of the Nanlu Municipal People's Procuratorate"], roles: ['attended'] },
      { name: 'Lu Haibo', titles: ['deputy director of the municipal public security bureau'], roles: ['attended'] },
      { name: 'Wu Jiahe', titles: ['Members of the party group of the Intermediate Court', 'vice presidents'], roles: ['attended'],
        note: "The label 'Members of the party group of the Intermediate Court' stands before the whole 4-person list (Wu, Tan, Hou, Xing) and the second label 'vice presidents' before two names; 'were present' (attended)." },
      { name: 'Tan Shuyi', titles: ['Members of the party group of the Intermediate Court', 'vice presidents'], roles: ['attended'] },
      { name: 'Hou Lingfeng', titles: ['Members of the party group of the Intermediate Court', 'head of the discipline inspection and supervision group stationed in the court'], roles: ['attended'] },
      { name: 'Xing Baichuan', titles: ['Members of the party group of the Intermediate Court', 'full-time member of the adjudication committee'], roles: ['attended'] },
      { name: 'Luo Xinyi', titles: ["judge of the civil trial division of the Baiyan District People's Court"], roles: ['spoke'],
        note: "Female judge; 'spoke as a representative of the advanced individuals' (spoke); 'She has concluded ...'." },
      { name: 'Mo Jingqiu', titles: ['Planning'], roles: ['byline'] },
      { name: 'Shen Xiaotang', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Central Political and Legal Work Conference',
      'enforcement of cases involving enterprises',
      'one-stop diversified dispute resolution',
      'three key tasks',
      'stand the test of law, history and the people',
      'three regulations',
      'bridge judge',
    ],
    notes: "Intermediate people's court website (Nanlu Court Network), social-media style credits with vertical bars ('Text | X   Image | Y') in the header line and again at the foot with 'Planning:', 'Editor:', 'Audit:' (the vice president who presided also audits the article). City court work conference: political-legal commission secretary speaks, the court president makes the work report, a vice president presides; people's congress, procuratorate and police invited; label 'Members of the party group of the Intermediate Court' before a 4-person list with a nested label 'vice presidents A and B'; a model judge speaks. Look-alikes that are not inconsistencies: 'president of the Nanlu Intermediate People's Court' (Deng) vs 'vice president of the Nanlu Intermediate People's Court' (Cheng) vs 'vice presidents' (Wu, Tan); 'member of the party group' (Cheng) vs the label 'Members of the party group of the Intermediate Court' (four others); 'deputy director' of the people's congress standing committee vs of the public security bureau (two bodies). 'Presidents of the district and county people's courts made written statements' is collective. Non-persons: Baiyan District People's Court, Nanlu Intermediate People's Court (Source)." ,
  },
};

export const perturbed = {
  '601_qiaoyang_county_leaders_activities_page': {
    edits: [
      { old: 'Dong Peiwen, deputy county head, Meng Xiaolan,', new: 'Dong Peiwei, deputy county head, Meng Xiaolan,' },
      { old: 'Meng Xiaolan said the zone will complete', new: 'Meng Xiaolan, deputy director of the Management Committee of Qiaoyang Economic Development Zone, said the zone will complete' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Dong Peiwen', edit: 0, injected: 'Dong Peiwei',
        orig: { ctx: 'Dong Peiwen, deputy county head; Tong Ruiqi', text: 'Dong Peiwen' },
        description: "The deputy county head Dong Peiwen accompanies the inspection of item 1; in item 2 of the same page (a different news item) the name is misspelt by one letter as 'Dong Peiwei'." },
      { kind: 'rank_conflict', person: 'Meng Xiaolan', edit: 1, injected: 'deputy director of the Management Committee of Qiaoyang Economic Development Zone',
        orig: { ctx: 'Meng Xiaolan, director of the Management Committee of Qiaoyang Economic Development Zone, and', text: 'director of the Management Committee of Qiaoyang Economic Development Zone' },
        description: "Meng Xiaolan accompanies the research as 'director of the Management Committee of Qiaoyang Economic Development Zone' and two paragraphs later is 'deputy director' of the same management committee (development zone body, director vs deputy rank)." },
    ],
  },
  '602_lanpu_city_foreign_affairs_receptions': {
    edits: [
      { old: 'Fan Qiuyue, member of the standing committee of the municipal party committee and secretary-general, attended', new: 'Fan Qiuyue, member of the standing committee and secretary of the municipal party committee, attended' },
      { old: 'Xue Ningbo and He Yuxuan, deputy director', new: 'Xue Ningbo, head of the Municipal Foreign Affairs Office, and He Yuxuan, deputy director' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Fan Qiuyue', edit: 0, injected: 'secretary of the municipal party committee',
        orig: { ctx: 'Song Jiarui, secretary of the municipal party committee, met', text: 'secretary of the municipal party committee' },
        description: "Fan Qiuyue's 'secretary-general' of the municipal party committee is reworded so that he becomes 'secretary of the municipal party committee' in the same paragraph where Song Jiarui holds that unique post (a dropped '-general', a typical translation slip)." },
      { kind: 'title_wording_variant', person: 'Xue Ningbo', edit: 1, injected: 'head of the Municipal Foreign Affairs Office',
        orig: { ctx: 'Xue Ningbo, director of the Municipal Foreign Affairs Office, attended', text: 'director of the Municipal Foreign Affairs Office' },
        description: "The same post of Xue Ningbo is worded 'director of the Municipal Foreign Affairs Office' in item 1 and 'head of the Municipal Foreign Affairs Office' in item 3 (two translations of one post)." },
    ],
  },
  '603_baisui_county_npc_session_elections': {
    edits: [
      { old: 'In his speech, Zhou Boyang, newly elected county head, said', new: 'In his speech, Zhou Boyang, newly elected county magistrate, said' },
      { old: 'Han Shuqiao delivered a speech.', new: "Han Shuqiao, Director of the Standing Committee of the 19th County People's Congress, delivered a speech." },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Zhou Boyang', edit: 0, injected: 'county magistrate',
        orig: { ctx: 'elected Zhou Boyang as county head;', text: 'county head' },
        description: "Zhou Boyang is elected 'county head' and later, in the apposition of his speech, called 'newly elected county magistrate' (two translations of one post; the clean text used 'newly elected county head')." },
      { kind: 'title_capitalization_inconsistency', person: 'Han Shuqiao', edit: 1, injected: "Director of the Standing Committee of the 19th County People's Congress",
        orig: { ctx: "Han Shuqiao as director of the standing committee of the 19th County People's Congress;", text: "director of the standing committee of the 19th County People's Congress" },
        description: "The same post of Han Shuqiao is written 'director of the standing committee of the 19th County People's Congress' in the election paragraph and 'Director of the Standing Committee of the 19th County People's Congress' in the injected apposition of his speech (after the name both times)." },
    ],
  },
  '604_tongle_city_cppcc_session_closing': {
    edits: [
      { old: 'Zhan Wenjing read out the decision', new: 'Zhan Wenjing, deputy secretary-general, read out the decision' },
      { old: 'Peng Shuhui required that the CPPCC organs', new: 'Peng Shuhai required that the CPPCC organs' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Zhan Wenjing', edit: 0, injected: 'deputy secretary-general',
        orig: { ctx: 'and Zhan Wenjing, secretary-general, were seated', text: 'secretary-general' },
        description: "Zhan Wenjing sits on the rostrum as 'secretary-general' of the municipal CPPCC and reads out the decision as 'deputy secretary-general' (same body, deputy vs full rank)." },
      { kind: 'name_spelling_variant', person: 'Peng Shuhui', edit: 1, injected: 'Peng Shuhai',
        orig: { ctx: 'Peng Shuhui, chairman of the municipal CPPCC', text: 'Peng Shuhui' },
        description: "The CPPCC chairman Peng Shuhui (five other mentions) is 'Peng Shuhai' in the last paragraph of his speech (one syllable of the given name changed)." },
    ],
  },
  '605_fengqi_county_discipline_commission_plenary': {
    edits: [
      { old: 'Guan Yifan said in the work report', new: 'Guan Yifan, secretary of the municipal commission for discipline inspection, said in the work report' },
      { old: 'Secretary Kang asked the leaders in charge', new: 'Deputy Secretary Kang asked the leaders in charge' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Guan Yifan', edit: 0, injected: 'secretary of the municipal commission for discipline inspection',
        orig: { ctx: 'secretary of the county commission for discipline inspection and director', text: 'secretary of the county commission for discipline inspection' },
        description: "Guan Yifan delivers the report as 'secretary of the county commission for discipline inspection' but is 'secretary of the municipal commission for discipline inspection' in the next paragraph (county vs municipal level of the same body for one person)." },
      { kind: 'rank_conflict', person: 'Kang Zhenbin', edit: 1, injected: 'Deputy Secretary',
        orig: { ctx: 'Kang Zhenbin, secretary of the county party committee, attended', text: 'secretary of the county party committee' },
        description: "The surname-only address form 'Secretary Kang' becomes 'Deputy Secretary Kang': the county party secretary Kang Zhenbin is given the deputy rank in a surname-only reference (the real deputy secretaries are Zhu Weining and Lei Hongtao)." },
    ],
  },
  '606_sernyi_county_spring_ploughing_grassland_fire': {
    edits: [
      { old: 'Tenzin Phuntsok required,', new: 'Tenzin Phuntsog required,' },
      { old: 'Zuo Hanbing stressed, forest', new: 'County party secretary Zuo Hanbing stressed, forest' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Tenzin Phuntsok', edit: 0, injected: 'Tenzin Phuntsog',
        orig: { ctx: 'Tenzin Phuntsok, deputy secretary', text: 'Tenzin Phuntsok' },
        description: "The Tibetan county head is 'Tenzin Phuntsok' in the lead and 'Tenzin Phuntsog' (final k/g, a common transliteration slip) in the last speech paragraph." },
      { kind: 'title_wording_variant', person: 'Zuo Hanbing', edit: 1, injected: 'County party secretary',
        orig: { ctx: 'Zuo Hanbing, secretary of the county party committee, attended', text: 'secretary of the county party committee' },
        description: "The same post of Zuo Hanbing is worded 'secretary of the county party committee' after the name in the lead and 'County party secretary' before the name in the injected speech paragraph." },
    ],
  },
  '607_puhai_city_overseas_chinese_delegation_fujian': {
    edits: [
      { old: 'Lim Bee Leng hoped that the hometown', new: 'Lim Bee Leng, executive vice president of the association, hoped that the hometown' },
      { old: 'Zhang Liyun said that the municipal federation', new: 'Zhang Liyun, chairwoman of the provincial federation of returned overseas Chinese, said that the municipal federation' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Lim Bee Leng', edit: 0, injected: 'executive vice president of the association',
        orig: { ctx: 'Lim Bee Leng, Executive Vice President of the association', text: 'Executive Vice President of the association' },
        description: "The same post of Lim Bee Leng is written 'Executive Vice President of the association' in the delegation list and 'executive vice president of the association' in the symposium paragraph (after the name both times)." },
      { kind: 'same_person_title_conflict', person: 'Zhang Liyun', edit: 1, injected: 'chairwoman of the provincial federation of returned overseas Chinese',
        orig: { ctx: 'Zhang Liyun, chairwoman of the municipal federation of returned overseas Chinese', text: 'chairwoman of the municipal federation of returned overseas Chinese' },
        description: "Zhang Liyun attends as 'chairwoman of the municipal federation of returned overseas Chinese' and is 'chairwoman of the provincial federation of returned overseas Chinese' later (municipal vs provincial level of the same body), in the very sentence that speaks of the municipal federation." },
    ],
  },
  '608_shigu_county_project_tackling_machine_mt': {
    edits: [
      { old: 'Xiao Jianming point out,', new: 'Xiao Jianming (secretary of the county party committee) point out,' },
      { old: 'Lu Wenqian said, hundred days later', new: 'Vice County Mayor Lu Wenqian said, hundred days later' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Xiao Jianming', edit: 0, injected: 'secretary of the county party committee',
        orig: { ctx: 'Secretary Of The County Party Committee Xiao Jianming', text: 'Secretary Of The County Party Committee' },
        description: "Xiao Jianming's post is 'Secretary Of The County Party Committee' (every word capitalised) in the lead and 'secretary of the county party committee' (lower case, in brackets after the name) in the speech paragraph." },
      { kind: 'rank_conflict', person: 'Lu Wenqian', edit: 1, injected: 'Vice County Mayor',
        orig: { ctx: 'County Party Committee Deputy Secretary, County Mayor Lu Wenqian', text: 'County Mayor' },
        description: "Lu Wenqian presides as 'County Mayor' and is 'Vice County Mayor' before the name in the second-last paragraph (same body, vice vs full rank; the real vice county mayors are Gu Shaoheng and Tan Lixia)." },
    ],
  },
  '609_lingbei_district_executive_meeting_minutes_table': {
    edits: [
      { old: 'On leave: Song Wenhai, Deputy District Head (', new: 'On leave: Song Wenhai, District Head (' },
      { old: 'Jin Haoyu shall take the lead', new: 'Jin Haoyu, Executive Vice District Head, shall take the lead' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Song Wenhai', edit: 0, injected: 'District Head',
        orig: { ctx: 'Du Ruoshan, District Head, presided', text: 'District Head' },
        description: "The absent Song Wenhai ('Deputy District Head' in the clean text) is listed 'On leave' as 'District Head', the unique post of Du Ruoshan who presides over the meeting." },
      { kind: 'title_wording_variant', person: 'Jin Haoyu', edit: 1, injected: 'Executive Vice District Head',
        orig: { ctx: 'Party Committee, Executive Deputy District Head', text: 'Executive Deputy District Head' },
        description: "Jin Haoyu is 'Executive Deputy District Head' in the attendee table and 'Executive Vice District Head' in decision I (Deputy vs Vice for one post)." },
    ],
  },
  '610_hongliu_county_entrepreneurs_symposium_numbered': {
    edits: [
      { old: 'Shao Yuntao, Luo Jianfei and the heads', new: 'Shao Yuntao, vice mayor, Luo Jianfei and the heads' },
      { old: '4. Yuan Lihua, president of the county Young Entrepreneurs Chamber of Commerce,', new: '4. Yuan Lihua, chairman of the county federation of industry and commerce,' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Shao Yuntao', edit: 0, injected: 'vice mayor',
        orig: { ctx: 'Shao Yuntao, vice county head', text: 'vice county head' },
        description: "Shao Yuntao attends as 'vice county head' and responds to the entrepreneurs as 'vice mayor' (county vs municipal government for one person)." },
      { kind: 'duplicate_unique_post', person: 'Yuan Lihua', edit: 1, injected: 'chairman of the county federation of industry and commerce',
        orig: { ctx: 'and chairwoman of the county federation of industry and commerce', text: 'chairwoman of the county federation of industry and commerce' },
        description: "Speaker 4 Yuan Lihua ('president of the county Young Entrepreneurs Chamber of Commerce' in the clean text) is given the post 'chairman of the county federation of industry and commerce', held by Cen Xiaoqing (inside the numbered list)." },
    ],
  },
  '611_yanbo_city_new_party_secretary_speech': {
    edits: [
      { old: 'Xiao Jingtang was named secretary of the Yanbo Municipal Party Committee at a meeting', new: 'Xiao Jingtang was named Party secretary of Yanbo at a meeting' },
      { old: 'Xiao Jingtang, 52, previously served', new: 'Xiao Jintang, 52, previously served' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Xiao Jingtang', edit: 0, injected: 'Party secretary of Yanbo',
        orig: { ctx: 'Standing Committee member and secretary of the Yanbo Municipal Party Committee', text: 'secretary of the Yanbo Municipal Party Committee' },
        description: "In the lead Xiao Jingtang is named 'Party secretary of Yanbo'; the decision read out in the next paragraph appoints him 'secretary of the Yanbo Municipal Party Committee' (two wordings of one post; the injected one comes first)." },
      { kind: 'name_spelling_variant', person: 'Xiao Jingtang', edit: 1, injected: 'Xiao Jintang',
        orig: { ctx: 'appointed Xiao Jingtang member', text: 'Xiao Jingtang' },
        description: "The new secretary Xiao Jingtang is 'Xiao Jintang' (one letter dropped) in the paragraph on his former post." },
    ],
  },
  '612_nanlu_intermediate_court_work_conference': {
    edits: [
      { old: 'Deng Yuhang said in the work report', new: "Deng Yuhang, President of the Nanlu Intermediate People's Court, said in the work report" },
      { old: 'Planning: Mo Jingqiu\nText | Lei Shuyan', new: 'Planning: Mo Jingqiu\nText | Lei Shuyuan' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Deng Yuhang', edit: 0, injected: "President of the Nanlu Intermediate People's Court",
        orig: { ctx: "secretary of the party group and president of the Nanlu Intermediate People's Court", text: "president of the Nanlu Intermediate People's Court" },
        description: "The same post of Deng Yuhang is written 'president of the Nanlu Intermediate People's Court' in the lead and 'President of the Nanlu Intermediate People's Court' in the injected apposition of his report (court president, after the name both times)." },
      { kind: 'name_spelling_variant', person: 'Lei Shuyan', edit: 1, injected: 'Lei Shuyuan',
        orig: { ctx: 'Time: 2025-02-14   Text | Lei Shuyan', text: 'Lei Shuyan' },
        description: "The text credit is 'Lei Shuyan' in the header line and 'Lei Shuyuan' in the repeated credits at the foot (byline name misspelt by one syllable)." },
    ],
  },
};
