/** The extension's own commands. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Command } from '../../server/src/shared/protocol';

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Command.showMentions, async (uri: unknown, line: unknown, character: unknown) => {
      // arguments come from a hover link: check them before use
      if (typeof uri !== 'string' || !Number.isInteger(line) || !Number.isInteger(character)) return;
      const target = vscode.Uri.parse(uri, true);
      const position = new vscode.Position(line as number, character as number);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, position);
      await vscode.commands.executeCommand('editor.action.showReferences', target, position, locations ?? []);
    }),
    vscode.commands.registerCommand(Command.restartServer, async () => {
      await client()?.restart();
    }),
  );
}
