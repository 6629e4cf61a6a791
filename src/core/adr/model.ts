import type { IndexedDocument } from '../model/documents';
import type { Range } from '../model/text';

/**
 * The shape of a decision record as the core reads it. Every value the parser found
 * carries where it found it (offsets for edits, a range for diagnostics), so the
 * editing commands (status change, supersede, renumber) can change exactly that text.
 */

/** Where a piece of text is: UTF-16 offsets into the record's text, and the same as a range. */
export interface Located {
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}

/** Where a metadata value was written. */
export type FieldOrigin =
  | 'file-name'
  | 'heading'
  | 'front-matter'
  /** `* Status: accepted` / `- Date: 2020-09-24` under the title (MADR 2, log4brains). */
  | 'bullet'
  /** `Date: 2016-02-12` on a line of its own (adr-tools). */
  | 'line'
  /** `| Status | Accepted |`. */
  | 'table'
  /** The body of a `## Status` (or `## Date`) section (Nygard). */
  | 'section'
  /** The earliest entry of a `## Changelog` list, for a record that states no date. */
  | 'changelog';

export interface AdrField<T> extends Located {
  readonly value: T;
  /** The text as written (without the key and markup around it). */
  readonly raw: string;
  readonly origin: FieldOrigin;
}

/** The statuses every record is normalised to; what was written stays in `raw`. */
export type AdrStatusValue = 'draft' | 'proposed' | 'accepted' | 'rejected' | 'deprecated' | 'superseded' | 'other';
export const ADR_STATUS_VALUES: readonly AdrStatusValue[] = ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded', 'other'];

/** A date as written; `value` is `YYYY-MM-DD` when the text is a real calendar date. */
export type AdrDateField = AdrField<string | undefined>;

/**
 * The metadata conventions of the known templates:
 * - `nygard`: adr-tools and friends, `Date:` line and a `## Status` section;
 * - `madr2`: `* Status:` / `* Deciders:` / `* Date:` bullets under the title;
 * - `madr3`: MADR 3 and 4, YAML front matter (`status`, `date`, `decision-makers`...);
 * - `log4brains`: MADR 2 bullets written with `-`, date-slug file names;
 * - `table`: a `| Status | Accepted |` metadata table;
 * - `unknown`: none of these could be recognised.
 */
export type AdrFormat = 'nygard' | 'madr2' | 'madr3' | 'log4brains' | 'table' | 'unknown';
export const ADR_FORMATS: readonly AdrFormat[] = ['nygard', 'madr2', 'madr3', 'log4brains', 'table', 'unknown'];

/** Which set of sections a record is expected to have (for `adr/missing-section`). */
export type AdrTemplate = 'nygard' | 'madr' | 'unknown';

/** How two records relate. Each directed relation has an inverse (see `links.ts`). */
export type AdrRelation =
  | 'supersedes'
  | 'superseded-by'
  | 'amends'
  | 'amended-by'
  | 'clarifies'
  | 'clarified-by'
  | 'extends'
  | 'extended-by'
  | 'relates-to';

/** What a link points at, as written; the catalog resolves it to a record. */
export interface AdrLinkTarget extends Located {
  /** The target text as written (`[9. Help scripts](0009-help-scripts.md)`, `ADR-0123`...). */
  readonly text: string;
  /** The Markdown link destination, when the target is a link. */
  readonly href?: string;
  /** `href` resolved against the record's folder, relative to the workspace folder (no anchor). */
  readonly path?: string;
  /** A record number named by the target (`ADR-0123`, `#12`, `12.`), when there is no href. */
  readonly number?: number;
  /** A record slug or file base name named by the target, when there is no href or number. */
  readonly slug?: string;
}

export interface AdrLink extends Located {
  readonly relation: AdrRelation;
  /** The relation words as written (`Superceded by`, `superseded-by`...). */
  readonly phrase: string;
  readonly target: AdrLinkTarget;
  readonly origin: FieldOrigin;
}

/** One `applies-to` glob as written (`src/payments/**`, `!src/payments/legacy/`). */
export interface AppliesToGlob extends Located {
  readonly text: string;
}

/** A relative Markdown link in the body (not a relation): checked by `adr/broken-link`. */
export interface MarkdownReference extends Located {
  readonly href: string;
  /** Resolved path relative to the workspace folder, without anchor or query. */
  readonly path: string;
}

export interface AdrSection {
  /** The heading text without markup (`Decision Drivers` for `## Decision Drivers <!-- optional -->`). */
  readonly name: string;
  /** Lower-cased, single-spaced, without numbering or trailing colon: for comparisons. */
  readonly key: string;
  readonly level: number;
  /** The heading line. */
  readonly heading: Located;
  /** From the line after the heading to the start of the next heading of the same or a higher level. */
  readonly body: Located;
}

export interface FrontMatterEntry {
  readonly key: Located;
  /** The value node (for `key:` with no value, an empty span right after the colon). */
  readonly value: Located;
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line. */
  readonly block: Located;
  /** The YAML text between the delimiters. */
  readonly content: Located;
  /** Top-level keys and their value nodes, for edits that keep the rest byte for byte. */
  readonly entries: Readonly<Record<string, FrontMatterEntry>>;
  /** True when the YAML parsed; when false, `entries` is empty and a problem was reported. */
  readonly valid: boolean;
}

/**
 * How a record lays out its metadata, so an edit can add a line in the record's own
 * style (a bullet, a line in the Status section, a front-matter key, a table row).
 */
export interface MetadataLayout {
  readonly style: 'front-matter' | 'bullets' | 'lines' | 'status-section' | 'table' | 'none';
  /** The bullet marker used (`*`, `-`, `+`) when the style is `bullets`. */
  readonly bulletMarker?: string;
  /** Offset where a new metadata line goes (start of the line after the last one). */
  readonly insertAt: number;
  /** The metadata lines found (bullets, lines, table rows or the Status section body). */
  readonly block?: Located;
  /** The lines holding relation links, when there are any. */
  readonly linksBlock?: Located;
}

/** The heading that gives the title, with a number prefix (`7.`, `ADR-0007:`) separated out. */
export interface AdrHeading {
  readonly line: Located;
  /** The title text after the prefix. */
  readonly text: Located;
  /** The number in the prefix, when there is one. */
  readonly number?: AdrField<number>;
}

/** What a record file name says. */
export interface RecordFileName {
  readonly style: 'number' | 'prefixed' | 'date-slug';
  readonly number?: number;
  /** Digits as written (`0007`), for padding new numbers alike. */
  readonly digits?: string;
  /** `ADR-`, `adr-`, `ADR_`... for prefixed names; empty otherwise. */
  readonly prefix: string;
  /** For date-slug names, the date part as `YYYY-MM-DD`. */
  readonly date?: string;
  /** The part after the number (or the whole base name for date-slug names); may be empty. */
  readonly slug: string;
  /** The file name without its extension. */
  readonly baseName: string;
  readonly extension: string;
}

export interface DecisionRecord extends IndexedDocument {
  readonly kind: 'decision';
  /** The folder holding the record (`docs/adr`), `""` at the workspace root. */
  readonly folder: string;
  readonly fileName: string;
  readonly fileNameInfo: RecordFileName | undefined;
  /** The ADR folder from discovery (naming style, source, package), when the record is in one. */
  readonly directory: AdrDirectory | undefined;
  readonly eol: '\n' | '\r\n';
  /** From the file name, else the heading prefix, else front matter `adr:`. */
  readonly number: AdrField<number> | undefined;
  /** `ADR-0007` style, or the file base name for date-slug (log4brains) records. */
  readonly id: string;
  /** The file name part after the number (the base name for date-slug records). */
  readonly slug: string;
  readonly heading: AdrHeading | undefined;
  readonly title: AdrField<string> | undefined;
  readonly status: AdrField<AdrStatusValue> | undefined;
  readonly date: AdrDateField | undefined;
  readonly deciders: AdrField<readonly string[]> | undefined;
  readonly consulted: AdrField<readonly string[]> | undefined;
  readonly informed: AdrField<readonly string[]> | undefined;
  readonly tags: AdrField<readonly string[]> | undefined;
  readonly authors: AdrField<readonly string[]> | undefined;
  /**
   * The code the decision governs (`applies-to` globs), in order, each where it is written;
   * empty when the record names none.
   */
  readonly appliesTo: readonly AppliesToGlob[];
  readonly links: readonly AdrLink[];
  readonly references: readonly MarkdownReference[];
  readonly sections: readonly AdrSection[];
  /** Where the status should be but a template placeholder (`{proposed | accepted}`) was left. */
  readonly statusPlaceholder?: Located;
  readonly format: AdrFormat;
  readonly template: AdrTemplate;
  readonly frontMatter: FrontMatter | undefined;
  readonly metadata: MetadataLayout;
}

/** Why a folder is known to hold records. */
export type AdrDirectorySource = 'adr-dir' | 'log4brains' | 'config' | 'conventional' | 'detected';

/** How records in a folder are named, so new ones can be named alike. */
export interface AdrNamingStyle {
  readonly style: 'number' | 'prefixed' | 'date-slug';
  /** Digits in the number (`4` for `0007`); 0 for date-slug. */
  readonly padding: number;
  /** `ADR-`, `adr-`... for prefixed names. */
  readonly prefix: string;
}

export interface AdrDirectory {
  /** Relative to the workspace folder, `/`-separated, `""` for the root. */
  readonly path: string;
  readonly source: AdrDirectorySource;
  readonly naming: AdrNamingStyle;
  /** The log4brains package the folder belongs to. */
  readonly packageName?: string;
  /** Names of all files in the folder when it was discovered (records, images...). */
  readonly fileNames: ReadonlySet<string>;
  /**
   * The format most of its records follow. Known up front for adr-tools and log4brains
   * folders; otherwise learnt as records are parsed (discovery reads no record).
   */
  readonly predominantFormat: AdrFormat | undefined;
  /** Whether a file of this name in the folder is a record (not a template, index page or image). */
  isRecordName(name: string): boolean;
  /** What a file name in the folder says as a record name (`parseRecordFileName`, read once for the files discovery saw). */
  recordFileName(name: string): RecordFileName | undefined;
}
