import * as vscode from 'vscode';
import type { GitRepository } from '../../git/gitApi';
import type { BaseChoices } from '../baseChoices';
import { defaultBase, listBranches, type BaseChoice } from '../comparison';
import type { ReviewModel } from '../reviewModel';

type BasePick = vscode.QuickPickItem & { readonly choice?: BaseChoice; readonly other?: true };

/**
 * "Choose Base…": what the working tree of a repository is compared with. Automatic
 * follows the settings, `.techlead.yaml` and the default branch; the choice is kept per
 * repository in workspace state.
 */
export async function chooseBase(model: ReviewModel, baseChoices: BaseChoices): Promise<void> {
  const repository = await pickRepository(model);
  if (!repository) return;
  const current = baseChoices.get(repository.rootUri);
  const scope = model.scopes().find((s) => s.repository === repository);
  const configured = scope?.entry.index.config.reviewBase;
  const automatic = configured ?? (await defaultBase(repository)) ?? 'uncommitted changes only';
  const mark = (c: BaseChoice) => (JSON.stringify(c) === JSON.stringify(current) ? ' (current)' : '');
  const branches = (await listBranches(repository)).filter((r) => r.name && !r.name.endsWith('/HEAD') && r.name !== repository.state.HEAD?.name);
  const items: BasePick[] = [
    { label: '$(sync) Automatic', description: `${automatic}${configured ? ' (from settings)' : ''}${mark({ kind: 'auto' })}`, choice: { kind: 'auto' } },
    { label: '$(git-commit) Uncommitted changes', description: `staged and unstaged, against HEAD${mark({ kind: 'uncommitted' })}`, choice: { kind: 'uncommitted' } },
    { label: 'Branches', kind: vscode.QuickPickItemKind.Separator },
    ...branches.map((r): BasePick => ({ label: `$(git-branch) ${r.name}`, description: mark({ kind: 'ref', ref: r.name! }).trim() || undefined, choice: { kind: 'ref', ref: r.name! } })),
    { label: '$(edit) Other ref…', description: 'a tag, a commit, HEAD~3…', other: true },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: 'Choose Base', placeHolder: `Compare ${repository.state.HEAD?.name ?? 'HEAD'} with…`, matchOnDescription: true });
  if (!pick) return;
  let choice = pick.choice;
  if (pick.other) {
    const ref = await vscode.window.showInputBox({ title: 'Choose Base', prompt: 'A branch, tag or commit to compare with', validateInput: (v) => (v.trim() ? undefined : 'Enter a ref') });
    if (!ref) return;
    choice = { kind: 'ref', ref: ref.trim() };
  }
  if (choice) await baseChoices.set(repository.rootUri, choice);
}

async function pickRepository(model: ReviewModel): Promise<GitRepository | undefined> {
  const repositories = model.repositories();
  if (repositories.length === 0) {
    void vscode.window.showInformationMessage('Choose Base: there is no Git repository in this workspace.');
    return undefined;
  }
  if (repositories.length === 1) return repositories[0];
  const items = repositories.map((r) => ({ label: r.rootUri.path.slice(r.rootUri.path.lastIndexOf('/') + 1), description: r.state.HEAD?.name, detail: r.rootUri.fsPath, repository: r }));
  const pick = await vscode.window.showQuickPick(items, { title: 'Choose Base', placeHolder: 'Which repository?' });
  return pick?.repository;
}
