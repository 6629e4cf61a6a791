import { ADR_CATALOG } from '../catalog';
import { linkEdits } from '../write/relationEdits';
import type { AdrRule } from './ruleSupport';
import { editOf } from '../../model/findings';

/** "Superseded" says a record no longer holds, but not what replaced it. */
export const supersededWithoutSuccessor: AdrRule = {
  id: 'adr/superseded-without-successor',
  kind: 'decision',
  description: 'The status is superseded, but the record does not say which record supersedes it.',
  defaultSeverity: 'warning',
  check(record, context) {
    if (record.status?.value !== 'superseded' || record.links.some((l) => l.relation === 'superseded-by')) return;
    // A record that says it supersedes this one names the successor: offer to link it.
    const catalog = context.workspace.catalog(ADR_CATALOG);
    const claims = catalog.incoming(record.path).filter((i) => i.link.relation === 'supersedes');
    context.report({
      message: `Superseded, but by which record? Add "superseded by" with a link to the record that replaces it.${claims.length ? ` ${claims.map((c) => c.from.id).join(', ')} says it supersedes this one.` : ''}`,
      range: record.status.range,
      // Each fix is read back first; a claim whose link could not be written safely offers none.
      fixes: () => {
        const fixable = claims.flatMap((c) => {
          const edits = linkEdits(record, 'superseded-by', c.from, catalog);
          return Array.isArray(edits) ? [{ claim: c, edits }] : [];
        });
        return fixable.map(({ claim, edits }) => ({
          title: `Link the successor ${claim.from.id}`,
          changes: [editOf(record, edits)],
          ...(fixable.length === 1 ? { isPreferred: true } : {}),
        }));
      },
      related: claims.map((c) => ({ file: c.from.path, range: c.link.range, message: `${c.from.id} supersedes this record` })),
    });
  },
};
