import type { Document } from 'yaml';
import { parseYamlDocument } from '../../yaml/parseYaml';
import { aliasProblem } from '../../yaml/aliases';
import { findDisabledRules } from '../../model/documents';
import type { Range } from '../../model/text';
import { treeOfDocument } from '../../yaml/fromYaml';
import { validateYamlTree } from '../../schema/validateYaml';
import { plainValue, valueAt, type YamlTreeMap, type YamlTreeNode, type YamlTreePair } from '../../yaml/tree';
import { LineIndex } from '../../text/lineIndex';
import { DEFAULT_REVIEW_INTERVAL, parseInterval } from '../dates';
import type { RegisterIssue, Risk, RiskRegister, RiskScales, SourceSpan } from '../model';
import { DEFAULT_SCALES, looseLevelOf, MAX_LEVEL, normalizeScaleWord } from '../scales';
import { planRatings } from './ratingPlan';
import { FOREIGN_YAML_READ_ONLY } from './readOnlyReasons';
import { hasForeignKeys, RoleFields } from './roleFields';
import { RISK_REGISTER_SCHEMA } from '../schema';
import { assembleRisk, textOf, type RawRisk } from './assembleRisk';
import { scanSimpleYaml } from '../../yaml/scanner/scanSimpleYaml';
import type { YamlReader } from '../../yaml/reader';
import { nodeSpan, spanOf } from './spans';
import { FieldOffsets, fieldShape, YamlFields } from './yamlFields';
import { NO_RISKS, RegisterOf } from './registerOf';
import { SharedNames } from '../../text/sharedNames';

/** Options every edit re-parse must share with the index, so offsets agree. */
export const YAML_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

export function parseRegisterYaml(text: string): Document.Parsed {
  return parseYamlDocument(text, YAML_PARSE_OPTIONS);
}

export interface YamlRegisterOptions {
  /** The scanner builds the same tree as `yaml` in a fraction of the time; see YamlReader. */
  readonly reader?: YamlReader;
}

/**
 * Parses a YAML risk register. Never throws: unreadable YAML gives a register with no
 * risks and one `risk/yaml-syntax` issue at the error; schema problems are kept as
 * `risk/schema` issues while everything valid is still read.
 *
 * The YAML is read into a plain tree (`core/yaml/tree.ts`) that is dropped once the
 * register is built: edits parse the text again with `yaml`, which keeps comments.
 */
export function parseYamlRegister(path: string, text: string, asOf: string, options: YamlRegisterOptions = {}): RiskRegister {
  const lines = new LineIndex(text);
  const base = {
    path,
    text,
    problems: [],
    disabledRules: findDisabledRules(text),
    format: 'yaml' as const,
    asOf,
  };
  let tree: YamlTreeNode | null | undefined = options.reader !== 'yaml' ? scanSimpleYaml(text) : undefined;
  if (!tree) {
    const doc = parseRegisterYaml(text);
    const unread = unreadableYaml(doc);
    if (unread) {
      return new RegisterOf({
        ...base,
        readOnly: false,
        readOnlyReason: undefined,
        ownFormat: true,
        parsed: false,
        title: undefined,
        scales: DEFAULT_SCALES,
        reviewInterval: DEFAULT_REVIEW_INTERVAL,
        risks: NO_RISKS,
        syntaxErrors: [{ message: unread.message, range: lines.problemRange(unread.start, unread.end) }],
        schemaIssues: [],
      });
    }
    tree = treeOfDocument(doc);
  }

  const root = tree?.kind === 'map' ? tree : undefined;
  const risksNode = root ? valueAt(root, 'risks') ?? (isOurRoot(root) ? undefined : firstListOfMappings(root)) : tree?.kind === 'seq' ? tree : undefined;
  const offsets = new FieldOffsets();
  const items = risksNode?.kind === 'seq' ? risksNode.items : [];
  const raws: (RawRisk | undefined)[] = items.map((item, index) => (item.kind === 'map' ? readRawRisk(item, index, lines, offsets) : undefined));
  // An exact copy: the array grew by doubling, and the register keeps it.
  offsets.data = offsets.data.slice();
  const ownFormat = (root === undefined || isOurRoot(root)) && tree?.kind !== 'seq' && !raws.some((raw) => raw !== undefined && hasForeignKeys(raw.fields.names));
  if (!ownFormat) return foreignRegister(base, tree, raws);

  const schemaIssues: RegisterIssue[] = validateYamlTree(tree, RISK_REGISTER_SCHEMA).map((p) => ({ message: p.message, range: lines.rangeOf(p.start, p.end) }));
  const issue = (message: string, range: Range) => schemaIssues.push({ message, range });
  const scales = readScales(root && valueAt(root, 'scales'), lines, issue);
  const reviewInterval = parseInterval(scalarValue(root && valueAt(root, 'review-interval'))) ?? DEFAULT_REVIEW_INTERVAL;
  const context = { scales, interval: reviewInterval, asOf, issue };
  // Made by map and filter, not pushed into a literal `[]` (see IndexedDocument).
  const risks: readonly Risk[] = raws.length > 0 ? raws.map((raw) => (raw ? assembleRisk(raw, context) : undefined)).filter(isRisk) : NO_RISKS;
  return new RegisterOf({
    ...base,
    readOnly: false,
    readOnlyReason: undefined,
    ownFormat: true,
    parsed: true,
    title: textOf(scalarValue(root && valueAt(root, 'title'))),
    scales,
    reviewInterval,
    risks,
    syntaxErrors: [],
    schemaIssues: sortIssues(schemaIssues),
  });
}

/**
 * Why a register `yaml` parsed cannot be read, at the place that says so: its first syntax
 * error, or an alias that cannot be expanded (the same check configuration and front
 * matter make, see aliasProblem).
 */
function unreadableYaml(doc: Document.Parsed): { message: string; start: number; end: number } | undefined {
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const more = doc.errors.length > 1 ? ` (${doc.errors.length - 1} more problem${doc.errors.length > 2 ? 's' : ''} may follow from this one)` : '';
    return { message: `This risk register is not valid YAML: ${firstLine(first.message)}${more}`, start: first.pos[0], end: first.pos[1] };
  }
  const alias = aliasProblem(doc);
  return alias && { ...alias, message: `This risk register is not read: ${alias.message}` };
}

/** The keys our format has at the top of a register. */
const OUR_ROOT_KEYS: ReadonlySet<string> = new Set(Object.keys(RISK_REGISTER_SCHEMA.properties ?? {}));

function isOurRoot(root: YamlTreeMap): boolean {
  return root.pairs.every((pair) => OUR_ROOT_KEYS.has(String(pair.key.value)));
}

/** A register in another style may keep its risks under another key (`risk_register:`, `items:`): the first list of mappings. */
function firstListOfMappings(root: YamlTreeMap): YamlTreeNode | undefined {
  return root.pairs.find((pair) => pair.value?.kind === 'seq' && pair.value.items.some((item) => item.kind === 'map'))?.value ?? undefined;
}

/**
 * A YAML register in another style (its own keys, a metadata block, a list at the top):
 * read with its keys taken by meaning and its scales read from its values, like a
 * Markdown register; not checked against our schema, and read-only.
 */
function foreignRegister(base: Pick<RiskRegister, 'path' | 'text' | 'problems' | 'disabledRules' | 'format' | 'asOf'>, tree: YamlTreeNode | null | undefined, raws: readonly (RawRisk | undefined)[]): RiskRegister {
  const issues: RegisterIssue[] = [];
  const entries = raws.filter((raw): raw is RawRisk => raw !== undefined).map((raw) => ({ ...raw, fields: new RoleFields(raw.fields), residualFields: undefined }));
  const plan = planRatings(entries.map((e) => e.fields));
  const context = { scales: plan.scales, interval: DEFAULT_REVIEW_INTERVAL, asOf: base.asOf, issue: (message: string, range: Range) => issues.push({ message, range }), ratings: plan, readLevel: looseLevelOf };
  const risks = entries.map((entry, index) => assembleRisk({ ...entry, index }, context));
  const root = tree?.kind === 'map' ? tree : undefined;
  return new RegisterOf({
    ...base,
    readOnly: true,
    readOnlyReason: FOREIGN_YAML_READ_ONLY,
    ownFormat: false,
    parsed: true,
    title: textOf(scalarValue(root && valueAt(root, 'title'))) ?? textOf(scalarValue(root && valueAt(root, 'name'))),
    scales: plan.scales,
    reviewInterval: DEFAULT_REVIEW_INTERVAL,
    risks: risks.length > 0 ? risks : NO_RISKS,
    syntaxErrors: [],
    schemaIssues: sortIssues(issues),
  });
}

function sortIssues(issues: RegisterIssue[]): RegisterIssue[] {
  return issues.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function isRisk(risk: Risk | undefined): risk is Risk {
  return risk !== undefined;
}

function readRawRisk(item: YamlTreeMap, index: number, lines: LineIndex, offsets: FieldOffsets): RawRisk {
  const fields = readFields(item, lines, offsets);
  const residualNode = valueAt(item, 'residual');
  const relatedNode = valueAt(item, 'related');
  const related: { text: string; span: SourceSpan }[] = [];
  if (relatedNode?.kind === 'seq') {
    for (const n of relatedNode.items) {
      const text = n.kind === 'scalar' && typeof n.value === 'string' ? n.value.trim() : '';
      if (text !== '') related.push({ text, span: nodeSpan(lines, n) });
    }
  }
  const firstLine = lines.positionAt(item.start).line;
  return {
    index,
    fields,
    residualFields: residualNode?.kind === 'map' ? readFields(residualNode, lines, offsets) : undefined,
    related,
    span: spanOf(lines, item.start, item.end),
    firstLine: lines.rangeOf(item.start, lines.lineEnd(firstLine)),
  };
}

/** Field keys, shared by every register's risks (see SharedNames). */
const FIELD_NAMES = new SharedNames(500);

function readFields(map: YamlTreeMap, lines: LineIndex, offsets: FieldOffsets): YamlFields {
  const first = offsets.data.length;
  // A key with no value node at all gets an empty value right after the key.
  for (const { key, value: v } of map.pairs) offsets.data.push(key.start, key.end, v ? v.start : key.end, v ? v.end : key.end);
  return new YamlFields(fieldShape(map.pairs, fieldName), map.pairs.map(valueOfPair), offsets, first, lines);
}

function fieldName(pair: YamlTreePair): string {
  return FIELD_NAMES.get(String(pair.key.value));
}

function valueOfPair(pair: YamlTreePair): unknown {
  return plainValue(pair.value);
}

/** Reads `scales`, keeping the defaults for any part that is missing or invalid (the schema reports those). */
function readScales(node: YamlTreeNode | undefined, lines: LineIndex, issue: (message: string, range: Range) => void): RiskScales {
  if (node?.kind !== 'map') return DEFAULT_SCALES;
  const words = (key: 'likelihood' | 'impact'): readonly string[] => {
    const seq = valueAt(node, key);
    if (seq?.kind !== 'seq' || seq.items.length !== MAX_LEVEL) return DEFAULT_SCALES[key];
    const list = seq.items.map((n) => (n.kind === 'scalar' && typeof n.value === 'string' ? n.value.trim() : ''));
    if (list.some((w) => w === '')) return DEFAULT_SCALES[key];
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const normal = normalizeScaleWord(list[i]!);
      if (seen.has(normal)) issue(`The ${key} scale names "${list[i]}" twice; each level needs its own word.`, lines.rangeOf(seq.items[i]!.start, seq.items[i]!.end));
      seen.add(normal);
    }
    return list;
  };
  const bandsNode = valueAt(node, 'bands');
  const bandValue = (key: 'critical' | 'high' | 'medium'): number => {
    const v = bandsNode?.kind === 'map' ? scalarValue(valueAt(bandsNode, key)) : undefined;
    return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 25 ? v : DEFAULT_SCALES.bands[key];
  };
  const bands = { critical: bandValue('critical'), high: bandValue('high'), medium: bandValue('medium') };
  if (bandsNode?.kind === 'map' && !(bands.critical > bands.high && bands.high > bands.medium)) {
    issue(`The bands must rise from medium to high to critical (here medium ${bands.medium}, high ${bands.high}, critical ${bands.critical}).`, lines.rangeOf(bandsNode.start, bandsNode.end));
  }
  return { likelihood: words('likelihood'), impact: words('impact'), bands };
}

function scalarValue(node: YamlTreeNode | undefined): unknown {
  return node?.kind === 'scalar' ? node.value : undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
