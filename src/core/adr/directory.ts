import type { AdrDirectory, AdrDirectorySource, AdrFormat, AdrNamingStyle, RecordFileName } from './model';
import { isIndexPageName, isMarkdownFile, isTemplateName, parseRecordFileName } from './naming';

/**
 * An ADR folder as discovery found it. Discovery reads no record, so the folder learns
 * the format its records follow as the index parses them (`noteFormat`).
 */
export class DiscoveredDirectory implements AdrDirectory {
  private readonly formats = new Map<string, AdrFormat>();

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

  /**
   * Whether a file in this folder is a record. Folders someone declared (`.adr-dir`,
   * log4brains, settings) hold records under any Markdown name; folders found by
   * convention or detection only under record-like names.
   */
  isRecordName(name: string): boolean {
    if (!isMarkdownFile(name) || isTemplateName(name) || isIndexPageName(name)) return false;
    return isDeclared(this.source) || this.recordFileName(name) !== undefined;
  }
}

export function isDeclared(source: AdrDirectorySource): boolean {
  return source === 'adr-dir' || source === 'log4brains' || source === 'config';
}
