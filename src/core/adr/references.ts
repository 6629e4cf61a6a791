import type { WorkspaceView } from '../rules/rule';
import { ADR_CATALOG } from './catalog';
import type { DecisionRecord } from './model';
import { CONVENTIONAL_ADR_FOLDERS } from './discovery';
import { folderOf } from './naming';

/** A mention of a decision record by number in any text: Markdown, a code comment, a commit message. */
export interface AdrReference {
  /** UTF-16 offsets of the whole mention (`ADR-0007`) in the text searched. */
  readonly start: number;
  readonly end: number;
  /** The mention as written. */
  readonly text: string;
  readonly number: number;
}

/**
 * `ADR-0007`, `ADR-7`, `ADR 7`, `ADR_7`, `adr-012`: the letters ADR (any case), an
 * optional dash, underscore or space, and up to six digits, standing as a word of its
 * own, so `BADR-1`, `ADR-7x` or `ADR-1234567` are not mentions.
 */
const ADR_MENTION = /(?<![\p{L}\p{N}_])adr[-_ ]?(\d{1,6})(?![\p{L}\p{N}_])/giu;

/** Every record mention in a text, in order, for hovers, document links and completion. */
export function findAdrReferences(text: string): AdrReference[] {
  const found: AdrReference[] = [];
  for (const m of text.matchAll(ADR_MENTION)) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, text: m[0], number: Number(m[1]) });
  }
  return found;
}

/** The mention at an offset (the caret), if any. */
export function adrReferenceAt(text: string, offset: number): AdrReference | undefined {
  return findAdrReferences(text).find((r) => r.start <= offset && offset <= r.end);
}

export interface ResolvedAdrReference {
  /** The record meant, when it can be told: the only one with the number, or the nearest. */
  readonly record: DecisionRecord | undefined;
  /** Every record with the number, nearest first; several when the mention is ambiguous. */
  readonly candidates: readonly DecisionRecord[];
}

/**
 * Which record `ADR-7` means. A repository may hold several ADR folders (one per
 * service or package), each with its own number 7. The record in the mentioning file's
 * own folder wins; then the record of the innermost package holding that file (the
 * package of `services/ledger/docs/decisions` is `services/ledger`, that of `docs/adr` the
 * whole repository); else the only one. When that still leaves a tie, `record` is
 * undefined and every candidate is returned, nearest first.
 */
export function resolveAdrReference(view: WorkspaceView, number: number, fromPath?: string): ResolvedAdrReference {
  const all = view.catalog(ADR_CATALOG).records.filter((r) => r.number?.value === number);
  if (all.length <= 1 || fromPath === undefined) return { record: all.length === 1 ? all[0] : undefined, candidates: all };
  const from = folderOf(fromPath);
  const closeness = (r: DecisionRecord) => (r.folder === from ? Number.MAX_SAFE_INTEGER : packageDepth(packageRootOf(r.folder), from));
  const ranked = [...all].sort((a, b) => closeness(b) - closeness(a) || (a.path < b.path ? -1 : 1));
  const best = closeness(ranked[0]!);
  const tied = best < 0 || ranked.filter((r) => closeness(r) === best).length > 1;
  return { record: tied ? undefined : ranked[0], candidates: ranked };
}

/** Folder suffixes that hold a package's records, longest first. */
const RECORD_FOLDER_SUFFIXES = [...CONVENTIONAL_ADR_FOLDERS].sort((a, b) => b.length - a.length);

/** The folder a record folder documents: `services/ledger` for `services/ledger/docs/decisions`. */
export function packageRootOf(recordFolder: string): string {
  for (const suffix of RECORD_FOLDER_SUFFIXES) {
    if (recordFolder === suffix) return '';
    if (recordFolder.endsWith(`/${suffix}`)) return recordFolder.slice(0, -suffix.length - 1);
  }
  return folderOf(recordFolder);
}

/** How deep a package root is when it holds `folder` (0 for the repository root); -1 when it does not hold it. */
function packageDepth(root: string, folder: string): number {
  if (root === '') return 0;
  return folder === root || folder.startsWith(`${root}/`) ? root.split('/').length : -1;
}
