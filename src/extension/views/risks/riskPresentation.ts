import * as vscode from 'vscode';
import type { Risk, RiskBand, RiskRegister } from '../../../core/risk/model';
import { isOverdue, isReviewOverdue } from '../../../core/risk/timeline';
import { escapeMarkdown } from '../../../core/text/markdown';

/** Overdue flags against today's date (a register parsed yesterday must still turn overdue at midnight). */
export function overdueState(risk: Risk, today: string): { overdue: boolean; reviewOverdue: boolean } {
  return { overdue: isOverdue(risk, today), reviewOverdue: isReviewOverdue(risk, today) };
}

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

export function riskLabel(risk: Risk): string {
  return [risk.id, risk.title].filter(Boolean).join(' ') || `Risk #${risk.index + 1}`;
}

/** "score 15 · Dana Lee · due 2026-12-15": the facts a tech lead scans for. */
export function riskDescription(risk: Risk, today: string): string {
  const parts: string[] = [];
  const state = overdueState(risk, today);
  if (state.overdue) parts.push('OVERDUE');
  else if (state.reviewOverdue) parts.push('review due');
  parts.push(risk.score !== undefined ? `score ${risk.score}` : 'not scored');
  parts.push(risk.owner?.name ?? risk.owner?.text ?? 'no owner');
  if (risk.effectiveStatus === 'closed') parts.push('closed');
  else parts.push(risk.due ? `due ${risk.due}` : 'no due date');
  return parts.join(' · ');
}

export function riskTooltip(register: RiskRegister, risk: Risk, today: string): vscode.MarkdownString {
  const state = overdueState(risk, today);
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escapeMarkdown(riskLabel(risk))}**\n\n`);
  const facts = [
    `Status: ${risk.status ?? 'open (not stated)'}`,
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
  return md;
}
