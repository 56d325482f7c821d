/** The VS Code extension: starts the Report Lens language server and gives `.txt` reports its language. */
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { DEFAULT_SETTINGS, LANGUAGE_ID, Setting, SETTINGS_SECTION, TRUSTED_COMMANDS } from '../../server/src/shared/protocol';
import { registerCommands } from './commands';
import { registerReportDetection } from './reportDetection';

let client: LanguageClient | undefined;

function lexiconFileName(): string {
  const configured = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>(Setting.lexiconPath, DEFAULT_SETTINGS.lexicon.path);
  return configured.split(/[\\/]/).pop() || DEFAULT_SETTINGS.lexicon.path;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  registerReportDetection(context);
  const module = context.asAbsolutePath('dist/server/report-lens.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      // the workspace lexicon, so that edits to it apply while typing
      { scheme: 'file', pattern: `**/${lexiconFileName()}` },
    ],
    // hovers are built from untrusted text: only our own commands may run from them, no HTML
    markdown: { isTrusted: { enabledCommands: TRUSTED_COMMANDS }, supportHtml: false },
    diagnosticCollectionName: 'report-lens',
  };
  client = new LanguageClient(SETTINGS_SECTION, 'Report Lens', serverOptions, clientOptions);
  registerCommands(context, () => client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
