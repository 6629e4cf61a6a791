import * as vscode from 'vscode';
import type { ChangeGovernance } from '../../../core/governance/changeGovernance';
import { decisionState, riskState } from '../../../core/governance/governanceText';
import { plural } from '../../../core/text/plural';
import type { FolderEntry } from '../../workspace/workspaceIndexes';
import { recordTooltip, statusIcon } from '../decisions/decisionPresentation';
import { riskIcon, riskTooltip } from '../risks/riskPresentation';
import type { ChangeDecision, ChangeRisk } from './reviewNodes';

/**
 * The Review Checklist's "Decisions" and "Risks" sections: what governs the change beside
 * its guidelines. Each entry opens its record or its place in the register.
 */

/** Flags a reviewer should not miss: a decision that no longer holds, or does not hold yet. */
const WARNING_FLAGS = new Set(['superseded', 'deprecated', 'rejected']);

export function decisionsTreeItem(governance: ChangeGovernance): vscode.TreeItem {
  const { decisions } = governance;
  const item = new vscode.TreeItem('Decisions', vscode.TreeItemCollapsibleState.Expanded);
  const retired = decisions.filter((d) => d.flag && WARNING_FLAGS.has(d.flag)).length;
  const proposed = decisions.filter((d) => d.flag === 'proposed' || d.flag === 'draft').length;
  item.description = [String(decisions.length), retired ? `${retired} no longer ${retired === 1 ? 'holds' : 'hold'}` : undefined, proposed ? `${proposed} proposed` : undefined].filter(Boolean).join(' · ');
  item.tooltip = 'Decision records governing the changed files: their applies-to selects the file, or a comment in it mentions them';
  item.iconPath = new vscode.ThemeIcon('law');
  item.contextValue = 'reviewDecisions';
  return item;
}

export function decisionTreeItem(entry: FolderEntry, d: ChangeDecision): vscode.TreeItem {
  const { record } = d;
  const item = new vscode.TreeItem(`${record.id}${record.title ? ` ${record.title.value}` : ''}`, vscode.TreeItemCollapsibleState.None);
  const via = d.via.includes('applies-to') ? plural(d.files.length, 'file') : `mentioned in ${plural(d.files.length, 'file')}`;
  item.description = `${decisionState(d)} · ${via}`;
  const tooltip = recordTooltip(record, d.successor, []);
  tooltip.appendMarkdown(`\n\nGoverns in this change: ${d.files.map((f) => `\`${f}\``).join(', ')}`);
  item.tooltip = tooltip;
  item.iconPath = d.flag && WARNING_FLAGS.has(d.flag) ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : statusIcon(record, false);
  item.contextValue = 'reviewDecision';
  const line = record.heading?.line.range.start.line ?? 0;
  item.command = { command: 'vscode.open', title: 'Open Decision', arguments: [entry.fs.uri(record.path), { selection: new vscode.Range(line, 0, line, 0) }] };
  item.accessibilityInformation = { label: `${record.id} ${record.title?.value ?? ''}, ${decisionState(d)}, governs ${plural(d.files.length, 'changed file')}` };
  return item;
}

export function risksTreeItem(governance: ChangeGovernance): vscode.TreeItem {
  const { risks } = governance;
  const item = new vscode.TreeItem('Risks', vscode.TreeItemCollapsibleState.Expanded);
  const overdue = risks.filter((r) => r.risk.overdue).length;
  item.description = [String(risks.length), overdue ? `${overdue} overdue` : undefined].filter(Boolean).join(' · ');
  item.tooltip = 'Open risks whose related paths name changed files';
  item.iconPath = new vscode.ThemeIcon('flame');
  item.contextValue = 'reviewRisks';
  return item;
}

export function riskTreeItem(entry: FolderEntry, r: ChangeRisk): vscode.TreeItem {
  const { risk, register } = r;
  const item = new vscode.TreeItem(`${risk.id ?? `Risk #${risk.index + 1}`}${risk.title ? ` ${risk.title}` : ''}`, vscode.TreeItemCollapsibleState.None);
  item.description = [riskState(r), risk.owner?.name ?? risk.owner?.text ?? 'no owner', plural(r.files.length, 'file')].join(' · ');
  const tooltip = riskTooltip(register, risk, register.asOf);
  tooltip.appendMarkdown(`\n\nTouched in this change: ${r.files.map((f) => `\`${f}\``).join(', ')}`);
  item.tooltip = tooltip;
  item.iconPath = riskIcon(risk);
  item.contextValue = 'reviewRisk';
  const line = risk.anchor.start.line;
  item.command = { command: 'vscode.open', title: 'Open Risk', arguments: [entry.fs.uri(register.path), { selection: new vscode.Range(line, 0, line, 0) }] };
  return item;
}
