import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseYamlDocument } from '../yaml/parseYaml';
import { normalizeRelative } from '../config/config';
import { CancelledError, FileNotFoundError, OutsideFolderError, type DirectoryEntry, type FileStat } from '../host';
import type { DiscoveryContext, KindDiscovery } from '../index/kindProvider';
import type { Finding } from '../model/findings';
import { DOCUMENT_START } from '../model/text';
import { LineIndex } from '../text/lineIndex';
import { DiscoveredDirectory, isDeclared, prefixAccepted, RecordFolderView, sharedPrefixesOf, type RecordFolder } from './directory';
import type { AdrDirectory, AdrDirectorySource, AdrFormat, RecordFileName } from './model';
import { parseDecisionRecord } from './parser';
import { isPointerPage, mayBePointerPage } from './pointerPage';
import { baseNameOf, DATE_SLUG_NAMING, DEFAULT_NAMING, folderOf, isDecisionPrefix, isRecordFolderDocument, joinPath, parseRecordBaseName, parseRecordFileName, predominantNaming } from './naming';

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
const DECISION_FOLDER_HINT = /(^|\/)[^/]*(adr|decision|architecture|rfc|proposal)[^/]*$/i;
/**
 * A status written the ways records write it (`Status: Accepted`, `* Status: Draft`,
 * `status: Living` in front matter, `## Status`, `:Status:`, `| Status | … |`): what
 * tells a series of records (`A1-….md`, `snip-12.md`) from numbered chapters.
 */
const STATUS_LINE = /^[ \t>]*(?:[-*+][ \t]+|\|[ \t]*)?(?:\*\*|__)?(?:status|statut|estado|state)(?:\*\*|__)?[ \t]*(?::|\|)|^#{1,6}[ \t]+(?:status|statut|estado)\b|^:status:/im;
/** How many records of a folder whose names alone do not settle it are read for a status, and how much of each. */
const RECORDS_READ_FOR_STATUS = 2;
const STATUS_READ_BYTES = 16 * 1024;
/** A pointer page is a screenful; a longer file numbered 0 is read as a record without a look. */
const POINTER_PAGE_READ_BYTES = 16 * 1024;

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
 * and the settings, the usual places, and any folder holding record-like files or record
 * folders (`0003-slug/README.md`). Mostly lists folders: besides the two tool config
 * files it reads only the first two records of a folder whose names alone do not say
 * whether it holds decisions (`A1-….md` at a repository root).
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
  /** The record folders (`0003-slug/README.md`) of each folder looked at, by sub-folder name. */
  private readonly recordFolders = new Map<string, ReadonlyMap<string, RecordFolder>>();
  /** Folders that are one record each, inside an ADR folder: their other documents are not records. */
  private readonly insideRecords = new Set<string>();

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
      for (const [sub, folder] of [...d.recordFolders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) files.push(joinPath(joinPath(d.path, sub), folder.document));
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
    const doc = parseYamlDocument(text, { prettyErrors: false });
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
      await this.consider(path, entries);
      if (depth >= MAX_DEPTH) continue;
      for (const e of entries) {
        if (e.type !== 'directory' || !isWalkable(e.name)) continue;
        const child = joinPath(path, e.name);
        // A record's own folder holds its pictures and supporting pages, not records.
        if (!this.insideRecords.has(child)) queue.push({ path: child, depth: depth + 1 });
      }
    }
  }

  /**
   * Takes a walked folder as an ADR folder when the names of its files, or of its
   * sub-folders that each hold one record, say it holds records.
   */
  private async consider(path: string, entries: readonly DirectoryEntry[]): Promise<void> {
    const folders = await this.recordFoldersIn(path, entries);
    if (this.candidates.has(path)) {
      this.markRecordFolders(path, folders);
      return;
    }
    const names = this.recordNamesIn(path, entries);
    const shared = sharedPrefixesOf(names.values());
    const records = [...names].filter(([, r]) => prefixAccepted(r.prefix, shared));
    if (records.length > 0 && (await this.holdsDecisions(path, records.map(([, r]) => r), () => records.map(([name]) => joinPath(path, name))))) {
      this.candidates.set(path, { source: 'detected' });
    } else if (folders.size > 0 && (await this.holdsDecisions(path, [...folders.values()].map((f) => f.name), () => [...folders].map(([sub, f]) => joinPath(joinPath(path, sub), f.document))))) {
      this.candidates.set(path, { source: 'detected' });
    } else {
      if (records.length > 0) this.nearMisses.set(path, new Set(records.map(([name]) => name)));
      return;
    }
    this.markRecordFolders(path, folders);
  }

  private markRecordFolders(path: string, folders: ReadonlyMap<string, RecordFolder>): void {
    for (const sub of folders.keys()) this.insideRecords.add(joinPath(path, sub));
  }

  /**
   * Whether record-like names (of files or record folders) are decisions: see
   * `looksLikeDecisionFolder`; when the names alone do not settle it, a status line in
   * the first records read settles it (a few reads, only for such folders). `files` are
   * the records' paths, made only then.
   */
  private async holdsDecisions(path: string, records: readonly RecordFileName[], files: () => string[]): Promise<boolean> {
    const verdict = looksLikeDecisionFolder(path, records);
    if (verdict !== 'maybe') return verdict;
    for (const file of files().sort().slice(0, RECORDS_READ_FOR_STATUS)) {
      // One that cannot be read is one sign fewer, not a finding: the index reports it if it is taken.
      const text = await this.context.fs.readTextWithin(file, STATUS_READ_BYTES).catch(() => undefined);
      if (typeof text === 'string' && STATUS_LINE.test(text)) return true;
    }
    return false;
  }

  private async directory(path: string, candidate: Candidate): Promise<DiscoveredDirectory> {
    const entries = await this.list(path);
    const fileNames = new Set(entries.filter((e) => e.type === 'file').map((e) => e.name));
    const isLog4brains = candidate.source === 'log4brains';
    const recordNames = this.recordNamesIn(path, entries);
    const shared = sharedPrefixesOf(recordNames.values());
    const accepted = [...recordNames.values()].filter((r) => prefixAccepted(r.prefix, shared));
    const naming = isLog4brains ? DATE_SLUG_NAMING : accepted.length ? predominantNaming(accepted) : DEFAULT_NAMING;
    const declaredFormat: AdrFormat | undefined = isLog4brains ? 'log4brains' : candidate.source === 'adr-dir' ? 'nygard' : undefined;
    const folders = await this.recordFoldersIn(path, entries);
    const directory = new DiscoveredDirectory(path, candidate.source, naming, fileNames, candidate.packageName, declaredFormat, recordNames, shared, folders);
    await this.setAsidePointerPages(directory);
    return directory;
  }

  /**
   * Reads the files in the slot pointer pages are kept in (number 0: a folder has one or
   * two) and sets aside those that only send the reader on to other records.
   */
  private async setAsidePointerPages(directory: DiscoveredDirectory): Promise<void> {
    const candidates = [...directory.fileNames].filter((name) => {
      // The number first: it rules out nearly every name with one lookup.
      const parsed = directory.recordFileName(name);
      return parsed !== undefined && mayBePointerPage(parsed) && directory.isRecordName(name);
    });
    for (const name of candidates.sort()) {
      const file = joinPath(directory.path, name);
      // One that cannot be read, or is too long to be a pointer page, stays a record; the index reports what it cannot read.
      const text = await this.context.fs.readTextWithin(file, POINTER_PAGE_READ_BYTES).catch(() => undefined);
      if (typeof text !== 'string') continue;
      if (this.isPointerPage(file, text, directory)) {
        directory.setAsidePointerPage(name);
        this.context.logger.info(`${file} is not listed as a record: it is numbered 0 and mostly links to other records (an index or a pointer page).`);
      }
    }
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

  /**
   * The sub-folders named like records (`0003-protocols`, `2023-02-27_testing`,
   * `slep004`) that hold a record document (`README.md`, `index.md`, `proposal.rst`),
   * keeping only prefixes that need no company or have it.
   */
  private async recordFoldersIn(path: string, entries: readonly DirectoryEntry[]): Promise<ReadonlyMap<string, RecordFolder>> {
    let folders = this.recordFolders.get(path);
    if (folders) return folders;
    const found = new Map<string, RecordFolder>();
    for (const e of entries) {
      if (e.type !== 'directory' || !isWalkable(e.name)) continue;
      // The walk's bound holds here too: thousands of numbered data folders are not listed one by one.
      if (this.listings.size >= MAX_WALKED_FOLDERS) break;
      const name = parseRecordBaseName(e.name, '');
      if (!name) continue;
      const document = (await this.list(joinPath(path, e.name))).filter((d) => d.type === 'file' && isRecordFolderDocument(d.name)).map((d) => d.name).sort(byDocumentPreference)[0];
      if (document) found.set(e.name, { document, name: { ...name, extension: document.slice(document.lastIndexOf('.')) } });
    }
    const shared = sharedPrefixesOf([...found.values()].map((f) => f.name));
    folders = new Map([...found].filter(([, f]) => prefixAccepted(f.name.prefix, shared)));
    this.recordFolders.set(path, folders);
    return folders;
  }

  private isPointerPage(file: string, text: string, directory: DiscoveredDirectory): boolean {
    try {
      return isPointerPage(parseDecisionRecord(file, text, directory), (p) => folderOf(p) === directory.path && p !== file && directory.isRecordName(baseNameOf(p)));
    } catch {
      // The parser never throws; were it to, the file stays a record and the index reports the crash on it.
      return false;
    }
  }

  private problem(file: string, message: string, range = DOCUMENT_START): void {
    this.problems.push({ rule: FOLDER_CONFIG_RULE, severity: 'warning', message, file, range });
    this.context.logger.warn(message);
  }
}

/**
 * At least two record-like names (one, when its prefix says "decision": `ODH-ADR-ART-001`),
 * and something that says "decisions" rather than, say, numbered chapters of a guide: a
 * telling folder name, a decision prefix, padded numbers (`0007`), or log4brains' compact
 * dates (`20200925-`). Anything else is a `maybe` for the records' text to settle.
 */
function looksLikeDecisionFolder(path: string, records: readonly RecordFileName[]): boolean | 'maybe' {
  if (/(^|\/)(templates?|_posts)$/i.test(path)) return false;
  const decisionPrefixed = records.some((r) => r.prefix !== '' && isDecisionPrefix(r.prefix));
  if (records.length < 2 && !decisionPrefixed) return false;
  if (DECISION_FOLDER_HINT.test(path) || decisionPrefixed) return true;
  if (records.some((r) => ((r.style === 'number' || r.style === 'prefixed') && (r.digits ?? '').length >= 3 && r.digits!.startsWith('0')) || (r.style === 'date-slug' && /^\d{8}/.test(r.baseName)))) return true;
  return 'maybe';
}

/** `README` before `proposal` before `index`, when a record folder has more than one. */
function byDocumentPreference(a: string, b: string): number {
  const rank = (n: string) => ['readme', 'proposal', 'index'].indexOf(n.slice(0, n.lastIndexOf('.')).toLowerCase());
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
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
  /** Record folders (`concepts/0003-protocols`): the record document's name and how the parser sees its folder. */
  private readonly recordFolders = new Map<string, { readonly document: string; readonly view: RecordFolderView; readonly container: DiscoveredDirectory }>();

  constructor(
    readonly directories: readonly DiscoveredDirectory[],
    /** The records of those folders, folder by folder, each folder's in name order. */
    readonly files: readonly string[],
    readonly problems: readonly Finding[],
    private readonly nearMisses: ReadonlyMap<string, ReadonlySet<string>>,
  ) {
    this.byPath = new Map(directories.map((d) => [d.path, d]));
    for (const d of directories) {
      for (const [sub, folder] of d.recordFolders) this.recordFolders.set(joinPath(d.path, sub), { document: folder.document, view: new RecordFolderView(d, folder), container: d });
    }
    this.watchPatterns = [
      `**/${ADR_DIR_FILE}`,
      `**/${LOG4BRAINS_FILE}`,
      ...directories.flatMap((d) => [joinPath(d.path, '*.{md,markdown,rst}'), joinPath(d.path, '*/{README,readme,index,proposal}.{md,markdown,rst}')]),
      '**/{[0-9],[aA][dD][rR]}*.{md,markdown,rst}',
    ];
  }

  directoryAt(folderPath: string): AdrDirectory | undefined {
    return this.byPath.get(folderPath);
  }

  directoryOf(recordPath: string): AdrDirectory | undefined {
    const folder = folderOf(recordPath);
    return this.byPath.get(folder) ?? this.recordFolders.get(folder)?.view;
  }

  claims(path: string): boolean {
    const folder = folderOf(path);
    const directory = this.byPath.get(folder);
    if (directory) return directory.isRecordName(baseNameOf(path));
    return this.recordFolders.get(folder)?.document === baseNameOf(path);
  }

  affectsDiscovery(path: string): boolean {
    const name = baseNameOf(path);
    if (name === ADR_DIR_FILE || name === LOG4BRAINS_FILE) return true;
    const folder = folderOf(path);
    const directory = this.byPath.get(folder);
    // Whether a file numbered 0 is a pointer page only its text tells: a page set aside may
    // now be a record, and a new one may be a pointer page. (An edit that turns a listed
    // record into a pointer page shows at the next discovery: rebuilding on every save of a
    // folder's "0000-use-adrs.md" would cost a full index each time.)
    if (directory?.isPointerPage(name)) return true;
    if (directory && !directory.fileNames.has(name) && directory.isRecordName(name)) {
      const parsed = directory.recordFileName(name);
      if (parsed && mayBePointerPage(parsed)) return true;
    }
    // A record document in a new folder named like a record (`0042-slug/README.md`) may add a record folder.
    if (isRecordFolderDocument(name) && !this.recordFolders.has(folder) && parseRecordBaseName(baseNameOf(folder), '')) return true;
    if (this.byPath.has(folder) || !parseRecordFileName(name)) return false;
    const segments = folder ? folder.split('/') : [];
    if (segments.length > MAX_DEPTH || segments.some((s) => !isWalkable(s))) return false;
    // Only a new record-like name can turn a folder into an ADR folder; edits to known ones cannot.
    return !(this.nearMisses.get(folder)?.has(name) ?? false);
  }

  noteRecordFormat(recordPath: string, format: AdrFormat): void {
    const folder = folderOf(recordPath);
    (this.byPath.get(folder) ?? this.recordFolders.get(folder)?.container)?.noteFormat(recordPath, format);
  }
}
