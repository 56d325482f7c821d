/** From a parsed title to its meaning: post identity, rank tier, canonical English and the Chinese original. */
import type { Knowledge, BodyInfo, PostInfo } from '../knowledge/knowledge';
import { isWhiteSpace } from '../text/whiteSpace';
import type { NormalizedTitle } from '../types';
import type { ParsedTitle } from './parseTitle';

const ARTICLES = /^(the|a|an)\s+/i;

export function wordingOf(verbatim: string): string {
  // most titles are written with single spaces and plain apostrophes: only lower-casing is left to do
  const plain = isPlainlySpaced(verbatim) ? verbatim.toLowerCase() : verbatim.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
  const first = plain.charCodeAt(0);
  return first === 116 /* t */ || first === 97 /* a */ ? plain.replace(ARTICLES, '') : plain;
}

/** Whether the text has no ’ and no white space but single spaces between other characters (the replacements of wordingOf would change nothing). */
function isPlainlySpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i + 1) === 32) return false;
    } else if (c === 0x2019 || isWhiteSpace(c)) return false;
  }
  return true;
}

const ENTERPRISE = /\b(group|company|corporation|corp\.?|co\., ltd\.?|ltd\.?|enterprise)$/;


function resolvePost(post: PostInfo, bodies: BodyInfo[], k: Knowledge, level?: string): PostInfo {
  const inner = bodies[0]?.key;
  const by = (key: string) => k.postByKey.get(key) ?? post;
  if (post.normalizeTo) return by(post.normalizeTo);
  if (post.key === 'head' && inner) {
    if (inner.endsWith('department')) return by('minister');
    if (inner.endsWith('bureau') || inner.endsWith('administration') || inner === 'development-reform-commission') return by('director');
    if (inner === 'government') {
      const head = level ? k.headOfGovernmentAt.get(level) : undefined;
      if (head) return head;
    }
  }
  // "deputy head of Shawan Township": the head of a place of a level is the head of its government
  const headHere = level ? k.headOfGovernmentAt.get(level) : undefined;
  if (post.key === 'head' && !inner && headHere) return headHere;
  // "mayor of the town", "district mayor": the head of the government of the level written (a prefecture's
  // "governor" stays one)
  if (post.key === 'mayor' && headHere && level !== post.impliedLevel && (!inner || inner === 'government')) return headHere;
  // "president of the Group": an enterprise's president is its general manager
  if (post.key === 'president' && inner?.startsWith('org:') && ENTERPRISE.test(inner)) return by('general-manager');
  if (post.key === 'president' && inner === 'cppcc') return by('chairman');
  if (post.key === 'chairman' && inner === 'standing-committee') return by('director');
  return post;
}

function namesABodyTwice(bodies: BodyInfo[]): boolean {
  for (let i = 1; i < bodies.length; i++) if (bodies[i].key === bodies[i - 1].key) return true;
  return false;
}

export function normalizeTitle(p: ParsedTitle, verbatim: string, k: Knowledge): NormalizedTitle {
  const wording = wordingOf(verbatim);
  if (p.kind === 'group') {
    const level = p.level?.key;
    return {
      kind: 'group', post: 'leaders', bodies: [], level, rankTier: /deputy/.test(wording) ? 1 : 2, plural: true,
      postKey: `${level ?? '?'}||leaders`, unique: false, headOfGovernment: false, genericPost: false, levelImplied: false,
      english: `${p.level ? p.level.english + ' ' : ''}leaders`, chinese: p.level ? `${p.level.zh}领导` : '领导', wording,
    };
  }
  if (p.kind === 'byline' && p.byline) {
    return {
      kind: 'byline', post: p.byline.key, bodies: [], rankTier: 2, plural: false, postKey: `byline|${p.byline.key}`,
      unique: false, headOfGovernment: false, genericPost: false, levelImplied: false, english: p.byline.english, chinese: p.byline.zh, wording,
    };
  }
  const rawPost = p.post!;
  let bodies = p.bodies;
  let levelKey = p.level?.key;
  if (bodies.length === 0 && rawPost.impliedBodies) {
    bodies = rawPost.impliedBodies.map((b) => k.bodyByKey.get(b)).filter((b): b is BodyInfo => !!b);
  }
  if (rawPost.normalizeTo && bodies.length === 0) bodies = [k.bodyByKey.get('party-committee')!];
  // "the Communist Party of China ... Provincial Committee": one body named twice
  if (namesABodyTwice(bodies)) bodies = bodies.filter((b, i) => i === 0 || b.key !== bodies[i - 1].key);
  const post = resolvePost(rawPost, bodies, k, levelKey);
  if (bodies.length === 0 && post.impliedBodies) {
    bodies = post.impliedBodies.map((b) => k.bodyByKey.get(b)).filter((b): b is BodyInfo => !!b);
  }
  levelKey ??= post.impliedLevel ?? rawPost.impliedLevel;
  const level = levelKey ? k.levelByKey.get(levelKey) : undefined;
  const rankTier = post.membership ? 2 : p.rank?.tier ?? 0;
  const bodyKeys = bodies.map((b) => b.key);
  const postKey = `${levelKey ?? '?'}|${bodyKeys.join('>')}|${post.key}`;

  // English: "Deputy Secretary of the Municipal Party Committee" / "Vice Mayor"
  const rankEn = (p.status ? p.status.english + ' ' : '') + (p.rank ? p.rank.english + ' ' : '');
  let english: string;
  if (post.headPost || bodies.length === 0) {
    english = `${rankEn}${post.english}`;
  } else {
    // innermost first; the outermost body with the level, but an organisation outside the vocabulary,
    // named verbatim, has its level in it already
    let bodyEn = '';
    for (let i = 0; i < bodies.length; i++) {
      const b = bodies[i];
      if (i > 0) bodyEn += ' of the ';
      bodyEn += i === bodies.length - 1 && level ? `${level.english} ${b.english}` : (b.english ?? ''); // as join() reads undefined
    }
    english = `${rankEn}${post.english} of the ${bodyEn}`;
  }
  if (p.place) english += ` (${p.place})`;

  // Chinese: level + bodies (outer to inner) + rank + post, or rank + level + post for heads of government
  let chinese: string | undefined;
  const rankZh = (p.status?.zh ?? '') + (p.rank?.zh ?? '');
  const levelZh = level?.zh ?? '';
  if (post.headPost) {
    chinese = `${rankZh}${levelZh}${post.zh}`;
  } else {
    const inner = bodies[0]?.key;
    let postZh = (inner && post.zhByBody?.[inner]) ?? post.zh;
    // outermost first; a member of a standing committee is 常委 of the bodies around it
    const membership = post.membership && inner === 'standing-committee';
    let bodyZh = '';
    for (let i = bodies.length - 1; i >= (membership ? 1 : 0); i--) {
      const b = bodies[i];
      bodyZh += (i === bodies.length - 1 && !level && b.zhWithoutLevel) || (b.zh ?? '');
    }
    if (membership) postZh = '常委';
    chinese = bodies.length || level ? `${levelZh}${bodyZh}${rankZh}${postZh}` : `${rankZh}${postZh}`;
  }
  // an organisation outside the vocabulary has no known Chinese name: say nothing rather than guess
  if (bodies.some((b) => !b.zh)) chinese = undefined;
  return {
    kind: post.membership ? 'membership' : 'post', post: post.key, bodies: bodyKeys, level: levelKey, levelImplied: !p.level && levelKey !== undefined, place: p.place,
    rank: p.rank?.key, rankTier, status: p.status?.key, plural: p.plural, postKey,
    // a bare post word is too vague to be unique, but for the head of the government ("Mayor") it names the one post
    // an executive deputy (常务副) is one person too
    unique: post.unique && (rankTier === 0 || p.rank?.key === 'executive-deputy') && !p.plural && !post.membership && (!p.bare || !!post.headPost) && !p.status,
    headOfGovernment: !!post.headPost,
    genericPost: !!post.generic,
    english, chinese, wording,
  };
}
