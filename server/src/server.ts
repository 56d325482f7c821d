/**
 * The language server: wires the LSP connection to the feature modules and the workspace service.
 * No analysis here.
 */
import {
  CodeActionKind, Connection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  FileChangeType, InitializeParams, InitializeResult, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { diagnostics } from './features/diagnostics';
import { documentSymbols } from './features/documentSymbols';
import { allFindings } from './features/findings';
import { hover } from './features/hover';
import { LEXICON_KIND, lexiconActions, LexiconTarget } from './features/lexiconActions';
import { lexiconDiagnostics } from './features/lexiconDiagnostics';
import { highlights, personAt, references } from './features/references';
import { prepareRename, rename } from './features/rename';
import { legend, semanticTokens } from './features/semanticTokens';
import { AnalysedDocument, AnalysisCache } from './service/analysisCache';
import { readUriText, ReportWorkspace } from './service/reportWorkspace';
import { SettingsStore } from './service/settings';
import { DEFAULT_SETTINGS } from './shared/protocol';

const DIAGNOSTICS_DELAY_MS = 150;
const WORKSPACE_DELAY_MS = 400;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  const workspace = new ReportWorkspace((what) => revalidateAll(what === 'lexicon' ? 0 : WORKSPACE_DELAY_MS), (m) => connection.console.log(`report-lens: ${m}`));
  const cache = new AnalysisCache((entry) => workspace.index.updateOpen(entry.uri, entry.model));
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let initParams: InitializeParams | undefined;
  let canCreateFiles = false;

  const isReport = (doc: TextDocument) => !workspace.isLexicon(doc.uri);
  const analysed = async (doc: TextDocument): Promise<AnalysedDocument> => {
    const s = await settings.get(doc.uri);
    return cache.get(doc, s.files.maxSizeKB, workspace.lexicons.analysisFor(doc.uri));
  };
  /** The open report document, or undefined when it was closed meanwhile or is the lexicon. */
  const report = (uri: string) => {
    const doc = documents.get(uri);
    return doc && isReport(doc) ? doc : undefined;
  };
  const findingsOf = (doc: TextDocument, a: AnalysedDocument) => (a.skipped ? [] : allFindings(a.model, workspace.findingContext(doc.uri)));

  connection.onInitialize((params): InitializeResult => {
    initParams = params;
    const caps = params.capabilities;
    settings.canPull = !!caps.workspace?.configuration;
    const resourceOps = caps.workspace?.workspaceEdit?.resourceOperations ?? [];
    canCreateFiles = !!caps.workspace?.workspaceEdit?.documentChanges && resourceOps.includes('create');
    if (params.initializationOptions) settings.setGlobal(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: 'Meeting' },
        semanticTokensProvider: { legend, full: true, range: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, LEXICON_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'report-lens', version: '0.1.0' },
    };
  });

  const loadFolders = async () => {
    const listed = (await connection.workspace.getWorkspaceFolders().catch(() => null)) ?? initParams?.workspaceFolders ?? (initParams?.rootUri ? [{ uri: initParams.rootUri, name: 'root' }] : []);
    const folders = await Promise.all(listed.map(async (f) => {
      const s = await settings.get(f.uri);
      return { uri: f.uri, lexiconPath: s.lexicon.path, maxSizeKB: s.files.maxSizeKB };
    }));
    await workspace.setFolders(folders);
    for (const f of workspace.lexicons.folders()) {
      const open = documents.get(f.lexiconUri);
      if (open) workspace.setLexiconText(f.lexiconUri, open.getText());
      publishLexiconProblems(f.lexiconUri);
    }
    void workspace.scan();
  };

  connection.onInitialized(() => {
    const caps = initParams?.capabilities;
    if (caps?.workspace?.didChangeConfiguration?.dynamicRegistration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (caps?.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{report,txt}' }, { globPattern: `**/${DEFAULT_SETTINGS.lexicon.path}` }] });
    }
    if (caps?.workspace?.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders(() => void loadFolders());
    void loadFolders();
  });

  connection.onDidChangeConfiguration((change) => {
    if (settings.canPull) settings.clear();
    else settings.setGlobal(change.settings);
    void loadFolders();
    revalidateAll(0);
    connection.languages.semanticTokens.refresh();
  });

  connection.onDidChangeWatchedFiles(async (change) => {
    for (const e of change.changes) {
      if (workspace.isLexicon(e.uri)) {
        if (documents.get(e.uri)) continue; // the open document is the truth
        await reloadLexiconFromDisk(e.uri, e.type === FileChangeType.Deleted);
      } else if (/\.(report|txt)$/i.test(e.uri)) {
        if (e.type === FileChangeType.Deleted) workspace.index.updateDisk(e.uri, undefined);
        else await workspace.refreshFile(e.uri);
      }
    }
  });

  /** The lexicon as saved, unless the editor has it open (again) by the time the file is read: then the open text is the truth. */
  const reloadLexiconFromDisk = async (uri: string, deleted = false) => {
    const text = deleted ? undefined : await readUriText(uri);
    if (documents.get(uri)) return;
    workspace.setLexiconText(uri, text);
    publishLexiconProblems(uri);
  };

  /** One clear diagnostic in a malformed lexicon file; the last good version stays in use. */
  const publishLexiconProblems = (uri: string) => {
    const f = workspace.lexicons.byLexiconUri(uri);
    if (!f) return;
    const doc = documents.get(uri) ?? TextDocument.create(uri, 'json', 0, f.text);
    void connection.sendDiagnostics({ uri, diagnostics: lexiconDiagnostics(doc, f.problems) });
  };

  const schedule = (uri: string, delay = DIAGNOSTICS_DELAY_MS) => {
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(() => void publish(uri), delay));
  };
  function revalidateAll(delay: number) {
    for (const doc of documents.all()) if (isReport(doc)) schedule(doc.uri, delay);
  }

  const publish = async (uri: string) => {
    pending.delete(uri);
    const doc = report(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const s = await settings.get(uri);
      const a = await analysed(doc);
      // a newer edit arrived while we waited: its own run will publish
      if (report(uri)?.version !== version) return;
      await connection.sendDiagnostics({ uri, version, diagnostics: diagnostics(doc, a, findingsOf(doc, a), s) });
    } catch (e) {
      connection.console.error(`report-lens: could not check ${uri}: ${(e as Error).stack ?? e}`);
    }
  };

  const onLexiconEdited = (doc: TextDocument) => {
    workspace.setLexiconText(doc.uri, doc.getText());
    publishLexiconProblems(doc.uri);
  };
  documents.onDidOpen((e) => (isReport(e.document) ? schedule(e.document.uri, 0) : onLexiconEdited(e.document)));
  documents.onDidChangeContent((e) => (isReport(e.document) ? schedule(e.document.uri) : onLexiconEdited(e.document)));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(pending.get(uri));
    pending.delete(uri);
    if (!isReport(e.document)) {
      void reloadLexiconFromDisk(uri);
      return;
    }
    cache.delete(uri);
    settings.forget(uri);
    workspace.index.closeOpen(uri);
    void workspace.refreshFile(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(async (p) => {
    const doc = report(p.textDocument.uri);
    if (!doc) return null;
    const a = await analysed(doc);
    const lexicon = workspace.lexicons.contextFor(doc.uri);
    return hover(doc, a.model, doc.offsetAt(p.position), {
      elsewhere: (key) => workspace.index.elsewhere(key, doc.uri),
      lexiconEntry: (key) => lexicon.entries.get(key),
    });
  });

  connection.onDocumentSymbol(async (p) => {
    const doc = report(p.textDocument.uri);
    return doc ? documentSymbols(doc, (await analysed(doc)).model) : [];
  });

  connection.onReferences(async (p) => {
    const doc = report(p.textDocument.uri);
    return doc ? references(doc, (await analysed(doc)).model, doc.offsetAt(p.position)) : [];
  });
  connection.onDocumentHighlight(async (p) => {
    const doc = report(p.textDocument.uri);
    return doc ? highlights(doc, (await analysed(doc)).model, doc.offsetAt(p.position)) : [];
  });

  connection.onPrepareRename(async (p) => {
    const doc = report(p.textDocument.uri);
    return doc ? prepareRename(doc, (await analysed(doc)).model, doc.offsetAt(p.position)) : null;
  });
  connection.onRenameRequest(async (p) => {
    const doc = report(p.textDocument.uri);
    if (!doc) return null;
    const offset = doc.offsetAt(p.position);
    const model = (await analysed(doc)).model;
    const person = personAt(model, offset);
    if (!person) return null;
    const others = await workspace.reportsNaming(person.key, doc.uri, async (uri) => {
      const open = report(uri);
      return open ? { doc: open, model: (await analysed(open)).model } : undefined;
    }, (uri, text) => TextDocument.create(uri, 'meeting-report', 0, text));
    return rename(doc, model, offset, p.newName, others);
  });

  connection.languages.semanticTokens.on(async (p) => {
    const doc = report(p.textDocument.uri);
    return doc ? semanticTokens(doc, (await analysed(doc)).model) : { data: [] };
  });
  connection.languages.semanticTokens.onRange(async (p) => {
    const doc = report(p.textDocument.uri);
    if (!doc) return { data: [] };
    return semanticTokens(doc, (await analysed(doc)).model, { start: doc.offsetAt(p.range.start), end: doc.offsetAt(p.range.end) });
  });

  connection.onCodeAction(async (p) => {
    const doc = report(p.textDocument.uri);
    if (!doc) return [];
    const a = await analysed(doc);
    const s = await settings.get(doc.uri);
    const findings = findingsOf(doc, a);
    const actions = codeActions(doc, a, findings, p, s);
    const only = p.context.only;
    const folder = workspace.lexicons.folderOf(doc.uri);
    if (a.skipped || !folder || (only && !only.some((k) => k === CodeActionKind.QuickFix || LEXICON_KIND.startsWith(k)))) return actions;
    const open = documents.get(folder.lexiconUri);
    const text = open?.getText() ?? (await readUriText(folder.lexiconUri));
    const target: LexiconTarget = { uri: folder.lexiconUri, text: text ?? '', exists: text !== undefined, version: open?.version, canCreate: canCreateFiles };
    const range = { start: doc.offsetAt(p.range.start), end: doc.offsetAt(p.range.end) };
    const visible = s.diagnostics.enable ? findings : [];
    return [...actions, ...lexiconActions(a.model, visible, range, target, workspace.relativePath(doc.uri))];
  });

  documents.listen(connection);
  connection.listen();
}
