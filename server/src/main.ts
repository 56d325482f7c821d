#!/usr/bin/env node
/** Entry point of `report-lens`: the language server with --stdio / --node-ipc / --socket, the CLI otherwise. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { runCli } from './cli/cli';
import { startServer } from './server';

declare const REPORT_LENS_VERSION: string;
const TRANSPORTS = ['--stdio', '--node-ipc'];
const args = process.argv.slice(2);

if (args.some((a) => TRANSPORTS.includes(a) || a.startsWith('--socket=') || a.startsWith('--pipe=') || a.startsWith('--clientProcessId'))) {
  startServer(createConnection(ProposedFeatures.all));
} else {
  const code = runCli(args, { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }, REPORT_LENS_VERSION);
  process.exitCode = code;
}
