import * as vscode from 'vscode';
import type { DocumentKind } from '../../core/model/findings';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';

interface DocumentNode {
  readonly folder: vscode.WorkspaceFolder;
  readonly path: string;
}

/** Interim tree listing each indexed file of one kind (replaced by the kind-specific trees). */
export class KindDocumentsTree implements vscode.TreeDataProvider<DocumentNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<DocumentNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly indexes: WorkspaceIndexes, private readonly kind: DocumentKind) {
    this.subscription = indexes.onDidChange((c) => {
      if (c.kinds.has(kind)) this.emitter.fire(undefined);
    });
  }

  getChildren(element?: DocumentNode): DocumentNode[] {
    if (element) return [];
    return this.indexes.folders().flatMap((e) => e.index.documents(this.kind).map((d) => ({ folder: e.folder, path: d.path })));
  }

  getTreeItem(node: DocumentNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.path);
    item.resourceUri = vscode.Uri.joinPath(node.folder.uri, node.path);
    item.command = { command: 'vscode.open', title: 'Open', arguments: [item.resourceUri] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
