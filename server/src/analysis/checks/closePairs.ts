/**
 * The pairs of strings of one group that may be within edit distance 1 (any length) or 2 (both
 * strings at least `longFrom` long), without comparing every pair: two strings within distance k
 * share a string made by deleting at most k characters from each (symmetric deletion), so every
 * such pair meets in a hash table of deletion variants. Groups are hashed one at a time (a small
 * table stays in cache). Hash collisions only add candidates; the caller computes the exact distance.
 */

const BASE = 131;

/** Pairs [i, j] with i < j, ascending (by i, then j), as one flat array. */
export function closePairs(strings: readonly string[], group: readonly number[], longFrom: number): number[] {
  const members = new Map<number, number[]>();
  group.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const table = (kept ??= new VariantTable());
  table.pairCount = 0;
  members.forEach((list) => {
    if (list.length < 2) return;
    let variants = 0;
    for (let k = 0; k < list.length; k++) variants += variantCount(strings[list[k]].length, longFrom);
    table.reset(variants);
    for (let k = 0; k < list.length; k++) addVariants(table, list[k], strings[list[k]], longFrom);
  });
  const pairs = sortedDistinct(table.pairs, table.pairCount, strings.length);
  if (table.slots > KEPT_SLOTS || table.pairs.length > KEPT_SLOTS) kept = undefined; // a large table is not kept for the next call
  return pairs;
}

/** The table of the last call, kept for the next one (its arrays, not its content) unless it grew past this. */
const KEPT_SLOTS = 1 << 16;
let kept: VariantTable | undefined;

function variantCount(n: number, longFrom: number): number {
  return (n <= longFrom + 1 ? n + 1 : 0) + (n >= longFrom ? 1 + n + (n * (n - 1)) / 2 : 0);
}

let prefix = new Int32Array(64);
let power = powersOf(64);

/** Adds the strings made by deleting up to one character (to table 1) and, for long strings, up to two (to table 2). */
function addVariants(table: VariantTable, owner: number, s: string, longFrom: number): void {
  const n = s.length;
  if (n + 1 > prefix.length) {
    prefix = new Int32Array(n + 1);
    power = powersOf(n + 1);
  }
  const p = prefix;
  for (let k = 0; k < n; k++) p[k + 1] = (Math.imul(p[k], BASE) + s.charCodeAt(k)) | 0;
  // a string within distance 1 of a short one is at most `longFrom + 1` long
  if (n <= longFrom + 1) {
    table.add(owner, 1, n, p[n]);
    for (let a = 0; a < n; a++) table.add(owner, 1, n - 1, (Math.imul(part(p, 0, a), power[n - a - 1]) + part(p, a + 1, n)) | 0);
  }
  if (n >= longFrom) {
    table.add(owner, 2, n, p[n]);
    for (let a = 0; a < n; a++) {
      table.add(owner, 2, n - 1, (Math.imul(part(p, 0, a), power[n - a - 1]) + part(p, a + 1, n)) | 0);
      for (let b = a + 1; b < n; b++) {
        table.add(owner, 2, n - 2, (Math.imul(Math.imul(part(p, 0, a), power[b - a - 1]) + part(p, a + 1, b), power[n - b - 1]) + part(p, b + 1, n)) | 0);
      }
    }
  }
}

/** Hash of s[from, to), from the prefix hashes p of s. */
function part(p: Int32Array, from: number, to: number): number {
  return (p[to] - Math.imul(p[from], power[to - from])) | 0;
}

function powersOf(n: number): Int32Array<ArrayBuffer> {
  const powers = new Int32Array(Math.max(64, n));
  powers[0] = 1;
  for (let k = 1; k < powers.length; k++) powers[k] = Math.imul(powers[k - 1], BASE);
  return powers;
}

/** Deletion variants by key; adding one reports the earlier variants of other owners with the same key. */
class VariantTable {
  private heads = new Int32Array(0);
  private keys = new Int32Array(0);
  private owners = new Int32Array(0);
  private next = new Int32Array(0);
  private count = 0;
  private mask = 0;
  /** The pairs of owners whose variants meet (flat): pairs[0 .. pairCount). */
  pairs = new Int32Array(64);
  pairCount = 0;

  get slots(): number {
    return this.heads.length;
  }

  /** Empties the table, with room for `capacity` variants. */
  reset(capacity: number): void {
    let slots = 16;
    while (slots < capacity) slots *= 2;
    if (slots > this.heads.length) {
      this.heads = new Int32Array(slots);
      this.keys = new Int32Array(slots);
      this.owners = new Int32Array(slots);
      this.next = new Int32Array(slots);
    }
    this.heads.fill(-1, 0, slots);
    this.mask = slots - 1;
    this.count = 0;
  }

  add(owner: number, table: number, length: number, hash: number): void {
    const key = mix(mix(hash | 0, length), table);
    const slot = key & this.mask;
    for (let e = this.heads[slot]; e >= 0; e = this.next[e]) {
      if (this.keys[e] === key && this.owners[e] !== owner) this.meet(this.owners[e], owner);
    }
    const e = this.count++;
    this.keys[e] = key;
    this.owners[e] = owner;
    this.next[e] = this.heads[slot];
    this.heads[slot] = e;
  }

  private meet(a: number, b: number): void {
    if (this.pairCount + 2 > this.pairs.length) {
      const pairs = new Int32Array(this.pairs.length * 2);
      pairs.set(this.pairs);
      this.pairs = pairs;
    }
    this.pairs[this.pairCount++] = a;
    this.pairs[this.pairCount++] = b;
  }
}

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return h ^ (h >>> 16);
}

/** The distinct pairs of found[0 .. length) (flat, in any order) as [smaller, larger], ascending. */
function sortedDistinct(found: Int32Array, length: number, count: number): number[] {
  const codes = new Float64Array(length / 2);
  for (let k = 0; k < codes.length; k++) {
    const a = found[2 * k];
    const b = found[2 * k + 1];
    codes[k] = Math.min(a, b) * count + Math.max(a, b);
  }
  codes.sort();
  const out: number[] = [];
  for (let k = 0; k < codes.length; k++) {
    if (k > 0 && codes[k] === codes[k - 1]) continue;
    out.push(Math.floor(codes[k] / count), codes[k] % count);
  }
  return out;
}
