import * as vscode from 'vscode';
import { Commands } from '../ids';
import { applyChanges } from '../edits/applyChanges';
import { nextEvent } from '../workspace/events';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { pickFolder } from './pickers';

export const NEW_REGISTER_PATH = 'docs/risks/risks.yaml';

/** The text of a new, empty register: the defaults spelled out, so a team can tune them. */
export function newRegisterText(): string {
  return `# Risk register: what could go wrong, how likely and how bad it would be, who owns
# each risk and when the response must be in place. Reviewed in the Tech Lead side bar.
scales:
  likelihood: [rare, unlikely, possible, likely, almost-certain]   # 1..5
  impact: [negligible, minor, moderate, major, severe]             # 1..5
  bands: { critical: 15, high: 10, medium: 5 }                     # score >= n
review-interval: 30d
risks: []
`;
}

/**
 * Creates docs/risks/risks.yaml (never over an existing file), then starts Add Risk in it.
 * When the folder already has a register (one just created, say, whose Add Risk was
 * cancelled), that register is opened instead and Add Risk offered.
 */
export async function createRiskRegister(indexes: WorkspaceIndexes, folder?: vscode.WorkspaceFolder): Promise<void> {
  const entry = folder ? indexes.folders().find((e) => e.folder.uri.toString() === folder.uri.toString()) : await pickFolder(indexes, 'Create Risk Register');
  if (!entry) return;
  const existing = entry.index.documents('risk').find((r) => !r.readOnly)?.path ?? ((await entry.fs.stat(NEW_REGISTER_PATH)) ? NEW_REGISTER_PATH : undefined);
  if (existing) {
    await vscode.window.showTextDocument(entry.fs.uri(existing));
    const add = await vscode.window.showInformationMessage(`${entry.folder.name} already has a risk register, ${existing}: it is open in the editor. Add risks to it with Add Risk.`, 'Add Risk');
    if (add) await vscode.commands.executeCommand(Commands.riskAdd, entry.folder);
    return;
  }
  const indexed = nextEvent(indexes.onDidChange, (c) => c.folder === entry.folder && c.kinds.has('risk'));
  if (!(await applyChanges(entry.fs, [{ type: 'create', path: NEW_REGISTER_PATH, content: newRegisterText() }], 'Create Risk Register'))) return;
  await vscode.window.showTextDocument(entry.fs.uri(NEW_REGISTER_PATH));
  await indexed.catch(() => entry.index.update(NEW_REGISTER_PATH));
  await vscode.commands.executeCommand(Commands.riskAdd, entry.folder);
}
