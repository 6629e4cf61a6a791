import type { AdrCatalog } from '../catalog';
import type { DecisionRecord } from '../model';
import { normalizeRelative } from '../../config/config';
import { joinPath, stripRecordExtension } from '../naming';
import { planFailure, type AdrPlanFailure } from './planResult';

/**
 * How a user names an existing record: its number (`7`), its id (`ADR-0007`), its file
 * name with or without extension (`20201016-use-the-adr-slug-as-its-unique-id`, for
 * log4brains records, which have no number), or its path from the workspace folder.
 */
export type RecordRef = number | string;

/** Why no single record was found: none matches, or several do (duplicate numbers). */
export interface RecordNotFound extends AdrPlanFailure {
  readonly reason: 'missing' | 'ambiguous';
}

/** Finds the one record `ref` names in `folder` (or by path anywhere); a message when there is none or several. */
export function findRecord(catalog: AdrCatalog, folder: string, ref: RecordRef): DecisionRecord | RecordNotFound {
  const where = folder || 'the workspace folder';
  const text = String(ref).trim();
  const number = typeof ref === 'number' ? ref : numberNamedBy(text);
  let hits: readonly DecisionRecord[];
  if (number !== undefined) {
    hits = catalog.byNumber(folder, number);
  } else {
    const path = normalizeRelative(text);
    const byPath = catalog.byPath(path) ?? catalog.byPath(joinPath(folder, path)) ?? catalog.byPath(joinPath(folder, `${path}.md`));
    const base = stripRecordExtension(text).toLowerCase();
    hits = byPath ? [byPath] : catalog.inFolder(folder).filter((r) => stripRecordExtension(r.fileName).toLowerCase() === base || r.slug.toLowerCase() === base);
  }
  if (hits.length === 1) return hits[0]!;
  if (hits.length === 0) return { ...planFailure(`There is no record ${typeof ref === 'number' ? ref : `"${text}"`} in ${where}.`), reason: 'missing' };
  return { ...planFailure(`${where} has ${hits.length} records that match ${text} (${hits.map((r) => r.fileName).join(', ')}); renumber or name one by its file.`), reason: 'ambiguous' };
}

/** `7`, `0007`, `ADR-0007`, `adr 7` name a number; longer digit runs are log4brains dates. */
function numberNamedBy(text: string): number | undefined {
  const m = /^(?:adr[-_ ]?)?(\d{1,6})$/i.exec(text);
  return m ? Number(m[1]) : undefined;
}
