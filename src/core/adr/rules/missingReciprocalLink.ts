import { ADR_CATALOG } from '../catalog';
import { linkEdits } from '../write/relationEdits';
import { INVERSE_RELATION, RELATION_WORDS } from '../links';
import type { AdrRule } from './ruleSupport';
import { editOf } from '../../model/findings';

/**
 * A relation stated on one side only: A says it supersedes B, but B does not say it is
 * superseded by A, so a reader of B never learns that it no longer holds.
 */
export const missingReciprocalLink: AdrRule = {
  id: 'adr/missing-reciprocal-link',
  kind: 'decision',
  description: 'A record links another (supersedes, amends, clarifies, extends) but the other does not link back.',
  defaultSeverity: 'warning',
  check(record, context) {
    const catalog = context.workspace.catalog(ADR_CATALOG);
    for (const link of record.links) {
      const inverse = INVERSE_RELATION[link.relation];
      if (!inverse) continue;
      const other = catalog.resolve(record, link.target);
      if (!other || other === record) continue;
      const linksBack = other.links.some((l) => l.relation === inverse && catalog.resolve(other, l.target) === record);
      if (linksBack) continue;
      const words = RELATION_WORDS[inverse];
      context.report({
        message: `This record says "${RELATION_WORDS[link.relation].toLowerCase()} ${other.id}", but ${other.fileName} does not say "${words.toLowerCase()} ${record.id}".`,
        range: link.target.range,
        related: [{ file: other.path, range: other.heading?.line.range ?? link.target.range, message: `${other.id} should say "${words} ${record.id}"` }],
        // The edit is read back first; none is offered when it would not say exactly this.
        fixes: () => {
          const edits = linkEdits(other, inverse, record, catalog);
          return Array.isArray(edits) ? [{ title: `Add "${words} ${record.id}" to ${other.fileName}`, isPreferred: true, changes: [editOf(other, edits)] }] : [];
        },
      });
    }
  },
};
