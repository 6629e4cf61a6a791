import * as vscode from 'vscode';
import { adrFolderOf } from '../../core/adr/catalog';
import type { DecisionGraphModel, decisionGraphModel, renderDecisionGraph } from '../../core/adr/write';
import { decisionGraphLayout, type DecisionGraphLayout } from '../../core/adr/write/graphLayout';
import type { FolderEntry, WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { webviewShell } from './webviewHtml';

/** What the graph page receives: plain data, drawn by media/graph.js with textContent only. */
export interface DecisionGraphMessage extends DecisionGraphModel {
  readonly type: 'graph';
  /** The workspace folder shown. */
  readonly workspaceFolder: string;
  /** Every ADR folder with records, for the folder filter. */
  readonly folders: readonly string[];
  /** The folder shown, or null for all. */
  readonly folder: string | null;
  readonly linkedOnly: boolean;
  /** Where the cards and lines go: computed here, drawn by the page. */
  readonly layout: DecisionGraphLayout;
}

type FromPage =
  | { readonly type: 'ready' }
  | { readonly type: 'open'; readonly id: string }
  | { readonly type: 'filter'; readonly folder: string | null; readonly linkedOnly: boolean }
  | { readonly type: 'copyMermaid' };

/**
 * The graph's content, from the main bundle: this panel is a bundle of its own
 * (dist/decision-graph.js, loaded on first use), and the graph reads the index's ADR
 * catalog, which must be the main bundle's code (see lazyModules.ts).
 */
interface DecisionGraphSource {
  readonly model: typeof decisionGraphModel;
  readonly mermaid: typeof renderDecisionGraph;
}

/**
 * The decision graph of one workspace folder: each group of related records in a layered
 * layout (core/adr/write/graphLayout.ts: no line crosses a card), relations as labelled
 * arrows, records without relations as cards after them. Drawn by our own script rather than Mermaid,
 * which is neither bundled nor reachable under the webview's CSP, and which VS Code's
 * Markdown preview does not render without another extension; the Mermaid text is one
 * click away ("Copy as Mermaid") for pasting into docs. Clicking a record opens it.
 */
export class DecisionGraphPanel implements vscode.Disposable {
  static readonly viewType = 'techlead.decisionGraph';
  private static current: DecisionGraphPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private folder: string | null = null;
  private linkedOnly = false;
  private shown: ReadonlySet<string> = new Set();

  static show(extensionUri: vscode.Uri, indexes: WorkspaceIndexes, entry: FolderEntry, graph: DecisionGraphSource): DecisionGraphPanel {
    const current = DecisionGraphPanel.current;
    if (current) {
      current.showFolder(entry);
      current.panel.reveal();
      return current;
    }
    const panel = vscode.window.createWebviewPanel(DecisionGraphPanel.viewType, titleFor(entry), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    });
    DecisionGraphPanel.current = new DecisionGraphPanel(panel, extensionUri, indexes, entry, graph);
    return DecisionGraphPanel.current;
  }

  private constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, indexes: WorkspaceIndexes, private entry: FolderEntry, private readonly graph: DecisionGraphSource) {
    panel.webview.html = webviewShell(panel.webview, extensionUri, { title: 'Decision Graph', script: 'graph.js', style: 'graph.css' });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: FromPage) => this.onMessage(m)),
      indexes.onDidChange((c) => c.kinds.has('decision') && c.folder.uri.toString() === this.entry.folder.uri.toString() && this.post()),
    );
  }

  private showFolder(entry: FolderEntry): void {
    if (entry.folder.uri.toString() === this.entry.folder.uri.toString()) return;
    this.entry = entry;
    this.folder = null;
    this.panel.title = titleFor(entry);
    this.post();
  }

  private onMessage(m: FromPage): void {
    switch (m.type) {
      case 'ready':
        this.post();
        return;
      case 'filter':
        this.folder = typeof m.folder === 'string' ? m.folder : null;
        this.linkedOnly = m.linkedOnly === true;
        this.post();
        return;
      case 'open':
        // Only records the page was sent: a message cannot open an arbitrary path.
        if (typeof m.id === 'string' && this.shown.has(m.id)) void vscode.window.showTextDocument(this.entry.fs.uri(m.id), { preview: true, viewColumn: vscode.ViewColumn.Beside });
        return;
      case 'copyMermaid':
        void vscode.env.clipboard.writeText(this.graph.mermaid(this.entry.index, this.options())).then(() => this.panel.webview.postMessage({ type: 'copied' }));
        return;
    }
  }

  private options(): { folders?: string[]; linkedOnly: boolean } {
    return { ...(this.folder !== null ? { folders: [this.folder] } : {}), linkedOnly: this.linkedOnly };
  }

  private post(): void {
    const folders = [...new Set(this.entry.index.documents('decision').map(adrFolderOf))].sort();
    if (this.folder !== null && !folders.includes(this.folder)) this.folder = null;
    const model = this.graph.model(this.entry.index, this.options());
    this.shown = new Set(model.nodes.map((n) => n.id));
    const message: DecisionGraphMessage = { type: 'graph', ...model, workspaceFolder: this.entry.folder.name, folders, folder: this.folder, linkedOnly: this.linkedOnly, layout: decisionGraphLayout(model) };
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    DecisionGraphPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

function titleFor(entry: FolderEntry): string {
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `Decision Graph: ${entry.folder.name}` : 'Decision Graph';
}
