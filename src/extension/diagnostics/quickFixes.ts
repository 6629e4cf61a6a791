import * as vscode from 'vscode';
import type { Fix } from '../../core/model/findings';
import { mergeFixes } from '../../core/model/mergeFixes';
import { DIAGNOSTIC_SOURCE } from '../ids';
import { ChangeRefusedError, toWorkspaceEdit } from '../edits/applyChanges';
import type { VsCodeFolderFileSystem } from '../workspace/vscodeFileSystem';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';
import type { Finding } from '../../core/model/findings';

/** Where the findings behind our diagnostics are kept: the index's documents, open code files. */
export interface FindingLookup {
  findingFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Finding | undefined;
  findingsFor(uri: vscode.Uri): readonly Finding[];
}

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(DIAGNOSTIC_SOURCE);

/**
 * Offers the core's fixes as quick fixes, and the preferred ones together as
 * "Fix all Tech Lead problems" — the same edits the CLI's `--fix` writes.
 */
export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly indexes: WorkspaceIndexes, private readonly lookups: readonly FindingLookup[]) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const hit = this.indexes.entryFor(document.uri);
    if (!hit) return [];
    const { fs } = hit.entry;
    const actions: vscode.CodeAction[] = [];
    const wantsFixAll = context.only?.contains(FIX_ALL_KIND) || context.only?.intersects(FIX_ALL_KIND);
    if (wantsFixAll) {
      // Only edits inside this document: "fix all" on save must not rename or create files.
      const fixes = this.lookups.flatMap((l) => l.findingsFor(document.uri))
        .flatMap((f) => f.fixes?.slice(0, 1) ?? [])
        .filter((fix) => fix.changes.every((c) => c.type === 'edit' && c.path === hit.path));
      const { applied } = mergeFixes(fixes);
      if (applied.length) {
        const action = new vscode.CodeAction('Fix all Tech Lead problems', FIX_ALL_KIND);
        action.edit = await this.safeEdit(fs, applied);
        if (action.edit) actions.push(action);
      }
      return actions;
    }
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = this.lookups.map((l) => l.findingFor(document.uri, diagnostic)).find((f) => f !== undefined);
      for (const fix of finding?.fixes ?? []) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.isPreferred ?? false;
        action.edit = await this.safeEdit(fs, [fix]);
        if (action.edit) actions.push(action);
      }
    }
    return actions;
  }

  private async safeEdit(fs: VsCodeFolderFileSystem, fixes: readonly Fix[]): Promise<vscode.WorkspaceEdit | undefined> {
    if (fixes.length === 0) return undefined;
    try {
      return await toWorkspaceEdit(fs, fixes.flatMap((f) => f.changes));
    } catch (err) {
      // The fix no longer applies (its target exists now, or the file changed since the
      // text its finding came from): offer nothing rather than a broken edit. Anything
      // else is a bug and must surface.
      if (err instanceof ChangeRefusedError) return undefined;
      throw err;
    }
  }
}
