import type { Finding } from '../../core/model/findings';
import { plural } from '../../core/text/plural';

/** One finding as `file:line:col: severity message [rule]`: the shape editors' and CI problem matchers read. */
export function findingLine(f: Finding): string {
  return `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.message} [${f.rule}]`;
}

/** The findings, one {@link findingLine} each, and a summary. */
export function formatText(findings: readonly Finding[]): string {
  const lines = findings.map(findingLine);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const others = findings.length - errors - warnings;
  const summary = findings.length === 0
    ? 'No problems found.'
    : `${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${others ? `, ${others} other` : ''})`;
  return `${[...lines, summary].join('\n')}\n`;
}

/** JSON: an array of findings with 1-based positions. */
export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(findings.map((f) => ({
    file: f.file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
  })), null, 2)}\n`;
}
