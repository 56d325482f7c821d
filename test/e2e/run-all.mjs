#!/usr/bin/env node
// `npm run test:e2e`: installs the offline harness if needed (test/e2e/install.sh), packages the
// VSIX if needed, prepares a throw-away workspace (the sample reports, their gold annotations,
// perturbed copies, an unrelated README.txt) and runs the extension-host suite plus the UI check
// against the packaged extension (test/e2e/run.mjs). Artifacts: test-artifacts/e2e-*.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareWorkspace } from './workspace.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const VSIX = path.join(ROOT, 'report-lens.vsix');
const SUITE = path.join(ROOT, 'out/e2e/suite/index.js');

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[e2e] ${what} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

run('bash', [path.join(HERE, 'install.sh')], 'installing the e2e harness (code-server, Chromium)');
if (!fs.existsSync(VSIX) || !fs.existsSync(SUITE)) run('npm', ['run', '--silent', 'package'], 'packaging the VSIX');

const workspace = prepareWorkspace();

const args = [
  path.join(HERE, 'run.mjs'),
  '--vsix', VSIX,
  '--tests', SUITE,
  '--workspace', workspace,
  '--screenshot-dir', path.join(ROOT, 'test-artifacts'),
  ...process.argv.slice(2),
];
const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
fs.rmSync(workspace, { recursive: true, force: true });
process.exit(r.status ?? 1);
