import { editOf, type FileChange } from '../../model/findings';
import type { TextEdit } from '../../model/text';
import type { AdrCatalog } from '../catalog';
import type { DecisionRecord } from '../model';
import { joinPath, renumberedFileName } from '../naming';
import { relativeHref } from './textInsert';

/**
 * Gives a record a new number: the number in its heading (`# 7. Title`) is changed, the
 * file is renamed (`0007-title.md` → `0012-title.md`), and relation links in other
 * records that point at the old file name are updated. Edits come before the rename, so
 * they apply to the file under its old name.
 */
export function planRenumber(record: DecisionRecord, newNumber: number, catalog: AdrCatalog): FileChange[] {
  const changes: FileChange[] = [];
  const headingNumber = record.heading?.number;
  if (headingNumber) {
    const digits = headingNumber.raw.length > 1 && headingNumber.raw.startsWith('0') ? String(newNumber).padStart(headingNumber.raw.length, '0') : String(newNumber);
    changes.push(editOf(record, [{ start: headingNumber.start, end: headingNumber.end, newText: digits }]));
  }
  const info = record.fileNameInfo;
  if (!info || info.number === undefined) return changes;
  const newPath = joinPath(record.folder, renumberedFileName(info, newNumber));
  if (newPath === record.path) return changes;

  const byFile = new Map<DecisionRecord, TextEdit[]>();
  for (const { from, link } of catalog.incoming(record.path)) {
    const t = link.target;
    if (t.href === undefined || t.path !== record.path) continue;
    const hrefAt = t.start + t.text.lastIndexOf(`(${t.href}`) + 1;
    const edits = byFile.get(from) ?? [];
    const anchor = /[?#].*$/.exec(t.href)?.[0] ?? '';
    edits.push({ start: hrefAt, end: hrefAt + t.href.length, newText: relativeHref(from.folder, newPath) + anchor });
    byFile.set(from, edits);
  }
  for (const [from, edits] of byFile) changes.push(editOf(from, edits));
  changes.push({ type: 'rename', from: record.path, to: newPath });
  return changes;
}
