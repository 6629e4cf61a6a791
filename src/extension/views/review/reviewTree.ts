import * as vscode from 'vscode';
import type { ChecklistItem, Guideline } from '../../../core/guidelines/model';
import type { ChangedFile } from '../../../core/review/changeSet';
import { isTicked, type ChecklistTicks } from '../../../core/review/ticks';
import type { ReviewModel } from '../../review/reviewModel';
import type { ReviewScope } from '../../review/reviewScope';
import type { TickStore } from '../../review/tickStore';
import { alsoAskChildren, decisionsChildren, filesChildren, guidelineChildren, hintsChildren, risksChildren, scopeChildren, type ReviewNode } from './reviewNodes';
import { decisionTreeItem, decisionsTreeItem, riskTreeItem, risksTreeItem } from './governanceItems';
import { guidelineIcon, guidelineProgress, guidelineTooltip, reviewProgress, type Progress } from './reviewPresentation';
import { markdownToPlainText } from '../../../core/text/markdown';
import { plural } from '../../../core/text/plural';

const STATUS_LABEL: Record<ChangedFile['status'], string> = { added: 'added', modified: 'modified', deleted: 'deleted', renamed: 'renamed' };

/**
 * The Review Checklist view's data: what {@link ReviewModel} found, with the reviewer's
 * ticks from {@link TickStore} as checkboxes. Keeps no state of its own, so a new
 * provider over the same model and workspace state shows the same ticks.
 */
export class ReviewTreeProvider implements vscode.TreeDataProvider<ReviewNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ReviewNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly model: ReviewModel, private readonly ticks: TickStore) {
    this.subscriptions = [model.onDidChange(() => this.refresh()), ticks.onDidChange(() => this.refresh())];
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  /** Ticked and total items of every applicable guideline. */
  progress(): Progress {
    return reviewProgress(this.model.scopes(), (s) => this.ticksOf(s));
  }

  ticksOf(scope: ReviewScope): ChecklistTicks {
    return this.ticks.ticks(scope.tickScope);
  }

  getChildren(node?: ReviewNode): ReviewNode[] {
    if (!node) {
      const scopes = this.model.scopes();
      if (scopes.length === 1) return scopeChildren(scopes[0]!, undefined);
      return scopes.map((scope) => ({ type: 'scope', id: scope.key, scope }));
    }
    switch (node.type) {
      case 'scope':
        return scopeChildren(node.scope, node);
      case 'guideline':
        return guidelineChildren(node);
      case 'files':
        return filesChildren(node);
      case 'hints':
        return hintsChildren(node);
      case 'alsoAsk':
        return alsoAskChildren(node);
      case 'decisions':
        return decisionsChildren(node);
      case 'risks':
        return risksChildren(node);
      default:
        return [];
    }
  }

  getParent(node: ReviewNode): ReviewNode | undefined {
    return node.parent;
  }

  getTreeItem(node: ReviewNode): vscode.TreeItem {
    const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
    switch (node.type) {
      case 'scope': {
        const item = new vscode.TreeItem(node.scope.entry.folder.name, Expanded);
        const p = reviewProgress([node.scope], (s) => this.ticksOf(s));
        item.description = `${p.ticked}/${p.total} · ${node.scope.comparison.label}`;
        item.tooltip = [node.scope.comparison.label, `${node.scope.changes.length} changed files`, ...node.scope.notes].join('\n');
        item.iconPath = new vscode.ThemeIcon('repo');
        return withId(item, node);
      }
      case 'broken': {
        const { guideline } = node;
        const message = guideline.problems[0]?.message ?? guideline.frontMatterIssues[0]?.message ?? 'This guideline cannot be read';
        const item = new vscode.TreeItem(guideline.path, None);
        item.description = message;
        item.tooltip = `${guideline.path}: ${message}\nThis guideline is left out of the review until the file is fixed.`;
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
        item.contextValue = 'reviewGuidelineBroken';
        item.command = openCommand(node.scope.entry.fs.uri(guideline.path), guideline.frontMatterIssues[0]?.range.start.line ?? 0, 'Open Guideline');
        return withId(item, node);
      }
      case 'guideline': {
        const { guideline } = node.applicable;
        const ticks = this.ticksOf(node.scope);
        const p = guidelineProgress(guideline, ticks);
        const done = p.total > 0 && p.ticked === p.total;
        const item = new vscode.TreeItem(guideline.title, done ? Collapsed : Expanded);
        item.description = `${p.ticked}/${p.total} · ${guideline.id}`;
        item.tooltip = guidelineTooltip(node.applicable, ticks);
        item.iconPath = guidelineIcon(guideline, done);
        item.contextValue = 'reviewGuideline';
        item.command = openCommand(node.scope.entry.fs.uri(guideline.path), guideline.checklist[0]?.range.start.line ?? 0, 'Open Guideline');
        return withId(item, node);
      }
      case 'item': {
        const { guideline } = node.applicable;
        const ticked = isTicked(guideline, node.item, this.ticksOf(node.scope));
        const item = new vscode.TreeItem(markdownToPlainText(node.item.text), None);
        item.checkboxState = ticked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
        item.tooltip = new vscode.MarkdownString(node.item.text);
        item.contextValue = 'reviewItem';
        item.accessibilityInformation = { label: `${ticked ? 'Ticked' : 'Not ticked'}: ${markdownToPlainText(node.item.text)}` };
        return withId(item, node);
      }
      case 'files': {
        const count = node.applicable.files.length;
        const item = new vscode.TreeItem('Changed files', count > 5 ? Collapsed : Expanded);
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon('files');
        return withId(item, node);
      }
      case 'file': {
        const uri = node.scope.entry.fs.uri(node.file.path);
        const item = new vscode.TreeItem(node.file.path, None);
        item.resourceUri = uri;
        item.description = [STATUS_LABEL[node.file.status], node.hints > 0 ? `${plural(node.hints, 'line')} to look at` : undefined].filter(Boolean).join(' · ');
        item.contextValue = 'reviewFile';
        item.command = this.openChangeCommand(node.scope, node.file);
        return withId(item, node);
      }
      case 'hints': {
        const item = new vscode.TreeItem('Lines to look at', Collapsed);
        item.description = String(node.applicable.hints.length);
        item.iconPath = new vscode.ThemeIcon('search');
        item.tooltip = 'Added lines that match the guideline\'s match patterns';
        return withId(item, node);
      }
      case 'hint': {
        const item = new vscode.TreeItem(`${node.hint.file}:${node.hint.line}`, None);
        item.description = node.hint.text.trim();
        item.iconPath = new vscode.ThemeIcon('debug-breakpoint-log-unverified');
        item.command = openCommand(node.scope.entry.fs.uri(node.hint.file), node.hint.line - 1, 'Show Line');
        return withId(item, node);
      }
      case 'note': {
        const item = new vscode.TreeItem(node.message, None);
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.tooltip = node.message;
        return withId(item, node);
      }
      case 'decisions':
        return withId(decisionsTreeItem(node.scope.governance), node);
      case 'decision':
        return withId(decisionTreeItem(node.scope.entry, node.decision), node);
      case 'risks':
        return withId(risksTreeItem(node.scope.governance), node);
      case 'risk':
        return withId(riskTreeItem(node.scope.entry, node.risk), node);
      case 'alsoAsk': {
        const item = new vscode.TreeItem('Also ask', Collapsed);
        item.description = node.owners.map((o) => o.owner).join(', ');
        item.tooltip = 'Owners of the changed files, from CODEOWNERS';
        item.iconPath = new vscode.ThemeIcon('organization');
        return withId(item, node);
      }
      case 'owner': {
        const { owner, files } = node.owner;
        const item = new vscode.TreeItem(owner, None);
        item.description = `owns ${plural(files.length, 'changed file')}`;
        item.tooltip = files.join('\n');
        item.iconPath = new vscode.ThemeIcon('person');
        return withId(item, node);
      }
    }
  }

  /** Ticks or unticks an item, as the checkbox does. */
  async setTicked(scope: ReviewScope, guideline: Guideline, item: ChecklistItem, ticked: boolean): Promise<void> {
    await this.ticks.set(scope.tickScope, guideline, item, ticked, this.model.guidelinesOfTickScope(scope.tickScope));
  }

  /** The file's change in a diff editor (base on the left), or the file itself when it is new or gone. */
  private openChangeCommand(scope: ReviewScope, file: ChangedFile): vscode.Command {
    const uri = scope.entry.fs.uri(file.path);
    const line = Math.max((file.hunks[0]?.newStart ?? 1) - 1, 0);
    const ref = scope.comparison.diffRef;
    if (file.status === 'deleted' && ref) return { command: 'vscode.open', title: 'Open File', arguments: [this.model.toGitUri(uri, ref)] };
    if (file.status === 'added' || !ref) return openCommand(uri, line, 'Open File');
    const left = this.model.toGitUri(file.oldPath ? scope.entry.fs.uri(file.oldPath) : uri, ref);
    const title = `${file.path} (${scope.comparison.base ?? ref} ↔ working tree)`;
    return { command: 'vscode.diff', title: 'Open Change', arguments: [left, uri, title, { selection: new vscode.Range(line, 0, line, 0) }] };
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}

function withId(item: vscode.TreeItem, node: ReviewNode): vscode.TreeItem {
  item.id = node.id;
  return item;
}

function openCommand(uri: vscode.Uri, line: number, title: string): vscode.Command {
  return { command: 'vscode.open', title, arguments: [uri, { selection: new vscode.Range(line, 0, line, 0) }] };
}
