/**
 * Typed arrays for the analysis of one document, carved out of memory kept from one document to the
 * next. A large new typed array costs the system faulting in and zeroing its pages; one carved out
 * here costs a view and a fill. What is handed out is valid until `reset`, when the next document
 * starts: nothing made from it may outlive the analysis of its document.
 */
/** The most memory kept from one document to the next. */
const MAX_KEPT = 128 << 20;

export class Scratch {
  private buffer = new ArrayBuffer(1 << 16);
  /** Bytes handed out from `buffer` since the last reset. */
  private used = 0;
  /** Bytes asked for since the last reset, also those that did not fit in `buffer`. */
  private asked = 0;

  /** Starts a new document: everything handed out before is given back. */
  reset(): void {
    // one buffer that holds everything the last document asked for, so that a document like it fits
    // (but not kept for a document larger than the language server ever reads: that one makes its arrays)
    if (this.asked > this.buffer.byteLength && this.asked <= MAX_KEPT) this.buffer = new ArrayBuffer(this.asked);
    this.used = 0;
    this.asked = 0;
  }

  /** An Int32Array of length n, zeroed unless told it will be written before it is read. */
  ints(n: number, zeroed = true): Int32Array {
    const at = this.take(4 * n);
    if (at < 0) return new Int32Array(n);
    const a = new Int32Array(this.buffer, at, n);
    return zeroed ? a.fill(0) : a;
  }

  /** A Uint8Array of length n, zeroed unless told it will be written before it is read. */
  bytes(n: number, zeroed = true): Uint8Array {
    const at = this.take(n);
    if (at < 0) return new Uint8Array(n);
    const a = new Uint8Array(this.buffer, at, n);
    return zeroed ? a.fill(0) : a;
  }

  /** A Uint16Array of length n, not zeroed. */
  units(n: number): Uint16Array {
    const at = this.take(2 * n);
    return at < 0 ? new Uint16Array(n) : new Uint16Array(this.buffer, at, n);
  }

  /** The offset of `size` bytes in `buffer`, or -1 when they do not fit (a new array is made). */
  private take(size: number): number {
    const bytes = (size + 7) & ~7;
    this.asked += bytes;
    if (this.used + bytes > this.buffer.byteLength) return -1;
    const at = this.used;
    this.used += bytes;
    return at;
  }
}
