/** Pinyin syllable segmentation: how many syllables a word splits into (0 when it does not split). */
export class PinyinSyllables {
  private readonly set: Set<string>;
  private readonly maxLength: number;

  constructor(syllables: Iterable<string>) {
    this.set = new Set();
    let max = 0;
    for (const s of syllables) {
      const norm = normalizePinyin(s);
      this.set.add(norm);
      max = Math.max(max, norm.length);
    }
    this.maxLength = max;
  }

  isSyllable(word: string): boolean {
    return this.set.has(normalizePinyin(word));
  }

  /** The smallest number of syllables the word splits into, or 0 if it cannot be split (max 4). */
  minSyllables(word: string): number {
    const w = normalizePinyin(word.replace(/[-']/g, ''));
    const n = w.length;
    if (n === 0 || n > 24) return 0;
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

export function normalizePinyin(s: string): string {
  if (isPlainLowerAscii(s)) return s;
  return s.toLowerCase().replace(/ü|u:/g, 'v').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function isPlainLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
