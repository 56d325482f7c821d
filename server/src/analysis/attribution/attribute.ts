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
import type { ParsedTitle } from '../titles/parseTitle';
import { IndexList, Tokens } from '../text/tokens';
import { Elements, Glue } from './elements';

/** The name elements each parsed title was given to. */
export class Attribution {
  /** The indices of the titles given to someone, in the order they were first given. */
  readonly given: number[] = [];
  /** Per title, its first and last entry in the lists below (-1: given to nobody). */
  private readonly firstHolder: Int32Array;
  private readonly lastHolder: Int32Array;
  private readonly holderElement: IndexList;
  private readonly nextHolder: IndexList;

  constructor(titleCount: number, tokens: Tokens) {
    this.firstHolder = tokens.ints(titleCount, false).fill(-1);
    this.lastHolder = tokens.ints(titleCount, false).fill(-1);
    this.holderElement = tokens.indexList();
    this.nextHolder = tokens.indexList();
  }

  /** Gives title t to name element e (once). */
  give(t: number, e: number): void {
    if (this.firstHolder[t] < 0) {
      this.firstHolder[t] = this.lastHolder[t] = this.entry(e);
      this.given.push(t);
      return;
    }
    for (let h = this.firstHolder[t]; h >= 0; h = this.nextHolder.get(h)) if (this.holderElement.get(h) === e) return;
    const h = this.entry(e);
    this.nextHolder.set(this.lastHolder[t], h);
    this.lastHolder[t] = h;
  }

  isGiven(t: number): boolean {
    return this.firstHolder[t] >= 0;
  }

  /** The name elements title t was given to, in the order it was given to them, into `out` (emptied first). */
  holdersOf(t: number, out: IndexList): IndexList {
    out.clear();
    for (let h = this.firstHolder[t]; h >= 0; h = this.nextHolder.get(h)) out.push(this.holderElement.get(h));
    return out;
  }

  private entry(e: number): number {
    this.holderElement.push(e);
    this.nextHolder.push(-1);
    return this.holderElement.count - 1;
  }
}

const isList = (g: Glue) => g === Glue.Comma || g === Glue.And || g === Glue.Adjacent || g === Glue.Including || g === Glue.Colon;
const NONE = -1;

export function attribute(elements: Elements, titles: ParsedTitle[], tokens: Tokens): Attribution {
  const att = new Attribution(titles.length, tokens);
  const { count, glue, ref } = elements;
  const isName = (e: number) => elements.isName(e);
  const isTitle = (e: number) => elements.isTitle(e);

  // the lists are emptied in place: they are never handed out
  const run = new IndexList(); // untitled names of the current list
  let owner = NONE; // the name whose appositive titles we are reading
  let ownerTitledBefore = false; // whether the owner's own post came right before it ("Mayor Du Jingshan")
  const pre = new IndexList(); // titles waiting for the name after them
  let label = NONE; // a group/plural label covering the names that follow
  const reset = () => {
    run.clear();
    owner = NONE;
    ownerTitledBefore = false;
    pre.clear();
    label = NONE;
  };
  const give = (titleElement: number, nameElement: number) => {
    att.give(ref[titleElement], nameElement);
    if (titleElement === label) for (let c = 0; c < labelChain.count; c++) att.give(ref[labelChain.get(c)], nameElement);
  };
  const labelChain = new IndexList(); // collective titles chained before the label (given with it)
  /** Whether name element e is followed by a post of its own (", secretary-general"). */
  const ownsNextTitle = (e: number) => isTitle(e + 1) && glue[e + 1] === Glue.Comma && titles[ref[e + 1]].kind === 'post' && !titles[ref[e + 1]].plural;
  const isCollective = (e: number) => titles[ref[e]].kind === 'group' || titles[ref[e]].plural;

  for (let i = 0; i < count; i++) {
    const g = glue[i];
    if (g === Glue.Break) reset();
    const next = i + 1;
    const nextGlue = next < count ? glue[next] : -1;
    if (isTitle(i)) {
      const t = titles[ref[i]];
      const collective = isCollective(i);
      // "Text | Kong Xiangyu": a credit label, a bar or slash, the name (not "Kong Xiangyu / Text": that label came after its name)
      const creditBeforeName = t.kind === 'byline' && nextGlue === Glue.Slash && g !== Glue.Slash;
      const beforeName = isName(next) && (nextGlue === Glue.Adjacent || nextGlue === Glue.Colon || (nextGlue === Glue.Including && collective) || creditBeforeName);
      // "Vice Governor and Director of the ... Department Long Xiaojun": titles chained up to a name
      // "Vice Presidents A, B and C, and Secretary of X D": after a label's list, a title of a name of its own ends the list
      const endsLabelList = label !== NONE && att.isGiven(ref[label]) && (g === Glue.Comma || g === Glue.And);
      // "Secretary of X Luo Yuanheng, Deputy secretary of X, mayor Du Jingshan": where the owner's post came before
      // its name, the titles after it are the next name's
      const chainsToName = isTitle(next) && (nextGlue === Glue.Comma || nextGlue === Glue.Adjacent || nextGlue === Glue.And) && (owner === NONE || endsLabelList || ownerTitledBefore) && titleChainEndsInName(elements, i);
      // a table row: "Lei Mingxuan      Director of the ... Bureau"
      if (g === Glue.Cell && t.kind === 'post' && isName(i - 1)) {
        give(i, i - 1);
        owner = i - 1;
        pre.clear();
        label = NONE;
        continue;
      }
      if (g === Glue.Slash && isName(i - 1) && t.kind === 'byline') {
        give(i, i - 1); // "Zhang Zongxing / Text"
        owner = NONE;
        label = NONE;
        continue;
      }
      // ("A and B, members of X, and the presidents of the basic courts attended": "and the <group>" are others)
      const othersJoined = g === Glue.And && tokens.lower(elements.first[i] - 1) === 'the';
      if (collective && run.count > 0 && (g === Glue.Comma || g === Glue.And) && !beforeName && !othersJoined) {
        for (let r = 0; r < run.count; r++) give(i, run.get(r));
        run.clear();
        owner = NONE;
        label = NONE;
        continue;
      }
      const labelLike = collective || t.kind === 'byline';
      if (labelLike && (beforeName || (isName(next) && nextGlue === Glue.Comma && run.count === 0))) {
        // "Members of the Party Group and deputy directors A, B and C": the titles chained to the label are the list's too
        labelChain.clear();
        if (collective) for (let p = 0; p < pre.count; p++) if (isCollective(pre.get(p))) labelChain.push(pre.get(p));
        label = i;
        pre.clear();
        owner = NONE;
        continue;
      }
      if (beforeName || chainsToName) {
        if (endsLabelList) label = NONE;
        pre.push(i);
        continue;
      }
      // "Zhai Xiaoting Proofreader: Luo Fen": a label before a colon opens the next credit
      const opensCredit = t.kind === 'byline' && nextGlue === Glue.Colon;
      // "Accompanied by ... and Gong Lixin, head of the provincial department, the governor inspected ...": "the
      // <post>" after another post of the chain opens the main clause
      const opensClause = g === Glue.Comma && t.bare && isTitle(i - 1) && tokens.lower(elements.first[i] - 1) === 'the';
      if (owner !== NONE && !opensCredit && !opensClause && !(othersJoined && collective) && (g === Glue.Comma || g === Glue.And || g === Glue.OpenParen || g === Glue.Adjacent)) {
        give(i, owner);
        run.clear();
        continue;
      }
      if (owner === NONE && isName(i - 1) && (g === Glue.Comma || g === Glue.OpenParen)) {
        owner = i - 1;
        give(i, owner);
        run.clear();
        continue;
      }
      // a title standing alone, or a title followed by ", Name" ("Secretary of X, Zhou Zhihong")
      pre.clear();
      if (isName(next) && nextGlue === Glue.Comma && !t.bare) pre.push(i);
      continue;
    }
    // a name
    if (pre.count > 0 && (g === Glue.Adjacent || g === Glue.Colon || g === Glue.Comma)) {
      for (let p = 0; p < pre.count; p++) give(pre.get(p), i);
      pre.clear();
      owner = i;
      ownerTitledBefore = g === Glue.Adjacent;
      run.clear();
      if (label !== NONE && (g === Glue.Adjacent || g === Glue.Colon)) give(label, i);
      continue;
    }
    pre.clear();
    // "Vice chairmen A, B and C, and D, secretary-general": after "and", a name with a post of its own ends the list
    if (label !== NONE && g === Glue.And && ownsNextTitle(i)) label = NONE;
    ownerTitledBefore = false;
    if (label !== NONE && (isList(g) || (g === Glue.Slash && label === i - 1))) {
      give(label, i);
      owner = i;
      continue;
    }
    if (!isList(g) && g !== Glue.Slash) {
      run.clear();
      label = NONE;
    }
    owner = i;
    run.push(i);
  }
  return att;
}

/** Whether the titles from element i on, joined by commas or "and", end right before a name. */
function titleChainEndsInName(elements: Elements, i: number): boolean {
  const { count, glue } = elements;
  let j = i;
  while (j + 1 < count && elements.isTitle(j + 1) && (glue[j + 1] === Glue.Comma || glue[j + 1] === Glue.Adjacent || glue[j + 1] === Glue.And)) j++;
  const after = j + 1;
  return after < count && elements.isName(after) && (glue[after] === Glue.Adjacent || glue[after] === Glue.Colon || glue[after] === Glue.Comma);
}
