import * as vscode from 'vscode';
import type { AdrStatusValue, DecisionRecord } from '../../../core/adr/model';
import { escapeMarkdown } from '../../../core/text/markdown';
import { plural } from '../../../core/text/plural';
import { contextSummaryOf } from '../../../core/adr/contextSummary';

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

export const STATUS_GROUP_LABELS: Record<AdrStatusValue | 'none', string> = {
  proposed: 'Proposed',
  draft: 'Draft',
  accepted: 'Accepted',
  superseded: 'Superseded',
  deprecated: 'Deprecated',
  rejected: 'Rejected',
  other: 'Other status',
  none: 'No status',
};

export function statusIcon(record: DecisionRecord, hasErrors: boolean): vscode.ThemeIcon {
  if (hasErrors) return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (!record.status) return new vscode.ThemeIcon('circle-large-outline');
  const [icon, color] = STATUS_ICONS[record.status.value];
  return new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
}

/** "7. Use PostgreSQL" — the number as the team writes it, then the title (or the file name). */
export function recordLabel(record: DecisionRecord): string {
  const title = record.title?.value ?? record.fileName;
  return record.number ? `${record.number.value}. ${title}` : title;
}

/** The status as written, and the date: "Accepted · 2026-01-12". */
/** @param adrFolder the record's ADR folder, shown when a workspace folder has several. */
export function recordDescription(record: DecisionRecord, successor: DecisionRecord | undefined, problemCount: number, adrFolder?: string): string {
  const parts: string[] = [];
  if (adrFolder !== undefined) parts.push(adrFolder);
  if (problemCount) parts.push(`${plural(problemCount, 'problem')}`);
  const status = record.status ? firstLine(record.status.raw) : 'no status';
  parts.push(successor ? `superseded by ${successor.number ? successor.number.value : successor.id}` : status);
  if (record.date?.value) parts.push(record.date.value);
  else if (record.date?.raw) parts.push(record.date.raw);
  return parts.join(' · ');
}

export function recordTooltip(record: DecisionRecord, successor: DecisionRecord | undefined, problems: readonly string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.supportThemeIcons = true;
  md.appendMarkdown(`**${escapeMarkdown(recordLabel(record))}**\n\n`);
  const facts: string[] = [];
  if (record.status) facts.push(`Status: ${escapeMarkdown(firstLine(record.status.raw))}`);
  if (record.date?.raw) facts.push(`Date: ${escapeMarkdown(record.date.raw)}`);
  if (record.deciders?.value.length) facts.push(`Deciders: ${escapeMarkdown(record.deciders.value.join(', '))}`);
  if (record.tags?.value.length) facts.push(`Tags: ${escapeMarkdown(record.tags.value.join(', '))}`);
  if (successor) facts.push(`Superseded by: ${escapeMarkdown(recordLabel(successor))}`);
  if (facts.length) md.appendMarkdown(`${facts.join('  \n')}\n\n`);
  const summary = contextSummaryOf(record);
  if (summary) md.appendMarkdown(`---\n\n${escapeMarkdown(summary)}\n\n`);
  for (const p of problems) md.appendMarkdown(`$(error) ${escapeMarkdown(p)}  \n`);
  md.appendMarkdown(`\n*${escapeMarkdown(record.path)}*`);
  return md;
}

function firstLine(s: string): string {
  return s.split(/\r?\n/)[0]!.trim();
}
