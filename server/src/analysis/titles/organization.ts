/**
 * Names of organisations that are not in the body vocabulary, after a post's "of [the]":
 * "director of the County Natural Resources and Planning Bureau", "chairman of the Hong Kong
 * Federation of Xiangjiang Associations", "general manager of Yungfeng Electronics (Qiaonan) Co., Ltd."
 * The phrase must end with an organisation head noun (data: titles.json organizationHeads) and
 * may not cross punctuation, a post, a rank or a function word.
 */
import type { Knowledge, LevelInfo } from '../knowledge/knowledge';
import { TokenFlag, TokenKind, Tokens } from '../text/tokenize';

const MAX_WORDS = 12;
/** Words that never occur inside an organisation name: the phrase has ended before them. */
const STOP = new Set([
  'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'that', 'which', 'who', 'whom', 'whose', 'was', 'were', 'is', 'are', 'be',
  'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'must', 'can', 'could', 'may', 'might', 'do', 'does',
  'did', 'not', 'this', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'his', 'her', 'their', 'we', 'our', 'as', 'than', 'then',
  'or', 'but', 'so', 'if', 'when', 'while', 'where', 'during', 'after', 'before', 'over', 'under', 'about', 'also', 'respectively',
  'attended', 'presided', 'hosted', 'chaired', 'said', 'stressed', 'pointed', 'reported', 'made', 'delivered', 'meeting',
]);
const ABBREVIATION_AFTER = new Set(['co', 'ltd', 'inc', 'corp']);

export interface OrganizationPhrase {
  /** Token index after the phrase. */
  end: number;
  level?: LevelInfo;
}

export function parseOrganization(tokens: Tokens, i: number, k: Knowledge): OrganizationPhrase | undefined {
  let best = -1;
  let level: LevelInfo | undefined;
  let words = 0;
  let j = i;
  while (j < tokens.length && words < MAX_WORDS) {
    const kind = tokens.kind[j];
    if (j > i && tokens.flags[j] & TokenFlag.BlankLineBefore) break;
    // "... of the Municipal Government⏎Division of work:": a complete name at the end of a line, a new line after
    if (best === j && tokens.flags[j] & TokenFlag.LineBreakBefore && tokens.flags[j] & TokenFlag.Capitalized) break;
    const lower = tokens.lower(j);
    if (kind === TokenKind.Punct) {
      // "(Qiaonan)": a place in brackets inside the name
      if (lower === '(' && tokens.isWord(j + 1) && tokens.lower(j + 2) === ')' && j > i) {
        j += 3;
        continue;
      }
      // "Co., Ltd.": abbreviation dots and the comma between abbreviations belong to the name
      const afterAbbreviation = tokens.isWord(j - 1) && ABBREVIATION_AFTER.has(tokens.lower(j - 1));
      if (lower === '.' && afterAbbreviation && !(tokens.flags[j] & TokenFlag.SpaceBefore)) {
        if (best === j) best = j + 1;
        j++;
        continue;
      }
      if (lower === ',' && tokens.isWord(j + 1) && ABBREVIATION_AFTER.has(tokens.lower(j + 1)) && (afterAbbreviation || tokens.lower(j - 1) === '.')) {
        j++;
        continue;
      }
      break;
    }
    if (kind !== TokenKind.Word && kind !== TokenKind.Possessive) break;
    // a post, a rank or a status ends the name ("... Bureau and deputy secretary of ..."); a word that only
    // begins one ("county" of "county head", "group" of "group leader") does not
    if (j > i && (STOP.has(lower) || k.posts.match(tokens, j) >= 0 || k.ranks.match(tokens, j) >= 0 || k.statuses.match(tokens, j) >= 0)) break;
    let headEnd = k.organizationHeads.match(tokens, j);
    if (headEnd < 0) headEnd = k.bodies.match(tokens, j);
    if (k.levels.match(tokens, j) >= 0 && !level) level = k.levels.matched;
    if (headEnd >= 0) {
      words += headEnd - j;
      j = headEnd;
      best = j;
      // "Bureau of Commerce", "Department of Justice": capitalised words after the head's "of"
      if (tokens.lower(j) === 'of' && isCapitalisedName(tokens, j + 1)) {
        let e = j + 1;
        while (e < tokens.length && e - j <= 3 && isCapitalisedName(tokens, e)) e++;
        // "Department of Agriculture and Rural Affairs", "Bureau of Culture, Radio, Television and Tourism"
        for (let joins = 0; joins < 4 && e + 1 < tokens.length; joins++) {
          // ", and" (the serial comma), "and" or ","
          const skip = tokens.lower(e) === ',' && tokens.lower(e + 1) === 'and' ? 2 : tokens.lower(e) === 'and' || tokens.lower(e) === ',' ? 1 : 0;
          if (skip === 0 || !isCapitalisedName(tokens, e + skip)) break;
          e += skip;
          while (e < tokens.length && isCapitalisedName(tokens, e) && e - j <= 12) e++;
        }
        if (!k.organizationHeads.startsAt(tokens, e) && !isCapitalisedName(tokens, e)) best = e;
      } else if (tokens.lower(j) === 'of') {
        // "bureau of natural resources and planning", "federation of industry and commerce": lower-case
        // words after the head's "of", up to the punctuation that ends the title
        const e = lowerCaseLineOfWork(tokens, j + 1, k);
        if (e > 0) best = e;
      }
      continue;
    }
    words++;
    j++;
  }
  return best > i ? { end: best, level } : undefined;
}

const MAX_LINE_OF_WORK = 5;

/** The end of "natural resources and planning" from token i when punctuation or a line break follows it, else -1. */
function lowerCaseLineOfWork(tokens: Tokens, i: number, k: Knowledge): number {
  let e = i;
  let and = false;
  while (e < tokens.length && e - i < MAX_LINE_OF_WORK && tokens.isWord(e) && !(tokens.flags[e] & (TokenFlag.Capitalized | TokenFlag.HasDigit | TokenFlag.LineBreakBefore))) {
    const lower = tokens.lower(e);
    if (lower === 'and') {
      if (and || e === i) return -1;
      and = true;
    } else if (STOP.has(lower) || ARTICLE.has(lower) || k.posts.match(tokens, e) >= 0 || k.ranks.match(tokens, e) >= 0) return -1;
    e++;
  }
  if (e === i || tokens.lower(e - 1) === 'and') return -1;
  const endsTitle = e >= tokens.length || tokens.flags[e] & TokenFlag.LineBreakBefore || (tokens.kind[e] === TokenKind.Punct && END_PUNCT.has(tokens.lower(e)));
  return endsTitle ? e : -1;
}

const ARTICLE = new Set(['the', 'a', 'an', 'of']);
const END_PUNCT = new Set([',', '.', ';', ')', '，', '。', '；', '）', '、', ':']);

function isCapitalisedName(tokens: Tokens, i: number): boolean {
  return tokens.isWord(i) && (tokens.flags[i] & (TokenFlag.Capitalized | TokenFlag.HasDigit)) === TokenFlag.Capitalized;
}
