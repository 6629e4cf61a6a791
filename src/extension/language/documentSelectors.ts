import type * as vscode from 'vscode';

/**
 * The schemes of documents that belong to a workspace: files on disk (also in remote and
 * code-server workspaces, where the extension host sees `file:`), virtual workspaces
 * (`vscode-vfs`) and new unsaved files. A selector without a scheme would also match
 * output channels, diff originals read from Git and other extensions' virtual documents,
 * and VS Code warns about it.
 */
const WORKSPACE_SCHEMES = ['file', 'vscode-vfs', 'untitled'] as const;

/** `filter` (a language, a pattern) in each workspace scheme. */
export function inWorkspaceSchemes(filter: Omit<vscode.DocumentFilter, 'scheme'>): vscode.DocumentFilter[] {
  return WORKSPACE_SCHEMES.map((scheme) => ({ ...filter, scheme }));
}
