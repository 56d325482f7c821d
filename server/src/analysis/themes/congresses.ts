/** Numbered congresses and plenums ("the 19th CPC National Congress", "the Fifth Plenary Session of ..."), and the Two Sessions. */
import { CONGRESS_WORDS, type Knowledge } from '../knowledge/knowledge';
import { WordTrait } from '../knowledge/wordFacts';
import type { Tokens } from '../text/tokenize';
import type { ThemeOccurrence } from '../types';

const ORDINAL = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)`;
const CONGRESS = new RegExp(
  String.raw`\b${ORDINAL}\s+(?:(?:CPC|Party|Provincial|Municipal|County|Party's)\s+)?(?:National\s+)?(?:Party\s+)?Congress(?:\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC|Party))?` +
  String.raw`|\b${ORDINAL}\s+Plenary\s+Session\s+of\s+the\s+${ORDINAL}\s+(?:CPC\s+)?(?:Central\s+Committee|(?:Provincial|Municipal|County)\s+Party\s+Committee)(?:\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC))?` +
  String.raw`|\b(?:the\s+)?(?:Two\s+Sessions|two\s+sessions)`,
  'gi',
);

const CONGRESS_WORD = new RegExp(CONGRESS_WORDS, 'gi');
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 120;

/**
 * Numbered congresses and plenums. The full pattern runs only in a window around its key words, which
 * are found in the words that hold them (a run of letters is never split between two words).
 */
export function congresses(tokens: Tokens, text: string, k: Knowledge): ThemeOccurrence[] {
  const out: ThemeOccurrence[] = [];
  const entry = k.congressEntry;
  let scannedTo = 0;
  const keyWords = tokens.rareWith(WordTrait.CongressWord);
  for (let r = 0; r < keyWords.length; r++) {
    const i = keyWords[r];
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
