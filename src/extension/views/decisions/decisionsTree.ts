import * as vscode from 'vscode';
import { ADR_CATALOG, adrFolderOf } from '../../../core/adr/catalog';
import type { DecisionRecord } from '../../../core/adr/model';
import type { Finding } from '../../../core/model/findings';
import { plural } from '../../../core/text/plural';
import type { DiagnosticsController } from '../../diagnostics/diagnosticsController';
import type { FolderEntry, WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import type { DecisionGrouping, DecisionNode, GroupNode, RecordNode } from './decisionNodes';
import { recordAriaLabel, recordDescription, recordLabel, STATUS_LABELS } from '../../../core/adr/recordPresentation';
import { recordTooltip, statusIcon, STATUS_ORDER } from './decisionPresentation';

const GROUPING_KEY = 'techlead.decisions.grouping';

/**
 * The Decisions view: every record of every workspace folder, grouped by status
 * (or by folder, or flat by number or date), filtered by text. Numbers restart in each
 * ADR folder, so when a workspace folder has several, grouping by status groups by ADR
 * folder first ("docs/adr" > "Accepted" > "1. Record…"). Nodes have stable ids and
 * parents, so the record open in the editor can be revealed.
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
      case 'group': {
        if (node.byStatusInside) {
          const entry = this.indexes.folders().find((e) => e.folder.uri.toString() === node.folder.uri.toString());
          return entry ? this.statusGroups(entry, node.id, node.records) : [];
        }
        return node.records.map((r) => this.recordNode(node.folder, r, node.id));
      }
      case 'record':
        return [];
    }
  }

  getParent(node: DecisionNode): DecisionNode | undefined {
    if (node.type === 'record') return node.parentId ? this.nodesById.get(node.parentId) : undefined;
    if (node.type === 'group') return this.nodesById.get(node.parentId ?? `folder:${node.folder.uri}`);
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
        const closed = node.by === 'status' && (node.key === 'superseded' || node.key === 'rejected' || node.key === 'deprecated');
        const item = new vscode.TreeItem(node.label, closed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.records.length);
        item.contextValue = 'decisionGroup';
        if (node.by === 'folder') item.iconPath = new vscode.ThemeIcon('folder');
        item.accessibilityInformation = { label: `${node.label}, ${plural(node.records.length, 'decision')}` };
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
    const { problems, successor } = this.recordFacts(node);
    item.tooltip = recordTooltip(node.record, successor, problems.map((f) => ({ message: `${f.message} (${f.rule})`, severity: f.severity === 'error' ? 'error' : 'warning' })));
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
    const severalAdrFolders = new Set(records.map((r) => adrFolderOf(r))).size > 1;
    if (severalAdrFolders) this.severalAdrFolders.add(folderKey);
    else this.severalAdrFolders.delete(folderKey);
    const base = parentId ?? `root:${entry.folder.uri}`;
    switch (this.grouping) {
      case 'number':
        return [...records].sort(byNumberThenPath).map((r) => this.recordNode(entry.folder, r, parentId));
      case 'date':
        return [...records].sort((a, b) => (b.date?.value ?? '').localeCompare(a.date?.value ?? '') || byNumberThenPath(a, b)).map((r) => this.recordNode(entry.folder, r, parentId));
      case 'folder':
        return this.folderGroups(entry, base, records, false);
      case 'status':
        return severalAdrFolders ? this.folderGroups(entry, base, records, true) : this.statusGroups(entry, base, records);
    }
  }

  /** One group per ADR folder (or log4brains package), in path order. */
  private folderGroups(entry: FolderEntry, base: string, records: readonly DecisionRecord[], byStatusInside: boolean): GroupNode[] {
    const groups = new Map<string, DecisionRecord[]>();
    for (const r of records) {
      const key = r.directory?.packageName ? `${r.directory.packageName} (${adrFolderOf(r)})` : adrFolderOf(r) || '/';
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
    }
    return [...groups].sort(([a], [b]) => a.localeCompare(b))
      .map(([key, list]) => this.remember({ type: 'group', by: 'folder', id: `${base}|folder:${key}`, folder: entry.folder, key, label: key, records: list.sort(byNumberThenPath), parentId: undefined, byStatusInside }));
  }

  /** One group per status, in the order a reader cares about (proposed first). */
  private statusGroups(entry: FolderEntry, parentId: string, records: readonly DecisionRecord[]): GroupNode[] {
    const groups = new Map<string, DecisionRecord[]>();
    for (const r of records) {
      const key = r.status?.value ?? 'none';
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
    }
    const order = [...STATUS_ORDER, 'none'];
    // Top-level status groups hang under the workspace folder node (if any), not a group.
    const parent = this.nodesById.get(parentId)?.type === 'group' ? parentId : undefined;
    return [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([key, list]) => this.remember({
        type: 'group', by: 'status', id: `${parentId}|status:${key}`, folder: entry.folder, key,
        label: STATUS_LABELS[key as keyof typeof STATUS_LABELS], records: [...list].sort(byNumberThenPath), parentId: parent, byStatusInside: false,
      }));
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

  /**
   * What a record's item says beyond the record itself: its file, its problems, the record
   * that superseded it. Problems are the errors and warnings, which is what the Problems
   * badge on the row's file counts, so the row's "3 problems" and its badge agree.
   */
  private recordFacts({ record, folder }: RecordNode): { uri: vscode.Uri; problems: readonly Finding[]; successor: DecisionRecord | undefined } {
    const entry = this.indexes.folders().find((e) => e.folder.uri.toString() === folder.uri.toString());
    const uri = vscode.Uri.joinPath(folder.uri, ...record.path.split('/'));
    const problems = this.diagnostics.findingsFor(uri).filter((f) => f.severity === 'error' || f.severity === 'warning');
    const successor = record.status?.value === 'superseded' && entry ? successorOf(entry, record) : undefined;
    return { uri, problems, successor };
  }

  private recordItem(node: RecordNode): vscode.TreeItem {
    const { record } = node;
    const { uri, problems, successor } = this.recordFacts(node);
    const item = new vscode.TreeItem(recordLabel(record), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.resourceUri = uri;
    // Flat lists say the ADR folder on each row; groups say it in the group.
    const showFolder = (this.grouping === 'number' || this.grouping === 'date') && this.severalAdrFolders.has(node.folder.uri.toString());
    const facts = { record, successor, problemCount: problems.length, adrFolder: showFolder ? adrFolderOf(record) || '/' : undefined, groupedByStatus: this.grouping === 'status' };
    item.description = recordDescription(facts);
    item.accessibilityInformation = { label: recordAriaLabel(facts) };
    item.iconPath = statusIcon(record, problems.some((f) => f.severity === 'error'));
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
