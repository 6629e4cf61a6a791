import type { Finding, Severity, SeveritySetting } from '../model/findings';
import type { AnyIndexedDocument } from '../model/documents';
import { DOCUMENT_START } from '../model/text';
import type { Rule, RuleContext, RuleOptions, WorkspaceView } from './rule';

/** Per-rule severities chosen by the user (settings, `.techlead.yaml` `rules:`). */
export type SeverityOverrides = Readonly<Record<string, SeveritySetting>>;

export interface LintRequest {
  readonly workspace: WorkspaceView;
  readonly today: string;
  readonly options: RuleOptions;
  readonly severities: SeverityOverrides;
}

/** The id under which a rule that throws is reported, so a bug never hides a file's problems. */
export const RULE_CRASH_ID = 'internal/rule-crashed';

export function effectiveSeverity(ruleId: string, defaultSeverity: SeveritySetting, overrides: SeverityOverrides): SeveritySetting {
  return overrides[ruleId] ?? defaultSeverity;
}

/**
 * Lints one document: its parse problems plus every rule of its kind, with the user's
 * severities applied and `techlead-disable` comments honoured.
 */
export function lintDocument(doc: AnyIndexedDocument, rules: readonly Rule<AnyIndexedDocument>[], request: LintRequest): Finding[] {
  const findings: Finding[] = [];
  const disabled = doc.disabledRules;
  const allOff = disabled.has('*');
  const severityOf = (ruleId: string, fallback: SeveritySetting): Severity | undefined => {
    if (allOff || disabled.has(ruleId)) return undefined;
    const s = effectiveSeverity(ruleId, fallback, request.severities);
    return s === 'off' ? undefined : s;
  };

  for (const problem of doc.problems) {
    const severity = severityOf(problem.rule, problem.severity);
    if (severity) findings.push(severity === problem.severity ? problem : { ...problem, severity });
  }

  for (const rule of rules) {
    if (rule.kind !== doc.kind) continue;
    const severity = severityOf(rule.id, rule.defaultSeverity);
    if (!severity) continue;
    const context: RuleContext = {
      today: request.today,
      workspace: request.workspace,
      options: request.options,
      report: (r) => {
        // Optional properties are set only when there is something to say (no spreads: this runs for every finding).
        const finding: Mutable<Finding> = { rule: rule.id, severity, message: r.message, file: r.file ?? doc.path, range: r.range };
        if (r.fixes && r.fixes.length) finding.fixes = r.fixes;
        if (r.related && r.related.length) finding.related = r.related;
        findings.push(finding);
      },
    };
    try {
      rule.check(doc, context);
    } catch (err) {
      findings.push({
        rule: RULE_CRASH_ID,
        severity: 'error',
        message: `Rule ${rule.id} failed on this file: ${err instanceof Error ? err.message : String(err)}. Please report this.`,
        file: doc.path,
        range: DOCUMENT_START,
      });
    }
  }
  return findings;
}

/** A finding reported outside any rule run (discovery, the index) with the user's severity for its id applied. */
export function withUserSeverity(finding: Finding, overrides: SeverityOverrides): Finding | undefined {
  const s = effectiveSeverity(finding.rule, finding.severity, overrides);
  if (s === 'off') return undefined;
  return s === finding.severity ? finding : { ...finding, severity: s };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
