/**
 * The language server: wires the LSP connection to the feature modules. No analysis here.
 */
import {
  CodeActionKind, Connection, DidChangeConfigurationNotification, InitializeResult, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { diagnostics } from './features/diagnostics';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { highlights, references } from './features/references';
import { legend, semanticTokens } from './features/semanticTokens';
import { AnalysedDocument, AnalysisCache } from './service/analysisCache';
import { SettingsStore } from './service/settings';
import { WorkspaceIndex } from './service/workspaceIndex';

const DIAGNOSTICS_DELAY_MS = 150;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const index = new WorkspaceIndex();
  const cache = new AnalysisCache({}, (entry) => index.update(entry.uri, entry.model));
  const settings = new SettingsStore(connection);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let dynamicConfiguration = false;

  const analysed = async (doc: TextDocument): Promise<AnalysedDocument> => {
    const s = await settings.get(doc.uri);
    return cache.get(doc, s.files.maxSizeKB);
  };
  /** The document as it is now, or undefined when it was closed meanwhile. */
  const current = (uri: string) => documents.get(uri);

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    settings.canPull = !!caps.workspace?.configuration;
    dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    if (params.initializationOptions) settings.setGlobal(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'Meeting' },
        semanticTokensProvider: { legend, full: true, range: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'report-lens', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  });

  connection.onDidChangeConfiguration((change) => {
    if (settings.canPull) settings.clear();
    else settings.setGlobal(change.settings);
    for (const doc of documents.all()) schedule(doc.uri, 0);
    connection.languages.semanticTokens.refresh();
  });

  const schedule = (uri: string, delay = DIAGNOSTICS_DELAY_MS) => {
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(() => void publish(uri), delay));
  };

  const publish = async (uri: string) => {
    pending.delete(uri);
    const doc = current(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const s = await settings.get(uri);
      const a = await analysed(doc);
      // a newer edit arrived while we waited: its own run will publish
      if (current(uri)?.version !== version) return;
      await connection.sendDiagnostics({ uri, version, diagnostics: diagnostics(doc, a, s) });
    } catch (e) {
      connection.console.error(`report-lens: could not check ${uri}: ${(e as Error).stack ?? e}`);
    }
  };

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    cache.delete(e.document.uri);
    settings.forget(e.document.uri);
    index.forgetOpen(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(async (p) => {
    const doc = current(p.textDocument.uri);
    if (!doc) return null;
    const a = await analysed(doc);
    return hover(doc, a.model, doc.offsetAt(p.position), (key) => index.elsewhere(key, doc.uri));
  });

  connection.onDocumentSymbol(async (p) => {
    const doc = current(p.textDocument.uri);
    return doc ? documentSymbols(doc, (await analysed(doc)).model) : [];
  });

  connection.languages.semanticTokens.on(async (p) => {
    const doc = current(p.textDocument.uri);
    return doc ? semanticTokens(doc, (await analysed(doc)).model) : { data: [] };
  });
  connection.languages.semanticTokens.onRange(async (p) => {
    const doc = current(p.textDocument.uri);
    if (!doc) return { data: [] };
    return semanticTokens(doc, (await analysed(doc)).model, { start: doc.offsetAt(p.range.start), end: doc.offsetAt(p.range.end) });
  });

  connection.onCodeAction(async (p) => {
    const doc = current(p.textDocument.uri);
    if (!doc) return [];
    return codeActions(doc, await analysed(doc), p, await settings.get(doc.uri));
  });

  connection.onReferences(async (p) => {
    const doc = current(p.textDocument.uri);
    return doc ? references(doc, (await analysed(doc)).model, doc.offsetAt(p.position)) : [];
  });
  connection.onDocumentHighlight(async (p) => {
    const doc = current(p.textDocument.uri);
    return doc ? highlights(doc, (await analysed(doc)).model, doc.offsetAt(p.position)) : [];
  });

  documents.listen(connection);
  connection.listen();
}
