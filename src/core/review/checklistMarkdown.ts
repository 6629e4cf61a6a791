import type { ApplicableGuideline } from './matchGuidelines';
import { escapeMarkdownLine } from '../text/markdown';
import { pathList } from './markdown';
import { isTicked, type ChecklistTicks } from './ticks';
import { plural } from '../text/plural';
import type { ChangeGovernance } from '../governance/changeGovernance';
import { governanceReport, renderGovernanceMarkdown } from '../governance/governanceReport';

export interface ChecklistMarkdownOptions {
  readonly heading?: string;
  /** How many changed files to name per guideline before counting the rest. */
  readonly maxFilesListed?: number;
  /** The decisions and risks governing the change, listed after the guidelines. */
  readonly governance?: ChangeGovernance;
}

/** Markers around the section, so a tool can replace it in a pull request description on the next run. */
export const CHECKLIST_START_MARKER = '<!-- techlead:review-checklist -->';
export const CHECKLIST_END_MARKER = '<!-- /techlead:review-checklist -->';

const SEVERITY_LABEL = { blocker: 'Blocker', warning: 'Warning', info: 'Info' } as const;

/**
 * The applicable guidelines as a Markdown checklist for a pull request description:
 * one section per guideline (in the order given: blockers first), the files it applies
 * to, and its items ticked as the reviewer left them.
 */
export function renderChecklistMarkdown(applicable: readonly ApplicableGuideline[], ticks: ChecklistTicks = {}, options: ChecklistMarkdownOptions = {}): string {
  const maxFiles = options.maxFilesListed ?? 5;
  const out: string[] = [CHECKLIST_START_MARKER, `## ${options.heading ?? 'Review checklist'}`, ''];
  if (applicable.length === 0) out.push('No review guidelines apply to this change.', '');
  for (const { guideline, files } of applicable) {
    out.push(`### ${escapeMarkdownLine(guideline.id)}: ${escapeMarkdownLine(guideline.title)}`);
    out.push(`**${SEVERITY_LABEL[guideline.severity]}** · ${plural(files.length, 'file')}: ${pathList(files.map((f) => f.path), maxFiles)}`, '');
    if (guideline.checklist.length === 0) out.push('_This guideline has no checklist items._');
    for (const item of guideline.checklist) out.push(`- [${isTicked(guideline, item, ticks) ? 'x' : ' '}] ${item.text.replace(/\r?\n/g, ' ')}`);
    out.push('');
  }
  if (options.governance) out.push(...renderGovernanceMarkdown(governanceReport(options.governance), 3));
  out.push(CHECKLIST_END_MARKER);
  return `${out.join('\n')}\n`;
}
