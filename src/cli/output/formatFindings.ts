import type { Finding } from '../../core/model/findings';
import { plural } from '../../core/text/plural';

/** `file:line:col: severity message [rule]`: the shape editors' and CI problem matchers read. */
export function formatText(findings: readonly Finding[]): string {
  const lines = findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.message} [${f.rule}]`);
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

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, for code-scanning dashboards. */
export function formatSarif(findings: readonly Finding[], rules: readonly { id: string; description: string }[], version: string): string {
  const ruleIds = [...new Set([...rules.map((r) => r.id), ...findings.map((f) => f.rule)])].sort();
  const descriptions = new Map(rules.map((r) => [r.id, r.description]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'techlead',
          informationUri: 'https://example.invalid/techlead-toolkit',
          version,
          rules: ruleIds.map((id) => ({ id, shortDescription: { text: descriptions.get(id) ?? id } })),
        },
      },
      results: findings.map((f) => ({
        ruleId: f.rule,
        ruleIndex: ruleIds.indexOf(f.rule),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: f.file },
            region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
          },
        }],
      })),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
