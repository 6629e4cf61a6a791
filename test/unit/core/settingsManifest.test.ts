import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ADR_STATUS_VALUES } from '../../../src/core/adr/model';
import { BUILT_IN_TEMPLATE_IDS, BUILT_IN_TEMPLATES } from '../../../src/core/adr/write/templates/builtInTemplates';

const root = path.resolve(__dirname, '../../../..');

interface SettingSchema {
  readonly enum?: readonly string[];
  readonly enumDescriptions?: readonly string[];
  readonly enumItemLabels?: readonly string[];
}

function settings(): Record<string, SettingSchema> {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, SettingSchema> }[] } };
  return Object.assign({}, ...pkg.contributes.configuration.map((c) => c.properties)) as Record<string, SettingSchema>;
}

describe('settings offer their values as a list', () => {
  it('describes every value of every listed setting (enum and enumDescriptions never drift apart)', () => {
    for (const [key, s] of Object.entries(settings())) {
      if (!s.enum) continue;
      assert.equal(s.enumDescriptions?.length, s.enum.length, `${key}: one description per value`);
      if (s.enumItemLabels) assert.equal(s.enumItemLabels.length, s.enum.length, `${key}: one label per value`);
    }
  });

  it('lists the built-in templates as the core names and describes them', () => {
    const template = settings()['techlead.adr.template']!;
    assert.deepEqual(template.enum, ['', ...BUILT_IN_TEMPLATE_IDS]);
    assert.deepEqual(template.enumItemLabels?.slice(1), BUILT_IN_TEMPLATE_IDS.map((id) => BUILT_IN_TEMPLATES[id].label));
    assert.deepEqual(template.enumDescriptions?.slice(1), BUILT_IN_TEMPLATE_IDS.map((id) => BUILT_IN_TEMPLATES[id].description));
  });

  it('offers statuses a new record can start in, each one the core knows', () => {
    const status = settings()['techlead.adr.defaultStatus']!;
    assert.deepEqual(status.enum, ['proposed', 'draft', 'accepted']);
    for (const value of status.enum ?? []) assert.ok(ADR_STATUS_VALUES.includes(value as never), value);
  });
});
