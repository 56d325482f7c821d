/** The workspace lexicon for the command line: --lexicon FILE, or the nearest .report-lens.json above the current directory. */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LEXICON_FILE_NAME, parseLexicon } from '../lexicon/lexicon';
import { lexiconContext, LexiconContext } from '../lexicon/lexiconContext';

export interface LoadedLexicon {
  path: string;
  context: LexiconContext;
}

export function findLexicon(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, LEXICON_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Reads and validates a lexicon; throws an Error with a one-line message when it cannot be used. */
export function loadLexicon(file: string): LoadedLexicon {
  const text = readFileSync(file, 'utf8');
  const parsed = parseLexicon(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.lexicon) {
    const first = parsed.problems[0];
    const line = text.slice(0, first.start).split('\n').length;
    throw new Error(`${file}:${line}: ${first.message}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : ''}`);
  }
  return { path: file, context: lexiconContext(parsed.lexicon) };
}
