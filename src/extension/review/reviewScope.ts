import type * as vscode from 'vscode';
import type { Codeowners } from '../../core/guidelines/codeowners';
import type { Guideline } from '../../core/guidelines/model';
import type { ChangedFile } from '../../core/review/changeSet';
import { GuidelineMatcher } from '../../core/review/guidelineMatcher';
import { matchGuidelines, type ApplicableGuideline } from '../../core/review/matchGuidelines';
import type { GitRepository } from '../git/gitApi';
import { relativePath } from '../workspace/vscodeFileSystem';
import type { FolderEntry } from '../workspace/workspaceIndexes';
import type { Comparison } from './comparison';
import type { ChangedFileAt } from './readChange';
import type { CodeText } from './changedCodeTexts';
import type { RecordMention } from '../../core/adr/mentionScan';
import { codeMentions } from '../../core/governance/governance';
import { governanceOfChange, type ChangeGovernance } from '../../core/governance/changeGovernance';

/**
 * One repository's change as seen from one workspace folder: the folder's guidelines
 * matched against the changed files inside it, paths relative to the folder (the way
 * guidelines write their `applies-to`). A repository usually maps to one folder; a
 * multi-root workspace of several repositories gives one scope each.
 */
export interface ReviewScope {
  /** Stable across refreshes: the repository root and the folder. */
  readonly key: string;
  readonly entry: FolderEntry;
  readonly repository: GitRepository;
  readonly comparison: Comparison;
  readonly changes: readonly ChangedFile[];
  readonly applicable: readonly ApplicableGuideline[];
  /** The decisions governing the changed files and the open risks naming them. */
  readonly governance: ChangeGovernance;
  readonly codeowners: Codeowners | undefined;
  readonly notes: readonly string[];
  /** Where this scope's ticks are kept: per repository and branch. */
  readonly tickScope: string;
}

/** Time each guideline's `match` regexes may take over one change (the editor stays responsive). */
const REGEX_BUDGET_MS = 100;

/** Whether a repository and a workspace folder share files: one contains the other. */
export function overlaps(repositoryRoot: vscode.Uri, folder: vscode.Uri): boolean {
  if (repositoryRoot.scheme !== folder.scheme || repositoryRoot.authority !== folder.authority) return false;
  const a = withSlash(repositoryRoot.path);
  const b = withSlash(folder.path);
  return a.startsWith(b) || b.startsWith(a);
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** The repository's changed files that lie in the folder, with folder-relative paths. */
export function changesInFolder(folder: vscode.WorkspaceFolder, files: readonly ChangedFileAt[]): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const f of files) {
    const path = relativePath(folder, f.uri);
    if (!path) continue;
    const oldPath = f.originalUri && relativePath(folder, f.originalUri);
    out.push({ ...f.change, path, ...(oldPath ? { oldPath } : {}) });
  }
  return out;
}

const matchers = new WeakMap<readonly Guideline[], GuidelineMatcher>();

/**
 * The guidelines of the folder that apply to the changes. The index hands out the same
 * array until a guideline changes, so the compiled matcher is reused until then.
 */
export function applicableGuidelines(entry: FolderEntry, changes: readonly ChangedFile[]): ApplicableGuideline[] {
  const guidelines = entry.index.documents('guideline');
  let matcher = matchers.get(guidelines);
  if (!matcher) matchers.set(guidelines, (matcher = new GuidelineMatcher(guidelines)));
  return matchGuidelines(matcher, changes, { regexBudgetMs: REGEX_BUDGET_MS });
}

/** The decisions and risks governing the folder's changed files, with the record mentions in each one's comments. */
export function changeGovernance(entry: FolderEntry, changes: readonly ChangedFile[], files: readonly ChangedFileAt[], texts: ReadonlyMap<string, CodeText>): ChangeGovernance {
  const byPath = new Map<string, readonly RecordMention[]>();
  for (const f of files) {
    const code = texts.get(f.uri.toString());
    const path = code && relativePath(entry.folder, f.uri);
    if (path) byPath.set(path, codeMentions(code.text, code.languageId, path));
  }
  return governanceOfChange(entry.index, changes.map((c) => ({ path: c.path, mentions: byPath.get(c.path) ?? [] })));
}
