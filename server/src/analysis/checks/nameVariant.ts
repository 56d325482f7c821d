/**
 * name-variant: two names with the same surname whose given names differ by one letter or one
 * similar syllable (Zhou Zhihong / Zhou Zhihang), never side by side in one sentence (two people
 * listed together are two people), and not holding different posts: a likely misspelling.
 */
import type { DocumentAnalysis, Finding, Person } from '../types';
import { editDistanceUpTo, swapsTwoLetters } from '../text/spelling';
import { closePairs } from './closePairs';
import { isCurrentPost } from './helpers';
import { postsInReport } from './postsInReport';

/** A one-letter slip of a given name this long is a misspelling even where the posts disagree. */
const SLIP_GIVEN_NAME = 5;

/** Given names two edits apart are variants only from this length on. */
const LONG_GIVEN_NAME = 6;

/** . \n ; ? ! 。 (letters, the common case, take one comparison) */
const isSentenceEnd = (c: number) => (c < 64 ? c === 46 || c === 10 || c === 59 || c === 63 || c === 33 : c === 0x3002);

/** The sentence of an offset, named by the offset of the sentence end before it (-1 in the first sentence). */
function sentenceOf(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && !isSentenceEnd(text.charCodeAt(i))) i--;
  return i;
}


export function nameVariants(model: DocumentAnalysis): Finding[] {
  const out: Finding[] = [];
  const full: Person[] = [];
  for (let i = 0; i < model.persons.length; i++) if (fullMentions(model.persons[i]) > 0) full.push(model.persons[i]);
  if (full.length < 2) return out;
  // per person of `full`, computed when first needed
  const sentences = new SentencesNamedIn(model.text, full);
  const said: (WhatIsSaid | undefined)[] = [];
  // only names with the same surname whose given names may be one or two edits apart are compared
  const group = surnameGroups(full);
  const given = full.map(givenKey);
  const pairs = closePairs(given, group, LONG_GIVEN_NAME);
  const flag = (i: number, j: number, d: number) => {
    if (sentences.shareOne(i, j)) return;
    // surname-only mentions ("Secretary Xu") do not tell the spellings apart: only full names are counted
    const mainFirst = fullMentions(full[i]) >= fullMentions(full[j]);
    const m = mainFirst ? i : j;
    const v = mainFirst ? j : i;
    // posts that disagree make two people, unless one spelling is a single slip of a name written often
    const slip = d === 1 && fullMentions(full[v]) === 1 && fullMentions(full[m]) >= 2 && given[v].length >= SLIP_GIVEN_NAME;
    if (!slip && !postsAgree(model, full[v], full[m])) return;
    const main = (said[m] ??= whatIsSaid(full[m]));
    const variant = full[v];
    const messageEnd = d === 1 ? main.oneLetter : main.oneSyllable;
    for (let x = 0; x < variant.mentions.length; x++) {
      const { start, end, text, kind } = variant.mentions[x];
      if (kind !== 'full') continue;
      out.push({
        code: 'name-variant', severity: 'warning', personId: variant.id, start, end,
        message: `'${text}${messageEnd}`,
        related: main.related,
        fixes: [{ title: main.fixTitle, edits: [{ start, end, newText: main.newText }], isPreferred: true }],
      });
    }
  };
  for (let k = 0; k < pairs.length; k += 2) {
    const i = pairs[k];
    const j = pairs[k + 1];
    const ga = given[i];
    const gb = given[j];
    const d = editDistanceUpTo(ga, gb, 2);
    if (d === 0 || d > 2 || (d === 2 && Math.min(ga.length, gb.length) < LONG_GIVEN_NAME && !swapsTwoLetters(ga, gb))) continue;
    flag(i, j, d);
  }
  // "Zhuo Zhihong" for Zhou Zhihong: a surname one letter off, before a given name long enough to be telling
  for (const same of sameGivenNames(given, full)) {
    for (let a = 0; a < same.length; a++) {
      for (let b = a + 1; b < same.length; b++) {
        const i = same[a];
        const j = same[b];
        const sa = full[i].surname.toLowerCase();
        const sb = full[j].surname.toLowerCase();
        // two common surnames (Li / Liu) may be two people: a slip is one mention against several
        const [fi, fj] = [fullMentions(full[i]), fullMentions(full[j])];
        if ((editDistanceUpTo(sa, sb, 1) === 1 || swapsTwoLetters(sa, sb)) && Math.min(fi, fj) === 1 && Math.max(fi, fj) >= 2) flag(i, j, 1);
      }
    }
  }
  return out;
}

/** Given names from this length on tell a person apart when only the surname differs. */
const TELLING_GIVEN_NAME = 4;
/** More persons than this with one given name: a list of namesakes, not a misspelling. */
const MAX_NAMESAKES = 8;

/** The persons (indices) sharing a given name of a telling length, per given name, two or more. */
function sameGivenNames(given: string[], persons: Person[]): number[][] {
  const byGiven = new Map<string, number[]>();
  for (let i = 0; i < given.length; i++) {
    if (given[i].length < TELLING_GIVEN_NAME || persons[i].surname.length === 0) continue;
    const list = byGiven.get(given[i]);
    if (list) list.push(i);
    else byGiven.set(given[i], [i]);
  }
  const out: number[][] = [];
  for (const list of byGiven.values()) if (list.length >= 2 && list.length <= MAX_NAMESAKES) out.push(list);
  return out;
}

/** Whether two persons' names are one name misspelt: the same surname, given names one edit apart (two when long). */
export function likelyOneName(a: Person, b: Person): boolean {
  if (a.surname.toLowerCase() !== b.surname.toLowerCase()) return false;
  const ga = givenKey(a);
  const gb = givenKey(b);
  const d = editDistanceUpTo(ga, gb, 2);
  return d > 0 && (d === 1 || (d === 2 && Math.min(ga.length, gb.length) >= LONG_GIVEN_NAME));
}

/** The person's key without the surname, which comes first, or last in a name written given name first. */
function givenKey(p: Person): string {
  const surname = p.surname.toLowerCase();
  if (p.key.startsWith(surname)) return p.key.slice(surname.length);
  return p.key.endsWith(surname) ? p.key.slice(0, p.key.length - surname.length) : p.key.slice(p.surname.length);
}

function fullMentions(p: Person): number {
  let n = 0;
  for (let i = 0; i < p.mentions.length; i++) if (p.mentions[i].kind === 'full') n++;
  return n;
}

/** The sentences each person is named in, ascending (mentions come in document order), read when first asked for. */
class SentencesNamedIn {
  /** The sentences of person x are sentences[first[x] .. first[x + 1]). */
  private readonly first: Int32Array;
  private readonly sentences: Int32Array;
  private readonly read: Uint8Array;

  constructor(private readonly text: string, private readonly persons: Person[]) {
    this.first = new Int32Array(persons.length + 1);
    for (let x = 0; x < persons.length; x++) this.first[x + 1] = this.first[x] + persons[x].mentions.length;
    this.sentences = new Int32Array(this.first[persons.length]);
    this.read = new Uint8Array(persons.length);
  }

  /** Whether persons x and y are named in one sentence. */
  shareOne(x: number, y: number): boolean {
    this.readPerson(x);
    this.readPerson(y);
    const s = this.sentences;
    for (let i = this.first[x], j = this.first[y]; i < this.first[x + 1] && j < this.first[y + 1]; ) {
      if (s[i] === s[j]) return true;
      if (s[i] < s[j]) i++;
      else j++;
    }
    return false;
  }

  private readPerson(x: number): void {
    if (this.read[x]) return;
    this.read[x] = 1;
    const mentions = this.persons[x].mentions;
    for (let i = 0; i < mentions.length; i++) this.sentences[this.first[x] + i] = sentenceOf(this.text, mentions[i].start);
  }
}

/** Whether two persons hold the same post, where one of the two may leave the level or the body out ("provincial Party chief"), or one of them holds none. */
function postsAgree(model: DocumentAnalysis, a: Person, b: Person): boolean {
  const report = postsInReport(model);
  let aHoldsOne = false;
  for (let i = 0; i < a.titleIds.length; i++) {
    const s = model.titles[a.titleIds[i]];
    const x = s.norm;
    // a plural label ("Deputy secretaries: A, B") says less of one person than an own post
    if (!isCurrentPost(x) || x.plural) continue;
    aHoldsOne = true;
    const xLevel = report.level(s);
    for (let j = 0; j < b.titleIds.length; j++) {
      const t = model.titles[b.titleIds[j]];
      const y = t.norm;
      const yLevel = report.level(t);
      if (isCurrentPost(y) && y.post === x.post && (!yLevel || !xLevel || yLevel === xLevel)) return true;
    }
  }
  if (!aHoldsOne) return true;
  for (let j = 0; j < b.titleIds.length; j++) {
    const y = model.titles[b.titleIds[j]].norm;
    if (isCurrentPost(y) && !y.plural) return false;
  }
  return true;
}

/** Per person, a number per lower-cased surname. */
function surnameGroups(persons: Person[]): number[] {
  const ids = new Map<string, number>();
  const asWritten = new Map<string, number>(); // the same surnames as written: most need no lower-casing
  return persons.map((p) => {
    let id = asWritten.get(p.surname);
    if (id === undefined) {
      const surname = p.surname.toLowerCase();
      id = ids.get(surname);
      if (id === undefined) ids.set(surname, (id = ids.size));
      asWritten.set(p.surname, id);
    }
    return id;
  });
}

/** What the findings about variants of a person's name say of the person: built once, shared (read-only) by them. */
interface WhatIsSaid {
  /** The end of the message, after the variant's text. */
  oneLetter: string;
  oneSyllable: string;
  related: Finding['related'];
  fixTitle: string;
  newText: string;
}

function whatIsSaid(main: Person): WhatIsSaid {
  const spelt = main.mentions.filter((x) => x.kind === 'full');
  const count = spelt.length;
  const named = `' differs from '${main.name}' (named ${count} time${count > 1 ? 's' : ''}) by `;
  return {
    oneLetter: `${named}one letter: a likely misspelling.`,
    oneSyllable: `${named}one syllable: a likely misspelling.`,
    related: spelt.slice(0, 3).map((x) => ({ start: x.start, end: x.end, message: `'${x.text}' here` })),
    fixTitle: `Change to '${main.name}'`,
    newText: spelt[0].text,
  };
}
