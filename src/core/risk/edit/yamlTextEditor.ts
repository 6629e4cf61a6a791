import { isScalar, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { TextEdit } from '../../model/text';
import type { LineIndex } from '../../text/lineIndex';
import { formatValue, type QuoteStyle, type YamlValue } from './yamlValues';

interface Insertion {
  readonly offset: number;
  readonly text: string;
  /** Indentation of what is inserted: at one offset, deeper keys go first so they stay in their mapping. */
  readonly depth: number;
  readonly order: number;
}

/**
 * Collects minimal text edits against a parsed YAML text: a changed value replaces exactly
 * that value's characters (comments after it stay), a new key becomes one new line after
 * the mapping's last entry, in the mapping's own indentation. Everything else in the file
 * keeps its bytes.
 */
export class YamlTextEditor {
  private readonly replacements: TextEdit[] = [];
  private readonly insertions: Insertion[] = [];

  constructor(private readonly lines: LineIndex) {}

  get text(): string {
    return this.lines.text;
  }

  get eol(): string {
    return this.lines.eol;
  }

  /** Sets `key` in a mapping: replaces the value when the key exists, else adds the key at the end. */
  set(map: YAMLMap, key: string, value: YamlValue, quote?: QuoteStyle): void {
    const pair = findPair(map, key);
    if (pair) this.replaceValue(pair, value, { inFlow: !!map.flow, ...(quote ? { quote } : {}) });
    else this.insert(map, key, value, quote);
  }

  /** Replaces the value of an existing pair, keeping its quoting unless told otherwise. */
  replaceValue(pair: Pair<Node, Node | null>, value: YamlValue, options: { quote?: QuoteStyle; inFlow: boolean }): void {
    const keyRange = pair.key.range!;
    const keyIndent = this.lines.positionAt(keyRange[0]).character;
    const node = pair.value;
    const quote = options.quote ?? quoteStyleOf(node);
    const formatted = formatValue(value, { keyIndent, eol: this.eol, inFlow: options.inFlow, ...(quote ? { quote } : {}) });
    if (!node?.range || node.range[1] <= node.range[0]) {
      // `key:` with nothing after it: write the value on the key's line.
      const colon = this.text.indexOf(':', keyRange[1]);
      const afterColon = colon >= 0 ? colon + 1 : keyRange[1];
      // Reuse a space already there (`status: `), else bring one.
      const at = this.text[afterColon] === ' ' ? afterColon + 1 : afterColon;
      this.replacements.push({ start: at, end: at, newText: at === afterColon ? ` ${formatted}` : formatted });
      return;
    }
    const [start, end] = node.range;
    // Block scalars own the line break(s) that end them; keep those so the next key stays on its line.
    const trailingBreaks = /(\r?\n)+$/.exec(this.text.slice(start, end))?.[0] ?? '';
    this.replacements.push({ start, end, newText: formatted + trailingBreaks });
  }

  /** Adds a key after the mapping's last entry (block) or before its closing brace (flow). */
  insert(map: YAMLMap, key: string, value: YamlValue, quote?: QuoteStyle): void {
    const keyIndent = this.keyIndentOf(map);
    const formatted = formatValue(value, { keyIndent, eol: this.eol, inFlow: !!map.flow, ...(quote ? { quote } : {}) });
    if (map.flow) {
      let at = map.range![1] - 1; // the closing brace
      while (at > map.range![0] && /\s/.test(this.text[at - 1]!)) at--;
      this.insertions.push({ offset: at, text: `${map.items.length ? ', ' : ' '}${key}: ${formatted}`, depth: keyIndent, order: this.insertions.length });
      return;
    }
    const { offset, needsBreak } = this.lineEndAfter(endOfEntries(map));
    const line = `${' '.repeat(keyIndent)}${key}: ${formatted}`;
    this.insertions.push({ offset, text: needsBreak ? `${this.eol}${line}` : `${line}${this.eol}`, depth: keyIndent, order: this.insertions.length });
  }

  /** Inserts raw text (whole lines) at an offset; used for new list items. */
  insertText(offset: number, text: string, depth: number): void {
    this.insertions.push({ offset, text, depth, order: this.insertions.length });
  }

  replaceRange(start: number, end: number, newText: string): void {
    this.replacements.push({ start, end, newText });
  }

  /** The column of a block mapping's keys. */
  keyIndentOf(map: YAMLMap): number {
    const first = map.items[0] as Pair<Node, unknown> | undefined;
    return this.columnOf(first?.key?.range?.[0] ?? map.range?.[0] ?? 0);
  }

  columnOf(offset: number): number {
    return this.lines.positionAt(offset).character;
  }

  /**
   * Where a new line goes after the text ending at `offset`: the start of the next line,
   * past any comment on the same line. At the end of a file without a final line break,
   * the new line must bring its own.
   */
  lineEndAfter(offset: number): { offset: number; needsBreak: boolean } {
    if (offset > 0 && this.text[offset - 1] === '\n') return { offset, needsBreak: false };
    const line = this.lines.positionAt(offset).line;
    if (line + 1 >= this.lines.lineCount) return { offset: this.text.length, needsBreak: true };
    return { offset: this.lines.lineStart(line + 1), needsBreak: false };
  }

  /** The edits, insertions at one point merged so their order is fixed. */
  edits(): TextEdit[] {
    const byOffset = new Map<number, Insertion[]>();
    for (const ins of this.insertions) {
      let list = byOffset.get(ins.offset);
      if (!list) byOffset.set(ins.offset, (list = []));
      list.push(ins);
    }
    const merged: TextEdit[] = [...byOffset].map(([offset, list]) => ({
      start: offset,
      end: offset,
      newText: list.sort((a, b) => b.depth - a.depth || a.order - b.order).map((i) => i.text).join(''),
    }));
    return [...this.replacements, ...merged].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

export function findPair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  return (map.items as Pair<Node, Node | null>[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
}

export function quoteStyleOf(node: Node | null | undefined): QuoteStyle | undefined {
  if (!isScalar(node)) return undefined;
  if (node.type === Scalar.QUOTE_DOUBLE) return 'double';
  if (node.type === Scalar.QUOTE_SINGLE) return 'single';
  return node.type === Scalar.PLAIN ? 'plain' : undefined;
}

/** The end of a block mapping's last value (or key, when the value is empty). */
export function endOfEntries(map: YAMLMap): number {
  const last = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
  if (!last) return map.range![1];
  const v = last.value;
  return v?.range && v.range[1] > v.range[0] ? v.range[1] : last.key.range![1];
}
