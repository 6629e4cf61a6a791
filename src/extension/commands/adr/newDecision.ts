import * as vscode from 'vscode';
import { systemClock } from '../../../core/host';
import { ADR_CATALOG } from '../../../core/adr/catalog';
import type { AdrDirectory } from '../../../core/adr/model';
import { listAdrTemplates, planNewDecision, type NewDecisionInput } from '../../../core/adr/write';
import { Commands } from '../../ids';
import type { WorkspaceIndexes } from '../../workspace/workspaceIndexes';
import { adrFolderFor, recordFromArgument, type AdrFolder } from './adrTargets';
import { applyAdrPlan, openWithSelection, type AdrCommandResult } from './applyAdrPlan';
import { pickAdrDirectory } from './pickAdrDirectory';

const WHAT = 'New Decision';

/** What New Decision returns: the changed files and the new record. */
export interface NewDecisionResult extends AdrCommandResult {
  readonly record: string;
}

/**
 * "ADR: New Decision…": the title, then the ADR folder and the template only when there
 * is a real choice; the record is named, numbered and dated like its neighbours, created
 * as one undoable edit and opened with the Context section's guidance selected, to be typed over.
 * Invoked on a record or folder in the Decisions view, it works in that record's folder.
 */
export async function newDecision(indexes: WorkspaceIndexes, arg?: unknown, appliesTo?: readonly string[]): Promise<NewDecisionResult | undefined> {
  const folder = await adrFolderFor(indexes, arg, WHAT);
  if (!folder) return undefined;
  if (folder.workspace.discovery.directories.length === 0) {
    void vscode.window
      .showInformationMessage(`${WHAT}: ${folder.entry.folder.name} has no decision records folder yet. Initialize one (docs/adr with a first record explaining the practice)?`, 'Initialize Decision Records…')
      .then((a) => a && vscode.commands.executeCommand(Commands.adrInitialize, folder.entry.folder.uri));
    return undefined;
  }
  const title = await askTitle(folder, WHAT);
  if (title === undefined) return undefined;
  const nearRecord = recordFromArgument(indexes, arg, WHAT)?.record.directory;
  const directory = await pickAdrDirectory(folder, nearRecord?.path, WHAT, `Which folder of ${folder.entry.folder.name} gets the record?`);
  if (!directory) return undefined;
  const template = await pickTemplate(folder, directory);
  if (template === null) return undefined;
  return createDecision(folder, { title, directory: directory.path, template, today: systemClock.today(), ...(appliesTo?.length ? { appliesTo } : {}) }, WHAT);
}

/**
 * "New Decision for Selection…" in the Explorer: New Decision with `applies-to` naming the
 * files and folders selected (a folder as `folder/**`), those in the first one's
 * workspace folder; a selection outside every workspace folder is refused with a message.
 */
export async function newDecisionForSelection(indexes: WorkspaceIndexes, clicked?: vscode.Uri, selected?: readonly vscode.Uri[]): Promise<NewDecisionResult | undefined> {
  const uris = selected?.length ? selected : clicked ? [clicked] : [];
  const first = uris.map((u) => indexes.entryFor(u)).find((h) => h !== undefined);
  if (!first) {
    void vscode.window.showInformationMessage(`${WHAT}: select files or folders of a workspace folder in the Explorer first.`);
    return undefined;
  }
  const globs: string[] = [];
  for (const uri of uris) {
    const hit = indexes.entryFor(uri);
    if (hit?.entry !== first.entry) continue;
    const stat = await vscode.workspace.fs.stat(uri).then((s) => s, () => undefined);
    const isFolder = stat !== undefined && (stat.type & vscode.FileType.Directory) !== 0;
    // The workspace folder itself is everything: `**`.
    globs.push(hit.path === '' ? '**' : isFolder ? `${hit.path}/**` : hit.path);
  }
  return newDecision(indexes, first.entry.folder.uri, globs);
}

/** Plans and creates a record (and the edits it implies in records it supersedes or links), then opens it. */
export async function createDecision(folder: AdrFolder, input: NewDecisionInput, what: string): Promise<NewDecisionResult | undefined> {
  const plan = await planNewDecision(folder.workspace, input);
  const applied = await applyAdrPlan(folder, plan, what);
  if (!applied || !plan.ok) return undefined;
  await openWithSelection(folder, plan.path, plan.selection.start, plan.selection.end);
  return { ...applied, record: plan.path };
}

/** The new record's title; an existing record with the same title is pointed out, not refused. */
export async function askTitle(folder: AdrFolder, what: string): Promise<string | undefined> {
  const titles = new Map(folder.entry.index.documents('decision').flatMap((r) => (r.title ? [[r.title.value.trim().toLowerCase(), r.id] as const] : [])));
  const title = await vscode.window.showInputBox({
    title: what,
    prompt: 'What was decided? A short phrase, e.g. "Use PostgreSQL for the ledger". It names the file too.',
    placeHolder: 'Title of the decision',
    validateInput: (value) => {
      if (!value.trim()) return 'A decision needs a title.';
      const same = titles.get(value.replace(/\s+/g, ' ').trim().toLowerCase());
      return same ? { message: `${same} already has this title.`, severity: vscode.InputBoxValidationSeverity.Warning } : undefined;
    },
  });
  return title?.trim() || undefined;
}

/**
 * The template, asked only when the choice is the user's to make: no `adr.template`
 * setting decided it, and either the repository offers templates of its own or the folder
 * has no records whose format a new one should follow. `undefined` means the folder's
 * default; `null` means the user cancelled.
 */
async function pickTemplate(folder: AdrFolder, directory: AdrDirectory): Promise<string | undefined | null> {
  if (folder.workspace.config.adrTemplate !== undefined) return undefined;
  const templates = await listAdrTemplates(folder.workspace, directory.path);
  const ownTemplates = templates.some((t) => t.source !== 'built-in');
  const hasConvention = folder.entry.index.catalog(ADR_CATALOG).inFolder(directory.path).length > 0;
  if (!ownTemplates && hasConvention) return undefined;
  return pickTemplateId(templates, `${WHAT}: template`, `Which template? The first follows ${directory.path || 'this folder'}'s convention.`);
}

/** A template pick with the default first; `null` when cancelled. */
export async function pickTemplateId(templates: readonly { id: string; label: string; description: string; isDefault: boolean }[], title: string, placeHolder: string): Promise<string | null> {
  const items = [...templates].sort((a, b) => Number(b.isDefault) - Number(a.isDefault)).map((t) => ({ label: t.label, description: t.isDefault ? 'default' : undefined, detail: t.description, id: t.id }));
  const pick = await vscode.window.showQuickPick(items, { title, placeHolder });
  return pick ? pick.id : null;
}
