import { CONFIG_FILE, parseConfigDocument, resolveConfig, type ConfigDocument, type EffectiveConfig, type HostSettings } from '../config/config';
import { keptListings } from './keptListings';
import { CancelledError, FileNotFoundError, NotUtf8Error, neverCancelled, type CancellationSignal, type Clock, type FolderFileSystem, type Logger } from '../host';
import type { AnyIndexedDocument, IndexedDocumentOf } from '../model/documents';
import { compareFindings, type DocumentKind, type Finding } from '../model/findings';
import { DOCUMENT_START } from '../model/text';
import { lintDocument, withUserSeverity, type LintRequest } from '../rules/engine';
import type { CatalogKey, Rule, WorkspaceView } from '../rules/rule';
import { Emitter } from '../util/emitter';
import type { DocumentChange, KindDiscovery, KindProvider } from './kindProvider';
import { SortedDocuments } from './sortedDocuments';
import { TimeSlice, timeSliced } from './timeSlice';

export interface IndexChange {
  /** Kinds whose documents changed. */
  readonly kinds: ReadonlySet<DocumentKind>;
  /** Paths that were added, changed or removed; empty after a full (re)build. */
  readonly paths: readonly string[];
  /** True after a full (re)build. */
  readonly rebuilt: boolean;
  /**
   * The documents whose findings may differ after this change: the changed paths plus
   * the documents whose cross-file findings depend on them (see KindProvider.affectedBy).
   * Linting just these keeps the findings equal to a full lint. Empty after a rebuild,
   * when everything must be linted again.
   */
  readonly affected: readonly string[];
}

export interface IndexProgress {
  readonly done: number;
  readonly total: number;
}

export interface FolderIndexOptions {
  readonly fs: FolderFileSystem;
  readonly providers: readonly KindProvider[];
  readonly clock: Clock;
  readonly logger: Logger;
  readonly settings?: HostSettings;
}

/** Reads this many files at once: enough to hide latency of remote file systems. */
const READ_CONCURRENCY = 32;
/**
 * Files at least this long (UTF-16 units) are parsed, and linted, in a slice of their own: a
 * 60 KB risk register takes several milliseconds to parse, more while the parser is cold,
 * and on top of a spent slice would block the host past 50 ms.
 */
const OWN_SLICE_CHARS = 16 * 1024;

/**
 * The index of one workspace folder: every decision record, risk register and guideline
 * file in it, parsed, kept current one file at a time. Both front ends use it; the
 * extension keeps one per workspace folder, the CLI one for `--root`.
 */
export class FolderIndex implements WorkspaceView {
  private readonly docs = new Map<string, AnyIndexedDocument>();
  private readonly byKind = new Map<DocumentKind, Map<string, AnyIndexedDocument>>();
  private readonly discoveries = new Map<DocumentKind, KindDiscovery>();
  private readonly catalogs = new Map<string, { value: unknown; key: CatalogKey<unknown> }>();
  /** Each kind's documents in path order, kept sorted one change at a time. */
  private readonly sorted = new Map<DocumentKind, SortedDocuments>();
  private configDoc: ConfigDocument | undefined;
  private repoFileList: readonly string[] | undefined;
  private effective: EffectiveConfig;
  private settings: HostSettings;
  private readonly changeEmitter = new Emitter<IndexChange>();
  /** Fires after a build or an incremental update changed documents. */
  readonly onDidChange = this.changeEmitter.event;
  private generation = 0;
  /** Counts document changes (builds and updates), so work spread over slices can tell it is stale. */
  private changeCount = 0;

  constructor(private readonly options: FolderIndexOptions) {
    this.settings = options.settings ?? {};
    this.effective = resolveConfig(undefined, this.settings);
  }

  get fs(): FolderFileSystem {
    return this.options.fs;
  }

  get config(): EffectiveConfig {
    return this.effective;
  }

  get configDocument(): ConfigDocument | undefined {
    return this.configDoc;
  }

  get providers(): readonly KindProvider[] {
    return this.options.providers;
  }

  /** The host settings the index was last given. */
  get hostSettings(): HostSettings {
    return this.settings;
  }

  /** Replaces the host settings; call {@link build} afterwards to apply them. */
  setSettings(settings: HostSettings): void {
    this.settings = settings;
    this.effective = resolveConfig(this.configDoc?.config, settings);
  }

  discovery<S extends KindDiscovery>(kind: DocumentKind): S | undefined {
    return this.discoveries.get(kind) as S | undefined;
  }

  /**
   * (Re)builds the whole index: reads the config, discovers each kind's files, reads and
   * parses them. Yields regularly so it never blocks the host for long; cancellable.
   */
  async build(signal: CancellationSignal = neverCancelled, onProgress?: (p: IndexProgress) => void): Promise<void> {
    const generation = ++this.generation;
    const { logger } = this.options;
    const slice = new TimeSlice();
    const fs = timeSliced(this.options.fs, slice);
    const configDoc = await this.readConfig();
    const effective = resolveConfig(configDoc?.config, this.settings);
    const discoveries = new Map<DocumentKind, KindDiscovery>();
    // The kinds walk the same folders: each is listed once for all of them.
    const discoveryFs = keptListings(fs);
    for (const provider of this.options.providers) {
      if (signal.isCancellationRequested) throw new CancelledError();
      discoveries.set(provider.kind, await provider.discover({ fs: discoveryFs, config: effective, logger, signal, yieldIfDue: () => slice.yieldIfDue() }));
    }
    const work: { provider: KindProvider; path: string }[] = [];
    for (const provider of this.options.providers) {
      for (const path of discoveries.get(provider.kind)!.files) work.push({ provider, path });
    }
    const parsed = new Map<string, AnyIndexedDocument>();
    let done = 0;
    onProgress?.({ done, total: work.length });
    for (let i = 0; i < work.length; i += READ_CONCURRENCY) {
      if (signal.isCancellationRequested || generation !== this.generation) throw new CancelledError();
      const batch = work.slice(i, i + READ_CONCURRENCY);
      // Started one after another with the slice checked between them: a local folder reads
      // each file as its read starts, so 32 reads in a row could outlast the slice on a busy
      // disk; a remote one returns at once and still reads them side by side.
      const reads: Promise<string | Finding | undefined>[] = [];
      for (const w of batch) {
        if (slice.due) await slice.yieldNow();
        reads.push(this.readWithLimit(w.path, effective.maxFileSize));
      }
      const texts = await Promise.all(reads);
      for (let j = 0; j < batch.length; j++) {
        const { provider, path } = batch[j]!;
        const context = { discovery: discoveries.get(provider.kind)!, config: effective, clock: this.options.clock };
        const text = texts[j]!;
        if (typeof text === 'string' && text.length >= OWN_SLICE_CHARS) await slice.yieldUnlessFresh();
        parsed.set(path, typeof text === 'string' ? safeParse(provider, path, text, context) : provider.unparsed(path, text));
        done++;
        if (slice.due) {
          onProgress?.({ done, total: work.length });
          await slice.yieldIfDue();
        }
      }
    }
    // Swapping in the new documents and telling listeners (views, diagnostics) gets a slice of its own.
    await slice.yieldNow();
    if (generation !== this.generation) throw new CancelledError();
    this.configDoc = configDoc;
    this.effective = effective;
    this.discoveries.clear();
    for (const [k, d] of discoveries) this.discoveries.set(k, d);
    this.docs.clear();
    this.byKind.clear();
    this.sorted.clear();
    this.catalogs.clear();
    this.changeCount++;
    for (const doc of parsed.values()) this.store(doc);
    if (configDoc) this.store(configDoc);
    onProgress?.({ done, total: work.length });
    logger.info(`${fs.name}: indexed ${parsed.size} files`);
    this.changeEmitter.fire({ kinds: new Set([...this.options.providers.map((p) => p.kind), 'config' as const]), paths: [], rebuilt: true, affected: [] });
  }

  /**
   * Brings one path up to date after it was created, changed or deleted: re-reads that
   * file only, unless the path changes discovery itself (config, `.adr-dir`, a new
   * record folder), which triggers a rebuild.
   * @param text the file's current text when the caller has it (an open editor), else it is read.
   */
  async update(path: string, text?: string): Promise<void> {
    if (this.changesDiscovery(path)) {
      await this.build();
      return;
    }
    const provider = this.providerClaiming(path);
    if (!provider) {
      if (this.docs.has(path)) this.remove(path);
      return;
    }
    const content = text ?? (await this.readWithLimit(path, this.effective.maxFileSize, true));
    if (content === undefined) {
      this.remove(path);
      return;
    }
    const context = { discovery: this.discoveries.get(provider.kind)!, config: this.effective, clock: this.options.clock };
    const doc = typeof content === 'string' ? safeParse(provider, path, content, context) : provider.unparsed(path, content);
    const previous = this.docs.get(path);
    if (previous && previous.kind !== doc.kind) this.unstore(path);
    this.store(doc);
    const kinds = new Set([doc.kind]);
    if (previous) kinds.add(previous.kind);
    const affected = new Set<string>();
    this.applyChange({ path, before: previous, after: doc }, affected);
    this.changeEmitter.fire({ kinds, paths: [path], rebuilt: false, affected: [...affected] });
  }

  /**
   * Forgets a deleted path (a file, or a folder and everything under it). Deleting the
   * config or a file discovery depends on (`.adr-dir`...) rebuilds, as changing it does.
   */
  async delete(path: string): Promise<void> {
    if (this.changesDiscovery(path)) {
      await this.build();
      return;
    }
    if (this.docs.has(path)) {
      this.remove(path);
      return;
    }
    const prefix = `${path}/`;
    const gone = [...this.docs.keys()].filter((p) => p.startsWith(prefix));
    if (gone.length === 0) return;
    const kinds = new Set<DocumentKind>();
    const affected = new Set<string>();
    for (const p of gone) {
      const before = this.docs.get(p)!;
      kinds.add(before.kind);
      this.unstore(p);
      this.applyChange({ path: p, before, after: undefined }, affected);
    }
    // Documents that went are not linted; their old findings are dropped by path.
    for (const p of gone) affected.delete(p);
    this.changeEmitter.fire({ kinds, paths: gone, rebuilt: false, affected: [...affected] });
  }

  get(path: string): AnyIndexedDocument | undefined {
    return this.docs.get(path);
  }

  hasPath(path: string): boolean {
    return this.docs.has(path);
  }

  /**
   * Gives the index the folder's complete file list (from `git ls-files` or
   * `workspace.findFiles`), for rules that check paths against the repository. Pass a
   * new array when files are added or removed, then lint the documents `repoFileReaders` names again.
   */
  setRepoFiles(paths: readonly string[] | undefined): void {
    this.repoFileList = paths;
  }

  repoFiles(): readonly string[] | undefined {
    return this.repoFileList;
  }

  /** The documents of one kind, in path order. */
  documents<K extends DocumentKind>(kind: K): readonly IndexedDocumentOf<K>[] {
    let sorted = this.sorted.get(kind);
    if (!sorted) this.sorted.set(kind, (sorted = new SortedDocuments(this.byKind.get(kind)?.values() ?? [])));
    return sorted.documents as readonly IndexedDocumentOf<K>[];
  }

  catalog<T>(key: CatalogKey<T>): T {
    const hit = this.catalogs.get(key.name);
    if (hit) return hit.value as T;
    const value = key.build(this);
    this.catalogs.set(key.name, { value, key: key as CatalogKey<unknown> });
    return value;
  }

  /** Lints the given documents (default: all) with the folder's effective settings. */
  lint(paths?: Iterable<string>): Finding[] {
    const list = paths ? [...paths] : undefined;
    const findings = this.lintDocuments(list);
    for (const f of this.lintDiscoveryProblems(list && new Set(list))) findings.push(f);
    return findings.sort(compareFindings);
  }

  /** The documents' own findings (unsorted); all documents when no paths are given. */
  private lintDocuments(paths: readonly string[] | undefined): Finding[] {
    const lint = this.documentLinter();
    const findings: Finding[] = [];
    const targets = paths ? paths.map((p) => this.docs.get(p)).filter((d): d is AnyIndexedDocument => !!d) : this.docs.values();
    for (const doc of targets) for (const f of lint(doc)) findings.push(f);
    return findings;
  }

  /** Lints one document with each kind's rules, the folder's settings and today's date (taken once per pass). */
  private documentLinter(): (doc: AnyIndexedDocument) => Finding[] {
    const rulesByKind = new Map<DocumentKind, readonly Rule<AnyIndexedDocument>[]>();
    for (const p of this.options.providers) rulesByKind.set(p.kind, p.rules as readonly Rule<AnyIndexedDocument>[]);
    const request = this.lintRequest();
    return (doc) => lintDocument(doc, rulesByKind.get(doc.kind) ?? [], request);
  }

  /** What a rule run needs from the folder: itself, today, the settings; also for files it does not index (code). */
  lintRequest(): LintRequest {
    return {
      workspace: this,
      today: this.options.clock.today(),
      options: { staleProposalDays: this.effective.staleProposalDays },
      severities: this.effective.severities,
    };
  }

  /** Discovery problems (`.adr-dir` naming a missing folder...), of the wanted files or all. */
  private lintDiscoveryProblems(wanted: ReadonlySet<string> | undefined): Finding[] {
    const findings: Finding[] = [];
    for (const discovery of this.discoveries.values()) {
      for (const problem of discovery.problems ?? []) {
        if (wanted && !wanted.has(problem.file)) continue;
        const shown = withUserSeverity(problem, this.effective.severities);
        if (shown) findings.push(shown);
      }
    }
    return findings;
  }

  /**
   * The same findings as {@link lint} of everything, computed in slices that yield to the
   * event loop, so linting a 15,000-document folder never blocks the extension host for
   * long. Documents changed while it runs are linted as they are when reached; callers
   * lint the `affected` of such changes afterwards, as they would anyway.
   */
  async lintInSlices(signal: CancellationSignal = neverCancelled): Promise<Finding[]> {
    const slice = new TimeSlice();
    await this.prepareCatalogs(slice, signal);
    const paths = [...this.docs.keys()];
    const lint = this.documentLinter();
    const findings: Finding[] = [];
    let kind: DocumentKind | undefined;
    for (const path of paths) {
      if (signal.isCancellationRequested) throw new CancelledError();
      const doc = this.docs.get(path);
      if (!doc) continue;
      // A kind's first document also runs its rules for the first time: a fresh slice.
      if (doc.kind !== kind) {
        kind = doc.kind;
        await slice.yieldNow();
      } else if (doc.text.length >= OWN_SLICE_CHARS) {
        await slice.yieldUnlessFresh();
      }
      // One document at a time: a register of a hundred risks takes milliseconds to lint.
      // The discovery problems are added below, once.
      for (const f of lint(doc)) findings.push(f);
      await slice.yieldIfDue();
    }
    for (const f of this.lintDiscoveryProblems(undefined)) findings.push(f);
    return findings.sort(compareFindings);
  }

  /**
   * Builds the catalogs the providers declare (those not built yet) a slice at a time:
   * from empty, adding one document after another through the catalog's own `update`.
   * A catalog without `update`, or one whose documents change meanwhile, is built in one go.
   */
  private async prepareCatalogs(slice: TimeSlice, signal: CancellationSignal): Promise<void> {
    for (const provider of this.options.providers) {
      for (const key of provider.catalogs ?? []) {
        if (this.catalogs.has(key.name)) continue;
        await slice.yieldNow();
        const value = await this.buildCatalogInSlices(key, slice, signal);
        // A rule may have asked for it meanwhile (then built it in one go): that one stays.
        if (!this.catalogs.has(key.name)) this.catalogs.set(key.name, { value, key });
      }
    }
  }

  private async buildCatalogInSlices(key: CatalogKey<unknown>, slice: TimeSlice, signal: CancellationSignal): Promise<unknown> {
    if (!key.update) return key.build(this);
    const changesBefore = this.changeCount;
    const value = key.build(EMPTY_VIEW);
    for (const kind of key.kinds) {
      for (const doc of this.documents(kind)) {
        if (signal.isCancellationRequested) throw new CancelledError();
        if (!key.update(value, { path: doc.path, before: undefined, after: doc }, this)) return key.build(this);
        await slice.yieldIfDue();
        if (this.changeCount !== changesBefore) return key.build(this);
      }
    }
    return value;
  }

  dispose(): void {
    this.generation++;
    this.changeEmitter.dispose();
  }

  private changesDiscovery(path: string): boolean {
    return path === CONFIG_FILE || [...this.discoveries.values()].some((d) => d.affectsDiscovery(path));
  }

  private providerClaiming(path: string): KindProvider | undefined {
    return this.options.providers.find((p) => this.discoveries.get(p.kind)?.claims(path));
  }

  /**
   * Reads `.techlead.yaml` under the size limit every file is read under. The file cannot
   * raise the limit it is read under, so the host's setting (or the default) applies; a
   * file over it is reported and used as if empty.
   */
  private async readConfig(): Promise<ConfigDocument | undefined> {
    const read = await this.readWithLimit(CONFIG_FILE, resolveConfig(undefined, this.settings).maxFileSize, true);
    if (read === undefined) return undefined;
    if (typeof read === 'string') return parseConfigDocument(CONFIG_FILE, read);
    return { ...parseConfigDocument(CONFIG_FILE, ''), problems: [read] };
  }

  /**
   * Reads a file unless it is over the size limit. Returns the text, a finding saying why
   * it was not read, or (when `missingIsUndefined`) undefined for a file that is gone.
   */
  private async readWithLimit(path: string, maxSize: number, missingIsUndefined = false): Promise<string | Finding | undefined> {
    try {
      const read = await this.options.fs.readTextWithin(path, maxSize);
      if (typeof read === 'string') return read;
      return unreadable(path, 'index/file-too-large', `The file is ${formatBytes(read.size)}, over the ${formatBytes(maxSize)} limit (setting techlead.maxFileSize), so it was not read.`);
    } catch (err) {
      if (err instanceof NotUtf8Error) return unreadable(path, 'index/unreadable', err.message);
      if (err instanceof FileNotFoundError) return missingIsUndefined ? undefined : unreadable(path, 'index/unreadable', 'The file disappeared while it was being indexed.');
      return unreadable(path, 'index/unreadable', `The file could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private store(doc: AnyIndexedDocument): void {
    this.docs.set(doc.path, doc);
    let m = this.byKind.get(doc.kind);
    if (!m) this.byKind.set(doc.kind, (m = new Map()));
    m.set(doc.path, doc);
    this.sorted.get(doc.kind)?.set(doc);
  }

  private unstore(path: string): void {
    const doc = this.docs.get(path);
    if (!doc) return;
    this.docs.delete(path);
    this.byKind.get(doc.kind)?.delete(path);
    this.sorted.get(doc.kind)?.delete(path);
  }

  private remove(path: string): void {
    const before = this.docs.get(path)!;
    this.unstore(path);
    const affected = new Set<string>();
    this.applyChange({ path, before, after: undefined }, affected);
    affected.delete(path);
    this.changeEmitter.fire({ kinds: new Set([before.kind]), paths: [path], rebuilt: false, affected: [...affected] });
  }

  /**
   * After one document changed (already stored): brings the catalogs up to date (in place
   * where a catalog knows how, else it is rebuilt on next use) and adds to `affected` the
   * documents whose findings may now differ.
   */
  private applyChange(change: DocumentChange, affected: Set<string>): void {
    const kinds = new Set<DocumentKind>();
    if (change.before) kinds.add(change.before.kind);
    if (change.after) kinds.add(change.after.kind);
    this.changeCount++;
    for (const [name, c] of this.catalogs) {
      if (!c.key.kinds.some((k) => kinds.has(k))) continue;
      if (!c.key.update?.(c.value, change, this)) this.catalogs.delete(name);
    }
    if (change.after) affected.add(change.path);
    for (const provider of this.options.providers) {
      if (provider.affectedBy) {
        for (const p of provider.affectedBy(change, this)) affected.add(p);
      } else {
        for (const doc of this.documents(provider.kind)) affected.add(doc.path);
      }
    }
  }
}

/** A folder with no documents: where a catalog built a slice at a time starts. */
const EMPTY_VIEW: WorkspaceView = {
  documents: () => [],
  catalog: (key) => key.build(EMPTY_VIEW),
};

function safeParse<S extends KindDiscovery>(provider: KindProvider<AnyIndexedDocument, S>, path: string, text: string, context: { discovery: S; config: EffectiveConfig; clock: Clock }): AnyIndexedDocument {
  try {
    return provider.parse(path, text, context);
  } catch (err) {
    return provider.unparsed(path, unreadable(path, 'internal/parser-crashed', `The ${provider.kind} parser failed on this file: ${err instanceof Error ? err.message : String(err)}. Please report this.`));
  }
}

function unreadable(path: string, rule: string, message: string): Finding {
  return { rule, severity: 'error', message, file: path, range: DOCUMENT_START };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
