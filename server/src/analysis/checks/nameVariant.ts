/**
 * name-variant: two names with the same surname whose given names differ by one letter or one
 * similar syllable (Zhou Zhihong / Zhou Zhihang), never side by side in one sentence (two people
 * listed together are two people), and not holding different posts: a likely misspelling.
 */
import type { DocumentAnalysis, Finding, Person } from '../types';
import { postTitlesOf } from './helpers';

export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

function sentenceIndex(text: string): (offset: number) => number {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.' || c === '\n' || c === ';' || c === '?' || c === '!' || c === '。') ends.push(i);
  }
  return (offset) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function nameVariants(model: DocumentAnalysis): Finding[] {
  const out: Finding[] = [];
  const full = model.persons.filter((p) => p.mentions.some((m) => m.kind === 'full'));
  if (full.length < 2) return out;
  const sentenceOf = sentenceIndex(model.text);
  const sentences = (p: Person) => new Set(p.mentions.map((m) => sentenceOf(m.start)));
  const posts = (p: Person) => postTitlesOf(model, p).map((t) => t.norm);
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) {
      const a = full[i];
      const b = full[j];
      if (a.surname.toLowerCase() !== b.surname.toLowerCase()) continue;
      const ga = a.key.slice(a.surname.length);
      const gb = b.key.slice(b.surname.length);
      const d = editDistance(ga, gb);
      if (d === 0 || d > 2 || (d === 2 && Math.min(ga.length, gb.length) < 6)) continue;
      const sa = sentences(a);
      if ([...sentences(b)].some((s) => sa.has(s))) continue;
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
  }
  return out;
}
