import * as vscode from 'vscode';

/** The task type package.json declares (`taskDefinitions`), run with the `$techlead` problem matcher. */
export const LINT_TASK_TYPE = 'techlead';
const PROBLEM_MATCHER = '$techlead';

interface LintTaskDefinition extends vscode.TaskDefinition {
  readonly type: typeof LINT_TASK_TYPE;
  /** Extra arguments to `techlead lint`, such as `["--root", "docs"]`. */
  readonly args?: readonly string[];
  /** How to start the CLI; the repository's own install by default. */
  readonly cli?: string;
}

/** The repository's devDependency, never a download: a task must not fetch code on its own. */
const DEFAULT_CLI = 'npx --no-install techlead';

/**
 * `techlead lint` as a task (one per workspace folder, or as written in tasks.json), so
 * the CLI's findings land in Problems through the `$techlead` matcher: what CI will say,
 * checked from the editor.
 */
export function registerLintTasks(): vscode.Disposable {
  return vscode.tasks.registerTaskProvider(LINT_TASK_TYPE, {
    provideTasks: () => (vscode.workspace.workspaceFolders ?? []).map((folder) => lintTask({ type: LINT_TASK_TYPE }, folder)),
    resolveTask: (task) => {
      const definition = task.definition as LintTaskDefinition;
      const scope = task.scope && typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
      return scope ? lintTask(definition, scope) : undefined;
    },
  });
}

function lintTask(definition: LintTaskDefinition, folder: vscode.WorkspaceFolder): vscode.Task {
  const [command, ...cliArgs] = (definition.cli ?? DEFAULT_CLI).split(' ').filter(Boolean);
  const execution = new vscode.ShellExecution(command!, [...cliArgs, 'lint', ...(definition.args ?? [])], { cwd: folder.uri.fsPath });
  const task = new vscode.Task(definition, folder, 'lint', 'techlead', execution, PROBLEM_MATCHER);
  task.group = vscode.TaskGroup.Test;
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent };
  return task;
}
