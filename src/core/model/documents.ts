import type { DocumentKind, Finding } from './findings';
import type { DecisionRecord } from '../adr/model';
import type { RiskRegister } from '../risk/model';
import type { Guideline } from '../guidelines/model';
import type { ConfigDocument } from '../config/config';

/**
 * What every indexed document has, whatever its kind.
 *
 * In a risk register, which an edit replaces whole, the objects that hold the rest (the
 * register, its risks and their lists, owners, references; the catalog entries and the
 * findings made from them) are made by constructors or by builtins such as `map` and
 * `Array.of`, not by object or array literals. V8 tracks each literal in the code: when
 * nearly all the objects it made outlived a few collections, which is what the cold index
 * teaches it, it makes later ones directly in the old generation. On every edit after
 * that, the replaced register's old-generation objects kept the new register's young
 * objects alive through each scavenge until a full collection: a 100-risk register's
 * update spent about a third of its time copying them (0.8 ms of 2.9 ms in the bench).
 * Constructors and builtins are not tracked this way. Decision records are small enough
 * that their literals cost nothing measurable on an edit.
 */
export interface IndexedDocument {
  readonly kind: DocumentKind;
  /** Path relative to the workspace folder, `/`-separated. */
  readonly path: string;
  /** The text the document was parsed from (BOM removed). Fix offsets refer to it. */
  readonly text: string;
  /** Problems found while parsing (unreadable YAML, a missing heading...), as findings. */
  readonly problems: readonly Finding[];
  /** Rule ids switched off for this file by a `techlead-disable` comment (`*` = all). */
  readonly disabledRules: ReadonlySet<string>;
}

/** Problems that mean a document stands for a file whose text was not read or not parsed (its `text` is empty). */
const NOT_READ_RULES: ReadonlySet<string> = new Set(['index/unreadable', 'index/file-too-large', 'internal/parser-crashed']);

/** Whether the document holds its file's text, so edits can be planned against it. */
export function holdsFileText(doc: IndexedDocument): boolean {
  return !doc.problems.some((p) => NOT_READ_RULES.has(p.rule));
}

export interface IndexedDocumentMap {
  decision: DecisionRecord;
  risk: RiskRegister;
  guideline: Guideline;
  config: ConfigDocument;
}

export type IndexedDocumentOf<K extends DocumentKind> = IndexedDocumentMap[K];
export type AnyIndexedDocument = IndexedDocumentMap[DocumentKind];

const DISABLE_COMMENT = /techlead-disable(?:-file)?(?=[\s:>]|$)[ \t:]*([^\r\n>]*)/g;

/**
 * Rule ids switched off by comments anywhere in the file, in Markdown
 * (`<!-- techlead-disable adr/missing-section -->`) or YAML (`# techlead-disable risk/overdue`).
 * No ids means every rule.
 */
export function findDisabledRules(text: string): ReadonlySet<string> {
  if (!text.includes('techlead-disable')) return EMPTY_SET;
  const ids = new Set<string>();
  for (const m of text.matchAll(DISABLE_COMMENT)) {
    const list = (m[1] ?? '').replace(/-->.*$/, '').split(/[\s,]+/).filter((s) => /^[a-z]+\/[a-z0-9-]+$/.test(s));
    if (list.length === 0) ids.add('*');
    for (const id of list) ids.add(id);
  }
  return ids;
}

const EMPTY_SET: ReadonlySet<string> = new Set();
