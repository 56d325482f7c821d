/**
 * The document as a sequence of name and title elements with the glue between them classified.
 * Attribution and roles read this sequence instead of raw tokens. The elements are a structure of
 * arrays: element e spans tokens [first[e], end[e]) and refers to a person or a parsed title.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { WordTrait } from '../knowledge/wordFacts';
import { TokenFlag, TokenKind, Tokens } from '../text/tokenize';

export const enum Glue {
  /** Only spaces (or an article) between. */
  Adjacent,
  Comma,
  And,
  OpenParen,
  Colon,
  Including,
  Slash,
  /** Two or more spaces or a tab on one line: the columns of a table row ("Lei Mingxuan      Director of ..."). */
  Cell,
  Break,
}

export const enum ElementFlag {
  Title = 1,
  /** A name followed by 's. */
  Possessive = 2,
  /** "Secretary Xu", "Mr Zhou": a surname standing for a person named in full elsewhere. */
  SurnameOnly = 4,
}

export class Elements {
  readonly first: Int32Array;
  readonly end: Int32Array;
  /** The person index of a name, the index of a parsed title. */
  readonly ref: Int32Array;
  readonly flags: Uint8Array;
  /** The glue before each element (Break before the first). */
  readonly glue: Uint8Array;
  count = 0;

  /** Room for `capacity` elements of the document of `tokens`. */
  constructor(capacity: number, tokens: Tokens) {
    this.first = tokens.ints(capacity, false);
    this.end = tokens.ints(capacity, false);
    this.ref = tokens.ints(capacity, false);
    this.flags = tokens.bytes(capacity);
    this.glue = tokens.bytes(capacity);
  }

  push(first: number, end: number, ref: number, flags: number): void {
    const e = this.count++;
    this.first[e] = first;
    this.end[e] = end;
    this.ref[e] = ref;
    this.flags[e] = flags;
  }

  /** Whether element e is a title (false past either end). */
  isTitle(e: number): boolean {
    return e >= 0 && e < this.count && (this.flags[e] & ElementFlag.Title) !== 0;
  }

  /** Whether element e is a name (false past either end). */
  isName(e: number): boolean {
    return e >= 0 && e < this.count && (this.flags[e] & ElementFlag.Title) === 0;
  }

  /** Classifies the glue before every element. */
  classifyGlue(tokens: Tokens, k: Knowledge): void {
    if (this.count > 0) this.glue[0] = Glue.Break;
    for (let e = 1; e < this.count; e++) this.glue[e] = glueBetween(tokens, k, this.end[e - 1], this.first[e]);
    // a line that opens a table row ("Song Jie      director of ...") ends the row above it: the title
    // at the end of that row is not a title before the name
    for (let e = 1; e + 1 < this.count; e++) {
      if (this.glue[e + 1] === Glue.Cell && this.glue[e] === Glue.Adjacent && tokens.flags[this.first[e]] & TokenFlag.LineBreakBefore) this.glue[e] = Glue.Break;
    }
  }
}

const COMMA_LIKE = WordTrait.ListComma | WordTrait.CloseBracket;

/** "X is appointed as <post>", "X, who is also <post>": words that join a name to its post as a comma would. */
const APPOSITIVE_VERBS = new Set([
  'as', 'is appointed as', 'was appointed as', 'is appointed', 'was appointed', 'is elected as', 'was elected as', 'was elected', 'is elected',
  'serves as', 'also serves as', 'who is', 'who is also', 'who serves as', 'and also', 'concurrently serves as',
  'was named', 'is named', 'was named as', 'has been appointed', 'has been named', 'has been elected', 'newly elected', 'newly appointed',
  'newly-elected', 'newly-appointed', 'the newly elected', 'the newly appointed', 'to be', 'to serve as',
  // not "was", "served as", "retired as": a post someone held is no current post
  'is', 'is also', 'became', 'becomes', 'remains',
]);
const APPOSITIVE_FIRST = new Set(['as', 'is', 'was', 'serves', 'also', 'who', 'and', 'concurrently', 'has', 'newly', 'newly-elected', 'newly-appointed', 'the', 'to', 'became', 'becomes', 'remains']);
const MAX_APPOSITIVE_WORDS = 3;

/** "Ji Pengfei⏎Posts: Member of ...": a leaders page's field for the posts of the name above it. */
const POSTS_FIELDS = new Set(['posts', 'post', 'position', 'positions', 'title', 'titles', 'current posts', 'current post']);

/** Whether tokens [from, to) (after a comma, if any) are one of APPOSITIVE_VERBS, or a posts field and its colon at the start of a line. */
function appositiveVerb(tokens: Tokens, from: number, to: number): boolean {
  let a = from;
  // "Lu Xiaoxia (female) to be ...": a short aside in brackets first
  if (tokens.lower(a) === '(' || tokens.lower(a) === '（') {
    let close = a + 1;
    while (close < to && close - a <= 4 && tokens.lower(close) !== ')' && tokens.lower(close) !== '）') close++;
    if (close < to && close - a <= 4) a = close + 1;
  }
  if (tokens.lower(a) === ',') a++;
  if (a >= to) return false;
  const last = tokens.lower(to - 1);
  if ((last === ':' || last === '：') && tokens.flags[a] & TokenFlag.LineBreakBefore) {
    let field = tokens.lower(a);
    for (let j = a + 1; j < to - 1; j++) field += ' ' + tokens.lower(j);
    return POSTS_FIELDS.has(field);
  }
  if (to - a < 1 || to - a > MAX_APPOSITIVE_WORDS || !APPOSITIVE_FIRST.has(tokens.lower(a))) return false;
  let phrase = tokens.lower(a);
  for (let j = a + 1; j < to; j++) {
    if (!tokens.isWord(j)) return false;
    const w = tokens.lower(j);
    // "was appointed a member ...": the article before the post is no part of the verb words
    if (j === to - 1 && (w === 'a' || w === 'an' || w === 'the')) break;
    phrase += ' ' + w;
  }
  return APPOSITIVE_VERBS.has(phrase);
}

/** Classifies the tokens between two elements. */
export function glueBetween(tokens: Tokens, k: Knowledge, from: number, to: number): Glue {
  const n = tokens.length;
  if (to - from >= 1 && to - from <= MAX_APPOSITIVE_WORDS + 5 && appositiveVerb(tokens, from, to)) return Glue.Comma;
  if (from >= to) {
    if (to < n && tokens.flags[to] & TokenFlag.BlankLineBefore) return Glue.Break;
    return to > 0 && to < n && isCellGap(tokens, to) ? Glue.Cell : Glue.Adjacent;
  }
  let glue = Glue.Adjacent;
  for (let j = from; j < to; j++) {
    if (tokens.flags[j] & TokenFlag.BlankLineBefore) return Glue.Break;
    const traits = k.facts.traits(tokens.word[j]);
    // "MA Jun (Hui ethnicity), Jin Xiaolu (female), ...": a short aside in brackets does not end a list
    if (traits & WordTrait.OpenBracket && (j > from || glue === Glue.Adjacent)) {
      const close = asideEnd(tokens, k, j, to);
      if (close > 0) {
        j = close;
        continue;
      }
    }
    const kind = tokens.kind[j];
    if (kind === TokenKind.Punct) {
      if (traits & COMMA_LIKE) glue = glue === Glue.Adjacent ? Glue.Comma : glue;
      else if (traits & WordTrait.OpenBracket) glue = Glue.OpenParen;
      else if (traits & WordTrait.Colon) glue = Glue.Colon;
      else if (traits & WordTrait.Slash) glue = Glue.Slash;
      else return Glue.Break;
    } else if (kind === TokenKind.Word) {
      if (traits & WordTrait.And) glue = glue === Glue.Including ? Glue.Including : Glue.And;
      else if (traits & WordTrait.Article) continue;
      // "Li Xiuyun (Bai, executive deputy county head)": an ethnicity before the posts in the brackets
      else if (glue === Glue.OpenParen && traits & WordTrait.NameParenthetical) continue;
      else if (traits & WordTrait.CourtesyTitle) {
        // "Translated by: Ms. Tang Qianyu": a courtesy title (and its full stop) belongs to the name after it
        j = Math.min(tokens.afterAbbreviation(j), to) - 1;
        continue;
      } else if (traits & WordTrait.Including) glue = Glue.Including;
      else return Glue.Break;
    } else return Glue.Break;
  }
  if (to < n && tokens.flags[to] & TokenFlag.BlankLineBefore) return Glue.Break;
  // "Tong Xiaoping (female)  Director of ...": an aside, then the column gap
  if (glue === Glue.Adjacent && to < n && isCellGap(tokens, to)) return Glue.Cell;
  return glue;
}

const MAX_ASIDE = 6;

/** If tokens[j] (an opening bracket) opens an aside of a few words that closes before `to`, the index of its closing bracket. */
function asideEnd(tokens: Tokens, k: Knowledge, j: number, to: number): number {
  for (let m = j + 1; m < Math.min(to, j + MAX_ASIDE + 2); m++) {
    const traits = k.facts.traits(tokens.word[m]);
    if (traits & WordTrait.CloseBracket) return m;
    if (tokens.kind[m] === TokenKind.Punct && !(traits & WordTrait.ListComma)) return -1;
  }
  return -1;
}

/** Whether the white space before tokens[i] is a table column gap (two or more spaces or a tab, no line break). */
function isCellGap(tokens: Tokens, i: number): boolean {
  return !(tokens.flags[i] & TokenFlag.LineBreakBefore) && tokens.start[i] - tokens.end[i - 1] >= 2;
}
