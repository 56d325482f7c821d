/**
 * The first letters of a few identity keys. A word that starts with a letter a-z has a key (nameKey,
 * pinyinKey) that starts with it, so a word starting with a letter none of the keys starts with needs
 * no key computed to know it has none of them.
 */
export class FirstLetters {
  private letters = 0;

  add(key: string): void {
    const c = key.charCodeAt(0);
    if (c >= 97 && c <= 122) this.letters |= 1 << (c - 97);
  }

  /** Whether a word (lower-case) may have one of the keys: false when its key surely starts with none of their letters. */
  mayHave(word: string): boolean {
    const c = word.charCodeAt(0);
    return !(c >= 97 && c <= 122) || (this.letters & (1 << (c - 97))) !== 0;
  }
}
