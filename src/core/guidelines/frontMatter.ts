import { isMap, isScalar, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { JsonSchema } from '../schema/jsonSchema';
import { validateYamlDocument } from '../schema/validateYaml';
import type { LineIndex } from '../text/lineIndex';
import type { FrontMatterIssue, KeyLocation } from './model';

/** Where a Markdown file's `---` front matter block sits. Offsets are into the whole text. */
export interface FrontMatterBlock {
  /** First offset of the YAML (just after the opening `---` line). */
  readonly yamlStart: number;
  /** Offset just past the YAML (the start of the closing fence line). */
  readonly yamlEnd: number;
  /** Where the Markdown body starts (just after the closing fence line). */
  readonly bodyStart: number;
  /** False when no closing `---` (or `...`) line was found; the block then runs to the end. */
  readonly closed: boolean;
}

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** Finds the front matter at the very start of a text, if there is one. */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const yamlStart = opening[0].length;
  let lineStart = yamlStart;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (CLOSING_FENCE.test(line)) {
      return { yamlStart, yamlEnd: lineStart, bodyStart: Math.min(text.length, lineEnd + 1), closed: true };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return { yamlStart, yamlEnd: text.length, bodyStart: text.length, closed: false };
}

export interface ParsedFrontMatter {
  /** The parsed YAML, or undefined when it has syntax errors (values are then not trusted). */
  readonly document: Document | undefined;
  /** Top-level keys and where they are written. */
  readonly keys: Readonly<Record<string, KeyLocation>>;
  readonly issues: readonly FrontMatterIssue[];
}

/**
 * Parses a front matter block's YAML and, when a schema is given, validates it with the
 * shared validator. Every problem is located in the whole file's coordinates.
 */
export function parseFrontMatter(text: string, block: FrontMatterBlock, lines: LineIndex, schema?: JsonSchema): ParsedFrontMatter {
  const issues: FrontMatterIssue[] = [];
  const yamlText = text.slice(block.yamlStart, block.yamlEnd);
  const at = (start: number, end: number) => lines.rangeOf(block.yamlStart + start, block.yamlStart + Math.max(end, start + 1));
  if (!block.closed) {
    issues.push({ message: 'The front matter is never closed: add a line with just "---" after it.', range: lines.rangeOf(0, 3) });
    return { document: undefined, keys: {}, issues };
  }
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  for (const e of document.errors) {
    const [start, end] = e.pos;
    issues.push({ message: `The front matter is not valid YAML: ${e.message.split('\n')[0]!.trim()}`, range: at(start, end) });
  }
  if (document.errors.length > 0) return { document: undefined, keys: {}, issues };
  for (const w of document.warnings) {
    const [start, end] = w.pos;
    const written = yamlText.slice(start, end);
    if (w.code === 'TAG_RESOLVE_FAILED' && written.startsWith('!')) {
      // `- !src/gen/**` reads as a YAML tag; the pattern is still used, but must be quoted.
      const quoted = JSON.stringify(written);
      issues.push({
        message: `${written} is read as a YAML tag, not as text: put it in quotes (${quoted}).`,
        range: at(start, end),
        correction: { title: `Quote ${written}`, start: block.yamlStart + start, end: block.yamlStart + end, newText: quoted },
      });
    } else {
      issues.push({ message: `Front matter: ${w.message.split('\n')[0]!.trim()}`, range: at(start, end) });
    }
  }

  const keys: Record<string, KeyLocation> = {};
  if (isMap(document.contents)) {
    for (const pair of document.contents.items as Pair<Node, Node | null>[]) {
      if (!isScalar(pair.key)) continue;
      const [ks, ke] = nodeRange(pair.key);
      const [vs, ve] = pair.value ? nodeRange(pair.value) : [ke, ke];
      keys[String(pair.key.value)] = { key: at(ks, ke), value: at(vs, ve) };
    }
  }
  if (schema) {
    for (const p of validateYamlDocument(document, schema)) issues.push({ message: p.message, range: at(p.start, p.end) });
  }
  return { document, keys, issues };
}

/** The value of a top-level key as a YAML node, for callers that need its position. */
export function frontMatterNode(document: Document | undefined, key: string): Node | undefined {
  if (!document || !isMap(document.contents)) return undefined;
  const value = document.contents.get(key, true) as Node | undefined;
  return value ?? undefined;
}

export function nodeRange(node: Node): [number, number] {
  const r = (node as { range?: [number, number, number] | null }).range;
  return r ? [r[0], r[1]] : [0, 0];
}
