import type { Finding, Fix, RelatedLocation, Severity, SeveritySetting } from '../model/findings';
import type { Range } from '../model/text';
import type { AnyIndexedDocument } from '../model/documents';
import { DOCUMENT_START } from '../model/text';
import type { Rule, RuleContext, RuleOptions, RuleReport, WorkspaceView } from './rule';

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
  // Array.of, not a literal `[]`: front ends keep a document's findings until its next edit (see IndexedDocument).
  const findings = Array.of<Finding>();
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

  // One context for the document, reporting for the rule that is checking: rules check
  // synchronously, and a context per rule was most of what linting 10,000 records allocated.
  let ruleId = '';
  let ruleSeverity: Severity = 'error';
  const context: RuleContext = {
    today: request.today,
    workspace: request.workspace,
    options: request.options,
    report: (r) => {
      findings.push(ruleFindingOf(ruleId, ruleSeverity, r, doc.path));
    },
  };
  for (const rule of rules) {
    if (rule.kind !== doc.kind) continue;
    const severity = severityOf(rule.id, rule.defaultSeverity);
    if (!severity) continue;
    ruleId = rule.id;
    ruleSeverity = severity;
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

/**
 * A rule's finding. A class rather than an object literal: the editor keeps findings until
 * the next edit of their document (see IndexedDocument). Optional properties are set only
 * when there is something to say, so JSON output and comparisons see no empty lists.
 * Fixes given as a plan are planned on first read of `fixes` (ruleFindingOf).
 */
class RuleFinding implements Finding {
  declare readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];

  constructor(
    readonly rule: string,
    readonly severity: Severity,
    readonly message: string,
    readonly file: string,
    readonly range: Range,
    fixes: RuleReport['fixes'],
    related: readonly RelatedLocation[] | undefined,
  ) {
    if (typeof fixes === 'function') planFixesOnFirstRead(this, fixes);
    else if (fixes && fixes.length) (this as { fixes?: readonly Fix[] }).fixes = fixes;
    if (related && related.length) this.related = related;
  }
}

/**
 * The finding of a rule's report, with the rule's id and the severity it runs at: the one
 * way documents' and code files' rules turn reports into findings.
 */
export function ruleFindingOf(rule: string, severity: Severity, report: RuleReport, file: string): Finding {
  return new RuleFinding(rule, severity, report.message, report.file ?? file, report.range, report.fixes, report.related);
}

/**
 * Makes `fixes` an own property that plans the fixes the first time it is read and then
 * holds them (or goes away when there are none), so spreading or serialising a finding
 * sees the same properties as for fixes given outright. Planning is the code the commands
 * run, which refuse rather than throw: a plan that throws is a bug, and its error reaches
 * whoever asked for the fixes (the quick-fix provider, `lint --fix`) instead of vanishing.
 */
function planFixesOnFirstRead(finding: RuleFinding, plan: () => readonly Fix[]): void {
  Object.defineProperty(finding, 'fixes', {
    configurable: true,
    enumerable: true,
    get(): readonly Fix[] | undefined {
      const fixes = plan();
      if (fixes.length > 0) Object.defineProperty(finding, 'fixes', { value: fixes, enumerable: true });
      else delete (finding as { fixes?: readonly Fix[] }).fixes;
      return fixes.length > 0 ? fixes : undefined;
    },
  });
}
