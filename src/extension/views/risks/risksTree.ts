import * as vscode from 'vscode';
import type { Risk, RiskRegister } from '../../../core/risk/model';
import type { DiagnosticsController } from '../../diagnostics/diagnosticsController';
import type { FolderEntry, WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import { systemClock } from '../../../core/host';
import { Commands } from '../../ids';
import { BAND_LABELS, BAND_ORDER, riskIcon, riskTooltip, STATUS_ORDER, type RiskGrouping } from './riskPresentation';
import { overdueState, riskAriaLabel, riskDescription, riskLabel } from './riskText';
import { riskDecorationUri } from './riskDecorations';

const GROUPING_KEY = 'techlead.risks.grouping';

export type RiskNode =
  | { readonly type: 'folder'; readonly id: string; readonly entry: FolderEntry }
  | { readonly type: 'group'; readonly id: string; readonly entry: FolderEntry; readonly key: string; readonly label: string; readonly items: readonly RiskItem[] }
  | { readonly type: 'risk'; readonly id: string; readonly entry: FolderEntry; readonly item: RiskItem }
  | { readonly type: 'broken'; readonly id: string; readonly entry: FolderEntry; readonly register: RiskRegister; readonly message: string; readonly line: number }
  | { readonly type: 'empty'; readonly id: string; readonly entry: FolderEntry; readonly register: RiskRegister };

export interface RiskItem {
  readonly register: RiskRegister;
  readonly risk: Risk;
}

/**
 * The Risks view: every risk of every register, grouped by severity band (or owner,
 * status, category), highest score first. A register that cannot be read shows as an
 * error item at the top, never disappears; a register with no risks yet shows as a row
 * that starts Add Risk in it (a new register is not "no register").
 */
export class RisksTreeProvider implements vscode.TreeDataProvider<RiskNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<RiskNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private mine: { names: readonly string[] } | undefined;

  constructor(private readonly indexes: WorkspaceIndexes, diagnostics: DiagnosticsController, private readonly state: vscode.Memento) {
    this.subscriptions.push(
      indexes.onDidChange((c) => c.kinds.has('risk') && this.refresh()),
      diagnostics.onDidPublish(() => this.refresh()),
    );
  }

  get grouping(): RiskGrouping {
    return this.state.get<RiskGrouping>(GROUPING_KEY, 'band');
  }

  async setGrouping(g: RiskGrouping): Promise<void> {
    await this.state.update(GROUPING_KEY, g);
    this.refresh();
  }

  /** Shows only risks whose owner matches one of these (git user name or e-mail); undefined shows all. */
  setMine(names: readonly string[] | undefined): void {
    this.mine = names ? { names: names.map((n) => n.toLowerCase()).filter(Boolean) } : undefined;
    this.refresh();
  }

  get mineOnly(): boolean {
    return !!this.mine;
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  /** Every risk in the workspace, shown or not (for the status bar and the filter message). */
  allItems(): { entry: FolderEntry; item: RiskItem }[] {
    return this.indexes.folders().flatMap((entry) => entry.index.documents('risk').flatMap((register) => register.risks.map((risk) => ({ entry, item: { register, risk } }))));
  }

  /** Whether the view shows this risk: always, unless Show Only My Risks is on and it is someone else's. */
  shows(risk: Risk): boolean {
    if (!this.mine) return true;
    const owner = `${risk.owner?.name ?? ''} ${risk.owner?.email ?? ''} ${risk.owner?.text ?? ''}`.toLowerCase();
    return this.mine.names.some((n) => owner.includes(n));
  }

  getChildren(node?: RiskNode): RiskNode[] {
    if (!node) {
      const entries = this.indexes.folders().filter((e) => e.index.documents('risk').length > 0);
      if ((vscode.workspace.workspaceFolders?.length ?? 0) > 1) {
        return entries.map((entry) => ({ type: 'folder', id: `folder:${entry.folder.uri}`, entry }));
      }
      return entries.length ? this.childrenOf(entries[0]!) : [];
    }
    if (node.type === 'folder') return this.childrenOf(node.entry);
    if (node.type === 'group') return node.items.map((item) => this.riskNode(node.entry, item));
    return [];
  }

  getTreeItem(node: RiskNode): vscode.TreeItem {
    switch (node.type) {
      case 'folder': {
        const item = new vscode.TreeItem(node.entry.folder.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.iconPath = vscode.ThemeIcon.Folder;
        return item;
      }
      case 'group': {
        const collapsed = node.key === 'closed' || node.key === 'low';
        const item = new vscode.TreeItem(node.label, collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.items.length);
        item.contextValue = 'riskGroup';
        return item;
      }
      case 'broken': {
        const item = new vscode.TreeItem(node.register.path, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = node.message;
        item.tooltip = `${node.register.path}:${node.line + 1}: ${node.message}`;
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
        item.contextValue = 'riskRegisterBroken';
        const uri = node.entry.fs.uri(node.register.path);
        item.command = { command: 'vscode.open', title: 'Open Register', arguments: [uri, { selection: new vscode.Range(node.line, 0, node.line, 0) }] };
        return item;
      }
      case 'empty': {
        const item = new vscode.TreeItem(node.register.path, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = 'no risks yet — click to add the first';
        item.tooltip = `${node.register.path} has no risks yet. Add the first: what could go wrong, how likely and how bad, who owns it and when the response is due.`;
        item.iconPath = new vscode.ThemeIcon('add');
        item.contextValue = 'riskRegisterEmpty';
        item.command = { command: Commands.riskAdd, title: 'Add Risk', arguments: [node] };
        return item;
      }
      case 'risk': {
        const { register, risk } = node.item;
        const item = new vscode.TreeItem(riskLabel(risk), vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        const today = systemClock.today();
        item.resourceUri = riskDecorationUri(node.entry.folder, register.path, risk.id ?? String(risk.index), overdueState(risk, today));
        item.iconPath = riskIcon(risk);
        // A register in another style is read-only: the view says so beside each of its risks.
        item.description = register.readOnly ? `${riskDescription(risk, today)} · read-only` : riskDescription(risk, today);
        item.tooltip = riskTooltip(register, risk, today);
        item.accessibilityInformation = { label: `${riskAriaLabel(risk, today)}${register.readOnly ? ', read-only' : ''}` };
        item.contextValue = `risk.${risk.effectiveStatus}${register.readOnly ? '.readonly' : ''}`;
        const uri = node.entry.fs.uri(register.path);
        const a = risk.anchor;
        item.command = { command: 'vscode.open', title: 'Show Risk', arguments: [uri, { selection: new vscode.Range(a.start.line, a.start.character, a.end.line, a.end.character) }] };
        return item;
      }
    }
  }

  private childrenOf(entry: FolderEntry): RiskNode[] {
    const registers = entry.index.documents('risk');
    const broken: RiskNode[] = registers.filter((r) => !r.parsed || r.syntaxErrors.length > 0).map((register) => {
      const first = register.syntaxErrors[0] ?? register.problems[0];
      return {
        type: 'broken',
        id: `broken:${entry.folder.uri}|${register.path}`,
        entry,
        register,
        message: first ? first.message : 'This register could not be read',
        line: first?.range.start.line ?? 0,
      };
    });
    const empty: RiskNode[] = registers.every((r) => r.risks.length === 0)
      ? registers.filter((r) => r.parsed && r.syntaxErrors.length === 0 && !r.readOnly).map((register) => ({ type: 'empty', id: `empty:${entry.folder.uri}|${register.path}`, entry, register }))
      : [];
    const items = registers.flatMap((register) => register.risks.map((risk) => ({ register, risk }))).filter((i) => this.shows(i.risk));
    const groups = new Map<string, { label: string; order: number; items: RiskItem[] }>();
    for (const item of items) {
      const [key, label, order] = this.groupOf(item.risk);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { label, order, items: [] }));
      g.items.push(item);
    }
    const grouped = [...groups].sort(([ka, a], [kb, b]) => a.order - b.order || ka.localeCompare(kb)).map(([key, g]) => ({
      type: 'group' as const,
      id: `group:${entry.folder.uri}|${this.grouping}:${key}`,
      entry,
      key,
      label: g.label,
      items: g.items.sort(byScoreThenDue),
    }));
    return [...broken, ...empty, ...grouped];
  }

  private groupOf(risk: Risk): [key: string, label: string, order: number] {
    switch (this.grouping) {
      case 'band': {
        const key = risk.effectiveStatus === 'closed' ? 'closed' : risk.band ?? 'unscored';
        return key === 'closed' ? ['closed', 'Closed', 99] : [key, BAND_LABELS[key as keyof typeof BAND_LABELS], BAND_ORDER.indexOf(key as never)];
      }
      case 'owner': {
        const owner = risk.owner?.name ?? risk.owner?.text;
        return owner ? [`owner:${owner.toLowerCase()}`, owner, 1] : ['owner:', 'No owner', 0];
      }
      case 'status': {
        const s = risk.effectiveStatus;
        return [s, s[0]!.toUpperCase() + s.slice(1), STATUS_ORDER.indexOf(s)];
      }
      case 'category': {
        const c = risk.category?.trim();
        return c ? [`cat:${c.toLowerCase()}`, c, 1] : ['cat:', 'No category', 2];
      }
    }
  }

  private riskNode(entry: FolderEntry, item: RiskItem): RiskNode {
    return { type: 'risk', id: `risk:${entry.folder.uri}|${item.register.path}|${item.risk.id ?? ""}#${item.risk.index}`, entry, item };
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}

function byScoreThenDue(a: RiskItem, b: RiskItem): number {
  return (b.risk.score ?? -1) - (a.risk.score ?? -1) || (a.risk.due ?? '9999').localeCompare(b.risk.due ?? '9999') || (a.risk.id ?? '').localeCompare(b.risk.id ?? '');
}
