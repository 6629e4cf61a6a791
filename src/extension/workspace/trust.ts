import * as vscode from 'vscode';

/**
 * Restricted Mode: what a workspace the user has not trusted may not make the toolkit do.
 * Reading its records, registers and guidelines is always fine (they are only parsed);
 * comparing with Git and matching the repository's own guideline patterns against code
 * wait until the user trusts the workspace (see the README's "Security" section).
 */
export function isWorkspaceTrusted(): boolean {
  return vscode.workspace.isTrusted;
}

/** Runs `start` now in a trusted workspace, or once the user trusts it (trust is never taken back without a reload). */
export function whenTrusted(start: () => void): vscode.Disposable {
  if (vscode.workspace.isTrusted) {
    start();
    return new vscode.Disposable(() => undefined);
  }
  return vscode.workspace.onDidGrantWorkspaceTrust(start);
}
