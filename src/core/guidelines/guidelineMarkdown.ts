import { findDisabledRules } from '../model/documents';
import type { Finding } from '../model/findings';
import { DOCUMENT_START, type Range } from '../model/text';
import type { JsonSchema } from '../schema/jsonSchema';
import type { YamlTreeNode, YamlTreeScalar } from '../yaml/tree';
import { LineIndex } from '../text/lineIndex';
import { contentHash } from './hash';
import { frontMatterValue, parseFrontMatter } from '../yaml/frontMatter';
import { findFrontMatterFence, type FrontMatterFence } from '../text/frontMatterFence';
import type { YamlReader } from '../yaml/reader';
import { summarizeBody, type ChecklistSource } from './markdownBody';
import type { FrontMatterIssue, Guideline, LocatedString } from './model';

/**
 * What every guideline format shares, whoever wrote it (our `.techlead/guidelines` files,
 * Copilot, AGENTS.md, Cursor...): front matter read with positions, the body's checklist
 * and rationale, the version hash.
 */

type CommonFields = Pick<Guideline, 'kind' | 'path' | 'text' | 'problems' | 'disabledRules' | 'rationale' | 'checklist' | 'version' | 'keys' | 'frontMatterIssues' | 'frontMatterRange'>;

/**
 * What every format shares: the front matter (validated against `schema` when given; a
 * missing block is a problem only then), the body's checklist and rationale, the
 * version hash. `located` reads values with positions and adds its problems to the
 * same issue list.
 */
export function readMarkdown(path: string, text: string, checklist: ChecklistSource, schema?: JsonSchema, reader?: YamlReader) {
  const lines = new LineIndex(text);
  const block = findFrontMatterFence(text);
  const issues: FrontMatterIssue[] = [];
  if (!block && schema) {
    issues.push({ message: 'The guideline has no front matter: start the file with a "---" block holding id, title and applies-to.', range: lines.lineRange(0) });
  }
  const front = block ? parseFrontMatter(text, block, lines, schema, reader) : undefined;
  if (front) issues.push(...front.issues);
  const body = summarizeBody(lines, block?.bodyStart ?? 0, checklist);
  const common: CommonFields = {
    kind: 'guideline',
    path,
    text,
    problems: NO_PROBLEMS,
    disabledRules: findDisabledRules(text),
    rationale: body.rationale,
    checklist: body.checklist,
    // Line endings alone do not count as a change (a checkout with autocrlf keeps ticks).
    version: contentHash(text.replace(/\r\n?/g, '\n')),
    keys: front?.keys ?? {},
    frontMatterIssues: issues,
    frontMatterRange: block ? lines.rangeOf(0, block.bodyStart) : DOCUMENT_START,
  };
  return { common, frontMatter: front?.root, located: new LocatedReader(text, lines, block, issues, front?.unquotedTags), body };
}

export const NO_PROBLEMS: readonly Finding[] = [];

/** `guidelines/security/sec-001-input.md` → `sec-001-input`; `x.instructions.md` → `x`. */
export function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.instructions\.md$/i, '').replace(/\.md$/i, '') || name;
}

/** The front matter's tree: null when empty, undefined when absent or not valid YAML. */
export type Root = YamlTreeNode | null | undefined;

export function scalarString(root: Root, key: string): string | undefined {
  const node = frontMatterValue(root, key);
  if (node?.kind !== 'scalar' || node.value === null || node.value === undefined) return undefined;
  return typeof node.value === 'object' ? undefined : String(node.value);
}

/** Reads front-matter strings together with where they are written in the file. */
export class LocatedReader {
  private readonly base: number;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly block: FrontMatterFence | undefined,
    private readonly issues: FrontMatterIssue[],
    private readonly unquotedTags: ReadonlyMap<number, string> | undefined,
  ) {
    this.base = block?.yamlStart ?? 0;
  }

  /** A string or a list of strings; anything else in a list is reported and skipped. */
  list(root: Root, key: string): LocatedString[] {
    const node = frontMatterValue(root, key);
    if (!node) return [];
    if (node.kind === 'scalar') return typeof node.value === 'string' && node.value.trim() ? [this.locate(node, node.value)] : [];
    if (node.kind !== 'seq') return [];
    const out: LocatedString[] = [];
    node.items.forEach((item, i) => {
      const tagged = item.kind === 'scalar' ? this.unquotedTag(item) : undefined;
      if (tagged) {
        out.push(tagged);
      } else if (item.kind === 'scalar' && typeof item.value === 'string') {
        if (item.value.trim()) out.push(this.locate(item, item.value));
      } else {
        this.issues.push({ message: `"${key}[${i}]" should be a string; it is ignored.`, range: this.rangeOfNode(item) });
      }
    });
    return out;
  }

  /**
   * A comma-separated pattern string (`applyTo: "**\/*.ts,**\/*.tsx"`), split at commas
   * outside braces so `{a,b}` survives. Each part is located exactly when the value is
   * written on one line without escapes, else at the whole value.
   */
  commaSeparated(root: Root, key: string): LocatedString[] {
    const node = frontMatterValue(root, key);
    if (!node) return [];
    if (node.kind === 'seq') return this.list(root, key);
    if (node.kind !== 'scalar' || typeof node.value !== 'string') {
      this.issues.push({ message: `"${key}" should be a string of comma-separated glob patterns.`, range: this.rangeOfNode(node) });
      return [];
    }
    const value = node.value;
    const source = this.text.slice(this.base + node.start, this.base + node.end);
    const quote = source.length >= 2 && (source[0] === '"' || source[0] === "'") && source.endsWith(source[0]!) ? 1 : 0;
    const exact = source.slice(quote, source.length - quote) === value;
    const out: LocatedString[] = [];
    for (const part of splitTopLevelCommas(value)) {
      const trimmed = part.text.trim();
      if (!trimmed) continue;
      if (exact) {
        const start = this.base + node.start + quote + part.offset + (part.text.length - part.text.trimStart().length);
        out.push({ text: trimmed, start, end: start + trimmed.length, range: this.lines.rangeOf(start, start + trimmed.length) });
      } else {
        out.push(this.locate(node, trimmed));
      }
    }
    return out;
  }

  /**
   * A key's comma-separated value as written on its line, for tools that read front matter
   * as lines of text: Cursor takes `globs: *.ts,*.js`, which YAML rejects (`*` starts an alias).
   */
  rawCommaSeparated(key: string): LocatedString[] {
    const value = this.rawValue(key);
    if (!value) return [];
    const out: LocatedString[] = [];
    for (const part of splitTopLevelCommas(value.text)) {
      const trimmed = part.text.trim();
      if (!trimmed) continue;
      const start = value.start + part.offset + (part.text.length - part.text.trimStart().length);
      out.push({ text: trimmed, start, end: start + trimmed.length, range: this.lines.rangeOf(start, start + trimmed.length) });
    }
    return out;
  }

  /** A top-level key's value as written (outer quotes removed), undefined when absent or empty. */
  rawValue(key: string): LocatedString | undefined {
    if (!this.block) return undefined;
    const prefix = `${key}:`;
    const { yamlEnd } = this.block;
    for (let at = this.block.yamlStart; at < yamlEnd; ) {
      let end = this.text.indexOf('\n', at);
      if (end < 0 || end > yamlEnd) end = yamlEnd;
      if (this.text.startsWith(prefix, at)) {
        const raw = this.text.slice(at + prefix.length, end).replace(/\r$/, '');
        let value = raw.trim();
        let start = at + prefix.length + (raw.length - raw.trimStart().length);
        if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]!)) {
          value = value.slice(1, -1);
          start++;
        }
        return value ? { text: value, start, end: start + value.length, range: this.lines.rangeOf(start, start + value.length) } : undefined;
      }
      at = end + 1;
    }
    return undefined;
  }

  /** Where a front-matter node is in the file (at least one character, for a diagnostic). */
  private rangeOfNode(node: YamlTreeNode): Range {
    return this.lines.rangeOf(this.base + node.start, this.base + Math.max(node.end, node.start + 1));
  }

  /**
   * An unquoted `- !src/gen/**` is a YAML tag with an empty value. The author meant a
   * negated pattern, so it is read as one (and `guideline/front-matter` asks for quotes).
   */
  private unquotedTag(node: YamlTreeScalar): LocatedString | undefined {
    const tag = this.unquotedTags?.get(node.start);
    if (!tag) return undefined;
    const start = this.text.lastIndexOf(tag, this.base + node.start);
    if (start < 0) return undefined;
    return { text: tag, start, end: start + tag.length, range: this.lines.rangeOf(start, start + tag.length) };
  }

  private locate(node: YamlTreeNode, text: string): LocatedString {
    const start = this.base + node.start;
    const end = this.base + node.end;
    return { text, start, end, range: this.lines.rangeOf(start, end) };
  }
}

export function splitTopLevelCommas(value: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push({ text: value.slice(from, i), offset: from });
      from = i + 1;
    }
  }
  parts.push({ text: value.slice(from), offset: from });
  return parts;
}
