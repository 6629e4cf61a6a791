import * as vscode from 'vscode';
import { codeMentions, governanceOf, NOT_GOVERNED, type Governance } from '../../core/governance/governance';
import type { FolderEntry, WorkspaceIndexes } from '../workspace/workspaceIndexes';

/** Longer documents (bundles, data dumps) are not scanned for mentions. */
const MAX_SCANNED_LENGTH = 2_000_000;

export interface GovernedDocument {
  readonly entry: FolderEntry;
  /** The document's path in its workspace folder. */
  readonly path: string;
  readonly governance: Governance;
}

/**
 * What governs an open document, worked out once per document version and index state
 * and shared by the status bar and the CodeLens: its folder's decisions (applies-to and
 * the mentions in its comments) and risks. Fires when an answer may have changed.
 */
export class FileGovernance implements vscode.Disposable {
  private readonly cache = new Map<string, { readonly version: number; readonly generation: number; readonly governed: GovernedDocument }>();
  /** Bumped when decisions or risks change: every cached answer is stale then. */
  private generation = 0;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly indexes: WorkspaceIndexes) {
    this.subscriptions = [
      indexes.onDidChange((c) => {
        if (!c.rebuilt && !c.kinds.has('decision') && !c.kinds.has('risk')) return;
        this.generation++;
        this.emitter.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
    ];
  }

  /** The document's governance; undefined outside the workspace folders. */
  of(document: vscode.TextDocument): GovernedDocument | undefined {
    const hit = this.indexes.entryFor(document.uri);
    if (!hit) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.generation === this.generation && cached.governed.entry === hit.entry) return cached.governed;
    // Records, registers and guidelines are about decisions, not governed by them.
    const indexed = hit.entry.index.get(hit.path) !== undefined;
    const text = indexed ? '' : document.getText();
    const mentions = text.length > MAX_SCANNED_LENGTH ? [] : codeMentions(text, document.languageId, hit.path);
    const governance = indexed ? NOT_GOVERNED : governanceOf(hit.entry.index, hit.path, mentions);
    const governed = { entry: hit.entry, path: hit.path, governance };
    this.cache.set(key, { version: document.version, generation: this.generation, governed });
    return governed;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
    this.cache.clear();
  }
}
