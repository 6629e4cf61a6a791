import * as vscode from 'vscode';
import { governanceSummary } from '../../core/governance/governanceText';
import { escapeMarkdown } from '../../core/text/markdown';
import { Commands } from '../ids';
import type { FileGovernance } from './fileGovernance';
import { governanceTargets, openTargetArguments } from './governanceTargets';

/**
 * "$(law) 2 decisions · 1 risk" for the active editor when something governs its file;
 * the tooltip lists each (links open them), a click picks one to open.
 */
export class GovernanceStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('techlead.governance', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly files: FileGovernance) {
    this.item.name = 'Tech Lead: What Governs This File';
    this.item.command = Commands.governanceShow;
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.update();
      }),
      files.onDidChange(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const governed = document && this.files.of(document);
    const summary = governed ? governanceSummary(governed.governance) : '';
    if (!governed || !summary) {
      this.item.hide();
      return;
    }
    this.item.text = `$(law) ${summary}`;
    const md = new vscode.MarkdownString(`**Governing ${escapeMarkdown(governed.path)}**\n\n`, true);
    md.isTrusted = { enabledCommands: ['vscode.open'] };
    for (const t of governanceTargets(governed.entry, governed.governance)) {
      const link = `command:vscode.open?${encodeURIComponent(JSON.stringify(openTargetArguments(t)))}`;
      md.appendMarkdown(`- $(${t.kind === 'decision' ? 'law' : 'flame'}) [${escapeMarkdown(t.label)}](${link}): ${escapeMarkdown(t.why)}\n`);
    }
    this.item.tooltip = md;
    this.item.accessibilityInformation = { label: `Governed by ${summary}` };
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

/** The status bar's click: a pick of what governs the active file, opening the one chosen. */
export async function showGovernance(files: FileGovernance): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const governed = document && files.of(document);
  const targets = governed ? governanceTargets(governed.entry, governed.governance) : [];
  if (!governed || targets.length === 0) {
    void vscode.window.showInformationMessage('No decision or risk governs this file: no applies-to or risk names it, and its comments mention no record.');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    targets.map((t) => ({ label: `$(${t.kind === 'decision' ? 'law' : 'flame'}) ${t.label}`, detail: t.why, target: t })),
    { title: `What governs ${governed.path}`, placeHolder: 'Open a decision or risk' },
  );
  if (picked) await vscode.commands.executeCommand('vscode.open', ...openTargetArguments(picked.target));
}
