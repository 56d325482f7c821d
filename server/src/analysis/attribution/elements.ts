/**
 * The document as a sequence of name and title elements with the glue between them classified.
 * Attribution and roles read this sequence instead of raw tokens.
 */
import { TokenFlag, TokenKind, Tokens } from '../text/tokenize';
import type { ParsedTitle } from '../titles/parseTitle';

export type Glue =
  | 'adjacent' // only spaces (or an article) between
  | 'comma'
  | 'and'
  | 'open-paren'
  | 'colon'
  | 'including'
  | 'slash'
  /** Two or more spaces or a tab on one line: the columns of a table row ("Lei Mingxuan      Director of ..."). */
  | 'cell'
  | 'break';

export interface NameElement {
  type: 'name';
  first: number;
  end: number;
  personIndex: number;
  possessive: boolean;
  /** "Secretary Xu", "Mr Zhou": a surname standing for a person named in full elsewhere. */
  surnameOnly: boolean;
}

export interface TitleElement {
  type: 'title';
  first: number;
  end: number;
  title: ParsedTitle;
  titleIndex: number;
}

export type Element = NameElement | TitleElement;

const ARTICLES = new Set(['the', 'a', 'an']);
const INCLUDING = new Set(['including', 'include', 'includes', 'namely', 'such', 'as', 'comrades', 'comrade']);

/** Classifies the tokens between two elements. */
export function glueBetween(tokens: Tokens, from: number, to: number): Glue {
  const n = tokens.length;
  if (from >= to) {
    if (to < n && tokens.flags[to] & TokenFlag.BlankLineBefore) return 'break';
    return to > 0 && to < n && isCellGap(tokens, to) ? 'cell' : 'adjacent';
  }
  let glue: Glue = 'adjacent';
  for (let j = from; j < to; j++) {
    if (tokens.flags[j] & TokenFlag.BlankLineBefore) return 'break';
    const w = tokens.lower(j);
    // "MA Jun (Hui ethnicity), Jin Xiaolu (female), ...": a short aside in brackets does not end a list
    const close = j > from || glue === 'adjacent' ? asideEnd(tokens, j, to) : -1;
    if (close > 0) {
      j = close;
      continue;
    }
    const kind = tokens.kind[j];
    if (kind === TokenKind.Punct) {
      if (w === ',' || w === '，' || w === '、') glue = glue === 'adjacent' ? 'comma' : glue;
      else if (w === '(' || w === '（') glue = 'open-paren';
      else if (w === ')' || w === '）') glue = glue === 'adjacent' ? 'comma' : glue;
      else if (w === ':' || w === '：') glue = 'colon';
      else if (w === '/' || w === '|') glue = 'slash';
      else return 'break';
    } else if (kind === TokenKind.Word) {
      if (w === 'and' || w === '&') glue = glue === 'including' ? 'including' : 'and';
      else if (ARTICLES.has(w)) continue;
      else if (INCLUDING.has(w)) glue = 'including';
      else return 'break';
    } else return 'break';
  }
  if (to < n && tokens.flags[to] & TokenFlag.BlankLineBefore) return 'break';
  // "Tong Xiaoping (female)  Director of ...": an aside, then the column gap
  if (glue === 'adjacent' && to < n && isCellGap(tokens, to)) return 'cell';
  return glue;
}

const MAX_ASIDE = 6;

/** If tokens[j] opens a bracketed aside of a few words that closes before `to`, the index of its closing bracket. */
function asideEnd(tokens: Tokens, j: number, to: number): number {
  const open = tokens.lower(j);
  if (open !== '(' && open !== '（') return -1;
  for (let m = j + 1; m < Math.min(to, j + MAX_ASIDE + 2); m++) {
    const w = tokens.lower(m);
    if (w === ')' || w === '）') return m;
    if (tokens.kind[m] === TokenKind.Punct && w !== ',' && w !== '，' && w !== '、') return -1;
  }
  return -1;
}

/** Whether the white space before tokens[i] is a table column gap (two or more spaces or a tab, no line break). */
export function isCellGap(tokens: Tokens, i: number): boolean {
  return !(tokens.flags[i] & TokenFlag.LineBreakBefore) && tokens.start[i] - tokens.end[i - 1] >= 2;
}
