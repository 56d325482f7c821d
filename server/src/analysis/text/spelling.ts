/** How far apart two spellings are: the slips of typing and transliteration that the name checks look for. */

let previousRow = new Int32Array(32);
let currentRow = new Int32Array(32);

/** The Levenshtein distance of a and b when it is at most `max`, else max + 1. */
export function editDistanceUpTo(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  if (m + 1 > previousRow.length) {
    previousRow = new Int32Array(m + 1);
    currentRow = new Int32Array(m + 1);
  }
  let prev = previousRow;
  let cur = currentRow;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], max + 1);
}

/** Whether b is a with two neighbouring letters swapped ("zhou" / "zhuo"), a typing slip. */
export function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i + 1 >= a.length || a.charCodeAt(i) !== b.charCodeAt(i + 1) || a.charCodeAt(i + 1) !== b.charCodeAt(i)) return false;
  return a.slice(i + 2) === b.slice(i + 2);
}

/** Whether a and b are equal or differ by one inserted, deleted or replaced letter, or two neighbouring letters swapped. */
export function atMostOneSlip(a: string, b: string): boolean {
  return editDistanceUpTo(a, b, 1) <= 1 || swapsTwoLetters(a, b);
}
