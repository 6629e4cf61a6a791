import type { TextEdit } from '../../model/text';
import type { AdrField, DecisionRecord } from '../model';
import { meaningOfKey } from '../metadataKeys';
import { cleanStatusText, normaliseStatus } from '../status';
import { insertLines, insertParagraph, blankLineAt, blankLineBefore } from '../edits/textInsert';
import { hasRstFieldList } from '../edits/rstEdits';
import { isReStructuredText } from '../../text/rstStructure';
import { trailingRunStart } from '../../text/trailingRun';
import { ChangeSet } from './changeSet';
import { checkEdits } from './checkedEdit';
import { setFrontMatterValue } from './frontMatterValues';
import { planFailure, refuseBrokenFrontMatter, type AdrPlan, type AdrPlanFailure } from './planResult';
import { statusWord } from './templates/renderBuiltIn';
import { caseOf, withLeadingCase, yamlScalar } from './wording';

/** Emphasis around a value written in Markdown (`**Accepted**`), kept when the value changes. */
const LEADING_EMPHASIS = /^[*_`~]+/;
const EMPHASIS_MARK = /[*_`~]/;

/**
 * Changes a record's status where and how the record writes it: the front-matter key, the
 * `* Status:` bullet, the table cell, or the body of Nygard's `## Status` section, in the
 * case it already uses (`Accepted`, `accepted`, `ACCEPTED`) and keeping emphasis around
 * it. A record without a status gets one in its own style. With `today`, the record's date
 * becomes today when the date says when the record was last updated (MADR, log4brains);
 * adr-tools dates say when a record was written and stay as they are.
 * Nothing changes when the record already has this status.
 */
export function planChangeStatus(record: DecisionRecord, newStatus: string, today?: string): AdrPlan {
  const wanted = newStatus.trim().replace(/\s+/g, ' ');
  if (!wanted) return planFailure('The new status is empty.');
  const edits = statusEdits(record, wanted, today);
  if (!Array.isArray(edits)) return edits;
  return { ok: true, changes: new ChangeSet().edit(record, edits).toChanges() };
}

/**
 * The edits behind {@link planChangeStatus}, for planners that change more of the same
 * record and for the `adr/missing-status` quick fix: one implementation, so the command,
 * the CLI, `lint --fix` and the quick fix write the same text. Read back before they are
 * returned (see `checkedEdit.ts`); a failure says why the record is left alone.
 */
export function statusEdits(record: DecisionRecord, wanted: string, today?: string): TextEdit[] | AdrPlanFailure {
  const broken = refuseBrokenFrontMatter(record);
  if (broken) return broken;
  const edits: TextEdit[] = [];
  const current = record.status;
  if (!current) {
    const unread = unreadStatusKey(record);
    if (unread) return planFailure(`${record.path}: the front matter's "${unread}" is not a plain value the toolkit can read or change (write it as "${unread}: accepted"); it was left as it is.`);
    edits.push(...addStatus(record, wanted));
  } else if (!sameStatus(current, wanted)) edits.push(replaceStatus(record, current, wanted));
  if (edits.length > 0 && today !== undefined) edits.push(...lastUpdatedEdits(record, today));
  return checkEdits(record, edits, { kind: 'status', status: wanted, date: today }) ?? edits;
}

/**
 * A `status` key the front matter has but whose value was not read (`status: { accepted }`,
 * a nested list): adding another would make the YAML invalid and lose what the author wrote.
 */
export function unreadStatusKey(record: DecisionRecord): string | undefined {
  return Object.keys(record.frontMatter?.entries ?? {}).find((k) => {
    const meaning = meaningOfKey(k);
    return meaning !== undefined && 'field' in meaning && meaning.field === 'status';
  });
}

/**
 * Whether the record already says this: the same text in any case, or, for a plain status
 * word, a status that means it (`Superseded by [5. X](...)` is already superseded, and
 * rewriting it would lose the link).
 */
function sameStatus(current: AdrField<unknown>, wanted: string): boolean {
  if (cleanStatusText(current.raw).toLowerCase() === wanted.toLowerCase()) return true;
  const word = normaliseStatus(wanted);
  return word !== 'other' && wanted.toLowerCase() === word && current.value === word;
}

/** Writes another status in place of the current one, in its case, quoting and emphasis. */
export function replaceStatus(record: DecisionRecord, current: AdrField<unknown>, wanted: string): TextEdit {
  const value = withLeadingCase(wanted, caseOf(cleanStatusText(current.raw) || current.raw));
  if (current.origin === 'front-matter') return setFrontMatterValue(record, current, value);
  return replaceKeepingEmphasis(record, current, current.origin === 'table' ? value.replace(/\|/g, '\\|') : value);
}

function replaceKeepingEmphasis(record: DecisionRecord, span: { start: number; end: number }, value: string): TextEdit {
  const raw = record.text.slice(span.start, span.end);
  const lead = LEADING_EMPHASIS.exec(raw)?.[0] ?? '';
  return { start: span.start + lead.length, end: span.start + trailingRunStart(raw, EMPHASIS_MARK, lead.length), newText: value };
}

/** A status line in the record's own style, for records that have none. */
function addStatus(record: DecisionRecord, wanted: string): TextEdit[] {
  const layout = record.metadata;
  if (isReStructuredText(record.path) && layout.style !== 'status-section') {
    // A field of the list under the title, or a field list of its own there.
    const field = `:Status: ${statusWord(wanted, true)}`;
    if (hasRstFieldList(record)) return [insertLines(record, layout.block!.start, [field])];
    return [insertParagraph(record, layout.insertAt, [field])];
  }
  switch (layout.style) {
    case 'front-matter':
      return [insertLines(record, record.frontMatter!.content.end, [`status: ${yamlScalar(statusWord(wanted, false))}`])];
    case 'bullets':
      // Status comes first in MADR 2 and log4brains records.
      return [insertLines(record, layout.block!.start, [`${layout.bulletMarker ?? '*'} Status: ${statusWord(wanted, false)}`])];
    case 'table':
      return [insertLines(record, layout.insertAt, [`| Status | ${statusWord(wanted, true).replace(/\|/g, '\\|')} |`])];
    case 'status-section': {
      const lines = [statusWord(wanted, true)];
      if (!blankLineBefore(record, layout.insertAt)) lines.unshift('');
      if (!blankLineAt(record, layout.insertAt)) lines.push('');
      return [insertLines(record, layout.insertAt, lines)];
    }
    case 'lines':
    case 'none':
      return record.template === 'nygard' ? [addStatusSection(record, wanted)] : [addFrontMatter(record, wanted)];
  }
}

/** Nygard records keep their status in a section of its own, before Context. */
function addStatusSection(record: DecisionRecord, wanted: string): TextEdit {
  const first = record.sections[0];
  const lines = ['## Status', '', statusWord(wanted, true), ''];
  if (first) return insertLines(record, first.heading.start, lines);
  const at = record.text.length;
  return insertLines(record, at, blankLineBefore(record, at) ? lines.slice(0, -1) : ['', ...lines.slice(0, -1)]);
}

/** MADR 4 keeps metadata in front matter. */
function addFrontMatter(record: DecisionRecord, wanted: string): TextEdit {
  const lines = ['---', `status: ${yamlScalar(statusWord(wanted, false))}`, '---'];
  if (!blankLineAt(record, 0)) lines.push('');
  return insertLines(record, 0, lines);
}

/** MADR's date is "when the decision was last updated"; adr-tools' is when the record was written. */
export function dateMeansLastUpdated(record: DecisionRecord): boolean {
  return record.format === 'madr2' || record.format === 'madr3' || record.format === 'log4brains';
}

/** Sets the date of a record whose date says when it last changed (see {@link dateMeansLastUpdated}). */
export function lastUpdatedEdits(record: DecisionRecord, today: string): TextEdit[] {
  const date = record.date;
  if (!date || !dateMeansLastUpdated(record) || date.value === today) return [];
  if (date.origin === 'front-matter') return [setFrontMatterValue(record, date, today)];
  return [replaceKeepingEmphasis(record, date, today)];
}
