import * as vscode from 'vscode';
import { planIndex } from '../../../core/adr/write';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import { adrFolderFor, recordFromArgument } from './adrTargets';
import { applyAdrPlan, type AdrCommandResult } from './applyAdrPlan';
import { pickAdrDirectory } from './pickAdrDirectory';

const WHAT = 'Generate Index';

/**
 * "ADR: Generate Index": a table of one ADR folder's records, written between markers in
 * its README.md or index.md (a new README.md when it has neither). Running it again with
 * nothing changed changes nothing, and says so.
 */
export async function generateIndex(indexes: WorkspaceIndexes, arg?: unknown): Promise<AdrCommandResult | undefined> {
  const folder = await adrFolderFor(indexes, arg, WHAT);
  if (!folder) return undefined;
  // Invoked on a record, the record's folder is the one meant; otherwise ask when there are several.
  const directory = recordFromArgument(indexes, arg, WHAT)?.record.folder ?? (await pickAdrDirectory(folder, undefined, WHAT, 'Index the records of which folder?'))?.path;
  if (directory === undefined) return undefined;
  const plan = await planIndex(folder.workspace, directory);
  const result = await applyAdrPlan(folder, plan, WHAT);
  if (!result || !plan.ok) return undefined;
  if (result.paths.length === 0) void vscode.window.showInformationMessage(`${WHAT}: ${plan.path} is up to date.`);
  else await vscode.window.showTextDocument(folder.entry.fs.uri(plan.path), { preview: true });
  return result;
}
