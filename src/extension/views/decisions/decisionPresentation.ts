import * as vscode from 'vscode';
import type { AdrStatusValue, DecisionRecord } from '../../../core/adr/model';
import { recordTooltipMarkdown, type RecordProblem } from '../../../core/adr/recordPresentation';

const STATUS_ICONS: Record<AdrStatusValue, [string, string | undefined]> = {
  draft: ['edit', 'descriptionForeground'],
  proposed: ['circle-large-outline', 'charts.yellow'],
  accepted: ['pass', 'charts.green'],
  rejected: ['circle-slash', 'charts.red'],
  deprecated: ['archive', 'disabledForeground'],
  superseded: ['arrow-swap', 'disabledForeground'],
  other: ['question', undefined],
};

export const STATUS_ORDER: readonly AdrStatusValue[] = ['proposed', 'draft', 'accepted', 'superseded', 'deprecated', 'rejected', 'other'];

export function statusIcon(record: DecisionRecord, hasErrors: boolean): vscode.ThemeIcon {
  if (hasErrors) return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (!record.status) return new vscode.ThemeIcon('circle-large-outline');
  const [icon, color] = STATUS_ICONS[record.status.value];
  return new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
}

/** A record's tooltip, hover and completion detail: see {@link recordTooltipMarkdown}. */
export function recordTooltip(record: DecisionRecord, successor: DecisionRecord | undefined, problems: readonly RecordProblem[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(recordTooltipMarkdown(record, successor, problems), true);
  md.supportThemeIcons = true;
  return md;
}
