import * as vscode from 'vscode';
import type { Finding, Severity } from '../../core/model/findings';
import type { Range } from '../../core/model/text';
import { ruleDocUrl } from '../../core/ruleList';
import { DIAGNOSTIC_SOURCE } from '../ids';
import type { VsCodeFolderFileSystem } from '../workspace/vscodeFileSystem';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** Each rule's doc page as a URI, made once: a big folder publishes thousands of diagnostics. */
const docTargets = new Map<string, vscode.Uri>();

/** The rule id linking to its doc page, as markdownlint and ESLint show theirs in Problems. */
function ruleCode(rule: string): { value: string; target: vscode.Uri } {
  let target = docTargets.get(rule);
  if (!target) docTargets.set(rule, (target = vscode.Uri.parse(ruleDocUrl(rule))));
  return { value: rule, target };
}

/** The rule id of one of our diagnostics (its `code` is the id with a link to its page). */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  return code === undefined ? undefined : typeof code === 'object' ? String(code.value) : String(code);
}

export function toDiagnostic(finding: Finding, fs: VsCodeFolderFileSystem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toVsRange(finding.range), finding.message, SEVERITY[finding.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = ruleCode(finding.rule);
  if (finding.related?.length) {
    d.relatedInformation = finding.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(fs.uri(r.file), toVsRange(r.range)), r.message));
  }
  return d;
}
