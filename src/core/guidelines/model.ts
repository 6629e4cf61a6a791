import type { IndexedDocument } from '../model/documents';
import type { Range } from '../model/text';
import type { AgentFileFormat } from './sources';

/**
 * A code-review guideline: a checklist a reviewer runs through when a change touches
 * the files it applies to. Read from `.techlead/guidelines/**\/*.md` (YAML front matter
 * plus a Markdown body) and from the files teams write for coding agents (see sources.ts).
 */

/** How much a guideline matters; blockers are listed first in a review. */
export type GuidelineSeverity = 'info' | 'warning' | 'blocker';
export const GUIDELINE_SEVERITIES: readonly GuidelineSeverity[] = ['blocker', 'warning', 'info'];

/** Where a guideline came from: our own format, or an agent's instruction file read as one. */
export type GuidelineSource = 'techlead' | AgentFileFormat;

/** A string from the file together with where it was written, so rules can point at it. */
export interface LocatedString {
  readonly text: string;
  readonly range: Range;
  /** UTF-16 offsets of the value (quotes included) in the document text, for fixes. */
  readonly start: number;
  readonly end: number;
}

export interface ChecklistItem {
  /** The item's text, Markdown kept, continuation lines joined with a space. */
  readonly text: string;
  /** Whether the box is ticked in the file itself (`- [x]`). */
  readonly checked: boolean;
  /** The item's first line, from the list marker to the end of the line. */
  readonly range: Range;
  /**
   * Identifies the item within its guideline across edits of other items: derived from
   * the item's normalized text (plus a counter for repeated texts), not its position.
   */
  readonly key: string;
}

export type { FrontMatterIssue, KeyLocation } from '../yaml/frontMatter';
import type { FrontMatterIssue, KeyLocation } from '../yaml/frontMatter';

export interface Guideline extends IndexedDocument {
  readonly kind: 'guideline';
  readonly source: GuidelineSource;
  /** Stable id such as `SEC-001`; falls back to the file's name when the file has none. */
  readonly id: string;
  readonly title: string;
  readonly severity: GuidelineSeverity;
  readonly tags: readonly string[];
  /** Gitignore-style globs over repo-relative paths, in order; `!` negates. */
  readonly appliesTo: readonly LocatedString[];
  /** Regular expressions run over the lines a change adds, to point reviewers at them. */
  readonly match: readonly LocatedString[];
  /** The prose before the checklist: why the guideline exists. */
  readonly rationale: string;
  readonly checklist: readonly ChecklistItem[];
  /**
   * A hash of the guideline's text. Ticks a reviewer persisted are stored under it, so
   * they reset when the guideline changes.
   */
  readonly version: string;
  /** Where each front-matter key is written (`applies-to`, `severity`...). */
  readonly keys: Readonly<Record<string, KeyLocation>>;
  /** Front-matter problems: invalid YAML, unknown keys, wrong types. */
  readonly frontMatterIssues: readonly FrontMatterIssue[];
  /** The range of the whole front matter block (or the document start when there is none). */
  readonly frontMatterRange: Range;
  /**
   * The guideline file this one only names (a symbolic link checked out as a file holding
   * its target's path): the guideline is read there, so this one applies to no path.
   */
  readonly linkedTo?: string;
}
