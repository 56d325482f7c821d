/**
 * Theme phrases: lexicon entries and their machine-translation variants, named congresses and
 * plenums, and quoted slogans. Overlaps are resolved in that order of preference.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { TokenFlag, TokenKind, Tokens } from '../text/tokenize';
import type { ThemeOccurrence } from '../types';

const QUOTES = new Set(['"', '“', '”', '„', '«', '»', '「', '」', '『', '』'].map((q) => q.charCodeAt(0)));
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
  const lexicon: ThemeOccurrence[] = [];
  const bit = k.themes.bit;
  let next = 0; // the first token after the last phrase
  for (let v = 0; v < tokens.vocabulary.length; v++) {
    const i = tokens.vocabulary[v];
    if (i < next || !(tokens.starts[i] & bit)) continue;
    const m = k.themes.longest(tokens, i);
    if (!m) continue;
    const e = m.value;
    const start = tokens.start[i];
    const end = tokens.end[m.end - 1];
    lexicon.push({ start, end, text: text.slice(start, end), kind: 'lexicon', entryId: e.id, canonical: e.canonical, chinese: e.chinese, variants: e.variants, category: e.category });
    next = m.end;
  }
  return removeOverlaps(lexicon, congresses(text, k), quotedSlogans(tokens, text));
}

const CONGRESS_WORD = /congress|plenary|sessions/gi;
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 120;

/** Numbered congresses and plenums. The full pattern runs only in a window around its key words. */
function congresses(text: string, k: Knowledge): ThemeOccurrence[] {
  const out: ThemeOccurrence[] = [];
  const entry = [...k.themeById.values()].find((e) => e.category === 'congress');
  let scannedTo = 0;
  CONGRESS_WORD.lastIndex = 0;
  for (let w = CONGRESS_WORD.exec(text); w; w = CONGRESS_WORD.exec(text)) {
    const from = Math.max(scannedTo, w.index - WINDOW_BEFORE);
    const to = Math.min(text.length, w.index + WINDOW_AFTER);
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
    scannedTo = Math.max(scannedTo, w.index + w[0].length);
  }
  return out;
}

function quotedSlogans(tokens: Tokens, text: string): ThemeOccurrence[] {
  const out: ThemeOccurrence[] = [];
  let open = -1; // the opening quote
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.flags[i] & TokenFlag.LineBreakBefore) open = -1;
    if (tokens.kind[i] !== TokenKind.Punct || tokens.end[i] - tokens.start[i] !== 1 || !QUOTES.has(text.charCodeAt(tokens.start[i]))) continue;
    if (open < 0) {
      open = i;
      continue;
    }
    const start = tokens.end[open];
    const end = tokens.start[i];
    open = -1;
    const inner = text.slice(start, end);
    const trimmedStart = start + (inner.length - inner.trimStart().length);
    const trimmedEnd = end - (inner.length - inner.trimEnd().length);
    if (trimmedEnd - trimmedStart < 2 || trimmedEnd - trimmedStart > MAX_QUOTE || !LETTER.test(inner)) continue;
    out.push({ start: trimmedStart, end: trimmedEnd, text: text.slice(trimmedStart, trimmedEnd), kind: 'quoted' });
  }
  return out;
}

/**
 * Keeps the preferred theme where themes overlap: lexicon phrases, then congresses, then quotes.
 * Each list is in text order and never overlaps itself, so one forward pass per list finds the
 * kept themes a theme overlaps.
 */
function removeOverlaps(lexicon: ThemeOccurrence[], congresses: ThemeOccurrence[], quotes: ThemeOccurrence[]): ThemeOccurrence[] {
  const keptCongresses: ThemeOccurrence[] = [];
  const inLexicon = new Cursor(lexicon);
  for (const c of congresses) if (inLexicon.firstOverlapping(c) < 0) keptCongresses.push(c);
  const keptQuotes: ThemeOccurrence[] = [];
  const lexiconAgain = new Cursor(lexicon);
  const inCongresses = new Cursor(keptCongresses);
  for (const q of quotes) {
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
  return [...lexicon, ...keptCongresses, ...keptQuotes].sort((a, b) => a.start - b.start);
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
