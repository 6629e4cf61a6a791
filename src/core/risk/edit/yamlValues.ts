import { Document, Scalar, stringify, visit } from 'yaml';

/** A value an edit writes: text, a level, a list of references or a small mapping (`residual`). */
export type YamlValue = string | number | readonly string[] | ReadonlyArray<readonly [string, string | number]>;

export type QuoteStyle = 'plain' | 'single' | 'double';

export interface FormatOptions {
  readonly quote?: QuoteStyle;
  /** Column of the key the value belongs to (a literal block is indented two more). */
  readonly keyIndent: number;
  readonly eol: string;
  /** The value sits inside a flow collection. */
  readonly inFlow?: boolean;
}

/**
 * Writes a scalar as YAML text. Single-line text keeps the quoting the file already uses for
 * that key (or is plain when that is safe); text with line breaks becomes a literal block
 * (`|-`) indented under its key, as a person would write it.
 */
export function formatScalar(value: string | number, options: FormatOptions): string {
  if (typeof value === 'number') return String(value);
  // Inside `{ }` or `[ ]` a block cannot start, so line breaks are escaped instead.
  if (/[\r\n]/.test(value)) return options.inFlow ? doubleQuoted(value) : literalBlock(value, options.keyIndent + 2, options.eol);
  switch (options.quote) {
    case 'double':
      return doubleQuoted(value);
    case 'single':
      return `'${value.replace(/'/g, "''")}'`;
    default:
      // Commas and brackets are fine in a plain block value but end a value inside `{ }`.
      if (options.inFlow && /[,[\]{}]/.test(value)) return doubleQuoted(value);
      return stringify(value, { lineWidth: 0 }).replace(/\r?\n$/, '');
  }
}

/** Lists and mappings are written in flow style on the key's line: `[ADR-0007, RISK-004]`, `{ likelihood: 2, impact: 3 }`. */
export function formatValue(value: YamlValue, options: FormatOptions): string {
  if (typeof value === 'string' || typeof value === 'number') return formatScalar(value, options);
  if (value.length > 0 && Array.isArray(value[0])) {
    const entries = value as ReadonlyArray<readonly [string, string | number]>;
    return flow(Object.fromEntries(entries), true);
  }
  return flow(value, false);
}

/** Any plain value in flow style on one line (nested lists and mappings included). */
export function flow(value: unknown, padded: boolean): string {
  const doc = new Document(value);
  (doc.contents as { flow?: boolean }).flow = true;
  // Line breaks are escaped in double quotes so the collection stays on one line.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /[\r\n]/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: padded }).replace(/\r?\n$/, '');
}

function doubleQuoted(value: string): string {
  const s = new Scalar(value);
  s.type = Scalar.QUOTE_DOUBLE;
  return new Document(s).toString({ lineWidth: 0 }).replace(/\r?\n$/, '');
}

function literalBlock(value: string, indent: number, eol: string): string {
  const pad = ' '.repeat(indent);
  const trimmed = value.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  const body = trimmed.split('\n').map((line) => (line.trim() === '' ? '' : pad + line.trimEnd()));
  // A first line that starts with spaces needs an explicit indentation indicator.
  const indicator = /^\s/.test(trimmed) ? '2' : '';
  return `|${indicator}-${eol}${body.join(eol)}`;
}
