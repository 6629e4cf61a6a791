import type { RiskBand } from '../model';
import { bandOf } from '../scales';
import type { HeatMap } from './heatMap';
import type { RiskRow } from './listRisks';
import { rowLabel, type ReportSummary } from './summary';
import { escapeHtml } from '../../text/html';
import { plural } from '../../text/plural';

const BAND_COLOURS: Readonly<Record<RiskBand, string>> = { critical: '#c62828', high: '#ef6c00', medium: '#f9a825', low: '#2e7d32' };

/** A standalone page: inline styles only, no scripts (the CSP forbids them), every text escaped. */
export function renderHtml(rows: readonly RiskRow[], s: ReportSummary): string {
  const statuses = [...s.byStatus].filter(([, n]) => n > 0).map(([status, n]) => `${n} ${status}`).join(', ');
  const attention = [
    ...s.overdue.map((r) => `<li><strong>Overdue</strong>: ${escapeHtml(rowLabel(r))} (due ${escapeHtml(r.due)}, ${escapeHtml(r.owner ?? 'no owner')})</li>`),
    ...s.reviewOverdue.map((r) => `<li><strong>Review overdue</strong>: ${escapeHtml(rowLabel(r))} (next review was ${escapeHtml(r.nextReview)}, ${escapeHtml(r.owner ?? 'no owner')})</li>`),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(s.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
table.heat td { width: 7rem; height: 3rem; text-align: center; color: #fff; font-weight: 600; }
table.heat td small { display: block; font-weight: 400; }
.band { display: inline-block; padding: 0 0.4rem; border-radius: 0.3rem; color: #fff; }
.late { color: #c62828; font-weight: 600; }
</style>
</head>
<body>
<h1>${escapeHtml(s.title)}</h1>
<p>As of ${escapeHtml(s.today)}: ${plural(s.total, 'risk')}${statuses ? ` (${escapeHtml(statuses)})` : ''}.</p>
${heatTable('Heat map (inherent)', s.inherent, s)}
${heatTable('Heat map (residual)', s.residual, s)}
<h2>Needs attention</h2>
${attention.length ? `<ul>\n${attention.join('\n')}\n</ul>` : '<p>Nothing is overdue.</p>'}
<h2>All risks</h2>
<table>
<thead><tr><th>ID</th><th>Title</th><th>Likelihood</th><th>Impact</th><th>Score</th><th>Band</th><th>Owner</th><th>Status</th><th>Due</th><th>Reviewed</th><th>File</th></tr></thead>
<tbody>
${rows.map(riskRow).join('\n')}
</tbody>
</table>
</body>
</html>
`;
}

function heatTable(title: string, map: HeatMap, s: ReportSummary): string {
  if (map.total - map.unplaced === 0) return '';
  const header = [1, 2, 3, 4, 5].map((i) => `<th>${i} ${escapeHtml(s.scales.impact[i - 1])}</th>`).join('');
  const body: string[] = [];
  for (let l = 5; l >= 1; l--) {
    const cells = map.cells[l - 1]!.map((c) => {
      const band = bandOf(c.likelihood * c.impact, s.scales.bands)!;
      const ids = c.ids.length ? `<small>${escapeHtml(c.ids.join(', '))}</small>` : '';
      return `<td style="background:${BAND_COLOURS[band]}" title="${escapeHtml(`${band}: ${plural(c.count, 'risk')}`)}">${c.count || ''}${ids}</td>`;
    });
    body.push(`<tr><th>${l} ${escapeHtml(s.scales.likelihood[l - 1])}</th>${cells.join('')}</tr>`);
  }
  const note = map.unplaced ? `<p>${map.unplaced} open risk${map.unplaced === 1 ? ' has' : 's have'} no ${map.assessment} assessment.</p>` : '';
  return `<h2>${escapeHtml(title)}</h2>
<table class="heat">
<thead><tr><th>Likelihood \\ Impact</th>${header}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
${note}`;
}

function riskRow(r: RiskRow): string {
  const band = r.band ? `<span class="band" style="background:${BAND_COLOURS[r.band]}">${escapeHtml(r.band)}</span>` : '';
  const due = r.overdue ? `<span class="late">${escapeHtml(r.due)}</span>` : escapeHtml(r.due);
  const reviewed = r.reviewOverdue ? `<span class="late">${escapeHtml(r.reviewed)}</span>` : escapeHtml(r.reviewed);
  const cells = [escapeHtml(r.id), escapeHtml(r.title), escapeHtml(r.likelihood), escapeHtml(r.impact), escapeHtml(r.score), band, escapeHtml(r.owner), escapeHtml(r.status), due, reviewed, escapeHtml(`${r.file}:${r.line}`)];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}
