import { ADR_CATALOG } from '../catalog';
import { planAddLink } from '../edits/linkEdits';
import type { AdrRule } from './ruleSupport';

/** "Superseded" says a record no longer holds, but not what replaced it. */
export const supersededWithoutSuccessor: AdrRule = {
  id: 'adr/superseded-without-successor',
  kind: 'decision',
  description: 'The status is superseded, but the record does not say which record supersedes it.',
  defaultSeverity: 'warning',
  check(record, context) {
    if (record.status?.value !== 'superseded' || record.links.some((l) => l.relation === 'superseded-by')) return;
    // A record that says it supersedes this one names the successor: offer to link it.
    const claims = context.workspace.catalog(ADR_CATALOG).incoming(record.path).filter((i) => i.link.relation === 'supersedes');
    context.report({
      message: `Superseded, but by which record? Add "superseded by" with a link to the record that replaces it.${claims.length ? ` ${claims.map((c) => c.from.id).join(', ')} says it supersedes this one.` : ''}`,
      range: record.status.range,
      fixes: claims.map((c) => ({
        title: `Link the successor ${c.from.id}`,
        changes: [{ type: 'edit' as const, path: record.path, edits: planAddLink(record, 'superseded-by', c.from) }],
        ...(claims.length === 1 ? { isPreferred: true } : {}),
      })),
      related: claims.map((c) => ({ file: c.from.path, range: c.link.range, message: `${c.from.id} supersedes this record` })),
    });
  },
};
