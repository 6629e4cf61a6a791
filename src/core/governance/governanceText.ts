import type { Governance, GoverningDecision, TouchingRisk } from './governance';
import { plural } from '../text/plural';

/**
 * The words users read about what governs a file, shared by the status bar, the CodeLens,
 * the review report and the checklist, so each says it the same way.
 */

/** `ADR-0007 Use PostgreSQL (accepted)`; a retired record names its successor: `(superseded by ADR-0009)`. */
export function decisionLabel(d: GoverningDecision): string {
  const title = d.record.title?.value;
  return `${d.record.id}${title ? ` ${title}` : ''} (${decisionState(d)})`;
}

/** `accepted`, `proposed`, `superseded by ADR-0009`, `no status`. */
export function decisionState(d: GoverningDecision): string {
  const status = d.record.status;
  const word = status ? (status.value === 'other' ? status.raw.trim() : status.value) : 'no status';
  return d.successor ? `${word} by ${d.successor.id}` : word;
}

/** `RISK-004 Card-processor outage (high)`, `(high, overdue)`, `(unrated)`. */
export function riskLabel(r: TouchingRisk): string {
  const { risk } = r;
  const id = risk.id ?? `risk ${risk.index + 1}`;
  return `${id}${risk.title ? ` ${risk.title}` : ''} (${riskState(r)})`;
}

/** `high`, `high, overdue`, `unrated, review overdue`. */
export function riskState(r: TouchingRisk): string {
  const parts = [r.risk.band ?? 'unrated'];
  if (r.risk.overdue) parts.push('overdue');
  else if (r.risk.reviewOverdue) parts.push('review overdue');
  return parts.join(', ');
}

/** `2 decisions · 1 risk`; empty when nothing governs the file. */
export function governanceSummary(g: Governance): string {
  const parts: string[] = [];
  if (g.decisions.length > 0) parts.push(plural(g.decisions.length, 'decision'));
  if (g.risks.length > 0) parts.push(plural(g.risks.length, 'risk'));
  return parts.join(' · ');
}

/** `Governed by ADR-0007 Use PostgreSQL (accepted) · RISK-004 Card-processor outage (high)`. */
export function governedByLine(g: Governance): string {
  return `Governed by ${[...g.decisions.map(decisionLabel), ...g.risks.map(riskLabel)].join(' · ')}`;
}
