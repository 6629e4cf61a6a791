import type { JsonSchema } from '../schema/jsonSchema';

/**
 * A line scanner for the front matter most records have: flat `key: value`,
 * `key: "quoted"`, `key: 'quoted'` and `key: [a, "b"]` lines, blank lines and `#`
 * comments. It gives what the `yaml` library's Document gives for the same text (keys,
 * value nodes and their offsets, string values) at a fraction of the cost, and answers
 * `undefined` for anything it is not certain of, so the caller falls back to `yaml`:
 * indentation, block scalars, nested maps, anchors, tags, escapes, values YAML would
 * read as numbers, booleans or null (other than plain `7`, `true`, `false`), duplicate
 * keys, and values the schema would report. `test/unit/adr/frontMatterScan.test.ts` holds it to the library.
 */

/** One top-level `key: value` pair, as offsets into the record's text. */
export interface ScannedPair {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** The value node (for `key:` with no value, an empty span where a value would start). */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The string value, or each string item of a list, with its node's offsets (quotes included). */
  readonly items: readonly ScannedItem[];
}

export interface ScannedItem {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A key at the start of a line, then `:` and a space or the end of the line. */
const KEY = /([A-Za-z_][A-Za-z0-9_-]*):(?=[ \r\n])/y;
/** Plain scalars YAML 1.2's core schema reads as something other than a string (the `yaml` library's own patterns). */
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Characters a plain scalar may not start with (YAML's indicators), or that this scanner leaves to `yaml`. */
const PLAIN_FIRST = /[-?:,[\]{}#&*!|>'"%@`\s]/;
/** What this scanner leaves to `yaml` anywhere in the block: tabs, lone CRs, control characters, BOMs, Unicode line breaks. */
const UNUSUAL = /[\t\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]|\r(?!\n)/;

type ValueKind = 'string' | 'integer' | 'boolean' | 'null' | 'list';

/** Integers and booleans whose value, written back with `String()`, is the text itself (`7`, not `007` or `1e3`). */
const CANONICAL_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;

/**
 * Scans `text[from, to)` (whole lines, ending with a line break) as flat front matter.
 * @param schema the schema `yaml`'s reading is validated against: a value it might report makes the scanner decline.
 * @returns the pairs in file order, or `undefined` when the text needs the `yaml` library.
 */
export function scanSimpleFrontMatter(text: string, from: number, to: number, schema: JsonSchema): ScannedPair[] | undefined {
  const block = text.slice(from, to);
  if (UNUSUAL.test(block)) return undefined;
  const pairs: ScannedPair[] = [];
  const seen = new Set<string>();
  let pos = from;
  while (pos < to) {
    let next = text.indexOf('\n', pos);
    if (next < 0 || next >= to) next = to;
    const lineEnd = text.charCodeAt(next - 1) === 13 && next > pos ? next - 1 : next;
    const first = text.charCodeAt(pos);
    if (first === 35 /* # */ || isBlank(text, pos, lineEnd)) {
      pos = next + 1;
      continue;
    }
    KEY.lastIndex = pos;
    const k = KEY.exec(text);
    if (!k) return undefined;
    const key = k[1]!;
    // YAML limits an implicit key to 1024 characters.
    if (NOT_A_STRING.test(key) || seen.has(key) || key.length > 1000) return undefined;
    seen.add(key);
    const keyEnd = pos + key.length;
    const pair = scanValue(text, keyEnd + 1, lineEnd, key, pos);
    if (!pair || !acceptsCached(schema, key, pair.kind)) return undefined;
    pairs.push(pair.pair);
    pos = next + 1;
  }
  if (pairs.length === 0) return undefined;
  for (const required of schema.required ?? []) if (!seen.has(required)) return undefined;
  return pairs;
}

function scanValue(text: string, afterColon: number, lineEnd: number, key: string, keyStart: number): { pair: ScannedPair; kind: ValueKind } | undefined {
  let q = afterColon;
  while (q < lineEnd && text.charCodeAt(q) === 32) q++;
  // Each pair is written out in full: spreading a shared `{ key, ... }` into it cost three times the whole scan.
  const keyEnd = afterColon - 1;
  const c = text[q];
  // `key:` with nothing, or only a comment, after it: a null value where the value would start.
  if (q === lineEnd || c === '#') return { pair: { key, keyStart, keyEnd, valueStart: q, valueEnd: q, items: [] }, kind: 'null' };
  if (c === '"' || c === "'") {
    const quoted = scanQuoted(text, q, lineEnd);
    if (!quoted || !restIsComment(text, quoted.end, lineEnd)) return undefined;
    return { pair: { key, keyStart, keyEnd, valueStart: q, valueEnd: quoted.end, items: [quoted] }, kind: 'string' };
  }
  if (c === '[') {
    const list = scanFlowList(text, q, lineEnd);
    if (!list || !restIsComment(text, list.end, lineEnd)) return undefined;
    return { pair: { key, keyStart, keyEnd, valueStart: q, valueEnd: list.end, items: list.items }, kind: 'list' };
  }
  if (PLAIN_FIRST.test(c!)) return undefined;
  let end = lineEnd;
  // A comment starts at a "#" after a space (searched on this line only).
  for (let i = q + 1; i < lineEnd; i++) {
    if (text.charCodeAt(i) === 35 && text.charCodeAt(i - 1) === 32) {
      end = i;
      break;
    }
  }
  while (end > q && text.charCodeAt(end - 1) === 32) end--;
  const value = text.slice(q, end);
  if (value.includes(': ') || value.endsWith(':')) return undefined;
  let kind: ValueKind = 'string';
  if (NOT_A_STRING.test(value)) {
    if (CANONICAL_INTEGER.test(value)) kind = 'integer';
    else if (value === 'true' || value === 'false') kind = 'boolean';
    else return undefined;
  }
  return { pair: { key, keyStart, keyEnd, valueStart: q, valueEnd: end, items: [{ text: value, start: q, end }] }, kind };
}

/** `"text"` without escapes, or `'text'` (where `''` is a quote), on one line. */
function scanQuoted(text: string, q: number, lineEnd: number): ScannedItem | undefined {
  const quote = text[q]!;
  if (quote === '"') {
    const close = text.indexOf('"', q + 1);
    if (close < 0 || close >= lineEnd) return undefined;
    const value = text.slice(q + 1, close);
    return value.includes('\\') ? undefined : { text: value, start: q, end: close + 1 };
  }
  let value = '';
  let i = q + 1;
  for (;;) {
    const close = text.indexOf("'", i);
    if (close < 0 || close >= lineEnd) return undefined;
    value += text.slice(i, close);
    if (text[close + 1] !== "'") return { text: value, start: q, end: close + 1 };
    value += "'";
    i = close + 2;
  }
}

/** `[a, "b", 'c']` on one line: string items only, no trailing comma, nothing nested. */
function scanFlowList(text: string, q: number, lineEnd: number): { items: ScannedItem[]; end: number } | undefined {
  const items: ScannedItem[] = [];
  let i = q + 1;
  const skipSpaces = () => {
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
  };
  skipSpaces();
  if (text[i] === ']') return { items, end: i + 1 };
  for (;;) {
    skipSpaces();
    const c = text[i];
    if (i >= lineEnd) return undefined;
    if (c === '"' || c === "'") {
      const quoted = scanQuoted(text, i, lineEnd);
      if (!quoted) return undefined;
      items.push(quoted);
      i = quoted.end;
    } else {
      if (PLAIN_FIRST.test(c!)) return undefined;
      const start = i;
      while (i < lineEnd && !',]:#[{}'.includes(text[i]!)) i++;
      let end = i;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
      const value = text.slice(start, end);
      if (!value || NOT_A_STRING.test(value)) return undefined;
      items.push({ text: value, start, end });
    }
    skipSpaces();
    if (text[i] === ']') return { items, end: i + 1 };
    if (text[i] !== ',') return undefined;
    i++;
    skipSpaces();
    if (text[i] === ']') return undefined;
  }
}

/** Nothing but spaces, or spaces and then a comment, from `at` to the end of the line. */
function restIsComment(text: string, at: number, lineEnd: number): boolean {
  let i = at;
  while (i < lineEnd && text.charCodeAt(i) === 32) i++;
  return i === lineEnd || (i > at && text.charCodeAt(i) === 35);
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

const ACCEPTS = new WeakMap<JsonSchema, Map<string, boolean>>();

/** `accepts`, remembered per schema, key and kind (records repeat the same few keys). */
function acceptsCached(schema: JsonSchema, key: string, kind: ValueKind): boolean {
  let known = ACCEPTS.get(schema);
  if (!known) ACCEPTS.set(schema, (known = new Map()));
  const id = `${kind}:${key}`;
  let answer = known.get(id);
  if (answer === undefined) {
    answer = accepts(schema, key, kind);
    // Keys are written by people: keep the memo from growing without bound.
    if (known.size < 1000) known.set(id, answer);
  }
  return answer;
}

/**
 * Whether the schema takes a value of this kind for this key without a problem (what
 * `validateYamlTree` would report nothing for); `false` when unsure.
 */
function accepts(root: JsonSchema, key: string, kind: ValueKind): boolean {
  const resolve = (s: JsonSchema): JsonSchema | undefined => {
    let cur: JsonSchema | undefined = s;
    for (let guard = 0; cur?.$ref && guard < 16; guard++) {
      const name: string | undefined = /^#\/definitions\/(.+)$/.exec(cur.$ref)?.[1];
      cur = name ? root.definitions?.[name] : undefined;
    }
    return cur;
  };
  const typeAllows = (s: JsonSchema, k: ValueKind) => {
    if (s.type === undefined) return true;
    const types: readonly string[] = Array.isArray(s.type) ? s.type : [s.type];
    return types.includes(k === 'list' ? 'array' : k) || (k === 'integer' && types.includes('number'));
  };
  const constrained = (s: JsonSchema) => s.enum !== undefined || s.pattern !== undefined || s.minLength !== undefined || s.format !== undefined || s.minItems !== undefined || s.maxItems !== undefined || s.minimum !== undefined || s.maximum !== undefined || s.anyOf !== undefined;
  const takes = (s: JsonSchema | undefined, k: ValueKind): boolean => {
    const sch = s && resolve(s);
    if (!sch) return false;
    if (sch.anyOf) return sch.anyOf.some((alt) => {
      const a = resolve(alt);
      return a !== undefined && typeAllows(a, k) && a.enum === undefined && a.pattern === undefined && a.minimum === undefined && a.maximum === undefined;
    });
    if (!typeAllows(sch, k) || constrained(sch)) return false;
    return k !== 'list' || sch.items === undefined || takes(sch.items, 'string');
  };
  if (root.type !== undefined && root.type !== 'object') return false;
  // Own properties only, as the validator reads them: `constructor` is not a known key.
  const props = root.properties;
  if (props && Object.prototype.hasOwnProperty.call(props, key)) return takes(props[key], kind);
  for (const [pattern, sub] of Object.entries(root.patternProperties ?? {})) if (new RegExp(pattern).test(key)) return takes(sub, kind);
  const extra = root.additionalProperties;
  return extra === undefined || extra === true || (typeof extra === 'object' && takes(extra, kind));
}
