import { ADR_CATALOG } from '../adr/catalog';
import type { DecisionRecord } from '../adr/model';
import { compileGlob, compileGlobList, matchesGlobList, type CompiledGlob } from '../glob/glob';
import type { Risk, RiskReference, RiskRegister } from '../risk/model';
import { repoPathOf } from '../risk/repoPaths';
import type { CatalogKey } from '../rules/rule';

/**
 * What names which code: each decision's `applies-to` globs and each open risk's `related`
 * paths, compiled once per change of the records or registers (a catalog), so asking which
 * decisions and risks govern a file costs one pass over a few compiled patterns.
 */
export interface GovernedPaths {
  readonly decisions: readonly DecisionPatterns[];
  readonly risks: readonly RiskPatterns[];
}

export interface DecisionPatterns {
  readonly record: DecisionRecord;
  /** The valid globs, in order (the last that matches decides, so `!` excludes). */
  readonly globs: readonly CompiledGlob[];
}

export interface RiskPatterns {
  readonly register: RiskRegister;
  readonly risk: Risk;
  /** Each `related` path or glob with the pattern it compiles to. */
  readonly paths: readonly { readonly reference: RiskReference; readonly glob: CompiledGlob }[];
}

export const GOVERNED_PATHS: CatalogKey<GovernedPaths> = {
  name: 'governance/governed-paths',
  kinds: ['decision', 'risk'],
  build(view) {
    const decisions = view
      .catalog(ADR_CATALOG)
      .records.filter((r) => r.appliesTo.length > 0)
      .map((record) => ({ record, globs: compileGlobList(record.appliesTo.map((g) => g.text)).globs }))
      .filter((d) => d.globs.length > 0);
    const risks: RiskPatterns[] = [];
    for (const register of view.documents('risk')) {
      for (const risk of register.risks) {
        // A closed risk no longer hangs over the code it named.
        if (risk.effectiveStatus === 'closed') continue;
        const paths = risk.related.flatMap((reference) => {
          const glob = reference.kind === 'path' ? riskPathGlob(reference.text) : undefined;
          return glob ? [{ reference, glob }] : [];
        });
        if (paths.length > 0) risks.push({ register, risk, paths });
      }
    }
    return { decisions, risks };
  },
};

/**
 * A `related` entry as a pattern: a plain path (`src/payments/charge.ts`, `src/ledger/`)
 * names that file or folder from the repository root; a glob (`src/payments/**`) is read
 * as the guidelines read theirs. URLs and paths outside the repository name no code.
 */
export function riskPathGlob(text: string): CompiledGlob | undefined {
  const path = repoPathOf(text);
  const compiled = path !== undefined ? compileGlob(`/${path}`) : /[*?[\]{}]/.test(text) && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text.trim()) ? compileGlob(text) : undefined;
  return compiled?.glob;
}

/** Whether a decision's `applies-to` selects the path. */
export function appliesToPath(patterns: DecisionPatterns, path: string): boolean {
  return matchesGlobList(patterns.globs, path);
}
