// The throw-away workspace the extension-host suite runs in: the sample reports (seeds/), their gold
// annotations (gold/), the perturbed copies (perturbed/) and an unrelated notes/README.txt.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

function copyDir(from, to, keep = () => true) {
  fs.mkdirSync(to, { recursive: true });
  for (const f of fs.readdirSync(from)) if (keep(f)) fs.copyFileSync(path.join(from, f), path.join(to, f));
}

/** Creates the workspace in a new temporary folder and returns its path. */
export function prepareWorkspace() {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-ws-'));
  copyDir(path.join(ROOT, 'seeds'), path.join(workspace, 'seeds'), (f) => f.endsWith('.txt'));
  copyDir(path.join(ROOT, 'test/gold/seeds'), path.join(workspace, 'gold'), (f) => f.endsWith('.json'));
  copyDir(path.join(ROOT, 'test/gold/seeds-perturbed'), path.join(workspace, 'perturbed'));
  copyDir(path.join(HERE, 'workspace-extras/notes'), path.join(workspace, 'notes'));
  return workspace;
}
