import * as vscode from 'vscode';
import type { Finding, Severity } from '../../core/model/findings';
import type { Range } from '../../core/model/text';
import { ruleDocPath } from '../../core/ruleList';
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

/** The rule id linking to its page shipped with the extension, as markdownlint and ESLint link theirs in Problems. */
function ruleCode(rule: string, extensionUri: vscode.Uri): { value: string; target: vscode.Uri } {
  let target = docTargets.get(rule);
  if (!target) docTargets.set(rule, (target = vscode.Uri.joinPath(extensionUri, ...ruleDocPath(rule).split('/'))));
  return { value: rule, target };
}

/** The rule id of one of our diagnostics (its `code` is the id with a link to its page). */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  return code === undefined ? undefined : typeof code === 'object' ? String(code.value) : String(code);
}

/** @param extensionUri where the extension is installed: rule pages are linked there. */
export function toDiagnostic(finding: Finding, fs: VsCodeFolderFileSystem, extensionUri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toVsRange(finding.range), finding.message, SEVERITY[finding.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = ruleCode(finding.rule, extensionUri);
  if (finding.related?.length) {
    d.relatedInformation = finding.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(fs.uri(r.file), toVsRange(r.range)), r.message));
  }
  return d;
}

/** The diagnostics published for a document and the findings they came from, index-aligned. */
export interface PublishedFindings {
  readonly diagnostics: readonly vscode.Diagnostic[];
  readonly findings: readonly Finding[];
}

/** The finding a published diagnostic came from. */
export function findingOfDiagnostic(published: PublishedFindings | undefined, diagnostic: vscode.Diagnostic): Finding | undefined {
  if (!published) return undefined;
  const i = published.diagnostics.indexOf(diagnostic);
  if (i >= 0) return published.findings[i];
  // VS Code hands code-action providers copies of diagnostics: match by content.
  const j = published.diagnostics.findIndex((d) => ruleIdOf(d) === ruleIdOf(diagnostic) && d.message === diagnostic.message && d.range.isEqual(diagnostic.range));
  return j >= 0 ? published.findings[j] : undefined;
}
