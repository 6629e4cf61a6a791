import * as nodePath from 'node:path';
import type { FileChange } from '../../../core/model/findings';
import type { FolderIndex } from '../../../core/index/folderIndex';
import { chooseAdrDirectory } from '../../../core/adr/write/chooseDirectory';
import type { AdrPlanFailure } from '../../../core/adr/write/planResult';
import { adrWorkspaceOf, type AdrWorkspace } from '../../../core/adr/write/workspace';
import { ADR_STATUS_VALUES, type AdrDirectory, type DecisionRecord } from '../../../core/adr/model';
import { normaliseStatus } from '../../../core/adr/status';
import { closestMatch } from '../../../core/util/didYouMean';
import { ADR_CATALOG } from '../../../core/adr/catalog';
import { findRecord, type RecordNotFound, type RecordRef } from '../../../core/adr/write/recordRefs';
import { writeChanges } from '../../applyChanges';
import { buildIndex, clockFor, type CliIo } from '../../context';
import type { NodeFolderFileSystem } from '../../../node/nodeFileSystem';
import { UsageError } from '../../usageError';
import type { Subcommand } from '../../subcommands';

/** One `techlead adr` subcommand. */
export type AdrSubcommand = Subcommand;

export interface OpenedFolder {
  readonly index: FolderIndex;
  readonly fs: NodeFolderFileSystem;
  readonly workspace: AdrWorkspace;
  /** `YYYY-MM-DD`, from `--today`, `TECHLEAD_TODAY` or the system clock. */
  readonly today: string;
}

/**
 * Indexes `--root` (default: the repository root, see findRepoRoot) as the editor indexes a workspace folder.
 * @param adrDirectories folders to take as ADR folders, as `adr.directories` in the settings does.
 */
export async function openFolder(values: { root?: string; today?: string; verbose?: boolean }, io: CliIo, adrDirectories?: readonly string[]): Promise<OpenedFolder> {
  const today = clockFor(values.today, io).today();
  const settings = adrDirectories?.length ? { adrDirectories } : undefined;
  const { index, fs } = await buildIndex({ root: values.root, today: values.today, verbose: values.verbose ?? false, ...(settings ? { settings } : {}) }, io);
  const workspace = adrWorkspaceOf(index);
  if (!workspace) throw new Error('decision records are not among the indexed kinds');
  return { index, fs, workspace, today };
}

/** A plan that could not be made is the caller's mistake to fix: its message, exit code 2. */
export function orFail<T extends { ok: true }>(plan: T | AdrPlanFailure): T {
  if (!plan.ok) throw new UsageError(plan.error);
  return plan;
}

/**
 * The ADR folder a command works in (`--dir`, else the one the core picks). When there
 * were several to choose from, says on stderr which one was used.
 */
export function directoryFor(opened: OpenedFolder, dir: string | undefined, io: CliIo, command: string): AdrDirectory {
  const chosen = orFail(chooseAdrDirectory(opened.workspace, dir));
  if (chosen.alternatives.length > 0) {
    const all = [chosen.directory, ...chosen.alternatives].map((d) => d.path || '.').join(', ');
    io.stderr(`techlead adr ${command}: several ADR folders (${all}); using ${chosen.directory.path || '.'}. Choose one with --dir.\n`);
  }
  return chosen.directory;
}

/** Writes planned changes; a file that appeared meanwhile is reported like any other refusal. */
export async function write(fs: NodeFolderFileSystem, changes: readonly FileChange[]): Promise<string[]> {
  try {
    return await writeChanges(fs, changes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (err instanceof Error && (code === undefined || code === 'EEXIST')) throw new UsageError(err.message);
    throw err;
  }
}

/** A workspace path as the user can open it from where they ran the command. */
export function displayPath(opened: OpenedFolder, path: string, io: CliIo): string {
  return nodePath.relative(io.cwd, opened.fs.absolute(path)) || '.';
}

/**
 * The record a user names (`7`, `ADR-0007`, a file name): in `--dir` when given, else in
 * whichever ADR folder has it; when several folders do, the user must choose.
 */
export function recordFor(opened: OpenedFolder, ref: string, dir: string | undefined): DecisionRecord {
  const catalog = opened.workspace.view.catalog(ADR_CATALOG);
  const value: RecordRef = /^\d+$/.test(ref.trim()) ? Number(ref) : ref.trim();
  if (dir !== undefined) return orFail(asPlan(findRecord(catalog, orFail(chooseAdrDirectory(opened.workspace, dir)).directory.path, value))).record;
  const results = opened.workspace.discovery.directories.map((d) => findRecord(catalog, d.path, value));
  const hits = results.filter((r): r is DecisionRecord => !('ok' in r));
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) throw new UsageError(`${hits.map((r) => r.path).join(' and ')} all match "${ref}"; choose the folder with --dir.`);
  const ambiguous = results.find((r): r is RecordNotFound => 'ok' in r && r.reason === 'ambiguous');
  if (ambiguous) throw new UsageError(ambiguous.error);
  const folders = opened.workspace.discovery.directories.map((d) => d.path || '.');
  throw new UsageError(folders.length ? `There is no record "${ref}" in ${folders.join(', ')}.` : 'No ADR folder was found here.');
}

function asPlan(found: DecisionRecord | AdrPlanFailure): { ok: true; record: DecisionRecord } | AdrPlanFailure {
  return 'ok' in found ? found : { ok: true, record: found };
}

/** The statuses the commands accept; rules would flag anything else as unknown. */
export const KNOWN_STATUSES = ADR_STATUS_VALUES.filter((s) => s !== 'other');

/** A status a user typed, when it is one the toolkit understands; a usage error with a suggestion otherwise. */
export function knownStatus(typed: string): string {
  const status = typed.trim();
  if (normaliseStatus(status) !== 'other') return status;
  const suggestion = closestMatch(status, KNOWN_STATUSES);
  throw new UsageError(`"${status}" is not a status${suggestion ? `; did you mean "${suggestion}"?` : ''} Use one of ${KNOWN_STATUSES.join(', ')}.`);
}
