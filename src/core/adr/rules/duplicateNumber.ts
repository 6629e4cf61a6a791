import { ADR_CATALOG } from '../catalog';
import { planRenumber } from '../edits/renumber';
import type { DecisionRecord } from '../model';
import { recordAnchor, type AdrRule } from './ruleSupport';

/**
 * Two records with one number in one folder (typically two branches that each added
 * "the next" record). The oldest keeps the number; the others are offered the next free ones.
 */
export const duplicateNumber: AdrRule = {
  id: 'adr/duplicate-number',
  kind: 'decision',
  description: 'Another record in the same folder has the same number.',
  defaultSeverity: 'error',
  check(record, context) {
    if (!record.number) return;
    const catalog = context.workspace.catalog(ADR_CATALOG);
    const same = catalog.byNumber(record.folder, record.number.value);
    if (same.length < 2) return;
    const ordered = [...same].sort(oldestFirst);
    const others = ordered.filter((r) => r !== record);
    const range = record.number.origin === 'file-name' ? record.heading?.number?.range ?? recordAnchor(record) : record.number.range;
    const related = others.map((r) => ({ file: r.path, range: recordAnchor(r), message: `${r.fileName} has the same number` }));
    if (ordered[0] === record) {
      context.report({ message: `Number ${record.number.value} is also used by ${others.map((r) => r.fileName).join(', ')}; this record is the oldest, so it keeps it.`, range, related });
      return;
    }
    // Each later duplicate gets its own next number, so fixing all of them at once does not collide.
    const newNumber = catalog.nextFreeNumber(record.folder) + ordered.indexOf(record) - 1;
    context.report({
      message: `Number ${record.number.value} is also used by ${others.map((r) => r.fileName).join(', ')}. Renumber this record to ${newNumber}, the next free number.`,
      range,
      related,
      fixes: () => [{ title: `Renumber to ${newNumber} and rename the file`, changes: planRenumber(record, newNumber, catalog) }],
    });
  },
};

/** Oldest by date (records without one last), then by path: the record that keeps a shared number. */
function oldestFirst(a: DecisionRecord, b: DecisionRecord): number {
  const da = a.date?.value ?? '9999-99-99';
  const db = b.date?.value ?? '9999-99-99';
  return da < db ? -1 : da > db ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
