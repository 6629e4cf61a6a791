import * as vscode from 'vscode';
import { relativePath } from '../workspace/vscodeFileSystem';

/**
 * Selects the item of the file open in the editor, when the view is visible: the tree
 * follows the editor the way the Explorer does. Never steals focus.
 */
export function revealActiveEditor<N>(view: vscode.TreeView<N>, find: (folder: vscode.WorkspaceFolder, path: string) => N | undefined): vscode.Disposable {
  const reveal = (editor: vscode.TextEditor | undefined) => {
    if (!editor || !view.visible) return;
    const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri);
    if (!folder) return;
    const path = relativePath(folder, editor.document.uri);
    const node = path === undefined ? undefined : find(folder, path);
    if (node) void view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(reveal),
    view.onDidChangeVisibility((e) => e.visible && reveal(vscode.window.activeTextEditor)),
  );
}
