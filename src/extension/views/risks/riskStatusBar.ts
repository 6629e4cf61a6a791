import * as vscode from 'vscode';
import { systemClock } from '../../../core/host';
import { isOverdue } from '../../../core/risk/timeline';
import { Views } from '../../ids';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';

/**
 * "$(shield) 2 critical/high · 1 overdue" in the status bar; click focuses the Risks view.
 * Hidden when the workspace has no risks.
 */
export function createRiskStatusBar(indexes: WorkspaceIndexes): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('techlead.risks', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Tech Lead: Risks';
  item.command = `${Views.risks}.focus`;
  const update = () => {
    let high = 0;
    let overdue = 0;
    let total = 0;
    const today = systemClock.today();
    for (const e of indexes.folders()) {
      for (const register of e.index.documents('risk')) {
        for (const risk of register.risks) {
          if (risk.effectiveStatus === 'closed') continue;
          total++;
          if (risk.band === 'critical' || risk.band === 'high') high++;
          if (isOverdue(risk, today)) overdue++;
        }
      }
    }
    if (total === 0) {
      item.hide();
      return;
    }
    item.text = `$(shield) ${high} critical/high${overdue ? ` · $(warning) ${overdue} overdue` : ''}`;
    item.tooltip = `${total} open risks: ${high} critical or high, ${overdue} past their due date. Click to review them.`;
    item.backgroundColor = overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  const sub = indexes.onDidChange((c) => c.kinds.has('risk') && update());
  update();
  return vscode.Disposable.from(item, sub);
}
