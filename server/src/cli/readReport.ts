/** Reads a report file for the CLI: drops a BOM, tolerates invalid UTF-8 with a warning. */
import { readFileSync } from 'node:fs';

export interface ReadReport {
  text: string;
  warnings: string[];
}

export function readReport(path: string): ReadReport {
  const bytes = readFileSync(path);
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    warnings.push('not valid UTF-8: invalid bytes are read as U+FFFD and offsets refer to the text as read');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, warnings };
}
