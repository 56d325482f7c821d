/**
 * Theme phrases: lexicon entries and their machine-translation variants, named congresses and
 * plenums, and quoted slogans. Overlaps are resolved in that order of preference.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { WordTrait } from '../knowledge/wordFacts';
import { TokenFlag, TokenKind, Tokens } from '../text/tokenize';
import { isWhiteSpace } from '../text/whiteSpace';
import type { ThemeOccurrence } from '../types';
import { lexiconThemes } from './lexiconThemes';

const MAX_QUOTE = 160;
const LETTER = /\p{L}/u;
const ORDINAL = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)`;
const CONGRESS = new RegExp(
  String.raw`\b${ORDINAL}\s+(?:(?:CPC|Party|Provincial|Municipal|County|Party's)\s+)?(?:National\s+)?(?:Party\s+)?Congress(?:\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC|Party))?` +
  String.raw`|\b${ORDINAL}\s+Plenary\s+Session\s+of\s+the\s+${ORDINAL}\s+(?:CPC\s+)?(?:Central\s+Committee|(?:Provincial|Municipal|County)\s+Party\s+Committee)(?:\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC))?` +
  String.raw`|\b(?:the\s+)?(?:Two\s+Sessions|two\s+sessions)`,
  'gi',
);

export function findThemes(tokens: Tokens, text: string, k: Knowledge): ThemeOccurrence[] {
  return removeOverlaps(lexiconThemes(tokens, text, k), congresses(tokens, text, k), quotedSlogans(tokens, text, k));
}

const CONGRESS_WORD = /congress|plenary|sessions/gi;
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 120;

/**
 * Numbered congresses and plenums. The full pattern runs only in a window around its key words, which
 * are found in the words that hold them (a run of letters is never split between two words).
 */
function congresses(tokens: Tokens, text: string, k: Knowledge): ThemeOccurrence[] {
  const out: ThemeOccurrence[] = [];
  const entry = k.congressEntry;
  let scannedTo = 0;
  for (let r = 0; r < tokens.rare.length; r++) {
    const i = tokens.rare[r];
    if (!(k.facts.traits(tokens.word[i]) & WordTrait.CongressWord)) continue;
    const wordStart = tokens.start[i];
    const word = text.slice(wordStart, tokens.end[i]);
    CONGRESS_WORD.lastIndex = 0;
    for (let w = CONGRESS_WORD.exec(word); w; w = CONGRESS_WORD.exec(word)) {
      const index = wordStart + w.index;
      const from = Math.max(scannedTo, index - WINDOW_BEFORE);
      const to = Math.min(text.length, index + WINDOW_AFTER);
      if (from >= to) continue;
      const window = text.slice(from, to);
      CONGRESS.lastIndex = 0;
      for (let m = CONGRESS.exec(window); m; m = CONGRESS.exec(window)) {
        const start = from + m.index;
        const end = start + m[0].length;
        if (end > to - 1 && to < text.length) break; // may go on past the window: the next window finds it whole
        out.push({ start, end, text: m[0], kind: 'congress', chinese: entry?.chinese, category: 'congress' });
        scannedTo = end;
      }
      scannedTo = Math.max(scannedTo, index + w[0].length);
    }
  }
  return out;
}

function quotedSlogans(tokens: Tokens, text: string, k: Knowledge): ThemeOccurrence[] {
  const out: ThemeOccurrence[] = [];
  let open = -1; // the opening quote
  for (let r = 0; r < tokens.rare.length; r++) {
    const i = tokens.rare[r];
    if (tokens.kind[i] !== TokenKind.Punct || !(k.facts.traits(tokens.word[i]) & WordTrait.Quote)) continue;
    // a line break between two quotes: they are no pair
    for (let j = open + 1; open >= 0 && j <= i; j++) if (tokens.flags[j] & TokenFlag.LineBreakBefore) open = -1;
    if (open < 0) {
      open = i;
      continue;
    }
    const start = tokens.end[open];
    const end = tokens.start[i];
    open = -1;
    let trimmedStart = start;
    while (trimmedStart < end && isWhiteSpace(text.charCodeAt(trimmedStart))) trimmedStart++;
    let trimmedEnd = end;
    while (trimmedEnd > trimmedStart && isWhiteSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
    if (trimmedEnd - trimmedStart < 2 || trimmedEnd - trimmedStart > MAX_QUOTE || !hasLetter(text, start, end)) continue;
    out.push({ start: trimmedStart, end: trimmedEnd, text: text.slice(trimmedStart, trimmedEnd), kind: 'quoted' });
  }
  return out;
}

/** Whether text[start, end) holds a letter (\p{L}): a letter a-z or A-Z is looked for before the regular expression is run. */
function hasLetter(text: string, start: number, end: number): boolean {
  let ascii = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) ascii = false;
  }
  return !ascii && LETTER.test(text.slice(start, end));
}

/**
 * Keeps the preferred theme where themes overlap: lexicon phrases, then congresses, then quotes.
 * Each list is in text order and never overlaps itself, so one forward pass per list finds the
 * kept themes a theme overlaps.
 */
function removeOverlaps(lexicon: ThemeOccurrence[], congresses: ThemeOccurrence[], quotes: ThemeOccurrence[]): ThemeOccurrence[] {
  const keptCongresses: ThemeOccurrence[] = [];
  const inLexicon = new Cursor(lexicon);
  for (let i = 0; i < congresses.length; i++) if (inLexicon.firstOverlapping(congresses[i]) < 0) keptCongresses.push(congresses[i]);
  const keptQuotes: ThemeOccurrence[] = [];
  const lexiconAgain = new Cursor(lexicon);
  const inCongresses = new Cursor(keptCongresses);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const l = lexiconAgain.firstOverlapping(q);
    const c = inCongresses.firstOverlapping(q);
    if (l < 0 && c < 0) {
      keptQuotes.push(q);
      continue;
    }
    // the kept theme at the quote's first taken character
    if (c >= 0 && (l < 0 || keptCongresses[c].start < lexicon[l].start)) continue;
    const other = lexicon[l];
    const alone = c < 0 && !(l + 1 < lexicon.length && lexicon[l + 1].start < q.end);
    if (q.start <= other.start && q.end >= other.end && alone) {
      // a quoted slogan that contains a lexicon phrase: keep the whole quote, with the entry's knowledge
      lexicon[l] = { start: q.start, end: q.end, text: q.text, kind: 'lexicon', entryId: other.entryId, canonical: other.canonical, chinese: other.chinese, variants: other.variants, category: other.category };
    }
  }
  return inTextOrder(lexicon, inTextOrder(keptCongresses, keptQuotes));
}

/** Two lists of disjoint themes in text order, merged. */
function inTextOrder(a: ThemeOccurrence[], b: ThemeOccurrence[]): ThemeOccurrence[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = new Array<ThemeOccurrence>(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let o = 0; o < out.length; o++) out[o] = j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++];
  return out;
}

/** Walks a list of disjoint themes in text order, for spans that come in text order too. */
class Cursor {
  private at = 0;

  constructor(private readonly themes: ThemeOccurrence[]) {}

  /** Index of the first theme that overlaps the span, or -1. */
  firstOverlapping(span: { start: number; end: number }): number {
    while (this.at < this.themes.length && this.themes[this.at].end <= span.start) this.at++;
    return this.at < this.themes.length && this.themes[this.at].start < span.end ? this.at : -1;
  }
}
