import type { DocumentKind, Fix, RelatedLocation, SeveritySetting } from '../model/findings';
import type { Range } from '../model/text';
import type { IndexedDocumentOf } from '../model/documents';

/**
 * A lint rule is data: a stable id, a one-line description, a default severity and a
 * check function. Each rule lives in its own file under `<kind>/rules/` and has a doc
 * page at `docs/rules/<id>.md` (a test keeps the two in step).
 */
export interface Rule<D> {
  /** Stable id, `<kind prefix>/<name>`, such as `adr/missing-status`. */
  readonly id: string;
  readonly kind: DocumentKind;
  readonly description: string;
  readonly defaultSeverity: SeveritySetting;
  /** Reports problems of one document. Must not throw; if it does, the engine reports that. */
  check(doc: D, context: RuleContext): void;
}

export interface RuleReport {
  readonly message: string;
  readonly range: Range;
  /** Defaults to the document being checked. */
  readonly file?: string;
  /**
   * The fixes, or a function that plans them when they cost work (an edit planned and read
   * back): it runs when something first asks for the finding's fixes (a code action, `lint
   * --fix`), not on every lint.
   */
  readonly fixes?: readonly Fix[] | (() => readonly Fix[]);
  readonly related?: readonly RelatedLocation[];
}

export interface RuleContext {
  report(report: RuleReport): void;
  /** Today's date (`YYYY-MM-DD`), from the host clock. */
  readonly today: string;
  /** Everything else indexed in the same workspace folder, for cross-file rules. */
  readonly workspace: WorkspaceView;
  readonly options: RuleOptions;
}

/** Tunables some rules read; each has a setting and a `.techlead.yaml` key. */
export interface RuleOptions {
  /** `adr/stale-proposal`: days a record may stay proposed. */
  readonly staleProposalDays: number;
}

/**
 * Read-only access to the indexed documents of one workspace folder. Kind modules add
 * typed lookups on top (see `catalog` below) so rules stay O(1) per lookup.
 */
export interface WorkspaceView {
  documents<K extends DocumentKind>(kind: K): readonly IndexedDocumentOf<K>[];
  /**
   * A derived structure (lookup maps) over the documents of one kind, built on first
   * use and rebuilt only after that kind changed.
   */
  catalog<T>(key: CatalogKey<T>): T;
  /** True when the folder contains this file (any kind, or none), as last indexed. */
  hasPath?(path: string): boolean;
  /**
   * Every file in the folder (repo-relative, `/`-separated), when a front end supplied
   * the list (`git ls-files`, `workspace.findFiles`); undefined otherwise. Rules that
   * check paths against the repository (`guideline/unmatched-glob`, `risk/unknown-reference`) stay silent without it.
   */
  repoFiles?(): readonly string[] | undefined;
}

export interface CatalogKey<T> {
  readonly name: string;
  readonly kinds: readonly DocumentKind[];
  build(view: WorkspaceView): T;
  /**
   * Brings a built catalog up to date after one document of its kinds changed (`before`
   * and `after` as in a KindProvider's `affectedBy`), so one edit costs O(1) instead of a
   * rebuild over every document. Returns false to have the catalog rebuilt instead.
   * The result must equal what `build` would give for the new state.
   */
  update?(value: T, change: { readonly path: string; readonly before: IndexedDocumentOf<DocumentKind> | undefined; readonly after: IndexedDocumentOf<DocumentKind> | undefined }, view: WorkspaceView): boolean;
}

export type { IndexedDocument } from '../model/documents';
