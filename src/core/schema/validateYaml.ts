import { isMap, isScalar, isSeq, type Node, type Document, isPair, type Pair } from 'yaml';
import { didYouMean } from '../util/didYouMean';
import type { JsonSchema, JsonType } from './jsonSchema';

/** One schema violation, located by UTF-16 offsets into the YAML text. */
export interface SchemaProblem {
  readonly message: string;
  /** Dotted path of the offending value, e.g. `risks[3].likelihood`. */
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Validates a parsed YAML document against a JSON schema, walking the YAML nodes (not
 * plain JS values) so every problem points at the exact key or value in the file.
 */
export function validateYamlDocument(doc: Document, schema: JsonSchema): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const root = schema;
  const resolve = (s: JsonSchema): JsonSchema => {
    let cur = s;
    for (let guard = 0; cur.$ref && guard < 16; guard++) {
      const name = /^#\/definitions\/(.+)$/.exec(cur.$ref)?.[1];
      const target = name ? root.definitions?.[name] : undefined;
      if (!target) throw new Error(`unsupported $ref ${cur.$ref}`);
      cur = target;
    }
    return cur;
  };

  const visit = (node: Node | null | undefined, s: JsonSchema, path: string, keyNode?: Node): void => {
    const sch = resolve(s);
    const [start, end] = rangeOf(node ?? keyNode);
    const report = (message: string, at: [number, number] = [start, end]) =>
      problems.push({ message, path, start: at[0], end: at[1] });

    if (sch.anyOf) {
      const fits = sch.anyOf.some((alt) => {
        const sub = validateNodeSilently(node, alt, resolve);
        return sub === 0;
      });
      if (!fits) report(`${label(path)} ${describeAnyOf(sch.anyOf.map(resolve))}.`);
      return;
    }

    const actual = typeOfNode(node);
    if (sch.type) {
      const allowed = (Array.isArray(sch.type) ? sch.type : [sch.type]) as readonly JsonType[];
      if (!allowed.some((t) => typeMatches(t, actual, node))) {
        report(`${label(path)} should be ${allowed.map(article).join(' or ')}, not ${article(actual)}.`);
        return;
      }
    }
    if (sch.enum && isScalar(node)) {
      if (!sch.enum.some((v) => v === node.value)) {
        const words = sch.enum.map(String);
        report(`${label(path)} "${String(node.value)}" is not one of ${words.join(', ')}.${didYouMean(String(node.value), words)}`);
        return;
      }
    }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') {
        if (sch.minLength !== undefined && v.trim().length < sch.minLength) report(`${label(path)} must not be empty.`);
        if (sch.pattern && !new RegExp(sch.pattern).test(v)) report(`${label(path)} "${v}" does not have the expected form${sch.description ? ` (${sch.description})` : ''}.`);
        if (sch.format === 'date' && (!ISO_DATE.test(v) || Number.isNaN(Date.parse(v)))) report(`${label(path)} "${v}" is not a date in the form YYYY-MM-DD.`);
      }
      if (typeof v === 'number') {
        if (sch.minimum !== undefined && v < sch.minimum) report(`${label(path)} must be at least ${sch.minimum}.`);
        if (sch.maximum !== undefined && v > sch.maximum) report(`${label(path)} must be at most ${sch.maximum}.`);
      }
      return;
    }
    if (isSeq(node)) {
      if (sch.minItems !== undefined && node.items.length < sch.minItems) report(`${label(path)} needs at least ${sch.minItems} item${sch.minItems === 1 ? '' : 's'}.`);
      if (sch.maxItems !== undefined && node.items.length > sch.maxItems) report(`${label(path)} may have at most ${sch.maxItems} item${sch.maxItems === 1 ? '' : 's'}.`);
      if (sch.items) node.items.forEach((item, i) => visit(item as Node, sch.items!, `${path}[${i}]`));
      return;
    }
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items as Pair<Node, Node>[]) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        seen.add(key);
        const childPath = path ? `${path}.${key}` : key;
        const propSchema = sch.properties?.[key] ?? patternSchema(sch, key);
        if (propSchema) {
          visit(pair.value, propSchema, childPath, pair.key);
        } else if (sch.additionalProperties === false) {
          const known = Object.keys(sch.properties ?? {});
          problems.push({ message: `Unknown key "${key}"${path ? ` in ${path}` : ''}.${didYouMean(key, known)}`, path: childPath, ...offsets(pair.key) });
        } else if (typeof sch.additionalProperties === 'object') {
          visit(pair.value, sch.additionalProperties, childPath, pair.key);
        }
      }
      for (const req of sch.required ?? []) {
        if (!seen.has(req)) report(`${label(path)} is missing "${req}".`, keyNode ? rangeOf(keyNode) : [start, Math.min(end, start + 1)]);
      }
    }
  };

  visit(doc.contents as Node | null, schema, '');
  return problems;
}

function patternSchema(s: JsonSchema, key: string): JsonSchema | undefined {
  for (const [pattern, sub] of Object.entries(s.patternProperties ?? {})) if (new RegExp(pattern).test(key)) return sub;
  return undefined;
}

function validateNodeSilently(node: Node | null | undefined, s: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): number {
  const sch = resolve(s);
  const actual = typeOfNode(node);
  if (sch.type) {
    const allowed = (Array.isArray(sch.type) ? sch.type : [sch.type]) as readonly JsonType[];
    if (!allowed.some((t) => typeMatches(t, actual, node))) return 1;
  }
  if (sch.enum && isScalar(node) && !sch.enum.some((v) => v === node.value)) return 1;
  if (sch.pattern && isScalar(node) && typeof node.value === 'string' && !new RegExp(sch.pattern).test(node.value)) return 1;
  if (sch.minimum !== undefined && isScalar(node) && typeof node.value === 'number' && node.value < sch.minimum) return 1;
  if (sch.maximum !== undefined && isScalar(node) && typeof node.value === 'number' && node.value > sch.maximum) return 1;
  return 0;
}

function describeAnyOf(alts: readonly JsonSchema[]): string {
  const parts = alts.map((a) => {
    if (a.enum) return `one of ${a.enum.map(String).join(', ')}`;
    if (a.type === 'integer' && a.minimum !== undefined && a.maximum !== undefined) return `a whole number from ${a.minimum} to ${a.maximum}`;
    return a.description ?? article((Array.isArray(a.type) ? a.type[0] : a.type) ?? 'value');
  });
  return `should be ${parts.join(', or ')}`;
}

function typeOfNode(node: Node | null | undefined): string {
  if (node === null || node === undefined) return 'null';
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'null';
    if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
    if (typeof v === 'boolean') return 'boolean';
    return 'string';
  }
  return 'unknown';
}

function typeMatches(want: JsonType, actual: string, _node: Node | null | undefined): boolean {
  if (want === actual) return true;
  if (want === 'number' && actual === 'integer') return true;
  return false;
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

function label(path: string): string {
  return path ? `"${path}"` : 'The file';
}

function rangeOf(node: Node | null | undefined): [number, number] {
  const r = node && (node as { range?: [number, number, number] }).range;
  return r ? [r[0], r[1]] : [0, 0];
}

function offsets(node: unknown): { start: number; end: number } {
  const [start, end] = rangeOf(isPair(node) ? (node.key as Node) : (node as Node));
  return { start, end };
}
