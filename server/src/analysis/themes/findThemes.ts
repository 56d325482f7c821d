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
    if (t.kind !== TokenKind.Word || !k.themes.hasStart(t.lower)) continue;
    const m = k.themes.longest(tokens, i);
    if (!m) continue;
    const e = m.value;
    const start = t.start;
    const end = tokens[m.end - 1].end;
    found.push({ start, end, text: text.slice(start, end), kind: 'lexicon', entryId: e.id, canonical: e.canonical, chinese: e.chinese, variants: e.variants, category: e.category });
    i = m.end - 1;
  }
  CONGRESS.lastIndex = 0;
  for (let m = CONGRESS.exec(text); m; m = CONGRESS.exec(text)) {
    const entry = k.congressNames.size > 0 ? [...k.themeById.values()].find((e) => e.category === 'congress') : undefined;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'congress', chinese: entry?.chinese, category: 'congress' });
  }
  found.push(...quotedSlogans(tokens, text));
  return removeOverlaps(found);
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

function removeOverlaps(all: ThemeOccurrence[]): ThemeOccurrence[] {
  const sorted = [...all].sort((a, b) => PREFERENCE[a.kind] - PREFERENCE[b.kind] || b.end - b.start - (a.end - a.start));
  const kept: ThemeOccurrence[] = [];
  for (const t of sorted) {
    const clash = kept.find((k) => k.start < t.end && t.start < k.end);
    if (!clash) kept.push(t);
    else if (t.kind === 'quoted' && clash.kind === 'lexicon' && t.start <= clash.start && t.end >= clash.end) {
      // a quoted slogan that contains a lexicon phrase: keep the whole quote, with the entry's knowledge
      kept[kept.indexOf(clash)] = { ...t, kind: 'lexicon', entryId: clash.entryId, canonical: clash.canonical, chinese: clash.chinese, variants: clash.variants, category: clash.category };
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
