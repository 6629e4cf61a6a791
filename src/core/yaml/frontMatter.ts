import { visit, type Document } from 'yaml';
import { parseYamlDocument } from './parseYaml';
import { aliasProblem } from './aliases';
import type { Range } from '../model/text';
import { treeOfDocument } from './fromYaml';
import type { JsonSchema } from '../schema/jsonSchema';
import { validateYamlTree } from '../schema/validateYaml';
import { valueAt, type YamlTreeNode } from './tree';
import { scanSimpleYaml } from './scanner/scanSimpleYaml';
import type { YamlReader } from './reader';
import type { LineIndex } from '../text/lineIndex';
import { UNCLOSED_FRONT_MATTER, type FrontMatterFence } from '../text/frontMatterFence';

/**
 * The one reader of front matter YAML, for guidelines and decision records: the YAML
 * between the fences (see `text/frontMatterFence.ts`) as a tree, with its problems
 * located in the whole file.
 */

/** Where one front-matter key and its value are written. */
export interface KeyLocation {
  readonly key: Range;
  readonly value: Range;
}

/** A problem with the front matter: invalid YAML, unknown keys, wrong types. */
export interface FrontMatterIssue {
  readonly message: string;
  readonly range: Range;
  /** A safe correction, as a replacement of `[start, end)` in the document text. */
  readonly correction?: { readonly title: string; readonly start: number; readonly end: number; readonly newText: string };
}

export interface ParsedFrontMatter {
  /** The front matter as a YAML tree (null when empty), or undefined when it has syntax errors (values are then not trusted). */
  readonly root: YamlTreeNode | null | undefined;
  /** Top-level keys and where they are written. */
  readonly keys: Readonly<Record<string, KeyLocation>>;
  readonly issues: readonly FrontMatterIssue[];
  /**
   * Unquoted `!pattern` values `yaml` read as tags with an empty value, by where their
   * node starts in the YAML: the author meant a negated pattern.
   */
  readonly unquotedTags: ReadonlyMap<number, string>;
}

const NO_TAGS: ReadonlyMap<number, string> = new Map();

/**
 * Parses a front matter block's YAML and, when a schema is given, validates it with the
 * shared validator. Every problem is located in the whole file's coordinates.
 *
 * The `yaml` library costs most of a guideline's parse (half a millisecond for a small
 * file, far more while it is not yet compiled), so the YAML is first given to the
 * hand-written scanner the risk registers use: it reads the YAML guidelines are written
 * in (flat keys, quoted strings, one-line and block lists) into the tree `yaml` would
 * give, and declines anything else (tags, anchors, syntax errors...), which `yaml` then
 * parses. Both readings go through the same code from the tree on.
 */
export function parseFrontMatter(text: string, block: FrontMatterFence, lines: LineIndex, schema?: JsonSchema, reader: YamlReader = 'auto'): ParsedFrontMatter {
  const at = (start: number, end: number) => lines.problemRange(block.yamlStart + start, block.yamlStart + end);
  if (!block.closed) {
    return { root: undefined, keys: {}, issues: [{ message: UNCLOSED_FRONT_MATTER, range: lines.lineRange(0) }], unquotedTags: NO_TAGS };
  }
  const yamlText = text.slice(block.yamlStart, block.yamlEnd);
  const scanned = reader === 'auto' ? scanSimpleYaml(yamlText) : undefined;
  const { root, issues, unquotedTags }: YamlReading = scanned ? { root: scanned, issues: [], unquotedTags: NO_TAGS } : readWithYaml(yamlText, block, at);
  if (root === undefined) return { root, keys: {}, issues, unquotedTags };

  const keys: Record<string, KeyLocation> = {};
  if (root?.kind === 'map') {
    for (const { key, value } of root.pairs) {
      const [vs, ve] = value ? [value.start, value.end] : [key.end, key.end];
      keys[String(key.value)] = { key: at(key.start, key.end), value: at(vs, ve) };
    }
  }
  if (schema) {
    for (const p of validateYamlTree(root, schema)) issues.push({ message: p.message, range: at(p.start, p.end) });
  }
  return { root, keys, issues, unquotedTags };
}

/** The YAML as read, before keys are listed and the schema is checked. */
interface YamlReading {
  readonly root: YamlTreeNode | null | undefined;
  readonly issues: FrontMatterIssue[];
  readonly unquotedTags: ReadonlyMap<number, string>;
}

/** The full YAML parse, for front matter the scanner declines. */
function readWithYaml(yamlText: string, block: FrontMatterFence, at: (start: number, end: number) => Range): YamlReading {
  const issues: FrontMatterIssue[] = [];
  const document = parseYamlDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  for (const e of document.errors) {
    const [start, end] = e.pos;
    issues.push({ message: `The front matter is not valid YAML: ${e.message.split('\n')[0]!.trim()}`, range: at(start, end) });
  }
  if (document.errors.length > 0) return { root: undefined, issues, unquotedTags: NO_TAGS };
  const alias = aliasProblem(document);
  if (alias) {
    issues.push({ message: `The front matter is not read: ${alias.message}`, range: at(alias.start, alias.end) });
    return { root: undefined, issues, unquotedTags: NO_TAGS };
  }
  // Every lone local tag (`!src/gen/**`) is also an unresolved-tag warning: without one, none to look for.
  let sawLocalTag = false;
  for (const w of document.warnings) {
    const [start, end] = w.pos;
    const written = yamlText.slice(start, end);
    if (w.code === 'TAG_RESOLVE_FAILED' && written.startsWith('!')) {
      sawLocalTag = true;
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
  return { root: treeOfDocument(document), issues, unquotedTags: sawLocalTag ? unquotedTagsOf(document) : NO_TAGS };
}

/** Scalars written as a lone `!tag` (`- !src/gen/**`), which the tree does not keep. */
function unquotedTagsOf(document: Document): ReadonlyMap<number, string> {
  const tags = new Map<number, string>();
  visit(document, {
    Scalar(_key, node) {
      const tag = node.tag;
      if (tag && tag.startsWith('!') && !tag.startsWith('!!') && (node.value === '' || node.value === null) && node.range) tags.set(node.range[0], tag);
    },
  });
  return tags.size > 0 ? tags : NO_TAGS;
}

/** The value of a top-level key, for callers that need its position. */
export function frontMatterValue(root: YamlTreeNode | null | undefined, key: string): YamlTreeNode | undefined {
  return root?.kind === 'map' ? valueAt(root, key) : undefined;
}
