// Source of the tenth held-out set gold (test/holdout10). `node test/goldkit/build-set.mjs test/holdout10` turns this
// file into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Secretary Lin" / "Mayor Deng": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout/README.md, test/holdout2/README.md, test/holdout3/README.md, plus
// the decisions listed in README.md of this folder):
// - "Secretary Lin", "Mayor Deng", "Secretary Luo": the surname is the mention; the address form is not a separate
//   title (the full post is given elsewhere in the same text). No text uses a bare surname ("Zhu said").
// - Group labels ("County leaders", "City leaders", "District leaders", "vice mayors", "Executive chairmen of the
//   presidium", "members of the presidium", "vice chairmen of the county CPPCC") are titles of every listed person.
// - Posts joined by " and " / ", " are split; a comma or " and " inside an organisation name never splits
//   ("general manager of Hengcheng Jinhua Chemical Co., Ltd.", "County agriculture and rural affairs bureau director").
// - Byline labels are titles ("Correspondent", "Reporter", "Photo", "Text", "Editor", "Review", "Reviewer"). "Author:"
//   (1004) and the newspaper "By" (1006) are field names, not credit labels: titles [], role byline.
// - Career posts (Luo Zhengtao's former posts, 1012) and the post a person no longer holds (Xiao Hongwen, 1012)
//   are titles. An occupation without a post ("a teacher of Hetang Central Primary School", 1007) is not a title.
// - "made statements", "read out", "briefed", "introduced", "announced the decision", "did report", "gave a
//   presentation" = reported; "made arrangements", "made an exchange speech", "pointed out", "stressed", "asked",
//   "required", "said" (as a new statement) = spoke; "sat / were seated on the rostrum", "was invited to attend",
//   "accompanied the investigation", "signed an agreement at the conference" = attended.
// - A "Name said / pointed out ..." sentence that gives the content of the person's own report adds no `spoke`.
// - Every double-quoted phrase is a theme, except full-sentence direct speech attributed with "said" (1006, 1012);
//   also named sessions, campaigns and thought.

export const reports = {
  '1001_yanxi_county_standing_committee_meeting': {
    persons: [
      { name: 'Zhou Hanlin', titles: ['secretary of the county party committee'], roles: ['presided', 'spoke'],
        note: "'presided over the 68th standing committee meeting'; 'stressed', 'required' (spoke)." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'General Secretary Xi Jinping' twice; only referred to." },
      { name: 'Tan Yuxiang', titles: ['County leaders', 'deputy secretary of the county party committee', 'county head'], roles: ['attended', 'reported', 'spoke'],
        note: "First in the label list 'County leaders A, B, ... and G attended'; 'The meeting listened to the report of Tan Yuxiang, ...' (reported); 'Tan Yuxiang asked the county government departments' (spoke)." },
      { name: 'Meng Shuhua', titles: ['County leaders', 'member of the standing committee of the county party committee', 'executive deputy county head'], roles: ['attended', 'reported'] },
      { name: 'Lu Jiancheng', titles: ['County leaders', 'member of the standing committee of the county party committee', 'secretary of the county commission for discipline inspection'], roles: ['attended', 'reported'],
        note: "'briefed on' (reported)." },
      { name: 'Gu Xiaoting', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Qian Weidong', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Cheng Fangyu', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Hou Zhenbang', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Xing Ruiming', titles: ["director of the standing committee of the county people's congress"], roles: ['attended'], note: "'attended the meeting as non-voting participants'." },
      { name: 'Kang Lijuan', titles: ['chairwoman of the county CPPCC'], roles: ['attended'] },
      { name: 'Bao Yiting', titles: ['Editor'], roles: ['byline'] },
      { name: 'Rao Kaiwen', titles: ['Review'], roles: ['byline'], note: "Credit label 'Review:' in the parenthesised foot line." },
    ],
    themes: [
      'Party Discipline Learning and Education',
      'high-quality development',
      'long teeth',
      'three summers',
      'prevention first, combining prevention with extinguishing',
      'three rural issues',
      'reduced in quantity and improved in quality',
      'leaving marks',
      'centralized rectification of formalism to reduce burdens at the grassroots',
    ],
    notes: "County government portal, plain MT: 'Current location:' breadcrumb, 'Release time / Source / Views' line, credits in parentheses at the foot ('(Editor: X   Review: Y)'). County party standing committee meeting (expanded) with three agenda reports (spring sowing, forest fire prevention, burden reduction). Label 'County leaders' before a 7-name list; the first three of the list are later given their full posts. 'county head' (Tan Yuxiang) vs 'executive deputy county head' (Meng Shuhua): different persons, not a rank conflict. Two persons are 'member of the standing committee of the county party committee' (Meng Shuhua, Lu Jiancheng): not an inconsistency. The unnamed 'principal responsible comrades of each township' and 'Heads of relevant departments' are not persons.",
  },

  '1002_qiaoyang_municipal_government_executive_meeting': {
    persons: [
      { name: 'Chen Boyuan', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'],
        note: "Name in the headline (a mention). 'pointed out', 'stressed' (spoke)." },
      { name: 'Song Hengbo', titles: ['member of the standing committee of the municipal party committee', 'executive vice mayor'], roles: ['attended'] },
      { name: 'Liang Xuefeng', titles: ['vice mayors'], roles: ['attended', 'spoke'],
        note: "Lower-case plural label in the middle of a sentence ('vice mayors Liang Xuefeng, Jing Yanhong and He Zhaolin'); later 'Liang Xuefeng, who is in charge of the water conservancy work, made arrangements' (spoke; the relative clause is not a post)." },
      { name: 'Jing Yanhong', titles: ['vice mayors'], roles: ['attended'] },
      { name: 'He Zhaolin', titles: ['vice mayors'], roles: ['attended'] },
      { name: 'Ding Haoran', titles: ['secretary-general of the municipal government'], roles: ['attended'] },
      { name: 'Zhu Peiyuan', titles: ['vice chairman of the municipal CPPCC'], roles: ['attended'], note: "'was invited to attend the meeting' (attended)." },
      { name: 'Cui Mingyang', titles: ['director of the Municipal Water Resources Bureau'], roles: ['reported'] },
      { name: 'Yuan Qiwen', titles: ['director of the Municipal Development and Reform Commission'], roles: ['reported'] },
      { name: 'Lei Xiaodong', titles: ['deputy secretary-general of the municipal government'], roles: ['reported'] },
      { name: 'Wan Qiuyue', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Xue Hanyu', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'large-scale equipment renewal and trade-in of consumer goods',
      'people first, life first',
      'no death, few injuries',
      'intelligent transformation and digital transformation',
      'obtaining electricity',
      'registering property',
      'efficiently doing one thing',
      'relatives',
    ],
    notes: "Municipal government portal, plain MT: 'Home | Government Affairs | Executive Meetings', 'Date / Source / Hits / [Print] [Close]', headline with the mayor's name, credits in parentheses at the foot. Municipal government executive meeting with three agenda items. 'mayor' (Chen Boyuan) vs 'executive vice mayor' (Song Hengbo) vs 'vice mayors' (three others), and 'secretary-general' (Ding Haoran) vs 'deputy secretary-general of the municipal government' (Lei Xiaodong): different persons, not inconsistencies. 'relatives' is a quoted one-word theme. Non-persons: Qiaoyang (city), Municipal Government Office (source).",
  },

  '1003_xiling_district_work_safety_conference': {
    persons: [
      { name: 'Long Xiaozhe', titles: ['Correspondent'], roles: ['byline'], note: "'Correspondent: A, B' at the top: one label for two names." },
      { name: 'Tong Jiawei', titles: ['Correspondent'], roles: ['byline'] },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'General Secretary Xi Jinping's important expositions' (possessive outside the span); only referred to." },
      { name: 'Lin Zhaohui', surnameIn: ['Secretary Lin'], titles: ['member of the standing committee of the Hengcheng Municipal Party Committee', 'secretary of the district party committee'], roles: ['attended', 'spoke'],
        note: "A district party secretary who is also on the municipal standing committee (two compatible posts at two levels). 'pointed out' (spoke); surname-only 'Secretary Lin required' (span 'Lin')." },
      { name: 'Yuan Jiantao', titles: ['deputy secretary of the district party committee', 'district head'], roles: ['presided', 'spoke'],
        note: "'asked' (spoke); 'signed the ... responsibility letters' is part of the meeting he presided." },
      { name: 'Duan Xiaojun', titles: ['District leaders', 'member of the standing committee of the district party committee', 'deputy district head'], roles: ['attended', 'reported', 'spoke'],
        note: "'made a report on the work safety situation in 2024' (reported) 'and made arrangements for the work in 2025' (spoke)." },
      { name: 'Chu Yifan', titles: ['District leaders'], roles: ['attended'] },
      { name: 'Lei Minghua', titles: ['District leaders'], roles: ['attended'] },
      { name: 'Guan Shuying', titles: ['Director of the District Emergency Management Bureau'], roles: ['reported'],
        note: "Title case post after the name; 'read out the notice' (reported). 'After the meeting, Guan Shuying led the inspection team' is a mention without a role." },
      { name: 'An Zhiqiang', titles: ['captain of the district fire rescue brigade'], roles: ['reported'], note: "'briefed on' (reported)." },
      { name: 'Ge Wenliang', titles: ['secretary of the party working committee of Hongqiao Street'], roles: ['reported'], note: "'made statements respectively' (reported)." },
      { name: 'Zuo Haiyang', titles: ['general manager of Hengcheng Jinhua Chemical Co., Ltd.'], roles: ['reported'],
        note: "The company name contains ', ' ('Co., Ltd.'): one title, not split; the final period belongs to 'Ltd.'." },
      { name: 'Mo Siqi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'nine small places',
      'lifeline',
      'safety first, prevention first',
      'three musts',
      'three lists',
      'carpet-style',
      'two sessions',
      'three-year action of the fundamental improvement of work safety',
    ],
    notes: "District government portal, plain MT: breadcrumb, 'Correspondent: A, B   Date   Source   Visits' line at the top, 'Editor:' at the foot. District work safety and fire safety conference. Lin Zhaohui is 'member of the standing committee of the Hengcheng Municipal Party Committee and secretary of the district party committee': a municipal post and a district post held together, not a conflict. 'district head' (Yuan Jiantao) vs 'deputy district head' (Duan Xiaojun): different persons. 'Director of the District Emergency Management Bureau' is title-case and is her only post wording in the clean text. Non-persons: Hongqiao Street, Hengcheng Jinhua Chemical Co., Ltd., the unnamed 'principal persons in charge of 9 streets and towns'.",
  },

  '1004_cangling_city_ecological_environment_conference': {
    persons: [
      { name: 'Dong Shiyu', titles: [], roles: ['byline'], note: "'Author: Dong Shiyu' in the date line: a field name, not a credit label (titles [])." },
      { name: 'Fan Dongsheng', titles: ['secretary of the municipal party committee'], roles: ['attended', 'spoke'] },
      { name: 'Bao Zhenyu', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'], note: "'required' (spoke)." },
      { name: 'Jiang Shiwen', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Shen Kuanhe', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Ouyang Rui', titles: ['City leaders'], roles: ['attended'], note: 'Compound surname Ouyang with a one-syllable given name.' },
      { name: 'Xi Jinping', titles: [], roles: [], note: "Only inside the theme 'Xi Jinping Thought on Ecological Civilization' (a mention; no post given)." },
      { name: 'Rao Meiling', titles: ['vice mayor'], roles: ['reported'] },
      { name: 'Jin Taoran', titles: ['director of the Municipal Ecology and Environment Bureau'], roles: ['reported', 'spoke'],
        note: "'briefed on' (reported); 'answered the questions of the county representatives' (spoke)." },
      { name: 'Su Yanbin', titles: ['secretary of the Lingxi County Party Committee'], roles: ['reported'] },
      { name: 'Qian Xiaojing', titles: ['head of Dongtan District'], roles: ['reported'] },
      { name: 'Zhan Mingli', titles: ['chairman of Cangling Hongda Paper Co., Ltd.'], roles: ['reported'], note: "'Co., Ltd.' inside the company name: one title." },
      { name: 'Deng Keyi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Xi Jinping Thought on Ecological Civilization',
      'lucid waters and lush mountains are invaluable assets',
      'perfunctory rectification',
      'false rectification',
      'surface rectification',
      'blue sky, clear water and pure land',
      'river chief system',
      'lake chief system',
      'zero tolerance',
      'third round of central ecological environment protection inspection',
    ],
    notes: "City newspaper site (Cangling Daily), plain MT: masthead, breadcrumb, date / source / 'Author:' line, 'Editor:' at the foot. Ecological environment protection conference combined with an inspection rectification meeting. 'secretary of the municipal party committee' (Fan Dongsheng) vs 'secretary of the Lingxi County Party Committee' (Su Yanbin): different persons at different levels. 'mayor' vs 'vice mayor': different persons. 'should be sold only after the acceptance is passed' is literal MT of closing an item (no person). Non-persons: Lingxi County, Dongtan District, Cangling Hongda Paper Co., Ltd.",
  },

  '1005_songgao_county_rural_revitalization_literal_mt': {
    persons: [
      { name: 'Wan Jianguo', titles: ['County party committee secretary'], roles: ['attended', 'spoke'],
        note: "Literal MT 'County party committee secretary Wan Jianguo attend meeting and make speech'; 'point out', 'stress' (spoke)." },
      { name: 'Jing Shaohua', titles: ['County party committee deputy secretary', 'county magistrate'], roles: ['presided', 'spoke'],
        note: "Two posts joined by ', ' before the name; 'when preside meeting require' (spoke)." },
      { name: 'Hao Yunfei', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Cheng Lixia', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Du Haoyang', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Xue Dongmei', titles: ['county party committee standing committee member', 'deputy county magistrate'], roles: ['reported'], note: "'do report about' (reported)." },
      { name: 'Mo Chenglin', titles: ['County agriculture and rural affairs bureau director'], roles: ['reported'],
        note: "Title before the name in word order, ' and ' inside the bureau name (not split); 'read out commendation decision' (reported)." },
      { name: 'Tong Baoquan', titles: ['Dazhuang Town party committee secretary'], roles: ['spoke'], note: "'make exchange speech' (spoke)." },
      { name: 'Rao Xinhua', titles: ['Shiqiao Village party branch secretary'], roles: ['spoke'] },
      { name: 'Kang Yuting', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Du Zhenhai', titles: ['Photo'], roles: ['byline'] },
      { name: 'Zhu Lanlan', titles: ['Editor'], roles: ['byline'] },
      { name: 'Hou Xiaochuan', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'three rural',
      'village collective + cooperative + farmer',
      '14th Five-Year Plan',
      'two bottom lines',
      'Ten Million Project',
      'nail nail spirit',
      'harmonious beautiful countryside',
      'two committees',
      'head goose',
    ],
    notes: "County convergence-media site, very literal MT ('attend meeting and make speech', 'preside meeting', 'do report about', 'Meeting on,', 'Want ...', '68.3 ten thousand mu'). All leader titles before the names in word order except Xue Dongmei's (after the name). 'County party committee secretary' (Wan Jianguo) vs 'County party committee deputy secretary' (Jing Shaohua), 'county magistrate' vs 'deputy county magistrate' (Xue Dongmei): different persons. Two persons share the surname Du (Du Haoyang, Du Zhenhai). Non-persons: Dazhuang Town, Shiqiao Village, the unnamed 'Each township party committee secretary, township head'.",
  },

  '1006_nanshao_city_investment_promotion_conference_edited': {
    persons: [
      { name: 'Zhang Yiwen', titles: [], roles: ['byline'], note: "Newspaper byline 'By Zhang Yiwen | Updated: ...': 'By' is not a credit label (titles [])." },
      { name: 'Zhu Wenyao', titles: ['Nanshao Party Secretary'], roles: ['spoke'],
        note: "Edited English, title before the name ('Nanshao Party Secretary Zhu Wenyao told ...'); the full-sentence quotation is direct speech, not a theme." },
      { name: 'Deng Yiqun', surnameIn: ['Mayor Deng'], titles: ['mayor of Nanshao'], roles: ['presided', 'spoke'],
        note: "Female; passive 'was presided over by Deng Yiqun, mayor of Nanshao'; surname-only 'Mayor Deng said' (spoke), 'She urged'." },
      { name: 'Cen Xiaohui', titles: ['deputy director-general of the Hengnan Provincial Department of Commerce'], roles: ['attended', 'spoke'] },
      { name: 'Xiao Jingyi', titles: ['Vice-Mayor'], roles: ['reported'], note: "Hyphenated 'Vice-Mayor' before the name; 'gave a presentation on' (reported)." },
      { name: 'Hao Zhenlong', titles: ["group's chairman"], roles: ['spoke'],
        note: "'The group's chairman, Hao Zhenlong, said' (descriptive newspaper title kept verbatim without the article, as 'province's top legislator' in holdout3)." },
      { name: 'Zhan Liwei', titles: ['head of Xinpu District'], roles: ['reported'],
        note: "'introduced the district's plan' (reported); 'Zhan Liwei said the district had reserved' continues the introduction (no separate spoke)." },
      { name: 'Gu Shuolan', titles: ['vice-president of Lingxin Semiconductor Technology'], roles: ['attended'], note: "Signed an agreement at the conference (attended)." },
      { name: 'Ding Ruohan', titles: ['director of the Nanshao Municipal Bureau of Commerce'], roles: ['attended'] },
      { name: 'Lu Tianyu', titles: ['Photo'], roles: ['byline'] },
      { name: 'Song Kexin', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'nanny-style',
      'efficient and sincere',
      'new energy materials valley',
      'project chief',
      "treat investors' business as our own business",
    ],
    notes: "English edition of a city newspaper, fluent edited English: 'Home > Business > Investment', headline without a name, 'By X | Updated:' byline, currency conversion, 'Photo:' and 'Editor:' at the foot. Investment promotion conference. Titles in newspaper style: 'Nanshao Party Secretary', 'Vice-Mayor', 'The group's chairman'. Two full-sentence quotations ('Whatever we promise ...', 'We visited eight cities ...') are direct speech, not themes. 'mayor of Nanshao' (Deng Yiqun) vs 'Vice-Mayor' (Xiao Jingyi): different persons. Non-persons: Zhongrui New Materials Group, Lingxin Semiconductor Technology, Hengnan Province, Xinpu District.",
  },

  '1007_baoxi_county_education_conference_teachers_day': {
    persons: [
      { name: 'Xiao Guoliang', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'], note: "'extended holiday greetings', 'pointed out', 'stressed' (spoke)." },
      { name: 'Dong Yaping', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['presided', 'spoke'] },
      { name: 'Jiang Ruoyu', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Fan Xiuqin', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Gu Weiming', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Chu Hongmei', titles: ['vice county head'], roles: ['reported'], note: "'read out the decision on commending' (reported)." },
      { name: 'Yan Jinsong', titles: ['director of the County Education and Sports Bureau'], roles: ['reported'] },
      { name: 'Shao Mingde', titles: ['principal of Baoxi No. 1 Middle School'], roles: ['spoke'], note: "'spoke on behalf of the advanced schools'; 'said that the school will' (spoke)." },
      { name: 'Zuo Lanxin', titles: [], roles: ['spoke'],
        note: "'a teacher of Hetang Central Primary School who has taught in the mountains for 31 years' is an occupation, not a post (titles []); 'spoke on behalf of the teachers'." },
      { name: 'Hou Yanan', titles: ['Text'], roles: ['byline'] },
      { name: 'Lei Mingkuan', titles: ['Photo'], roles: ['byline'] },
      { name: 'Shen Meiling', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'National Education Conference',
      'giving priority to the development of education',
      'strong education county',
      'cultivating people by virtue',
      'double reduction',
      'educator spirit',
      'stay, teach well and have a future',
    ],
    notes: "County government portal, plain MT: breadcrumb, 'Time / Source / Hits' line, 'Text: X   Photo: Y' and 'Editor:' at the foot. Education work conference combined with a Teachers' Day commendation meeting. 'County leaders presented certificates' (no names) is not a title of anyone. 'county head' (Dong Yaping) vs 'vice county head' (Chu Hongmei): different persons. A teacher without a post (Zuo Lanxin) speaks. Non-persons: Baoxi No. 1 Middle School, Hetang Central Primary School.",
  },

  '1008_linfeng_city_health_work_conference': {
    persons: [
      { name: 'Tan Meijuan', titles: ['vice mayor'], roles: ['attended', 'spoke'] },
      { name: 'Peng Yixuan', titles: ['Party Secretary', 'Director of the Municipal Health Commission'], roles: ['reported'],
        note: "'Party Secretary and Director of the Municipal Health Commission' = two posts (the party secretary of the commission and its director), title case. 'made a work report' (reported); 'Peng Yixuan pointed out' and 'He put forward' give the content of his report (no separate spoke)." },
      { name: 'He Guozhen', titles: ['deputy director of the Municipal Health Commission'], roles: ['presided', 'spoke'],
        note: "Surname He at the start of a sentence; also the pronoun 'He put forward' (Peng Yixuan), not a mention. 'said when presiding over the meeting' (spoke)." },
      { name: 'Cui Haoming', titles: ["president of Linfeng First People's Hospital"], roles: ['reported'], note: "'introduced the experience' (reported); he later signs an agreement." },
      { name: 'Lu Weiqi', titles: ['director of Xiaohe County Health Bureau'], roles: ['reported'] },
      { name: 'Su Xiaoran', titles: ['secretary of the Party Committee of Linfeng Maternal and Child Health Hospital'], roles: ['spoke'], note: "'made an exchange speech' (spoke)." },
      { name: 'Kang Ziwen', titles: ['director of the Municipal Healthcare Security Administration'], roles: ['spoke'], note: "'made arrangements for' (spoke)." },
      { name: 'Yan Xiaoyu', titles: ['Editor'], roles: ['byline'] },
      { name: 'Ding Zhenghong', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'Healthy Linfeng',
      'improving quality and efficiency',
      "people's health as the center",
      'three medical linkages',
      'difficult and expensive medical treatment',
      'one-to-one',
    ],
    notes: "Municipal health commission site, plain MT: 'Location:' breadcrumb, 'Release date / Source / Number of views / [Large Medium Small]', 'Editor:   Reviewer:' at the foot. City health work conference. 'Director of the Municipal Health Commission' (Peng Yixuan, title case) vs 'deputy director of the Municipal Health Commission' (He Guozhen, lower-case 'deputy director'): different persons and ranks, not an inconsistency. 'Party Secretary' is Peng Yixuan's party post inside the commission, not the city's party secretary. Non-persons: Linfeng First People's Hospital, Xiaohe County People's Hospital.",
  },

  '1009_meixi_county_party_secretary_research_visit': {
    persons: [
      { name: 'Hou Jianming', titles: ['secretary of the county party committee'], roles: ['spoke'],
        note: "Name in the headline; research visit (no meeting role other than his instructions: 'encouraged', 'asked', 'required', 'pointed out', 'stressed' = spoke)." },
      { name: 'Du Wenjie', titles: ['County leaders'], roles: ['attended'], note: "'accompanied the investigation' (attended)." },
      { name: 'Luo Peiqing', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Zhu Yongfa', titles: ['secretary of the party branch of Shanxia Village'], roles: ['reported'], note: "'introduced that' (reported)." },
      { name: 'Chu Lingyun', titles: ['chairman of the company'], roles: ['reported', 'spoke'],
        note: "'chairman of the company' is the verbatim post (the company is named in the sentence before). 'listened to the report of' (reported); 'Chu Lingyun said that the company plans' is a new statement after the secretary's request (spoke)." },
      { name: 'Ge Jiawen', titles: ['project manager of the construction unit'], roles: ['reported'], note: "'learned ... about the project progress from Ge Jiawen' (reported)." },
      { name: 'Kang Shuwen', titles: ['secretary of the party committee of Lianhe Town'], roles: ['reported'],
        note: "'listened to the work report of' (reported); 'Kang Shuwen said that the town has divided 46 grids' continues the report (no separate spoke)." },
      { name: 'Yuan Xiaodi', titles: ['Reporter'], roles: ['byline'], note: "'Reporter: Yuan Xiaodi   Xing Bo': one label, two names separated by spaces." },
      { name: 'Xing Bo', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Jin Yuhan', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'party branch + cooperative + farmers',
      'tea article',
      'quality, safety and progress',
      'grid + police',
      'green development',
      'Ten Million Project',
      'urgent, difficult and anxious',
    ],
    notes: "County convergence-media site, plain MT: breadcrumb 'Leadership Activities', headline with the secretary's name, 'Source / Date / Reads' line, 'Reporter:' with two space-separated names and 'Editor:' at the foot. Research visit of the county party secretary to a town (village, enterprise, construction site, governance center). 'secretary of the county party committee', 'secretary of the party committee of Lianhe Town' and 'secretary of the party branch of Shanxia Village' are three different bodies held by three persons. No town head is named. Non-persons: Meixi Xinlv Tea Industry Co., Ltd., Lianhe Town, Shanxia Village, Meixi-Baitan highway.",
  },

  '1010_jiangrao_municipal_peoples_congress_closing': {
    persons: [
      { name: 'Tong Shujie', titles: ['executive chairman of the presidium of the session', "director of the standing committee of the municipal people's congress"], roles: ['presided'],
        note: "Passive 'The session was presided over by Tong Shujie, ...'; also presided over the oath ceremony; 'announced that the session had ... closed' is part of presiding." },
      { name: 'Xue Mingzhe', titles: ['Executive chairmen of the presidium', "vice directors of the standing committee of the municipal people's congress"], roles: ['attended'],
        note: "Two group labels: 'Executive chairmen of the presidium A, B and C' (before the list) and 'A, B and C, vice directors of the standing committee ...' (after the run)." },
      { name: 'Jin Aiping', titles: ['Executive chairmen of the presidium', "vice directors of the standing committee of the municipal people's congress"], roles: ['attended'] },
      { name: 'Zuo Chunlei', titles: ['Executive chairmen of the presidium', "vice directors of the standing committee of the municipal people's congress"], roles: ['attended'] },
      { name: 'Shao Jianhua', titles: ['members of the presidium', 'secretary of the municipal party committee'], roles: ['attended', 'spoke'], note: "'were seated on the rostrum' (attended); 'delivered a speech' (spoke)." },
      { name: 'Guan Yilin', titles: ['members of the presidium', 'deputy secretary of the municipal party committee', 'mayor'], roles: ['attended', 'spoke'] },
      { name: 'Yuan Ziqiang', titles: ['members of the presidium', 'chairman of the municipal CPPCC'], roles: ['attended'] },
      { name: 'Qian Haifeng', titles: ['vice mayor of the municipal people\'s government'], roles: [],
        note: "Elected at the session ('elected Qian Haifeng as vice mayor of the municipal people's government'); took the oath. Being elected is not one of the five roles (roles [])." },
      { name: 'Hao Linyu', titles: ["president of the Jiangrao Intermediate People's Court"], roles: [], note: 'Elected court president; roles [] as Qian Haifeng.' },
      { name: 'Meng Qingrui', titles: ["chief procurator of the Jiangrao Municipal People's Procuratorate"], roles: [], note: 'Elected chief procurator; roles [] as Qian Haifeng.' },
      { name: 'Liang Shuyue', titles: ['Text'], roles: ['byline'] },
      { name: 'Zhan Yifei', titles: ['Photo'], roles: ['byline'] },
    ],
    themes: [
      'Fourth Session of the 16th Jiangrao Municipal People\'s Congress',
      'seeking progress while maintaining stability',
      "whole-process people's democracy",
      'ten practical things for the people',
    ],
    notes: "Municipal people's congress site, plain MT: breadcrumb with '>>', 'Publish date / Source / Views', 'Text:   Photo:' at the foot. Closing meeting of a municipal people's congress session with elections (vice mayor, court president, chief procurator) and an oath ceremony. 'executive chairman of the presidium of the session' (Tong Shujie, singular) vs 'Executive chairmen of the presidium' (three others, plural label): different persons. 'director of the standing committee of the municipal people's congress' (Tong Shujie) vs 'vice directors of the standing committee ...' (three others): different persons and ranks. 'mayor' (Guan Yilin) vs 'vice mayor of the municipal people's government' (Qian Haifeng): different persons. The second 'attended the meeting' sentence repeats persons already on the rostrum (their labels are both titles). Non-persons: Jiangrao Grand Theater, Jiangrao Daily.",
  },

  '1011_yuling_county_cppcc_session_opening': {
    persons: [
      { name: 'Jiang Weihong', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'] },
      { name: 'Su Qinghe', titles: ['deputy secretary of the county party committee', 'county head'], roles: ['attended'] },
      { name: 'Lu Mingxuan', titles: ["director of the standing committee of the county people's congress"], roles: ['attended'] },
      { name: 'Zhan Guoping', titles: ['Chairman of the County CPPCC'], roles: ['attended', 'reported'],
        note: "Title case post before the name ('Chairman of the County CPPCC Zhan Guoping ... sat on the rostrum'); 'delivered the work report of the standing committee' (reported)." },
      { name: 'An Xiaoyu', titles: ['vice chairmen of the county CPPCC'], roles: ['attended', 'presided'], note: "Surname An; 'The opening meeting was presided over by An Xiaoyu' (presided)." },
      { name: 'Guan Dehai', titles: ['vice chairmen of the county CPPCC'], roles: ['attended'] },
      { name: 'Cen Liping', titles: ['vice chairmen of the county CPPCC'], roles: ['attended'] },
      { name: 'Fan Jiayi', titles: ['vice chairmen of the county CPPCC'], roles: ['attended', 'reported'], note: "'reported on the handling of proposals' (reported)." },
      { name: 'Tong Ruimin', titles: ['Secretary-General'], roles: ['attended'], note: "'Secretary-General Tong Ruimin' (of the county CPPCC) before the name." },
      { name: 'He Yuxin', titles: ['Reporter'], roles: ['byline'], note: "Byline name with the surname He; the pronoun 'He fully affirmed' (Jiang Weihong) is not a mention." },
      { name: 'Jin Lele', titles: ['Photo'], roles: ['byline'] },
      { name: 'Cheng Xinyi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Fourth Session of the 11th CPPCC Yuling County Committee',
      'three first-class',
      'members entering the grassroots',
      'Chinese modernization',
      'specialized consultative body',
      'golden ideas',
      'practical measures',
      'every proposal has an echo',
    ],
    notes: "County CPPCC site, plain MT: breadcrumb, 'Date / From / Clicks', 'Reporter:   Photo:' and 'Editor:' at the foot. Opening meeting of a county CPPCC session (work report of the standing committee, report on proposals, speech of the county party secretary). 'Chairman of the County CPPCC' (Zhan Guoping, title case, before the name) vs 'vice chairmen of the county CPPCC' (four others, lower-case plural label): different persons and ranks, not a capitalisation or rank inconsistency. 'Zhan Guoping and other leaders visited' is generic. Non-persons: the county convention center, Office of the County CPPCC.",
  },

  '1012_yuexi_county_cadres_meeting_appointment_edited': {
    persons: [
      { name: 'Song Yulan', titles: ['member of the Standing Committee of the Hongzhou Municipal Party Committee', 'head of its Organization Department'], roles: ['attended', 'spoke'],
        note: "Female ('She described him'); 'head of its Organization Department' kept verbatim ('its' = the municipal party committee)." },
      { name: 'Jiang Huimin', titles: ['deputy head of the Organization Department of the Hongzhou Municipal Party Committee'], roles: ['reported'], note: "'announced the decision' (reported)." },
      { name: 'Luo Zhengtao', surnameIn: ['Secretary Luo'], titles: ['member', 'standing committee member', 'secretary of the Yuexi County Party Committee', 'deputy secretary-general of the Hongzhou municipal government', 'director of the Hongzhou Development and Reform Commission'], roles: ['spoke'],
        note: "Appointed 'a member, standing committee member and secretary of the Yuexi County Party Committee' (three posts split on ', ' and ' and ', leading article dropped); two former posts ('served as ... before the appointment') are career titles. Surname-only 'Secretary Luo pledged' (span 'Luo')." },
      { name: 'Xiao Hongwen', titles: ['secretary of the Yuexi County Party Committee'], roles: ['spoke'],
        note: "Outgoing secretary ('no longer serves as secretary of the Yuexi County Party Committee'): the post he is leaving is his title; 'said in his farewell speech' (spoke)." },
      { name: 'Su Weiping', titles: ['deputy secretary of the Yuexi County Party Committee', 'county head'], roles: ['presided', 'spoke'] },
      { name: 'Cui Yanan', titles: ["director of the standing committee of the county people's congress"], roles: ['attended'] },
      { name: 'Hao Guangming', titles: ['chairman of the county CPPCC'], roles: ['attended'] },
      { name: 'Meng Xiaoyan', titles: ['Text'], roles: ['byline'] },
      { name: 'Duan Haoran', titles: ['Photo'], roles: ['byline'] },
      { name: 'Ding Shuyi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'politically firm, familiar with economic work and courageous in taking responsibility',
      'key counties for rural revitalization assistance',
      'learn Yuexi, love Yuexi and serve Yuexi',
      'central eight-point regulations',
    ],
    notes: "English channel of a city news portal, edited English: 'Home / Local News / Yuexi', headline without a name, a date line without a byline, 'Text:   Photo:   Editor:' at the foot. Leading cadres meeting announcing the appointment of a new county party secretary. Look-alike: Luo Zhengtao (incoming) and Xiao Hongwen (outgoing) are both given 'secretary of the Yuexi County Party Committee' - the announced change of the holder, NOT a duplicate_unique_post. Su Weiping is 'deputy secretary of the Yuexi County Party Committee': a different person and rank. The full-sentence quotation 'I will always put the people ...' is direct speech, not a theme. Non-persons: Hongzhou Online, Hongzhou Municipal Party Committee, Yuexi County.",
  },
};

export const perturbed = {
  '1001_yanxi_county_standing_committee_meeting': {
    edits: [
      { old: 'On the implementation of the meeting spirit, Tan Yuxiang asked', new: 'On the implementation of the meeting spirit, Tan Yuxiang, deputy county head, asked' },
      { old: 'Zhou Hanlin stressed that leading cadres', new: 'Zhou Hanling stressed that leading cadres' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Tan Yuxiang', edit: 0, injected: 'deputy county head',
        orig: { ctx: 'and county head, on the spring', text: 'county head' },
        description: "Tan Yuxiang reports as 'deputy secretary of the county party committee and county head' but is 'deputy county head' in the injected apposition of the late paragraph (deputy vs full rank of the same government post). The real executive deputy county head is Meng Shuhua." },
      { kind: 'name_spelling_variant', person: 'Zhou Hanlin', edit: 1, injected: 'Zhou Hanling',
        orig: { ctx: 'On the afternoon of April 15, Zhou Hanlin, secretary', text: 'Zhou Hanlin' },
        description: "The county party secretary Zhou Hanlin appears once as 'Zhou Hanling' (one letter added to the given name) at the start of his speech paragraph." },
    ],
  },
  '1002_qiaoyang_municipal_government_executive_meeting': {
    edits: [
      { old: 'Liang Xuefeng, who is in charge of the water conservancy work, made', new: 'Liang Xuefeng, deputy mayor in charge of the water conservancy work, made' },
      { old: 'Lei Xiaodong, deputy secretary-general of the municipal government, reported', new: 'Lei Xiaodong, secretary-general of the municipal government, reported' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Liang Xuefeng', edit: 0, injected: 'deputy mayor',
        orig: { ctx: 'vice mayors Liang Xuefeng', text: 'vice mayors' },
        description: "Liang Xuefeng is one of the 'vice mayors' in the attendance sentence and 'deputy mayor in charge of the water conservancy work' in the injected apposition (the same post worded 'vice' and 'deputy')." },
      { kind: 'duplicate_unique_post', person: 'Lei Xiaodong', edit: 1, injected: 'secretary-general of the municipal government',
        orig: { ctx: 'and Ding Haoran, secretary-general of the municipal government, attended', text: 'secretary-general of the municipal government' },
        description: "Lei Xiaodong's 'deputy secretary-general of the municipal government' loses 'deputy' and becomes 'secretary-general of the municipal government', the unique post held by Ding Haoran." },
    ],
  },
  '1003_xiling_district_work_safety_conference': {
    edits: [
      { old: 'Secretary Lin required that', new: 'Lin Zhaohui, secretary of the municipal party committee, required that' },
      { old: 'After the meeting, Guan Shuying led', new: 'After the meeting, Guan Shuying, director of the district emergency management bureau, led' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Lin Zhaohui', edit: 0, injected: 'secretary of the municipal party committee',
        orig: { ctx: 'and secretary of the district party committee, attended', text: 'secretary of the district party committee' },
        description: "Lin Zhaohui is 'member of the standing committee of the Hengcheng Municipal Party Committee and secretary of the district party committee' in the lead, but 'secretary of the municipal party committee' when the surname-only 'Secretary Lin required' is expanded (district vs municipal party secretary for one person; his municipal post is only a standing committee seat)." },
      { kind: 'title_capitalization_inconsistency', person: 'Guan Shuying', edit: 1, injected: 'director of the district emergency management bureau',
        orig: { ctx: 'Guan Shuying, Director of the District Emergency Management Bureau', text: 'Director of the District Emergency Management Bureau' },
        description: "The same post of Guan Shuying is title case in the body ('Director of the District Emergency Management Bureau') and all lower case in the injected apposition of the last paragraph." },
    ],
  },
  '1004_cangling_city_ecological_environment_conference': {
    edits: [
      { old: 'In the interactive session, Jin Taoran answered', new: 'In the interactive session, Jin Taoran, deputy director of the Municipal Ecology and Environment Bureau, answered' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Jin Taoran', edit: 0, injected: 'deputy director of the Municipal Ecology and Environment Bureau',
        orig: { ctx: 'Jin Taoran, director of the Municipal Ecology and Environment Bureau, briefed', text: 'director of the Municipal Ecology and Environment Bureau' },
        description: "Jin Taoran briefs as 'director of the Municipal Ecology and Environment Bureau' and answers questions as 'deputy director' of the same bureau (rank conflict, two paragraphs apart)." },
    ],
  },
  '1005_songgao_county_rural_revitalization_literal_mt': {
    edits: [
      { old: 'Jing Shaohua when preside meeting require', new: 'County head Jing Shaohua when preside meeting require' },
      { old: 'Wan Jianguo stress, want grasp', new: 'Wang Jianguo stress, want grasp' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Jing Shaohua', edit: 0, injected: 'County head',
        orig: { ctx: 'deputy secretary, county magistrate Jing Shaohua', text: 'county magistrate' },
        description: "Jing Shaohua is 'county magistrate' in the lead and 'County head' before the name in the injected last-paragraph sentence (two translations of the same post)." },
      { kind: 'name_spelling_variant', person: 'Wan Jianguo', edit: 1, injected: 'Wang Jianguo',
        orig: { ctx: 'secretary Wan Jianguo attend', text: 'Wan Jianguo' },
        description: "The county party secretary Wan Jianguo appears once as 'Wang Jianguo' (Wan / Wang, one letter) at the start of his second speech paragraph." },
    ],
  },
  '1006_nanshao_city_investment_promotion_conference_edited': {
    edits: [
      { old: 'Zhan Liwei said the district had reserved', new: 'Zhan Liwei, Party secretary of Xinpu District, said the district had reserved' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Zhan Liwei', edit: 0, injected: 'Party secretary of Xinpu District',
        orig: { ctx: 'Zhan Liwei, head of Xinpu District', text: 'head of Xinpu District' },
        description: "Zhan Liwei is 'head of Xinpu District' (government head) and, in the next sentence, 'Party secretary of Xinpu District': two incompatible top posts of one district given to one person." },
    ],
  },
  '1007_baoxi_county_education_conference_teachers_day': {
    edits: [
      { old: 'Shao Mingde, principal of Baoxi No. 1 Middle School, spoke', new: 'Shao Mingde, director of the County Education and Sports Bureau, spoke' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Shao Mingde', edit: 0, injected: 'director of the County Education and Sports Bureau',
        orig: { ctx: 'Yan Jinsong, director of the County Education and Sports Bureau', text: 'director of the County Education and Sports Bureau' },
        description: "The school principal Shao Mingde is given the post of the preceding speaker Yan Jinsong, 'director of the County Education and Sports Bureau' (a copy slip), a post only one person holds." },
    ],
  },
  '1008_linfeng_city_health_work_conference': {
    edits: [
      { old: 'Peng Yixuan pointed out that in 2023', new: 'Peng Yixuan, director of the municipal health commission, pointed out that in 2023' },
      { old: 'At the meeting, Cui Haoming and Lu Weiqi signed', new: "At the meeting, Cui Haoming, vice president of Linfeng First People's Hospital, and Lu Weiqi signed" },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Peng Yixuan', edit: 0, injected: 'director of the municipal health commission',
        orig: { ctx: 'Party Secretary and Director of the Municipal Health Commission', text: 'Director of the Municipal Health Commission' },
        description: "Peng Yixuan's post is 'Director of the Municipal Health Commission' (title case) in the lead and 'director of the municipal health commission' (lower case) in the injected apposition of the next paragraph." },
      { kind: 'rank_conflict', person: 'Cui Haoming', edit: 1, injected: "vice president of Linfeng First People's Hospital",
        orig: { ctx: "Cui Haoming, president of Linfeng First People's Hospital, introduced", text: "president of Linfeng First People's Hospital" },
        description: "Cui Haoming introduces the hospital's experience as its 'president' and signs the agreement as 'vice president of Linfeng First People's Hospital' (rank conflict in the same hospital)." },
    ],
  },
  '1009_meixi_county_party_secretary_research_visit': {
    edits: [
      { old: 'Chu Lingyun said that the company', new: 'Chu Lingyu said that the company' },
      { old: 'Kang Shuwen said that the town', new: 'Kang Shuwen, mayor of Lianhe Town, said that the town' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Chu Lingyun', edit: 0, injected: 'Chu Lingyu',
        orig: { ctx: 'report of Chu Lingyun, chairman', text: 'Chu Lingyun' },
        description: "The company chairman Chu Lingyun appears once as 'Chu Lingyu' (final letter dropped) two sentences after his full name." },
      { kind: 'same_person_title_conflict', person: 'Kang Shuwen', edit: 1, injected: 'mayor of Lianhe Town',
        orig: { ctx: 'Kang Shuwen, secretary of the party committee of Lianhe Town', text: 'secretary of the party committee of Lianhe Town' },
        description: "Kang Shuwen is 'secretary of the party committee of Lianhe Town' and, in the next sentence, 'mayor of Lianhe Town' (the town head): two posts held by two different persons in a Chinese town." },
    ],
  },
  '1010_jiangrao_municipal_peoples_congress_closing': {
    edits: [
      { old: 'At the end of the meeting, Tong Shujie announced', new: "At the end of the meeting, Tong Shujie, chairman of the standing committee of the municipal people's congress, announced" },
      { old: "and Meng Qingrui as chief procurator of the Jiangrao Municipal People's Procuratorate", new: "and Meng Qingrui as president of the Jiangrao Intermediate People's Court" },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Tong Shujie', edit: 0, injected: "chairman of the standing committee of the municipal people's congress",
        orig: { ctx: "session and director of the standing committee of the municipal people's congress", text: "director of the standing committee of the municipal people's congress" },
        description: "Tong Shujie's post is 'director of the standing committee of the municipal people's congress' in the lead and 'chairman of the standing committee ...' in the injected apposition near the end (two translations of the same post)." },
      { kind: 'duplicate_unique_post', person: 'Meng Qingrui', edit: 1, injected: "president of the Jiangrao Intermediate People's Court",
        orig: { ctx: "Hao Linyu as president of the Jiangrao Intermediate People's Court", text: "president of the Jiangrao Intermediate People's Court" },
        description: "In the election sentence Meng Qingrui is elected 'president of the Jiangrao Intermediate People's Court', the post just given to Hao Linyu in the same sentence (copy slip; the procuratorate post disappears)." },
    ],
  },
  '1011_yuling_county_cppcc_session_opening': {
    edits: [
      { old: 'Zhan Guoping delivered the work report', new: 'Zhan Guoping, chairman of the county CPPCC, delivered the work report' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Zhan Guoping', edit: 0, injected: 'chairman of the county CPPCC',
        orig: { ctx: 'Chairman of the County CPPCC Zhan Guoping', text: 'Chairman of the County CPPCC' },
        description: "Zhan Guoping is 'Chairman of the County CPPCC' (title case, before the name) on the rostrum and 'chairman of the county CPPCC' (lower case, after the name) in the injected apposition of the report paragraph." },
    ],
  },
  '1012_yuexi_county_cadres_meeting_appointment_edited': {
    edits: [
      { old: 'Secretary Luo pledged', new: 'Deputy Secretary Luo pledged' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Luo Zhengtao', edit: 0, injected: 'Deputy Secretary',
        orig: { ctx: 'standing committee member and secretary of the Yuexi County Party Committee', text: 'secretary of the Yuexi County Party Committee' },
        description: "The newly appointed secretary Luo Zhengtao is referred to by the surname-only address 'Deputy Secretary Luo' (rank of the county head Su Weiping) instead of 'Secretary Luo'." },
    ],
  },
};
