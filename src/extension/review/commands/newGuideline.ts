import * as vscode from 'vscode';
import type { GuidelineDiscovery } from '../../../core/guidelines/discovery';
import type { GuidelineSeverity } from '../../../core/guidelines/model';
import { planNewGuideline } from '../../../core/guidelines/newGuideline';
import { DEFAULT_GUIDELINE_SEVERITY } from '../../../core/guidelines/parseGuideline';
import { compileGlob } from '../../../core/glob/glob';
import { pickFolder } from '../../commands/pickers';
import { applyChanges } from '../../edits/applyChanges';
import type { ReviewNode } from '../../views/review/reviewNodes';
import { relativePath } from '../../workspace/vscodeFileSystem';
import type { FolderEntry, WorkspaceIndexes } from '../../workspace/workspaceIndexes';

const SEVERITIES: readonly { label: string; value: GuidelineSeverity; description: string }[] = [
  { label: 'Blocker', value: 'blocker', description: 'must be checked before merging; listed first' },
  { label: 'Warning', value: 'warning', description: 'worth a careful look' },
  { label: 'Info', value: 'info', description: 'a reminder' },
];

/**
 * "New Guideline…": title, the paths it applies to and a severity; the core plans the
 * file (next id in the folder's style, a free name), it is created as one undoable edit
 * and opened with the placeholder rationale selected, ready to be typed over.
 * From a changed file in the view, the file's folder is suggested.
 */
export async function newGuideline(indexes: WorkspaceIndexes, node?: ReviewNode): Promise<void> {
  const entry = node ? node.scope.entry : await pickFolder(indexes, 'New Guideline');
  if (!entry) return;
  const discovery = entry.index.discovery<GuidelineDiscovery>('guideline');
  if (!discovery) {
    void vscode.window.showInformationMessage(`New Guideline: ${entry.folder.name} is still being indexed; try again in a moment.`);
    return;
  }
  const title = await vscode.window.showInputBox({
    title: 'New Guideline (1/3): title',
    prompt: 'What should reviewers check? e.g. "Validate input at API boundaries"',
    validateInput: (v) => (v.trim() ? undefined : 'A guideline needs a title'),
  });
  if (!title) return;
  const patterns = await vscode.window.showInputBox({
    title: 'New Guideline (2/3): applies to',
    prompt: 'Paths it applies to, as gitignore-style patterns separated by commas (src/api/**, !**/*.test.ts)',
    value: suggestedPattern(entry, node),
    validateInput: validatePatterns,
  });
  if (!patterns) return;
  const severity = await vscode.window.showQuickPick(
    SEVERITIES.map((s) => ({ ...s, description: s.value === DEFAULT_GUIDELINE_SEVERITY ? `${s.description} (default)` : s.description })),
    { title: 'New Guideline (3/3): severity' },
  );
  if (!severity) return;
  const plan = planNewGuideline(
    { discovery, guidelines: entry.index.documents('guideline') },
    { title, appliesTo: splitPatterns(patterns), severity: severity.value },
  );
  if (plan.error !== undefined) {
    void vscode.window.showErrorMessage(`New Guideline: ${plan.error}`);
    return;
  }
  if (!(await applyChanges(entry.fs, [plan.change], 'New Guideline'))) return;
  const document = await vscode.workspace.openTextDocument(entry.fs.uri(plan.path));
  const { start, end } = plan.selection;
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(start.line, start.character, end.line, end.character) });
}

function splitPatterns(text: string): string[] {
  return text.split(',').map((p) => p.trim()).filter(Boolean);
}

function validatePatterns(text: string): string | undefined {
  const patterns = splitPatterns(text);
  if (patterns.length === 0) return 'Name at least one path pattern, such as src/api/**';
  for (const p of patterns) {
    const problem = compileGlob(p).problem;
    if (problem) return `"${p}": ${problem.message}${problem.suggestion ? ` Did you mean "${problem.suggestion}"?` : ''}`;
  }
  return undefined;
}

/** The folder of the file the command came from (a changed file, or the active editor). */
function suggestedPattern(entry: FolderEntry, node: ReviewNode | undefined): string {
  const fromNode = node?.type === 'file' ? node.file.path : undefined;
  const active = vscode.window.activeTextEditor?.document.uri;
  const path = fromNode ?? (active && relativePath(entry.folder, active));
  const slash = path?.lastIndexOf('/') ?? -1;
  return path && slash > 0 ? `${path.slice(0, slash)}/**` : '';
}
