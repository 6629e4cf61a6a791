import type { Range, TextEdit } from './text';

/**
 * The one finding type every rule, parser and front end shares: rules report it, the
 * extension shows it as a diagnostic, the CLI prints it as text, JSON or SARIF.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** The kinds of knowledge the toolkit indexes. */
export type DocumentKind = 'decision' | 'risk' | 'guideline' | 'config';

/**
 * A change to files, planned by the core and carried out by a front end: the extension
 * turns it into one `WorkspaceEdit` (undoable, unsaved text survives), the CLI writes it.
 * Paths are relative to the workspace folder, `/`-separated.
 */
export type FileChange =
  /** Creates a file; front ends refuse when it already exists (nothing is overwritten). */
  | { readonly type: 'create'; readonly path: string; readonly content: string }
  /**
   * Edits a file. Offsets refer to `plannedFrom`, the file's text the edits were computed
   * from; front ends refuse the edit when the file's text is no longer exactly that (the
   * user typed, another program wrote, the index re-read it while a picker was open), as
   * the offsets would land inside other words. The text travels with the plan so no front
   * end has to remember what a planner read.
   */
  | { readonly type: 'edit'; readonly path: string; readonly plannedFrom: string; readonly edits: readonly TextEdit[] }
  /** Renames a file; refused when the target exists. */
  | { readonly type: 'rename'; readonly from: string; readonly to: string };

/** An edit-type change. */
export type EditChange = Extract<FileChange, { readonly type: 'edit' }>;

/**
 * An edit of a document or linted file, planned from the text it holds: the one way
 * planners make edits, so the text the offsets refer to always travels with them.
 */
export function editOf(file: { readonly path: string; readonly text: string }, edits: readonly TextEdit[]): EditChange {
  return { type: 'edit', path: file.path, plannedFrom: file.text, edits };
}

export interface Fix {
  readonly title: string;
  readonly changes: readonly FileChange[];
  /**
   * The fix the editor offers first. Every fix is deterministic; `techlead lint --fix` and
   * "fix all" apply the first fix of each finding.
   */
  readonly isPreferred?: boolean;
}

export interface RelatedLocation {
  readonly file: string;
  readonly range: Range;
  readonly message: string;
}

export interface Finding {
  /** Stable rule id, such as `adr/missing-status`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Path relative to the workspace folder, `/`-separated. */
  readonly file: string;
  readonly range: Range;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
}

/** Orders findings by file, then position, then rule: stable output for CLI and tests. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
