/** Pinyin syllable segmentation: how many syllables a word splits into (0 when it does not split). */
export class PinyinSyllables {
  private readonly set: Set<string>;
  private readonly maxLength: number;
  /** The syllables as numbers (letters a-z in base 27), so that a part of a word is looked up without being cut out of it. */
  private readonly codes = new Set<number>();
  /** Whether every syllable is at most 6 letters a-z (6 letters in base 27 stay below 2^31). */
  private readonly codable: boolean;

  constructor(syllables: Iterable<string>) {
    this.set = new Set();
    let max = 0;
    let codable = true;
    for (const s of syllables) {
      const norm = normalizePinyin(s);
      this.set.add(norm);
      max = Math.max(max, norm.length);
      const code = codeOf(norm);
      if (code < 0) codable = false;
      else this.codes.add(code);
    }
    this.maxLength = max;
    this.codable = codable;
  }

  isSyllable(word: string): boolean {
    return this.set.has(normalizePinyin(word));
  }

  /** The smallest number of syllables the word splits into, or 0 if it cannot be split (max 4). */
  minSyllables(word: string): number {
    const w = normalizePinyin(word.replace(/[-']/g, ''));
    const n = w.length;
    if (n === 0 || n > 24) return 0;
    if (!this.codable) return this.minSyllablesBySlices(w);
    // best[i]: the fewest syllables w[0, i) splits into
    const best = BEST;
    best.fill(NO_SPLIT, 0, n + 1);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      if (best[i] === NO_SPLIT || best[i] >= 4) continue;
      let code = 0;
      for (let l = 1; l <= this.maxLength && i + l <= n; l++) {
        const c = w.charCodeAt(i + l - 1);
        if (c < 97 || c > 122) break; // no syllable holds it
        code = code * 27 + (c - 96);
        if (best[i] + 1 < best[i + l] && this.codes.has(code)) best[i + l] = best[i] + 1;
      }
    }
    return best[n] === NO_SPLIT ? 0 : best[n];
  }

  private minSyllablesBySlices(w: string): number {
    const n = w.length;
    const best = new Array<number>(n + 1).fill(Infinity);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      if (best[i] === Infinity || best[i] >= 4) continue;
      for (let l = 1; l <= this.maxLength && i + l <= n; l++) {
        if (best[i] + 1 < best[i + l] && this.set.has(w.slice(i, i + l))) best[i + l] = best[i] + 1;
      }
    }
    return best[n] === Infinity ? 0 : best[n];
  }
}

const NO_SPLIT = 127;
const BEST = new Int8Array(25);

/** A syllable of at most 6 letters a-z as a number, else -1. */
function codeOf(syllable: string): number {
  if (syllable.length > 6) return -1;
  let code = 0;
  for (let i = 0; i < syllable.length; i++) {
    const c = syllable.charCodeAt(i);
    if (c < 97 || c > 122) return -1;
    code = code * 27 + (c - 96);
  }
  return code;
}

export function normalizePinyin(s: string): string {
  if (isPlainLowerAscii(s)) return s;
  return s.toLowerCase().replace(/ü|u:/g, 'v').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Whether every character of s is a letter a-z. */
export function isPlainLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
