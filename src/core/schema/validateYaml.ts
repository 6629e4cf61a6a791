import type { Document } from 'yaml';
import { didYouMean } from '../util/didYouMean';
import { compiledSchema, type CompiledSchema } from './compiledSchema';
import { isDateText } from './dateFormat';
import { treeOfDocument } from '../yaml/fromYaml';
import type { JsonSchema } from './jsonSchema';
import type { YamlTreeMap, YamlTreeNode, YamlTreeScalar, YamlTreeSeq } from '../yaml/tree';
import { plural } from '../text/plural';

/** One schema violation, located by UTF-16 offsets into the YAML text. */
export interface SchemaProblem {
  readonly message: string;
  /** Dotted path of the offending value, e.g. `risks[3].likelihood`. */
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Validates a parsed YAML document against a JSON schema, walking the YAML nodes (not
 * plain JS values) so every problem points at the exact key or value in the file.
 */
export function validateYamlDocument(doc: Document, schema: JsonSchema): SchemaProblem[] {
  return validateYamlTree(treeOfDocument(doc), schema);
}

/** {@link validateYamlDocument} for a tree already built (by the YAML scanner, or `treeOfDocument`). */
export function validateYamlTree(root: YamlTreeNode | null, schema: JsonSchema): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  visit(root, compiledSchema(schema), ROOT, problems);
  return problems;
}

/**
 * Where a node is: its parent's path and its own key or index. The dotted path string is
 * only built when a problem is reported or a collection is entered, not for every value.
 */
interface Place {
  readonly parentPath: string;
  readonly step: string | number | undefined;
  /** The key whose value the node is: where a problem with an empty value points. */
  readonly key: YamlTreeScalar | undefined;
}

const ROOT: Place = { parentPath: '', step: undefined, key: undefined };

function pathOf(place: Place): string {
  const { parentPath, step } = place;
  if (step === undefined) return parentPath;
  if (typeof step === 'number') return `${parentPath}[${step}]`;
  return parentPath ? `${parentPath}.${step}` : step;
}

function visit(node: YamlTreeNode | null, sch: CompiledSchema, place: Place, problems: SchemaProblem[]): void {
  const alternatives = sch.anyOf;
  if (alternatives) {
    if (!fitsAny(node, alternatives)) report(problems, node, place, `${label(place)} ${describeAnyOf(alternatives)}.`);
    return;
  }

  const actual = typeOfNode(node);
  if (!sch.allows(actual)) {
    report(problems, node, place, `${label(place)} should be ${sch.types!.map(article).join(' or ')}, not ${article(actual)}.`);
    return;
  }
  if (node === null) return;
  if (node.kind === 'scalar') checkScalar(node, sch, place, problems);
  else if (node.kind === 'seq') checkSeq(node, sch, place, problems);
  else if (node.kind === 'map') checkMap(node, sch, place, problems);
}

/** A problem with the node itself, or with the key of an empty value. */
function report(problems: SchemaProblem[], node: YamlTreeNode | null, place: Place, message: string): void {
  const at = node ?? place.key;
  problems.push({ message, path: pathOf(place), start: at ? at.start : 0, end: at ? at.end : 0 });
}

function checkScalar(node: YamlTreeScalar, sch: CompiledSchema, place: Place, problems: SchemaProblem[]): void {
  const s = sch.source;
  const v = node.value;
  if (s.enum && !includesExactly(s.enum, v)) {
    const words = sch.enumWords!;
    report(problems, node, place, `${label(place)} "${String(v)}" is not one of ${words.join(', ')}.${didYouMean(String(v), words)}`);
    return;
  }
  if (typeof v === 'string') {
    if (s.minLength !== undefined && v.trim().length < s.minLength) report(problems, node, place, `${label(place)} must not be empty.`);
    if (sch.pattern && !sch.pattern.test(v)) report(problems, node, place, `${label(place)} "${v}" does not have the expected form${s.description ? ` (${s.description})` : ''}.`);
    if (s.format === 'date' && !isDateText(v)) report(problems, node, place, `${label(place)} "${v}" is not a date in the form YYYY-MM-DD.`);
  }
  if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum) report(problems, node, place, `${label(place)} must be at least ${s.minimum}.`);
    if (s.maximum !== undefined && v > s.maximum) report(problems, node, place, `${label(place)} must be at most ${s.maximum}.`);
  }
}

function checkSeq(node: YamlTreeSeq, sch: CompiledSchema, place: Place, problems: SchemaProblem[]): void {
  const s = sch.source;
  const count = node.items.length;
  if (s.minItems !== undefined && count < s.minItems) report(problems, node, place, `${label(place)} needs at least ${plural(s.minItems, 'item')}.`);
  if (s.maxItems !== undefined && count > s.maxItems) report(problems, node, place, `${label(place)} may have at most ${plural(s.maxItems, 'item')}.`);
  const items = sch.items;
  if (!items) return;
  const path = pathOf(place);
  const child = { parentPath: path, step: 0, key: undefined };
  for (let i = 0; i < count; i++) {
    child.step = i;
    visit(node.items[i]!, items, child, problems);
  }
}

function checkMap(node: YamlTreeMap, sch: CompiledSchema, place: Place, problems: SchemaProblem[]): void {
  const s = sch.source;
  const path = pathOf(place);
  // One place for all the pairs, moved along: a visit reads it only while it runs.
  const child: { parentPath: string; step: string; key: YamlTreeScalar | undefined } = { parentPath: path, step: '', key: undefined };
  for (const pair of node.pairs) {
    const name = String(pair.key.value);
    child.step = name;
    child.key = pair.key;
    const propSchema = sch.property(name);
    if (propSchema) {
      visit(pair.value, propSchema, child, problems);
    } else if (s.additionalProperties === false) {
      const known = Object.keys(s.properties ?? {});
      problems.push({ message: `Unknown key "${name}"${path ? ` in ${path}` : ''}.${didYouMean(name, known)}`, path: pathOf(child), start: pair.key.start, end: pair.key.end });
    } else if (sch.additional) {
      visit(pair.value, sch.additional, child, problems);
    }
  }
  if (!s.required) return;
  for (const req of s.required) {
    if (hasKey(node, req)) continue;
    const key = place.key;
    const [from, to] = key ? [key.start, key.end] : [node.start, Math.min(node.end, node.start + 1)];
    problems.push({ message: `${label(place)} is missing "${req}".`, path, start: from, end: to });
  }
}

/*
 * Loops rather than `some` with an arrow function: a function whose arrow captures a local
 * allocates a context on every call, and these run for every value of every file.
 */

function fitsAny(node: YamlTreeNode | null, alternatives: readonly CompiledSchema[]): boolean {
  for (const alt of alternatives) if (fitsSilently(node, alt)) return true;
  return false;
}

/** `===` for each (unlike `includes`, NaN is never found, as with the `some` it replaces). */
function includesExactly(list: readonly unknown[], value: unknown): boolean {
  for (const item of list) if (item === value) return true;
  return false;
}

function hasKey(map: YamlTreeMap, key: string): boolean {
  for (const pair of map.pairs) if (String(pair.key.value) === key) return true;
  return false;
}

/** Whether a node fits one `anyOf` alternative: its type, enum, pattern and number limits. */
function fitsSilently(node: YamlTreeNode | null, sch: CompiledSchema): boolean {
  if (!sch.allows(typeOfNode(node))) return false;
  if (node === null || node.kind !== 'scalar') return true;
  const v = node.value;
  const s = sch.source;
  if (s.enum && !includesExactly(s.enum, v)) return false;
  if (sch.pattern && typeof v === 'string' && !sch.pattern.test(v)) return false;
  if (typeof v === 'number' && ((s.minimum !== undefined && v < s.minimum) || (s.maximum !== undefined && v > s.maximum))) return false;
  return true;
}

function describeAnyOf(alts: readonly CompiledSchema[]): string {
  const parts = alts.map(({ source: a }) => {
    if (a.enum) return `one of ${a.enum.map(String).join(', ')}`;
    if (a.type === 'integer' && a.minimum !== undefined && a.maximum !== undefined) return `a whole number from ${a.minimum} to ${a.maximum}`;
    return a.description ?? article((Array.isArray(a.type) ? a.type[0] : a.type) ?? 'value');
  });
  return `should be ${parts.join(', or ')}`;
}

function typeOfNode(node: YamlTreeNode | null): string {
  if (node === null) return 'null';
  switch (node.kind) {
    case 'map':
      return 'object';
    case 'seq':
      return 'array';
    case 'scalar': {
      const v = node.value;
      if (v === null) return 'null';
      if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
      if (typeof v === 'boolean') return 'boolean';
      return 'string';
    }
    default:
      return 'unknown';
  }
}

function article(t: string): string {
  switch (t) {
    case 'object': return 'a mapping';
    case 'array': return 'a list';
    case 'null': return 'empty';
    case 'integer': return 'a whole number';
    case 'integer?': return 'a whole number';
    default: return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
  }
}

function label(place: Place): string {
  const path = pathOf(place);
  return path ? `"${path}"` : 'The file';
}
