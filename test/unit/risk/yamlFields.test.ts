import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { FieldOffsets, fieldShape, YamlFields } from '../../../src/core/risk/parse/yamlFields';
import { parse } from './helpers';

/** The compact map of a risk's `key: value` pairs (memory: one shape for all, values, offsets). */
describe('YAML risk fields', () => {
  const REGISTER = [
    'risks:',
    '  - id: RISK-1',
    '    title: Card processor outage',
    '    likelihood: 3',
    '    owner:',
    '    residual: { likelihood: 1, impact: 2 }',
    '  - id: RISK-2',
    '    title: Second',
    '    likelihood: 2',
    '    owner: Dana',
    '    residual: { likelihood: 1, impact: 1 }',
    '',
  ].join('\n');

  it('looks fields up by name, and lists the keys in the order they are written', () => {
    const { text, risks } = parse(REGISTER);
    const fields = risks[0]!.fields;
    assert.deepEqual(fields.names, ['id', 'title', 'likelihood', 'owner', 'residual']);
    assert.deepEqual(
      fields.names.map((name) => fields.get(name)!.name),
      fields.names,
    );
    assert.equal(fields.get('due'), undefined);
    assert.equal(fields.value('due'), undefined);
    assert.deepEqual(
      fields.names.slice(0, 3).map((name) => fields.get(name)!.value),
      ['RISK-1', 'Card processor outage', 3],
    );

    const title = fields.get('title')!;
    assert.equal(title.value, 'Card processor outage');
    assert.equal(fields.value('title'), 'Card processor outage');
    assert.equal(text.slice(title.keySpan.start, title.keySpan.end), 'title');
    assert.equal(text.slice(title.valueSpan.start, title.valueSpan.end), 'Card processor outage');
    assert.deepEqual(title.valueSpan.range.start, { line: 2, character: 11 });
  });

  it('gives a key with no value an empty span right after the key, and a null value', () => {
    const { text, risks } = parse(REGISTER);
    const owner = risks[0]!.fields.get('owner')!;
    assert.equal(owner.value, null);
    assert.equal(owner.valueSpan.start, owner.valueSpan.end);
    assert.equal(text.slice(owner.keySpan.start, owner.keySpan.end), 'owner');
  });

  it('locates the fields of every risk and of nested residual mappings in one register', () => {
    const { text, risks } = parse(REGISTER);
    const at = (span: { start: number; end: number }) => text.slice(span.start, span.end);
    assert.equal(at(risks[1]!.fields.get('owner')!.valueSpan), 'Dana');
    assert.equal(at(risks[1]!.fields.get('id')!.keySpan), 'id');
    assert.equal(at(risks[0]!.residual!.fields.get('impact')!.valueSpan), '2');
    assert.equal(at(risks[1]!.residual!.fields.get('impact')!.valueSpan), '1');
    assert.equal(risks[1]!.residual!.fields.value('likelihood'), 1);
  });

  it('shares one shape between mappings with the same keys in the same order', () => {
    const a = fieldShape(['id', 'title'], (n) => n);
    assert.equal(fieldShape(['id', 'title'], (n) => n), a);
    assert.notEqual(fieldShape(['title', 'id'], (n) => n), a);
    assert.notEqual(fieldShape(['id'], (n) => n), a);
    // The readers refuse a key written twice; a lookup would find the last, as Map.set keeps it.
    assert.equal(fieldShape(['id', 'title', 'id'], (n) => n).index.get('id'), 2);
  });

  it('makes a new field object on each get, equal to the last', () => {
    const text = 'a: 1\nb: two\n';
    const offsets = new FieldOffsets();
    offsets.data.push(99, 99, 99, 99, 0, 1, 3, 4, 5, 6, 8, 11);
    const fields = new YamlFields(fieldShape(['a', 'b'], (n) => n), [1, 'two'], offsets, 4, new LineIndex(text));
    assert.notEqual(fields.get('b'), fields.get('b'));
    assert.deepEqual(fields.get('b')!.valueSpan.range, { start: { line: 1, character: 3 }, end: { line: 1, character: 6 } });
    assert.equal(fields.value('a'), 1);
  });
});
