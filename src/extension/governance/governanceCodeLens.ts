import * as vscode from 'vscode';
import { governanceTargets, openTargetArguments } from './governanceTargets';
import type { FileGovernance } from './fileGovernance';

/**
 * At the top of a governed file: "Governed by ADR-0007 Use PostgreSQL (accepted)",
 * then one lens per further decision or risk ("RISK-004 Card-processor outage (high)"),
 * each opening its record.
 */
export class GovernanceCodeLensProvider implements vscode.CodeLensProvider {
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(private readonly files: FileGovernance) {
    this.onDidChangeCodeLenses = files.onDidChange;
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const governed = this.files.of(document);
    if (!governed) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    return governanceTargets(governed.entry, governed.governance).map(
      (t, i) => new vscode.CodeLens(top, { title: i === 0 ? `Governed by ${t.label}` : t.label, tooltip: `Open ${t.label}: ${t.why}`, command: 'vscode.open', arguments: openTargetArguments(t) }),
    );
  }
}
