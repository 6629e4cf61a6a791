import * as vscode from 'vscode';
import type { ApplicableGuideline } from '../../../core/review/matchGuidelines';
import { isTicked, type ChecklistTicks } from '../../../core/review/ticks';
import type { FolderEntry } from '../../workspace/workspaceIndexes';

const SEVERITY_LABEL = { blocker: 'Blocker', warning: 'Warning', info: 'Info' } as const;
/** The codicon a guideline's severity is shown with, in hovers and CodeLens titles. */
export const SEVERITY_CODICON = { blocker: '$(error)', warning: '$(warning)', info: '$(info)' } as const;

/**
 * A guideline as a reviewer reads it in a hover: id, title and severity, why it exists,
 * the items with their ticks, and a link that opens it at its checklist.
 */
export function guidelineHover(entry: FolderEntry, { guideline }: ApplicableGuideline, ticks: ChecklistTicks): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  const at = guideline.checklist[0]?.range.start.line ?? 0;
  const link = entry.fs.uri(guideline.path).with({ fragment: `L${at + 1}` });
  md.appendMarkdown(`${SEVERITY_CODICON[guideline.severity]} **${escape(`${guideline.id}: ${guideline.title}`)}** · ${SEVERITY_LABEL[guideline.severity]}\n\n`);
  // The rationale and items are the team's own Markdown; links in them cannot run commands (not trusted).
  if (guideline.rationale.trim()) md.appendMarkdown(`${guideline.rationale.trim()}\n\n`);
  for (const item of guideline.checklist) md.appendMarkdown(`- ${isTicked(guideline, item, ticks) ? '☑' : '☐'} ${item.text}\n`);
  md.appendMarkdown(`\n[Open guideline ${escape(guideline.id)}](${link.toString()})`);
  return md;
}

/** Progress of a guideline's items, as the checklist view counts it: "0/3". */
export function progressOf({ guideline }: ApplicableGuideline, ticks: ChecklistTicks): string {
  return `${guideline.checklist.filter((i) => isTicked(guideline, i, ticks)).length}/${guideline.checklist.length}`;
}

/** Characters that would end the bold header or start a link or code span, as text. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}
