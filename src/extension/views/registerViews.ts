import * as vscode from 'vscode';
import { Commands, ContextKeys, Views } from '../ids';
import type { DiagnosticsController } from '../diagnostics/diagnosticsController';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { DecisionsTreeProvider } from './decisions/decisionsTree';
import { DECISION_GROUPINGS } from './decisions/decisionNodes';
import { registerEmptyViews } from './emptyViews';
import { revealActiveEditor } from './revealActiveEditor';
import { RisksTreeProvider } from './risks/risksTree';
import { RiskDecorationProvider } from './risks/riskDecorations';
import { onlyMineMessage } from './risks/riskText';

export interface ToolkitViews {
  readonly decisions: DecisionsTreeProvider;
  readonly decisionsView: vscode.TreeView<unknown>;
  readonly risks: RisksTreeProvider;
  readonly risksView: vscode.TreeView<unknown>;
}

export function registerViews(context: vscode.ExtensionContext, indexes: WorkspaceIndexes, diagnostics: DiagnosticsController): { views: ToolkitViews; disposables: vscode.Disposable[] } {
  const decisions = new DecisionsTreeProvider(indexes, diagnostics, context.workspaceState);
  const decisionsView = vscode.window.createTreeView(Views.decisions, { treeDataProvider: decisions, showCollapseAll: true });
  const disposables: vscode.Disposable[] = [decisions, decisionsView];
  const risks = new RisksTreeProvider(indexes, diagnostics, context.workspaceState);
  const risksView = vscode.window.createTreeView(Views.risks, { treeDataProvider: risks, showCollapseAll: true });
  // While Show Only My Risks is on, the view says so and how much it hides; the title bar offers the way back.
  const describeOwnerFilter = () => {
    const all = risks.allItems();
    risksView.message = risks.mineOnly ? onlyMineMessage(all.filter((i) => risks.shows(i.item.risk)).length, all.length) : undefined;
    risksView.description = risks.mineOnly ? 'mine' : undefined; // short: the title bar's actions leave little room
  };
  disposables.push(risks, risksView, vscode.window.registerFileDecorationProvider(new RiskDecorationProvider()), risks.onDidChangeTreeData(describeOwnerFilter));
  const describeFilter = () => {
    decisionsView.message = decisions.filter ? `Showing decisions matching "${decisions.filter}"` : undefined;
    void vscode.commands.executeCommand('setContext', ContextKeys.decisionsFiltered, !!decisions.filter);
  };
  disposables.push(
    vscode.commands.registerCommand(Commands.adrGroupBy, async () => {
      const current = decisions.grouping;
      const pick = await vscode.window.showQuickPick(
        DECISION_GROUPINGS.map((g) => ({ ...g, description: g.value === current ? '(current)' : undefined })),
        { title: 'Arrange Decisions', placeHolder: 'How should the Decisions view arrange records?' },
      );
      if (pick) await decisions.setGrouping(pick.value);
    }),
    vscode.commands.registerCommand(Commands.adrFilter, async () => {
      const text = await vscode.window.showInputBox({
        title: 'Filter Decisions',
        prompt: 'Show records whose number, title, status, date, tags, deciders or path contain this text',
        value: decisions.filter,
      });
      if (text === undefined) return;
      decisions.setFilter(text);
      describeFilter();
    }),
    vscode.commands.registerCommand(Commands.adrClearFilter, () => {
      decisions.setFilter('');
      describeFilter();
    }),
    revealActiveEditor(decisionsView, (folder, path) => decisions.findRecordNode(folder, path)),
    ...registerEmptyViews(indexes, context.workspaceState),
  );
  return { views: { decisions, decisionsView: decisionsView as vscode.TreeView<unknown>, risks, risksView: risksView as vscode.TreeView<unknown> }, disposables };
}
