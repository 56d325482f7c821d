/**
 * Interns words: each distinct lower-cased word gets a small integer id, so that tokens carry an id
 * instead of a string and facts about a word are computed once and kept in arrays indexed by id.
 * A word is looked up by its UTF-16 code units and their hash; a string is created only for a
 * word seen for the first time. Most words are short and ASCII: those are also found by their
 * code units packed into three numbers (see packedWords.ts), without comparing them one by one.
 */
import { PackedWords, isPackable, packHigh, packLow, packTop } from './packedWords';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export class WordTable {
  private strings: string[] = [];
  private hashes = new Int32Array(1024);
  /** The code units of word `id` are units[offsets[id] .. offsets[id + 1]). */
  private offsets = new Int32Array(1025);
  private units = new Uint16Array(8192);
  /**
   * Open addressing, linear probing: slot s holds a word id at 2s (-1 when empty) and the word's hash
   * at 2s + 1, so that a probe reads one cache line.
   */
  private slots = emptySlots(2048);
  private count = 0;
  /** The ids of the short ASCII words interned so far (see packedId). */
  private packed = new PackedWords();

  /** Number of distinct words; ids are 0 .. size - 1. */
  get size(): number {
    return this.count;
  }

  /** The word with this id. */
  text(id: number): string {
    return this.strings[id];
  }

  /** Id of the word whose code units are codes[0 .. length); added if new. */
  intern(codes: Uint16Array, length: number): number {
    if (!isPackable(codes, length)) return this.internHashed(codes, length, hashOf(codes, length));
    let top = 0;
    let high = 0;
    let low = 0;
    for (let k = 0; k < length; k++) {
      top = packTop(top, high);
      high = packHigh(high, low);
      low = packLow(low, codes[k]);
    }
    return this.internPacked(top, high, low, codes, length);
  }

  /** Id of the packed word (see packedWords.ts), or -1 when it was never looked up packed. */
  packedId(top: number, high: number, low: number): number {
    return this.packed.get(top, high, low);
  }

  /**
   * Id of the word codes[0 .. length), a word isPackable says yes to, packed in `top`, `high` and
   * `low` (see packedWords.ts); added if new.
   */
  private internPacked(top: number, high: number, low: number, codes: Uint16Array, length: number): number {
    const id = this.packed.get(top, high, low);
    if (id >= 0) return id;
    const added = this.internHashed(codes, length, hashOf(codes, length));
    this.packed.set(top, high, low, added);
    return added;
  }

  private internHashed(codes: Uint16Array, length: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = mix(hash) & mask;
    for (;;) {
      const id = slots[2 * slot];
      if (id < 0) break;
      if (slots[2 * slot + 1] === hash && this.equals(id, codes, length)) return id;
      slot = (slot + 1) & mask;
    }
    return this.add(codes, length, hash, slot);
  }

  internString(word: string): number {
    return this.intern(codesOf(word), word.length);
  }

  /** Id of a word, or -1 when it was never interned. */
  find(word: string): number {
    const codes = codesOf(word);
    const hash = hashOf(codes, word.length);
    const mask = (this.slots.length >> 1) - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[2 * slot];
      if (id < 0) return -1;
      if (this.slots[2 * slot + 1] === hash && this.equals(id, codes, word.length)) return id;
    }
  }

  /** Forgets the words with ids >= size (the ids below stay valid). */
  truncate(size: number): void {
    if (size >= this.count) return;
    this.count = size;
    this.strings.length = size;
    this.packed = new PackedWords();
    let slots = 2048;
    while (size * 2 > slots) slots *= 2;
    this.slots = emptySlots(slots);
    this.reinsertAll();
  }

  private equals(id: number, codes: Uint16Array, length: number): boolean {
    const from = this.offsets[id];
    if (this.offsets[id + 1] - from !== length) return false;
    const units = this.units;
    for (let k = 0; k < length; k++) if (units[from + k] !== codes[k]) return false;
    return true;
  }

  private add(codes: Uint16Array, length: number, hash: number, slot: number): number {
    const id = this.count;
    if (id + 1 >= this.hashes.length) {
      this.hashes = grown(this.hashes, id + 2);
      this.offsets = grown(this.offsets, id + 2);
    }
    const from = this.offsets[id];
    if (from + length > this.units.length) this.units = grown(this.units, from + length);
    for (let k = 0; k < length; k++) this.units[from + k] = codes[k];
    this.offsets[id + 1] = from + length;
    this.hashes[id] = hash;
    this.strings.push(stringOf(codes, length));
    this.slots[2 * slot] = id;
    this.slots[2 * slot + 1] = hash;
    this.count = id + 1;
    if (this.count * 4 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    this.slots = emptySlots(this.slots.length);
    this.reinsertAll();
  }

  private reinsertAll(): void {
    const mask = (this.slots.length >> 1) - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = mix(this.hashes[id]) & mask;
      while (this.slots[2 * slot] >= 0) slot = (slot + 1) & mask;
      this.slots[2 * slot] = id;
      this.slots[2 * slot + 1] = this.hashes[id];
    }
  }
}

/** A slot table with room for `slots` words, all empty. */
function emptySlots(slots: number): Int32Array {
  const table = new Int32Array(2 * slots);
  for (let s = 0; s < table.length; s += 2) table[s] = -1;
  return table;
}

/** Spreads the high bits of the hash into the low bits that pick a slot. */
function mix(hash: number): number {
  return hash ^ (hash >>> 15);
}

function codesOf(word: string): Uint16Array {
  const codes = new Uint16Array(word.length);
  for (let k = 0; k < word.length; k++) codes[k] = word.charCodeAt(k);
  return codes;
}

/** FNV-1a over the code units. */
function hashOf(codes: Uint16Array, length: number): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ codes[k], FNV_PRIME);
  return h;
}

const CHUNK = 4096;
/** Per length, an array to hand String.fromCharCode the code units of a short word (no typed-array view made per word). */
const SHORT = 64;
const codesOfLength: number[][] = [];

function stringOf(codes: Uint16Array, length: number): string {
  if (length <= SHORT) {
    const scratch = (codesOfLength[length] ??= new Array<number>(length).fill(0));
    for (let k = 0; k < length; k++) scratch[k] = codes[k];
    return String.fromCharCode.apply(null, scratch);
  }
  if (length <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let s = '';
  for (let k = 0; k < length; k += CHUNK) s += String.fromCharCode.apply(null, codes.subarray(k, Math.min(length, k + CHUNK)) as unknown as number[]);
  return s;
}

function grown<T extends Int32Array | Uint16Array>(a: T, atLeast: number): T {
  let size = a.length * 2;
  while (size < atLeast) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
