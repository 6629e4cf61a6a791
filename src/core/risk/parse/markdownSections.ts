import type { Range } from '../../model/text';
import { BULLET, KEY_VALUE } from '../../text/fieldLine';
import type { LineIndex } from '../../text/lineIndex';
import type { TableCell } from '../../text/markdownTable';
import { scanStructure, type HeadingLine } from '../../text/markdownStructure';
import { trailingRunStart } from '../../text/trailingRun';
import { fieldRole } from '../fieldNames';
import type { RegisterIssue } from '../model';
import { cleanInline, EMPTY_VALUE, markdownValue, relatedEntries, RowFields, type IssueSink, type MarkdownEntry } from './markdownFields';
import { spanOf } from './spans';

/** A heading that starts with a risk's id: `R1: ...`, `RISK-004 — ...`, `3. ...`, `Risk 2: ...`. */
const ID_PREFIX = /^((?:[A-Za-z]+[-_ ]?)?\d+(?:\.\d+)*[A-Za-z]?)(?:\s*[:.)]|\s+[-–—])\s*/;
/** A heading over a list of risks, in the languages the field names are read in. */
const RISK_HEADING = /risk|risque|risiko|riesgo|threat|menace/i;
/**
 * How a list item separates a risk from what follows: a dash with spaces around it. Each
 * run of spaces is tried from its start only (the lookbehind), so a long run costs one pass.
 */
const ITEM_SEPARATOR = /(?<!\s)\s+[—–-]\s+/;
/** Where the parts of a list item's rest split: `;`, or a dash or bar with spaces around it (linear as above). */
const PART_SEPARATOR = /(?<!\s)\s*;\s*|(?<!\s)\s+[—–|]\s+/g;
/** Prose that says how a risk is mitigated: `mitigated with SBOM, ...`. */
const MITIGATED_WITH = /^mitigated\s+(?:with|by|using|via|through)\s+/i;

/** Lines under a heading that make it a risk: at least this many `Key: value` lines about it. */
const MIN_FIELD_LINES = 2;

/**
 * Risks written one heading each, with `Key: value` lines (listed or not, key bold or not)
 * or a two-column table of fields under it: `## R1: Vendor lock-in` then
 * `- **Likelihood:** High` or `| Likelihood | High |`. The heading gives the
 * title, and the id when it starts with one.
 */
export function headingRisks(lines: LineIndex, fieldRows: ReadonlyMap<number, readonly [TableCell, TableCell]>, issue: IssueSink): MarkdownEntry[] {
  const { headings, skipped } = scanStructure(lines, 0);
  const entries: MarkdownEntry[] = [];
  for (let h = 0; h < headings.length; h++) {
    const heading = headings[h]!;
    const endLine = h + 1 < headings.length ? headings[h + 1]!.line : lines.lineCount;
    const fields = new RowFields();
    const found: RegisterIssue[] = [];
    let fieldLines = 0;
    for (let l = heading.line + 1; l < endLine; l++) {
      if (skipped[l]) continue;
      const sink = (message: string, range: Range) => found.push({ message, range });
      const row = fieldRows.get(l);
      if (row) {
        const role = fieldRole(cleanInline(row[0].text));
        if (role && role !== 'description') fieldLines++;
        if (role) addValue(fields, role, lines, row[0].start, row[0].end, row[1].start, row[1].end, sink);
        continue;
      }
      const line = lines.lineText(l);
      const bullet = BULLET.exec(line);
      if (bullet && bullet[1]!.length >= 2) continue;
      const offset = bullet ? bullet[0].length : line.length - line.trimStart().length;
      const content = line.slice(offset).trimEnd();
      const kv = KEY_VALUE.exec(content);
      const role = kv && fieldRole(kv[1]!);
      if (!kv || !role) continue;
      const contentStart = lines.lineStart(l) + offset;
      const keyStart = contentStart + content.indexOf(kv[1]!);
      const valueStart = contentStart + content.length - kv[2]!.length;
      if (role !== 'description') fieldLines++;
      addValue(fields, role, lines, keyStart, keyStart + kv[1]!.length, valueStart, valueStart + kv[2]!.trimEnd().length, sink);
    }
    if (fieldLines < MIN_FIELD_LINES) continue;
    for (const f of found) issue(f.message, f.range);
    addHeadingName(fields, heading, lines);
    const end = endLine < lines.lineCount ? lines.lineStart(endLine) : lines.text.length;
    entries.push({
      fields,
      residualFields: undefined,
      related: relatedEntries(fields.get('related'), lines),
      span: spanOf(lines, lines.lineStart(heading.line), end),
      firstLine: lines.lineRange(heading.line),
    });
  }
  return entries;
}

/** The heading's id prefix and title, for fields its lines did not give. */
function addHeadingName(fields: RowFields, heading: HeadingLine, lines: LineIndex): void {
  const bold = /^(\*\*|__)(.+)\1$/.exec(heading.text);
  const text = bold ? bold[2]! : heading.text;
  const start = heading.textStart + (bold ? 2 : 0);
  const id = ID_PREFIX.exec(text);
  if (id) fields.add('id', id[1]!, spanOf(lines, start, start + id[1]!.length), spanOf(lines, start, start + id[1]!.length));
  const titleStart = start + (id ? id[0].length : 0);
  const title = cleanInline(text.slice(id ? id[0].length : 0));
  if (title) fields.add('title', title, spanOf(lines, titleStart, start + text.length), spanOf(lines, titleStart, start + text.length));
}

/**
 * Risks written one list item each, under a heading about risks (or before any heading):
 * `- CI breakage — Mitigation: pinned runners`, `- **Memory safety**: mitigated with
 * sanitizers.`, `- Vendor lock-in`. Nested items belong to the item above.
 */
export function listRisks(lines: LineIndex, issue: IssueSink): MarkdownEntry[] {
  const { headings, skipped } = scanStructure(lines, 0);
  const entries: MarkdownEntry[] = [];
  const open: HeadingLine[] = [];
  let next = 0;
  for (let l = 0; l < lines.lineCount; l++) {
    while (next < headings.length && headings[next]!.line <= l) {
      const heading = headings[next++]!;
      while (open.length > 0 && open[open.length - 1]!.level >= heading.level) open.pop();
      open.push(heading);
    }
    if (skipped[l] || (open.length > 0 && !open.some((h) => RISK_HEADING.test(h.text)))) continue;
    const line = lines.lineText(l);
    const bullet = BULLET.exec(line);
    if (!bullet || bullet[1]!.length > 1) continue;
    const start = lines.lineStart(l) + bullet[0].length;
    const entry = listItem(lines, start, lines.lineEnd(l), issue);
    if (entry) entries.push(entry);
  }
  return entries;
}

function listItem(lines: LineIndex, start: number, lineEnd: number, issue: IssueSink): MarkdownEntry | undefined {
  const text = lines.text;
  const content = text.slice(start, lineEnd).trimEnd();
  const end = start + content.length;
  let titleEnd: number;
  let restStart: number;
  let titleStart = start;
  const bold = /^(\*\*|__)(.+?)\1/.exec(content);
  if (bold) {
    titleStart = start + 2;
    titleEnd = titleStart + trailingRunStart(bold[2]!, /[\s:.]/);
    restStart = start + bold[0].length + /^\s*[:.—–-]?\s*/.exec(content.slice(bold[0].length))![0].length;
  } else {
    const sep = ITEM_SEPARATOR.exec(content);
    titleEnd = sep ? start + sep.index : end;
    restStart = sep ? start + sep.index + sep[0].length : end;
  }
  const title = cleanInline(text.slice(titleStart, titleEnd)).replace(/\.$/, '');
  if (!title) return undefined;
  const fields = new RowFields();
  fields.add('title', title, spanOf(lines, titleStart, titleEnd), spanOf(lines, titleStart, titleEnd));
  readItemRest(fields, lines, restStart, end, issue);
  return { fields, residualFields: undefined, related: relatedEntries(fields.get('related'), lines), span: spanOf(lines, start, end), firstLine: lines.rangeOf(start, end) };
}

/**
 * What follows a list item's risk: `Key: value` parts (`Mitigation: ...; Owner: ...`), a
 * part that is no `Key:` continuing the one before it, and prose first (`mitigated with
 * ...` is the mitigation; anything else the description).
 */
function readItemRest(fields: RowFields, lines: LineIndex, start: number, end: number, issue: IssueSink): void {
  const rest = lines.text.slice(start, end);
  if (rest.trim() === '') return;
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  PART_SEPARATOR.lastIndex = 0;
  for (let m = PART_SEPARATOR.exec(rest); m; m = PART_SEPARATOR.exec(rest)) {
    if (m[0].length === 0) {
      PART_SEPARATOR.lastIndex++;
      continue;
    }
    parts.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  parts.push({ start: from, end: rest.length });
  let current: { role: string; keyStart: number; keyEnd: number; valueStart: number; valueEnd: number } | undefined;
  const flush = () => {
    if (current) addValue(fields, current.role, lines, current.keyStart, current.keyEnd, current.valueStart, current.valueEnd, issue, true);
  };
  for (const part of parts) {
    const partText = rest.slice(part.start, part.end);
    const kv = KEY_VALUE.exec(partText);
    const role = kv && fieldRole(kv[1]!);
    if (kv && role) {
      flush();
      const keyStart = start + part.start + partText.indexOf(kv[1]!);
      current = { role, keyStart, keyEnd: keyStart + kv[1]!.length, valueStart: start + part.end - kv[2]!.length, valueEnd: start + part.end };
    } else if (current) {
      current.valueEnd = start + part.end;
    } else {
      const mitigated = MITIGATED_WITH.exec(partText);
      const valueStart = start + part.start + (mitigated ? mitigated[0].length : 0);
      current = { role: mitigated ? 'mitigation' : 'description', keyStart: start + part.start, keyEnd: valueStart, valueStart, valueEnd: start + part.end };
    }
  }
  flush();
}

/** Adds one `Key: value` read from a line or a list item, cleaned of inline Markdown. */
function addValue(fields: RowFields, role: string, lines: LineIndex, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number, issue: (message: string, range: Range) => void, prose = false): void {
  const raw = cleanInline(lines.text.slice(valueStart, valueEnd));
  // A sentence in a list item ends with a full stop that is not part of the value.
  const value = prose ? raw.replace(/\.$/, '') : raw;
  if (EMPTY_VALUE.test(value) || fields.has(role)) return;
  const valueSpan = spanOf(lines, valueStart, valueEnd);
  fields.add(role, markdownValue(role, value, valueSpan, issue), spanOf(lines, keyStart, keyEnd), valueSpan);
}
