import type { Rule } from '../../rules/rule';
import { GUIDELINES_BY_ID } from '../catalog';
import type { Guideline } from '../model';

export const duplicateIdRule: Rule<Guideline> = {
  id: 'guideline/duplicate-id',
  kind: 'guideline',
  description: 'No two guidelines share an id, so ticks, reports and links point at one guideline.',
  defaultSeverity: 'error',
  check(doc, context) {
    const same = context.workspace.catalog(GUIDELINES_BY_ID).get(doc.id.toLowerCase()) ?? [];
    const others = same.filter((g) => g !== doc);
    if (others.length === 0) return;
    context.report({
      message: `The id "${doc.id}" is also used by ${others.map((g) => g.path).join(', ')}. Give each guideline its own id.`,
      range: idRange(doc),
      related: others.map((g) => ({ file: g.path, range: idRange(g), message: `"${g.id}" is also used here.` })),
    });
  },
};

/** Where a guideline's id is written: the `id:` value, else the front matter, else the first line. */
function idRange(g: Guideline) {
  return g.keys['id']?.value ?? g.frontMatterRange;
}
