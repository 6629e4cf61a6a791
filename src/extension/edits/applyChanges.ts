import * as vscode from 'vscode';
import type { FileChange } from '../../core/model/findings';
import { LineIndex } from '../../core/text/lineIndex';
import { holdsFileText } from '../../core/model/documents';
import type { FolderIndex } from '../../core/index/folderIndex';
import type { VsCodeFolderFileSystem } from '../workspace/vscodeFileSystem';

/** Where planned changes go: the folder's files, and the index whose documents they were planned from. */
export interface EditTarget {
  readonly fs: VsCodeFolderFileSystem;
  readonly index: Pick<FolderIndex, 'get'>;
  /**
   * A file the index does not hold whose edits were planned from this text: an open code
   * file linted as it was typed. Its edits are checked against this text instead.
   */
  readonly linted?: { readonly path: string; readonly text: string };
}

/** A planned change that would overwrite an existing file: refused, nothing changed. */
export class ChangeRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChangeRefusedError';
  }
}

/**
 * Turns planned {@link FileChange}s into one `WorkspaceEdit`: one undo step, unsaved
 * editor text kept (edits apply to the open document), nothing overwritten.
 * Offsets in edit changes refer to the text of the indexed document they were planned
 * from. A file whose text is no longer exactly that (the user typed since, and the index
 * has not caught up; another program changed it; it was never read) is refused: offsets
 * into the old text would land inside other words.
 */
export async function toWorkspaceEdit(target: EditTarget, changes: readonly FileChange[]): Promise<vscode.WorkspaceEdit> {
  const { fs } = target;
  const edit = new vscode.WorkspaceEdit();
  // File operations first, then text edits addressed to each file's final name: VS Code
  // may hand a code action's edit back with its file operations moved to the front, so
  // an edit must not depend on running before the rename of its file.
  const renamedTo = new Map<string, string>();
  for (const change of changes) {
    if (change.type === 'create') {
      if (await fs.stat(change.path)) throw new ChangeRefusedError(`${change.path} already exists; nothing was changed.`);
      edit.createFile(fs.uri(change.path), { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(change.content) });
    } else if (change.type === 'rename') {
      if (await fs.stat(change.to)) throw new ChangeRefusedError(`Cannot rename ${change.from} to ${change.to}: the target exists; nothing was changed.`);
      edit.renameFile(fs.uri(change.from), fs.uri(change.to), { overwrite: false });
      renamedTo.set(change.from, change.to);
    }
  }
  for (const change of changes) {
    if (change.type !== 'edit') continue;
    const lines = new LineIndex(await unchangedSincePlanned(target, change.path));
    const uri = fs.uri(renamedTo.get(change.path) ?? change.path);
    for (const e of change.edits) {
      const r = lines.rangeOf(e.start, e.end);
      edit.replace(uri, new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), e.newText);
    }
  }
  return edit;
}

/** The file's current text (an open editor's, saved or not), when it is still what the index read. */
async function unchangedSincePlanned(target: EditTarget, path: string): Promise<string> {
  const planned = target.linted?.path === path ? target.linted.text : plannedFromIndex(target, path);
  const current = await target.fs.readText(path);
  if (current !== planned) throw new ChangeRefusedError(`${path} changed after it was read, so the edit could land in the wrong place; nothing was changed. Try again.`);
  return current;
}

function plannedFromIndex(target: EditTarget, path: string): string {
  const planned = target.index.get(path);
  if (!planned || !holdsFileText(planned)) {
    throw new ChangeRefusedError(`${path} was not read (it is over the size limit, unreadable, or not indexed), so it is not edited; nothing was changed.`);
  }
  return planned.text;
}

/** Applies planned changes as one undoable edit; returns false (and tells the user) when it was refused. */
export async function applyChanges(target: EditTarget, changes: readonly FileChange[], what: string): Promise<boolean> {
  let edit: vscode.WorkspaceEdit;
  try {
    edit = await toWorkspaceEdit(target, changes);
  } catch (err) {
    void vscode.window.showErrorMessage(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
  // As a refactoring: VS Code then saves the files that had no unsaved changes (setting
  // files.refactoring.autoSave), so edits to records nobody has open do not sit unseen in
  // memory, while a user's unsaved work stays unsaved. Undo restores every file.
  const ok = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (!ok) void vscode.window.showErrorMessage(`${what}: VS Code could not apply the edit (a file may have changed meanwhile). Nothing was changed.`);
  return ok;
}
