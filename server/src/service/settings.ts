/** Reads the resource-scoped settings of a document from the client, falling back to defaults. */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, ReportLensSettings, SETTINGS_SECTION } from '../shared/protocol';

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Accepts whatever the client sends and keeps only well-formed values. */
interface RawSettings {
  diagnostics?: { enable?: unknown; severity?: unknown };
  files?: { maxSizeKB?: unknown };
  lexicon?: { path?: unknown };
}

export function sanitizeSettings(raw: unknown): ReportLensSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as RawSettings;
  const severity: ReportLensSettings['diagnostics']['severity'] = {};
  const given = r.diagnostics?.severity;
  if (given && typeof given === 'object') {
    for (const [code, value] of Object.entries(given)) if (typeof value === 'string' && SEVERITIES.has(value)) severity[code] = value as never;
  }
  const max = Number(r.files?.maxSizeKB);
  return {
    diagnostics: { enable: typeof r.diagnostics?.enable === 'boolean' ? r.diagnostics.enable : DEFAULT_SETTINGS.diagnostics.enable, severity },
    files: { maxSizeKB: Number.isFinite(max) && max > 0 ? max : DEFAULT_SETTINGS.files.maxSizeKB },
    lexicon: { path: typeof r.lexicon?.path === 'string' && r.lexicon.path.trim() ? r.lexicon.path.trim() : DEFAULT_SETTINGS.lexicon.path },
  };
}

export class SettingsStore {
  private readonly perResource = new Map<string, Promise<ReportLensSettings>>();
  private global: ReportLensSettings = DEFAULT_SETTINGS;
  canPull = false;

  constructor(private readonly connection: Connection) {}

  /** Settings pushed by a client without workspace/configuration (or through initializationOptions). */
  setGlobal(raw: unknown): void {
    this.global = sanitizeSettings((raw as Record<string, unknown> | undefined)?.[SETTINGS_SECTION] ?? raw);
    this.perResource.clear();
  }

  clear(): void {
    this.perResource.clear();
  }

  forget(uri: string): void {
    this.perResource.delete(uri);
  }

  get(uri: string): Promise<ReportLensSettings> {
    if (!this.canPull) return Promise.resolve(this.global);
    let s = this.perResource.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(sanitizeSettings, () => this.global);
      this.perResource.set(uri, s);
    }
    return s;
  }
}
