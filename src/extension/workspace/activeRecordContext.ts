import * as vscode from 'vscode';
import { ContextKeys } from '../ids';
import type { WorkspaceIndexes } from './workspaceIndexes';

/**
 * Keeps the context key that says whether the active editor shows a decision record, so
 * the editor's title bar and context menu offer record commands only on records. Set
 * when the active editor changes and when the index changes (a file becomes a record,
 * or stops being one); only a change of the value reaches VS Code.
 */
export function trackActiveRecord(indexes: WorkspaceIndexes): vscode.Disposable {
  let current: boolean | undefined;
  const update = () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const hit = uri && indexes.entryFor(uri);
    const isRecord = !!hit && hit.entry.index.get(hit.path)?.kind === 'decision';
    if (isRecord === current) return;
    current = isRecord;
    void vscode.commands.executeCommand('setContext', ContextKeys.activeEditorIsDecision, isRecord);
  };
  update();
  return vscode.Disposable.from(vscode.window.onDidChangeActiveTextEditor(update), indexes.onDidChange(update));
}
