import * as vscode from 'vscode';
import { Commands, ContextKeys, Views } from '../ids';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';

const SHOW_ALL_KEY = 'techlead.views.showAll';

/**
 * Risks and Review Checklist step aside while the workspace has no risk register and no
 * review guideline: their `when` clauses in the manifest read `techlead.hasRisks` and
 * `techlead.hasGuidelines` (set by the review), so a repository with decisions only gives
 * the side bar to its decisions instead of to two welcome texts. Hiding rather than
 * collapsing keeps every view that has content expanded (a `"visibility": "collapsed"`
 * default would fold the risk register away in the repositories that have one). The
 * welcome texts stay a click away: "Show Risks and Review Checklist Views" in the
 * Decisions view's menu (the container's own menu when it is the only view) and in the
 * palette brings them back for this workspace.
 */
export function registerEmptyViews(indexes: WorkspaceIndexes, state: vscode.Memento): vscode.Disposable[] {
  const setContext = (key: string, value: boolean) => vscode.commands.executeCommand('setContext', key, value);
  const hasRisks = () => indexes.folders().some((e) => e.index.documents('risk').length > 0);
  void setContext(ContextKeys.hasRisks, hasRisks());
  void setContext(ContextKeys.showAllViews, state.get<boolean>(SHOW_ALL_KEY, false));
  return [
    // A register counts as soon as it exists, even with no risk in it yet.
    indexes.onDidChange((c) => c.kinds.has('risk') && void setContext(ContextKeys.hasRisks, hasRisks())),
    vscode.commands.registerCommand(Commands.showAllViews, async () => {
      await state.update(SHOW_ALL_KEY, true);
      await setContext(ContextKeys.showAllViews, true);
      // Open the view the user most likely came for: the one that was hidden.
      await vscode.commands.executeCommand(`${hasRisks() ? Views.review : Views.risks}.focus`);
    }),
  ];
}
