import * as vscode from 'vscode';
import type { BaseChoice } from './comparison';

const STATE_KEY = 'techlead.review.baseChoices';

/**
 * The base each repository is compared with, as picked with "Choose Base…", kept in
 * workspace state per repository root (a reviewer's choice, not a team setting: that is
 * `techlead.review.base` or `review.base` in `.techlead.yaml`).
 */
export class BaseChoices implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the repository root whose choice changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly state: vscode.Memento) {}

  get(repositoryRoot: vscode.Uri): BaseChoice {
    return this.all()[repositoryRoot.toString()] ?? { kind: 'auto' };
  }

  async set(repositoryRoot: vscode.Uri, choice: BaseChoice): Promise<void> {
    const next = { ...this.all() };
    if (choice.kind === 'auto') delete next[repositoryRoot.toString()];
    else next[repositoryRoot.toString()] = choice;
    await this.state.update(STATE_KEY, next);
    this.emitter.fire(repositoryRoot);
  }

  private all(): Readonly<Record<string, BaseChoice>> {
    return this.state.get<Record<string, BaseChoice>>(STATE_KEY, {});
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
