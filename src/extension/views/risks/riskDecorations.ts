import * as vscode from 'vscode';

/** URI scheme of the risk items' `resourceUri`: it only carries decoration state. */
export const RISK_DECORATION_SCHEME = 'techlead-risk';

/** A resource URI for a risk item whose query says which badge it gets. */
export function riskDecorationUri(folder: vscode.WorkspaceFolder, registerPath: string, riskKey: string, state: { overdue: boolean; reviewOverdue: boolean }): vscode.Uri {
  const flag = state.overdue ? 'overdue' : state.reviewOverdue ? 'review' : 'ok';
  return vscode.Uri.from({ scheme: RISK_DECORATION_SCHEME, path: `/${folder.index}/${registerPath}/${riskKey}`, query: flag });
}

/** Badges overdue risks ("!", red) and risks whose review is overdue ("R", yellow). */
export class RiskDecorationProvider implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== RISK_DECORATION_SCHEME) return undefined;
    if (uri.query === 'overdue') return new vscode.FileDecoration('!', 'Due date has passed', new vscode.ThemeColor('list.errorForeground'));
    if (uri.query === 'review') return new vscode.FileDecoration('R', 'Review is overdue', new vscode.ThemeColor('list.warningForeground'));
    return undefined;
  }
}
