import type { Finding, Severity, SeveritySetting } from '../../core/model/findings';
import type { Range } from '../../core/model/text';
import { ruleDocPath, type RuleInfo } from '../../core/ruleList';
import { repoUri } from './repoPaths';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Where the findings' files are: SARIF URIs are relative to the repository root, resolved by the viewer. */
export const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  readonly version: string;
  /** Every rule the run checks (listed even without a result, as code scanning expects). */
  readonly rules: readonly RuleInfo[];
  /** The folder linted, relative to the repository root (`''` at the root, else ending with `/`). */
  readonly pathPrefix: string;
  /** A rule's doc page (Markdown), shown by code scanning as the rule's help. */
  readonly helpMarkdown: (id: string) => string | undefined;
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: each rule with its description, help
 * and default level; each result located relative to the repository root, with the
 * other places it names as related locations.
 */
export function formatSarif(findings: readonly Finding[], options: SarifOptions): string {
  const known = new Map(options.rules.map((r) => [r.id, r]));
  const ids = [...new Set([...known.keys(), ...findings.map((f) => f.rule)])].sort();
  const location = (file: string, range: Range) => ({
    physicalLocation: { artifactLocation: { uri: repoUri(options.pathPrefix, file), uriBaseId: SRCROOT }, region: region(range) },
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'techlead', version: options.version, rules: ids.map((id) => sarifRule(id, known.get(id), options.helpMarkdown(id))) } },
      columnKind: 'utf16CodeUnits',
      results: findings.map((f) => ({
        ruleId: f.rule,
        ruleIndex: ids.indexOf(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [location(f.file, f.range)],
        ...(f.related?.length ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...location(r.file, r.range), message: { text: r.message } })) } : {}),
      })),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function sarifRule(id: string, info: RuleInfo | undefined, markdown: string | undefined) {
  const text = info?.description ?? id;
  const severity: SeveritySetting = info?.defaultSeverity ?? 'warning';
  return {
    id,
    shortDescription: { text },
    fullDescription: { text },
    help: { text: `${text} See ${ruleDocPath(id)} in the techlead package.`, ...(markdown ? { markdown } : {}) },
    defaultConfiguration: severity === 'off' ? { enabled: false } : { level: LEVEL[severity] },
  };
}

/** SARIF regions are 1-based; the end column is the one after the last character. */
function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}
