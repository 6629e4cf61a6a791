import * as vscode from 'vscode';

/**
 * Schemes whose documents show a version of a workspace file and keep that file's path
 * in the URI's path: the Git extension's `git:` (Source Control, timeline, Review
 * Checklist), and the GitHub Pull Requests extension's `pr:` (a pull request's files
 * before checkout) and `review:` (its base side after checkout; the modified side is
 * then the `file:` itself).
 */
const VERSION_SCHEMES = new Set(['git', 'pr', 'review']);

/** The workspace file a document shows a version of: itself for `file:`, else by scheme. */
export function workingFileOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme === 'file') return uri;
  if (!VERSION_SCHEMES.has(uri.scheme)) return undefined;
  return vscode.Uri.from({ scheme: 'file', path: uri.path });
}

/**
 * The original side of every open diff editor, by its modified side's URI: the diff a
 * reviewer is looking at decides which lines count as added there.
 */
export function openDiffs(): Map<string, vscode.Uri> {
  const diffs = new Map<string, vscode.Uri>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (tab.input instanceof vscode.TabInputTextDiff) diffs.set(tab.input.modified.toString(), tab.input.original);
    }
  }
  return diffs;
}

/**
 * Whether `editor` is the modified side of a diff editor (not the same file in a plain
 * editor): the active tab of its group is a diff of its document. The sides of a diff
 * editor may have no view column; then any group showing such a diff counts.
 */
export function isInDiffEditor(editor: vscode.TextEditor): boolean {
  const uri = editor.document.uri.toString();
  return vscode.window.tabGroups.all.some((g) => {
    const input = g.activeTab?.input;
    return input instanceof vscode.TabInputTextDiff && input.modified.toString() === uri && (editor.viewColumn === undefined || editor.viewColumn === g.viewColumn);
  });
}
