/**
 * The lexicon of each workspace folder: the last good version in use, and the problems of the
 * current text when it is malformed (the last good version then stays in use).
 */
import { URI, Utils } from 'vscode-uri';
import { lexiconContext, LexiconContext } from '../lexicon/lexiconContext';
import { LexiconProblem, parseLexicon } from '../lexicon/lexicon';
import type { AnalysisContext } from './analysisCache';

export interface FolderLexicon {
  folderUri: string;
  lexiconUri: string;
  context: LexiconContext;
  analysis: AnalysisContext;
  problems: LexiconProblem[];
  /** The text the problems refer to. */
  text: string;
  exists: boolean;
}

let nextContextId = 1;

function analysisContext(context: LexiconContext): AnalysisContext {
  return { options: { knowledge: context.knowledge, checks: { acceptedWordings: context.acceptedWordings } }, id: nextContextId++ };
}

export class Lexicons {
  private readonly byFolder = new Map<string, FolderLexicon>();
  private readonly builtin = lexiconContext();
  private readonly builtinAnalysis = analysisContext(this.builtin);

  setFolders(folders: { uri: string; lexiconPath: string }[]): void {
    const keep = new Set(folders.map((f) => f.uri));
    for (const uri of this.byFolder.keys()) if (!keep.has(uri)) this.byFolder.delete(uri);
    for (const f of folders) {
      const lexiconUri = Utils.joinPath(URI.parse(f.uri), f.lexiconPath).toString();
      const current = this.byFolder.get(f.uri);
      if (current?.lexiconUri === lexiconUri) continue;
      this.byFolder.set(f.uri, { folderUri: f.uri, lexiconUri, context: this.builtin, analysis: this.builtinAnalysis, problems: [], text: '', exists: false });
    }
  }

  folders(): FolderLexicon[] {
    return [...this.byFolder.values()];
  }

  /** The folder a document belongs to (the deepest one), if any. */
  folderOf(uri: string): FolderLexicon | undefined {
    let best: FolderLexicon | undefined;
    for (const f of this.byFolder.values()) {
      const prefix = f.folderUri.endsWith('/') ? f.folderUri : f.folderUri + '/';
      if (uri.startsWith(prefix) && (!best || f.folderUri.length > best.folderUri.length)) best = f;
    }
    return best;
  }

  byLexiconUri(uri: string): FolderLexicon | undefined {
    return [...this.byFolder.values()].find((f) => f.lexiconUri === uri);
  }

  contextFor(uri: string): LexiconContext {
    return this.folderOf(uri)?.context ?? this.builtin;
  }

  analysisFor(uri: string): AnalysisContext {
    return this.folderOf(uri)?.analysis ?? this.builtinAnalysis;
  }

  /**
   * New text of a lexicon file (undefined: the file is gone). Returns whether the lexicon in use
   * changed. A malformed text keeps the last good lexicon and records its problems.
   */
  update(lexiconUri: string, text: string | undefined): boolean {
    const f = this.byLexiconUri(lexiconUri);
    if (!f) return false;
    if (text === undefined) {
      const changed = f.exists;
      Object.assign(f, { context: this.builtin, analysis: this.builtinAnalysis, problems: [], text: '', exists: false });
      return changed;
    }
    if (f.exists && text === f.text) return false;
    f.text = text;
    f.exists = true;
    const parsed = parseLexicon(text);
    f.problems = parsed.problems;
    if (!parsed.lexicon) return false;
    f.context = lexiconContext(parsed.lexicon);
    f.analysis = analysisContext(f.context);
    return true;
  }
}
