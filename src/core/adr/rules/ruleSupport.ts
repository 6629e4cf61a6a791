import type { Range } from '../../model/text';
import type { Rule } from '../../rules/rule';
import type { DecisionRecord } from '../model';

export type AdrRule = Rule<DecisionRecord>;

/** Where a finding about the record as a whole goes: its title heading, else its first line. */
export function recordAnchor(record: DecisionRecord): Range {
  if (record.heading) return record.heading.line.range;
  const line = record.frontMatter ? record.frontMatter.block.range.end.line + 1 : 0;
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

/** A record's name in messages: `ADR-0007 "Use Postgres"`, or its file name. */
export function describeRecord(record: DecisionRecord): string {
  return record.title ? `${record.id} "${record.title.value}"` : record.fileName;
}
