/**
 * Gives plain-text meeting reports the Meeting Report language: files matching the
 * `reportLens.files.include` globs always, other `.txt` files when their content reads like a
 * report (`reportLens.files.detect`). Only the editor's language mode changes, never the file.
 */
import * as vscode from 'vscode';
import { detectReport } from '../../server/src/analysis/detect';
import { LANGUAGE_ID, SETTINGS_SECTION, Setting } from '../../server/src/shared/protocol';

const PLAINTEXT = 'plaintext';
/** A language switch closes the document and opens it again at once; a real reopen comes later. */
const SWITCH_WINDOW_MS = 1000;
/** Documents the user switched back to plain text: not switched again while open. */
const declined = new Set<string>();
const closedAsReport = new Map<string, number>();

export function isReportCandidate(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== PLAINTEXT || declined.has(doc.uri.toString())) return false;
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, doc.uri);
  const include = config.get<string[]>(Setting.filesInclude, []);
  if (include.some((pattern) => typeof pattern === 'string' && vscode.languages.match({ pattern }, doc) > 0)) return true;
  if (!config.get<boolean>(Setting.filesDetect, true)) return false;
  return detectReport(doc.getText()).isReport;
}

async function promote(doc: vscode.TextDocument): Promise<void> {
  if (!isReportCandidate(doc)) return;
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

export function registerReportDetection(context: vscode.ExtensionContext): void {
  const promoteSafely = (doc: vscode.TextDocument) => promote(doc).catch((e) => console.error(`Report Lens: could not detect ${doc.uri.toString()}: ${e}`));
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const key = doc.uri.toString();
      const closedAt = closedAsReport.get(key);
      closedAsReport.delete(key);
      if (doc.languageId === PLAINTEXT && closedAt !== undefined && Date.now() - closedAt < SWITCH_WINDOW_MS) {
        declined.add(key); // the user chose Plain Text for this report
        return;
      }
      void promoteSafely(doc);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const key = doc.uri.toString();
      if (doc.languageId === LANGUAGE_ID) closedAsReport.set(key, Date.now());
      else declined.delete(key);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) void promoteSafely(doc);
}
