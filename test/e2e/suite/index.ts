// Mocha entry for the extension-host test suite (run by test/e2e/run.mjs offline through
// code-server, or by test/e2e/desktop.mjs through @vscode/test-electron).
// Bundled to out/e2e/suite/index.js with `mocha` and `vscode` external; every *.test.ts is
// bundled next to it as *.test.js and picked up here.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // Without this the summary line reaches the extension-host console unformatted.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.REPORT_LENS_E2E_MOCHA_TIMEOUT) || 60_000,
    grep: process.env.REPORT_LENS_E2E_GREP || undefined,
  });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  if (files.length === 0) {
    return Promise.reject(new Error(`no *.test.js files next to ${__filename}`));
  }
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) =>
        failures > 0 ? reject(new Error(`${failures} e2e test(s) failed`)) : resolve(),
      );
    } catch (err) {
      reject(err);
    }
  });
}
