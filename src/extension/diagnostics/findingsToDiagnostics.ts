import * as vscode from 'vscode';
import type { Finding, Severity } from '../../core/model/findings';
import type { Range } from '../../core/model/text';
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

export function toDiagnostic(finding: Finding, fs: VsCodeFolderFileSystem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toVsRange(finding.range), finding.message, SEVERITY[finding.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = finding.rule;
  if (finding.related?.length) {
    d.relatedInformation = finding.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(fs.uri(r.file), toVsRange(r.range)), r.message));
  }
  return d;
}
