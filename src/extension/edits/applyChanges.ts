import * as vscode from 'vscode';
import { FileNotFoundError, NotUtf8Error } from '../../core/host';
import type { EditChange, FileChange } from '../../core/model/findings';
import { LineIndex } from '../../core/text/lineIndex';
import type { VsCodeFolderFileSystem } from '../workspace/vscodeFileSystem';

/** A planned change that would overwrite an existing file: refused, nothing changed. */
export class ChangeRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChangeRefusedError';
  }
}

/**
 * Turns planned {@link FileChange}s into one `WorkspaceEdit` on the folder's files: one
 * undo step, unsaved editor text kept (edits apply to the open document), nothing
 * overwritten. Offsets in edit changes refer to the text each was planned from, which the
 * change carries. A file whose text is no longer exactly that is refused: offsets into the
 * old text would land inside other words. That covers the user typing before the index
 * caught up, and a picker left open while the file changed and the index re-read it: the
 * index then holds the new text, so only the plan's own text tells the change apart.
 */
export async function toWorkspaceEdit(fs: VsCodeFolderFileSystem, changes: readonly FileChange[]): Promise<vscode.WorkspaceEdit> {
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
    const lines = new LineIndex(await unchangedSincePlanned(fs, change));
    const uri = fs.uri(renamedTo.get(change.path) ?? change.path);
    for (const e of change.edits) {
      const r = lines.rangeOf(e.start, e.end);
      edit.replace(uri, new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), e.newText);
    }
  }
  return edit;
}

/** The file's current text (an open editor's, saved or not), when it is still the text the edit was planned from. */
async function unchangedSincePlanned(fs: VsCodeFolderFileSystem, change: EditChange): Promise<string> {
  const current = await currentText(fs, change.path);
  if (current !== change.plannedFrom) throw new ChangeRefusedError(`${change.path} changed after it was read, so the edit could land in the wrong place; nothing was changed. Try again.`);
  return current;
}

/** The file's text now; undefined when it is gone or no longer UTF-8 text, which is a change too. */
async function currentText(fs: VsCodeFolderFileSystem, path: string): Promise<string | undefined> {
  try {
    return await fs.readText(path);
  } catch (err) {
    if (err instanceof FileNotFoundError || err instanceof NotUtf8Error) return undefined;
    throw err;
  }
}

/** Applies planned changes as one undoable edit; returns false (and tells the user) when it was refused. */
export async function applyChanges(fs: VsCodeFolderFileSystem, changes: readonly FileChange[], what: string): Promise<boolean> {
  // Nothing to change: the files already say what was asked (a risk marked reviewed twice
  // in a day). VS Code refuses an empty edit, and that is no failure to report.
  if (changes.length === 0) return true;
  let edit: vscode.WorkspaceEdit;
  try {
    edit = await toWorkspaceEdit(fs, changes);
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
