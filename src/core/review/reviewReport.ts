import { ownersOfChange, type Codeowners } from '../guidelines/codeowners';
import type { GuidelineSeverity } from '../guidelines/model';
import type { ChangedFile } from './changeSet';
import type { ApplicableGuideline } from './matchGuidelines';
import { escapeMarkdownLine } from '../text/markdown';
import { inlineCode, pathList } from './markdown';
import { isTicked, type ChecklistTicks } from './ticks';
import { plural } from '../text/plural';
import { governanceReport, renderGovernanceMarkdown, type ReviewReportDecision, type ReviewReportRisk } from '../governance/governanceReport';
import type { ChangeGovernance } from '../governance/changeGovernance';

/** The CLI's `techlead review --json` output. Field names are a public contract. */
export interface ReviewReport {
  /** The ref the change was compared against, when known. */
  readonly base: string | null;
  /** Every changed path. */
  readonly files: readonly string[];
  readonly guidelines: readonly ReviewReportGuideline[];
  /** The decisions governing the changed files (applies-to, or mentioned in their comments). */
  readonly decisions: readonly ReviewReportDecision[];
  /** The open risks whose related paths name changed files. */
  readonly risks: readonly ReviewReportRisk[];
  /** "Also ask": CODEOWNERS owners of the changed files, when the repository has the file. */
  readonly alsoAsk?: readonly { readonly owner: string; readonly files: readonly string[] }[];
}

export interface ReviewReportGuideline {
  readonly id: string;
  readonly title: string;
  readonly severity: GuidelineSeverity;
  /** The guideline's own file. */
  readonly file: string;
  /** The changed files it applies to. */
  readonly files: readonly string[];
  readonly items: readonly { readonly key: string; readonly text: string; readonly checked: boolean }[];
  readonly hints: readonly { readonly file: string; readonly line: number; readonly guideline: string; readonly text: string }[];
  /** Patterns that were not run, a time budget that ran out: why hints may be missing. */
  readonly notes: readonly string[];
}

export interface ReviewReportInput {
  readonly base?: string;
  readonly changes: readonly ChangedFile[];
  readonly applicable: readonly ApplicableGuideline[];
  readonly ticks?: ChecklistTicks;
  readonly codeowners?: Codeowners;
  readonly governance?: ChangeGovernance;
}

export function reviewReport(input: ReviewReportInput): ReviewReport {
  const files = input.changes.map((c) => c.path);
  return {
    base: input.base ?? null,
    files,
    guidelines: input.applicable.map(({ guideline, files: matched, hints, notes }) => ({
      id: guideline.id,
      title: guideline.title,
      severity: guideline.severity,
      file: guideline.path,
      files: matched.map((f) => f.path),
      items: guideline.checklist.map((item) => ({ key: item.key, text: item.text, checked: isTicked(guideline, item, input.ticks) })),
      hints: hints.map((h) => ({ file: h.file, line: h.line, guideline: h.guideline, text: h.text })),
      notes,
    })),
    ...governanceReport(input.governance ?? { decisions: [], risks: [] }),
    ...(input.codeowners ? { alsoAsk: ownersOfChange(input.codeowners, files) } : {}),
  };
}

const SEVERITY_HEADING = { blocker: 'Blocker', warning: 'Warning', info: 'Info' } as const;
/** Hints listed per guideline before the rest are counted; a review is read by people. */
const MAX_HINTS_LISTED = 20;
const MAX_FILES_LISTED = 10;

/** The report for people: what applies, why (files, hints) and what to tick. */
export function renderReviewReportMarkdown(report: ReviewReport): string {
  const out: string[] = ['# Review guidelines for this change', ''];
  const summary = [report.base ? `Compared with ${inlineCode(report.base)}` : undefined, plural(report.files.length, 'changed file'), `${plural(report.guidelines.length, 'guideline')} ${report.guidelines.length === 1 ? 'applies' : 'apply'}`];
  out.push(summary.filter(Boolean).join(' · '), '');
  if (report.guidelines.length === 0) out.push('No review guidelines apply to this change.', '');
  for (const g of report.guidelines) {
    out.push(`## ${SEVERITY_HEADING[g.severity]}: ${escapeMarkdownLine(g.id)} ${escapeMarkdownLine(g.title)}`, '');
    out.push(`Defined in ${inlineCode(g.file)}. Applies to ${plural(g.files.length, 'file')}: ${pathList(g.files, MAX_FILES_LISTED)}.`, '');
    for (const item of g.items) out.push(`- [${item.checked ? 'x' : ' '}] ${item.text}`);
    if (g.items.length > 0) out.push('');
    if (g.hints.length > 0) {
      out.push('Lines to look at:', '');
      for (const h of g.hints.slice(0, MAX_HINTS_LISTED)) out.push(`- ${inlineCode(`${h.file}:${h.line}`)} ${inlineCode(h.text.trim())}`);
      if (g.hints.length > MAX_HINTS_LISTED) out.push(`- and ${g.hints.length - MAX_HINTS_LISTED} more`);
      out.push('');
    }
    for (const note of g.notes) out.push(`> ${escapeMarkdownLine(note)}`, '');
  }
  out.push(...renderGovernanceMarkdown(report));
  if (report.alsoAsk && report.alsoAsk.length > 0) {
    out.push('## Also ask', '');
    for (const { owner, files } of report.alsoAsk) out.push(`- ${escapeMarkdownLine(owner)} (owns ${pathList(files, 3)})`);
    out.push('');
  }
  return out.join('\n');
}
