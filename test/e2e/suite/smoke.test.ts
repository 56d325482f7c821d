import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'report-lens.report-lens';

suite('smoke', () => {
  test(`${EXTENSION_ID} is present and activates`, async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in the extension host`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true, `${EXTENSION_ID} did not become active`);
  });

  test('a workspace folder is open', () => {
    assert.ok(vscode.workspace.workspaceFolders?.length, 'no workspace folder: pass --workspace');
  });
});
