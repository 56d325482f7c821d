/**
 * The workspace as the server sees it: its folders, the lexicon of each folder, the reports on disk
 * (scanned in the background) and the index of who appears where. Reads files; never writes them.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { analyze } from '../analysis/analyze';
import { detectReport } from '../analysis/detect';
import type { DocumentAnalysis } from '../analysis/types';
import type { FindingContext } from '../features/findings';
import { whyNotAnalysed } from './inputGuards';
import { FolderLexicon, Lexicons } from './lexicons';
import { WorkspaceIndex } from './workspaceIndex';
import { nextTick, reportFiles } from './workspaceScanner';

export interface WorkspaceFolderSetting {
  uri: string;
  lexiconPath: string;
  maxSizeKB: number;
}

export class ReportWorkspace {
  readonly lexicons = new Lexicons();
  readonly index = new WorkspaceIndex();
  private folders: WorkspaceFolderSetting[] = [];
  private scanGeneration = 0;

  constructor(
    /** Called when something other documents depend on changed (a lexicon, a report elsewhere). */
    private readonly onChange: (what: 'lexicon' | 'index') => void,
    private readonly log: (message: string) => void,
  ) {
    this.index.labelFor = (uri) => this.relativePath(uri);
  }

  async setFolders(folders: WorkspaceFolderSetting[]): Promise<void> {
    this.folders = folders;
    this.lexicons.setFolders(folders);
    for (const f of this.lexicons.folders()) await this.reloadLexiconFromDisk(f.lexiconUri);
  }

  isLexicon(uri: string): boolean {
    return this.lexicons.byLexiconUri(uri) !== undefined;
  }

  /** New lexicon text from the editor (open document) or from disk; undefined when deleted. */
  setLexiconText(uri: string, text: string | undefined): FolderLexicon | undefined {
    const f = this.lexicons.byLexiconUri(uri);
    if (!f) return undefined;
    if (this.lexicons.update(uri, text)) {
      this.log(`lexicon ${uri}: in use`);
      this.onChange('lexicon');
    }
    return f;
  }

  async reloadLexiconFromDisk(uri: string): Promise<FolderLexicon | undefined> {
    return this.setLexiconText(uri, await readText(uri));
  }

  findingContext(uri: string): FindingContext {
    const folder = this.lexicons.folderOf(uri);
    const context = this.lexicons.contextFor(uri);
    return {
      others: this.index.others(uri),
      officials: context.officials,
      ignored: context.ignoredDiagnostics,
      relativePath: folder ? relativePath(folder.folderUri, uri) : undefined,
    };
  }

  relativePath(uri: string): string | undefined {
    const folder = this.lexicons.folderOf(uri);
    return folder ? relativePath(folder.folderUri, uri) : undefined;
  }

  /** Analyses a report file on disk (for the index and for renames); undefined when it is not a report. */
  async analyseFile(uri: string): Promise<{ text: string; model: DocumentAnalysis } | undefined> {
    const text = await readText(uri);
    if (text === undefined) return undefined;
    const maxSizeKB = this.folders.find((f) => uri.startsWith(f.uri))?.maxSizeKB ?? 2048;
    if (whyNotAnalysed(text, maxSizeKB)) return undefined;
    if (!uri.endsWith('.report') && !detectReport(text).isReport) return undefined;
    return { text, model: analyze(text, this.lexicons.analysisFor(uri).options) };
  }

  /**
   * The reports other than `exceptUri` that name a person, analysed: the open version when `open`
   * gives one, else the file on disk (for renames across the workspace).
   */
  async reportsNaming<Doc extends { uri: string }>(
    personKey: string, exceptUri: string, open: (uri: string) => Promise<{ doc: Doc; model: DocumentAnalysis } | undefined>,
    onDisk: (uri: string, text: string) => Doc,
  ): Promise<{ doc: Doc; model: DocumentAnalysis }[]> {
    const out: { doc: Doc; model: DocumentAnalysis }[] = [];
    for (const uri of this.index.reportsNaming(personKey, exceptUri)) {
      const opened = await open(uri);
      if (opened) {
        out.push(opened);
        continue;
      }
      const file = await this.analyseFile(uri);
      if (file) out.push({ doc: onDisk(uri, file.text), model: file.model });
    }
    return out;
  }

  async refreshFile(uri: string): Promise<void> {
    this.index.updateDisk(uri, (await this.analyseFile(uri))?.model);
    this.onChange('index');
  }

  /** Scans every folder in the background; a new scan cancels the previous one. */
  async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    const cancelled = () => generation !== this.scanGeneration;
    this.index.clearDisk();
    let count = 0;
    for (const folder of this.folders) {
      const root = URI.parse(folder.uri).fsPath;
      for await (const file of reportFiles(root, cancelled)) {
        const uri = URI.file(file).toString();
        try {
          const analysed = await this.analyseFile(uri);
          if (cancelled()) return;
          if (analysed) {
            this.index.updateDisk(uri, analysed.model);
            count++;
          }
        } catch (e) {
          this.log(`could not read ${file}: ${(e as Error).message}`);
        }
        await nextTick();
      }
    }
    if (!cancelled()) {
      this.log(`workspace scan: ${count} report(s) indexed`);
      this.onChange('index');
    }
  }
}

async function readText(uri: string): Promise<string | undefined> {
  try {
    const text = await fs.readFile(URI.parse(uri).fsPath, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

export async function readUriText(uri: string): Promise<string | undefined> {
  return readText(uri);
}

function relativePath(folderUri: string, uri: string): string {
  return path.relative(URI.parse(folderUri).fsPath, URI.parse(uri).fsPath).split(path.sep).join('/');
}
