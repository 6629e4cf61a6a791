import * as vscode from 'vscode';
import type { Guideline, GuidelineSeverity } from '../../../core/guidelines/model';
import type { ApplicableGuideline } from '../../../core/review/matchGuidelines';
import { isTicked, type ChecklistTicks } from '../../../core/review/ticks';
import type { ReviewScope } from '../../review/reviewScope';
import { escapeMarkdown } from '../../../core/text/markdown';
import { plural } from '../../../core/text/plural';

const SEVERITY_ICON: Record<GuidelineSeverity, { icon: string; color: string }> = {
  blocker: { icon: 'error', color: 'problemsErrorIcon.foreground' },
  warning: { icon: 'warning', color: 'problemsWarningIcon.foreground' },
  info: { icon: 'info', color: 'problemsInfoIcon.foreground' },
};

export const SEVERITY_LABEL: Record<GuidelineSeverity, string> = { blocker: 'Blocker', warning: 'Warning', info: 'Info' };

/** The severity's icon, or a green check once every item is ticked. */
export function guidelineIcon(guideline: Guideline, done: boolean): vscode.ThemeIcon {
  if (done) return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  const { icon, color } = SEVERITY_ICON[guideline.severity];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
}

export interface Progress {
  readonly ticked: number;
  readonly total: number;
}

export function guidelineProgress(guideline: Guideline, ticks: ChecklistTicks): Progress {
  return { ticked: guideline.checklist.filter((item) => isTicked(guideline, item, ticks)).length, total: guideline.checklist.length };
}

/** Ticked and total items over the applicable guidelines of the scopes: the view's "5/12". */
export function reviewProgress(scopes: readonly ReviewScope[], ticksOf: (scope: ReviewScope) => ChecklistTicks): Progress {
  let ticked = 0;
  let total = 0;
  for (const scope of scopes) {
    const ticks = ticksOf(scope);
    for (const { guideline } of scope.applicable) {
      const p = guidelineProgress(guideline, ticks);
      ticked += p.ticked;
      total += p.total;
    }
  }
  return { ticked, total };
}

/** Why the guideline exists, what to check, where it applies: the guideline's hover. */
export function guidelineTooltip(applicable: ApplicableGuideline, ticks: ChecklistTicks): vscode.MarkdownString {
  const { guideline, files, notes } = applicable;
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escapeMarkdown(guideline.id)}** · ${SEVERITY_LABEL[guideline.severity]}\n\n`);
  if (guideline.rationale.trim()) md.appendMarkdown(`${guideline.rationale.trim()}\n\n`);
  for (const item of guideline.checklist) md.appendMarkdown(`- ${isTicked(guideline, item, ticks) ? '$(pass-filled)' : '$(circle-large-outline)'} ${item.text}\n`);
  md.appendMarkdown(`\nApplies to ${plural(files.length, 'changed file')} · defined in \`${guideline.path}\``);
  for (const note of notes) md.appendMarkdown(`\n\n$(warning) ${escapeMarkdown(note)}`);
  return md;
}
