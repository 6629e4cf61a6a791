import * as vscode from 'vscode';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import type { ReviewModel } from '../reviewModel';
import { reviewedFile } from '../reviewLookup';

/**
 * A badge on each changed file some guideline applies to, wherever VS Code shows the
 * file (the Source Control view's changes, the Explorer, editor tabs): the number of
 * guidelines, and a tooltip naming them. It leaves the colour to Git's own decoration.
 */
export class ChangedFileDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri[] | undefined>();
  readonly onDidChangeFileDecorations = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: ReviewModel, private readonly indexes: WorkspaceIndexes, private readonly enabledFor: (uri: vscode.Uri) => boolean) {
    this.subscription = model.onDidChange(() => this.emitter.fire(undefined));
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== 'file' || !this.enabledFor(uri)) return undefined;
    const reviewed = reviewedFile(this.model, this.indexes, uri);
    if (!reviewed) return undefined;
    const ids = reviewed.applicable.map((a) => a.guideline.id);
    const count = ids.length;
    const tooltip = count === 1 ? `Guideline ${ids[0]} applies: ${reviewed.applicable[0]!.guideline.title}` : `${count} guidelines apply: ${ids.join(', ')}`;
    // Badges hold two characters at most.
    return new vscode.FileDecoration(count > 9 ? '9+' : String(count), tooltip);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
