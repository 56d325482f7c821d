/**
 * Finds the reports of a workspace folder on disk, in the background: `*.report` files, and `.txt`
 * files that read like reports. Yields to the event loop between files so that requests for open
 * documents are never held up by the scan.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', '.cache']);
export const MAX_SCANNED_FILES = 5000;

export function isReportPath(file: string): boolean {
  return /\.(report|txt)$/i.test(file);
}

/** Report-like file paths under a folder, breadth first, at most MAX_SCANNED_FILES. */
export async function* reportFiles(root: string, isCancelled: () => boolean): AsyncGenerator<string> {
  const queue = [root];
  let yielded = 0;
  while (queue.length && !isCancelled()) {
    const dir = queue.shift()!;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) queue.push(path.join(dir, e.name));
      } else if (e.isFile() && isReportPath(e.name)) {
        yield path.join(dir, e.name);
        if (++yielded >= MAX_SCANNED_FILES) return;
      }
    }
  }
}

export function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
