import { escapeMarkdown, markdownToPlainText } from '../text/markdown';
import { plural } from '../text/plural';
import { contextExcerptOf } from './contextSummary';
import type { AdrStatusValue, DecisionRecord } from './model';

/*
 * What people read about a decision record in the editor (tree rows, pickers, tooltips,
 * screen readers), as plain strings and Markdown so the wording is tested without VS Code.
 * One casing rule everywhere: statuses are named in sentence case ("Accepted"), however the
 * record writes them ("accepted", "ACCEPTED").
 */

/** Status names as groups, descriptions and pickers show them. */
export const STATUS_LABELS: Readonly<Record<AdrStatusValue | 'none', string>> = {
  proposed: 'Proposed',
  draft: 'Draft',
  accepted: 'Accepted',
  superseded: 'Superseded',
  deprecated: 'Deprecated',
  rejected: 'Rejected',
  other: 'Other status',
  none: 'No status',
};

/** "7. Use PostgreSQL": the number, then the title (or the file name) as plain text. */
export function recordLabel(record: DecisionRecord): string {
  const title = record.title ? markdownToPlainText(record.title.value) || record.fileName : record.fileName;
  return record.number ? `${record.number.value}. ${title}` : title;
}

/**
 * The status in a few words: "Accepted", "Superseded by 5", or, for a status outside the
 * usual set, its first line as written, in plain text with a capital letter.
 */
export function statusPhrase(record: DecisionRecord, successor: DecisionRecord | undefined): string {
  if (successor) return `Superseded by ${successor.number ? successor.number.value : successor.id}`;
  const status = record.status;
  if (!status) return STATUS_LABELS.none;
  if (status.value !== 'other') return STATUS_LABELS[status.value];
  return sentenceCase(markdownToPlainText(firstLine(status.raw))) || STATUS_LABELS.other;
}

/**
 * The status as the record words it, in plain text: "Accepted", "Superseded by 5. Store
 * keys in PostgreSQL" (a link's text, not its Markdown), for lists that show one record
 * among others (pickers, completions).
 */
export function statusAsWritten(record: DecisionRecord): string {
  return record.status?.value === 'superseded' || record.status?.value === 'other'
    ? sentenceCase(markdownToPlainText(firstLine(record.status.raw)))
    : statusPhrase(record, undefined);
}

/** A record's status for pickers: "Accepted · 2026-01-12", "Superseded by 5. Store keys… · 2026-01-20". */
export function statusAndDate(record: DecisionRecord): string {
  return [statusAsWritten(record), record.date?.raw].filter(Boolean).join(' · ');
}

export interface RecordRowFacts {
  readonly record: DecisionRecord;
  readonly successor?: DecisionRecord | undefined;
  /** Errors and warnings: what the Problems badge on the row's file counts. */
  readonly problemCount: number;
  /** The record's ADR folder, said when the row's group does not say it. */
  readonly adrFolder?: string | undefined;
  /** The row sits in a group named after its status: the status is said only when it adds something. */
  readonly groupedByStatus?: boolean;
}

/** The description beside a record's label: "docs/adr · 3 problems · Accepted · 2026-01-12". */
export function recordDescription(facts: RecordRowFacts): string {
  const { record, successor, problemCount, adrFolder, groupedByStatus } = facts;
  const parts: string[] = [];
  if (adrFolder !== undefined) parts.push(adrFolder);
  if (problemCount) parts.push(plural(problemCount, 'problem'));
  if (!groupedByStatus || successor || record.status?.value === 'other') parts.push(statusPhrase(record, successor));
  const date = record.date?.value ?? record.date?.raw;
  if (date) parts.push(date);
  return parts.join(' · ');
}

/** What a screen reader says for a record's row: every fact of the row, no Markdown. */
export function recordAriaLabel(facts: RecordRowFacts): string {
  const { record, successor, problemCount, adrFolder } = facts;
  const parts = [recordLabel(record), statusPhrase(record, successor)];
  const date = record.date?.value ?? record.date?.raw;
  if (date) parts.push(`dated ${date}`);
  if (adrFolder !== undefined) parts.push(`in ${adrFolder}`);
  if (problemCount) parts.push(plural(problemCount, 'problem'));
  return parts.join(', ');
}

export interface RecordProblem {
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/**
 * A record's tooltip as Markdown: the label, its facts, the start of its Context (lists
 * kept as lists), its problems, its path. Everything from the record is escaped, except
 * inline code, which stays code.
 */
export function recordTooltipMarkdown(record: DecisionRecord, successor: DecisionRecord | undefined, problems: readonly RecordProblem[]): string {
  const out: string[] = [`**${escapeMarkdown(recordLabel(record))}**\n\n`];
  const facts: string[] = [];
  if (record.status) facts.push(`Status: ${escapeMarkdown(successor ? statusPhrase(record, successor) : statusAsWritten(record))}`);
  if (record.date?.raw) facts.push(`Date: ${escapeMarkdown(record.date.raw)}`);
  if (record.deciders?.value.length) facts.push(`Deciders: ${escapeMarkdown(record.deciders.value.join(', '))}`);
  if (record.tags?.value.length) facts.push(`Tags: ${escapeMarkdown(record.tags.value.join(', '))}`);
  if (successor) facts.push(`Superseded by: ${escapeMarkdown(recordLabel(successor))}`);
  if (facts.length) out.push(`${facts.join('  \n')}\n\n`);
  const excerpt = contextExcerptOf(record);
  if (excerpt.length) out.push(`---\n\n${excerptMarkdown(excerpt)}\n\n`);
  for (const p of problems) out.push(`$(${p.severity}) ${escapeMarkdown(p.message)}  \n`);
  out.push(`\n*${escapeMarkdown(record.path)}*`);
  return out.join('');
}

/** Prose lines become one paragraph; list items stay items of a list. */
function excerptMarkdown(excerpt: ReturnType<typeof contextExcerptOf>): string {
  const blocks: string[] = [];
  let prose: string[] = [];
  const endProse = () => {
    if (prose.length) blocks.push(prose.join(' '));
    prose = [];
  };
  let list: string[] = [];
  const endList = () => {
    if (list.length) blocks.push(list.join('\n'));
    list = [];
  };
  for (const line of excerpt) {
    if (line.listMarker) {
      endProse();
      const marker = /^\d/.test(line.listMarker) ? line.listMarker.replace(')', '.') : '-';
      list.push(`${marker} ${inlineMarkdown(line.text)}`);
    } else {
      endList();
      prose.push(inlineMarkdown(line.text));
    }
  }
  endProse();
  endList();
  return blocks.join('\n\n');
}

/**
 * A line of the record's Markdown made safe to render: inline code stays code (nothing
 * inside it is interpreted); links become their text, emphasis plain, and the rest is
 * escaped so it shows as written (no images, HTML or headings from the record).
 */
export function inlineMarkdown(text: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/(`+)([^`]+)\1(?!`)/g)) {
    out.push(escapeMarkdown(plainSegment(text.slice(last, m.index))), `${m[1]}${m[2]}${m[1]}`);
    last = m.index + m[0].length;
  }
  out.push(escapeMarkdown(plainSegment(text.slice(last))));
  return out.join('').trim();
}

/** {@link markdownToPlainText} keeping one space at either end, where the text meets inline code. */
function plainSegment(text: string): string {
  const plain = markdownToPlainText(text);
  const before = /^\s/.test(text) ? ' ' : '';
  const after = /\s$/.test(text) ? ' ' : '';
  return plain ? `${before}${plain}${after}` : before || after;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function firstLine(s: string): string {
  return s.split(/\r?\n/)[0]!.trim();
}
