import * as vscode from 'vscode';
import { Commands } from '../ids';
import { inWorkspaceSchemes } from '../language/documentSelectors';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { CodeDiagnostics } from './codeDiagnostics';
import { FileGovernance } from './fileGovernance';
import { GovernanceCodeLensProvider } from './governanceCodeLens';
import { GovernanceStatusBar, showGovernance } from './governanceStatusBar';

/** What the integration tests read: the answers the status bar and CodeLens show, and the code diagnostics. */
export interface GovernanceApi {
  readonly files: FileGovernance;
  readonly statusBar: GovernanceStatusBar;
  readonly codeDiagnostics: CodeDiagnostics;
}

/** A governed file shows what governs it; code citing a retired decision gets a diagnostic. */
export function registerGovernance(context: vscode.ExtensionContext, indexes: WorkspaceIndexes): { governance: GovernanceApi; disposables: vscode.Disposable[] } {
  const files = new FileGovernance(indexes);
  const statusBar = new GovernanceStatusBar(files);
  const codeDiagnostics = new CodeDiagnostics(indexes, context.extensionUri);
  return {
    governance: { files, statusBar, codeDiagnostics },
    disposables: [
      files,
      statusBar,
      codeDiagnostics,
      vscode.languages.registerCodeLensProvider(inWorkspaceSchemes({}), new GovernanceCodeLensProvider(files)),
      vscode.commands.registerCommand(Commands.governanceShow, () => showGovernance(files)),
    ],
  };
}
