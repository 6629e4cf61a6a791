import type { AdrDirectory, AdrDirectorySource, AdrFormat, AdrNamingStyle, RecordFileName } from './model';
import { isDecisionPrefix, isIndexPageName, isRecordFile, isTemplateName, parseRecordFileName } from './naming';

/** A record kept in a folder of its own (`0003-protocols/README.md`): the folder's name is the record's name. */
export interface RecordFolder {
  /** The record's file in that folder (`README.md`, `proposal.rst`). */
  readonly document: string;
  /** What the folder's name says (number, date, slug), with the document's extension. */
  readonly name: RecordFileName;
}

/**
 * An ADR folder as discovery found it. Discovery reads no record, so the folder learns
 * the format its records follow as the index parses them (`noteFormat`).
 */
export class DiscoveredDirectory implements AdrDirectory {
  private readonly formats = new Map<string, AdrFormat>();
  /** Files named like records that discovery read and found to be pointer pages (see `isPointerPage`). */
  private readonly pointerPages = new Set<string>();

  constructor(
    readonly path: string,
    readonly source: AdrDirectorySource,
    readonly naming: AdrNamingStyle,
    readonly fileNames: ReadonlySet<string>,
    readonly packageName: string | undefined,
    /** The format the tool that owns the folder writes (adr-tools, log4brains), if any. */
    private readonly declaredFormat: AdrFormat | undefined,
    /** What the record-like names among `fileNames` say, read once by discovery. */
    private readonly recordNames: ReadonlyMap<string, RecordFileName>,
    /**
     * Prefixes (lower case) that several names here share: `A` in `A1-…`, `A27-…`. A prefix
     * that says "decision" (`ADR-`) or no prefix at all needs no company.
     */
    private readonly sharedPrefixes: ReadonlySet<string> = new Set(),
    /** Records kept one per sub-folder, by the sub-folder's name. */
    readonly recordFolders: ReadonlyMap<string, RecordFolder> = new Map(),
  ) {}

  recordFileName(name: string): RecordFileName | undefined {
    return this.fileNames.has(name) ? this.recordNames.get(name) : parseRecordFileName(name);
  }

  get predominantFormat(): AdrFormat | undefined {
    if (this.declaredFormat) return this.declaredFormat;
    const counts = new Map<AdrFormat, number>();
    for (const f of this.formats.values()) if (f !== 'unknown') counts.set(f, (counts.get(f) ?? 0) + 1);
    let best: AdrFormat | undefined;
    for (const [f, n] of counts) if (best === undefined || n > counts.get(best)!) best = f;
    return best;
  }

  noteFormat(path: string, format: AdrFormat): void {
    this.formats.set(path, format);
  }

  /** Discovery sets a pointer page aside while it builds the folder, before anyone asks for its records. */
  setAsidePointerPage(name: string): void {
    this.pointerPages.add(name);
  }

  isPointerPage(name: string): boolean {
    return this.pointerPages.has(name);
  }

  /**
   * Whether a file in this folder is a record (a pointer page is not). Folders someone declared (`.adr-dir`,
   * log4brains, settings) hold records under any Markdown or reStructuredText name;
   * folders found by convention or detection only under record-like names whose prefix
   * is not a stray (`v2-notes.md` beside `0001-…` records).
   */
  isRecordName(name: string): boolean {
    if (this.pointerPages.has(name)) return false;
    // A name discovery read is already known to be no template or index page.
    const read = this.fileNames.has(name) ? this.recordNames.get(name) : undefined;
    if (read) return isDeclared(this.source) || this.acceptsPrefix(read.prefix);
    if (!isRecordFile(name) || isTemplateName(name) || isIndexPageName(name)) return false;
    if (isDeclared(this.source)) return true;
    const record = this.recordFileName(name);
    return record !== undefined && this.acceptsPrefix(record.prefix);
  }

  acceptsPrefix(prefix: string): boolean {
    return prefixAccepted(prefix, this.sharedPrefixes);
  }
}

export function prefixAccepted(prefix: string, sharedPrefixes: ReadonlySet<string>): boolean {
  return prefix === '' || isDecisionPrefix(prefix) || sharedPrefixes.has(prefix.toLowerCase());
}

/** The prefixes (lower case) at least two of these names share. */
export function sharedPrefixesOf(names: Iterable<RecordFileName>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const n of names) {
    const key = n.prefix.toLowerCase();
    if (seen.has(key)) shared.add(key);
    else seen.add(key);
  }
  return shared;
}

/**
 * A record of a one-folder-per-record layout, as the parser sees it: the ADR folder is
 * the folder of record folders, and the record's name is its folder's name.
 */
export class RecordFolderView implements AdrDirectory {
  constructor(
    private readonly container: DiscoveredDirectory,
    private readonly folder: RecordFolder,
  ) {}

  get path(): string {
    return this.container.path;
  }
  get source(): AdrDirectorySource {
    return this.container.source;
  }
  get naming(): AdrNamingStyle {
    return this.container.naming;
  }
  get packageName(): string | undefined {
    return this.container.packageName;
  }
  get fileNames(): ReadonlySet<string> {
    return this.container.fileNames;
  }
  get predominantFormat(): AdrFormat | undefined {
    return this.container.predominantFormat;
  }

  isRecordName(name: string): boolean {
    return this.container.isRecordName(name);
  }

  recordFileName(name: string): RecordFileName | undefined {
    return name === this.folder.document ? this.folder.name : this.container.recordFileName(name);
  }
}

export function isDeclared(source: AdrDirectorySource): boolean {
  return source === 'adr-dir' || source === 'log4brains' || source === 'config';
}
