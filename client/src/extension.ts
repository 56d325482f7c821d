/** The VS Code extension: gives `.txt` reports their language and starts the Report Lens language server for them. */
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { DEFAULT_SETTINGS, LANGUAGE_ID, Setting, SETTINGS_SECTION, TRUSTED_COMMANDS } from '../../server/src/shared/protocol';
import { registerCommands } from './commands';
import { registerReportDetection } from './reportDetection';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

function lexiconFileName(): string {
  const configured = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>(Setting.lexiconPath, DEFAULT_SETTINGS.lexicon.path);
  return configured.split(/[\\/]/).pop() || DEFAULT_SETTINGS.lexicon.path;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
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
  return new LanguageClient(SETTINGS_SECTION, 'Report Lens', serverOptions, clientOptions);
}

/** The server starts with the first report (the extension activates for every plain-text file). */
function startClient(context: vscode.ExtensionContext): Promise<void> {
  starting ??= (async () => {
    client = createClient(context);
    await client.start();
  })();
  return starting;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  registerReportDetection(context);
  registerCommands(context, () => client);
  const needsServer = (doc: vscode.TextDocument) => doc.languageId === LANGUAGE_ID || doc.uri.path.endsWith(`/${lexiconFileName()}`);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => {
    if (needsServer(doc)) void startClient(context);
  }));
  const lexicons = await vscode.workspace.findFiles(`**/${lexiconFileName()}`, '**/node_modules/**', 1);
  if (vscode.workspace.textDocuments.some(needsServer) || lexicons.length > 0) await startClient(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
  starting = undefined;
}
