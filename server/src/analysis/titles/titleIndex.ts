/**
 * The parsed titles of a document (in order, never overlapping), found by the token they start at
 * or end before. A byte per token says whether any title starts or ends there, so that most
 * questions are a bit test; the rest is a binary search.
 */
import type { Tokens } from '../text/tokens';
import type { ParsedTitle } from './parseTitle';

const enum At {
  First = 1,
  End = 2,
}

export class TitleIndex {
  private readonly at: Uint8Array;
  private readonly firsts: Int32Array;
  private readonly ends: Int32Array;

  constructor(readonly list: ParsedTitle[], tokens: Tokens) {
    this.at = tokens.bytes(tokens.length + 2);
    this.firsts = tokens.ints(list.length, false);
    this.ends = tokens.ints(list.length, false);
    list.forEach((t, i) => {
      this.firsts[i] = t.first;
      this.ends[i] = t.end;
      this.at[t.first] |= At.First;
      this.at[t.end] |= At.End;
    });
  }

  /** The title whose first token is i. */
  startingAt(i: number): ParsedTitle | undefined {
    return i >= 0 && this.at[i] & At.First ? this.list[indexOf(this.firsts, i)] : undefined;
  }

  /** The title whose last token is i - 1. */
  endingAt(i: number): ParsedTitle | undefined {
    return i >= 0 && this.at[i] & At.End ? this.list[indexOf(this.ends, i)] : undefined;
  }
}

/** Index of `value` in an ascending list that holds it. */
function indexOf(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
