import { editOf, type Fix } from '../../model/findings';
import { rstSectionLines } from '../edits/rstEdits';
import { insertParagraph } from '../edits/textInsert';
import { isReStructuredText } from '../../text/rstStructure';
import type { AdrTemplate, DecisionRecord } from '../model';
import { recordAnchor, type AdrRule } from './ruleSupport';

interface RequiredSection {
  /** The heading as the template writes it. */
  readonly name: string;
  /** Section keys that count as this section (the other template's name for it, too). */
  readonly accepts: readonly string[];
}

/** The sections each template requires, in template order. */
const REQUIRED: Readonly<Record<Exclude<AdrTemplate, 'unknown'>, readonly RequiredSection[]>> = {
  nygard: [
    { name: 'Context', accepts: ['context', 'context and problem statement', 'problem statement', 'background'] },
    { name: 'Decision', accepts: ['decision', 'decision outcome', 'decisions'] },
    { name: 'Consequences', accepts: ['consequences', 'consequence', 'implications'] },
  ],
  madr: [
    { name: 'Context and Problem Statement', accepts: ['context and problem statement', 'context', 'problem statement'] },
    { name: 'Considered Options', accepts: ['considered options', 'options', 'options considered'] },
    { name: 'Decision Outcome', accepts: ['decision outcome', 'decision'] },
  ],
};

/** A record missing one of its template's sections is hard to review and to compare with others. */
export const missingSection: AdrRule = {
  id: 'adr/missing-section',
  kind: 'decision',
  description: 'The record lacks a section its template requires (Nygard: Context, Decision, Consequences; MADR: Context and Problem Statement, Considered Options, Decision Outcome).',
  defaultSeverity: 'warning',
  check(record, context) {
    if (record.template === 'unknown') return;
    const required = REQUIRED[record.template];
    const present = new Set(record.sections.map((s) => s.key));
    required.forEach((section, i) => {
      if (section.accepts.some((k) => present.has(k))) return;
      context.report({
        message: `Missing section "${isReStructuredText(record.path) ? '' : '## '}${section.name}" (this record follows the ${record.template === 'madr' ? 'MADR' : 'Nygard'} template).`,
        range: recordAnchor(record),
        fixes: [addSectionFix(record, section, required.slice(i + 1))],
      });
    });
  },
};

/** Adds the heading before the next required section that is present, else at the end. */
function addSectionFix(record: DecisionRecord, section: RequiredSection, later: readonly RequiredSection[]): Fix {
  const next = record.sections.find((s) => later.some((r) => r.accepts.includes(s.key)));
  const at = next ? next.heading.start : record.text.length;
  const heading = isReStructuredText(record.path) ? rstSectionLines(record, section.name) : [`## ${section.name}`];
  return { title: `Add a "${section.name}" section`, changes: [editOf(record, [insertParagraph(record, at, heading)])] };
}
