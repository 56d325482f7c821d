/** Start-up, shutdown and crash detection of the server process (and of the test client). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startServer, testUri } from './helpers/lspClient.mjs';

describe('server lifecycle', () => {
  it('initialize announces the features the tests rely on', async () => {
    const client = await startServer();
    try {
      const { capabilities, serverInfo } = client.initializeResult;
      assert.equal(serverInfo.name, 'report-lens');
      assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
      assert.equal(capabilities.hoverProvider, true);
      assert.equal(capabilities.referencesProvider, true);
      assert.ok(capabilities.documentSymbolProvider);
      assert.deepEqual({ full: capabilities.semanticTokensProvider.full, range: capabilities.semanticTokensProvider.range }, { full: true, range: true });
      assert.deepEqual(capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.report-lens', 'refactor.lexicon']);
      assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
      assert.deepEqual(client.legend.tokenTypes.slice(0, 3), ['person', 'title', 'theme']);
    } finally {
      await client.close();
    }
  });

  it('shutdown then exit ends the process with code 0 and nothing on stderr', async () => {
    const client = await startServer();
    client.open(testUri('lifecycle.report'), 'Zhou Zhihong, Secretary of the Municipal Party Committee, presided over the meeting.\n');
    await client.waitForDiagnostics(testUri('lifecycle.report'));
    await client.close();
    assert.equal(client.child.exitCode, 0);
    assert.equal(client.stderr, '');
  });

  it('a server that dies is reported: pending waits and requests reject, close() throws', async () => {
    const client = await startServer();
    const uri = testUri('never-published.report');
    const waiting = client.waitForDiagnostics(uri, () => false, { timeoutMs: 10000 });
    client.child.kill('SIGKILL');
    await assert.rejects(waiting, /exited unexpectedly/);
    await assert.rejects(client.hover(uri, { line: 0, character: 0 }), /exited unexpectedly/);
    await assert.rejects(client.close(), /exited unexpectedly \(code null, signal SIGKILL\)/);
  });

  it('waitForDiagnostics rejects with what was published when nothing matches in time', async () => {
    const client = await startServer();
    try {
      const uri = testUri('timeout.report');
      client.open(uri, 'Nothing here.\n');
      await client.waitForDiagnostics(uri, () => true, { version: 1 });
      await assert.rejects(client.waitForDiagnostics(uri, () => true, { version: 2, timeoutMs: 200 }), /no matching diagnostics for .* version 2 within 200 ms; published:\n {2}version 1: \(none\)/);
    } finally {
      await client.close();
    }
  });
});
