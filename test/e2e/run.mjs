#!/usr/bin/env node
// Offline VS Code extension-host test runner: code-server (VS Code 1.100.3 server + web workbench)
// driven by Debian Chromium through playwright-core. The equivalent of @vscode/test-electron's
// runTests() for machines that cannot download VS Code. See test/e2e/README.md.
//
//   node test/e2e/run.mjs --extension <dir> --tests <abs path to bundled suite index.js>
//        --workspace <dir> [--vsix <file>] [--screenshot-dir test-artifacts] [--timeout 300]
//        [--ui-expectations test/e2e/ui-expectations.json | --no-ui] [--ui-timeout 60]
//        [--grep <mocha grep>] [--keep] [--verbose]
//
// Exit codes: 0 pass | 1 suite failed (its own exit code) | 2 usage | 3 environment missing
// (chromium, code-server) | 4 code-server failed to start | 5 timeout | 6 UI check failed |
// 7 VSIX invalid | 130 interrupted.

/* global document, NodeFilter, AbortSignal, URLSearchParams -- page.evaluate bodies run in the browser */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as net from 'node:net';
import * as os from 'node:os';
import * as zlib from 'node:zlib';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const HARNESS = path.join(HERE, 'harness');
const CODE_SERVER = path.join(HARNESS, 'node_modules', '.bin', 'code-server');
const T0 = Date.now();

const EXIT = { PASS: 0, FAIL: 1, USAGE: 2, ENV: 3, SERVER: 4, TIMEOUT: 5, UI: 6, VSIX: 7, INT: 130 };

class HarnessError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const secs = () => ((Date.now() - T0) / 1000).toFixed(1) + 's';
const log = (...a) => console.log(`[e2e ${secs()}]`, ...a);
const rel = (p) => { const r = path.relative(ROOT, p); return !r || r.startsWith('..') ? p : r; };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms)); // only as a poll interval

// ------------------------------------------------------------------------------ arguments
function parseCli() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        extension: { type: 'string' },
        tests: { type: 'string' },
        workspace: { type: 'string' },
        vsix: { type: 'string' },
        'screenshot-dir': { type: 'string', default: path.join(ROOT, 'test-artifacts') },
        timeout: { type: 'string', default: '300' },
        'ui-expectations': { type: 'string', default: path.join(HERE, 'ui-expectations.json') },
        'no-ui': { type: 'boolean', default: false },
        'ui-timeout': { type: 'string', default: '60' },
        grep: { type: 'string' },
        chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
        keep: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (err) {
    throw new HarnessError(EXIT.USAGE, `${err.message}\n${usage()}`);
  }
  if (values.help) {
    console.log(usage());
    process.exit(0);
  }
  if (!values.tests || !values.workspace || (!values.extension && !values.vsix)) {
    throw new HarnessError(EXIT.USAGE, `--tests, --workspace and --extension (or --vsix) are required\n${usage()}`);
  }
  const abs = (p) => (p ? path.resolve(p) : p);
  const o = {
    extension: abs(values.extension),
    tests: abs(values.tests),
    workspace: abs(values.workspace),
    vsix: abs(values.vsix),
    artifacts: abs(values['screenshot-dir']),
    timeoutMs: Number(values.timeout) * 1000,
    uiTimeoutMs: Number(values['ui-timeout']) * 1000,
    uiExpectations: values['no-ui'] ? null : abs(values['ui-expectations']),
    grep: values.grep,
    chromium: values.chromium,
    keep: values.keep,
    verbose: values.verbose,
  };
  if (!(o.timeoutMs > 0) || !(o.uiTimeoutMs > 0)) throw new HarnessError(EXIT.USAGE, '--timeout/--ui-timeout must be positive numbers of seconds');
  const must = (p, what, kind) => {
    if (!p) return;
    let st;
    try { st = fs.statSync(p); } catch { throw new HarnessError(EXIT.USAGE, `${what} not found: ${p}`); }
    if (kind === 'dir' && !st.isDirectory()) throw new HarnessError(EXIT.USAGE, `${what} is not a directory: ${p}`);
    if (kind === 'file' && !st.isFile()) throw new HarnessError(EXIT.USAGE, `${what} is not a file: ${p}`);
  };
  must(o.extension, '--extension', 'dir');
  must(o.tests, '--tests (bundled suite, run `npm run build` first?)', 'file');
  must(o.workspace, '--workspace', 'dir');
  must(o.vsix, '--vsix (run `npm run package` first?)', 'file');
  must(o.uiExpectations, '--ui-expectations', 'file');
  if (o.extension && !fs.existsSync(path.join(o.extension, 'package.json')) && !o.vsix) {
    throw new HarnessError(EXIT.USAGE, `--extension ${o.extension} has no package.json`);
  }
  return o;
}

function usage() {
  return `usage: node test/e2e/run.mjs --extension <dir> --tests <suite index.js> --workspace <dir>
       [--vsix <file>] [--screenshot-dir <dir>] [--timeout <s>] [--ui-expectations <json> | --no-ui]
       [--ui-timeout <s>] [--grep <mocha grep>] [--chromium <path>] [--keep] [--verbose]`;
}

// ------------------------------------------------------------------------------ environment
function checkEnvironment(o) {
  if (!fs.existsSync(o.chromium)) {
    throw new HarnessError(EXIT.ENV, `Chromium not found at ${o.chromium}: run test/e2e/install.sh (apt-get install chromium) or pass --chromium`);
  }
  if (!fs.existsSync(CODE_SERVER)) {
    throw new HarnessError(EXIT.ENV, `code-server not installed at ${CODE_SERVER}: run test/e2e/install.sh`);
  }
  const req = createRequire(path.join(HARNESS, 'package.json'));
  try {
    return req('playwright-core');
  } catch (err) {
    throw new HarnessError(EXIT.ENV, `playwright-core not installed in ${HARNESS}: run test/e2e/install.sh (${err.message})`);
  }
}

function makeRunDirs() {
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-e2e-'));
  const d = {
    run,
    home: path.join(run, 'home'),
    config: path.join(run, 'config'),
    share: path.join(run, 'share'),
    cache: path.join(run, 'cache'),
    tmp: path.join(run, 'tmp'),
    data: path.join(run, 'data'),
    ext: path.join(run, 'ext'),
    chrome: path.join(run, 'chrome'),
  };
  for (const k of Object.keys(d)) fs.mkdirSync(d[k], { recursive: true });
  fs.mkdirSync(path.join(d.data, 'User'), { recursive: true });
  const settings = {
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'editor.hover.delay': 300,
    'window.restoreWindows': 'none',
    'chat.disableAIFeatures': true,
  };
  fs.writeFileSync(path.join(d.data, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return d;
}

function childEnv(d, extra = {}) {
  return {
    ...process.env,
    HOME: d.home,
    XDG_CONFIG_HOME: d.config,
    XDG_DATA_HOME: d.share,
    XDG_CACHE_HOME: d.cache,
    TMPDIR: d.tmp,
    ...extra,
  };
}

// ------------------------------------------------------------------------------ VSIX
// A VSIX is a zip; unpack it with zlib (no unzip binary needed) so that the extension under test
// is exactly what ships: its `extension/` folder becomes extensionDevelopmentPath.
function unzip(file, dest) {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file (no end-of-central-directory record)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const root = path.resolve(dest);
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    const out = path.resolve(root, name);
    if (out !== root && !out.startsWith(root + path.sep)) throw new Error(`zip entry escapes target: ${name}`);
    if (name.endsWith('/')) { fs.mkdirSync(out, { recursive: true }); continue; }
    const lNameLen = buf.readUInt16LE(local + 26);
    const lExtraLen = buf.readUInt16LE(local + 28);
    const start = local + 30 + lNameLen + lExtraLen;
    const raw = buf.subarray(start, start + csize);
    const data = method === 0 ? raw : method === 8 ? zlib.inflateRawSync(raw) : null;
    if (!data) throw new Error(`unsupported zip compression method ${method} for ${name}`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, data);
  }
}

function prepareVsix(o, d) {
  const dir = path.join(d.run, 'vsix');
  try {
    unzip(o.vsix, dir);
  } catch (err) {
    throw new HarnessError(EXIT.VSIX, `cannot unpack ${o.vsix}: ${err.message}`);
  }
  const ext = path.join(dir, 'extension');
  if (!fs.existsSync(path.join(ext, 'package.json'))) throw new HarnessError(EXIT.VSIX, `${o.vsix} has no extension/package.json`);
  // Let VS Code itself validate the package (manifest, engines.vscode vs 1.100.3) the way a user's
  // install would; it installs into a scratch extensions dir that the test server does not use.
  const r = spawnSync(CODE_SERVER, ['--extensions-dir', path.join(d.run, 'vsix-install-check'), '--install-extension', o.vsix], {
    env: childEnv(d), encoding: 'utf8', timeout: 120_000,
  });
  const out = `${r.stdout || ''}${r.stderr || ''}`.trim();
  if (r.status !== 0 || /failed|error/i.test(out)) {
    throw new HarnessError(EXIT.VSIX, `code-server --install-extension rejected ${path.basename(o.vsix)}:\n${out || r.error?.message}`);
  }
  log(`VSIX ${path.basename(o.vsix)} installs cleanly; testing its unpacked extension/ folder`);
  return ext;
}

// ------------------------------------------------------------------------------ code-server
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startServer(o, d, state) {
  const port = await freePort();
  const logFile = path.join(o.artifacts, 'e2e-code-server.log');
  const out = fs.openSync(logFile, 'w');
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', d.data,
    '--extensions-dir', d.ext,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
  ];
  const extra = o.grep ? { REPORT_LENS_E2E_GREP: o.grep } : {};
  // detached: true = setsid(): the server and its watcher children share one process group that we
  // kill as a whole at the end.
  const child = spawn(CODE_SERVER, args, { env: childEnv(d, extra), detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  state.server = child;
  let exited = null;
  child.on('exit', (code, sig) => { exited = { code, sig }; });
  child.on('error', (err) => { exited = { code: -1, sig: null, err }; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (true) {
    if (exited) {
      const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-8).join('\n');
      throw new HarnessError(EXIT.SERVER, `code-server exited during startup (${exited.err?.message || `code ${exited.code} signal ${exited.sig}`}):\n${tail}`);
    }
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new HarnessError(EXIT.SERVER, `code-server did not answer ${base}/healthz within 60s; see ${logFile}`);
    await sleep(150);
  }
  log(`code-server up on ${base} (pid ${child.pid}, log ${rel(logFile)})`);
  return { port, base };
}

async function stopServer(state) {
  const child = state.server;
  if (!child) return;
  const gone = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
  const killGroup = (sig) => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
  killGroup('SIGTERM');
  const t = setTimeout(() => killGroup('SIGKILL'), 5000);
  await Promise.race([gone, sleep(8000)]);
  clearTimeout(t);
  killGroup('SIGKILL'); // stragglers in the group (file watchers, extension hosts)
  const groupAlive = () => { try { process.kill(-child.pid, 0); return true; } catch { return false; } };
  for (const until = Date.now() + 5000; groupAlive() && Date.now() < until;) await sleep(100);
}

function workbenchUrl(server, workspace, payload) {
  const q = new URLSearchParams({ folder: workspace });
  if (payload.length) q.set('payload', JSON.stringify(payload));
  return `${server.base}/?${q}`;
}

// ------------------------------------------------------------------------------ browser
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

// Console lines of the workbench page look like
//   "%c INFO color: #33f <text>"  /  "%c  ERR color: #f33 <text>"   (log service; in test mode the
//                                                                      extension host's console.* too)
//   "%c[Extension Host] %c<text> color: blue color: "                (extension host, normal mode)
// parseConsole() strips the %c markers and CSS arguments: { level, text, extHost }.
function parseConsole(raw) {
  let m = /^%c\s*(INFO|WARN|ERR|ERROR|DEBUG|TRACE)\s+color:\s*\S+ ?([\s\S]*)$/.exec(raw);
  if (m) return { level: m[1], text: m[2], extHost: false };
  m = /^%c\[Extension Host\] %c([\s\S]*?) color: [^ ]+ color: ?$/.exec(raw);
  if (m) return { level: 'LOG', text: m[1], extHost: true };
  if (raw.includes('%c')) {
    const n = (raw.match(/%c/g) || []).length;
    const parts = raw.replace(/%c/g, '').split(/ (?=color: )/);
    return { level: 'LOG', text: parts.slice(0, parts.length - (n - 1 > 0 ? n - 1 : 0)).join(' ').replace(/ color: \S+$/, '').trim(), extHost: /^\[Extension Host\]/.test(raw.slice(2)) };
  }
  return { level: 'BROWSER', text: raw, extHost: false };
}

// Workbench-internal chatter that shares the log format with extension-host output.
const WORKBENCH_NOISE = [
  /^Resolv(ing|ed) connection token/, /^Creating a socket/, /^\[Service Worker\]/, /^ChatSessionStore/,
  /^Updating additional builtin extensions cache/, /^Unable to read file/, /getaddrinfo ENOTFOUND/,
  /^Started local extension host/, /^Extension host .*(started|exited)/, /^\[perf\]/,
];
const isWorkbenchInternal = (text) =>
  WORKBENCH_NOISE.some((re) => re.test(text)) || /\n\s+at [^\n]*\/static\/out\/vs\/code\/browser\/workbench\//.test(text);

function attachConsole(page, o, state) {
  const file = fs.createWriteStream(path.join(o.artifacts, 'e2e-browser-console.log'), { flags: 'a' });
  state.consoleFile = file;
  page.on('console', (msg) => {
    const { level, text, extHost } = parseConsole(msg.text());
    file.write(`[${state.phase}] ${level}: ${text}\n`);
    const forward = state.phase === 'suite'
      ? level !== 'BROWSER' && !isWorkbenchInternal(text) // test mode: extension-host console.* arrives as log lines
      : extHost;
    if (forward) console.log(state.phase === 'suite' ? text : `[ext-host] ${text}`);
    else if (o.verbose) console.log(`  [browser ${level}] ${text.split('\n')[0]}`);
  });
  page.on('pageerror', (err) => file.write(`[${state.phase}] pageerror: ${err.message}\n`));
}

async function launchBrowser(pw, o, d, state) {
  try {
    state.context = await pw.chromium.launchPersistentContext(d.chrome, {
      executablePath: o.chromium,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
      timeout: 60_000,
      // Our own signal handlers close the browser AND kill code-server; Playwright's would exit first.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (err) {
    throw new HarnessError(EXIT.ENV, `Chromium failed to start (${o.chromium}): ${err.message.split('\n')[0]}`);
  }
  const page = state.context.pages()[0] || (await state.context.newPage());
  return page;
}

// ------------------------------------------------------------------------------ the suite
async function runSuite(page, server, o, devPath, state) {
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  // Must exist before the workbench loads: it calls window.codeAutomationExit(code) when run() settles.
  await page.exposeFunction('codeAutomationExit', (code) => { resolveExit(Number(code)); });
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(o.tests)]];
  state.phase = 'suite';
  log(`running suite ${rel(o.tests)} against ${devPath} in ${o.workspace}`);
  await page.goto(workbenchUrl(server, o.workspace, payload), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  let timer;
  const timedOut = new Promise((r) => { timer = setTimeout(() => r('timeout'), o.timeoutMs); });
  const serverDied = new Promise((r) => state.server.once('exit', () => r('server-exit')));
  const res = await Promise.race([exited, timedOut, serverDied]);
  clearTimeout(timer);
  if (res === 'timeout') {
    throw new HarnessError(EXIT.TIMEOUT, `suite did not finish within ${o.timeoutMs / 1000}s (extension failed to activate, run() never settled, or the workbench did not load); see test-artifacts/e2e-browser-console.log`);
  }
  if (res === 'server-exit') throw new HarnessError(EXIT.SERVER, 'code-server exited while the suite was running; see test-artifacts/e2e-code-server.log');
  return res;
}

// ------------------------------------------------------------------------------ the UI check
function loadExpectations(file) {
  const e = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!e.file) throw new HarnessError(EXIT.USAGE, `${file}: "file" (path relative to the workspace) is required`);
  return e;
}

const VISIBLE_TEXT = (sel) => {
  const els = [...document.querySelectorAll(sel)].filter((el) => el.offsetParent !== null || el.getClientRects().length);
  return els.map((el) => el.innerText.trim()).filter(Boolean).join('\n');
};

function checkContains(text, wanted = [], unwanted = []) {
  const t = text || '';
  return {
    missing: wanted.filter((w) => !t.includes(w)),
    unexpected: unwanted.filter((w) => t.includes(w)),
  };
}

// Polls read() until its text satisfies the expectations or the deadline passes; returns the last read.
async function pollText(read, exp = {}, ms, { nonEmpty = true } = {}) {
  const deadline = Date.now() + ms;
  let text = '';
  while (true) {
    text = (await read().catch(() => '')) || '';
    const c = checkContains(text, exp.contains, exp.notContains);
    const ok = c.missing.length === 0 && c.unexpected.length === 0 && (!nonEmpty || text.length > 0);
    if (ok || Date.now() > deadline) return { text, ok, ...c };
    await sleep(250);
  }
}

async function openFromExplorer(page, relFile, ms) {
  await page.keyboard.press('Control+Shift+E'); // show the Explorer (no-op when already shown)
  const segs = relFile.split(/[\\/]/).filter(Boolean);
  const row = (name) => page.locator('.explorer-folders-view .monaco-list-row').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
  }).first();
  try {
    for (let i = 0; i < segs.length; i++) {
      const r = row(segs[i]);
      await r.waitFor({ state: 'visible', timeout: ms });
      const isFolder = i < segs.length - 1;
      if (isFolder && (await r.getAttribute('aria-expanded')) === 'true') continue;
      await r.click();
    }
    return 'explorer';
  } catch {
    // Not rendered (virtualised list, collapsed tree): fall back to Quick Open, still a user action.
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(relFile);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: ms });
    await page.keyboard.press('Enter');
    return 'quick-open';
  }
}

// Screen rectangle of `word` inside the first visible occurrence of `phrase` in the active editor.
// Works across soft wraps (editor.wordWrap): the phrase may start on one visual line and end on the next.
async function wordRect(page, phrase, word) {
  return page.evaluate(({ phrase, word }) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor') || document.querySelector('.monaco-editor');
    if (!editor) return null;
    const lines = [...editor.querySelectorAll('.view-lines .view-line')]
      .map((el) => ({ el, top: el.getBoundingClientRect().top }))
      .sort((a, b) => a.top - b.top);
    const nodes = [];
    let text = '';
    for (const { el } of lines) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) { nodes.push({ node: walker.currentNode, at: text.length }); text += walker.currentNode.data; }
      text += '\n'; // visual line boundary (not part of any text node)
    }
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(phrase.split(/\s+/).map(esc).join('(?:[ \\u00a0]+\\n?|\\n)'), 'g');
    for (const m of text.matchAll(re)) {
      const ws = m.index + Math.max(0, m[0].indexOf(word));
      const we = ws + word.length;
      const locate = (off) => {
        const n = nodes.filter((x) => x.at <= off).pop();
        return [n.node, Math.min(off - n.at, n.node.data.length)];
      };
      const range = document.createRange();
      range.setStart(...locate(ws));
      range.setEnd(...locate(we));
      const r = range.getBoundingClientRect();
      if (!r.width) continue;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height };
    }
    return null;
  }, { phrase, word });
}

async function hoverWord(page, phrase, word, exp, ms) {
  const deadline = Date.now() + ms;
  let last = { text: '', ok: false, missing: exp.contains || [], unexpected: [] };
  let attempt = 0;
  while (Date.now() < deadline) {
    const rect = await wordRect(page, phrase, word);
    if (!rect) { await sleep(250); continue; }
    // Leave the word and come back: a fresh hover request each attempt (the server may be warming up).
    await page.mouse.move(5, 5);
    await page.mouse.move(rect.x + (attempt++ % 3) - 1, rect.y, { steps: 2 });
    last = await pollText(() => page.evaluate(VISIBLE_TEXT, '.monaco-hover-content'), exp, Math.min(1500, Math.max(0, deadline - Date.now())));
    if (last.ok) return { ...last, rect };
  }
  return last;
}

async function runCommand(page, label) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function uiCheck(page, server, o, devPath, state) {
  const exp = loadExpectations(o.uiExpectations);
  const ms = o.uiTimeoutMs;
  const phraseFile = path.join(o.workspace, exp.file);
  if (!fs.existsSync(phraseFile)) throw new HarnessError(EXIT.USAGE, `UI check file ${exp.file} not found in workspace ${o.workspace}`);
  state.phase = 'ui';
  log(`UI check: ${exp.file} (expectations ${rel(o.uiExpectations)})`);
  const remote = `vscode-remote://127.0.0.1:${server.port}${devPath}`;
  // A second load of the same workspace without the test payload: only the extension under test.
  await page.goto(workbenchUrl(server, o.workspace, [['extensionDevelopmentPath', remote]]), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: ms });
  const result = { file: exp.file, expectations: rel(o.uiExpectations), checks: {} };
  const step = async (name, fn) => {
    const t = Date.now();
    try {
      result.checks[name] = await fn();
    } catch (err) {
      result.checks[name] = { ok: false, error: err.message.split('\n')[0] };
    }
    result.checks[name].seconds = +((Date.now() - t) / 1000).toFixed(1);
    log(`  ${name}: ${result.checks[name].ok ? 'ok' : 'FAILED'}${result.checks[name].error ? ` (${result.checks[name].error})` : ''}`);
  };

  await step('open', async () => {
    const via = await openFromExplorer(page, exp.file, Math.min(ms, 20_000));
    const name = path.basename(exp.file);
    const tab = await pollText(() => page.evaluate(VISIBLE_TEXT, '.tabs-container .tab.active .label-name'), { contains: [name] }, 15_000);
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor({ timeout: 15_000 });
    return { ok: tab.ok, openedVia: via, activeTab: tab.text };
  });

  const target = exp.hover?.target;
  const word = exp.hover?.word || (target ? target.split(/\s+/)[0] : undefined);
  if (target) {
    await step('hover', async () => {
      // Bring the first occurrence on screen the way a user would: Go to Line/Column (Ctrl+G).
      const text = fs.readFileSync(phraseFile, 'utf8');
      const idx = text.indexOf(target);
      if (idx < 0) return { ok: false, error: `"${target}" does not occur in ${exp.file}` };
      const before = text.slice(0, idx).split('\n');
      const pos = `${before.length}:${before[before.length - 1].length + 1}`;
      // focus the editor the way a user would; a toast or a hover over the text must not block it
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 5, y: 5 }, force: true, timeout: 5_000 })
        .catch(() => page.keyboard.press('Control+1'));
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').fill(`:${pos}`);
      await page.keyboard.press('Enter');
      const r = await hoverWord(page, target, word, exp.hover, ms);
      return { target, word, position: pos, ...r };
    });
  }

  await step('language', async () => {
    const r = await pollText(() => page.evaluate(VISIBLE_TEXT, '[id="status.editor.mode"]'), exp.language || {}, exp.language ? ms / 4 : 2000);
    return r;
  });

  await step('problems', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 15_000 });
    return pollText(() => page.evaluate(VISIBLE_TEXT, '.markers-panel'), exp.problems || {}, exp.problems ? ms / 2 : 3000);
  });

  await step('outline', async () => {
    await runCommand(page, 'Explorer: Focus on Outline View');
    await page.locator('.outline-pane').first().waitFor({ state: 'visible', timeout: 15_000 });
    // Each row as "<shown text> [<aria-label>]": name + detail as displayed, kind from the label.
    const read = () => page.evaluate(() =>
      [...document.querySelectorAll('.outline-pane .monaco-list-row')]
        .map((r) => `${r.innerText.replace(/\s+/g, ' ').trim()} [${r.getAttribute('aria-label') || ''}]`)
        .join('\n'));
    const r = await pollText(read, exp.outline || {}, exp.outline ? ms / 2 : 3000);
    return { ...r, rows: r.text ? r.text.split('\n') : [] };
  });

  // Screenshot with the hover showing over the editor, Problems and Outline open.
  if (target) {
    await page.keyboard.press('Escape');
    await hoverWord(page, target, word, exp.hover, 8000).catch(() => {});
  }
  const png = path.join(o.artifacts, 'e2e-ui.png');
  await page.screenshot({ path: png });
  result.screenshot = rel(png);
  result.passed = Object.values(result.checks).every((c) => c.ok);
  fs.writeFileSync(path.join(o.artifacts, 'e2e-ui.json'), JSON.stringify(result, null, 2) + '\n');
  return result;
}

// ------------------------------------------------------------------------------ main
async function main() {
  const state = { phase: 'startup', server: null, context: null, dirs: null, cleaned: false, interrupted: false };
  let o;
  const cleanup = async () => {
    if (state.cleaned) return;
    state.cleaned = true;
    if (state.context) await Promise.race([state.context.close().catch(() => {}), sleep(10_000)]);
    await stopServer(state);
    state.consoleFile?.end();
    if (state.dirs && !o?.keep) fs.rmSync(state.dirs.run, { recursive: true, force: true, maxRetries: 3 });
    else if (state.dirs) log(`kept run dir ${state.dirs.run}`);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, async () => {
      state.interrupted = true;
      console.error(`[e2e] ${sig}: stopping code-server and Chromium`);
      await cleanup();
      log('interrupted');
      process.exit(EXIT.INT);
    });
  }

  let code = EXIT.PASS;
  try {
    o = parseCli();
    const pw = checkEnvironment(o);
    fs.mkdirSync(o.artifacts, { recursive: true });
    for (const f of ['e2e-browser-console.log', 'e2e-ui.json', 'e2e-ui.png']) fs.rmSync(path.join(o.artifacts, f), { force: true });
    state.dirs = makeRunDirs();
    const devPath = o.vsix ? prepareVsix(o, state.dirs) : o.extension;
    const server = await startServer(o, state.dirs, state);
    const page = await launchBrowser(pw, o, state.dirs, state);
    attachConsole(page, o, state);
    const suiteCode = await runSuite(page, server, o, devPath, state);
    log(`suite finished with exit code ${suiteCode}`);
    if (suiteCode !== 0) {
      code = suiteCode > 0 && suiteCode < 128 ? suiteCode : EXIT.FAIL;
    } else if (o.uiExpectations) {
      const ui = await uiCheck(page, server, o, devPath, state);
      if (!ui.passed) {
        for (const [name, c] of Object.entries(ui.checks)) {
          if (c.ok) continue;
          console.error(`[e2e] UI ${name} unmet: ${c.error || ''}${c.missing?.length ? ` missing ${JSON.stringify(c.missing)}` : ''}${c.unexpected?.length ? ` unexpected ${JSON.stringify(c.unexpected)}` : ''}; read: ${JSON.stringify((c.text || '').slice(0, 300))}`);
        }
        code = EXIT.UI;
      }
      log(`UI check ${ui.passed ? 'passed' : 'FAILED'}: test-artifacts/e2e-ui.json, ${ui.screenshot}`);
    }
  } catch (err) {
    if (state.interrupted) return; // the signal handler reports and exits
    code = err instanceof HarnessError ? err.code : EXIT.FAIL;
    console.error(`[e2e] ERROR: ${err instanceof HarnessError ? err.message : err.stack}`);
  } finally {
    await cleanup();
  }
  if (state.interrupted) return;
  log(code === 0 ? 'PASS' : `FAIL (exit ${code})`);
  process.exit(code);
}

export { parseConsole, wordRect, unzip };

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
