import type { LineIndex } from '../text/lineIndex';
import { atxHeading, scanStructure } from '../text/markdownStructure';
import { contentHash } from './hash';
import type { ChecklistItem } from './model';

/**
 * Reads the few things a guideline needs from its Markdown body: checklist items, the
 * first heading and the rationale. A line scan, not a Markdown parser: it only has to
 * know list items, headings, fenced code and HTML comments (so a `- [ ]` inside a code
 * sample or a commented-out template is not taken as an item).
 */

export interface BodySummary {
  readonly checklist: readonly ChecklistItem[];
  /** The text of the first heading, if any. */
  readonly firstHeading: string | undefined;
  /** The prose before the first checklist item, headings left out. */
  readonly rationale: string;
}

export type ChecklistSource =
  /** Only task-list items (`- [ ] ...`). */
  | 'tasks'
  /** Every top-level list item, task, numbered or bullet, as a reviewer reads an agent's instructions. */
  | 'top-level';

// The item's text is the rest of the line, trimmed by the reader: a lazy `(.*?)` between
// runs of blanks backtracks cubically on a long run of blanks that ends in a character `.`
// does not match (U+2028).
const TASK_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?:[ \t]([^]*))?$/;
/** Any list item; a task's box is left out of its text. */
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[([ xX])\])?(?:[ \t]([^]*))?$/;
const ANY_LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const LIST_MARKER = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const BLOCK_START = /^ {0,3}(?:#|>|```|~~~|<|(?:[-*_][ \t]*){3,}$)/;
/** `* * *` or `- - -` is a rule across the page, not a list item. */
const THEMATIC_BREAK = /^ {0,3}(?:\*[ \t]*){3,}$|^ {0,3}(?:-[ \t]*){3,}$|^ {0,3}(?:_[ \t]*){3,}$/;

interface Line {
  readonly index: number;
  readonly text: string;
}

export function summarizeBody(lines: LineIndex, bodyStart: number, source: ChecklistSource): BodySummary {
  const visible = visibleLines(lines, lines.positionAt(bodyStart).line);
  const items = source === 'top-level'
    ? collectItems(lines, visible, LIST_ITEM, (m) => ({ checked: m[2] !== undefined && m[2] !== ' ', text: (m[3] ?? '').trim() }), true)
    : collectItems(lines, visible, TASK_ITEM, (m) => ({ checked: m[2] !== ' ', text: (m[3] ?? '').trim() }));

  let firstHeading: string | undefined;
  const firstItemLine = items[0]?.range.start.line ?? Number.POSITIVE_INFINITY;
  const prose: string[] = [];
  for (const line of visible) {
    const heading = atxHeading(line.text);
    if (heading) {
      firstHeading ??= heading.text || undefined;
      continue;
    }
    if (line.index < firstItemLine) prose.push(line.text);
  }
  return { checklist: withKeys(items), firstHeading, rationale: prose.join('\n').replace(/\n{3,}/g, '\n\n').trim() };
}

/** Lines outside fenced code blocks and HTML comments, in order. */
function visibleLines(lines: LineIndex, firstLine: number): Line[] {
  const { skipped } = scanStructure(lines, firstLine);
  const out: Line[] = [];
  for (let i = firstLine; i < lines.lineCount; i++) if (!skipped[i]) out.push({ index: i, text: lines.lineText(i) });
  return out;
}

type RawItem = Omit<ChecklistItem, 'key'>;

function collectItems(lines: LineIndex, visible: readonly Line[], pattern: RegExp, read: (m: RegExpExecArray) => { checked: boolean; text: string }, topLevelOnly = false): RawItem[] {
  const items: RawItem[] = [];
  // Column where the content of the current top-level list item starts: list items indented at least this far are nested in it.
  let nestedFrom: number | undefined;
  for (let k = 0; k < visible.length; k++) {
    const line = visible[k]!;
    if (THEMATIC_BREAK.test(line.text)) {
      nestedFrom = undefined;
      continue;
    }
    const marker = LIST_MARKER.exec(line.text);
    if (marker) {
      if (nestedFrom !== undefined && marker[1]!.length >= nestedFrom) {
        if (topLevelOnly) continue;
      } else if (nestedFrom === undefined && indentWidth(marker[1]!) >= 4) {
        // Outside a list, a line indented four columns is code (or a paragraph's continuation), never an item.
        continue;
      } else {
        nestedFrom = marker[0].length;
      }
    } else if (line.text.trim() !== '' && !/^[ \t]/.test(line.text)) {
      nestedFrom = undefined;
    }
    const m = pattern.exec(line.text);
    if (!m) continue;
    const { checked, text } = read(m);
    const parts = [text];
    // Continuation lines (indented or lazy) belong to the item until a blank line or a new block.
    while (k + 1 < visible.length) {
      const next = visible[k + 1]!;
      if (next.index !== visible[k]!.index + 1 || next.text.trim() === '' || ANY_LIST_ITEM.test(next.text) || BLOCK_START.test(next.text)) break;
      parts.push(next.text.trim());
      k++;
    }
    const markerStart = lines.lineStart(line.index) + m[1]!.length;
    items.push({ text: parts.join(' ').trim(), checked, range: lines.rangeOf(markerStart, lines.lineEnd(line.index)) });
  }
  return items;
}

/** Columns of leading white space, a tab reaching the next multiple of four. */
function indentWidth(indent: string): number {
  let width = 0;
  for (const c of indent) width = c === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}

/** Gives each item a key from its normalized text; repeated texts get `-2`, `-3`... */
function withKeys(items: readonly RawItem[]): ChecklistItem[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = contentHash(item.text.replace(/\s+/g, ' ').trim().toLowerCase()).slice(0, 10);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...item, key: n === 1 ? base : `${base}-${n}` };
  });
}
