/**
 * Short ASCII words packed into three numbers, and a table from such a triple to a word id. A word
 * of at most 12 code units below 128 is its last 4 units in `low`, the 4 before in `high` and the
 * 4 before those in `top`, a byte a unit: no unit is 0, so the triple also tells the length, and two
 * words are the same when the three numbers are. The tokenizer packs a word as it reads it; the table
 * then finds its id with a few comparisons instead of a loop over the units.
 */
export const PACKED_MAX_LENGTH = 12;
/** Every code unit of a packed word is below this (and not 0). */
export const PACKED_UNIT_LIMIT = 128;

/** Whether the word codes[0 .. length) can be packed. */
export function isPackable(codes: Uint16Array, length: number): boolean {
  if (length === 0 || length > PACKED_MAX_LENGTH) return false;
  for (let k = 0; k < length; k++) if (codes[k] === 0 || codes[k] >= PACKED_UNIT_LIMIT) return false;
  return true;
}

/** `top` once one more unit is packed (call before packHigh, with the `high` before it). */
export function packTop(top: number, high: number): number {
  return (top << 8) | (high >>> 24);
}

/** `high` once one more unit is packed (call before packLow, with the `low` before it). */
export function packHigh(high: number, low: number): number {
  return (high << 8) | (low >>> 24);
}

/** `low` once `unit` is packed after it. */
export function packLow(low: number, unit: number): number {
  return (low << 8) | unit;
}

/**
 * Open addressing, linear probing: slot s holds `low` at 4s (0: empty, as no word packs to 0),
 * `high` at 4s + 1, `top` at 4s + 2 and the id at 4s + 3, so that a probe reads one cache line.
 */
export class PackedWords {
  private slots = new Int32Array(4 * 1024);
  private count = 0;

  /** The id of the packed word, or -1. */
  get(top: number, high: number, low: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    for (let slot = slotOf(top, high, low) & mask; ; slot = (slot + 1) & mask) {
      const at = 4 * slot;
      const l = slots[at];
      if (l === low && slots[at + 1] === high && slots[at + 2] === top) return slots[at + 3];
      if (l === 0) return -1;
    }
  }

  /** Adds a packed word that get does not find. */
  set(top: number, high: number, low: number, id: number): void {
    if ((this.count + 1) * 2 > this.slots.length >> 2) this.grow();
    this.place(top, high, low, id);
    this.count++;
  }

  private place(top: number, high: number, low: number, id: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let slot = slotOf(top, high, low) & mask;
    while (slots[4 * slot] !== 0) slot = (slot + 1) & mask;
    slots[4 * slot] = low;
    slots[4 * slot + 1] = high;
    slots[4 * slot + 2] = top;
    slots[4 * slot + 3] = id;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    for (let at = 0; at < old.length; at += 4) if (old[at] !== 0) this.place(old[at + 2], old[at + 1], old[at], old[at + 3]);
  }
}

function slotOf(top: number, high: number, low: number): number {
  const h = Math.imul(low ^ Math.imul(high ^ Math.imul(top, 0x27d4eb2f), 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}
