import { findDisabledRules } from '../../model/documents';
import { LineIndex } from '../../text/lineIndex';
import { atxHeading } from '../../text/markdownStructure';
import { findMarkdownTables, type MarkdownTable, type TableCell } from '../../text/markdownTable';
import { DEFAULT_REVIEW_INTERVAL } from '../dates';
import { fieldRole } from '../fieldNames';
import type { RegisterIssue, Risk, RiskRegister } from '../model';
import { looseLevelOf } from '../scales';
import { assembleRisk } from './assembleRisk';
import { cleanInline, EMPTY_VALUE, markdownValue, relatedEntries, RowFields, type IssueSink, type MarkdownEntry } from './markdownFields';
import { headingRisks, listRisks } from './markdownSections';
import { planRatings } from './ratingPlan';
import { MARKDOWN_READ_ONLY } from './readOnlyReasons';
import { RegisterOf } from './registerOf';
import { spanOf } from './spans';

/**
 * Reads a risk register kept in Markdown, in the styles teams write one: tables whose
 * columns are found by their header names (in English, French, German or Spanish); else
 * a heading per risk with `Key: value` lines under it; else a list, one risk per item
 * (`- Risk — Mitigation: ...`, `- **Risk**: mitigated with ...`). The scales are read from
 * the values the register writes, so a low/medium/high register is scored on three levels.
 * The result is read-only.
 */
export function parseMarkdownRegister(path: string, text: string, asOf: string): RiskRegister {
  const lines = new LineIndex(text);
  const issues: RegisterIssue[] = [];
  const issue: IssueSink = (message, range) => issues.push({ message, range });
  const tables = findMarkdownTables(text);
  let entries = tableRisks(tables, lines, issue);
  if (entries.length === 0) entries = headingRisks(lines, fieldRows(tables), issue);
  if (entries.length === 0) entries = listRisks(lines, issue);
  if (entries.length === 0) {
    issue('No risk found: expected a Markdown table with a header row naming columns such as ID, Risk, Likelihood, Impact, Owner, Status; a heading per risk with lines such as "Likelihood: High"; or a list with one risk per item.', lines.lineRange(0));
  }
  const plan = planRatings(entries.map((e) => e.fields));
  const context = { scales: plan.scales, interval: DEFAULT_REVIEW_INTERVAL, asOf, issue, ratings: plan, readLevel: looseLevelOf };
  // Array.of, not a literal `[]` (see IndexedDocument).
  const risks = Array.of<Risk>();
  for (const entry of entries) risks.push(assembleRisk({ ...entry, index: risks.length }, context));
  return new RegisterOf({
    path,
    text,
    problems: [],
    disabledRules: findDisabledRules(text),
    format: 'markdown',
    readOnly: true,
    readOnlyReason: MARKDOWN_READ_ONLY,
    ownFormat: false,
    parsed: true,
    title: registerTitle(text),
    scales: plan.scales,
    reviewInterval: DEFAULT_REVIEW_INTERVAL,
    risks,
    asOf,
    syntaxErrors: [],
    schemaIssues: issues,
  });
}

/** Every row of every table whose columns name a risk (an id or a title) and something about it. */
function tableRisks(tables: readonly MarkdownTable[], lines: LineIndex, issue: IssueSink): MarkdownEntry[] {
  const entries: MarkdownEntry[] = [];
  for (const table of tables) {
    const columns = titledColumns(table.header.cells.map((c) => fieldRole(cleanInline(c.text))));
    if (!isRiskTable(columns)) continue;
    for (const row of table.rows) {
      const fields = readRowFields(table, row.cells, columns, lines, issue);
      if (fields.size === 0) continue;
      entries.push({
        fields,
        residualFields: undefined,
        related: relatedEntries(fields.get('related'), lines),
        span: spanOf(lines, row.start, row.end),
        firstLine: lines.rangeOf(row.start, row.end),
      });
    }
  }
  return entries;
}

/**
 * The rows of two-column tables (`| Likelihood | High |`), by line: a heading's fields
 * may be written as such a table under it. The header row counts too, as tables with an
 * empty or field-named header are written that way.
 */
function fieldRows(tables: readonly MarkdownTable[]): ReadonlyMap<number, readonly [TableCell, TableCell]> {
  const rows = new Map<number, readonly [TableCell, TableCell]>();
  for (const table of tables) {
    if (table.header.cells.length !== 2) continue;
    for (const row of [table.header, ...table.rows]) if (row.cells.length === 2) rows.set(row.line, [row.cells[0]!, row.cells[1]!]);
  }
  return rows;
}

/** A table with no title column names its risks in its description column (`| ID | Description | Likelihood |`). */
function titledColumns(columns: (string | undefined)[]): (string | undefined)[] {
  const description = columns.indexOf('description');
  if (!columns.includes('title') && description >= 0) columns[description] = 'title';
  return columns;
}

/** What a column can say about a risk besides naming it. */
const ABOUT_A_RISK = ['likelihood', 'impact', 'severity', 'priority', 'score', 'owner', 'status', 'mitigation', 'due'];

function isRiskTable(columns: readonly (string | undefined)[]): boolean {
  const has = (name: string) => columns.includes(name);
  return (has('id') || has('title')) && ABOUT_A_RISK.some(has);
}

function readRowFields(table: MarkdownTable, cells: readonly TableCell[], columns: readonly (string | undefined)[], lines: LineIndex, issue: IssueSink): RowFields {
  const fields = new RowFields();
  columns.forEach((name, i) => {
    const cell = cells[i];
    if (!name || !cell || fields.has(name)) return;
    const text = cleanInline(cell.text);
    if (EMPTY_VALUE.test(text)) return;
    const header = table.header.cells[i]!;
    const valueSpan = spanOf(lines, cell.start, cell.end);
    fields.add(name, markdownValue(name, text, valueSpan, issue), spanOf(lines, header.start, header.end), valueSpan);
  });
  return fields;
}

/** The first level-one heading's text, read by the shared ATX heading reader. */
function registerTitle(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const heading = line.startsWith('#') ? atxHeading(line.trimEnd()) : undefined;
    if (heading?.level === 1 && heading.text) return heading.text;
  }
  return undefined;
}
