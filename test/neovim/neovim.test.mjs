// A second, independent LSP client: Debian's Neovim (its built-in LSP client) runs the built server
// on a perturbed report and must see the same diagnostics, hover and outline as VS Code does.
// Neovim is installed by test/neovim/install.sh; when it cannot be, the test fails and says why.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

test('Neovim sees the diagnostics, the hover and the outline of the built server', () => {
  const install = spawnSync('bash', [path.join(HERE, 'install.sh')], { encoding: 'utf8' });
  assert.equal(install.status, 0, `Neovim is not available: ${install.stdout}${install.stderr}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-nvim-'));
  try {
    const report = path.join(dir, 'perturbed.report');
    const text = fs.readFileSync(path.join(ROOT, 'test/gold/seeds-perturbed/000_b1b8ca11255dba96.txt'), 'utf8');
    fs.writeFileSync(report, text);
    const before = text.slice(0, text.indexOf('Yu Ke') + 1).split('\n');
    const out = path.join(dir, 'out.json');
    const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(HERE, 'client.lua')}`], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir,
        REPORT_LENS_SERVER: path.join(ROOT, 'server/dist/report-lens.js'), REPORT_LENS_FILE: report, REPORT_LENS_OUT: out,
        REPORT_LENS_LINE: String(before.length - 1), REPORT_LENS_CHAR: String(before[before.length - 1].length),
      },
    });
    assert.ok(fs.existsSync(out), `Neovim wrote no result (exit ${r.status}): ${r.stderr}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.deepEqual(result.errors, []);
    const codes = result.diagnostics.map((d) => d.code).sort();
    assert.deepEqual(codes, ['name-variant', 'rank-conflict']);
    assert.ok(result.diagnostics.every((d) => d.source === 'report-lens'));
    assert.match(result.hover, /\*\*Yu Ke\*\*/);
    assert.match(result.hover, /Mayor/);
    const names = JSON.stringify(result.symbols);
    assert.match(names, /Presided/);
    assert.match(names, /Guo Shengyuan/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
