import * as vscode from 'vscode';
import type { Logger } from '../../core/host';
import { Commands } from '../ids';
import type { DiagnosticsController } from '../diagnostics/diagnosticsController';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';
import type { ToolkitViews } from '../views/registerViews';
import { registerRiskCommands } from './riskCommands';
import { createRiskRegister } from './createRiskRegister';
import { registerAdrCommands } from './adr/registerAdrCommands';
import { heatMapPanel } from '../lazyModules';

export interface CommandServices {
  readonly context: vscode.ExtensionContext;
  readonly indexes: WorkspaceIndexes;
  readonly diagnostics: DiagnosticsController;
  readonly logger: Logger & { readonly channel: vscode.LogOutputChannel };
  readonly views: ToolkitViews;
}

export function registerCommands(services: CommandServices): vscode.Disposable[] {
  const { indexes, logger, views, context } = services;
  return [
    vscode.commands.registerCommand(Commands.refresh, () => indexes.rebuild()),
    vscode.commands.registerCommand(Commands.showOutput, () => logger.channel.show()),
    vscode.commands.registerCommand(Commands.riskShowHeatMap, () => heatMapPanel().HeatMapPanel.show(context.extensionUri, indexes)),
    vscode.commands.registerCommand(Commands.riskCreateRegister, (folder?: vscode.WorkspaceFolder) => createRiskRegister(indexes, folder)),
    ...registerRiskCommands(indexes, views.risks),
    ...registerAdrCommands(services),
  ];
}
