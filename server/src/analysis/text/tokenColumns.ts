/**
 * The arrays the tokenizer writes tokens to: start, end, kind, flags and word id by token index,
 * grown (doubled) when full. The tokenizer keeps them in local variables, read again after `grow`.
 */
import type { Scratch } from './scratch';

export class TokenColumns {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  word: Int32Array;

  constructor(capacity: number, private readonly scratch?: Scratch) {
    this.start = this.ints(capacity);
    this.end = this.ints(capacity);
    this.kind = this.bytes(capacity);
    this.flags = this.bytes(capacity);
    this.word = this.ints(capacity);
  }

  get capacity(): number {
    return this.start.length;
  }

  /** Doubles the capacity, keeping the tokens written. */
  grow(): void {
    const size = 2 * this.capacity;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    this.start = copy(this.start, this.ints(size));
    this.end = copy(this.end, this.ints(size));
    this.kind = copy(this.kind, this.bytes(size));
    this.flags = copy(this.flags, this.bytes(size));
    this.word = copy(this.word, this.ints(size));
  }

  // every token is written before it is read: no need to zero what comes from the scratch memory
  private ints(n: number): Int32Array {
    return this.scratch ? this.scratch.ints(n, false) : new Int32Array(n);
  }

  private bytes(n: number): Uint8Array {
    return this.scratch ? this.scratch.bytes(n, false) : new Uint8Array(n);
  }
}
