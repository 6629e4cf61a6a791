import type { RecordMention } from '../adr/mentionScan';
import type { WorkspaceView } from '../rules/rule';
import { compareDecisions, compareRisks, governanceOf, type GovernedVia, type GoverningDecision, type TouchingRisk } from './governance';

/**
 * What governs a change as a whole: each decision and risk once, with the changed files
 * it governs. What the review report, the pull request comment and the checklist list.
 */
export interface ChangeGovernance {
  readonly decisions: readonly (GoverningDecision & { readonly files: readonly string[] })[];
  readonly risks: readonly (TouchingRisk & { readonly files: readonly string[] })[];
}

export interface GovernedChange {
  readonly path: string;
  /** The file's record mentions in code comments (codeMentions), when its text was read. */
  readonly mentions?: readonly RecordMention[];
}

export function governanceOfChange(view: WorkspaceView, changes: readonly GovernedChange[]): ChangeGovernance {
  const decisions = new Map<string, GoverningDecision & { files: string[]; via: GovernedVia[] }>();
  const risks = new Map<string, TouchingRisk & { files: string[] }>();
  for (const change of changes) {
    const g = governanceOf(view, change.path, change.mentions);
    for (const d of g.decisions) {
      const known = decisions.get(d.record.path);
      if (known) {
        known.files.push(change.path);
        known.via = [...new Set([...known.via, ...d.via])].sort();
      } else decisions.set(d.record.path, { ...d, via: [...d.via], files: [change.path] });
    }
    for (const r of g.risks) {
      const key = `${r.register.path}#${r.risk.index}`;
      const known = risks.get(key);
      if (known) known.files.push(change.path);
      else risks.set(key, { ...r, files: [change.path] });
    }
  }
  return { decisions: [...decisions.values()].sort(compareDecisions), risks: [...risks.values()].sort(compareRisks) };
}
