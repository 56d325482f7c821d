/**
 * Who holds which title. Reads the element sequence left to right:
 *   Name, Title[, and Title]          appositive titles go to the name before them
 *   Title [, the Title] Name          titles right before a name go to it
 *   Name (Title)
 *   A, B and C, plural-or-group Title a plural title after a run of untitled names covers the run
 *   Group-label [including|:] A, B, C a label before a list covers the list
 *   Name / Label                      byline credits ("Zhang Zongxing / Text")
 * A title that has been given to someone never carries on to later names.
 */
import type { Tokens } from '../text/tokenize';
import { Element, Glue, NameElement, TitleElement, glueBetween } from './elements';

export interface Attribution {
  /** Per title index, the name elements it was given to (undefined: nobody). */
  holders: (NameElement[] | undefined)[];
  /** The indices of the titles given to someone, in the order they were first given. */
  given: number[];
  /** element index -> glue before it */
  glue: Glue[];
}

const LIST: ReadonlySet<Glue> = new Set<Glue>(['comma', 'and', 'adjacent', 'including', 'colon']);

export function attribute(tokens: Tokens, elements: Element[]): Attribution {
  let titleCount = 0;
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (e.type === 'title') titleCount = Math.max(titleCount, e.titleIndex + 1);
  }
  const holders = new Array<NameElement[] | undefined>(titleCount).fill(undefined);
  const given: number[] = [];
  const glue: Glue[] = elements.map((e, i) => (i === 0 ? 'break' : glueBetween(tokens, elements[i - 1].end, e.first)));
  const give = (t: TitleElement, n: NameElement) => {
    const list = holders[t.titleIndex];
    if (!list) {
      holders[t.titleIndex] = [n];
      given.push(t.titleIndex);
    } else if (!list.includes(n)) list.push(n);
  };

  // the lists are emptied in place: they are never handed out
  const run: NameElement[] = []; // untitled names of the current list
  let owner: NameElement | undefined; // the name whose appositive titles we are reading
  const pre: TitleElement[] = []; // titles waiting for the name after them
  let label: TitleElement | undefined; // a group/plural label covering the names that follow
  const reset = () => {
    run.length = 0;
    owner = undefined;
    pre.length = 0;
    label = undefined;
  };

  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    const g = glue[i];
    if (g === 'break') reset();
    const next = elements[i + 1];
    const nextGlue = glue[i + 1];
    if (e.type === 'title') {
      const t = e.title;
      const collective = t.kind === 'group' || t.plural;
      const beforeName = next?.type === 'name' && (nextGlue === 'adjacent' || nextGlue === 'colon' || (nextGlue === 'including' && collective));
      // "Vice Governor and Director of the ... Department Long Xiaojun": titles chained up to a name
      const chainsToName = next?.type === 'title' && (nextGlue === 'comma' || nextGlue === 'adjacent' || nextGlue === 'and') && !owner && titleChainEndsInName(elements, glue, i);
      // a table row: "Lei Mingxuan      Director of the ... Bureau"
      if (g === 'cell' && t.kind === 'post' && i > 0 && elements[i - 1].type === 'name') {
        give(e, elements[i - 1] as NameElement);
        owner = elements[i - 1] as NameElement;
        pre.length = 0;
        label = undefined;
        continue;
      }
      if (g === 'slash' && i > 0 && elements[i - 1].type === 'name' && t.kind === 'byline') {
        give(e, elements[i - 1] as NameElement); // "Zhang Zongxing / Text"
        owner = undefined;
        label = undefined;
        continue;
      }
      if (collective && run.length > 0 && (g === 'comma' || g === 'and') && !beforeName) {
        for (let r = 0; r < run.length; r++) give(e, run[r]);
        run.length = 0;
        owner = undefined;
        label = undefined;
        continue;
      }
      const labelLike = collective || t.kind === 'byline';
      if (labelLike && (beforeName || (next?.type === 'name' && nextGlue === 'comma' && run.length === 0))) {
        label = e;
        pre.length = 0;
        owner = undefined;
        continue;
      }
      if (beforeName || (chainsToName && !owner)) {
        pre.push(e);
        continue;
      }
      // "Zhai Xiaoting Proofreader: Luo Fen": a label before a colon opens the next credit
      const opensCredit = t.kind === 'byline' && nextGlue === 'colon';
      if (owner && !opensCredit && (g === 'comma' || g === 'and' || g === 'open-paren' || g === 'adjacent')) {
        give(e, owner);
        run.length = 0;
        continue;
      }
      if (!owner && i > 0 && elements[i - 1].type === 'name' && (g === 'comma' || g === 'open-paren')) {
        owner = elements[i - 1] as NameElement;
        give(e, owner);
        run.length = 0;
        continue;
      }
      // a title standing alone, or a title followed by ", Name" ("Secretary of X, Zhou Zhihong")
      pre.length = 0;
      if (next?.type === 'name' && nextGlue === 'comma' && !t.bare) pre.push(e);
      continue;
    }
    // a name
    if (pre.length > 0 && (g === 'adjacent' || g === 'colon' || g === 'comma')) {
      for (let p = 0; p < pre.length; p++) give(pre[p], e);
      pre.length = 0;
      owner = e;
      run.length = 0;
      if (label && (g === 'adjacent' || g === 'colon')) give(label, e);
      continue;
    }
    pre.length = 0;
    if (label && (LIST.has(g) || g === 'including')) {
      give(label, e);
      owner = e;
      continue;
    }
    if (!LIST.has(g) && g !== 'slash') {
      run.length = 0;
      label = undefined;
    }
    owner = e;
    run.push(e);
  }
  return { holders, given, glue };
}

/** Whether the titles from element i on, joined by commas or "and", end right before a name. */
function titleChainEndsInName(elements: Element[], glue: Glue[], i: number): boolean {
  let j = i;
  while (elements[j + 1]?.type === 'title' && ['comma', 'adjacent', 'and'].includes(glue[j + 1])) j++;
  const after = elements[j + 1];
  return after?.type === 'name' && (glue[j + 1] === 'adjacent' || glue[j + 1] === 'colon' || glue[j + 1] === 'comma');
}
