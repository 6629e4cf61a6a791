import type { Rule } from '../../rules/rule';
import { ADR_NUMBER_CATALOG, idPrefix, RISK_ID_CATALOG } from '../catalog';
import type { RiskRegister } from '../model';
import { riskIdKey } from '../references';
import { existsInRepo, repoPathOf } from '../repoPaths';
import { riskLabel } from './describeRisk';

/**
 * Checks `related` entries that name a decision record, a risk, or a path in the
 * repository. Paths are checked only when the front end gave the index the folder's file
 * list (`git ls-files` in the CLI, `workspace.findFiles` in the editor): the index itself
 * knows only the files it indexed, and without the list a missing path cannot be told
 * from one nobody looked at.
 */
export const unknownReferenceRule: Rule<RiskRegister> = {
  id: 'risk/unknown-reference',
  kind: 'risk',
  description: 'Decision records (ADR-7), risks (RISK-004) and paths (src/payments/) named in related exist in the workspace folder.',
  defaultSeverity: 'warning',
  check(register, context) {
    const withRelated = register.risks.filter((r) => r.related.length > 0);
    if (withRelated.length === 0) return;
    const riskIds = context.workspace.catalog(RISK_ID_CATALOG);
    const adrs = context.workspace.catalog(ADR_NUMBER_CATALOG);
    const repoFiles = context.workspace.repoFiles?.();
    for (const risk of withRelated) {
      for (const ref of risk.related) {
        if (ref.kind === 'adr' && !adrs.numbers.has(ref.adrNumber!)) {
          const hint = adrs.recordCount === 0 ? ' No decision records are indexed in this folder; if they live in an unusual place, list it in .techlead.yaml (adr.directories).' : '';
          context.report({ message: `${riskLabel(risk)} refers to ${ref.text}, but there is no decision record number ${ref.adrNumber}.${hint}`, range: ref.span.range });
        } else if (ref.kind === 'risk') {
          const key = riskIdKey(ref.text);
          // An id with a prefix no risk uses (JIRA-12) is some other kind of reference.
          if (!riskIds.prefixes.has(idPrefix(key)) || riskIds.byId.has(key)) continue;
          context.report({ message: `${riskLabel(risk)} refers to ${ref.text}, but no risk in this folder has that id.`, range: ref.span.range });
        } else if (ref.kind === 'path' && repoFiles) {
          const path = repoPathOf(ref.text);
          if (path === undefined || existsInRepo(path, repoFiles)) continue;
          context.report({ message: `${riskLabel(risk)} refers to ${ref.text}, but the repository has no file or folder ${path}.`, range: ref.span.range });
        }
      }
    }
  },
};
