/**
 * The workspace lexicon file (.report-lens.json): parsed with jsonc-parser (comments and trailing
 * commas are tolerated, positions are kept) and validated against server/schemas/lexicon.schema.json.
 * A malformed file yields problems with offsets and no lexicon: the caller keeps the last good one.
 */
import Ajv, { ErrorObject } from 'ajv';
import { findNodeAtLocation, Node, parseTree, ParseError, printParseErrorCode } from 'jsonc-parser';
import schema from '../../schemas/lexicon.schema.json';

export const LEXICON_FILE_NAME = '.report-lens.json';

export interface LexiconTitle {
  title: string;
  chinese?: string;
  place?: string;
  from?: string;
  to?: string;
}

export interface LexiconOfficial {
  name: string;
  chinese?: string;
  variants?: string[];
  titles?: LexiconTitle[];
  note?: string;
}

export interface IgnoredDiagnostic {
  code: string;
  file?: string;
  text?: string;
}

export interface Lexicon {
  officials?: LexiconOfficial[];
  titleVariants?: string[][];
  themes?: { phrase: string; chinese?: string; variants?: string[] }[];
  ignore?: { words?: string[]; diagnostics?: IgnoredDiagnostic[] };
}

export interface LexiconProblem {
  start: number;
  end: number;
  message: string;
}

export type ParsedLexicon = { lexicon: Lexicon; problems: [] } | { lexicon: undefined; problems: LexiconProblem[] };

const MAX_BYTES = 2 * 1024 * 1024;
let validator: ReturnType<Ajv['compile']> | undefined;

export function parseLexicon(text: string): ParsedLexicon {
  if (text.length > MAX_BYTES) return { lexicon: undefined, problems: [{ start: 0, end: 0, message: `The lexicon is larger than ${MAX_BYTES / 1024 / 1024} MB; it is not read.` }] };
  // a new, still empty file (the editor creates it before writing into it) is an empty lexicon
  if (text.trim() === '') return { lexicon: {}, problems: [] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !tree) {
    const problems = errors.slice(0, 20).map((e) => ({ start: e.offset, end: e.offset + Math.max(1, e.length), message: `Invalid JSON: ${describe(printParseErrorCode(e.error))}.` }));
    return { lexicon: undefined, problems: problems.length ? problems : [{ start: 0, end: 0, message: 'The lexicon file is empty.' }] };
  }
  const value = nodeValue(tree);
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (validator(value)) return { lexicon: value as Lexicon, problems: [] };
  const problems = (validator.errors ?? []).slice(0, 20).map((e) => problemOf(tree, e));
  return { lexicon: undefined, problems };
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key && value) out[String(key.value)] = nodeValue(value);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function problemOf(tree: Node, e: ErrorObject): LexiconProblem {
  const path = e.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  const node = findNodeAtLocation(tree, path) ?? tree;
  const where = e.instancePath ? `${e.instancePath.slice(1).replace(/\//g, '.')}: ` : '';
  let message = `${where}${e.message ?? 'invalid'}`;
  if (e.keyword === 'additionalProperties') message += ` ('${(e.params as { additionalProperty: string }).additionalProperty}')`;
  if (e.keyword === 'enum') message += ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`;
  return { start: node.offset, end: node.offset + node.length, message: `Lexicon: ${message}.` };
}
