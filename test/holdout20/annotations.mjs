// Source of the twentieth held-out set gold (test/holdout20). `node test/goldkit/build-set.mjs test/holdout20` turns this
// file into gold/*.json and perturbed/* (every offset is computed by the script, never typed by hand).
//
// Per person:
//   name         the name as written at its first occurrence
//   forms        every spelling counted as a mention (default [name]); every whole-word occurrence of every form is a mention
//   surnameIn    contexts such as "Secretary Cen": every whole-word occurrence of the context makes the surname inside it a
//                mention (surname-only reference bound by a title)
//   titles, roles, note   as in the gold format (test/gold/seeds/*.json)
// Per perturbed copy:
//   edits        [{old, new}] applied in order to the clean report
//   inconsistencies: {kind, person, injected: text inside the edit's `new` (edit index `edit`),
//                orig: {ctx, text} the original span = `text` inside the unique context `ctx`}
//
// Conventions: /work/shared/gold/README.md and the "Annotation decisions" of test/holdout3/README.md, plus the decisions
// listed in README.md of this folder. In short:
// - "Secretary Cen", "Secretary Zhu": the surname is the mention; the address form is not a separate title.
// - Literal MT titles are copied in their word order ("Municipal Party Committee deputy secretary", "county water
//   conservancy bureau director", "Town Party Committee Secretary", "town mayor").
// - Byline labels are titles ("Editor", "Reviewer", "Review", "Reporter", "Correspondent", "Text" + "Photo", "Writer",
//   "Responsible editor"); the field name "Author:" gives no title (the person keeps the role byline).
// - "made statements" (district head on behalf of his district), "reported", "explained the plan", "interpreted the
//   document", "introduced", "listened to the introduction of", "made the work report", "made the report on" = reported;
//   "delivered a speech", "stressed", "pointed out", "asked", "required", "requested", "urged", "made arrangements",
//   "made exchange speeches", "shared their experience", "spoke as entrepreneur representatives", "made a statement"
//   (of office) = spoke; "accompanied", "were seated on the rostrum", "as non-voting participants", "witnessed" = attended;
//   "presided (over)", "chaired by", "presided by" = presided.
// - A "said" / "pointed out" sentence that continues the person's own report adds no separate `spoke`.
// - Every double-quoted phrase is a theme, except full-sentence direct speech attributed with "said" (2007 x1); also the
//   named sessions, executive meetings, plenary sessions and the named Thought.

export const reports = {
  '2001_lanshui_municipal_standing_committee_meeting': {
    persons: [
      { name: 'Cen Zhuoyuan', surnameIn: ['Secretary Cen'], titles: ['Secretary of the Municipal Party Committee'], roles: ['presided', 'spoke'],
        note: "'presided over the meeting and delivered a speech'; 'emphasized' and surname-only 'Secretary Cen requested' (span = 'Cen')." },
      { name: 'Ouyang Jiaxin', titles: ['Municipal Party Committee deputy secretary', 'mayor'], roles: ['attended'],
        note: "Literal MT 'Municipal Party Committee deputy secretary, mayor Ouyang Jiaxin' = two posts split on ', '. Two-syllable surname Ouyang." },
      { name: 'Rao Shuting', titles: ['Municipal Party Committee deputy secretary'], roles: ['attended'] },
      { name: 'Zuo Ximing', titles: ['Chairman of the Municipal CPPCC'], roles: ['attended'], note: "'attended as non-voting participants'." },
      { name: 'Guan Lihua', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'] },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [], note: "'General Secretary Xi Jinping important speech' (MT without 's); only referred to." },
      { name: 'Tong Yunfei', titles: ['Vice Mayor'], roles: ['reported'],
        note: "'The meeting listened to the report of Vice Mayor Tong Yunfei' (reported). Second mention 'Tong Yunfei should take the lead' is an instruction of the meeting (no role)." },
      { name: 'Xing Wenbo', titles: ['Municipal Development and Reform Commission director'], roles: ['reported'], note: "'The meeting heard ... director Xing Wenbo report on' (reported)." },
      { name: 'Bao Ruiqi', titles: ['Editor'], roles: ['byline'] },
      { name: 'Ding Kaiyuan', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: ['two sessions', '14th Five-Year Plan', 'high-quality development', 'three must-manages', 'efficiently accomplishing one thing', 'at most run once'],
    notes: "City portal, ordinary MT. Standing committee meeting of a municipal party committee: secretary presides; mayor and deputy secretary in literal word order ('Municipal Party Committee deputy secretary, mayor X'); CPPCC chairman and people's congress director as non-voting participants; two reports heard ('listened to the report of Vice Mayor X', 'heard ... director X report on'). Surname-only 'Secretary Cen'. 'Vice Mayor' (Tong Yunfei) vs 'mayor' (Ouyang Jiaxin) are different persons. 'Jiangsu delegation' is a place. 'two sessions' occurs twice (one theme).",
  },
  '2002_yaoshan_county_government_executive_meeting': {
    persons: [
      { name: 'Lu Zhenyang', titles: ['County Party Committee deputy secretary', 'county head'], roles: ['presided', 'spoke'],
        note: "'presided over the meeting'; 'asked' and 'stressed' (spoke)." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [] },
      { name: 'Jing Hanwen', titles: ['county water conservancy bureau director'], roles: ['reported'],
        note: "'The meeting heard the report of ... director Jing Hanwen' (reported); 'Jing Hanwen said' continues his report." },
      { name: 'Fan Yuqing', titles: ['Executive deputy county head'], roles: ['spoke'], note: "'made arrangements on flood prevention work' (spoke)." },
      { name: 'Hou Xiaoyan', titles: ['Deputy county head'], roles: ['reported'],
        note: "'explained the plan' (reported); 'Hou Xiaoyan pointed out' continues her explanation (no separate spoke)." },
      { name: 'Shao Yuncheng', titles: ['Deputy county heads'], roles: ['attended'], note: "Plural label before a comma-separated list 'Deputy county heads Shao Yuncheng, Kang Weiping attended'." },
      { name: 'Kang Weiping', titles: ['Deputy county heads'], roles: ['attended'] },
      { name: 'An Lixin', titles: ['County Court president'], roles: ['attended'], note: "'attended as non-voting participants'. Two-letter surname An." },
      { name: 'Ge Tianrui', titles: ['County Procuratorate chief procurator'], roles: ['attended'] },
      { name: 'Chu Qingmiao', titles: ['Responsible editor'], roles: ['byline'] },
    ],
    themes: ["37th Executive Meeting of the 18th County People's Government", 'people first, life first', 'Yaoshan County Implementation Plan for Old Residential Community Renovation in 2025', 'renovate what the masses want', 'two safeguards', 'find problems on the spot, solve problems on the spot', 'Sunshine Canteen'],
    notes: "County government portal, ordinary MT. County government executive meeting: county head presides; report of the water conservancy bureau director; executive deputy county head makes arrangements; deputy county head explains a plan; plural label 'Deputy county heads A, B'; court president and chief procurator as non-voting participants. 'county head' (Lu Zhenyang) vs 'Executive deputy county head' / 'Deputy county head(s)' are different persons. The headline names the meeting ('The 37th Executive Meeting ...'), a theme.",
  },
  '2003_qiaoling_city_work_safety_conference': {
    persons: [
      { name: 'Zhan Qiyuan', titles: ['Deputy secretary of the Municipal Party Committee', 'mayor'], roles: ['attended', 'spoke'],
        note: "'attended and delivered a speech'; 'pointed out', 'asked'." },
      { name: 'Mo Jingchuan', titles: ['Member of the Standing Committee of the Municipal Party Committee', 'executive vice mayor'], roles: ['presided', 'spoke'],
        note: "Posts joined by ' and ' before the name; 'Mo Jingchuan requested' (spoke)." },
      { name: 'Wan Shufen', titles: ['Vice mayor'], roles: ['attended'] },
      { name: 'Jin Baolin', titles: ['Secretary-General of the Municipal Government'], roles: ['attended'] },
      { name: 'Yan Zhihui', titles: ['Director of the Municipal Emergency Management Bureau'], roles: ['reported'],
        note: "'reported the work safety situation ... and deployed the key work' (reported); 'Yan Zhihui said the bureau will' continues the report." },
      { name: 'Lei Jiangbo', titles: ['Dongcheng District head'], roles: ['reported'],
        note: "'Dongcheng District head Lei Jiangbo, <bureau> and <company> made statements' (made statements on behalf of units = reported); the bureau and the company are not persons." },
      { name: 'Xi Jinping', titles: ['General Secretary'], roles: [] },
      { name: 'Duan Xiaoxue', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Xue Pengfei', titles: ['Correspondent'], roles: ['byline'] },
      { name: 'Qian Yuwei', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: ['hundred-day action', 'safety first, prevention first', 'three-year action for fundamental improvement', 'the people who are in charge of industry must be in charge of safety', 'two sessions'],
    notes: "Municipal emergency management bureau site, ordinary MT. City work safety conference: mayor speaks, executive vice mayor presides, bureau director reports, a district head and two units make statements. 'mayor' vs 'executive vice mayor' vs 'Vice mayor' are three persons. Credits 'Reporter / Correspondent / Editor' at the foot.",
  },
  '2004_shuikou_county_ecological_environment_committee': {
    persons: [
      { name: 'Gu Lanxin', titles: [], roles: ['byline'], note: "'Author: Gu Lanxin' in the date line: field name, not a credit label (no title), as holdout3/309." },
      { name: 'Tan Yuefeng', titles: ['County Party Secretary'], roles: ['attended', 'spoke'],
        note: "'attended and spoke'; 'stressed', 'required'." },
      { name: 'Cheng Guohui', titles: ['County Party Committee deputy secretary', 'county head'], roles: ['presided', 'spoke'],
        note: "'presided over the meeting'; 'Cheng Guohui said, to implement ...' and 'Cheng Guohui requested' (spoke)." },
      { name: 'Su Hongjun', titles: ["County people's congress standing committee director"], roles: ['attended'] },
      { name: 'Dong Meilan', titles: ['county CPPCC chairman'], roles: ['attended'] },
      { name: 'Jiang Luobin', titles: ['county leaders'], roles: ['attended'], note: "Lower-case label before a 3-name comma list 'county leaders A, B, C attended'." },
      { name: 'Peng Xiaoli', titles: ['county leaders'], roles: ['attended'] },
      { name: 'Meng Qingbo', titles: ['county leaders'], roles: ['attended'] },
      { name: 'Xiao Tingrui', titles: ['Head of the County Ecological Environment Bureau'], roles: ['reported'] },
      { name: 'Xi Jinping', titles: [], roles: [], note: "Only inside the theme 'Xi Jinping Thought on Ecological Civilization'." },
      { name: 'Cui Xinyu', titles: ['Editor'], roles: ['byline'] },
      { name: 'Tong Xiaolei', titles: ['Review'], roles: ['byline'] },
    ],
    themes: ['Xi Jinping Thought on Ecological Civilization', 'lucid waters and lush mountains are invaluable assets', 'Beautiful Shuikou', 'not reduce the standard, not lower the requirements', 'the party and government share the same responsibility, one post two responsibilities'],
    notes: "County convergence-media site, ordinary MT ('the tasks of sales number' = literal 销号, closing of rectification items). Plenary meeting of the county ecological environment protection committee: county party secretary speaks, county head presides, bureau head reports. 'Author:' in the date line (no title) and 'Editor / Review' at the foot. 'Shui River', 'Shuikou Release' are not persons. 'County Party Secretary' (Tan) vs 'County Party Committee deputy secretary' (Cheng) are different persons.",
  },
  '2005_baitang_town_rural_revitalization_meeting': {
    persons: [
      { name: 'Yuan Shoukang', titles: ['Town Party Committee Secretary'], roles: ['attended', 'spoke'], note: "'attended and delivered a speech'; 'pointed out', 'stressed'." },
      { name: 'Shen Wanqiu', titles: ['town Party Committee deputy secretary', 'town mayor'], roles: ['presided', 'spoke'],
        note: "'town mayor' is the literal MT of the township head; 'Shen Wanqiu asked' (spoke)." },
      { name: 'Xue Jianping', titles: ['Town Party Committee member', 'deputy town mayor'], roles: ['reported', 'spoke'],
        note: "'interpreted the 2025 \"No. 1 Central Document\"' (reported) 'and made arrangements for the spring agricultural production' (spoke)." },
      { name: 'Hao Guilin', titles: ["Town People's Congress chairman"], roles: ['attended'] },
      { name: 'Gu Defu', titles: ['Party branch secretary of Shangwan Village'], roles: ['spoke'], note: "'made exchange speeches' (spoke)." },
      { name: 'Wan Xiulan', titles: ['Party branch secretary of Liutang Village'], roles: ['spoke'] },
      { name: 'Lei Chengzhi', titles: ['director of village committee of Shitou Village'], roles: ['spoke'] },
      { name: 'Kang Wanyi', titles: ['Text', 'Photo'], roles: ['byline'], note: "'Text/Photo: Kang Wanyi' = two labels." },
      { name: 'Ding Ruozhen', titles: ['Review'], roles: ['byline'] },
    ],
    themes: ['No. 1 Central Document', 'one village one product', 'Thousand Villages Demonstration and Ten Thousand Villages Renovation', 'no large-scale return to poverty', 'Baitang Good Things', 'two committees', 'roll up sleeves and work hard'],
    notes: "Township page on a county portal, ordinary MT. Township rural revitalization meeting: town party secretary speaks, 'town mayor' presides, deputy town mayor interprets the No. 1 Document, three village heads make exchange speeches. Village names (Shangwan, Liutang, Shitou) are places. 'Town Party Committee Secretary' (Yuan) vs 'town Party Committee deputy secretary' (Shen) and 'Town Party Committee member' (Xue): different persons and posts. 'two committees' is quoted twice (one theme).",
  },
  '2006_dongjin_high_tech_zone_investment_promotion': {
    persons: [
      { name: 'Zhou Linfeng', titles: ['Secretary of the Party Working Committee of the High-tech Zone'], roles: ['attended', 'spoke'] },
      { name: 'Liang Boyuan', titles: ['Deputy secretary of the Party Working Committee', 'director of the Management Committee'], roles: ['presided', 'spoke'],
        note: "'presided the meeting' (MT without 'over'); 'stressed' (spoke)." },
      { name: 'Su Yaqin', titles: ['Vice mayor of Hanzhou City'], roles: ['attended'], note: "'attended and witnessed the signing'." },
      { name: 'Han Zhiguo', titles: ['Deputy director of the Management Committee'], roles: ['reported'], note: "'introduced the investment environment of the zone' (briefing = reported)." },
      { name: 'Chu Jiawei', titles: ['Chairman of Hanzhou Xinrui Semiconductor Co., Ltd.'], roles: ['spoke'],
        note: "'spoke as entrepreneur representatives' (the role phrase is not a title); 'Chu Jiawei said' continues his speech." },
      { name: 'Zhan Yiheng', titles: ['general manager of Zhongke Lvneng Technology Co., Ltd.'], roles: ['spoke'] },
      { name: 'Deng Yiming', titles: ['Members of the leading team of the Management Committee'], roles: ['attended'] },
      { name: 'Lu Xiaodan', titles: ['Members of the leading team of the Management Committee'], roles: ['attended'] },
      { name: 'He Ziyan', titles: ['Editor'], roles: ['byline'] },
      { name: 'Luo Peiwen', titles: ['Reviewer'], roles: ['byline'] },
    ],
    themes: ['new quality productive forces', 'one project one policy', 'the number one project', "the enterprise's matter is our matter", 'nanny-style service', 'one-stop service'],
    notes: "Development-zone site, ordinary MT. Investment promotion conference and project signing: zone party working committee secretary speaks, management committee director presides, deputy director introduces the zone, two entrepreneurs speak, a city vice mayor witnesses. Company titles include 'Co., Ltd.' (the ', ' inside the company name does not split). 'director' vs 'Deputy director of the Management Committee' are different persons. 'Hanzhou city' is a place.",
  },
  '2007_jinhe_city_education_work_conference': {
    persons: [
      { name: 'Li Wenhua', titles: ['Mayor'], roles: ['spoke'],
        note: "'spoke at the conference'; 'said' (continues); full-sentence direct quotation 'Every child ...' is not a theme." },
      { name: 'Rao Qiuyan', titles: ['Vice Mayor'], roles: ['presided', 'spoke'], note: "Passive 'which was chaired by Vice Mayor Rao Qiuyan' (presided); 'urged' (spoke)." },
      { name: 'Jin Zhaolong', titles: ['head of the municipal education bureau'], roles: ['reported'] },
      { name: 'Fan Meiqi', titles: ['school heads', 'principal of Jinhe No. 3 Middle School'], roles: ['spoke'],
        note: "'Three school heads shared their experience at the conference: A, post; B, post; and C, post' - the label before the colon list is a title of each (numeral dropped); posts after the names in a semicolon list." },
      { name: 'Yan Keliang', titles: ['school heads', 'headmaster of Xiqiao Primary School'], roles: ['spoke'] },
      { name: 'Cui Lijuan', titles: ['school heads', 'director of Hongxing Kindergarten'], roles: ['spoke'] },
      { name: 'Wu Jiayi', titles: ["deputy director of the standing committee of the municipal people's congress"], roles: ['attended'] },
      { name: 'Song Liqun', titles: ["vice-chairwoman of the municipal committee of the Chinese People's Political Consultative Conference"], roles: ['attended'] },
      { name: 'Kang Siyu', titles: ['Writer'], roles: ['byline'] },
      { name: 'Ge Huanyu', titles: ['Editor'], roles: ['byline'] },
    ],
    themes: ['double reduction', 'building a leading country in education'],
    notes: "City English portal, EDITED fluent English (news style, 'on Tuesday'). Education work conference: mayor speaks, vice mayor chairs (passive 'which was chaired by'), bureau head reports, three school heads in a colon/semicolon list with posts after the names. Direct quotation attributed with 'said' is not a theme. 'Mayor' (Li) vs 'Vice Mayor' (Rao): different persons. Credits 'Writer: X | Editor: Y'.",
  },
  '2008_qingtai_county_medical_health_research': {
    persons: [
      { name: 'Zhu Hongtao', surnameIn: ['Secretary Zhu'], titles: ['county party committee secretary'], roles: ['spoke'],
        note: "Research visit: no presiding; 'stressed', 'asked' (spoke); named in the headline; surname-only 'Secretary Zhu asked' (span = 'Zhu')." },
      { name: 'Guan Yaping', titles: ['County leaders'], roles: ['attended'], note: "'County leaders A, B accompanied' (accompanied = attended)." },
      { name: 'Xing Jiayu', titles: ['County leaders'], roles: ['attended'] },
      { name: 'Tong Shiqiang', titles: ['hospital president'], roles: ['reported'], note: "'listened to the introduction of hospital president X about ...' (briefing = reported)." },
      { name: 'Bao Yuhang', titles: ['Director of the health center'], roles: ['spoke'], note: "'Director of the health center Bao Yuhang said that ...' (spoke)." },
      { name: 'Jiang Hanxue', titles: ['director of the county health commission'], roles: ['reported'], note: "'reported the progress'; 'Jiang Hanxue said' continues the report." },
      { name: 'Mo Xiaotian', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Zuo Ningxi', titles: ['Responsible editor'], roles: ['byline'] },
    ],
    themes: ['close-knit county medical community', 'do not have to go out of town for minor illness', 'people-centered', 'Healthy Qingtai', 'form together', 'heart together', 'difficult to see a doctor'],
    notes: "County portal, ordinary MT. Research visit (inspection) of the county party secretary to hospitals, a township health center and a village clinic, ending with a symposium. The unnamed 'village doctor' is not a person. The quoted villagers' phrase 'do not have to go out of town for minor illness' is a short quoted phrase (theme). Hospitals and 'Hebian Town Health Center' are organisations.",
  },
  '2009_langbai_county_peoples_congress_session_closing': {
    persons: [
      { name: 'Hou Zhaoqun', titles: ['Executive chairmen of the presidium', "director of the Standing Committee of the County People's Congress"], roles: ['attended', 'presided'],
        note: "In the plural label list 'Executive chairmen of the presidium A, B and C were seated on the rostrum' (attended) and 'Hou Zhaoqun, director ..., presided over the closing meeting'." },
      { name: 'Qian Shulan', titles: ['Executive chairmen of the presidium'], roles: ['attended'] },
      { name: 'Duan Yulin', titles: ['Executive chairmen of the presidium'], roles: ['attended'] },
      { name: 'Zhang Ruiqi', titles: ["vice county head of Langbai County People's Government", 'vice county head'], roles: ['spoke'],
        note: "Female; elected 'as vice county head of Langbai County People's Government' and then 'Newly elected vice county head Zhang Ruiqi' (the full post and the short form are two verbatim titles; 'Newly elected' is not part of the title). 'made a statement' of office (spoke); 'said she will' continues." },
      { name: 'Xiao Guangyu', titles: ['County party committee secretary'], roles: ['spoke'], note: "'delivered a speech', 'pointed out', 'asked'." },
      { name: 'Deng Yaoting', titles: ['County party committee deputy secretary', 'county head'], roles: ['attended'] },
      { name: 'Cui Wenqiang', titles: ['county CPPCC chairman'], roles: ['attended'] },
      { name: 'Su Mengjie', titles: ['Reporter'], roles: ['byline'] },
    ],
    themes: ["Fourth Session of the 18th Langbai County People's Congress", 'five major battles', '14th Five-Year Plan', 'Third Plenary Session of the 20th CPC Central Committee', 'strengthening the county economy'],
    notes: "County people's congress site, ordinary MT. Closing meeting of a county people's congress session with a by-election: a vice county head is elected and takes the constitutional oath; county party secretary speaks. 'vice county head' (Zhang) vs 'county head' (Deng): different persons. 'county people's court', 'county people's procuratorate' are institutions (no person).",
  },
  '2010_fenglin_municipal_cppcc_session_opening': {
    persons: [
      { name: 'Ge Minghua', titles: ['Executive chairman of the session', 'Vice Chairman of the Municipal CPPCC'], roles: ['presided'],
        note: "'presided the opening meeting' and the 'preparatory meeting presided by Ge Minghua' (presided)." },
      { name: 'Peng Shaoqing', titles: ['Chairman of the Municipal CPPCC'], roles: ['reported'],
        note: "'on behalf of the Standing Committee ... made the work report' (reported); two 'Peng Shaoqing said' paragraphs continue the report." },
      { name: 'An Weiting', titles: ['Vice Chairman of the Municipal CPPCC'], roles: ['reported'] },
      { name: 'Luo Yuanheng', titles: ['Secretary of the Municipal Party Committee'], roles: ['attended'] },
      { name: 'Du Jingshan', titles: ['Deputy secretary of the Municipal Party Committee', 'mayor'], roles: ['attended'] },
      { name: 'Chen Zhaoxia', titles: ["director of the Standing Committee of the Municipal People's Congress"], roles: ['attended'], note: "'and other city leaders' is generic (not a title)." },
      { name: 'Lin Guofeng', titles: ['Vice Chairmen of the Municipal CPPCC'], roles: ['attended'], note: "Plural label before 'A, B, C, Secretary-General D were seated on the rostrum'." },
      { name: 'Meng Shuyue', titles: ['Vice Chairmen of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Yuan Kaixin', titles: ['Vice Chairmen of the Municipal CPPCC'], roles: ['attended'] },
      { name: 'Qian Lihong', titles: ['Secretary-General'], roles: ['attended', 'reported'],
        note: "Own label 'Secretary-General' inside the list (the plural label before stops at it); 'explained the draft agenda' (reported)." },
      { name: 'Xi Jinping', titles: [], roles: [], note: 'Only inside the named Thought (theme).' },
      { name: 'Hao Yiran', titles: ['Reporter'], roles: ['byline'] },
      { name: 'Wu Chenxi', titles: ['Photo'], roles: ['byline'] },
    ],
    themes: ['Third Session of the 11th Fenglin Municipal Committee of CPPCC', "Third Session of the Eleventh Fenglin Municipal Committee of the Chinese People's Political Consultative Conference", 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era', 'building a strong manufacturing city', 'improving the quality of old urban areas', 'specialized consultative body', 'consultation on the doorstep', "Fourth Session of the 14th Fenglin Municipal People's Congress"],
    notes: "City CPPCC site, ordinary MT. Opening of a municipal CPPCC session: executive chairman (a vice chairman) presides, chairman makes the standing committee work report, a vice chairman reports on proposals; party secretary, mayor and people's congress director attend; vice chairmen and the secretary-general on the rostrum. 'Chairman' vs 'Vice Chairman' / 'Vice Chairmen' of the Municipal CPPCC are different persons. 'the secretary-general of the session' (lower case, no name) is not a person. Session named twice (headline short form, lead long form): two themes.",
  },
};

export const perturbed = {
  '2001_lanshui_municipal_standing_committee_meeting': {
    edits: [
      { old: 'report of Vice Mayor Tong Yunfei on', new: 'report of Mayor Tong Yunfei on' },
      { old: 'Secretary Cen requested', new: 'Cen Zhuoyuan, secretary of the Municipal Party Committee, requested' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Tong Yunfei', edit: 0, injected: 'Mayor',
        orig: { ctx: 'mayor Ouyang Jiaxin', text: 'mayor' },
        description: "Vice Mayor Tong Yunfei becomes 'Mayor' (the word 'Vice' dropped), the unique post held by Ouyang Jiaxin ('Municipal Party Committee deputy secretary, mayor Ouyang Jiaxin')." },
      { kind: 'title_capitalization_inconsistency', person: 'Cen Zhuoyuan', edit: 1, injected: 'secretary of the Municipal Party Committee',
        orig: { ctx: 'Secretary of the Municipal Party Committee Cen Zhuoyuan', text: 'Secretary of the Municipal Party Committee' },
        description: "The same post of Cen Zhuoyuan is 'Secretary of the Municipal Party Committee' in the lead and 'secretary of the Municipal Party Committee' in the injected apposition of the last paragraph (replacing the surname-only 'Secretary Cen')." },
    ],
  },
  '2002_yaoshan_county_government_executive_meeting': {
    edits: [
      { old: 'Hou Xiaoyan pointed out', new: 'Deputy county magistrate Hou Xiaoyan pointed out' },
      { old: 'Jing Hanwen said that', new: 'Jing Hanwei said that' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Hou Xiaoyan', edit: 0, injected: 'Deputy county magistrate',
        orig: { ctx: 'Deputy county head Hou Xiaoyan', text: 'Deputy county head' },
        description: "Hou Xiaoyan is 'Deputy county head' when explaining the plan and 'Deputy county magistrate' two sentences later (two translations of 副县长)." },
      { kind: 'name_spelling_variant', person: 'Jing Hanwen', edit: 1, injected: 'Jing Hanwei',
        orig: { ctx: 'director Jing Hanwen on', text: 'Jing Hanwen' },
        description: "The water conservancy bureau director Jing Hanwen is misspelt 'Jing Hanwei' (one syllable) in the second sentence of his report." },
    ],
  },
  '2003_qiaoling_city_work_safety_conference': {
    edits: [
      { old: 'Yan Zhihui said the bureau', new: 'Yan Zhihui, Deputy Director of the Municipal Emergency Management Bureau, said the bureau' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Yan Zhihui', edit: 0, injected: 'Deputy Director of the Municipal Emergency Management Bureau',
        orig: { ctx: 'Director of the Municipal Emergency Management Bureau Yan', text: 'Director of the Municipal Emergency Management Bureau' },
        description: "Yan Zhihui reports as 'Director of the Municipal Emergency Management Bureau' and is 'Deputy Director' of the same bureau in the next sentences of the same paragraph." },
    ],
  },
  '2004_shuikou_county_ecological_environment_committee': {
    edits: [
      { old: 'Tan Yuefeng required', new: 'Tan Yuefeng, secretary of the county Party committee, required' },
      { old: 'Cheng Guohui requested', new: 'Cheng Guohua requested' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Tan Yuefeng', edit: 0, injected: 'secretary of the county Party committee',
        orig: { ctx: 'County Party Secretary Tan', text: 'County Party Secretary' },
        description: "The same post of Tan Yuefeng is 'County Party Secretary' in the lead and 'secretary of the county Party committee' in the injected apposition of the third speech paragraph." },
      { kind: 'name_spelling_variant', person: 'Cheng Guohui', edit: 1, injected: 'Cheng Guohua',
        orig: { ctx: 'county head Cheng Guohui presided', text: 'Cheng Guohui' },
        description: "County head Cheng Guohui appears once as 'Cheng Guohua' (one letter) in the last speech paragraph, right after a correct 'Cheng Guohui said'." },
    ],
  },
  '2005_baitang_town_rural_revitalization_meeting': {
    edits: [
      { old: 'Shen Wanqiu asked', new: 'Town Party Committee Secretary Shen Wanqiu asked' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Shen Wanqiu', edit: 0, injected: 'Town Party Committee Secretary',
        orig: { ctx: 'Town Party Committee Secretary Yuan', text: 'Town Party Committee Secretary' },
        description: "Town mayor Shen Wanqiu (deputy secretary) is given 'Town Party Committee Secretary', the unique post held by Yuan Shoukang ('deputy' dropped)." },
    ],
  },
  '2006_dongjin_high_tech_zone_investment_promotion': {
    edits: [
      { old: 'Zhou Linfeng said that the High-tech Zone', new: 'Zhou Linfeng, secretary of the Hanzhou Municipal Party Committee, said that the High-tech Zone' },
      { old: 'Liang Boyuan stressed', new: 'Liang Boyuan, Director of the Management Committee, stressed' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Zhou Linfeng', edit: 0, injected: 'secretary of the Hanzhou Municipal Party Committee',
        orig: { ctx: 'Secretary of the Party Working Committee of the High-tech Zone Zhou', text: 'Secretary of the Party Working Committee of the High-tech Zone' },
        description: "Zhou Linfeng is the zone's party working committee secretary in the lead and 'secretary of the Hanzhou Municipal Party Committee' (city level, a different body) in his speech paragraph." },
      { kind: 'title_capitalization_inconsistency', person: 'Liang Boyuan', edit: 1, injected: 'Director of the Management Committee',
        orig: { ctx: 'director of the Management Committee Liang', text: 'director of the Management Committee' },
        description: "The same post of Liang Boyuan: 'director of the Management Committee' in the lead, 'Director of the Management Committee' in the injected apposition." },
    ],
  },
  '2007_jinhe_city_education_work_conference': {
    edits: [
      { old: 'Rao Qiuyan urged', new: 'Deputy Mayor Rao Qiuyan urged' },
      { old: 'Yan Keliang described', new: 'Yan Keling described' },
    ],
    inconsistencies: [
      { kind: 'title_wording_variant', person: 'Rao Qiuyan', edit: 0, injected: 'Deputy Mayor',
        orig: { ctx: 'chaired by Vice Mayor Rao', text: 'Vice Mayor' },
        description: "Rao Qiuyan chairs as 'Vice Mayor' and urges as 'Deputy Mayor' (two English wordings of one post)." },
      { kind: 'name_spelling_variant', person: 'Yan Keliang', edit: 1, injected: 'Yan Keling',
        orig: { ctx: 'Yan Keliang, headmaster', text: 'Yan Keliang' },
        description: "The headmaster Yan Keliang is introduced correctly and misspelt 'Yan Keling' (one letter dropped) in the next sentence." },
    ],
  },
  '2008_qingtai_county_medical_health_research': {
    edits: [
      { old: 'Jiang Hanxue said that the shortage', new: 'Deputy director of the county health commission Jiang Hanxue said that the shortage' },
      { old: 'Secretary Zhu asked', new: 'County Party Committee Secretary Zhu Hongtao asked' },
    ],
    inconsistencies: [
      { kind: 'rank_conflict', person: 'Jiang Hanxue', edit: 0, injected: 'Deputy director of the county health commission',
        orig: { ctx: 'director of the county health commission Jiang Hanxue reported', text: 'director of the county health commission' },
        description: "Jiang Hanxue reports as 'director of the county health commission' and is 'Deputy director' of the same commission in the next sentence." },
      { kind: 'title_capitalization_inconsistency', person: 'Zhu Hongtao', edit: 1, injected: 'County Party Committee Secretary',
        orig: { ctx: 'county party committee secretary Zhu Hongtao went', text: 'county party committee secretary' },
        description: "The same post of Zhu Hongtao: 'county party committee secretary' in the lead, 'County Party Committee Secretary' in the last paragraph (replacing 'Secretary Zhu')." },
    ],
  },
  '2009_langbai_county_peoples_congress_session_closing': {
    edits: [
      { old: 'Zhang Ruiqi said she will', new: 'County head Zhang Ruiqi said she will' },
    ],
    inconsistencies: [
      { kind: 'duplicate_unique_post', person: 'Zhang Ruiqi', edit: 0, injected: 'County head',
        orig: { ctx: 'county head Deng Yaoting', text: 'county head' },
        description: "The newly elected vice county head Zhang Ruiqi is called 'County head' (the unique post of Deng Yaoting) when her statement is summarised." },
    ],
  },
  '2010_fenglin_municipal_cppcc_session_opening': {
    edits: [
      { old: 'Peng Shaoqing said that 2025', new: 'Peng Shaoqing, chairman of the county CPPCC, said that 2025' },
      { old: 'Qian Lihong explained', new: 'Deputy Secretary-General Qian Lihong explained' },
    ],
    inconsistencies: [
      { kind: 'same_person_title_conflict', person: 'Peng Shaoqing', edit: 0, injected: 'chairman of the county CPPCC',
        orig: { ctx: 'Chairman of the Municipal CPPCC Peng', text: 'Chairman of the Municipal CPPCC' },
        description: "Peng Shaoqing is 'Chairman of the Municipal CPPCC' in the lead and 'chairman of the county CPPCC' in the second paragraph of his report (municipal vs county level)." },
      { kind: 'rank_conflict', person: 'Qian Lihong', edit: 1, injected: 'Deputy Secretary-General',
        orig: { ctx: 'Secretary-General Qian Lihong were', text: 'Secretary-General' },
        description: "Qian Lihong is 'Secretary-General' on the rostrum and 'Deputy Secretary-General' at the preparatory meeting." },
    ],
  },
};
