import * as vscode from 'vscode';
import type { Risk, RiskBand, RiskRegister } from '../../../core/risk/model';
import { escapeMarkdown } from '../../../core/text/markdown';
import { overdueState, riskLabel } from './riskText';

/** How the Risks view groups risks; remembered per workspace. */
export type RiskGrouping = 'band' | 'owner' | 'status' | 'category';

export const RISK_GROUPINGS: readonly { value: RiskGrouping; label: string; detail: string }[] = [
  { value: 'band', label: 'Group by Severity', detail: 'Critical, high, medium, low (score bands)' },
  { value: 'owner', label: 'Group by Owner', detail: 'One group per owner; unowned risks first' },
  { value: 'status', label: 'Group by Status', detail: 'Open, mitigating, occurred, accepted, closed' },
  { value: 'category', label: 'Group by Category', detail: 'availability, security, …' },
];

export const BAND_ORDER: readonly (RiskBand | 'unscored')[] = ['critical', 'high', 'medium', 'low', 'unscored'];
export const BAND_LABELS: Record<RiskBand | 'unscored', string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', unscored: 'Not scored' };
export const STATUS_ORDER = ['open', 'mitigating', 'occurred', 'accepted', 'closed'] as const;

/** Theme colours per band, so the icons follow the user's theme. */
const BAND_COLORS: Record<RiskBand, string> = {
  critical: 'charts.red',
  high: 'charts.orange',
  medium: 'charts.yellow',
  low: 'charts.green',
};

export function riskIcon(risk: Risk): vscode.ThemeIcon {
  if (risk.effectiveStatus === 'closed') return new vscode.ThemeIcon('pass', new vscode.ThemeColor('disabledForeground'));
  if (!risk.band) return new vscode.ThemeIcon('circle-large-outline');
  const icon = risk.band === 'critical' ? 'flame' : risk.band === 'high' ? 'warning' : 'circle-filled';
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(BAND_COLORS[risk.band]));
}

export function riskTooltip(register: RiskRegister, risk: Risk, today: string): vscode.MarkdownString {
  const state = overdueState(risk, today);
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escapeMarkdown(riskLabel(risk))}**\n\n`);
  const facts = [
    `Status: ${risk.status ?? 'open (not stated)'}${risk.statusText && risk.statusText.toLowerCase() !== risk.status ? ` (written "${risk.statusText}")` : ''}`,
    `Likelihood × impact: ${risk.likelihood ?? '?'} × ${risk.impact ?? '?'} = ${risk.score ?? '?'}${risk.band ? ` (${risk.band})` : ''}`,
    risk.residual?.score !== undefined ? `Residual: ${risk.residual.likelihood} × ${risk.residual.impact} = ${risk.residual.score}` : undefined,
    `Owner: ${risk.owner?.text ?? '—'}`,
    `Due: ${risk.due ?? '—'}${state.overdue ? ' (overdue)' : ''}`,
    `Reviewed: ${risk.reviewed ?? 'never'}${risk.nextReview ? `, next review ${risk.nextReview}${state.reviewOverdue ? ' (overdue)' : ''}` : ''}`,
    risk.category ? `Category: ${risk.category}` : undefined,
  ].filter((x): x is string => !!x);
  md.appendMarkdown(facts.map(escapeMarkdown).join('  \n'));
  if (risk.mitigation) md.appendMarkdown(`\n\n**Mitigation:** ${escapeMarkdown(risk.mitigation)}`);
  if (risk.resolution) md.appendMarkdown(`\n\n**Resolution:** ${escapeMarkdown(risk.resolution)}`);
  md.appendMarkdown(`\n\n*${escapeMarkdown(register.path)}*`);
  if (register.readOnlyReason) md.appendMarkdown(`\n\n$(lock) Read-only: ${escapeMarkdown(register.readOnlyReason)}`);
  return md;
}
