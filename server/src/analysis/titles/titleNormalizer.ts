/**
 * normalizeTitle for the titles of one document. A report names the same posts again and again:
 * titles parsed alike (same vocabulary entries, bodies, place and flags) and worded alike are
 * normalised once, and share the result (and the string of their text).
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { NormalizedTitle } from '../types';
import { normalizeTitle } from './normalize';
import type { Tokens } from '../text/tokens';
import type { ParsedTitle } from './parseTitle';

export interface Normalized {
  parsed: ParsedTitle;
  /** The title as written (one string for every occurrence written alike). */
  verbatim: string;
  /** Shared by the occurrences normalised alike: read-only. */
  norm: NormalizedTitle;
}

export class TitleNormalizer {
  /** Earlier results by a hash of what normalizeTitle reads; the inputs are compared in full. */
  private readonly normalized = new Map<number, Normalized[]>();

  constructor(private readonly k: Knowledge) {}

  /** The title p of the document, written tokens.text[start, end): identical wordings have identical words. */
  normalizeAt(p: ParsedTitle, tokens: Tokens, start: number, end: number): Normalized {
    const hash = hashOfWords(p, tokens);
    const same = this.normalized.get(hash);
    for (let i = 0; same && i < same.length; i++) {
      const s = same[i];
      if (s.verbatim.length === end - start && tokens.text.startsWith(s.verbatim, start) && sameParse(s.parsed, p)) return s;
    }
    return this.add(hash, same, p, tokens.text.slice(start, end));
  }

  private add(hash: number, same: Normalized[] | undefined, parsed: ParsedTitle, verbatim: string): Normalized {
    const done = { parsed, verbatim, norm: normalizeTitle(parsed, verbatim, this.k) };
    if (same) same.push(done);
    else this.normalized.set(hash, [done]);
    return done;
  }
}

/** Whether normalizeTitle reads the same from both: vocabulary entries are shared objects, bodies outside it are compared by content. */
function sameParse(a: ParsedTitle, b: ParsedTitle): boolean {
  if (a.kind !== b.kind || a.post !== b.post || a.rank !== b.rank || a.status !== b.status || a.level !== b.level || a.byline !== b.byline) return false;
  if (a.place !== b.place || a.plural !== b.plural || a.bare !== b.bare || a.bodies.length !== b.bodies.length) return false;
  for (let i = 0; i < a.bodies.length; i++) {
    const x = a.bodies[i];
    const y = b.bodies[i];
    if (x !== y && (x.key !== y.key || x.english !== y.english || x.zh !== y.zh)) return false;
  }
  return true;
}

function hashOfWords(p: ParsedTitle, tokens: Tokens): number {
  let h = Math.imul(p.bodies.length + 31, 0x01000193) ^ (p.plural ? 1 : 0) ^ (p.bare ? 2 : 0);
  for (let i = p.first; i < p.end; i++) h = Math.imul(h ^ tokens.word[i], 0x01000193);
  return h;
}
