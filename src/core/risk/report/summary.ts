import { RISK_BANDS, RISK_STATUSES, type RiskBand, type RiskScales, type RiskStatus } from '../model';
import { DEFAULT_SCALES } from '../scales';
import { heatMap, type HeatMap } from './heatMap';
import type { RiskRow } from './listRisks';

export interface ReportOptions {
  readonly title?: string;
  /** Words and bands for the heat map's axes and colours; registers may differ, so the defaults unless given. */
  readonly scales?: RiskScales;
}

/** What every report format shows, computed once. */
export interface ReportSummary {
  readonly title: string;
  readonly today: string;
  readonly scales: RiskScales;
  readonly total: number;
  /** Risks that are not closed: the heat maps show only these. */
  readonly live: readonly RiskRow[];
  readonly byStatus: ReadonlyMap<RiskStatus, number>;
  readonly byBand: ReadonlyMap<RiskBand | 'unscored', number>;
  readonly overdue: readonly RiskRow[];
  readonly reviewOverdue: readonly RiskRow[];
  readonly inherent: HeatMap;
  readonly residual: HeatMap;
}

export function summarize(rows: readonly RiskRow[], today: string, options: ReportOptions = {}): ReportSummary {
  const live = rows.filter((r) => r.status !== 'closed');
  const byStatus = new Map<RiskStatus, number>(RISK_STATUSES.map((s) => [s, 0]));
  for (const r of rows) byStatus.set(r.status, byStatus.get(r.status)! + 1);
  const byBand = new Map<RiskBand | 'unscored', number>([...RISK_BANDS, 'unscored' as const].map((b) => [b, 0]));
  for (const r of live) byBand.set(r.band ?? 'unscored', byBand.get(r.band ?? 'unscored')! + 1);
  return {
    title: options.title ?? 'Risk report',
    today,
    scales: options.scales ?? DEFAULT_SCALES,
    total: rows.length,
    live,
    byStatus,
    byBand,
    overdue: rows.filter((r) => r.overdue),
    reviewOverdue: rows.filter((r) => r.reviewOverdue),
    inherent: heatMap(live, 'inherent'),
    residual: heatMap(live, 'residual'),
  };
}

/** `RISK-001 Card-processor outage` for lists. */
export function rowLabel(row: RiskRow): string {
  return [row.id, row.title].filter(Boolean).join(' ') || `${row.file}:${row.line}`;
}
