import * as vscode from 'vscode';
import type { Logger } from '../../core/host';
import type { DiagnosticsController } from '../diagnostics/diagnosticsController';
import { ContextKeys, Views } from '../ids';
import type { ReviewNode } from '../views/review/reviewNodes';
import { reviewViewMessage } from '../views/review/reviewMessage';
import { ReviewTreeProvider } from '../views/review/reviewTree';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { BaseChoices } from './baseChoices';
import { registerReviewCommands } from './commands/reviewCommands';
import { ReviewHints } from './hints/reviewHints';
import { RepoFilesFeeder } from './repoFiles';
import { ReviewModel } from './reviewModel';
import { TickStore } from './tickStore';
import { isWorkspaceTrusted, whenTrusted } from '../workspace/trust';

/** The review feature's services, returned to tests through the extension's API. */
export interface ReviewApi {
  readonly model: ReviewModel;
  readonly tree: ReviewTreeProvider;
  readonly view: vscode.TreeView<ReviewNode>;
  readonly ticks: TickStore;
  readonly hints: ReviewHints;
  readonly repoFiles: RepoFilesFeeder;
}

/**
 * Wires the review feature: the change under review (from the Git extension), the
 * Review Checklist view with its checkboxes and progress, the commands, the hints in
 * editors and the repository file list for `guideline/unmatched-glob`. Connecting to
 * Git happens after activation returns, and only in a trusted workspace.
 */
export function registerReview(context: vscode.ExtensionContext, indexes: WorkspaceIndexes, diagnostics: DiagnosticsController, logger: Logger): { review: ReviewApi; disposables: vscode.Disposable[] } {
  const baseChoices = new BaseChoices(context.workspaceState);
  const ticks = new TickStore(context.workspaceState);
  const model = new ReviewModel(indexes, baseChoices, logger);
  const tree = new ReviewTreeProvider(model, ticks);
  const view = vscode.window.createTreeView(Views.review, { treeDataProvider: tree, showCollapseAll: true, manageCheckboxStateManually: true });
  const hints = new ReviewHints(model, indexes, ticks, vscode.Uri.joinPath(context.extensionUri, 'media'));
  const repoFiles = new RepoFilesFeeder(indexes, diagnostics, logger);
  const describe = () => {
    const { ticked, total } = tree.progress();
    view.description = total > 0 ? `${ticked}/${total}` : undefined;
    view.message = reviewViewMessage(model, indexes.folders().length > 0, isWorkspaceTrusted());
    const hasGuidelines = indexes.folders().some((e) => e.index.documents('guideline').length > 0);
    void vscode.commands.executeCommand('setContext', ContextKeys.hasGuidelines, hasGuidelines);
  };
  const disposables: vscode.Disposable[] = [
    baseChoices,
    ticks,
    model,
    tree,
    view,
    hints,
    repoFiles,
    view.onDidChangeCheckboxState(async (e) => {
      for (const [node, state] of e.items) {
        if (node.type !== 'item') continue;
        await tree.setTicked(node.scope, node.applicable.guideline, node.item, state === vscode.TreeItemCheckboxState.Checked);
      }
    }),
    model.onDidChange(describe),
    ticks.onDidChange(describe),
    indexes.onDidChange((c) => c.kinds.has('guideline') && describe()),
    ...registerReviewCommands({ indexes, model, tree, ticks, baseChoices }),
  ];
  describe();
  // Git runs what a repository configures (hooks, filters): not before the user trusts it.
  disposables.push(whenTrusted(() => {
    void model.start().catch((err) => logger.error(`review: could not connect to Git: ${err instanceof Error ? err.message : String(err)}`));
  }));
  return { review: { model, tree, view, ticks, hints, repoFiles }, disposables };
}
