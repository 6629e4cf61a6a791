import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { findDisabledRules } from '../../model/documents';
import type { Range } from '../../model/text';
import { validateYamlDocument } from '../../schema/validateYaml';
import { LineIndex, stripBom } from '../../text/lineIndex';
import { DEFAULT_REVIEW_INTERVAL, parseInterval } from '../dates';
import type { RegisterIssue, Risk, RiskField, RiskRegister, RiskScales } from '../model';
import { DEFAULT_SCALES, MAX_LEVEL, normalizeScaleWord } from '../scales';
import { RISK_REGISTER_SCHEMA } from '../schema';
import { assembleRisk, textOf, type RawRisk } from './assembleRisk';
import { scanRegisterYaml } from './fastYaml/scanRegister';
import { nodeSpan, spanOf } from './spans';

/** Options every edit re-parse must share with the index, so offsets agree. */
export const YAML_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

export function parseRegisterYaml(text: string): Document.Parsed {
  return parseDocument(text, YAML_PARSE_OPTIONS);
}

export interface YamlRegisterOptions {
  /**
   * Try the hand-written scanner first (`fastYaml/`), which builds the same nodes as `yaml`
   * in a fraction of the time and hands anything unusual to `yaml`. Off only to compare
   * the two paths in tests.
   */
  readonly fastPath?: boolean;
}

/**
 * Parses a YAML risk register. Never throws: unreadable YAML gives a register with no
 * risks and one `risk/yaml-syntax` issue at the error; schema problems are kept as
 * `risk/schema` issues while everything valid is still read.
 */
export function parseYamlRegister(path: string, rawText: string, asOf: string, options: YamlRegisterOptions = {}): RiskRegister {
  const { text } = stripBom(rawText);
  const lines = new LineIndex(text);
  const doc: Document = (options.fastPath !== false && scanRegisterYaml(text)) || parseRegisterYaml(text);
  const base = {
    kind: 'risk' as const,
    path,
    text,
    problems: [],
    disabledRules: findDisabledRules(text),
    format: 'yaml' as const,
    readOnly: false,
    asOf,
  };
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const [start, end] = first.pos;
    const more = doc.errors.length > 1 ? ` (${doc.errors.length - 1} more problem${doc.errors.length > 2 ? 's' : ''} may follow from this one)` : '';
    return {
      ...base,
      parsed: false,
      title: undefined,
      scales: DEFAULT_SCALES,
      reviewInterval: DEFAULT_REVIEW_INTERVAL,
      risks: [],
      syntaxErrors: [{ message: `This risk register is not valid YAML: ${firstLine(first.message)}${more}`, range: lines.rangeOf(start, Math.max(end, start + 1)) }],
      schemaIssues: [],
    };
  }

  const schemaIssues: RegisterIssue[] = validateYamlDocument(doc, RISK_REGISTER_SCHEMA).map((p) => ({ message: p.message, range: lines.rangeOf(p.start, p.end) }));
  const issue = (message: string, range: Range) => schemaIssues.push({ message, range });
  const root = isMap(doc.contents) ? doc.contents : undefined;
  const scales = readScales(root?.get('scales', true), lines, issue);
  const reviewInterval = parseInterval(scalarValue(root?.get('review-interval', true))) ?? DEFAULT_REVIEW_INTERVAL;
  const context = { scales, interval: reviewInterval, asOf, issue };
  const risksNode = root?.get('risks', true);
  const risks: Risk[] = [];
  if (isSeq(risksNode)) {
    risksNode.items.forEach((item, index) => {
      if (isMap(item)) risks.push(assembleRisk(readRawRisk(item, index, lines, doc), context));
    });
  }
  return {
    ...base,
    parsed: true,
    title: textOf(scalarValue(root?.get('title', true))),
    scales,
    reviewInterval,
    risks,
    syntaxErrors: [],
    schemaIssues: schemaIssues.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character),
  };
}

function readRawRisk(item: YAMLMap, index: number, lines: LineIndex, doc: Document): RawRisk {
  const fields = readFields(item, lines, doc);
  const residualNode = item.get('residual', true);
  const relatedNode = item.get('related', true);
  const related = isSeq(relatedNode)
    ? relatedNode.items.flatMap((n) => (isScalar(n) && typeof n.value === 'string' && n.value.trim() !== '' ? [{ text: n.value.trim(), span: nodeSpan(lines, n) }] : []))
    : [];
  const start = item.range![0];
  const firstLine = lines.positionAt(start).line;
  return {
    index,
    fields,
    residualFields: isMap(residualNode) ? readFields(residualNode, lines, doc) : undefined,
    related,
    span: spanOf(lines, start, item.range![1]),
    firstLine: lines.rangeOf(start, lines.lineEnd(firstLine)),
  };
}

function readFields(map: YAMLMap, lines: LineIndex, doc: Document): Map<string, RiskField> {
  const fields = new Map<string, RiskField>();
  for (const pair of map.items as Pair<Node, Node | null>[]) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const keySpan = nodeSpan(lines, pair.key);
    const v = pair.value;
    const value = v === null || v === undefined ? null : isScalar(v) ? v.value : v.toJS(doc);
    fields.set(name, { name, value, keySpan, valueSpan: v ? nodeSpan(lines, v) : spanOf(lines, keySpan.end, keySpan.end) });
  }
  return fields;
}

/** Reads `scales`, keeping the defaults for any part that is missing or invalid (the schema reports those). */
function readScales(node: unknown, lines: LineIndex, issue: (message: string, range: Range) => void): RiskScales {
  if (!isMap(node)) return DEFAULT_SCALES;
  const words = (key: 'likelihood' | 'impact'): readonly string[] => {
    const seq = node.get(key, true);
    if (!isSeq(seq) || seq.items.length !== MAX_LEVEL) return DEFAULT_SCALES[key];
    const list = seq.items.map((n) => (isScalar(n) && typeof n.value === 'string' ? n.value.trim() : ''));
    if (list.some((w) => w === '')) return DEFAULT_SCALES[key];
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const normal = normalizeScaleWord(list[i]!);
      if (seen.has(normal)) issue(`The ${key} scale names "${list[i]}" twice; each level needs its own word.`, nodeSpan(lines, seq.items[i] as Node).range);
      seen.add(normal);
    }
    return list;
  };
  const bandsNode = node.get('bands', true);
  const bandValue = (key: 'critical' | 'high' | 'medium'): number => {
    const v = isMap(bandsNode) ? scalarValue(bandsNode.get(key, true)) : undefined;
    return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 25 ? v : DEFAULT_SCALES.bands[key];
  };
  const bands = { critical: bandValue('critical'), high: bandValue('high'), medium: bandValue('medium') };
  if (isMap(bandsNode) && !(bands.critical > bands.high && bands.high > bands.medium)) {
    issue(`The bands must rise from medium to high to critical (here medium ${bands.medium}, high ${bands.high}, critical ${bands.critical}).`, nodeSpan(lines, bandsNode).range);
  }
  return { likelihood: words('likelihood'), impact: words('impact'), bands };
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
