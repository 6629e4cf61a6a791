import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import type { JsonSchema } from '../../../src/core/schema/jsonSchema';
import { isDateText } from '../../../src/core/schema/dateFormat';
import { validateYamlDocument, validateYamlTree } from '../../../src/core/schema/validateYaml';
import { treeOfDocument } from '../../../src/core/yaml/fromYaml';
import { scanSimpleYaml } from '../../../src/core/yaml/scanner/scanSimpleYaml';
import { plainValue, valueAt, type YamlTreeMap } from '../../../src/core/yaml/tree';

/** A schema with one of everything the validator reads. */
const SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    kind: { enum: ['service', 'library'] },
    code: { type: 'string', pattern: '^[A-Z]{3}$', description: 'three capitals' },
    since: { $ref: '#/definitions/date' },
    level: { anyOf: [{ type: 'integer', minimum: 1, maximum: 5 }, { description: 'a word of the scale', type: 'string' }] },
    size: { type: 'number', minimum: 0, maximum: 10 },
    tags: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string' } },
    owner: { type: 'object', required: ['email'], properties: { email: { type: 'string' } }, additionalProperties: { type: 'integer' } },
    extra: { type: ['string', 'null'] },
  },
  patternProperties: { '^x-': { type: 'boolean' } },
  definitions: { date: { type: ['string', 'null'], format: 'date' } },
};

function problems(text: string, schema: JsonSchema = SCHEMA): string[] {
  return validateYamlDocument(parseDocument(text), schema).map((p) => `${p.path} ${p.start}-${p.end}: ${p.message}`);
}

describe('YAML schema validator', () => {
  it('is quiet for a document that fits', () => {
    assert.deepEqual(problems('name: a\nkind: service\ncode: ABC\nsince: 2026-01-31\nlevel: 3\nsize: 2.5\ntags: [x]\nowner: { email: e, age: 3 }\nextra:\nx-flag: true\n'), []);
  });

  it('reports types, enums, lengths, patterns, dates and number limits at the value', () => {
    assert.deepEqual(problems('name: ""\nkind: servce\ncode: abc\nsince: 2026-13-01\nsize: 11\n'), [
      'name 6-8: "name" must not be empty.',
      'kind 15-21: "kind" "servce" is not one of service, library. Did you mean "service"?',
      'code 28-31: "code" "abc" does not have the expected form (three capitals).',
      'since 39-49: "since" "2026-13-01" is not a date in the form YYYY-MM-DD.',
      'size 56-58: "size" must be at most 10.',
    ]);
    assert.deepEqual(problems('name: [a]\nsize: -1\nextra: 3\n'), [
      'name 6-9: "name" should be a string, not a list.',
      'size 16-18: "size" must be at least 0.',
      'extra 26-27: "extra" should be a string or empty, not a whole number.',
    ]);
  });

  it('describes every alternative of an anyOf it fails', () => {
    assert.deepEqual(problems('name: a\nlevel: 9\n'), ['level 15-16: "level" should be a whole number from 1 to 5, or a word of the scale.']);
    assert.deepEqual(problems('name: a\nlevel: [1]\n'), ['level 15-18: "level" should be a whole number from 1 to 5, or a word of the scale.']);
  });

  it('counts list items and checks each with its path', () => {
    assert.deepEqual(problems('name: a\ntags: []\n'), ['tags 14-16: "tags" needs at least 1 item.']);
    assert.deepEqual(problems('name: a\ntags: [a, 2, c]\n'), ['tags 14-23: "tags" may have at most 2 items.', 'tags[1] 18-19: "tags[1]" should be a string, not a whole number.']);
  });

  it('reports unknown keys at the key, and missing keys at the key of the mapping (or its start)', () => {
    assert.deepEqual(problems('nme: a\nowner:\n  age: x\n'), [
      'nme 0-3: Unknown key "nme". Did you mean "name"?',
      'owner.age 21-22: "owner.age" should be a whole number, not a string.',
      'owner 7-12: "owner" is missing "email".',
      ' 0-1: The file is missing "name".',
    ]);
    assert.deepEqual(problems('name: a\nx-flag: 1\nx-other: true\n'), ['x-flag 16-17: "x-flag" should be a boolean, not a whole number.']);
  });

  it('points at an empty value, at the key of a missing one, and reads an empty file as empty', () => {
    assert.deepEqual(problems('name:\n'), ['name 5-5: "name" should be a string, not empty.']);
    assert.deepEqual(problems('? name\n'), ['name 2-6: "name" should be a string, not empty.']);
    assert.deepEqual(problems(''), [' 0-0: The file should be a mapping, not empty.']);
  });

  it('knows only the schema\'s own properties: names every object inherits are unknown keys', () => {
    assert.deepEqual(problems('name: a\nconstructor: 1\ntoString: 2\n__proto__: 3\n'), [
      'constructor 8-19: Unknown key "constructor".',
      'toString 23-31: Unknown key "toString".',
      '__proto__ 35-44: Unknown key "__proto__".',
    ]);
  });

  it('gives aliases and other nodes no type a schema knows', () => {
    assert.deepEqual(problems('name: &n a\nextra: *n\n'), ['extra 18-20: "extra" should be a string or empty, not an unknown.']);
  });

  it("validates the scanner's own tree exactly as the yaml document of the same text", () => {
    const text = 'nme: a\nkind: x\nlevel: 7\ntags: [1, 2, 3]\nowner: { email: 3, n: y }\n';
    const scanned = scanSimpleYaml(text);
    assert.ok(scanned, 'the scanner should read this text itself');
    const problems = validateYamlTree(scanned, SCHEMA);
    assert.ok(problems.length >= 4, JSON.stringify(problems));
    assert.deepEqual(problems, validateYamlDocument(parseDocument(text), SCHEMA));
  });
});

describe('YAML tree', () => {
  it("converts a yaml document, keeping yaml's own plain values for aliases and tags", () => {
    const doc = parseDocument('a: &x { b: [1, "2"] }\nc: *x\nd: !!set { p, q }\n? [complex]\n: key\ne:\n');
    const root = treeOfDocument(doc) as YamlTreeMap;
    assert.deepEqual(root.pairs.map((p) => p.key.value), ['a', 'c', 'd', 'e']);
    assert.deepEqual(plainValue(valueAt(root, 'a')!), { b: [1, '2'] });
    assert.deepEqual(plainValue(valueAt(root, 'c')!), { b: [1, '2'] });
    assert.ok(plainValue(valueAt(root, 'd')!) instanceof Set);
    assert.equal(valueAt(root, 'c')!.kind, 'other');
    assert.deepEqual(plainValue(root), doc.toJS());
    assert.equal(plainValue(valueAt(root, 'e')!), null);
    assert.equal(valueAt(root, 'missing'), undefined);
  });

  it('builds plain objects as yaml does, even for keys an object already has', () => {
    const map: YamlTreeMap = {
      kind: 'map',
      start: 0,
      end: 0,
      nodeEnd: 0,
      pairs: [
        { key: { kind: 'scalar', value: '__proto__', start: 0, end: 0, nodeEnd: 0 }, value: { kind: 'scalar', value: 1, start: 0, end: 0, nodeEnd: 0 } },
        { key: { kind: 'scalar', value: 2, start: 0, end: 0, nodeEnd: 0 }, value: null },
        { key: { kind: 'scalar', value: null, start: 0, end: 0, nodeEnd: 0 }, value: { kind: 'seq', items: [], start: 0, end: 0, nodeEnd: 0 } },
      ],
    };
    const plain = plainValue(map) as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(plain), Object.prototype);
    assert.deepEqual(Object.entries(plain), [['2', null], ['__proto__', 1], ['', []]]);
    assert.deepEqual(plain, parseDocument('__proto__: 1\n2:\n? null\n: []\n').toJS());
  });
});

describe('format: date', () => {
  it('accepts YYYY-MM-DD naming a real day, and nothing Date.parse would stretch (2026-02-31)', () => {
    for (const text of ['2026-01-05', '2024-02-29', '2000-02-29', '9999-12-31', '0100-01-01']) assert.equal(isDateText(text), true, text);
    for (const text of ['2026-02-31', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '0099-12-31']) assert.equal(isDateText(text), false, text);
    for (const text of ['2026-1-05', '2026-01-05T10:00', ' 2026-01-05', 'today', '']) assert.equal(isDateText(text), false, text);
  });
});
