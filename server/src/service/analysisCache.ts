/**
 * One analysis model per document version, computed on first use and shared by every feature.
 * A cached model is reused while the document version, the size limit and the lexicon it was
 * computed with stay the same.
 */
import { analyze, AnalyzeOptions } from '../analysis/analyze';
import type { DocumentAnalysis } from '../analysis/types';
import { whyNotAnalysed } from './inputGuards';

export interface AnalysedDocument {
  uri: string;
  version: number;
  model: DocumentAnalysis;
  /** Set when the text was not analysed (too large, binary): the reason, for the user. */
  skipped?: string;
}

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

/** Analysis options with an identity: a new lexicon gives new options. */
export interface AnalysisContext {
  options: AnalyzeOptions;
  id: number;
}

interface Entry extends AnalysedDocument {
  contextId: number;
  maxSizeKB: number;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  /** `onAnalysed` is called with every newly computed model (not with cache hits). */
  constructor(private readonly onAnalysed?: (entry: AnalysedDocument) => void) {}

  get(doc: VersionedText, maxSizeKB: number, context: AnalysisContext): AnalysedDocument {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.contextId === context.id && hit.maxSizeKB === maxSizeKB) return hit;
    const text = doc.getText();
    const skipped = whyNotAnalysed(text, maxSizeKB);
    const model = skipped ? emptyAnalysis(text) : analyze(text, context.options);
    const entry: Entry = { uri: doc.uri, version: doc.version, model, skipped, contextId: context.id, maxSizeKB };
    this.entries.set(doc.uri, entry);
    this.onAnalysed?.(entry);
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

export function emptyAnalysis(text: string): DocumentAnalysis {
  return { text, persons: [], mentions: [], titles: [], themes: [], meeting: { presided: [], spoke: [], reported: [], attended: [], byline: [] }, findings: [] };
}
