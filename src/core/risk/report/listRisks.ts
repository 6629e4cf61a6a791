import type { RiskBand, RiskRegister, RiskStatus } from '../model';
import { isOverdue, isReviewOverdue } from '../timeline';

/** One risk as the CLI prints it (`techlead risks --json`) and as reports read it. Missing values are `null`. */
export interface RiskRow {
  readonly file: string;
  /** 1-based line of the risk's id (or first line). */
  readonly line: number;
  readonly id: string | null;
  readonly title: string | null;
  readonly category: string | null;
  readonly likelihood: number | null;
  readonly impact: number | null;
  /** How many levels the register's likelihood and impact scales have (5 in our format; 3 or 4 in some other styles). */
  readonly levels: { readonly likelihood: number; readonly impact: number };
  readonly score: number | null;
  readonly band: RiskBand | null;
  readonly residual: { readonly likelihood: number | null; readonly impact: number | null; readonly score: number | null; readonly band: RiskBand | null } | null;
  /** As written, such as `Dana Lee <dana@example.com>`. */
  readonly owner: string | null;
  readonly ownerName: string | null;
  readonly ownerEmail: string | null;
  /** What the written status means, or `open` when none is written. */
  readonly status: RiskStatus;
  /** The status as written (`Monitoring`, `In progress`), null when none is written. */
  readonly statusText: string | null;
  readonly due: string | null;
  readonly reviewed: string | null;
  readonly nextReview: string | null;
  /** Against the `today` given to {@link listRisks}. */
  readonly overdue: boolean;
  readonly reviewOverdue: boolean;
  readonly related: readonly string[];
}

export interface RiskFilter {
  /** `due`: past the due date; `review`: review overdue; `true`: either. */
  readonly overdue?: boolean | 'due' | 'review';
  /** Case-insensitive part of the owner's name or email. */
  readonly owner?: string;
  readonly status?: readonly RiskStatus[];
}

/** The risks of the given registers as rows, in register then file order, filtered. */
export function listRisks(registers: readonly RiskRegister[], today: string, filter: RiskFilter = {}): RiskRow[] {
  const owner = filter.owner?.trim().toLowerCase();
  const rows: RiskRow[] = [];
  for (const register of registers) {
    for (const risk of register.risks) {
      const overdue = isOverdue(risk, today);
      const reviewOverdue = isReviewOverdue(risk, today);
      if (filter.overdue === true && !overdue && !reviewOverdue) continue;
      if (filter.overdue === 'due' && !overdue) continue;
      if (filter.overdue === 'review' && !reviewOverdue) continue;
      if (owner && !(risk.owner?.text.toLowerCase().includes(owner) ?? false)) continue;
      if (filter.status && !filter.status.includes(risk.effectiveStatus)) continue;
      const r = risk.residual;
      rows.push({
        file: register.path,
        line: risk.anchor.start.line + 1,
        id: risk.id ?? null,
        title: risk.title ?? null,
        category: risk.category ?? null,
        likelihood: risk.likelihood ?? null,
        impact: risk.impact ?? null,
        levels: { likelihood: register.scales.likelihood.length, impact: register.scales.impact.length },
        score: risk.score ?? null,
        band: risk.band ?? null,
        residual: r ? { likelihood: r.likelihood ?? null, impact: r.impact ?? null, score: r.score ?? null, band: r.band ?? null } : null,
        owner: risk.owner?.text ?? null,
        ownerName: risk.owner?.name ?? null,
        ownerEmail: risk.owner?.email ?? null,
        status: risk.effectiveStatus,
        statusText: risk.statusText ?? null,
        due: risk.due ?? null,
        reviewed: risk.reviewed ?? null,
        nextReview: risk.nextReview ?? null,
        overdue,
        reviewOverdue,
        related: risk.related.map((ref) => ref.text),
      });
    }
  }
  return rows;
}
