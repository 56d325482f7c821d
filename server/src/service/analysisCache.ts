/**
 * One analysis model per document version, computed on first use and shared by every feature.
 * The cache is invalidated by a new version of the document or by a change of the analysis
 * options (settings, workspace lexicon).
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

export class AnalysisCache {
  private readonly entries = new Map<string, AnalysedDocument & { generation: number; maxSizeKB: number }>();
  private generation = 0;

  constructor(
    private options: AnalyzeOptions = {},
    /** Called with every newly computed model (not with cache hits). */
    private readonly onAnalysed?: (entry: AnalysedDocument) => void,
  ) {}

  /** New options drop every cached model (they are recomputed lazily). */
  configure(options: AnalyzeOptions): void {
    this.options = options;
    this.generation++;
  }

  get(doc: VersionedText, maxSizeKB: number): AnalysedDocument {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === this.generation && hit.maxSizeKB === maxSizeKB) return hit;
    const text = doc.getText();
    const skipped = whyNotAnalysed(text, maxSizeKB);
    const model = skipped ? emptyAnalysis(text) : analyze(text, this.options);
    const entry = { uri: doc.uri, version: doc.version, model, skipped, generation: this.generation, maxSizeKB };
    this.entries.set(doc.uri, entry);
    this.onAnalysed?.(entry);
    return entry;
  }

  /** The last model computed for a document, whatever its version (for cross-document views). */
  peek(uri: string): AnalysedDocument | undefined {
    return this.entries.get(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

export function emptyAnalysis(text: string): DocumentAnalysis {
  return { text, persons: [], mentions: [], titles: [], themes: [], meeting: { presided: [], spoke: [], reported: [], attended: [], byline: [] }, findings: [] };
}
