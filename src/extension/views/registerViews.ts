import * as vscode from 'vscode';
import { Views } from '../ids';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { KindDocumentsTree } from './kindDocumentsTree';

export function registerViews(_context: vscode.ExtensionContext, indexes: WorkspaceIndexes): vscode.Disposable[] {
  const disposables: vscode.Disposable[] = [];
  for (const [viewId, kind] of [[Views.decisions, 'decision'], [Views.risks, 'risk'], [Views.review, 'guideline']] as const) {
    const provider = new KindDocumentsTree(indexes, kind);
    disposables.push(provider, vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: true }));
  }
  return disposables;
}
