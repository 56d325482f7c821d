/** Two lists, each in order of `at`, as one list in that order (on a tie, a's before b's); a list is returned as is when the other is empty. */
export function mergeInOrder<T>(a: T[], b: T[], at: (x: T) => number): T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let o = 0; o < out.length; o++) out[o] = j >= b.length || (i < a.length && at(a[i]) <= at(b[j])) ? a[i++] : b[j++];
  return out;
}
