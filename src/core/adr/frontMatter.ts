import frontMatterSchema from '../../../schemas/adr-front-matter.schema.json';
import { editOf, type Finding } from '../model/findings';
import type { JsonSchema } from '../schema/jsonSchema';
import { validateYamlTree } from '../schema/validateYaml';
import type { LineIndex } from '../text/lineIndex';
import { findFrontMatterFence, UNCLOSED_FRONT_MATTER } from '../text/frontMatterFence';
import { TextSpan } from '../text/span';
import { parseFrontMatter, type FrontMatterIssue } from '../yaml/frontMatter';
import type { YamlTreeNode } from '../yaml/tree';
import type { YamlReader } from '../yaml/reader';
import { scanSimpleFrontMatter, type ScannedPair } from './frontMatterScan';
import { ValueSpan } from './located';
import type { FrontMatter, FrontMatterEntry, Located } from './model';

export const ADR_FRONT_MATTER_SCHEMA = frontMatterSchema as JsonSchema;
export const INVALID_FRONT_MATTER_RULE = 'adr/invalid-front-matter';

/** A front-matter value as text, with where it is (a list gives one item each). */
export interface FrontMatterValue extends Located {
  readonly text: string;
}

export interface FrontMatterRead {
  readonly frontMatter: FrontMatter | undefined;
  /** The first line of the Markdown body (0 when there is no front matter). */
  readonly bodyStartLine: number;
  /** Top-level scalar and list values by key (lower-cased), in file order. */
  readonly values: ReadonlyMap<string, readonly FrontMatterValue[]>;
  readonly problems: readonly Finding[];
}

/** How the YAML between the delimiters was read. */
export interface FrontMatterOptions {
  /** `auto` reads flat `key: value` front matter with a line scanner; see YamlReader. */
  readonly reader?: YamlReader;
}

const NO_VALUES: ReadonlyMap<string, readonly FrontMatterValue[]> = new Map();

/**
 * Reads a YAML front-matter block (`---` on the first line up to the next `---` or `...`).
 * Broken YAML or values of the wrong type become findings on their own lines; the body is
 * still read.
 */
export function readFrontMatter(path: string, lines: LineIndex, options: FrontMatterOptions = {}): FrontMatterRead {
  const text = lines.text;
  const fence = findFrontMatterFence(text);
  if (!fence) return { frontMatter: undefined, bodyStartLine: 0, values: NO_VALUES, problems: [] };
  if (!fence.closed) {
    return { frontMatter: undefined, bodyStartLine: 0, values: NO_VALUES, problems: [finding(path, lines.lineRange(0), UNCLOSED_FRONT_MATTER)] };
  }
  const contentStart = fence.yamlStart;
  const contentEnd = fence.yamlEnd;
  const close = lines.positionAt(contentEnd).line;
  const base = { block: new TextSpan(0, fence.blockEnd, lines), content: new TextSpan(contentStart, contentEnd, lines) };
  const scanned = options.reader === 'yaml' ? undefined : scanSimpleFrontMatter(text, contentStart, contentEnd, ADR_FRONT_MATTER_SCHEMA);
  if (scanned) return readPairs(base, close + 1, scanned, [], text, lines);

  // What the flat scanner declines goes to the shared front-matter reader (its YAML scanner, then `yaml`).
  const parsed = parseFrontMatter(text, fence, lines, undefined, options.reader ?? 'auto');
  const problems: Finding[] = parsed.issues.map((issue) => ({ ...finding(path, issue.range, issue.message), ...(issue.correction ? { fixes: [correctionFix({ path, text }, issue.correction)] } : {}) }));
  const unreadable = (): FrontMatterRead => ({ frontMatter: { ...base, entries: {}, valid: false }, bodyStartLine: close + 1, values: NO_VALUES, problems });
  const tree = parsed.root;
  if (tree === undefined) return unreadable();
  if (tree !== null && tree.kind !== 'map') {
    problems.push(finding(path, lines.rangeOf(contentStart, contentEnd), 'The front matter should be a set of "key: value" lines.'));
    return unreadable();
  }
  for (const p of validateYamlTree(tree, ADR_FRONT_MATTER_SCHEMA)) {
    problems.push(finding(path, lines.rangeOf(contentStart + p.start, contentStart + Math.max(p.end, p.start + 1)), p.message));
  }

  const pairs: ScannedPair[] = [];
  for (const { key, value } of tree?.kind === 'map' ? tree.pairs : []) {
    const keyStart = contentStart + key.start;
    const keyEnd = contentStart + key.end;
    // A key with no value node: an empty value right after the colon.
    const valueStart = value ? contentStart + value.start : keyEnd + 1;
    const valueEnd = value ? contentStart + value.end : keyEnd + 1;
    const items: ScannedPair['items'][number][] = [];
    const add = (node: YamlTreeNode | null) => {
      if (node?.kind !== 'scalar' || node.value === null || node.value === undefined || typeof node.value === 'object') return;
      items.push({ text: String(node.value), start: contentStart + node.start, end: contentStart + node.end });
    };
    if (value?.kind === 'seq') for (const item of value.items) add(item);
    else add(value);
    pairs.push({ key: String(key.value), keyStart, keyEnd, valueStart, valueEnd, items });
  }
  return readPairs(base, close + 1, pairs, problems, text, lines);
}

/** The entries and values of valid front matter, from the pairs either reader found. */
function readPairs(base: Pick<FrontMatter, 'block' | 'content'>, bodyStartLine: number, pairs: readonly ScannedPair[], problems: readonly Finding[], text: string, lines: LineIndex): FrontMatterRead {
  const entries: Record<string, FrontMatterEntry> = {};
  const values = new Map<string, FrontMatterValue[]>();
  for (const p of pairs) {
    entries[p.key] = { key: new TextSpan(p.keyStart, p.keyEnd, lines), value: new TextSpan(p.valueStart, p.valueEnd, lines) };
    values.set(
      p.key.toLowerCase(),
      p.items.map((item) => {
        const [start, end] = innerSpan(text, item.start, item.end, item.text);
        return new ValueSpan(item.text, start, end, lines);
      }),
    );
  }
  return { frontMatter: { block: base.block, content: base.content, entries, valid: true }, bodyStartLine, values, problems };
}

/** The span of a scalar's content inside its quotes, when the text appears there verbatim. */
function innerSpan(text: string, start: number, end: number, value: string): readonly [number, number] {
  const at = value ? text.indexOf(value, start) : -1;
  return at >= 0 && at + value.length <= end ? [at, at + value.length] : [start, end];
}

/** A quick fix for an issue the front-matter reader can correct (an unquoted `!tag` value). */
function correctionFix(file: { readonly path: string; readonly text: string }, correction: NonNullable<FrontMatterIssue['correction']>): NonNullable<Finding['fixes']>[number] {
  return { title: correction.title, changes: [editOf(file, [{ start: correction.start, end: correction.end, newText: correction.newText }])] };
}

function finding(path: string, range: Finding['range'], message: string): Finding {
  return { rule: INVALID_FRONT_MATTER_RULE, severity: 'error', message, file: path, range };
}
