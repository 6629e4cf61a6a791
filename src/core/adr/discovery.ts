import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { normalizeRelative } from '../config/config';
import { CancelledError, FileNotFoundError, OutsideFolderError, type DirectoryEntry, type FileStat } from '../host';
import type { DiscoveryContext, KindDiscovery } from '../index/kindProvider';
import type { Finding } from '../model/findings';
import { DOCUMENT_START } from '../model/text';
import { LineIndex } from '../text/lineIndex';
import { DiscoveredDirectory, isDeclared } from './directory';
import type { AdrDirectory, AdrDirectorySource, AdrFormat, RecordFileName } from './model';
import { baseNameOf, DATE_SLUG_NAMING, DEFAULT_NAMING, folderOf, joinPath, parseRecordFileName, predominantNaming } from './naming';

export const ADR_DIR_FILE = '.adr-dir';
export const LOG4BRAINS_FILE = '.log4brains.yml';
/** Rule id of problems with `.adr-dir`, `.log4brains.yml` or configured folders. */
export const FOLDER_CONFIG_RULE = 'adr/folder-config';

/** Where adr-tools, MADR and log4brains put records when nobody says otherwise. */
export const CONVENTIONAL_ADR_FOLDERS: readonly string[] = ['doc/adr', 'docs/adr', 'docs/decisions', 'docs/architecture/decisions', 'adr', 'decisions', 'architecture/decisions'];
/** Folders never walked: dependencies, build output, version control. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out', 'build', 'target', 'vendor', 'coverage']);
const MAX_DEPTH = 6;
/** A bound on the walk of a huge repository; past it, only declared and conventional folders are used. */
const MAX_WALKED_FOLDERS = 5000;
/** A folder named like this holds decisions even when its records are named loosely. */
const DECISION_FOLDER_HINT = /(^|\/)[^/]*(adr|decision|architecture|rfc)[^/]*$/i;

export interface AdrDiscovery extends KindDiscovery {
  /** Every ADR folder found, in path order. */
  readonly directories: readonly AdrDirectory[];
  /** The ADR folder at exactly this path. */
  directoryAt(folderPath: string): AdrDirectory | undefined;
  /** The ADR folder holding a record path. */
  directoryOf(recordPath: string): AdrDirectory | undefined;
  /** Problems with `.adr-dir`, `.log4brains.yml` or configured folders (also logged). */
  readonly problems: readonly Finding[];
  /** Tells the record's folder which format the record follows (the index calls this after parsing). */
  noteRecordFormat(recordPath: string, format: AdrFormat): void;
}

interface Candidate {
  readonly source: AdrDirectorySource;
  readonly packageName?: string;
}

/**
 * Finds the ADR folders of a workspace folder: those named by `.adr-dir`, `.log4brains.yml`
 * and the settings, the usual places, and any folder holding at least two record-like
 * files. Lists folders only; the two tool config files are the only files it reads.
 */
export async function discoverAdrDirectories(context: DiscoveryContext): Promise<AdrDiscovery> {
  const walker = new FolderWalker(context);
  return walker.discover();
}

class FolderWalker {
  private readonly listings = new Map<string, readonly DirectoryEntry[]>();
  private readonly candidates = new Map<string, Candidate>();
  private readonly problems: Finding[] = [];
  /** Folders with record-like names that were not taken as ADR folders, and those names. */
  private readonly nearMisses = new Map<string, Set<string>>();
  /** The record-like file names of each folder looked at, read once (folders of thousands of records are common). */
  private readonly recordNames = new Map<string, ReadonlyMap<string, RecordFileName>>();

  constructor(private readonly context: DiscoveryContext) {}

  async discover(): Promise<AdrDiscovery> {
    const { config } = this.context;
    await this.readToolConfigs('');
    for (const dir of config.adrDirectories) await this.addDeclared(dir, 'config', undefined, { file: '.techlead.yaml', label: 'adr.directories (in .techlead.yaml or the settings)' });
    for (const dir of CONVENTIONAL_ADR_FOLDERS) {
      if (this.candidates.has(dir)) continue;
      const stat = await this.statInside(dir);
      if (stat === 'outside') this.context.logger.warn(`${this.context.fs.name}/${dir} links outside the workspace folder; it was not read.`);
      else if (stat?.type === 'directory') this.candidates.set(dir, { source: 'conventional' });
    }
    await this.walk();

    const directories: DiscoveredDirectory[] = [];
    const files: string[] = [];
    for (const [path, candidate] of [...this.candidates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const d = await this.directory(path, candidate);
      directories.push(d);
      for (const name of [...d.fileNames].sort()) if (d.isRecordName(name)) files.push(joinPath(d.path, name));
      // Folders of a thousand records each add up: the host gets its turn between them.
      await this.context.yieldIfDue?.();
    }
    return new Discovery(directories, files, this.problems, this.nearMisses);
  }

  private async list(path: string): Promise<readonly DirectoryEntry[]> {
    let entries = this.listings.get(path);
    if (!entries) {
      if (this.context.signal.isCancellationRequested) throw new CancelledError();
      entries = await this.context.fs.list(path);
      this.listings.set(path, entries);
    }
    return entries;
  }

  /** Reads `.adr-dir` and `.log4brains.yml` in a folder (paths inside them are relative to it). */
  private async readToolConfigs(folder: string): Promise<void> {
    const names = new Set((await this.list(folder)).filter((e) => e.type === 'file').map((e) => e.name));
    if (names.has(ADR_DIR_FILE)) await this.readAdrDir(folder);
    if (names.has(LOG4BRAINS_FILE)) await this.readLog4brains(folder);
  }

  private async readText(path: string): Promise<string | undefined> {
    try {
      return await this.context.fs.readText(path);
    } catch (err) {
      if (!(err instanceof FileNotFoundError)) this.problem(path, `${path} could not be read: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  }

  private async readAdrDir(folder: string): Promise<void> {
    const file = joinPath(folder, ADR_DIR_FILE);
    const text = await this.readText(file);
    if (text === undefined) return;
    const line = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim())?.trim();
    if (!line) {
      this.problem(file, `${file} is empty: it should name the folder that holds the decision records (adr-tools writes "doc/adr").`);
      return;
    }
    await this.addDeclared(relativeTo(folder, line), 'adr-dir', undefined, { file, label: file });
  }

  private async readLog4brains(folder: string): Promise<void> {
    const file = joinPath(folder, LOG4BRAINS_FILE);
    const text = await this.readText(file);
    if (text === undefined) return;
    const lines = new LineIndex(text);
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      this.problem(file, `${file} is not valid YAML: ${e.message.split('\n')[0]!.trim()}`, lines.rangeOf(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)));
      return;
    }
    const root = doc.contents;
    const project = isMap(root) ? (root.get('project', true) as Node | undefined) : undefined;
    const scopes = [project, root].filter((n): n is Node => isMap(n));
    let found = false;
    for (const scope of scopes) {
      if (!isMap(scope)) continue;
      const adrFolder = scope.get('adrFolder', true);
      if (isScalar(adrFolder) && typeof adrFolder.value === 'string') {
        found = true;
        await this.addDeclared(relativeTo(folder, adrFolder.value), 'log4brains', undefined, { file, label: file });
      }
      const packages = scope.get('packages', true);
      if (!isSeq(packages)) continue;
      for (const pkg of packages.items) {
        if (!isMap(pkg)) continue;
        const dir = pkg.get('adrFolder', true);
        const name = pkg.get('name');
        if (isScalar(dir) && typeof dir.value === 'string') {
          found = true;
          await this.addDeclared(relativeTo(folder, dir.value), 'log4brains', typeof name === 'string' ? name : undefined, { file, label: file });
        }
      }
    }
    if (!found) this.problem(file, `${file} names no ADR folder: expected "project.adrFolder" (or "adrFolder", or "adrFolder" in "packages").`);
  }

  /** Adds a folder someone named; it wins over one only found by convention or detection. */
  private async addDeclared(path: string, source: AdrDirectorySource, packageName: string | undefined, declaredIn: { file: string; label: string }): Promise<void> {
    const dir = normalizeRelative(path);
    if (dir.startsWith('../') || dir === '..') {
      this.problem(declaredIn.file, `${declaredIn.label} names "${path}", which is outside the workspace folder.`);
      return;
    }
    const stat = await this.statInside(dir);
    if (stat === 'outside') {
      this.problem(declaredIn.file, `${declaredIn.label} names "${path}", which is outside the workspace folder.`);
      return;
    }
    if (stat?.type !== 'directory') {
      this.problem(declaredIn.file, `${declaredIn.label} names the ADR folder "${dir}", which does not exist.`);
      return;
    }
    const existing = this.candidates.get(dir);
    if (!existing || !isDeclared(existing.source)) this.candidates.set(dir, { source, ...(packageName ? { packageName } : {}) });
  }

  /** A folder's stat, or 'outside' when it is a link out of the workspace folder (never followed). */
  private async statInside(dir: string): Promise<FileStat | undefined | 'outside'> {
    try {
      return await this.context.fs.stat(dir);
    } catch (err) {
      if (err instanceof OutsideFolderError) return 'outside';
      throw err;
    }
  }

  /** Walks the tree (bounded depth, skipping dependencies and build output) for folders of records. */
  private async walk(): Promise<void> {
    const queue: { path: string; depth: number }[] = [{ path: '', depth: 0 }];
    let walked = 0;
    while (queue.length > 0) {
      const { path, depth } = queue.shift()!;
      if (++walked > MAX_WALKED_FOLDERS) {
        this.context.logger.warn(`${this.context.fs.name}: stopped looking for ADR folders after ${MAX_WALKED_FOLDERS} folders; list yours in .techlead.yaml (adr.directories).`);
        return;
      }
      const entries = await this.list(path);
      if (depth > 0) {
        const names = new Set(entries.filter((e) => e.type === 'file').map((e) => e.name));
        if (names.has(ADR_DIR_FILE) || names.has(LOG4BRAINS_FILE)) await this.readToolConfigs(path);
      }
      this.consider(path, entries);
      if (depth >= MAX_DEPTH) continue;
      for (const e of entries) {
        if (e.type === 'directory' && isWalkable(e.name)) queue.push({ path: joinPath(path, e.name), depth: depth + 1 });
      }
    }
  }

  /** Takes a walked folder as an ADR folder when its file names say it holds records. */
  private consider(path: string, entries: readonly DirectoryEntry[]): void {
    if (this.candidates.has(path)) return;
    const records = [...this.recordNamesIn(path, entries).values()];
    if (records.length === 0) return;
    if (looksLikeDecisionFolder(path, records)) this.candidates.set(path, { source: 'detected' });
    else this.nearMisses.set(path, new Set(records.map((r) => `${r.baseName}${r.extension}`)));
  }

  private async directory(path: string, candidate: Candidate): Promise<DiscoveredDirectory> {
    const entries = await this.list(path);
    const fileNames = new Set(entries.filter((e) => e.type === 'file').map((e) => e.name));
    const isLog4brains = candidate.source === 'log4brains';
    const recordNames = this.recordNamesIn(path, entries);
    const naming = isLog4brains ? DATE_SLUG_NAMING : recordNames.size ? predominantNaming(recordNames.values()) : DEFAULT_NAMING;
    const declaredFormat: AdrFormat | undefined = isLog4brains ? 'log4brains' : candidate.source === 'adr-dir' ? 'nygard' : undefined;
    return new DiscoveredDirectory(path, candidate.source, naming, fileNames, candidate.packageName, declaredFormat, recordNames);
  }

  private recordNamesIn(path: string, entries: readonly DirectoryEntry[]): ReadonlyMap<string, RecordFileName> {
    let names = this.recordNames.get(path);
    if (!names) {
      const parsed = new Map<string, RecordFileName>();
      for (const e of entries) {
        const record = e.type === 'file' ? parseRecordFileName(e.name) : undefined;
        if (record) parsed.set(e.name, record);
      }
      this.recordNames.set(path, (names = parsed));
    }
    return names;
  }

  private problem(file: string, message: string, range = DOCUMENT_START): void {
    this.problems.push({ rule: FOLDER_CONFIG_RULE, severity: 'warning', message, file, range });
    this.context.logger.warn(message);
  }
}

/**
 * At least two record-like names, and something that says "decisions" rather than, say,
 * numbered chapters of a guide: a telling folder name, an `ADR-` prefix, padded numbers
 * (`0007`), or log4brains' compact dates (`20200925-`).
 */
function looksLikeDecisionFolder(path: string, records: readonly RecordFileName[]): boolean {
  if (records.length < 2 || /(^|\/)(templates?|_posts)$/i.test(path)) return false;
  if (DECISION_FOLDER_HINT.test(path)) return true;
  return records.some((r) => r.style === 'prefixed' || (r.style === 'number' && (r.digits ?? '').length >= 3 && r.digits!.startsWith('0')) || (r.style === 'date-slug' && /^\d{8}/.test(r.baseName)));
}

function isWalkable(name: string): boolean {
  if (SKIPPED_FOLDERS.has(name)) return false;
  return !name.startsWith('.') || name === '.techlead';
}

function relativeTo(folder: string, path: string): string {
  const p = normalizeRelative(path.trim());
  if (!folder) return p;
  const parts = folder.split('/');
  for (const seg of p.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

class Discovery implements AdrDiscovery {
  readonly watchPatterns: readonly string[];
  private readonly byPath: ReadonlyMap<string, DiscoveredDirectory>;

  constructor(
    readonly directories: readonly DiscoveredDirectory[],
    /** The records of those folders, folder by folder, each folder's in name order. */
    readonly files: readonly string[],
    readonly problems: readonly Finding[],
    private readonly nearMisses: ReadonlyMap<string, ReadonlySet<string>>,
  ) {
    this.byPath = new Map(directories.map((d) => [d.path, d]));
    this.watchPatterns = [
      `**/${ADR_DIR_FILE}`,
      `**/${LOG4BRAINS_FILE}`,
      ...directories.map((d) => joinPath(d.path, '*.{md,markdown}')),
      '**/{[0-9],[aA][dD][rR]}*.{md,markdown}',
    ];
  }

  directoryAt(folderPath: string): AdrDirectory | undefined {
    return this.byPath.get(folderPath);
  }

  directoryOf(recordPath: string): AdrDirectory | undefined {
    return this.byPath.get(folderOf(recordPath));
  }

  claims(path: string): boolean {
    return this.byPath.get(folderOf(path))?.isRecordName(baseNameOf(path)) ?? false;
  }

  affectsDiscovery(path: string): boolean {
    const name = baseNameOf(path);
    if (name === ADR_DIR_FILE || name === LOG4BRAINS_FILE) return true;
    const folder = folderOf(path);
    if (this.byPath.has(folder) || !parseRecordFileName(name)) return false;
    const segments = folder ? folder.split('/') : [];
    if (segments.length > MAX_DEPTH || segments.some((s) => !isWalkable(s))) return false;
    // Only a new record-like name can turn a folder into an ADR folder; edits to known ones cannot.
    return !(this.nearMisses.get(folder)?.has(name) ?? false);
  }

  noteRecordFormat(recordPath: string, format: AdrFormat): void {
    this.byPath.get(folderOf(recordPath))?.noteFormat(recordPath, format);
  }
}
