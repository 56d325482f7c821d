/**
 * A real LSP client (vscode-languageserver-protocol) talking to the built server over stdio.
 *
 *   const client = await startServer();
 *   client.open(uri, text);
 *   const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
 *   await client.close();
 *
 * Every request fails fast, with the server's stderr, when the server process dies; `close()`
 * throws when the server exited on its own at any point of the test.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ReferencesRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SERVER_JS = path.join(REPO_ROOT, 'server/dist/report-lens.js');
export const LANGUAGE_ID = 'meeting-report';

const REQUEST_TIMEOUT_MS = 15000;
const DEFAULT_DIAGNOSTICS_TIMEOUT_MS = 10000;

/** A file: URI for a (virtual) file name; the file does not need to exist. */
export function testUri(name) {
  return pathToFileURL(path.join(REPO_ROOT, 'test-virtual', name)).href;
}

export const CLIENT_CAPABILITIES = {
  workspace: {
    configuration: false,
    didChangeConfiguration: { dynamicRegistration: false },
    workspaceEdit: { documentChanges: false },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: false },
    hover: { dynamicRegistration: false, contentFormat: ['markdown', 'plaintext'] },
    semanticTokens: {
      dynamicRegistration: false,
      requests: { range: true, full: { delta: false } },
      tokenTypes: ['person', 'title', 'theme', 'date', 'variable', 'type', 'string'],
      tokenModifiers: ['declaration', 'surnameOnly'],
      formats: ['relative'],
      overlappingTokenSupport: false,
      multilineTokenSupport: false,
    },
    documentSymbol: { dynamicRegistration: false, hierarchicalDocumentSymbolSupport: true },
    codeAction: {
      dynamicRegistration: false,
      isPreferredSupport: true,
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
    },
    references: { dynamicRegistration: false },
    publishDiagnostics: {
      relatedInformation: true,
      versionSupport: true,
      codeDescriptionSupport: true,
      dataSupport: false,
      tagSupport: { valueSet: [1, 2] },
    },
  },
  window: { workDoneProgress: false },
};

export class LspClient {
  constructor(child, connection) {
    this.child = child;
    this.connection = connection;
    this.stderr = '';
    /** Every textDocument/publishDiagnostics received, in order. */
    this.published = [];
    /** window/logMessage and window/showMessage notifications. */
    this.logs = [];
    this.closing = false;
    /** Set when the server process ended without being asked to. */
    this.crash = undefined;
    this.waiters = new Set();
    /** The first notification that could not be written while the server was alive. */
    this.writeError = undefined;
    this.initializeResult = undefined;
    this.exited = new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
    this.exited.then(({ code, signal }) => {
      if (this.closing) return;
      this.crash = new Error(`the server exited unexpectedly (code ${code}, signal ${signal}); stderr:\n${this.stderr || '(empty)'}`);
      for (const w of this.waiters) w.reject(this.crash);
      this.waiters.clear();
    });
  }

  get legend() {
    return this.initializeResult.capabilities.semanticTokensProvider.legend;
  }

  assertAlive() {
    if (this.crash) throw this.crash;
  }

  /** A request that fails with the server's stderr if the server dies, and after a timeout. */
  async request(type, params, timeoutMs = REQUEST_TIMEOUT_MS) {
    this.assertAlive();
    let timer;
    let onDeath;
    const death = new Promise((_, reject) => {
      onDeath = { resolve() {}, reject };
      this.waiters.add(onDeath);
      timer = setTimeout(() => reject(new Error(`${type.method} got no answer in ${timeoutMs} ms; stderr:\n${this.stderr}`)), timeoutMs);
    });
    try {
      return await Promise.race([this.connection.sendRequest(type, params), death]);
    } finally {
      clearTimeout(timer);
      this.waiters.delete(onDeath);
    }
  }

  /** Sends a notification; a failed write surfaces as the crash (or in close()), not as an unhandled rejection. */
  notify(type, params) {
    this.assertAlive();
    const sent = this.connection.sendNotification(type, params);
    sent.catch((e) => {
      if (!this.closing && !this.crash) this.writeError ??= e;
    });
    return sent;
  }

  open(uri, text, languageId = LANGUAGE_ID, version = 1) {
    return this.notify(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** contentChanges: [{ text }] for a full replacement, [{ range, text }] for incremental edits. */
  change(uri, version, contentChanges) {
    return this.notify(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  closeDocument(uri) {
    return this.notify(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /**
   * Resolves with the newest publishDiagnostics for `uri` (and `version`, if given) that satisfies
   * `predicate`, waiting for one to arrive when none has yet. Rejects after `timeoutMs`, listing
   * what was published for the uri meanwhile. The third argument is `{ version, timeoutMs }` or
   * just the timeout in milliseconds.
   */
  waitForDiagnostics(uri, predicate = () => true, options = {}) {
    const { version, timeoutMs = DEFAULT_DIAGNOSTICS_TIMEOUT_MS } = typeof options === 'number' ? { timeoutMs: options } : options;
    const matches = (p) => p.uri === uri && (version === undefined || p.version === version) && predicate(p);
    for (let i = this.published.length - 1; i >= 0; i--) if (matches(this.published[i])) return Promise.resolve(this.published[i]);
    this.assertAlive();
    return new Promise((resolve, reject) => {
      const waiter = {
        check: (p) => {
          if (!matches(p)) return;
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(p);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.published
          .filter((p) => p.uri === uri)
          .map((p) => `  version ${p.version}: ${p.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).join(', ') || '(none)'}`);
        reject(new Error(`no matching diagnostics for ${uri}${version === undefined ? '' : ` version ${version}`} within ${timeoutMs} ms; published:\n${seen.join('\n') || '  nothing'}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  hover(uri, position) {
    return this.request(HoverRequest.type, { textDocument: { uri }, position });
  }

  semanticTokens(uri) {
    return this.request(SemanticTokensRequest.type, { textDocument: { uri } });
  }

  semanticTokensRange(uri, range) {
    return this.request(SemanticTokensRangeRequest.type, { textDocument: { uri }, range });
  }

  documentSymbol(uri) {
    return this.request(DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  codeAction(uri, range, diagnostics = [], only = undefined) {
    return this.request(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}), triggerKind: 1 } });
  }

  references(uri, position, includeDeclaration = true) {
    return this.request(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration } });
  }

  /** Error messages the server logged (window/logMessage or showMessage of type Error). */
  get errorLogs() {
    return this.logs.filter((l) => l.type === 1).map((l) => l.message);
  }

  /**
   * shutdown + exit, then waits for the process to end (killing it if it does not); throws when
   * the server had crashed earlier, does not exit with code 0 or logged an error.
   */
  async close() {
    if (this.crash) {
      this.dispose();
      throw this.crash;
    }
    let problem;
    try {
      await this.request(ShutdownRequest.type, undefined, 5000);
      this.closing = true;
      await this.connection.sendNotification(ExitNotification.type).catch(() => {});
    } catch (e) {
      problem = e;
    }
    this.closing = true;
    let timer;
    const result = await Promise.race([this.exited, new Promise((resolve) => (timer = setTimeout(() => resolve(undefined), 5000)))]);
    clearTimeout(timer);
    this.dispose();
    if (problem) throw problem;
    if (this.writeError) throw new Error(`a notification could not be sent: ${this.writeError.message}`);
    if (!result) throw new Error('the server did not exit within 5 s after shutdown/exit; killed');
    if (result.code !== 0) throw new Error(`the server exited with code ${result.code} (signal ${result.signal}) after shutdown/exit; stderr:\n${this.stderr}`);
    if (this.errorLogs.length) throw new Error(`the server logged errors:\n${this.errorLogs.join('\n')}`);
  }

  /** Kills the process if it still runs (teardown after a failure). */
  dispose() {
    this.closing = true;
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

/**
 * Spawns `node server/dist/report-lens.js --stdio`, initializes it and returns the client.
 * `initializationOptions` are passed through (the server reads its settings from them);
 * `rootUri` opens a workspace folder (none by default); `serverJs` is the built server to run.
 */
export async function startServer({ initializationOptions, rootUri = null, capabilities = CLIENT_CAPABILITIES, serverJs = SERVER_JS } = {}) {
  if (!existsSync(serverJs)) throw new Error(`${serverJs} is missing: run node scripts/build.mjs first`);
  const child = spawn(process.execPath, [serverJs, '--stdio'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const client = new LspClient(child, connection);
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s) => (client.stderr += s));
  // writes to a dead server are reported by the crash error, not as an unhandled EPIPE
  child.stdin.on('error', () => {});

  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    client.published.push(p);
    for (const w of [...client.waiters]) w.check?.(p);
  });
  connection.onNotification(LogMessageNotification.type, (p) => client.logs.push(p));
  connection.onNotification('window/showMessage', (p) => client.logs.push(p));
  // client/registerCapability, workspace/semanticTokens/refresh, ...: accept
  connection.onRequest(() => null);
  connection.listen();

  try {
    client.initializeResult = await client.request(InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'report-lens protocol tests' },
      // no workspace unless a test gives one: in-document checks are not mixed with workspace ones
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      capabilities,
      initializationOptions,
    });
    client.notify(InitializedNotification.type, {});
  } catch (e) {
    client.dispose();
    throw e;
  }
  return client;
}
