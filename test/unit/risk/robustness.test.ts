import * as assert from 'node:assert/strict';
import { RULE_CRASH_ID, lintDocument } from '../../../src/core/rules/engine';
import type { AnyIndexedDocument } from '../../../src/core/model/documents';
import type { Rule } from '../../../src/core/rules/rule';
import { RISK_RULES } from '../../../src/core/risk/rules';
import { buildIndex, parse, random, readFixture, TODAY } from './helpers';

const PIECES = ['\n', ':', ' ', '- ', '[', ']', '{', '}', '#', '"', "'", '|', '>', '  ', 'risks:', 'likelihood: ', 'related: ', 'residual: ', '5', 'x', '\t', '---\n', '&a ', '*a', '!!str ', '?'];

describe('risk parsing never crashes', () => {
  it('turns every mutation of a register into a document and findings, never an exception', async () => {
    const seeds = [readFixture('commented-register.yaml'), readFixture('register.md')];
    const next = random(20261121);
    const index = await buildIndex({});
    const rules = RISK_RULES as readonly Rule<AnyIndexedDocument>[];
    for (let round = 0; round < 400; round++) {
      const source = seeds[round % 2]!;
      let text = source;
      for (let edits = 1 + Math.floor(next() * 4); edits > 0; edits--) {
        const at = Math.floor(next() * text.length);
        const cut = Math.floor(next() * 6);
        text = text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)]! + text.slice(at + cut);
      }
      const file = round % 2 === 0 ? 'risks.yaml' : 'RISK_REGISTER.md';
      const register = parse(text, file);
      const findings = lintDocument(register, rules, { workspace: index, today: TODAY, options: { staleProposalDays: 30 }, severities: {} });
      assert.ok(!findings.some((f) => f.rule === RULE_CRASH_ID), `${JSON.stringify(text)}\n${findings.find((f) => f.rule === RULE_CRASH_ID)?.message}`);
      if (!register.parsed) assert.ok(findings.some((f) => f.rule === 'risk/yaml-syntax'), 'a broken file always says why');
    }
  });

  it('reads values of the wrong shape without losing the rest of the risk', () => {
    const r = parse('risks:\n  - id: 5\n    title: [a, b]\n    likelihood: [1]\n    impact: { x: 1 }\n    residual: 3\n    related: [1, { a: b }, RISK-1]\n    owner: 42\n    due: 2026-02-30\n');
    assert.equal(r.risks.length, 1);
    const risk = r.risks[0]!;
    assert.equal(risk.id, '5');
    assert.equal(risk.likelihood, undefined);
    assert.equal(risk.residual, undefined);
    assert.deepEqual(risk.related.map((x) => x.text), ['RISK-1']);
    assert.equal(risk.due, undefined);
    assert.ok(r.schemaIssues.length >= 6, r.schemaIssues.map((i) => i.message).join('\n'));
  });
});
