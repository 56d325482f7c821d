/**
 * Theme phrases: lexicon entries and their machine-translation variants, named congresses and
 * plenums, and quoted slogans. Overlaps are resolved in that order of preference.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { Token, TokenFlag, TokenKind } from '../text/tokenize';
import type { ThemeOccurrence } from '../types';

const QUOTES = new Set(['"', '“', '”', '„', '«', '»', '「', '」', '『', '』']);
const MAX_QUOTE = 160;
const ORDINAL = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)`;
const CONGRESS = new RegExp(
  String.raw`\b${ORDINAL}\s+(?:(?:CPC|Party|Provincial|Municipal|County|Party's)\s+)?(?:National\s+)?(?:Party\s+)?Congress(?:\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC|Party))?` +
  String.raw`|\b${ORDINAL}\s+Plenary\s+Session\s+of\s+the\s+${ORDINAL}\s+(?:CPC\s+)?(?:Central\s+Committee|(?:Provincial|Municipal|County)\s+Party\s+Committee)(?:\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC))?` +
  String.raw`|\b(?:the\s+)?(?:Two\s+Sessions|two\s+sessions)`,
  'gi',
);

export function findThemes(tokens: readonly Token[], text: string, k: Knowledge): ThemeOccurrence[] {
  const found: ThemeOccurrence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== TokenKind.Word || !k.themes.startsAt(t)) continue;
    const m = k.themes.longest(tokens, i);
    if (!m) continue;
    const e = m.value;
    const start = t.start;
    const end = tokens[m.end - 1].end;
    found.push({ start, end, text: text.slice(start, end), kind: 'lexicon', entryId: e.id, canonical: e.canonical, chinese: e.chinese, variants: e.variants, category: e.category });
    i = m.end - 1;
  }
  found.push(...congresses(text, k));
  found.push(...quotedSlogans(tokens, text));
  return removeOverlaps(found, text.length);
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

function quotedSlogans(tokens: readonly Token[], text: string): ThemeOccurrence[] {
  const out: ThemeOccurrence[] = [];
  let open: Token | undefined;
  for (const t of tokens) {
    if (t.flags & TokenFlag.LineBreakBefore) open = undefined;
    if (t.kind !== TokenKind.Punct || !QUOTES.has(t.lower)) continue;
    if (!open) {
      open = t;
      continue;
    }
    const start = open.end;
    const end = t.start;
    open = undefined;
    const inner = text.slice(start, end);
    const trimmedStart = start + (inner.length - inner.trimStart().length);
    const trimmedEnd = end - (inner.length - inner.trimEnd().length);
    if (trimmedEnd - trimmedStart < 2 || trimmedEnd - trimmedStart > MAX_QUOTE || !/\p{L}/u.test(inner)) continue;
    out.push({ start: trimmedStart, end: trimmedEnd, text: text.slice(trimmedStart, trimmedEnd), kind: 'quoted' });
  }
  return out;
}

const PREFERENCE: Record<ThemeOccurrence['kind'], number> = { lexicon: 0, congress: 1, formula: 2, quoted: 3 };

/** Keeps the preferred theme where themes overlap; owner[] marks the characters taken (linear in text length). */
function removeOverlaps(all: ThemeOccurrence[], textLength: number): ThemeOccurrence[] {
  const sorted = [...all].sort((a, b) => PREFERENCE[a.kind] - PREFERENCE[b.kind] || b.end - b.start - (a.end - a.start));
  const kept: (ThemeOccurrence | undefined)[] = [];
  const owner = new Int32Array(textLength); // index in kept + 1, 0 = free
  for (const t of sorted) {
    let clash = 0;
    for (let c = t.start; c < t.end && !clash; c++) clash = owner[c];
    if (!clash) {
      kept.push(t);
      owner.fill(kept.length, t.start, t.end);
      continue;
    }
    const other = kept[clash - 1];
    if (other && t.kind === 'quoted' && other.kind === 'lexicon' && t.start <= other.start && t.end >= other.end && !takenOutside(owner, t, clash)) {
      // a quoted slogan that contains a lexicon phrase: keep the whole quote, with the entry's knowledge
      kept[clash - 1] = { ...t, kind: 'lexicon', entryId: other.entryId, canonical: other.canonical, chinese: other.chinese, variants: other.variants, category: other.category };
      owner.fill(clash, t.start, t.end);
    }
  }
  return kept.filter((t): t is ThemeOccurrence => t !== undefined).sort((a, b) => a.start - b.start);
}

/** Whether a span overlaps a kept theme other than `own`. */
function takenOutside(owner: Int32Array, span: { start: number; end: number }, own: number): boolean {
  for (let c = span.start; c < span.end; c++) if (owner[c] && owner[c] !== own) return true;
  return false;
}
