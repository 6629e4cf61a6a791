import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RISK_RULES } from '../../../src/core/risk/rules';

const DOCS = path.resolve(__dirname, '../../../../docs/rules');

describe('risk rule docs', () => {
  for (const rule of RISK_RULES) {
    it(`${rule.id} has a page that matches the rule`, () => {
      const file = path.join(DOCS, `${rule.id}.md`);
      assert.ok(fs.existsSync(file), `missing ${file}`);
      const text = fs.readFileSync(file, 'utf8');
      assert.equal(text.split('\n')[0], `# ${rule.id}`);
      assert.ok(text.includes(`> ${rule.description}\n`), 'the summary line is the rule description');
      assert.ok(text.includes(`Default severity: **${rule.defaultSeverity}**.`));
      for (const section of ['## What it checks', '## Why', '## Example', '## How to fix', '## Turning it off']) assert.ok(text.includes(section), `${rule.id}: ${section}`);
      assert.ok(text.includes(`${rule.id}: off`));
    });
  }

  it('has no page without a rule', () => {
    const pages = fs.readdirSync(path.join(DOCS, 'risk')).map((f) => `risk/${f.replace(/\.md$/, '')}`);
    assert.deepEqual(pages.sort(), RISK_RULES.map((r) => r.id).sort());
  });
});
