import * as vscode from 'vscode';
import { Commands } from '../../ids';
import { decisionGraphModel, renderDecisionGraph } from '../../../core/adr/write';
import { decisionGraphPanel } from '../../lazyModules';
import type { CommandServices } from '../registerCommands';
import { adrFolderFor } from './adrTargets';
import { trackActiveRecord } from '../../workspace/activeRecordContext';
import { changeStatus } from './changeStatus';
import { explainFields } from './explainFields';
import { generateIndex } from './generateIndex';
import { initializeDecisions } from './initialize';
import { linkRecords } from './link';
import { newDecision, newDecisionForSelection } from './newDecision';
import { supersede } from './supersede';

/**
 * The decision-record commands (palette category "ADR"). Each is a short guided dialog
 * over a core planner; every change it makes is one undoable WorkspaceEdit. Invoked from
 * the Decisions view they receive the node they were invoked on; each resolves to what it
 * changed (see AdrCommandResult), which the integration tests read.
 */
export function registerAdrCommands(services: Pick<CommandServices, 'context' | 'indexes'>): vscode.Disposable[] {
  const { indexes, context } = services;
  return [
    vscode.commands.registerCommand(Commands.adrNew, (arg?: unknown) => newDecision(indexes, arg)),
    vscode.commands.registerCommand(Commands.adrNewForSelection, (clicked?: vscode.Uri, selected?: vscode.Uri[]) => newDecisionForSelection(indexes, clicked, selected)),
    vscode.commands.registerCommand(Commands.adrInitialize, (arg?: unknown) => initializeDecisions(indexes, arg)),
    vscode.commands.registerCommand(Commands.adrSupersede, (arg?: unknown) => supersede(indexes, arg)),
    vscode.commands.registerCommand(Commands.adrChangeStatus, (arg?: unknown) => changeStatus(indexes, arg)),
    vscode.commands.registerCommand(Commands.adrLink, (arg?: unknown) => linkRecords(indexes, arg)),
    vscode.commands.registerCommand(Commands.adrGenerateIndex, (arg?: unknown) => generateIndex(indexes, arg)),
    vscode.commands.registerCommand(Commands.adrExplain, (arg?: unknown) => explainFields(indexes, arg)),
    trackActiveRecord(indexes),
    vscode.commands.registerCommand(Commands.adrShowGraph, async (arg?: unknown) => {
      const folder = await adrFolderFor(indexes, arg, 'Show Graph');
      if (folder) decisionGraphPanel().DecisionGraphPanel.show(context.extensionUri, indexes, folder.entry, { model: decisionGraphModel, mermaid: renderDecisionGraph });
    }),
  ];
}
