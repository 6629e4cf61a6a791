import * as vscode from 'vscode';
import type { ApplicableGuideline, RegexHint } from '../../../core/review/matchGuidelines';
import type { FolderEntry } from '../../workspace/workspaceIndexes';
import type { ReviewScope } from '../reviewScope';
import { plural } from '../../../core/text/plural';

/** Source of the review's hint diagnostics: its own collection, apart from lint findings. */
export const REVIEW_DIAGNOSTIC_SOURCE = 'techlead-review';
/** Longest matched text quoted in a hint's message; a regex can match a whole long line. */
const MAX_QUOTED = 60;

/**
 * A Hint diagnostic on an added line that matches a guideline's `match` pattern. Its
 * code names the guideline and links to its file, so "Open guideline" and "Tick item…"
 * can find it again from the diagnostic alone (VS Code hands code actions copies).
 */
export function hintDiagnostic(entry: FolderEntry, applicable: ApplicableGuideline, hint: RegexHint): vscode.Diagnostic {
  const { guideline } = applicable;
  const line = hint.line - 1;
  const range = new vscode.Range(line, hint.column, line, hint.column + Math.max(hint.match.length, 1));
  const matched = hint.match.trim();
  const quoted = matched.length > MAX_QUOTED ? `${matched.slice(0, MAX_QUOTED)}…` : matched;
  const diagnostic = new vscode.Diagnostic(range, `${guideline.id} ${guideline.title}: this added line matches what the guideline asks reviewers to look at ("${quoted}").`, vscode.DiagnosticSeverity.Hint);
  diagnostic.source = REVIEW_DIAGNOSTIC_SOURCE;
  const guidelineUri = entry.fs.uri(guideline.path);
  diagnostic.code = { value: guideline.id, target: guidelineUri };
  const at = guideline.checklist[0]?.range ?? guideline.frontMatterRange;
  diagnostic.relatedInformation = [
    new vscode.DiagnosticRelatedInformation(
      new vscode.Location(guidelineUri, new vscode.Range(at.start.line, at.start.character, at.end.line, at.end.character)),
      `${plural(guideline.checklist.length, 'item')} to check: ${guideline.checklist.map((i) => i.text).join(' · ')}`,
    ),
  ];
  return diagnostic;
}

/** Every hint of the scopes, as diagnostics grouped by file URI. */
export function hintDiagnosticsByUri(scopes: readonly ReviewScope[]): Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }> {
  const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
  for (const scope of scopes) {
    for (const applicable of scope.applicable) {
      for (const hint of applicable.hints) {
        const uri = scope.entry.fs.uri(hint.file);
        let slot = byUri.get(uri.toString());
        if (!slot) byUri.set(uri.toString(), (slot = { uri, diagnostics: [] }));
        slot.diagnostics.push(hintDiagnostic(scope.entry, applicable, hint));
      }
    }
  }
  return byUri;
}
