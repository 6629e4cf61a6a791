import { escapeMarkdownLine } from '../text/markdown';
import { inlineCode, pathList } from '../review/markdown';
import type { ChangeGovernance } from './changeGovernance';
import type { DecisionFlag, GovernedVia } from './governance';
import { decisionLabel, riskLabel } from './governanceText';

/** The decisions and risks of a change as `techlead review --format json` writes them. Field names are a public contract. */
export interface GovernanceReport {
  readonly decisions: readonly ReviewReportDecision[];
  readonly risks: readonly ReviewReportRisk[];
}

export interface ReviewReportDecision {
  readonly id: string;
  readonly title: string | null;
  /** The status as normalised (`accepted`, `superseded`...), null when the record states none. */
  readonly status: string | null;
  /** Set for statuses a reviewer should notice: superseded, deprecated, rejected, proposed, draft. */
  readonly flag: DecisionFlag | null;
  /** The id of the record that replaced a superseded, deprecated or rejected one, when one says. */
  readonly successor: string | null;
  /** The record's own file. */
  readonly file: string;
  /** The changed files it governs. */
  readonly files: readonly string[];
  /** How: its `applies-to` selects them, or their comments mention it. */
  readonly via: readonly GovernedVia[];
  /** `ADR-0007 Use PostgreSQL (accepted)`: what people read. */
  readonly label: string;
}

export interface ReviewReportRisk {
  readonly id: string | null;
  readonly title: string | null;
  readonly band: string | null;
  readonly owner: string | null;
  readonly due: string | null;
  readonly overdue: boolean;
  readonly reviewOverdue: boolean;
  /** The register the risk is in. */
  readonly file: string;
  /** The changed files its `related` paths name. */
  readonly files: readonly string[];
  readonly label: string;
}

export function governanceReport(g: ChangeGovernance): GovernanceReport {
  return {
    decisions: g.decisions.map((d) => ({
      id: d.record.id,
      title: d.record.title?.value ?? null,
      status: d.record.status?.value ?? null,
      flag: d.flag ?? null,
      successor: d.successor?.id ?? null,
      file: d.record.path,
      files: d.files,
      via: d.via,
      label: decisionLabel(d),
    })),
    risks: g.risks.map((r) => ({
      id: r.risk.id ?? null,
      title: r.risk.title ?? null,
      band: r.risk.band ?? null,
      owner: r.risk.owner?.name ?? r.risk.owner?.text ?? null,
      due: r.risk.due ?? null,
      overdue: r.risk.overdue,
      reviewOverdue: r.risk.reviewOverdue,
      file: r.register.path,
      files: r.files,
      label: riskLabel(r),
    })),
  };
}

const FLAG_WORD: Readonly<Record<DecisionFlag, string>> = { superseded: 'Superseded', deprecated: 'Deprecated', rejected: 'Rejected', proposed: 'Proposed', draft: 'Draft' };
const MAX_FILES_LISTED = 5;

/**
 * The decisions and risks as Markdown sections, for the review report, the pull request
 * comment and the checklist's Copy as Markdown; nothing when neither governs the change.
 * @param level the heading level of the sections (`##` in the report, `###` in the checklist).
 */
export function renderGovernanceMarkdown(report: GovernanceReport, level = 2): string[] {
  const hashes = '#'.repeat(level);
  const out: string[] = [];
  if (report.decisions.length > 0) {
    out.push(`${hashes} Decisions governing this change`, '');
    for (const d of report.decisions) {
      const flag = d.flag ? `**${FLAG_WORD[d.flag]}** ` : '';
      out.push(`- ${flag}${escapeMarkdownLine(d.label)} in ${inlineCode(d.file)}: ${pathList(d.files, MAX_FILES_LISTED)}${d.via.includes('mention') && !d.via.includes('applies-to') ? ' (mentioned in a comment)' : ''}`);
    }
    out.push('');
  }
  if (report.risks.length > 0) {
    out.push(`${hashes} Risks this change touches`, '');
    for (const r of report.risks) {
      const owner = r.owner ? `, owner ${escapeMarkdownLine(r.owner)}` : ', no owner';
      const due = r.due ? `, due ${r.due}` : '';
      out.push(`- ${escapeMarkdownLine(r.label)}${owner}${due}, in ${inlineCode(r.file)}: ${pathList(r.files, MAX_FILES_LISTED)}`);
    }
    out.push('');
  }
  return out;
}

