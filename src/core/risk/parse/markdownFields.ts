import { isIsoDate } from '../dates';
import type { LineIndex } from '../../text/lineIndex';
import { RISK_STATUSES, type RiskField, type RiskFieldMap, type SourceSpan } from '../model';
import type { RawRisk } from './assembleRisk';
import { spanOf } from './spans';
import { statusOf } from '../statusWords';
import { didYouMean } from '../../util/didYouMean';
import type { Range } from '../../model/text';

/** A risk read from Markdown before its register's scales are known. */
export type MarkdownEntry = Omit<RawRisk, 'index'>;

export type IssueSink = (message: string, range: Range) => void;

/** One risk's fields read from Markdown (a table row, a heading's lines, a list item), by field name. */
export class RowFields extends Map<string, RiskField> implements RiskFieldMap {
  get names(): readonly string[] {
    return [...this.keys()];
  }

  value(name: string): unknown {
    return this.get(name)?.value;
  }

  /** Adds a field unless one of that name is already read (the first column or line wins). */
  add(name: string, value: unknown, keySpan: SourceSpan, valueSpan: SourceSpan): void {
    if (!this.has(name)) this.set(name, { name, value, keySpan, valueSpan });
  }
}

/** A cell or value that says nothing: a dash, `n/a`, `none`, `TBD`, `?`. */
export const EMPTY_VALUE = /^(-+|—|–|n\/?a|none|tbd|\?)?$/i;

/**
 * Turns the text of a Markdown field into the value the YAML format would hold, reporting
 * what cannot mean anything: a status that is no status word, a date not written YYYY-MM-DD.
 * Likelihood and impact stay text: their scale is known only once the whole register is read.
 */
export function markdownValue(name: string, text: string, span: SourceSpan, issue: (message: string, range: Range) => void): unknown {
  switch (name) {
    case 'score': {
      const m = /^(\d+)\b/.exec(text);
      return m ? Number(m[1]) : text;
    }
    case 'status':
      if (!statusOf(text)) issue(`The status "${text}" is none of ${RISK_STATUSES.join(', ')} nor a word for one of them.${didYouMean(text.toLowerCase(), RISK_STATUSES)}`, span.range);
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

/** Drops the inline Markdown a value may carry: links keep their text, emphasis and code marks go. */
export function cleanInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    // Single underscores are left alone: in names and emails they are not emphasis.
    .replace(/(\*\*|__|\*|`|~~)(\S(?:.*?\S)?)\1/g, '$2')
    .trim();
}

/** The entries of a `related` value, split on commas and semicolons, each with its own span. */
export function relatedEntries(field: { readonly value: unknown; readonly valueSpan: SourceSpan } | undefined, lines: LineIndex): { text: string; span: SourceSpan }[] {
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
