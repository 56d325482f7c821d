/**
 * Theme phrases: lexicon entries and their machine-translation variants, named congresses and
 * plenums, and quoted slogans. Overlaps are resolved in that order of preference.
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Tokens } from '../text/tokenize';
import { mergeInOrder } from '../text/mergeInOrder';
import type { ThemeOccurrence } from '../types';
import { congresses } from './congresses';
import { lexiconThemes } from './lexiconThemes';
import { quotedSlogans } from './quotedSlogans';

export function findThemes(tokens: Tokens, text: string, k: Knowledge): ThemeOccurrence[] {
  return removeOverlaps(lexiconThemes(tokens, text, k), congresses(tokens, text, k), quotedSlogans(tokens, text));
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

const startOf = (t: ThemeOccurrence) => t.start;

/** Two lists of disjoint themes in text order, merged. */
function inTextOrder(a: ThemeOccurrence[], b: ThemeOccurrence[]): ThemeOccurrence[] {
  return mergeInOrder(a, b, startOf);
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
