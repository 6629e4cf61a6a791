import { findDisabledRules } from '../../model/documents';
import type { Range } from '../../model/text';
import { LineIndex } from '../../text/lineIndex';
import { didYouMean } from '../../util/didYouMean';
import { DEFAULT_REVIEW_INTERVAL, isIsoDate } from '../dates';
import { RISK_STATUSES, type RegisterIssue, type Risk, type RiskField, type RiskFieldMap, type RiskRegister, type SourceSpan } from '../model';
import { DEFAULT_SCALES, levelOf } from '../scales';
import { assembleRisk, statusOf } from './assembleRisk';
import { findMarkdownTables, type MarkdownTable, type TableCell } from '../../text/markdownTable';
import { spanOf } from './spans';
import { RegisterOf } from './registerOf';

/**
 * Header names, normalised (lower case, words separated by one space), and the risk field
 * each column feeds. Registers kept as Markdown tables use many spellings.
 */
const COLUMN_ALIASES: Readonly<Record<string, string>> = {
  'id': 'id', 'risk id': 'id', 'ref': 'id', 'reference': 'id', '#': 'id', 'no': 'id', 'key': 'id',
  'risk': 'title', 'title': 'title', 'name': 'title', 'summary': 'title', 'risk title': 'title',
  'description': 'description', 'details': 'description', 'risk description': 'description',
  'category': 'category', 'type': 'category', 'area': 'category',
  'likelihood': 'likelihood', 'probability': 'likelihood', 'prob': 'likelihood', 'l': 'likelihood', 'chance': 'likelihood',
  'impact': 'impact', 'severity': 'impact', 'consequence': 'impact', 'i': 'impact',
  'score': 'score', 'rating': 'score', 'exposure': 'score', 'risk score': 'score',
  'owner': 'owner', 'risk owner': 'owner', 'assignee': 'owner', 'responsible': 'owner',
  'status': 'status', 'state': 'status',
  'due': 'due', 'due date': 'due', 'target': 'due', 'target date': 'due', 'deadline': 'due',
  'review': 'reviewed', 'reviewed': 'reviewed', 'last review': 'reviewed', 'last reviewed': 'reviewed', 'review date': 'reviewed',
  'mitigation': 'mitigation', 'mitigations': 'mitigation', 'response': 'mitigation', 'action': 'mitigation', 'actions': 'mitigation', 'treatment': 'mitigation',
  'contingency': 'contingency', 'fallback': 'contingency',
  'trigger': 'trigger', 'triggers': 'trigger', 'warning signs': 'trigger',
  'related': 'related', 'links': 'related', 'references': 'related', 'refs': 'related',
  'resolution': 'resolution', 'outcome': 'resolution',
  'closed': 'closed', 'closed on': 'closed', 'date closed': 'closed',
};

/**
 * A five-point scale tables often use instead of the register words. Only the five-point
 * form is read: a three-point low/medium/high cannot be placed on 1-5 without guessing,
 * but `low` and `high` here are the 2nd and 4th of five.
 */
const GENERIC_LEVELS: readonly string[] = ['very-low', 'low', 'medium', 'high', 'very-high'];

const EMPTY_CELL = /^(-+|—|–|n\/?a|none|tbd|\?)?$/i;

/**
 * Reads a risk register kept as a Markdown table (`RISK_REGISTER.md`, `docs/risks/*.md`).
 * Columns are found by their header names; every table with an id or risk column and at
 * least one assessment or ownership column is read. The result is read-only.
 */
export function parseMarkdownRegister(path: string, rawText: string, asOf: string): RiskRegister {
  const text = rawText;
  const lines = new LineIndex(text);
  const issues: RegisterIssue[] = [];
  const issue = (message: string, range: Range) => issues.push({ message, range });
  const context = { scales: DEFAULT_SCALES, interval: DEFAULT_REVIEW_INTERVAL, asOf, issue };
  // Array.of, not a literal `[]` (see IndexedDocument).
  const risks = Array.of<Risk>();
  let tablesRead = 0;
  for (const table of findMarkdownTables(text)) {
    const columns = table.header.cells.map((c) => COLUMN_ALIASES[normalizeHeader(c.text)]);
    if (!isRiskTable(columns)) continue;
    tablesRead++;
    for (const row of table.rows) {
      const fields = readRowFields(table, row.cells, columns, lines, issue);
      if (fields.size === 0) continue;
      const related = relatedEntries(fields.get('related'), lines);
      risks.push(assembleRisk({
        index: risks.length,
        fields,
        residualFields: undefined,
        related,
        span: spanOf(lines, row.start, row.end),
        firstLine: lines.rangeOf(row.start, row.end),
      }, context));
    }
  }
  if (tablesRead === 0) {
    issue('No risk table found: expected a Markdown table with a header row naming columns such as ID, Risk, Likelihood, Impact, Owner, Status.', lines.lineRange(0));
  }
  return new RegisterOf({
    path,
    text,
    problems: [],
    disabledRules: findDisabledRules(text),
    format: 'markdown',
    readOnly: true,
    parsed: true,
    title: /^#\s+(.+?)\s*#*\s*$/m.exec(text)?.[1],
    scales: DEFAULT_SCALES,
    reviewInterval: DEFAULT_REVIEW_INTERVAL,
    risks,
    asOf,
    syntaxErrors: [],
    schemaIssues: issues,
  });
}

function isRiskTable(columns: readonly (string | undefined)[]): boolean {
  const has = (name: string) => columns.includes(name);
  return (has('id') || has('title')) && ['likelihood', 'impact', 'score', 'owner', 'status'].some(has);
}

function normalizeHeader(header: string): string {
  const plain = cleanInline(header).toLowerCase().trim();
  if (plain === '#') return '#';
  return plain.replace(/[^a-z0-9]+/g, ' ').trim();
}

function readRowFields(
  table: MarkdownTable,
  cells: readonly TableCell[],
  columns: readonly (string | undefined)[],
  lines: LineIndex,
  issue: (message: string, range: Range) => void,
): RowFields {
  const fields = new RowFields();
  columns.forEach((name, i) => {
    const cell = cells[i];
    if (!name || !cell || fields.has(name)) return;
    const text = cleanInline(cell.text);
    if (EMPTY_CELL.test(text)) return;
    const header = table.header.cells[i]!;
    const valueSpan = spanOf(lines, cell.start, cell.end);
    fields.set(name, { name, value: cellValue(name, text, valueSpan, issue), keySpan: spanOf(lines, header.start, header.end), valueSpan });
  });
  return fields;
}

/** A row's fields by column (a class, like everything a register keeps: see IndexedDocument). */
class RowFields extends Map<string, RiskField> implements RiskFieldMap {
  get names(): readonly string[] {
    return [...this.keys()];
  }

  value(name: string): unknown {
    return this.get(name)?.value;
  }
}

/** Turns a cell into the value the YAML format would hold, reporting what cannot mean anything. */
function cellValue(name: string, text: string, span: SourceSpan, issue: (message: string, range: Range) => void): unknown {
  switch (name) {
    case 'likelihood':
    case 'impact':
      return tableLevel(text, DEFAULT_SCALES[name]);
    case 'score': {
      const m = /^(\d+)\b/.exec(text);
      return m ? Number(m[1]) : text;
    }
    case 'status':
      if (!statusOf(text)) issue(`The status "${text}" is not one of ${RISK_STATUSES.join(', ')}.${didYouMean(text.toLowerCase(), RISK_STATUSES)}`, span.range);
      return text;
    case 'due':
    case 'reviewed':
    case 'closed':
      if (!isIsoDate(text)) issue(`The ${name} date "${text}" is not a date in the form YYYY-MM-DD.`, span.range);
      return text;
    default:
      return text;
  }
}

/**
 * A likelihood or impact cell: `4`, a default scale word, a five-point word (`Very high`),
 * or a word with its level (`Likely (4)`, `4 - Likely`). Anything else stays text, which
 * the shared assembler reports.
 */
function tableLevel(text: string, scale: readonly string[]): unknown {
  const direct = levelOf(text, scale) ?? levelOf(text, GENERIC_LEVELS);
  if (direct !== undefined) return direct;
  const level = /^([1-5])\s*[-–:.]?\s*[A-Za-z]/.exec(text)?.[1] ?? /\(\s*([1-5])\s*\)\s*$/.exec(text)?.[1];
  return level !== undefined ? Number(level) : text;
}

function relatedEntries(field: RiskField | undefined, lines: LineIndex): { text: string; span: SourceSpan }[] {
  if (!field || typeof field.value !== 'string') return [];
  const out: { text: string; span: SourceSpan }[] = [];
  const re = /[^,;]+/g;
  const cellText = lines.text.slice(field.valueSpan.start, field.valueSpan.end);
  for (let m = re.exec(cellText); m; m = re.exec(cellText)) {
    const raw = m[0];
    const text = cleanInline(raw).trim();
    if (!text) continue;
    const start = field.valueSpan.start + m.index + (raw.length - raw.trimStart().length);
    out.push({ text, span: spanOf(lines, start, start + raw.trim().length) });
  }
  return out;
}

/** Drops the inline Markdown a cell may carry: links keep their text, emphasis and code marks go. */
function cleanInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    // Single underscores are left alone: in names and emails they are not emphasis.
    .replace(/(\*\*|__|\*|`|~~)(\S(?:.*?\S)?)\1/g, '$2')
    .trim();
}
