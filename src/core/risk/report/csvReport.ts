import type { RiskRow } from './listRisks';

const COLUMNS: readonly [header: string, value: (r: RiskRow) => string | number | boolean | null][] = [
  ['file', (r) => r.file],
  ['line', (r) => r.line],
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['category', (r) => r.category],
  ['likelihood', (r) => r.likelihood],
  ['impact', (r) => r.impact],
  ['score', (r) => r.score],
  ['band', (r) => r.band],
  ['residual_likelihood', (r) => r.residual?.likelihood ?? null],
  ['residual_impact', (r) => r.residual?.impact ?? null],
  ['residual_score', (r) => r.residual?.score ?? null],
  ['owner', (r) => r.owner],
  ['status', (r) => r.status],
  ['due', (r) => r.due],
  ['reviewed', (r) => r.reviewed],
  ['next_review', (r) => r.nextReview],
  ['overdue', (r) => r.overdue],
  ['review_overdue', (r) => r.reviewOverdue],
  ['related', (r) => r.related.join('; ')],
];

/** RFC 4180: CRLF line ends, a header row, fields with quotes, commas or line breaks quoted and quotes doubled. */
export function renderCsv(rows: readonly RiskRow[]): string {
  const lines = [COLUMNS.map(([h]) => h), ...rows.map((r) => COLUMNS.map(([, value]) => field(value(r))))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** Text a spreadsheet would run as a formula when the report is opened (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number | boolean | null): string {
  if (value === null) return '';
  // A register's text comes from anyone who can open a pull request: a leading quote makes a
  // spreadsheet show `=HYPERLINK(…)` as text instead of evaluating it (OWASP's advice).
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
