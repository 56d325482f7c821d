/** The persons of a document: one per identity key, numbered in order of first mention, and their mentions. */
import type { Knowledge } from '../knowledge/knowledge';
import { WordTrait } from '../knowledge/wordFacts';
import type { Tokens } from '../text/tokens';
import { isWhiteSpace } from '../text/whiteSpace';
import type { Mention } from '../types';
import type { ResolvedName } from './resolveNames';

export interface PersonIdentities {
  /** Number of persons. */
  count: number;
  /** Per resolved name, its person. */
  personOf: Int32Array;
  /** Per person, its first resolved name. */
  firstName: number[];
}

export function identifyPersons(names: ResolvedName[]): PersonIdentities {
  const personOf = new Int32Array(names.length);
  const firstName: number[] = [];
  const byKey = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    let p = byKey.get(names[i].key);
    if (p === undefined) {
      p = firstName.length;
      byKey.set(names[i].key, p);
      firstName.push(i);
    }
    personOf[i] = p;
  }
  return { count: firstName.length, personOf, firstName };
}

/**
 * The mentions of the resolved names, in their order, and per person its mentions. A person's mention
 * written like its mention before shares that one's string.
 */
export function mentionsOf(names: ResolvedName[], persons: PersonIdentities, tokens: Tokens): { mentions: Mention[]; byPerson: Mention[][] } {
  const text = tokens.text;
  const sizes = new Int32Array(persons.count);
  for (let i = 0; i < names.length; i++) sizes[persons.personOf[i]]++;
  const byPerson = new Array<Mention[]>(persons.count);
  for (let p = 0; p < persons.count; p++) byPerson[p] = new Array<Mention>(sizes[p]);
  const filled = sizes.fill(0);
  const mentions = new Array<Mention>(names.length);
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const p = persons.personOf[i];
    const own = byPerson[p];
    const before = filled[p] > 0 ? own[filled[p] - 1].text : undefined;
    const stop = tokens.end[n.end - 1];
    const written = before !== undefined && before.length === stop - n.start && text.startsWith(before, n.start) ? before : text.slice(n.start, stop);
    const m: Mention = { start: n.start, end: stop, personId: p, text: written, kind: n.mentionKind };
    own[filled[p]++] = m;
    mentions[i] = m;
  }
  return { mentions, byPerson };
}

/** The surname of a name as written (read from the text for the few names that start a person, not kept by every name). */
export function surnameOf(n: ResolvedName, tokens: Tokens, k: Knowledge): string {
  // a name in Han characters may follow its byline label in one token (编辑：贺予菁): its first character
  if (n.kind === 'hanzi') return tokens.lower(n.first).charAt(n.start - tokens.start[n.first]);
  // "Lihong Xiao", "Xiaoyan Fu": written given name first, the surname last
  const last = n.end - 1;
  if (last > n.first && !(k.traitsAt(tokens, n.first) & WordTrait.Surname) && k.traitsAt(tokens, last) & WordTrait.Surname) {
    return tokens.text.slice(tokens.start[last], tokens.end[last]);
  }
  return tokens.text.slice(n.start, tokens.end[n.first]);
}

/** A name as displayed: its white space runs made one space (the text itself when it has none to change). */
export function displayName(written: string): string {
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c === 32 ? isWhiteSpace(written.charCodeAt(i + 1)) : isWhiteSpace(c)) return written.replace(/\s+/g, ' ');
  }
  return written;
}
