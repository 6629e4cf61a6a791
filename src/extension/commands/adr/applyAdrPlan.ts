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
  const cleanBefore = plan.changes.flatMap((c) => (c.type === 'edit' && !openDocument(folder.entry.fs.uri(c.path))?.isDirty ? [folder.entry.fs.uri(c.path)] : []));
  if (!(await applyChanges(folder.entry.fs, plan.changes, what))) return undefined;
  await saveAsAfterRefactoring(cleanBefore);
  const paths = [...new Set(plan.changes.map(changedPath))];
  for (const path of paths) await updateIndex(folder, path);
  return { paths };
}

/**
 * Supersede or Link edit records the user usually has not open; left unsaved, the changes
 * would sit in memory out of sight. Like VS Code after a refactoring (and under the same
 * setting, `files.refactoring.autoSave`), files that had no unsaved changes are saved;
 * those that had keep them for the user to save. Undo still restores every file.
 */
async function saveAsAfterRefactoring(uris: readonly vscode.Uri[]): Promise<void> {
  for (const uri of uris) {
    if (!vscode.workspace.getConfiguration('files', uri).get<boolean>('refactoring.autoSave', true)) continue;
    const document = openDocument(uri);
    if (document?.isDirty) await document.save();
  }
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
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

/** Opens a file of the folder with the caret at a UTF-16 offset of its text (where the author starts writing). */
export async function openAtOffset(folder: AdrFolder, path: string, offset: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(folder.entry.fs.uri(path));
  const caret = document.positionAt(offset);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(caret, caret), preview: false });
}
