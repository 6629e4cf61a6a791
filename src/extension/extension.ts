import * as vscode from 'vscode';
import { createOutputLogger } from './workspace/logger';
import { WorkspaceIndexes } from './workspace/workspaceIndexes';
import { DiagnosticsController } from './diagnostics/diagnosticsController';
import { registerLintTasks } from './diagnostics/lintTask';
import { QuickFixProvider } from './diagnostics/quickFixes';
import { registerViews, type ToolkitViews } from './views/registerViews';
import { registerCommands } from './commands/registerCommands';
import { createRiskStatusBar } from './views/risks/riskStatusBar';
import { registerReview, type ReviewApi } from './review/registerReview';
import { registerAdrLanguageFeatures } from './language/registerAdrLanguageFeatures';
import { inWorkspaceSchemes } from './language/documentSelectors';
import { registerGovernance, type GovernanceApi } from './governance/registerGovernance';

/** What `activate` returns: used by the integration tests to wait on events, not sleeps. */
export interface ToolkitApi {
  readonly indexes: WorkspaceIndexes;
  readonly diagnostics: DiagnosticsController;
  readonly views: ToolkitViews;
  readonly review: ReviewApi;
  readonly governance: GovernanceApi;
}

/**
 * The composition root: builds the services once and registers everything; every
 * registration is owned by `context.subscriptions`. Indexing starts after activation
 * returns, so activation itself stays instant.
 */
export function activate(context: vscode.ExtensionContext): ToolkitApi {
  const logger = createOutputLogger();
  const indexes = new WorkspaceIndexes(logger);
  const diagnostics = new DiagnosticsController(indexes, logger, context.extensionUri);
  const { views, disposables: viewDisposables } = registerViews(context, indexes, diagnostics);
  const { review, disposables: reviewDisposables } = registerReview(context, indexes, diagnostics, logger);
  const { governance, disposables: governanceDisposables } = registerGovernance(context, indexes);
  context.subscriptions.push(
    ...viewDisposables,
    ...reviewDisposables,
    ...governanceDisposables,
    logger,
    indexes,
    diagnostics,
    // Every workspace document: records and registers, and code citing a superseded record.
    vscode.languages.registerCodeActionsProvider(inWorkspaceSchemes({}), new QuickFixProvider(indexes, [diagnostics, governance.codeDiagnostics]), QuickFixProvider.metadata),
    ...registerCommands({ context, indexes, diagnostics, logger, views }),
    createRiskStatusBar(views.risks),
    ...registerAdrLanguageFeatures(indexes),
    registerLintTasks(),
  );
  // Off the activation path: the views fill in as results arrive.
  setTimeout(() => indexes.start(), 0);
  logger.info(`activated (VS Code ${vscode.version}, ${vscode.env.appName}${vscode.env.remoteName ? `, remote ${vscode.env.remoteName}` : ''})`);
  return { indexes, diagnostics, views, review, governance };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
