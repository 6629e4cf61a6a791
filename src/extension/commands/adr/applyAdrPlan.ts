import * as vscode from 'vscode';
import { CancelledError } from '../../../core/host';
import type { FileChange } from '../../../core/model/findings';
import type { AdrPlan } from '../../../core/adr/write';
import { applyChanges } from '../../edits/applyChanges';
import type { AdrFolder } from './adrTargets';

/**
 * What an ADR command returns to its caller (`executeCommand` resolves to it): the files
 * it created or changed, relative to the workspace folder; empty when everything already
 * was as asked. `undefined` instead means it was cancelled or refused.
 */
export interface AdrCommandResult {
  readonly paths: readonly string[];
}

/**
 * Applies a plan as one undoable WorkspaceEdit, or shows why there is none. The index is
 * brought up to date for the changed files at once, so the view and the next command see
 * the result without waiting for the file watcher.
 */
export async function applyAdrPlan(folder: AdrFolder, plan: AdrPlan, what: string): Promise<AdrCommandResult | undefined> {
  if (!plan.ok) {
    void vscode.window.showErrorMessage(`${what}: ${plan.error}`);
    return undefined;
  }
  if (plan.changes.length === 0) return { paths: [] };
  if (!(await applyChanges(folder.entry.fs, plan.changes, what))) return undefined;
  const paths = [...new Set(plan.changes.map(changedPath))];
  for (const path of paths) await updateIndex(folder, path);
  return { paths };
}

/** A new record folder makes the update a rebuild, which a watcher's rebuild may cancel; the newer one has the change too. */
async function updateIndex(folder: AdrFolder, path: string): Promise<void> {
  try {
    await folder.entry.index.update(path);
  } catch (err) {
    if (!(err instanceof CancelledError)) throw err;
  }
}

function changedPath(change: FileChange): string {
  return change.type === 'rename' ? change.to : change.path;
}

/**
 * Opens a file of the folder with `start`..`end` (UTF-16 offsets of its text) selected, or
 * the caret at `start`: where the author starts writing.
 */
export async function openWithSelection(folder: AdrFolder, path: string, start: number, end = start): Promise<void> {
  const document = await vscode.workspace.openTextDocument(folder.entry.fs.uri(path));
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(document.positionAt(start), document.positionAt(end)), preview: false });
}
