// Source of the gold of the held-out set test/holdout14. `node test/goldkit/build-set.mjs test/holdout14` turns this file
// into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence
//                of every form is a mention
//   surnameIn    contexts such as "Secretary Tan" / "Secretary Zhan": every whole-word occurrence of the context makes
//                the surname inside it a mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions (shared/gold/README.md, test/holdout3/README.md "Annotation decisions", plus the decisions listed in
// README.md of this folder):
// - "Secretary Tan" (1401), "Secretary Zhan" (1412): the surname is the mention; the address form is not a separate
//   title. No text uses a bare surname without a title word ("Dong said"); even the edited-English report (1406)
//   repeats the full name.
// - Group labels before a list are titles of every listed person, verbatim (plural, case kept): "County Party Committee
//   Standing Committee members", "vice mayors", "City leaders", "county leaders", "County leaders", "Town leaders",
//   "Executive chairmen of the presidium of the session", "vice chairmen", "Deputy directors".
// - Byline labels are titles ("Editor", "Reviewer", "Review", "Reporter", "Photo", "Text"); "Author: X" (field name)
//   and "By X" give no title (role byline). "Author: Party and Government Office" is an office, not a person.
// - Occupations and descriptions are not titles ("villager", "a teacher of ... Primary School", "a 32-year-old
//   returnee who founded a drone company").
// - Appointment lists (1411): the post a person is appointed to, or removed from, is a title of that person (as former
//   posts in test/holdout3/309). Removed / approved / resigning persons not said to be present have roles [];
//   the newly appointed who "took the constitutional oath" at the meeting have `attended`.
// - "accompanied the research" = attended; "introduced", "briefed", "summarized", "read out", "made an explanation on",
//   "made statements", "made a work report", "did report", "did statement" = reported; "made exchange speeches",
//   "made a statement speech" (the newly elected magistrate's pledge), "made arrangements", "gave a keynote
//   presentation", "hoped", "encouraged", "said" (not continuing an own report) = spoke; "were seated on the
//   rostrum", "was also present", "participate in the discussion" = attended.
// - Every double-quoted phrase is a theme, except full-sentence direct speech attributed with "said" / "told" (1406);
//   also named sessions, conferences and a few unquoted campaign names.

export const reports = {
  '1401_jinxi_county_party_standing_committee_flood_season': {
    persons: [
      { name: 'Tan Zhiheng', surnameIn: ['Secretary Tan'], titles: ['secretary of the county party committee'], roles: ['presided', 'spoke'],
        note: "Name in the headline. 'emphasized' and surname-only 'Secretary Tan stressed' (span = 'Tan') = spoke." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'important instructions of General Secretary Xi Jinping': only referred to." },
      { name: 'Hou Jingrui', titles: ['deputy secretary of the county party committee', 'county magistrate'], roles: ['attended', 'spoke'],
        note: "His posts directly precede the label of the next list ('..., county magistrate, County Party Committee Standing Committee members A, B, ...'). 'made arrangements', 'He asked' (spoke)." },
      { name: 'Gu Mingxuan', titles: ['County Party Committee Standing Committee members'], roles: ['attended'], note: "Word-order label before a 5-name list." },
      { name: 'Lei Shuwan', titles: ['County Party Committee Standing Committee members', 'member of the Standing Committee of the County Party Committee', 'executive deputy county magistrate'], roles: ['attended', 'reported'],
        note: "Female. In the list, then 'Lei Shuwan, member of ... and executive deputy county magistrate, reported'. The label and the singular post are two title strings." },
      { name: 'Qian Haodong', titles: ['County Party Committee Standing Committee members', 'member of the Standing Committee of the County Party Committee', 'secretary of the County Commission for Discipline Inspection'], roles: ['attended', 'reported'],
        note: "'The meeting also listened to the report of Qian Haodong, ...' (reported), posts given only in the last paragraph." },
      { name: 'Jing Wenli', titles: ['County Party Committee Standing Committee members'], roles: ['attended'] },
      { name: 'Mo Chenguang', titles: ['County Party Committee Standing Committee members'], roles: ['attended'], note: "Last of the list after ' and '." },
      { name: 'Xue Pinghe', titles: ["director of the Standing Committee of the County People's Congress"], roles: ['attended'], note: "'attended the meeting as non-voting participants'." },
      { name: 'Cen Xiaoqiu', titles: ['chairman of the County CPPCC'], roles: ['attended'] },
      { name: 'Kang Ruiting', titles: ['director of the County Water Resources Bureau'], roles: ['reported'] },
      { name: 'Zuo Yiwen', titles: ['Editor'], roles: ['byline'] },
      { name: 'Shen Lanxin', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'people first, life first',
      'three key links',
      'call and response',
      'should be transferred as much as possible, and be transferred early',
      'three responsible persons',
    ],
    notes: "County government portal (Jinxi), plain MT: breadcrumb, headline with the presiding secretary's name, 'Release time / Source / Views' line, 'Editor: X   Reviewer: Y' at the foot. Standing committee meeting of a county party committee on flood prevention (plus inspection rectification and personnel matters). Word-order label 'County Party Committee Standing Committee members' before a 5-name list directly after another person's posts; the same persons later get the singular title-case post 'member of the Standing Committee of the County Party Committee'. Surname-only 'Secretary Tan'. 'county magistrate' (Hou Jingrui) vs 'executive deputy county magistrate' (Lei Shuwan): different persons, not a rank conflict. Title-case 'Standing Committee of the County Party Committee' (the body) next to the lower-case 'secretary of the county party committee' is the text's own mixed casing of different strings, not an inconsistency. Non-persons: Wushui River, the fifth inspection team of the municipal party committee.",
  },

  '1402_luoxia_city_government_executive_meeting': {
    persons: [
      { name: 'Zhou Tingfeng', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['presided', 'spoke'], note: "Name in the headline; 'stressed' (spoke)." },
      { name: 'Ding Ruoxuan', titles: ['Executive vice mayor'], roles: ['attended'], note: "Sentence-initial 'Executive vice mayor Ding Ruoxuan, vice mayors A, B, C and D, and X, secretary-general ..., attended'." },
      { name: 'Bao Jiahui', titles: ['vice mayors'], roles: ['attended'] },
      { name: 'Wan Shikai', titles: ['vice mayors'], roles: ['attended', 'spoke'], note: "'Wan Shikai made arrangements for the spring ploughing production. He required ...' (spoke); no other post is given." },
      { name: 'Chu Yaxiu', titles: ['vice mayors'], roles: ['attended'] },
      { name: 'Lu Minghao', titles: ['vice mayors'], roles: ['attended'], note: "Last of the label list after ' and '." },
      { name: 'Su Qihang', titles: ['secretary-general of the municipal government'], roles: ['attended'] },
      { name: 'Ge Shunan', titles: ["deputy director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'] },
      { name: 'Zhan Lihong', titles: ['vice chairman of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Fan Zhiyuan', titles: ['director of the Municipal Market Supervision Administration'], roles: ['reported'],
        note: "'The meeting listened to the report of Fan Zhiyuan, ...' (reported); 'Fan Zhiyuan said that last year ...' continues the report (no separate spoke)." },
      { name: 'Guan Haoyu', titles: ['director of the bureau'], roles: ['reported'],
        note: "'The meeting heard the report of the Municipal Bureau of Housing and Urban-Rural Development ... Guan Haoyu, director of the bureau, said ...': the report is the bureau's, he presents it (reported). The post is the anaphoric 'director of the bureau', verbatim." },
      { name: 'Long Weiqiang', titles: ['director of the Municipal Agriculture and Rural Affairs Bureau'], roles: ['reported'], note: "English-word surname Long." },
      { name: 'Jin Muyao', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'two responsibilities',
      'livelihood project',
      'heart-warming project',
      'renovate first underground and then above ground',
      'zipper roads',
      'agricultural technology going to the countryside',
      'two migrations',
      'Luoxia City Implementation Plan for Promoting Large-scale Equipment Renewal and Consumer Goods Trade-in',
    ],
    notes: "Municipal government portal (Luoxia), plain MT: 'Date / Source / Hits / [Print] [Close]' line, 'Editor:' at the foot. Executive meeting of a municipal government. Sentence-initial 'Executive vice mayor X' followed by the label 'vice mayors' before a 4-name list and a secretary-general after the name; two non-voting participants. 'The meeting listened to the report of X' (reported) and a unit's report presented by 'Guan Haoyu, director of the bureau'. 'Executive vice mayor' (Ding Ruoxuan) vs 'vice mayors' (four others) vs 'mayor' (Zhou Tingfeng): different persons, not inconsistencies. 'The meeting pointed out' is collective. Non-persons: the Municipal Bureau of Housing and Urban-Rural Development (a unit).",
  },

  '1403_dongpu_county_safety_production_literal_mt': {
    persons: [
      { name: 'Yuan Keming', titles: ['County party committee secretary'], roles: ['attended', 'spoke'], note: "Literal 'attended meeting and speech'; 'stressed' (spoke)." },
      { name: 'Li Shuanghua', titles: ['County party committee deputy secretary', 'county head'], roles: ['presided', 'spoke'],
        note: "'County party committee deputy secretary, county head Li Shuanghua presided meeting' (two posts joined by ', ' before the name); 'asked' (spoke)." },
      { name: 'Xing Zhaolin', titles: ['County party committee standing committee member', 'executive deputy county head'], roles: ['reported'], note: "'did report about ...' (reported)." },
      { name: 'Shao Jinpeng', titles: ['Deputy county head', 'county public security bureau director'], roles: ['spoke'], note: "'made arrangement about ...' (spoke)." },
      { name: 'Luo Qingyi', titles: ['Deputy county head'], roles: ['spoke'], note: "Same post wording as Shao Jinpeng's first post: two deputy county heads." },
      { name: 'Chen Baoshuo', titles: ['County emergency management bureau director'], roles: ['reported'], note: "'read out' the notification (reported)." },
      { name: 'Zhu Yongkang', titles: ['Xiliu Town party committee secretary'], roles: ['reported'], note: "'did statement' (reported)." },
      { name: 'Cheng Weidong', titles: ['Dongpu Yongxing Chemical Co., Ltd. general manager'], roles: ['reported'],
        note: "Company name inside the word-order title before the name ('Dongpu Yongxing Chemical Co., Ltd. general manager Cheng Weidong'); the ', ' inside 'Co., Ltd.' does not split." },
      { name: 'Deng Huaishan', titles: ["County people's congress standing committee director"], roles: ['attended'] },
      { name: 'An Weiguo', titles: ['county CPPCC chairman'], roles: ['attended'], note: "Two-letter surname An." },
      { name: 'Hao Yiming', titles: ['county leaders'], roles: ['attended'], note: "'county leaders Hao Yiming, Gu Xuefei etc. attended meeting': the label before the names covers them; 'etc.' closes the list." },
      { name: 'Gu Xuefei', titles: ['county leaders'], roles: ['attended'] },
      { name: 'Wu Xiaoqi', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Peng Yujie', titles: ['Photo'], roles: ['byline'] },
      { name: 'Tong Shuyi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Chu Haibo', titles: ['Review'], roles: ['byline'] },
    ],
    themes: [
      'two passengers one danger',
      'Dongpu County 2023 Annual Safety Production Responsibility System Assessment Results Notification',
      'double decline',
      'political responsibility',
      'people heart project',
      'three managements three musts',
      'safety production treat root cause three years action',
      'hidden danger zero tolerance, rectification zero delay',
    ],
    notes: "County convergence-media site (Dongpu), very literal MT: 'attended meeting and speech', 'presided meeting', 'did report about', 'did statement', 'Meeting pointed out,', 'Want to ...', 'this year since'. All posts before the names in word order, some joined by ', ' ('Deputy county head, county public security bureau director Shao Jinpeng'), a company name with 'Co., Ltd.' inside a title. Label 'county leaders A, B etc.'. Credits on two lines at the foot ('Reporter / Photo', 'Editor / Review'). Two persons are 'Deputy county head' (Shao Jinpeng, Luo Qingyi); 'county head' (Li Shuanghua) vs 'executive deputy county head' (Xing Zhaolin) vs 'Deputy county head': different persons. 'Each town (street) party committee secretary, town head' are collective, not persons. Non-persons: Xiliu Town, Dongpu Yongxing Chemical Co., Ltd.",
  },

  '1404_yuanjiang_city_river_chief_ecology_conference': {
    persons: [
      { name: 'Lin Shaowei', titles: ['secretary of the municipal party committee', 'first general river chief of the city'], roles: ['attended', 'spoke'] },
      { name: 'Meng Jiaxuan', titles: ['deputy secretary of the municipal party committee', 'mayor', 'general river chief of the city'], roles: ['presided', 'spoke'],
        note: "Three posts joined by ', ' and ' and '. 'required' (spoke). 'general river chief of the city' (mayor) vs 'first general river chief of the city' (party secretary): the two tiers of the river chief system, different persons." },
      { name: 'Ouyang Ruiqi', titles: ['City leaders'], roles: ['attended'], note: "Compound surname Ouyang." },
      { name: 'Song Yiran', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Rao Jianbo', titles: ['City leaders'], roles: ['attended'] },
      { name: 'Tong Xuehai', titles: ['vice mayor', 'deputy general river chief of the city'], roles: ['reported'] },
      { name: 'Cui Hanmo', titles: ['director of the Municipal Ecological Environment Bureau'], roles: ['reported'],
        note: "Second mention in the last paragraph ('After the meeting, Cui Hanmo led the relevant section chiefs to inspect ...'): no role for the inspection after the meeting." },
      { name: 'Jiang Meiyun', titles: ['secretary of the party committee of Hongshi Township', 'township river chief'], roles: ['spoke'], note: "'made exchange speeches' (spoke)." },
      { name: 'Du Kaiwen', titles: ['deputy general manager of Yuanjiang Water Group'], roles: ['spoke'] },
      { name: 'Xiao Pingan', titles: ['village river chief of Lianhua Village'], roles: ['spoke'] },
      { name: 'Duan Xiaolu', titles: ['Text'], roles: ['byline'] },
      { name: 'Han Zhiqiang', titles: ['Photo'], roles: ['byline'] },
      { name: 'Liang Qiaoyi', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'beautiful river and lake',
      'lucid waters and lush mountains are invaluable assets',
      'Beautiful China pilot zone',
      'blue sky, clear water and pure land',
      'one river one policy',
      'one lake one file',
      'four chaos',
      'nominal river chiefs',
      'rectification on paper',
      'perfunctory rectification',
    ],
    notes: "Municipal government portal (Yuanjiang), plain MT: 'Current location:' breadcrumb, 'Time / Source / Font size' line, credits in parentheses at the foot. General river chief meeting combined with the ecological environmental protection conference. River chief posts at four tiers: 'first general river chief of the city' (party secretary), 'general river chief of the city' (mayor), 'deputy general river chief of the city' (vice mayor), 'township river chief', 'village river chief of Lianhua Village'; all held by different persons, not rank conflicts. Label 'City leaders' before a 3-name list with the compound surname Ouyang. 'river chiefs at all levels', 'section chiefs', 'police chiefs' are collective. Non-persons: Yuan River, Hongshi Township, Lianhua Village, Yuanjiang Water Group.",
  },

  '1405_qianling_city_secretary_research_pingba_rural_revitalization': {
    persons: [
      { name: 'Zhang Qiyun', titles: ['secretary of the municipal party committee'], roles: ['spoke'],
        note: "Name in the headline. A research visit, not a meeting: 'asked in detail', 'encouraged', 'pointed out', 'stressed' (spoke); he is the subject of the visit, no presided / attended." },
      { name: 'Lu Zhengkai', titles: ['member of the Standing Committee of the Municipal Party Committee', 'secretary-general'], roles: ['attended'], note: "'accompanied the research' (attended)." },
      { name: 'Kang Yifan', titles: ['vice mayor'], roles: ['attended', 'spoke'], note: "'accompanied the research' (attended); 'made arrangements for the next step of work at the symposium' (spoke)." },
      { name: 'Xiao Guihua', titles: ["secretary of the party branch of Cha'an Village"], roles: ['reported'], note: "'introduced that ...' (briefed: reported). Apostrophe inside the village name." },
      { name: 'Su Laixi', titles: [], roles: ['spoke'], note: "'villager' is an occupation, not a post (titles []); 'said' (spoke)." },
      { name: 'Mo Jiangtao', titles: ['general manager of the company'], roles: ['reported'], note: "Anaphoric post 'general manager of the company' verbatim; 'introduced the ... model' (reported)." },
      { name: 'Yan Shufen', titles: ['director of the community neighborhood committee'], roles: ['reported'] },
      { name: 'Qian Shuhao', titles: ['secretary of the Pingba County Party Committee'], roles: ['reported'], note: "'At the symposium, ... reported on the county's work' (reported)." },
      { name: 'Jing Xiaofeng', titles: ['deputy secretary of the county party committee', 'county magistrate'], roles: ['attended'] },
      { name: 'Peng Siyuan', titles: ['Reporter'], roles: ['byline'], note: "'Reporter: Peng Siyuan  Lei Jiaqi': one label for two names separated by two spaces." },
      { name: 'Lei Jiaqi', titles: ['Reporter'], roles: ['byline'] },
    ],
    themes: [
      'company + cooperative + farmer',
      'Pingba Yunwu',
      'employment workshops at the doorstep',
      'no large-scale return to poverty',
      'early detection, early intervention and early assistance',
      'Ten Thousand Villages Demonstration and Ten Thousand Villages Renovation Project',
      'Ten Million Project',
      'urgent, difficult and anxious',
    ],
    notes: "Municipal government portal (Qianling), section 'Leadership Activities', plain MT. Research visit of the municipal party secretary to a county (tea garden, enterprise, relocation community, symposium), not a meeting report: persons who 'accompanied the research' attended; village, enterprise and community heads who 'introduced' reported; a villager without a post spoke. County posts ('secretary of the Pingba County Party Committee', 'deputy secretary of the county party committee and county magistrate') next to municipal ones ('secretary of the municipal party committee', 'vice mayor'): different persons. 'Reporter: A  B' with two spaces and no comma. 'Responsible comrades of the relevant municipal departments' is collective. Non-persons: Cha'an Village, Longtan Town, Pingba Tea Industry Co., Ltd., Baiyan Relocation Community.",
  },

  '1406_heyang_investment_fair_edited_english': {
    persons: [
      { name: 'Song Yuqi', titles: [], roles: ['byline'], note: "'By Song Yuqi | Updated: ...': no credit label, so no title." },
      { name: 'Dong Peihua', titles: ['vice governor of Linnan Province'], roles: ['attended', 'spoke'], note: "'attended the conference and delivered a speech'; 'Dong Peihua said the province supports ...' (full name repeated, no bare surname)." },
      { name: 'Jiang Wenbo', titles: ['Heyang Party chief'], roles: ['attended'], note: "Newspaper wording 'Heyang Party chief Jiang Wenbo was also present' (attended)." },
      { name: 'Zuo Hanying', titles: ['Mayor'], roles: ['spoke'], note: "Female ('In her presentation', 'she told'). 'Mayor Zuo Hanying gave a keynote presentation' (spoke); her quotation is full-sentence direct speech (not a theme)." },
      { name: 'Zhan Rongbin', titles: ['Executive Vice Mayor'], roles: ['presided'], note: "Title-case post before the name." },
      { name: 'Duan Zhiqiang', titles: ['director of the Heyang Investment Promotion Bureau'], roles: ['reported'], note: "'briefed the audience on the signed projects' (reported)." },
      { name: 'Gu Zhenyang', titles: ['chairman of Hengrui New Energy Technology'], roles: ['spoke'], note: "Quotation first, then 'said Gu Zhenyang, chairman of ...'; 'He said' is a pronoun." },
      { name: 'Ouyang Lan', titles: ['vice president of Kunpeng Semiconductor'], roles: ['spoke'], note: "Two-syllable name with the compound surname Ouyang." },
      { name: 'Lin Haiyue', titles: [], roles: ['spoke'], note: "'a 32-year-old returnee who founded a drone company' is a description, not a post; 'spoke on behalf of young entrepreneurs' (spoke)." },
      { name: 'He Jiayi', titles: ['Photo'], roles: ['byline'], note: "Surname He; the text also has the pronoun 'He said' (Gu Zhenyang)." },
      { name: 'Ge Yutong', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      '2025 Heyang Investment Promotion Conference',
      'new energy vehicle parts valley',
      'bio-pharmaceutical innovation highland',
      'digital twin',
      'one-stop',
    ],
    notes: "English website of a municipal government (Heyang), fluent edited newswire English: 'HEYANG ENGLISH | ...' masthead, 'Home / News / Business', headline without a name, 'By X | Updated:' byline, 'Photo: X | Editor: Y' at the foot. Investment promotion conference with project signing. Newspaper titles: 'vice governor of Linnan Province', 'Heyang Party chief', title-case 'Mayor', 'Executive Vice Mayor'; enterprise posts after the name; a young entrepreneur described without a post. Three full-sentence direct quotations ('If you bring a project ...', 'We chose Heyang ...', 'Here I found ...') are not themes. 'Mayor' (Zuo Hanying) vs 'Executive Vice Mayor' (Zhan Rongbin): different persons. Non-persons: Hengrui New Energy Technology, Kunpeng Semiconductor, Heyang High-tech Zone, Xiaohu Lake.",
  },

  '1407_baoqiao_county_education_work_conference_teachers_day': {
    persons: [
      { name: 'Xing Ruolan', titles: [], roles: ['byline'], note: "Header field 'Author: Xing Ruolan' (a field name, not a credit label: titles [])." },
      { name: 'He Zhenbang', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'],
        note: "Surname He: 'He Zhenbang extended holiday greetings ... He pointed out ...' (the second 'He' is the pronoun); 'He Zhenbang stressed' (spoke)." },
      { name: 'An Qingshu', titles: ['deputy secretary of the county party committee', 'county magistrate'], roles: ['presided', 'spoke'], note: "'required' (spoke)." },
      { name: 'Ding Yuxin', titles: ['County leaders', 'member of the Standing Committee of the County Party Committee', 'minister of the Publicity Department'], roles: ['attended', 'reported'], note: "'read out the \"Decision ...\"' (reported)." },
      { name: 'Lu Jinhuan', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Shao Mengyao', titles: ['County leaders', 'vice county magistrate'], roles: ['attended', 'spoke'], note: "Female ('She asked'); 'made arrangements' (spoke)." },
      { name: 'Kang Jiwen', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Bao Chengze', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Gu Wenhui', titles: ['secretary of the party group', 'director of the County Education and Sports Bureau'], roles: ['reported'],
        note: "'reported on the county's education work'; 'Gu Wenhui said that ...' continues the report (no separate spoke)." },
      { name: 'Zhu Liqing', titles: ['principal of Baoqiao No. 1 Middle School'], roles: ['spoke'], note: "'spoke on behalf of the commended schools and teachers'." },
      { name: 'Wan Yanzhi', titles: [], roles: ['spoke'], note: "'a teacher of Shuangtang Central Primary School who has taught in the mountain village for 26 years' is an occupation and description, not a post (titles [])." },
      { name: 'Chen Yifei', titles: ['Editor'], roles: ['byline'] },
      { name: 'Meng Xiaotao', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      "40th Teachers' Day",
      'National Education Conference',
      'Decision on Commending the 2024 Outstanding Teachers, Excellent Head Teachers and Advanced Education Workers',
      'big class size',
      'biggest livelihood',
      'most long-term investment',
      'building a strong education county',
      'cultivating people by virtue',
      'give the green light',
      'double reduction',
    ],
    notes: "County government portal (Baoqiao), plain MT: header 'Date / Source / Author / Hits', 'Editor / Reviewer' at the foot. County education work conference combined with the Teachers' Day celebration. Label 'County leaders' before a 5-name list, two of whom get posts later. Surname He with the pronoun 'He pointed out' right after 'He Zhenbang'; surname An. A principal (post) and a teacher (occupation) speak for the commended. 'The county leaders presented certificates' has no names (generic). 'county magistrate' (An Qingshu) vs 'vice county magistrate' (Shao Mengyao): different persons. Non-persons: Baoqiao No. 1 Middle School, Shuangtang Central Primary School, County Education and Sports Bureau (the source).",
  },

  '1408_beiling_city_health_work_conference': {
    persons: [
      { name: 'Wu Ningxiang', titles: ['vice mayor'], roles: ['attended', 'spoke'], note: "'pointed out', 'required' (spoke)." },
      { name: 'Tong Jiahui', titles: ['secretary of the party group', 'director of the Municipal Health Commission'], roles: ['reported'],
        note: "'made a work report' (reported); 'Tong Jiahui reviewed the work of last year' continues the report." },
      { name: 'Xue Chenglin', titles: ['deputy director of the Municipal Health Commission'], roles: ['presided'] },
      { name: 'Jin Ruoshan', titles: ['member of the party group', 'deputy director of the Municipal Health Commission'], roles: ['reported'], note: "'read out the decision' (reported). Second deputy director (same post wording as Xue Chenglin)." },
      { name: 'Han Shuwei', titles: ["president of the Municipal People's Hospital"], roles: ['spoke'], note: "'made exchange speeches' (spoke); 'Han Shuwei said that the hospital will ...' continues the exchange speech." },
      { name: 'Zhou Lanqing', titles: ["secretary of the party committee of Qiaoxi County People's Hospital"], roles: ['spoke'] },
      { name: 'Cheng Xuanming', titles: ['director of Dongguan Street Community Health Service Center'], roles: ['spoke'] },
      { name: 'Li Jiaming', titles: ['deputy director of the Municipal Medical Security Bureau'], roles: ['attended'] },
      { name: 'Yuan Xiaohe', titles: ['Text'], roles: ['byline'] },
      { name: 'Jiang Hanbo', titles: ['Photo'], roles: ['byline'] },
      { name: 'Deng Wanru', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: [
      'close-knit county medical community',
      '15-minute medical service circle',
      'group-style',
      'Healthy Beiling',
      'three medical linkages',
      'one old and one young',
      'see a doctor closer, more convenient and at less cost',
    ],
    notes: "Municipal health commission site (Beiling), plain MT: '>>' breadcrumb, 'Release date / Information source / Number of visits' line, credits in parentheses at the foot. Municipal health work conference: a vice mayor speaks, the commission director makes the work report, a deputy director presides. Hospital and health-center posts (president, secretary of the party committee of a county hospital, director of a community health service center). Two persons are 'deputy director of the Municipal Health Commission' (Xue Chenglin, Jin Ruoshan) and one is director (Tong Jiahui): different persons. 'Leading members of the Municipal Health Commission, directors of the health bureaus ...' are collective. Non-persons: Municipal People's Hospital, Qiaoxi County People's Hospital, Dongguan Street.",
  },

  '1409_ruiyang_county_peoples_congress_session_closing': {
    persons: [
      { name: 'Duan Rongsheng', titles: ['Executive chairmen of the presidium of the session', "director of the Standing Committee of the County People's Congress"], roles: ['attended', 'presided', 'spoke'],
        note: "Label 'Executive chairmen of the presidium of the session' before a 5-name list ('were seated in the middle of the rostrum': attended); 'presided over the closing meeting'; 'delivered the closing speech' (spoke)." },
      { name: 'Song Weixing', titles: ['Executive chairmen of the presidium of the session'], roles: ['attended', 'presided'], note: "'The oath ceremony was presided over by Song Weixing' (passive, presided)." },
      { name: 'Cheng Aili', titles: ['Executive chairmen of the presidium of the session'], roles: ['attended'] },
      { name: 'Zuo Haitao', titles: ['Executive chairmen of the presidium of the session'], roles: ['attended'] },
      { name: 'Peng Yuxiu', titles: ['Executive chairmen of the presidium of the session'], roles: ['attended'] },
      { name: 'Jin Lanfeng', titles: ['secretary of the county party committee'], roles: ['attended', 'spoke'], note: "'delivered a speech', 'He pointed out', 'stressed' (spoke)." },
      { name: 'Jiang Huiling', titles: ['deputy secretary of the county party committee', 'acting county magistrate', 'county magistrate of Ruiyang County', 'county magistrate'], roles: ['attended', 'spoke'],
        note: "Female. 'acting county magistrate' before the by-election, 'by-elected Jiang Huiling as county magistrate of Ruiyang County', then 'Jiang Huiling, county magistrate, made a statement speech' (the pledge of the newly elected: spoke). Acting → elected is a change of status in the text, not an inconsistency." },
      { name: 'Rao Dexun', titles: ['chairman of the county CPPCC'], roles: ['attended'] },
      { name: 'Hou Zhishan', titles: ['executive vice county magistrate'], roles: ['attended'] },
      { name: 'Sun Tiehan', titles: ["president of the county people's court"], roles: ['attended'] },
      { name: 'Xiao Mingzhu', titles: ["chief procurator of the county people's procuratorate"], roles: ['attended'] },
      { name: 'Ge Chunmiao', titles: ["deputy director of the Standing Committee of the County People's Congress"], roles: [],
        note: "By-elected; not said to be present or to act (the oath is taken by the unnamed 'newly elected state functionaries'): roles []." },
      { name: 'Guan Yating', titles: ['Text'], roles: ['byline'] },
      { name: 'Fan Shuhong', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      "Fourth Session of the 18th Ruiyang County People's Congress",
      'take the lead, work hard and never slack off',
      'top 100 counties in investment potential',
      '14th Five-Year Plan',
      'one core, three belts',
      'one government, one commission and two courts',
      'a democratic, united, realistic and encouraging meeting',
    ],
    notes: "County people's congress website (Ruiyang), plain MT: 'Release time / Source / Views' line, 'Text / Editor' at the foot. Closing meeting of a county people's congress session with a by-election (county magistrate, deputy director of the standing committee), resolutions, constitutional oath and the party secretary's speech. Label 'Executive chairmen of the presidium of the session' before a 5-name list; rostrum list of six persons each with a post after the name. Look-alikes, not inconsistencies: 'acting county magistrate' then 'county magistrate' (by-election of the same person); 'executive vice county magistrate' (Hou Zhishan) vs 'county magistrate' (Jiang Huiling); 'director' (Duan Rongsheng) vs 'deputy director of the Standing Committee of the County People's Congress' (Ge Chunmiao); 'president of the county people's court' vs 'chief procurator' (different bodies). '\"one government, one commission and two courts\"' is a slogan, not persons. Non-persons: County Convention Center.",
  },

  '1410_qingzhang_cppcc_session_opening': {
    persons: [
      { name: 'Chen Xiaolu', titles: ['chairman of the CPPCC Qingzhang Municipal Committee'], roles: ['attended', 'reported'],
        note: "'were seated on the rostrum' (attended); 'delivered the work report of the Standing Committee' (reported); 'He said that ...' continues the report. 'participate in the discussion' (afternoon) = attended." },
      { name: 'Liang Wenqi', titles: ['vice chairmen', 'vice chairman of the CPPCC Qingzhang Municipal Committee'], roles: ['attended', 'presided'], note: "Label 'vice chairmen' before a 4-name list directly after the chairman's post; 'The opening meeting was presided over by Liang Wenqi, ...' (passive)." },
      { name: 'Peng Shaojie', titles: ['vice chairmen', 'vice chairman of the CPPCC Qingzhang Municipal Committee'], roles: ['attended', 'reported'], note: "'reported on the handling of the proposals' (reported)." },
      { name: 'Du Yuqing', titles: ['vice chairmen'], roles: ['attended'] },
      { name: 'Cui Meilan', titles: ['vice chairmen'], roles: ['attended'], note: "Last of the list after ' and '; also 'went to ... to participate in the discussion' (attended)." },
      { name: 'Shen Kaiyuan', titles: ['secretary-general'], roles: ['attended'] },
      { name: 'Luo Chengzhi', titles: ['secretary of the municipal party committee'], roles: ['attended', 'spoke'], note: "'delivered a speech', 'He pointed out', 'hoped' (spoke)." },
      { name: 'Yuan Hongtu', titles: ['deputy secretary of the municipal party committee', 'mayor'], roles: ['attended', 'reported'],
        note: "'the government work report made by Yuan Hongtu' (reported: the members heard his report at the session)." },
      { name: 'Zhu Jiaxun', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'] },
      { name: 'Zhan Ruyi', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Xing Haowen', titles: ['Photo'], roles: ['byline'] },
    ],
    themes: [
      "Third Session of the 10th Qingzhang Municipal Committee of the Chinese People's Political Consultative Conference",
      'building a strong manufacturing city',
      'improving the quality of the old city',
      "Members' Living Room",
      'unity and democracy',
      'high-quality development year',
      'good at consultation, good at supervision, good at building consensus',
      'golden ideas',
      'practical measures',
    ],
    notes: "Municipal CPPCC website (Qingzhang), plain MT: 'Date / Source / Views' line, 'Reporter / Photo' at the foot. Opening meeting of a municipal CPPCC session: the chairman's work report on behalf of the standing committee, a vice chairman's report on proposals, the party secretary's speech. The CPPCC committee is named two ways in the clean text: the session 'Third Session of the 10th Qingzhang Municipal Committee of the Chinese People's Political Consultative Conference' (theme) and the posts '... of the CPPCC Qingzhang Municipal Committee'; all posts use the second wording. 'chairman' (Chen Xiaolu) vs 'vice chairmen' / 'vice chairman' (four others), 'secretary-general' of the CPPCC (no body given): not inconsistencies. 'other city leaders' is generic. Non-persons: Qingzhang Grand Theater.",
  },

  '1411_fuxi_city_npc_standing_committee_appointments': {
    persons: [
      { name: 'Bao Shiyuan', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['presided', 'spoke'], note: "Presided over the closing meeting and the oath ceremony; 'delivered a speech', 'stressed' (spoke)." },
      { name: 'Lu Qinghe', titles: ['Deputy directors'], roles: ['attended'], note: "Sentence-initial label 'Deputy directors A, B, C and D, and secretary-general X attended'." },
      { name: 'Yan Zhaoming', titles: ['Deputy directors'], roles: ['attended', 'reported'], note: "'made an explanation on the draft regulations on behalf of the Council of Chairmen' (reported)." },
      { name: 'Guan Peiyu', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Chu Wenjing', titles: ['Deputy directors'], roles: ['attended'] },
      { name: 'Qian Luyao', titles: ['secretary-general'], roles: ['attended'] },
      { name: 'Shao Kexin', titles: ['Vice mayor'], roles: ['attended', 'reported'], note: "Sentence-initial 'Vice mayor Shao Kexin'; 'The meeting also heard the report of Shao Kexin on ...' (reported)." },
      { name: 'Tan Ruiping', titles: ["president of the Municipal Intermediate People's Court"], roles: ['attended'] },
      { name: 'Meng Qianhui', titles: ["chief procurator of the Municipal People's Procuratorate"], roles: ['attended'] },
      { name: 'Hao Jingyu', titles: ['director of the Municipal Education Bureau'], roles: ['attended'], note: "Appointed; took the oath and 'led the oath' (attended)." },
      { name: 'Wu Songlin', titles: ['director of the Municipal Bureau of Natural Resources and Planning'], roles: ['attended'] },
      { name: 'Zhang Yinuo', titles: ['director of the Municipal Market Supervision Administration'], roles: ['attended'] },
      { name: 'Cheng Dongyao', titles: ['director of the Municipal Education Bureau'], roles: [],
        note: "'Removed ... from the post of director of the Municipal Education Bureau': the former post is his title; same post string as his successor Hao Jingyu (succession, not a duplicate)." },
      { name: 'Xiao Wenji', titles: ['director of the Municipal Bureau of Natural Resources and Planning'], roles: [], note: "Removed; predecessor of Wu Songlin (same post string, not a duplicate)." },
      { name: 'Ding Hanqiu', titles: ["vice president of the Municipal Intermediate People's Court", 'member of the judicial committee'], roles: ['attended'] },
      { name: 'Kang Shuyi', titles: ["judge of the Municipal Intermediate People's Court"], roles: ['attended'] },
      { name: 'Li Zhengtao', titles: ["vice president of the Municipal Intermediate People's Court"], roles: [], note: "Removed; same post string as the appointed Ding Hanqiu (a court has several vice presidents)." },
      { name: 'Fan Ruolin', titles: ["deputy chief procurator of the Municipal People's Procuratorate"], roles: ['attended'] },
      { name: 'Jin Weidong', titles: ["chief procurator of the Lishui District People's Procuratorate"], roles: [], note: "'Approved the appointment of ...' (district-level post, approved by the municipal congress); not among the oath takers." },
      { name: 'Zhou Anran', titles: ["member of the Standing Committee of the 17th Fuxi Municipal People's Congress"], roles: [], note: "'accept the resignation of Zhou Anran from the post of ...': the post is a title." },
      { name: 'Rao Yiqing', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'Fuxi City Regulations on the Protection of Ancient and Famous Trees',
      'the power is given by the people',
      'loyal, clean and responsible',
      'one old and one young',
    ],
    notes: "Municipal people's congress website (Fuxi), plain MT, section 'Personnel Appointment and Removal'. Closing meeting of a standing committee meeting with an appointment and removal list (one item per line, 'Appointed X as ...;', 'Removed X from the post of ...;'), a resignation, and the constitutional oath. Longer report (21 persons). Look-alikes, not inconsistencies: an appointed and a removed person with the same post string ('director of the Municipal Education Bureau' Hao Jingyu / Cheng Dongyao; 'director of the Municipal Bureau of Natural Resources and Planning' Wu Songlin / Xiao Wenji; 'vice president of the Municipal Intermediate People's Court' Ding Hanqiu / Li Zhengtao): succession; 'president' (Tan Ruiping) vs 'vice president' of the court; 'chief procurator' (Meng Qianhui) vs 'deputy chief procurator' (Fan Ruolin) of the municipal procuratorate vs 'chief procurator of the Lishui District People's Procuratorate' (Jin Weidong); 'director' vs 'Deputy directors' of the standing committee. 'Council of Chairmen', 'Members of the Standing Committee ...' are collective. Non-persons: Lishui District.",
  },

  '1412_xialiang_town_mid_year_work_meeting': {
    persons: [
      { name: 'Zhan Weiguo', surnameIn: ['Secretary Zhan'], titles: ['secretary of the town party committee'], roles: ['attended', 'spoke'], note: "'pointed out'; surname-only 'Secretary Zhan stressed' (span = 'Zhan')." },
      { name: 'Jin Xiaoyan', titles: ['deputy secretary of the town party committee', 'town mayor'], roles: ['presided', 'spoke'], note: "Female ('She required'); 'made arrangements' (spoke). 'town mayor' is the usual site translation of the township-level head." },
      { name: 'Duan Jiaming', titles: ['Town leaders', 'deputy secretary of the town party committee'], roles: ['attended', 'reported'], note: "'summarized the party building work' (reported). Second deputy secretary (same wording as Jin Xiaoyan's first post)." },
      { name: 'He Shuangxi', titles: ['Town leaders', 'member of the town party committee', 'deputy town mayor'], roles: ['attended', 'reported'], note: "Sentence-initial 'He Shuangxi, member ...' (surname He)." },
      { name: 'Ge Lijuan', titles: ['Town leaders'], roles: ['attended'] },
      { name: 'Lu Haifeng', titles: ['Town leaders'], roles: ['attended'] },
      { name: 'Luo Yonggang', titles: ['Town leaders'], roles: ['attended'] },
      { name: 'Hou Yanping', titles: ['captain of the town comprehensive administrative law enforcement team'], roles: ['reported'] },
      { name: 'Xue Tianfu', titles: ['secretary of the party branch of Tangkou Village'], roles: ['reported'], note: "'made statements on behalf of the villages' (reported); 'Xue Tianfu said that ...' continues the statement." },
      { name: 'Mo Guirong', titles: ['secretary of the party branch', 'director of the village committee of Nanyuan Village'], roles: ['reported'],
        note: "'secretary of the party branch and director of the village committee of Nanyuan Village': two posts joined by ' and ' (one person holding both village posts), split verbatim." },
      { name: 'Liang Zhiyu', titles: ['Text'], roles: ['byline'] },
      { name: 'Cen Huimin', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: [
      'three lines',
      'good start, but not enough',
      'Ten Million Project',
      'strengthening the town by industry',
      'Four Down-to-the-Grassroots',
      'third quarter',
      'doing it now',
    ],
    notes: "Town page on a county government portal (Shuikou County > Xialiang Town), plain MT: header 'Date / Source / Author: Party and Government Office / Views' (the office is not a person), 'Text / Editor' at the foot. Mid-year work meeting of a town. Label 'Town leaders' before a 5-name list, two of whom get posts later. Surname-only 'Secretary Zhan'. Look-alikes, not inconsistencies: two 'deputy secretary of the town party committee' (Jin Xiaoyan, Duan Jiaming); 'secretary' (Zhan Weiguo) vs 'deputy secretary' of the town party committee; 'town mayor' vs 'deputy town mayor'; two village party branch secretaries of different villages. 'the secretaries and directors of the 14 villages' is collective. Non-persons: Tangkou Village, Nanyuan Village, Xialiang Agricultural Products Processing Park.",
  },
};

export const perturbed = {
  '1401_jinxi_county_party_standing_committee_flood_season': {
    edits: [
      { old: 'Secretary Tan stressed that leading cadres', new: 'Tan Zhiheng, Secretary of the County Party Committee, stressed that leading cadres' },
      { old: 'Hou Jingrui made arrangements for the work of flood prevention.', new: 'Deputy county magistrate Hou Jingrui made arrangements for the work of flood prevention.' },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Tan Zhiheng', edit: 0, injected: 'Secretary of the County Party Committee',
        orig: { ctx: 'Tan Zhiheng, secretary of the county party committee, presided', text: 'secretary of the county party committee' },
        description: "Tan Zhiheng's post is 'secretary of the county party committee' in the lead and 'Secretary of the County Party Committee' (title case, as the body 'Standing Committee of the County Party Committee' is written) in the injected apposition that replaces the surname-only 'Secretary Tan'." },
      { kind: 'rank_conflict', person: 'Hou Jingrui', edit: 1, injected: 'Deputy county magistrate',
        orig: { ctx: 'county party committee and county magistrate, County', text: 'county magistrate' },
        description: "Hou Jingrui attends as 'deputy secretary of the county party committee and county magistrate' but makes the flood-prevention arrangements as 'Deputy county magistrate' (deputy vs full rank of the county government head; the executive deputy county magistrate is Lei Shuwan)." },
    ],
  },
  '1402_luoxia_city_government_executive_meeting': {
    edits: [
      { old: 'Fan Zhiyuan said that last year', new: 'Fan Zhiyan said that last year' },
      { old: 'Wan Shikai made arrangements for the spring ploughing production.', new: 'Wan Shikai, executive vice mayor, made arrangements for the spring ploughing production.' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Fan Zhiyuan', edit: 0, injected: 'Fan Zhiyan',
        orig: { ctx: 'report of Fan Zhiyuan, director', text: 'Fan Zhiyuan' },
        description: "The market supervision director is 'Fan Zhiyuan' when introduced and 'Fan Zhiyan' (one letter dropped from the given name) in the next sentence." },
      { kind: 'duplicate_unique_post', person: 'Wan Shikai', edit: 1, injected: 'executive vice mayor',
        orig: { ctx: 'Executive vice mayor Ding Ruoxuan', text: 'Executive vice mayor' },
        description: "Wan Shikai, one of the 'vice mayors', is called 'executive vice mayor' in the spring-ploughing paragraph; a city has one executive vice mayor, Ding Ruoxuan. (He also keeps the label 'vice mayors' of the list.)" },
    ],
  },
  '1403_dongpu_county_safety_production_literal_mt': {
    edits: [
      { old: 'Yuan Keming stressed, safety production', new: 'Yuan Kemin stressed, safety production' },
      { old: 'Li Shuanghua asked, each town', new: 'County magistrate Li Shuanghua asked, each town' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Yuan Keming', edit: 0, injected: 'Yuan Kemin',
        orig: { ctx: 'secretary Yuan Keming attended', text: 'Yuan Keming' },
        description: "The county party secretary 'Yuan Keming' appears as 'Yuan Kemin' (final 'g' dropped) at the start of his speech paragraph." },
      { kind: 'title_wording_variant', person: 'Li Shuanghua', edit: 1, injected: 'County magistrate',
        orig: { ctx: 'deputy secretary, county head Li Shuanghua', text: 'county head' },
        description: "The same post of Li Shuanghua (县长) is translated 'county head' in the lead and 'County magistrate' before the name at the opening of the injected paragraph." },
    ],
  },
  '1404_yuanjiang_city_river_chief_ecology_conference': {
    edits: [
      { old: 'After the meeting, Cui Hanmo led', new: 'After the meeting, Cui Hanmo, deputy director of the Municipal Ecological Environment Bureau, led' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Cui Hanmo', edit: 0, injected: 'deputy director of the Municipal Ecological Environment Bureau',
        orig: { ctx: 'Cui Hanmo, director of the Municipal Ecological Environment Bureau, reported', text: 'director of the Municipal Ecological Environment Bureau' },
        description: "Cui Hanmo reports as 'director of the Municipal Ecological Environment Bureau' and leads the inspection after the meeting as 'deputy director' of the same bureau (last paragraph)." },
    ],
  },
  '1405_qianling_city_secretary_research_pingba_rural_revitalization': {
    edits: [
      { old: 'Kang Yifan made arrangements for the next step', new: 'Kang Yifan, vice county magistrate, made arrangements for the next step' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Kang Yifan', edit: 0, injected: 'vice county magistrate',
        orig: { ctx: 'and Kang Yifan, vice mayor, accompanied', text: 'vice mayor' },
        description: "Kang Yifan accompanies the municipal party secretary as 'vice mayor' (municipal government) but is 'vice county magistrate' (county government) at the county symposium: two levels of government for one person." },
    ],
  },
  '1406_heyang_investment_fair_edited_english': {
    edits: [
      { old: 'Zuo Hanying said Heyang had cut', new: 'Zuo Hanyin said Heyang had cut' },
      { old: 'Dong Peihua said the province supports', new: 'Dong Peihua, deputy governor of Linnan Province, said the province supports' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Zuo Hanying', edit: 0, injected: 'Zuo Hanyin',
        orig: { ctx: 'Mayor Zuo Hanying gave', text: 'Zuo Hanying' },
        description: "Mayor 'Zuo Hanying' is 'Zuo Hanyin' (final 'g' dropped) in the next paragraph, which reports her presentation." },
      { kind: 'title_wording_variant', person: 'Dong Peihua', edit: 1, injected: 'deputy governor of Linnan Province',
        orig: { ctx: 'Dong Peihua, vice governor of Linnan Province, attended', text: 'vice governor of Linnan Province' },
        description: "The same post of Dong Peihua (副省长) is 'vice governor of Linnan Province' in the lead and 'deputy governor of Linnan Province' in the injected apposition of his remarks." },
    ],
  },
  '1407_baoqiao_county_education_work_conference_teachers_day': {
    edits: [
      { old: "Gu Wenhui said that the county's", new: "Gu Wenhui, Director of the County Education and Sports Bureau, said that the county's" },
    ],
    inconsistencies: [
      { kind: 'title_capitalization_inconsistency', person: 'Gu Wenhui', edit: 0, injected: 'Director of the County Education and Sports Bureau',
        orig: { ctx: 'and director of the County Education and Sports Bureau, reported', text: 'director of the County Education and Sports Bureau' },
        description: "Gu Wenhui's post is 'director of the County Education and Sports Bureau' (lower-case 'director') in the first sentence of the paragraph and 'Director of the County Education and Sports Bureau' in the injected apposition of the next one." },
    ],
  },
  '1408_beiling_city_health_work_conference': {
    edits: [
      { old: 'Han Shuwei said that the hospital will', new: 'Han Shuwei, president of the Municipal Hospital of Traditional Chinese Medicine, said that the hospital will' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Han Shuwei', edit: 0, injected: 'president of the Municipal Hospital of Traditional Chinese Medicine',
        orig: { ctx: "Han Shuwei, president of the Municipal People's Hospital, Zhou", text: "president of the Municipal People's Hospital" },
        description: "Han Shuwei speaks as 'president of the Municipal People's Hospital' but is 'president of the Municipal Hospital of Traditional Chinese Medicine' two paragraphs later: the heads of two different hospitals." },
    ],
  },
  '1409_ruiyang_county_peoples_congress_session_closing': {
    edits: [
      { old: 'Hou Zhishan, executive vice county magistrate,', new: 'Hou Zhishan, county magistrate,' },
      { old: 'Duan Rongsheng delivered the closing speech.', new: "Duan Rongsheng, deputy director of the Standing Committee of the County People's Congress, delivered the closing speech." },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Hou Zhishan', edit: 0, injected: 'county magistrate',
        orig: { ctx: 'Jiang Huiling, county magistrate, made', text: 'county magistrate' },
        description: "Hou Zhishan's 'executive vice county magistrate' on the rostrum list becomes 'county magistrate', the unique post to which Jiang Huiling is elected at this very session ('Jiang Huiling, county magistrate, made a statement speech')." },
      { kind: 'rank_conflict', person: 'Duan Rongsheng', edit: 1, injected: "deputy director of the Standing Committee of the County People's Congress",
        orig: { ctx: "Duan Rongsheng, director of the Standing Committee of the County People's Congress, presided", text: "director of the Standing Committee of the County People's Congress" },
        description: "Duan Rongsheng presides as 'director of the Standing Committee of the County People's Congress' but delivers the closing speech as 'deputy director' of the same standing committee (the post just given to Ge Chunmiao; deputy directors are several, so this is a rank conflict of Duan, not a duplicate post)." },
    ],
  },
  '1410_qingzhang_cppcc_session_opening': {
    edits: [
      { old: 'Chen Xiaolu delivered the work report of the Standing Committee.', new: 'Chen Xiaolu, chairman of the Qingzhang Municipal Committee of the CPPCC, delivered the work report of the Standing Committee.' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Chen Xiaolu', edit: 0, injected: 'chairman of the Qingzhang Municipal Committee of the CPPCC',
        orig: { ctx: 'Chen Xiaolu, chairman of the CPPCC Qingzhang Municipal Committee, vice', text: 'chairman of the CPPCC Qingzhang Municipal Committee' },
        description: "The same post of Chen Xiaolu is worded 'chairman of the CPPCC Qingzhang Municipal Committee' on the rostrum and 'chairman of the Qingzhang Municipal Committee of the CPPCC' in the injected apposition of the work report (two word orders of one committee name)." },
    ],
  },
  '1411_fuxi_city_npc_standing_committee_appointments': {
    edits: [
      { old: 'Zhang Yinuo, Ding Hanqiu, Kang Shuyi', new: 'Zhang Yinuo, Ding Hanqiao, Kang Shuyi' },
      { old: 'Hao Jingyu led the oath.', new: 'Hao Jingyu, Director of the Municipal Education Bureau, led the oath.' },
    ],
    inconsistencies: [
      { kind: 'name_spelling_variant', person: 'Ding Hanqiu', edit: 0, injected: 'Ding Hanqiao',
        orig: { ctx: 'Appointed Ding Hanqiu as', text: 'Ding Hanqiu' },
        description: "The new court vice president 'Ding Hanqiu' of the appointment list is 'Ding Hanqiao' (one letter added to the last syllable) in the list of oath takers." },
      { kind: 'title_capitalization_inconsistency', person: 'Hao Jingyu', edit: 1, injected: 'Director of the Municipal Education Bureau',
        orig: { ctx: 'Appointed Hao Jingyu as director of the Municipal Education Bureau', text: 'director of the Municipal Education Bureau' },
        description: "Hao Jingyu is appointed 'director of the Municipal Education Bureau' and leads the oath as 'Director of the Municipal Education Bureau' (capital D mid-sentence). The removed predecessor Cheng Dongyao has the same lower-case string (succession, not part of the inconsistency)." },
    ],
  },
  '1412_xialiang_town_mid_year_work_meeting': {
    edits: [
      { old: 'Duan Jiaming, deputy secretary of the town party committee, summarized', new: 'Duan Jiaming, secretary of the town party committee, summarized' },
      { old: 'Jin Xiaoyan made arrangements for the key work', new: 'Jin Xiaoyan, deputy secretary of the county party committee and town mayor, made arrangements for the key work' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Duan Jiaming', edit: 0, injected: 'secretary of the town party committee',
        orig: { ctx: 'Zhan Weiguo, secretary of the town party committee, attended', text: 'secretary of the town party committee' },
        description: "Duan Jiaming's 'deputy secretary of the town party committee' loses 'deputy' and becomes 'secretary of the town party committee', the unique post of Zhan Weiguo." },
      { kind: 'same_person_title_conflict', person: 'Jin Xiaoyan', edit: 1, injected: 'deputy secretary of the county party committee',
        orig: { ctx: 'Jin Xiaoyan, deputy secretary of the town party committee and town mayor, presided', text: 'deputy secretary of the town party committee' },
        description: "Jin Xiaoyan presides as 'deputy secretary of the town party committee and town mayor' but makes the arrangements as 'deputy secretary of the county party committee and town mayor' (county vs town level of the party committee for one person)." },
    ],
  },
};
