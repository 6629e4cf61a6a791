import * as vscode from 'vscode';
import type { Logger } from '../../core/host';
import { Commands } from '../ids';
import type { DiagnosticsController } from '../diagnostics/diagnosticsController';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';

export interface CommandServices {
  readonly context: vscode.ExtensionContext;
  readonly indexes: WorkspaceIndexes;
  readonly diagnostics: DiagnosticsController;
  readonly logger: Logger & { readonly channel: vscode.LogOutputChannel };
}

export function registerCommands(services: CommandServices): vscode.Disposable[] {
  const { indexes, logger } = services;
  return [
    vscode.commands.registerCommand(Commands.refresh, () => indexes.rebuild()),
    vscode.commands.registerCommand(Commands.showOutput, () => logger.channel.show()),
  ];
}
