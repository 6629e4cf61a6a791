import type { TextEdit } from '../../model/text';
import type { AdrCatalog } from '../catalog';
import { RELATION_WORDS } from '../links';
import { meaningOfKey } from '../metadataKeys';
import type { AdrRelation, DecisionRecord } from '../model';
import { isReStructuredText } from '../../text/rstStructure';
import { setFrontMatterValue } from '../write/frontMatterValues';
import { hasRstFieldList, rstRecordReference } from './rstEdits';
import { insertLines, insertParagraph, relativeHref } from './textInsert';

/**
 * Plans the text edits that make `record` state `relation` to `target`, in the record's
 * own format: a line in adr-tools' Status section, a bullet under a MADR 2 or log4brains
 * title, a front-matter key, a table row. "Superseded by" also marks the status, as each
 * of these tools does when a record is superseded.
 * @param catalog the indexed records, to tell whether the target's number names it alone.
 */
export function planAddLink(record: DecisionRecord, relation: AdrRelation, target: DecisionRecord, catalog?: AdrCatalog): TextEdit[] {
  // An rst record names another by its id: a Markdown link would show as written there.
  const link = isReStructuredText(record.path) ? rstRecordReference(target) : markdownLink(record, target);
  const words = RELATION_WORDS[relation];
  const layout = record.metadata;

  // The status says "superseded" where it is written: in the body even when the record
  // also has front matter (a French MADR keeps `* statut :` under a front-matter title).
  if (relation === 'superseded-by' && record.status && record.status.origin !== 'front-matter') {
    const capital = /^[A-Z]/.test(record.status.raw.replace(/^[\s*_`]+/, ''));
    return [{ start: record.status.start, end: record.status.end, newText: `${capital ? 'Superseded' : 'superseded'} by ${link}` }];
  }

  if (layout.style === 'front-matter' && record.frontMatter?.valid) {
    const reference = numberNamesOnly(record, target, catalog) ? target.id : link;
    if (relation === 'superseded-by' && record.status?.origin === 'front-matter') return [setFrontMatterValue(record, record.status, `superseded by ${reference}`)];
    return [addFrontMatterValue(record, relation, reference)];
  }

  if (hasRstFieldList(record)) return [insertLines(record, layout.insertAt, [`:${words}: ${link}`])];
  switch (layout.style) {
    case 'bullets':
      return [insertLines(record, layout.insertAt, [`${layout.bulletMarker ?? '*'} ${words} ${link}`])];
    case 'table':
      return [insertLines(record, layout.insertAt, [`| ${words} | ${link} |`])];
    case 'status-section':
    case 'lines':
    case 'front-matter':
    case 'none':
      // A paragraph of its own, as adr-tools writes link lines.
      return [insertParagraph(record, layout.insertAt, [`${words} ${link}`])];
  }
}

/** `[9. Help scripts](0009-help-scripts.md)` as adr-tools writes it; the slug for date-slug records. */
export function markdownLink(from: DecisionRecord, to: DecisionRecord): string {
  const title = to.title?.value;
  const label = to.number !== undefined ? (title ? `${to.number.value}. ${title}` : to.id) : to.fileNameInfo?.baseName ?? to.slug;
  return `[${label.replace(/[[\]]/g, '')}](${relativeHref(from.folder, to.path)})`;
}

/**
 * Whether `ADR-0007` written in `record` can only mean `target`: numbers resolve in the
 * record's own folder, so a target elsewhere, or one whose number another record in its
 * folder shares, is named by a link to its file instead.
 */
function numberNamesOnly(record: DecisionRecord, target: DecisionRecord, catalog: AdrCatalog | undefined): boolean {
  if (target.number === undefined || target.folder !== record.folder) return false;
  const same = catalog?.byNumber(target.folder, target.number.value) ?? [];
  return same.every((r) => r.path === target.path);
}

/**
 * Adds a value under a front-matter key, leaving every other byte as it is: a new
 * `key: value` line, or the value appended to an existing key's list.
 */
function addFrontMatterValue(record: DecisionRecord, key: string, value: string): TextEdit {
  const fm = record.frontMatter!;
  // The key as the record already writes it (`Supersedes`, `superseded_by`), not a second one.
  const written = Object.keys(fm.entries).find((k) => {
    const meaning = meaningOfKey(k);
    return meaning !== undefined && 'relation' in meaning && meaning.relation === key;
  });
  const entry = written === undefined ? undefined : fm.entries[written];
  const yamlValue = JSON.stringify(value);
  if (!entry) return insertLines(record, fm.content.end, [`${key}: ${yamlValue}`]);
  const old = record.text.slice(entry.value.start, entry.value.end);
  if (old.startsWith('[')) {
    const close = record.text.lastIndexOf(']', entry.value.end);
    const empty = old.replace(/\s/g, '') === '[]';
    return { start: close, end: close, newText: `${empty ? '' : ', '}${yamlValue}` };
  }
  if (old.trimStart().startsWith('- ')) {
    const lineStart = record.text.lastIndexOf('\n', entry.value.start) + 1;
    const indent = record.text.slice(lineStart, entry.value.start);
    const after = record.text.indexOf('\n', entry.value.end);
    return insertLines(record, after < 0 ? record.text.length : after + 1, [`${indent}- ${yamlValue}`]);
  }
  if (old === '') return { start: entry.value.start, end: entry.value.end, newText: ` ${yamlValue}` };
  return { start: entry.value.start, end: entry.value.end, newText: `[${old}, ${yamlValue}]` };
}
