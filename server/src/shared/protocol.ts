/**
 * Names shared by the VS Code client and the language server, written once: the language id,
 * the setting names, the semantic-token legend, command ids and custom requests.
 */

export const LANGUAGE_ID = 'meeting-report';
export const SETTINGS_SECTION = 'reportLens';
export const EXTENSION_ID = 'report-lens.report-lens';

/** Every setting under `reportLens.`; scope is resource unless noted in package.json. */
export const Setting = {
  filesInclude: 'files.include',
  filesDetect: 'files.detect',
  maxSizeKB: 'files.maxSizeKB',
  diagnosticsEnable: 'diagnostics.enable',
  diagnosticsSeverity: 'diagnostics.severity',
  lexiconPath: 'lexicon.path',
  traceServer: 'trace.server',
} as const;

export interface ReportLensSettings {
  diagnostics: {
    enable: boolean;
    /** Per check code: a severity or 'off'. */
    severity: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>;
  };
  files: { maxSizeKB: number };
  lexicon: { path: string };
}

export const DEFAULT_SETTINGS: ReportLensSettings = {
  diagnostics: { enable: true, severity: {} },
  files: { maxSizeKB: 2048 },
  lexicon: { path: '.report-lens.json' },
};

/** The semantic-token legend. The order is the wire encoding: never reorder, only append. */
export const TOKEN_TYPES = ['person', 'title', 'theme', 'date'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'surnameOnly'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** Commands the server may link to from hovers; nothing else is ever trusted. */
export const Command = {
  /** Args: [uri: string, line: number, character: number]; peeks every mention of the person there. */
  showMentions: 'reportLens.showMentions',
  restartServer: 'reportLens.restartServer',
} as const;
/** Commands a hover may link to. */
export const TRUSTED_COMMANDS: readonly string[] = [Command.showMentions];

/** Where check codes are documented (codeDescription.href). */
export const CHECKS_DOC_URL = 'https://github.com/report-lens/report-lens/blob/main/docs/checks.md';
