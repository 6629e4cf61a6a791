import * as vscode from 'vscode';
import type { Governance } from '../../core/governance/governance';
import { decisionLabel, riskLabel } from '../../core/governance/governanceText';
import type { FolderEntry } from '../workspace/workspaceIndexes';

/** One decision or risk governing a file, as the editor offers it: what to show and where it opens. */
export interface GovernanceTarget {
  readonly kind: 'decision' | 'risk';
  /** `ADR-0007 Use PostgreSQL (accepted)`, `RISK-004 Card-processor outage (high)`. */
  readonly label: string;
  /** Why it governs the file: `applies-to`, `mentioned in a comment`, `related: src/db/`. */
  readonly why: string;
  readonly uri: vscode.Uri;
  readonly line: number;
}

/** The decisions, then the risks, each with the place its record or register entry opens at. */
export function governanceTargets(entry: FolderEntry, g: Governance): GovernanceTarget[] {
  return [
    ...g.decisions.map((d): GovernanceTarget => ({
      kind: 'decision',
      label: decisionLabel(d),
      why: d.via.includes('applies-to') ? 'its applies-to names this file' : 'mentioned in a comment here',
      uri: entry.fs.uri(d.record.path),
      line: d.record.heading?.line.range.start.line ?? 0,
    })),
    ...g.risks.map((r): GovernanceTarget => ({
      kind: 'risk',
      label: riskLabel(r),
      why: `related: ${r.via.join(', ')}${r.risk.owner ? ` · owner ${r.risk.owner.name ?? r.risk.owner.text}` : ''}`,
      uri: entry.fs.uri(r.register.path),
      line: r.risk.anchor.start.line,
    })),
  ];
}

/** The arguments of `vscode.open` that show a target. */
export function openTargetArguments(t: GovernanceTarget): unknown[] {
  return [t.uri, { selection: new vscode.Range(t.line, 0, t.line, 0) }];
}
