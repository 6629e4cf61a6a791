import type { HeatMap } from './heatMap';
import type { RiskRow } from './listRisks';
import { rowLabel, type ReportSummary } from './summary';
import { plural } from '../../text/plural';

export function renderMarkdown(rows: readonly RiskRow[], s: ReportSummary): string {
  const out: string[] = [];
  out.push(`# ${inline(s.title)}`, '');
  const statuses = [...s.byStatus].filter(([, n]) => n > 0).map(([status, n]) => `${n} ${status}`);
  out.push(`As of ${s.today}: ${plural(s.total, 'risk')}${statuses.length ? ` (${statuses.join(', ')})` : ''}.`, '');
  out.push('## Open risks by band', '', '| Band | Risks |', '| --- | ---: |');
  for (const [band, n] of s.byBand) out.push(`| ${band} | ${n} |`);
  out.push('');
  out.push(...heatMapSection('Heat map (inherent)', s.inherent, s), ...heatMapSection('Heat map (residual)', s.residual, s));
  out.push('## Needs attention', '');
  if (s.overdue.length === 0 && s.reviewOverdue.length === 0) out.push('Nothing is overdue.', '');
  for (const r of s.overdue) out.push(`- **Overdue**: ${inline(rowLabel(r))} (due ${r.due}, ${inline(r.owner ?? 'no owner')})`);
  for (const r of s.reviewOverdue) out.push(`- **Review overdue**: ${inline(rowLabel(r))} (next review was ${r.nextReview}, ${inline(r.owner ?? 'no owner')})`);
  if (s.overdue.length || s.reviewOverdue.length) out.push('');
  out.push('## All risks', '', '| ID | Title | Likelihood | Impact | Score | Band | Owner | Status | Due | Reviewed | File |', '| --- | --- | ---: | ---: | ---: | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    out.push(`| ${[r.id, r.title, r.likelihood, r.impact, r.score, r.band, r.owner, r.status, r.due, r.reviewed, `${r.file}:${r.line}`].map(cell).join(' | ')} |`);
  }
  return out.join('\n') + '\n';
}

function heatMapSection(title: string, map: HeatMap, s: ReportSummary): string[] {
  const placed = map.total - map.unplaced;
  if (placed === 0) return [];
  const impacts = [1, 2, 3, 4, 5];
  const lines = [`## ${title}`, '', `| Likelihood \\ Impact | ${impacts.map((i) => `${i} ${cell(s.scales.impact[i - 1])}`).join(' | ')} |`, `| --- |${impacts.map(() => ' :---: |').join('')}`];
  for (let l = 5; l >= 1; l--) {
    const cells = map.cells[l - 1]!.map((c) => (c.count === 0 ? '' : c.ids.length === c.count ? cell(c.ids.join(', ')) : `${c.count}${c.ids.length ? ` (${cell(c.ids.join(', '))})` : ''}`));
    lines.push(`| ${l} ${cell(s.scales.likelihood[l - 1])} | ${cells.join(' | ')} |`);
  }
  if (map.unplaced) lines.push('', `${map.unplaced} open risk${map.unplaced === 1 ? ' has' : 's have'} no ${map.assessment} assessment.`);
  return [...lines, ''];
}

/** A table cell: pipes escaped, line breaks flattened, Markdown that would change the layout neutralised. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return inline(String(value)).replace(/\|/g, '\\|');
}

function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/([\\`*_[\]<>])/g, '\\$1');
}
