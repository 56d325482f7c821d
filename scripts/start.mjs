#!/usr/bin/env node
// `npm start`: opens the sample reports (seeds/) in VS Code with the extension. Desktop `code` when
// it is on PATH (extension loaded from this folder); otherwise the bundled code-server (VS Code in
// the browser, installed by test/e2e/install.sh), with the packaged VSIX installed, and prints the URL.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.join(ROOT, 'seeds');
const STATE = path.join(ROOT, '.vscode-test', 'start');
const CODE_SERVER = path.join(ROOT, 'test/e2e/harness/node_modules/.bin/code-server');

function must(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`start: ${what} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function freePort(preferred) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => {
      const any = net.createServer();
      any.listen(0, '127.0.0.1', () => {
        const { port } = any.address();
        any.close(() => resolve(port));
      });
    });
    s.listen(preferred, '127.0.0.1', () => s.close(() => resolve(preferred)));
  });
}

if (!fs.existsSync(path.join(ROOT, 'node_modules/.bin/esbuild'))) must('npm', ['ci'], 'npm ci');
must('npm', ['run', '--silent', 'package'], 'building and packaging the extension');

if (onPath('code') && !process.argv.includes('--browser')) {
  console.log('start: opening seeds/ in desktop VS Code with the extension from this folder');
  must('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, SEEDS], 'code');
  process.exit(0);
}

must('bash', [path.join(ROOT, 'test/e2e/install.sh')], 'installing code-server');
const dirs = { data: path.join(STATE, 'data'), ext: path.join(STATE, 'extensions'), home: path.join(STATE, 'home') };
for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
fs.mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
const settingsFile = path.join(dirs.data, 'User', 'settings.json');
if (!fs.existsSync(settingsFile)) {
  fs.writeFileSync(settingsFile, JSON.stringify({
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false,
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false,
  }, null, 2));
}
const env = { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: path.join(dirs.home, '.config'), XDG_DATA_HOME: path.join(dirs.home, '.local/share'), XDG_CACHE_HOME: path.join(dirs.home, '.cache') };
const common = ['--user-data-dir', dirs.data, '--extensions-dir', dirs.ext];
must(CODE_SERVER, [...common, '--force', '--install-extension', path.join(ROOT, 'report-lens.vsix')], 'installing the VSIX into code-server');

const port = await freePort(Number(process.env.PORT) || 8080);
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(SEEDS)}`;
const server = spawn(CODE_SERVER, [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 200));
}
console.log(`\nReport Lens: VS Code (code-server) with the extension is serving the sample reports at\n\n  ${url}\n\nOpen it in a browser; press Ctrl+C here to stop.`);
if (process.env.DISPLAY && onPath('chromium')) spawn('chromium', [`--app=${url}`, '--no-first-run', '--disable-background-networking'], { stdio: 'ignore', detached: true }).unref();
server.on('exit', (code) => process.exit(code ?? 0));
