/**
 * name-variant: two names with the same surname whose given names differ by one letter or one
 * similar syllable (Zhou Zhihong / Zhou Zhihang), never side by side in one sentence (two people
 * listed together are two people), and not holding different posts: a likely misspelling.
 */
import type { DocumentAnalysis, Finding, NormalizedTitle, Person } from '../types';
import { closePairs } from './closePairs';
import { postTitlesOf } from './helpers';

/** Given names two edits apart are variants only from this length on. */
const LONG_GIVEN_NAME = 6;

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

/** . \n ; ? ! 。 (letters, the common case, take one comparison) */
const isSentenceEnd = (c: number) => (c < 64 ? c === 46 || c === 10 || c === 59 || c === 63 || c === 33 : c === 0x3002);

/** The sentence of an offset, named by the offset of the sentence end before it (-1 in the first sentence). */
function sentenceOf(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && !isSentenceEnd(text.charCodeAt(i))) i--;
  return i;
}

/** Whether two ascending lists share a number. */
function shareOne(a: number[], b: number[]): boolean {
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}

export function nameVariants(model: DocumentAnalysis): Finding[] {
  const out: Finding[] = [];
  const full = model.persons.filter((p) => p.mentions.some((m) => m.kind === 'full'));
  if (full.length < 2) return out;
  const sentencesOf = new Map<Person, number[]>();
  /** The sentences a person is named in, ascending (mentions come in document order). */
  const sentences = (p: Person) => {
    let found = sentencesOf.get(p);
    if (!found) sentencesOf.set(p, (found = p.mentions.map((m) => sentenceOf(model.text, m.start))));
    return found;
  };
  const postsOf = new Map<Person, NormalizedTitle[]>();
  const posts = (p: Person) => {
    let found = postsOf.get(p);
    if (!found) postsOf.set(p, (found = postTitlesOf(model, p).map((t) => t.norm)));
    return found;
  };
  // only names with the same surname whose given names may be one or two edits apart are compared
  const surnameIds = new Map<string, number>();
  const group = full.map((p) => {
    const surname = p.surname.toLowerCase();
    let id = surnameIds.get(surname);
    if (id === undefined) surnameIds.set(surname, (id = surnameIds.size));
    return id;
  });
  const given = full.map((p) => p.key.slice(p.surname.length));
  const pairs = closePairs(given, group, LONG_GIVEN_NAME);
  for (let k = 0; k < pairs.length; k += 2) {
    const i = pairs[k];
    const j = pairs[k + 1];
    const a = full[i];
    const b = full[j];
    const ga = given[i];
    const gb = given[j];
    const d = editDistanceUpTo(ga, gb, 2);
    if (d === 0 || d > 2 || (d === 2 && Math.min(ga.length, gb.length) < LONG_GIVEN_NAME)) continue;
    if (shareOne(sentences(a), sentences(b))) continue;
    const [main, variant] = a.mentions.length >= b.mentions.length ? [a, b] : [b, a];
    const mainPosts = posts(main);
    const variantPosts = posts(variant);
    // the same post, where one of the two may leave the level or the body out ("provincial Party chief")
    const compatible = variantPosts.length === 0 || mainPosts.length === 0
      || variantPosts.some((v) => mainPosts.some((m) => m.post === v.post && (!m.level || !v.level || m.level === v.level)));
    if (!compatible) continue;
    for (const m of variant.mentions) {
      out.push({
        code: 'name-variant', severity: 'warning', personId: variant.id, start: m.start, end: m.end,
        message: `'${m.text}' differs from '${main.name}' (named ${main.mentions.length} time${main.mentions.length > 1 ? 's' : ''}) by ${d === 1 ? 'one letter' : 'one syllable'}: a likely misspelling.`,
        related: main.mentions.slice(0, 3).map((x) => ({ start: x.start, end: x.end, message: `'${x.text}' here` })),
        fixes: [{ title: `Change to '${main.name}'`, edits: [{ start: m.start, end: m.end, newText: main.mentions[0].text }], isPreferred: true }],
      });
    }
  }
  return out;
}
