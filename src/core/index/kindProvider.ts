import type { EffectiveConfig } from '../config/config';
import type { Clock, FolderFileSystem, Logger, CancellationSignal } from '../host';
import type { AnyIndexedDocument } from '../model/documents';
import type { DocumentKind, Finding } from '../model/findings';
import type { CatalogKey, Rule, WorkspaceView } from '../rules/rule';

/**
 * Everything the index needs to know about one kind of document. The ADR, risk and
 * guideline modules each export one; the index, the lint engine and both front ends
 * treat all kinds alike through it.
 */
export interface KindProvider<D extends AnyIndexedDocument = AnyIndexedDocument, S extends KindDiscovery = KindDiscovery> {
  readonly kind: DocumentKind;
  readonly rules: readonly Rule<D>[];
  /**
   * The catalogs this kind's rules look up. A full lint in slices builds them first, a
   * slice at a time, instead of inside the first rule that asks (a pass over every
   * document, which in a 10,000-record folder would block the host for tens of ms).
   */
  readonly catalogs?: readonly CatalogKey<unknown>[];
  /**
   * Finds this kind's files in a folder. Lists only the folders that can hold them
   * (never `node_modules`, `.git` or build output).
   */
  discover(context: DiscoveryContext): Promise<S>;
  /** Parses one file. Never throws: what it cannot read becomes a finding on the document. */
  parse(path: string, text: string, context: ParseContext<S>): D;
  /** A document for a file that could not be read or was too large, carrying that problem. */
  unparsed(path: string, problem: Finding): D;
  /**
   * The documents of this kind whose findings can change when one document (of any kind)
   * changed, beyond that document itself: cross-file rules make a record's findings
   * depend on others (a link that now resolves, a number now shared). Called after the
   * index holds the new state, with the document as it was and as it is (undefined when
   * added or removed). Without it, every document of this kind is linted again after any
   * change: correct, but O(n) per keystroke in a big repository.
   */
  affectedBy?(change: DocumentChange, view: WorkspaceView): Iterable<string>;
}

/** One document as it was before a change and as it is after (undefined: not there). */
export interface DocumentChange {
  readonly path: string;
  readonly before: AnyIndexedDocument | undefined;
  readonly after: AnyIndexedDocument | undefined;
}

export interface DiscoveryContext {
  readonly fs: FolderFileSystem;
  readonly config: EffectiveConfig;
  readonly logger: Logger;
  readonly signal: CancellationSignal;
  /**
   * Lets the host's event loop run once the index's time slice is spent. `fs` calls check
   * the slice themselves; discovery calls this between pieces of work that make no `fs`
   * call, such as going through the names of ten thousand files.
   */
  readonly yieldIfDue?: () => Promise<void>;
}

/** What a provider found; kept by the index until the next discovery. */
export interface KindDiscovery {
  /** Files of this kind, relative to the folder. */
  readonly files: readonly string[];
  /** Whether a path created or changed later belongs to this kind. */
  claims(path: string): boolean;
  /**
   * Whether a change to this path changes discovery itself (a new ADR folder, an
   * `.adr-dir` file...), so the index must discover again instead of updating one file.
   */
  affectsDiscovery(path: string): boolean;
  /** Glob patterns (relative to the folder) worth watching for this kind. */
  readonly watchPatterns: readonly string[];
  /** Problems found while discovering (a broken `.adr-dir`, a configured folder that does not exist). */
  readonly problems?: readonly Finding[];
}

export interface ParseContext<S extends KindDiscovery = KindDiscovery> {
  readonly discovery: S;
  readonly config: EffectiveConfig;
  readonly clock: Clock;
}
