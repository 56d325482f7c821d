#!/usr/bin/env node
// Runs the same extension-host Mocha suite in desktop VS Code through @vscode/test-electron
// (root devDependency, 2.x: 3.x needs Node 22). For machines that can download VS Code;
// offline machines use test/e2e/run.mjs (code-server + Chromium) instead.
//
//   node test/e2e/desktop.mjs [--extension <dir>] [--tests <bundled suite index.js>] [--workspace <dir>]
//        [--version 1.100.3|stable|insiders] [--grep <mocha grep>] [--timeout 600]
//
// Exit codes: the suite's exit code | 2 usage | 3 VS Code cannot be downloaded/started | 5 timeout.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { prepareWorkspace } from './workspace.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

function fail(code, msg) {
  console.error(`[e2e-desktop] ERROR: ${msg}`);
  process.exit(code);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      extension: { type: 'string', default: ROOT },
      tests: { type: 'string', default: path.join(ROOT, 'out/e2e/suite/index.js') },
      // default: the same throw-away workspace as the offline runner
      workspace: { type: 'string' },
      // code-server 4.100.3 bundles VS Code 1.100.3: test the same version on the desktop by default.
      version: { type: 'string', default: process.env.VSCODE_TEST_VERSION || '1.100.3' },
      grep: { type: 'string' },
      timeout: { type: 'string', default: '600' },
    },
    strict: true,
  }));
} catch (err) {
  fail(2, err.message);
}
values.workspace ??= prepareWorkspace();
const extensionDevelopmentPath = path.resolve(values.extension);
const extensionTestsPath = path.resolve(values.tests);
const workspace = path.resolve(values.workspace);
for (const [p, what] of [[extensionDevelopmentPath, '--extension'], [extensionTestsPath, '--tests (run `npm run build` first?)'], [workspace, '--workspace']]) {
  if (!fs.existsSync(p)) fail(2, `${what} not found: ${p}`);
}

let runTests;
try {
  ({ runTests } = createRequire(path.join(ROOT, 'package.json'))('@vscode/test-electron'));
} catch (err) {
  fail(3, `@vscode/test-electron is not installed (root devDependency; run npm install at the repo root): ${err.message.split('\n')[0]}`);
}

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.warn('[e2e-desktop] warning: no DISPLAY; desktop VS Code needs one on Linux (wrap with `xvfb-run -a`).');
}

const timeoutMs = Number(values.timeout) * 1000;
const timer = setTimeout(() => fail(5, `desktop suite did not finish within ${values.timeout}s`), timeoutMs);
timer.unref();

try {
  console.log(`[e2e-desktop] VS Code ${values.version} (downloaded to .vscode-test/ on first use), extension ${extensionDevelopmentPath}`);
  const code = await runTests({
    version: values.version,
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: values.grep ? { REPORT_LENS_E2E_GREP: values.grep } : undefined,
  });
  clearTimeout(timer);
  console.log(`[e2e-desktop] ${code === 0 ? 'PASS' : `FAIL (exit ${code})`}`);
  process.exit(code);
} catch (err) {
  clearTimeout(timer);
  const msg = String(err?.message || err);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|update\.code\.visualstudio\.com|Failed to get|download/i.test(msg)) {
    fail(3, `cannot download VS Code ${values.version} (no access to update.code.visualstudio.com?): ${msg.split('\n')[0]}\n` +
      '  This runner needs internet once (cached in .vscode-test/). Offline, run the same suite through code-server:\n' +
      '  node test/e2e/run.mjs --extension . --tests out/e2e/suite/index.js --workspace seeds');
  }
  if (typeof err === 'number' || /exit code|Test run failed/i.test(msg)) {
    fail(1, `desktop suite failed: ${msg}`);
  }
  fail(3, `VS Code did not run: ${msg.split('\n')[0]}`);
}
