/** A lexicon turned into what the analysis and the checks use, built once per lexicon version. */
import { Knowledge } from '../analysis/knowledge/knowledge';
import { nameKey } from '../analysis/knowledge/nameKey';
import type { KnownOfficial } from '../analysis/checks/workspaceConflict';
import { normalizeTitleText } from '../analysis/titles/titleText';
import type { IgnoredDiagnostic, Lexicon, LexiconOfficial } from './lexicon';

export interface LexiconContext {
  knowledge: Knowledge;
  acceptedWordings: string[][];
  officials: KnownOfficial[];
  /** The lexicon's entry of a person, by name identity key (for hovers). */
  entries: Map<string, LexiconOfficial>;
  ignoredDiagnostics: IgnoredDiagnostic[];
}

export function lexiconContext(lexicon: Lexicon = {}): LexiconContext {
  const knowledge = new Knowledge({
    persons: (lexicon.officials ?? []).map((o) => ({ name: o.name, variants: o.variants })),
    themes: lexicon.themes,
    nonPersons: lexicon.ignore?.words,
  });
  const officials: KnownOfficial[] = (lexicon.officials ?? []).map((o) => ({
    key: nameKey(o.name),
    name: o.name,
    titles: (o.titles ?? []).flatMap((t) => {
      const norm = normalizeTitleText(t.title, knowledge);
      return norm ? [{ text: t.title, norm, from: t.from, to: t.to }] : [];
    }),
  }));
  const entries = new Map((lexicon.officials ?? []).map((o) => [nameKey(o.name), o]));
  return { knowledge, acceptedWordings: lexicon.titleVariants ?? [], officials, entries, ignoredDiagnostics: lexicon.ignore?.diagnostics ?? [] };
}
