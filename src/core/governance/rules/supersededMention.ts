import { ADR_CATALOG } from '../../adr/catalog';
import { scanRecordMentions, type NumberMention } from '../../adr/mentionScan';
import type { DecisionRecord } from '../../adr/model';
import { resolveAdrReference } from '../../adr/references';
import { isProseLanguage } from '../../text/commentSpans';
import { LineIndex } from '../../text/lineIndex';
import { editOf, type Fix } from '../../model/findings';
import type { CodeFile, CodeRule } from '../codeRules';
import { isRetired, successorOf } from '../successor';

/** Code whose comments cite a decision that no longer holds: the reader follows the wrong record. */
export const supersededMention: CodeRule = {
  id: 'adr/superseded-mention',
  kind: 'decision',
  description: 'A code comment mentions a superseded, deprecated or rejected decision record; the fix points the mention at the record that replaced it.',
  defaultSeverity: 'warning',
  check(file, context) {
    // Prose (records, READMEs) tells history; only code comments are held to the current decision.
    if (isProseLanguage(file.languageId) || !/adr/i.test(file.text)) return;
    const catalog = context.workspace.catalog(ADR_CATALOG);
    let lines: LineIndex | undefined;
    for (const m of scanRecordMentions(file.text, file.languageId, file.path)) {
      // A number inside a Markdown link is the link's business: its target is what is meant.
      if (m.kind !== 'number' || m.inLink) continue;
      const record = resolveAdrReference(context.workspace, m.number, file.path).record;
      if (!record || !isRetired(record)) continue;
      const successor = successorOf(record, catalog);
      lines ??= new LineIndex(file.text);
      const written = file.text.slice(m.start, m.end);
      const replacement = successor ? mentionOf(successor, written) : undefined;
      context.report({
        message: successor
          ? `${describe(record)} is ${record.status!.value}; ${describe(successor)} replaced it. Point the mention at ${successor.id}.`
          : `${describe(record)} is ${record.status!.value} and no record says what replaced it: the comment cites a decision that no longer holds.`,
        range: lines.rangeOf(m.start, m.end),
        fixes: replacement ? [mentionFix(file, m, replacement, successor!)] : [],
        related: record.status ? [{ file: record.path, range: record.status.range, message: `${record.id} is ${record.status.value}` }] : [],
      });
    }
  },
};

function describe(record: DecisionRecord): string {
  return record.title ? `${record.id} "${record.title.value}"` : record.id;
}

/**
 * The successor's mention in the style of the one written: `ADR-0003` → `ADR-0007`,
 * `adr 3` → `adr 7`; a successor without a number (a date-slug record) by its id.
 */
export function mentionOf(successor: DecisionRecord, written: string): string | undefined {
  const parts = /^(adr[-_ ]?)(\d+)$/i.exec(written);
  const n = successor.number?.value;
  if (!parts || n === undefined) return successor.id;
  const digits = parts[2]!;
  const padded = digits.startsWith('0') ? String(n).padStart(digits.length, '0') : String(n);
  return `${parts[1]}${padded}`;
}

function mentionFix(file: CodeFile, m: NumberMention, newText: string, successor: DecisionRecord): Fix {
  return {
    title: `Point the mention at ${successor.id}${successor.title ? ` (${successor.title.value})` : ''}`,
    changes: [editOf(file, [{ start: m.start, end: m.end, newText }])],
    isPreferred: true,
  };
}
