import * as assert from 'node:assert/strict';
import type { JsonSchema } from '../../../src/core/schema/jsonSchema';
import { RISK_STATUSES } from '../../../src/core/risk/model';
import { RISK_KEYS, RISK_REGISTER_SCHEMA } from '../../../src/core/risk/schema';

function propertiesWithoutDescription(schema: JsonSchema, at: string, out: string[]): string[] {
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    if (!sub.description) out.push(`${at}${key}`);
    propertiesWithoutDescription(sub, `${at}${key}.`, out);
  }
  for (const [name, sub] of Object.entries(schema.definitions ?? {})) propertiesWithoutDescription(sub, `#${name}.`, out);
  return out;
}

describe('risk-register schema', () => {
  it('is draft-07 and describes every property', () => {
    assert.equal(RISK_REGISTER_SCHEMA.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(propertiesWithoutDescription(RISK_REGISTER_SCHEMA, '', []), []);
  });

  it('lists the statuses the model knows, and the keys new risks are written with', () => {
    assert.deepEqual(RISK_REGISTER_SCHEMA.definitions!['risk']!.properties!['status']!.enum, [...RISK_STATUSES]);
    assert.deepEqual(RISK_KEYS.slice(0, 4), ['id', 'title', 'description', 'category']);
    assert.ok(RISK_KEYS.includes('resolution'));
  });
});
