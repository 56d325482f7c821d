import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

/** Polls `read` until `done` accepts its value; fails with the last value after the timeout. Never sleeps blindly. */
export async function poll<T>(what: string, read: () => T | Thenable<T>, done: (v: T) => boolean, timeoutMs = 20_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 400)}${error ? `; last error: ${error}` : ''}`);
}

export function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function readJson<T>(uri: vscode.Uri): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as T;
}

export async function listFiles(dir: string, ext: string): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(workspaceFile(dir));
  return entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith(ext)).map(([name]) => name).sort();
}

/** Opens a document and waits until it has the Meeting Report language (detected by content). */
export async function openReport(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return poll(`${path.basename(uri.path)} to become a Meeting Report`, () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!, (d) => d?.languageId === 'meeting-report');
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  offset: number;
  text: string;
}

export function decodeTokens(doc: vscode.TextDocument, legend: vscode.SemanticTokensLegend, tokens: vscode.SemanticTokens): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  const d = tokens.data;
  for (let i = 0; i < d.length; i += 5) {
    line += d[i];
    character = d[i] === 0 ? character + d[i + 1] : d[i + 1];
    const start = new vscode.Position(line, character);
    const offset = doc.offsetAt(start);
    out.push({ line, character, length: d[i + 2], type: legend.tokenTypes[d[i + 3]], offset, text: doc.getText(new vscode.Range(start, start.translate(0, d[i + 2]))) });
  }
  return out;
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}
