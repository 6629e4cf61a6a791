import { findDisabledRules } from '../model/documents';
import type { Finding } from '../model/findings';
import { DOCUMENT_START } from '../model/text';
import { effectiveSeverity, RULE_CRASH_ID, ruleFindingOf, type LintRequest } from '../rules/engine';
import type { Rule } from '../rules/rule';

/**
 * A source file, linted for what it says about decisions (its comments' record mentions).
 * Code is not indexed like records: the editor passes open documents, the CLI the files
 * it reads, each with its text and language.
 */
export interface CodeFile {
  /** Repo-relative, `/`-separated. */
  readonly path: string;
  readonly text: string;
  /** A VS Code language id (`typescript`, `python`); see languageIdOfPath for files on disk. */
  readonly languageId: string;
}

/** A rule over code files; its id and severity are set like any other rule's. */
export type CodeRule = Rule<CodeFile>;

/**
 * Lints one code file with the code rules, the user's severities applied and
 * `techlead-disable` comments honoured, as lintDocument does for indexed documents.
 */
export function lintCodeFile(file: CodeFile, rules: readonly CodeRule[], request: LintRequest): Finding[] {
  const disabled = findDisabledRules(file.text);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (disabled.has('*') || disabled.has(rule.id)) continue;
    const severity = effectiveSeverity(rule.id, rule.defaultSeverity, request.severities);
    if (severity === 'off') continue;
    try {
      rule.check(file, {
        today: request.today,
        workspace: request.workspace,
        options: request.options,
        report: (r) => findings.push(ruleFindingOf(rule.id, severity, r, file.path)),
      });
    } catch (err) {
      findings.push({ rule: RULE_CRASH_ID, severity: 'error', message: `Rule ${rule.id} failed on this file: ${err instanceof Error ? err.message : String(err)}. Please report this.`, file: file.path, range: DOCUMENT_START });
    }
  }
  return findings;
}
