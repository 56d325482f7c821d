/** Pinyin syllable segmentation: how many syllables a word splits into (0 when it does not split). */
export class PinyinSyllables {
  /**
   * The syllables as a trie of letters a-z: node n's child by letter c is children[26 n + c - 97]
   * (0: none; node 0 is the root), `ends[n]` whether a syllable ends there. A word is split by
   * walking it from each position, without cutting parts out of it.
   */
  private children = new Int32Array(26);
  private ends = new Uint8Array(1);
  private nodes = 1;

  /** `syllables`: each is letters a-z once normalised (ü as v: see normalizePinyin). */
  constructor(syllables: Iterable<string>) {
    for (const s of syllables) {
      const norm = normalizePinyin(s);
      if (!isPlainLowerAscii(norm)) throw new Error(`pinyin syllable '${s}' is not letters a-z once normalised`);
      this.addToTrie(norm);
    }
  }

  private addToTrie(syllable: string): void {
    let node = 0;
    for (let i = 0; i < syllable.length; i++) {
      const at = 26 * node + syllable.charCodeAt(i) - 97;
      if (this.children[at] === 0) {
        const child = this.newNode(); // (before the assignment: it may replace `children`)
        this.children[at] = child;
      }
      node = this.children[at];
    }
    this.ends[node] = 1;
  }

  private newNode(): number {
    if (this.nodes === this.ends.length) {
      const children = new Int32Array(2 * this.children.length);
      children.set(this.children);
      this.children = children;
      const ends = new Uint8Array(2 * this.ends.length);
      ends.set(this.ends);
      this.ends = ends;
    }
    return this.nodes++;
  }

  /** The smallest number of syllables the word splits into, or 0 if it cannot be split (max 4). */
  minSyllables(word: string): number {
    const w = normalizePinyin(word.includes('-') || word.includes("'") ? word.replace(/[-']/g, '') : word);
    const n = w.length;
    if (n === 0 || n > 24) return 0;
    // best[i]: the fewest syllables w[0, i) splits into
    const best = BEST;
    best.fill(NO_SPLIT, 0, n + 1);
    best[0] = 0;
    const { children, ends } = this;
    for (let i = 0; i < n; i++) {
      if (best[i] === NO_SPLIT || best[i] >= 4) continue;
      let node = 0;
      for (let l = 1; i + l <= n; l++) {
        const c = w.charCodeAt(i + l - 1);
        if (c < 97 || c > 122) break; // no syllable holds it
        node = children[26 * node + c - 97];
        if (node === 0) break; // no syllable goes on so
        if (ends[node] && best[i] + 1 < best[i + l]) best[i + l] = best[i] + 1;
      }
    }
    return best[n] === NO_SPLIT ? 0 : best[n];
  }
}

const NO_SPLIT = 127;
const BEST = new Int8Array(25);

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
