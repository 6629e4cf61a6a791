import * as vscode from 'vscode';
import { ADR_CATALOG, adrFolderOf } from '../../../core/adr/catalog';
import type { DecisionRecord } from '../../../core/adr/model';
import type { Finding } from '../../../core/model/findings';
import type { DiagnosticsController } from '../../diagnostics/diagnosticsController';
import type { FolderEntry, WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import type { DecisionGrouping, DecisionNode, GroupNode, RecordNode } from './decisionNodes';
import { recordDescription, recordLabel, recordTooltip, statusIcon, STATUS_GROUP_LABELS, STATUS_ORDER } from './decisionPresentation';

const GROUPING_KEY = 'techlead.decisions.grouping';

/**
 * The Decisions view: every record of every workspace folder, grouped by status
 * (or by folder, or flat by number or date), filtered by text. Nodes have stable ids
 * and parents, so the record open in the editor can be revealed.
 */
export class DecisionsTreeProvider implements vscode.TreeDataProvider<DecisionNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<DecisionNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly nodesById = new Map<string, DecisionNode>();
  /** Workspace folders whose records come from more than one ADR folder: their rows say which. */
  private readonly severalAdrFolders = new Set<string>();
  private filterText = '';

  constructor(
    private readonly indexes: WorkspaceIndexes,
    private readonly diagnostics: DiagnosticsController,
    private readonly state: vscode.Memento,
  ) {
    this.subscriptions.push(
      indexes.onDidChange((c) => c.kinds.has('decision') && this.refresh()),
      diagnostics.onDidPublish(() => this.refresh()),
    );
  }

  get grouping(): DecisionGrouping {
    return this.state.get<DecisionGrouping>(GROUPING_KEY, 'status');
  }

  async setGrouping(grouping: DecisionGrouping): Promise<void> {
    await this.state.update(GROUPING_KEY, grouping);
    this.refresh();
  }

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    this.refresh();
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getChildren(node?: DecisionNode): DecisionNode[] {
    if (!node) {
      this.nodesById.clear();
      const entries = this.indexes.folders().filter((e) => e.index.documents('decision').length > 0);
      if (entries.length > 1 || (entries.length === 1 && (vscode.workspace.workspaceFolders?.length ?? 0) > 1)) {
        return entries.map((e) => this.remember({ type: 'folder', id: `folder:${e.folder.uri}`, folder: e.folder }));
      }
      return entries.length === 1 ? this.childrenOfFolder(entries[0]!, undefined) : [];
    }
    switch (node.type) {
      case 'folder': {
        const entry = this.indexes.folders().find((e) => e.folder.uri.toString() === node.folder.uri.toString());
        return entry ? this.childrenOfFolder(entry, node.id) : [];
      }
      case 'group':
        return node.records.map((r) => this.recordNode(node.folder, r, node.id));
      case 'record':
        return [];
    }
  }

  getParent(node: DecisionNode): DecisionNode | undefined {
    if (node.type === 'record') return node.parentId ? this.nodesById.get(node.parentId) : undefined;
    if (node.type === 'group') {
      const folderId = `folder:${node.folder.uri}`;
      return this.nodesById.get(folderId);
    }
    return undefined;
  }

  getTreeItem(node: DecisionNode): vscode.TreeItem {
    switch (node.type) {
      case 'folder': {
        const item = new vscode.TreeItem(node.folder.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.iconPath = vscode.ThemeIcon.Folder;
        item.contextValue = 'decisionFolder';
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label, node.key === 'superseded' || node.key === 'rejected' || node.key === 'deprecated'
          ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.records.length);
        item.contextValue = 'decisionGroup';
        return item;
      }
      case 'record':
        return this.recordItem(node);
    }
  }

  /**
   * A record's tooltip (status, date, deciders, the start of its Context, its errors) is
   * made when the pointer rests on it, not for every record a group shows.
   */
  resolveTreeItem(item: vscode.TreeItem, node: DecisionNode): vscode.TreeItem {
    if (node.type !== 'record' || item.tooltip !== undefined) return item;
    const { errors, successor } = this.recordFacts(node);
    item.tooltip = recordTooltip(node.record, successor, errors.map((f) => `${f.message} (${f.rule})`));
    return item;
  }

  /** The node of a record, for `TreeView.reveal`. */
  findRecordNode(folder: vscode.WorkspaceFolder, path: string): RecordNode | undefined {
    if (this.nodesById.size === 0) this.getChildren();
    const entry = this.indexes.folders().find((e) => e.folder.uri.toString() === folder.uri.toString());
    const record = entry?.index.get(path);
    if (!entry || record?.kind !== 'decision') return undefined;
    // Expand the path down to the record so its parent nodes are known.
    for (const top of this.getChildren()) {
      const found = this.searchFor(top, path);
      if (found) return found;
    }
    return undefined;
  }

  private searchFor(node: DecisionNode, path: string): RecordNode | undefined {
    if (node.type === 'record') return node.record.path === path ? node : undefined;
    for (const child of this.getChildren(node)) {
      const found = this.searchFor(child, path);
      if (found) return found;
    }
    return undefined;
  }

  private childrenOfFolder(entry: FolderEntry, parentId: string | undefined): DecisionNode[] {
    const records = this.visibleRecords(entry);
    // Numbers restart in each ADR folder: "1. Record…" beside "1. Use…" needs the folder to make sense.
    const folderKey = entry.folder.uri.toString();
    if (new Set(records.map((r) => adrFolderOf(r))).size > 1) this.severalAdrFolders.add(folderKey);
    else this.severalAdrFolders.delete(folderKey);
    const base = parentId ?? `root:${entry.folder.uri}`;
    switch (this.grouping) {
      case 'number':
        return [...records].sort(byNumberThenPath).map((r) => this.recordNode(entry.folder, r, parentId));
      case 'date':
        return [...records].sort((a, b) => (b.date?.value ?? '').localeCompare(a.date?.value ?? '') || byNumberThenPath(a, b)).map((r) => this.recordNode(entry.folder, r, parentId));
      case 'folder': {
        const groups = new Map<string, DecisionRecord[]>();
        for (const r of records) {
          const key = r.directory?.packageName ? `${r.directory.packageName} (${adrFolderOf(r)})` : adrFolderOf(r) || '/';
          (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
        }
        return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => this.group(entry, base, key, key, list.sort(byNumberThenPath)));
      }
      case 'status': {
        const groups = new Map<string, DecisionRecord[]>();
        for (const r of records) {
          const key = r.status?.value ?? 'none';
          (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
        }
        const order = [...STATUS_ORDER, 'none'];
        return [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
          .map(([key, list]) => this.group(entry, base, key, STATUS_GROUP_LABELS[key as keyof typeof STATUS_GROUP_LABELS], list.sort(byNumberThenPath)));
      }
    }
  }

  private group(entry: FolderEntry, base: string, key: string, label: string, records: readonly DecisionRecord[]): GroupNode {
    return this.remember({ type: 'group', id: `${base}|${this.grouping}:${key}`, folder: entry.folder, key, label, records });
  }

  private recordNode(folder: vscode.WorkspaceFolder, record: DecisionRecord, parentId: string | undefined): RecordNode {
    return this.remember({ type: 'record', id: `record:${folder.uri}|${record.path}`, folder, record, parentId });
  }

  private remember<N extends DecisionNode>(node: N): N {
    this.nodesById.set(node.id, node);
    return node;
  }

  private visibleRecords(entry: FolderEntry): readonly DecisionRecord[] {
    const all = entry.index.documents('decision');
    if (!this.filterText) return all;
    const needle = this.filterText.toLowerCase();
    return all.filter((r) => [recordLabel(r), r.status?.raw ?? '', r.date?.raw ?? '', r.path, ...(r.tags?.value ?? []), ...(r.deciders?.value ?? [])]
      .some((s) => s.toLowerCase().includes(needle)));
  }

  /** What a record's item says beyond the record itself: its file, its errors, the record that superseded it. */
  private recordFacts({ record, folder }: RecordNode): { uri: vscode.Uri; errors: readonly Finding[]; successor: DecisionRecord | undefined } {
    const entry = this.indexes.folders().find((e) => e.folder.uri.toString() === folder.uri.toString());
    const uri = vscode.Uri.joinPath(folder.uri, ...record.path.split('/'));
    const errors = this.diagnostics.findingsFor(uri).filter((f) => f.severity === 'error');
    const successor = record.status?.value === 'superseded' && entry ? successorOf(entry, record) : undefined;
    return { uri, errors, successor };
  }

  private recordItem(node: RecordNode): vscode.TreeItem {
    const { record } = node;
    const { uri, errors, successor } = this.recordFacts(node);
    const item = new vscode.TreeItem(recordLabel(record), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.resourceUri = uri;
    const showFolder = this.grouping !== 'folder' && this.severalAdrFolders.has(node.folder.uri.toString());
    item.description = recordDescription(record, successor, errors.length, showFolder ? adrFolderOf(record) || '/' : undefined);
    item.iconPath = statusIcon(record, errors.length > 0);
    item.contextValue = `decision.${record.status?.value ?? 'none'}`;
    item.command = { command: 'vscode.open', title: 'Open Decision', arguments: [uri, { preview: true }] };
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}

function successorOf(entry: FolderEntry, record: DecisionRecord): DecisionRecord | undefined {
  const catalog = entry.index.catalog(ADR_CATALOG);
  for (const link of record.links) {
    if (link.relation === 'superseded-by') {
      const target = catalog.resolve(record, link.target);
      if (target) return target;
    }
  }
  return catalog.incoming(record.path).find((l) => l.link.relation === 'supersedes')?.from;
}

function byNumberThenPath(a: DecisionRecord, b: DecisionRecord): number {
  return (a.number?.value ?? Number.MAX_SAFE_INTEGER) - (b.number?.value ?? Number.MAX_SAFE_INTEGER) || a.path.localeCompare(b.path);
}
