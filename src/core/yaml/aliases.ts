import { visit, type Document } from 'yaml';

/** How many aliases a document may expand: far above any real register or configuration. */
export const MAX_ALIAS_EXPANSIONS = 1000;

/** Where a document's aliases go wrong, for a finding at the alias. */
export interface YamlAliasProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/**
 * The document as plain data, or why its aliases cannot be expanded: an alias to an anchor
 * that is not set before it (`*missing`), or aliases that expand to far more data than
 * was written (an alias bomb: nine aliases of nine aliases of … take gigabytes). Either
 * way the problem is located at an alias, so a user sees it on the line that causes it.
 */
export function plainData(doc: Document): { readonly value: unknown } | { readonly problem: YamlAliasProblem } {
  let unresolved: YamlAliasProblem | undefined;
  let first: YamlAliasProblem | undefined;
  visit(doc, {
    Alias(_, alias) {
      const [start, end] = alias.range ?? [0, 0];
      first ??= { start, end, message: '' };
      if (alias.resolve(doc) === undefined) {
        unresolved = { start, end, message: `The alias *${alias.source} names no anchor (&${alias.source}) set before it.` };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (unresolved) return { problem: unresolved };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) as unknown };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const at = first ?? { start: 0, end: 0 };
    return { problem: { start: at.start, end: at.end, message: `The aliases in this file expand to too much data (over ${MAX_ALIAS_EXPANSIONS} expansions), so it is not read: ${reason}` } };
  }
}

