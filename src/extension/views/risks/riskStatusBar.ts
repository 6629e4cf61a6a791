import * as vscode from 'vscode';
import { systemClock } from '../../../core/host';
import { isOverdue } from '../../../core/risk/timeline';
import { Views } from '../../ids';
import type { RisksTreeProvider } from './risksTree';
import { statusBarTooltip } from './riskText';

/**
 * "$(shield) 2 critical/high · 1 overdue" in the status bar; click focuses the Risks view.
 * Counts what the view shows: only the user's risks while Show Only My Risks is on.
 * Hidden when there is nothing open to count.
 */
export function createRiskStatusBar(tree: RisksTreeProvider): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('techlead.risks', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Tech Lead: Risks';
  item.command = `${Views.risks}.focus`;
  const update = () => {
    const counts = { open: 0, high: 0, overdue: 0 };
    const today = systemClock.today();
    for (const { item: { risk } } of tree.allItems()) {
      if (risk.effectiveStatus === 'closed' || !tree.shows(risk)) continue;
      counts.open++;
      if (risk.band === 'critical' || risk.band === 'high') counts.high++;
      if (isOverdue(risk, today)) counts.overdue++;
    }
    if (counts.open === 0 && !tree.mineOnly) {
      item.hide();
      return;
    }
    const mine = tree.mineOnly ? ' (mine)' : '';
    item.text = `$(shield) ${counts.high} critical/high${mine}${counts.overdue ? ` · $(warning) ${counts.overdue} overdue` : ''}`;
    item.tooltip = statusBarTooltip(counts, tree.mineOnly);
    item.backgroundColor = counts.overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  // The tree changes with the index, the diagnostics and the owner filter: all the status bar counts.
  const sub = tree.onDidChangeTreeData(update);
  update();
  return vscode.Disposable.from(item, sub);
}
