import * as assert from 'node:assert/strict';
import { RISK_ID_CATALOG } from '../../../src/core/risk/catalog';
import { buildIndex } from './helpers';

/**
 * What the index keeps of a register, and replaces on each edit, is made by constructors or
 * builtins, never by object or array literals (see IndexedDocument for why: V8 moves
 * long-lived literals straight to the old generation after the cold index, and every edit
 * then drags the new register through each scavenge). The benchmark shows the cost; this
 * test keeps a literal from coming back unnoticed.
 */
describe('objects kept per register', () => {
  const REGISTER = [
    'risks:',
    '  - id: RISK-001',
    '    title: Card processor outage',
    '    likelihood: 3',
    '    impact: 5',
    '    owner: Dana Lee',
    '    due: 2026-12-15',
    '    related: [ADR-0007, RISK-002, src/payments/]',
    '    residual:',
    '      likelihood: 1',
    '      impact: 5',
    '  - id: RISK-002',
    '    title: No owner',
    '    likelihood: 2',
    '    impact: 2',
    '',
  ].join('\n');

  const isLiteral = (value: unknown): boolean => value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

  it('are not object literals: register, risks, their fields, owners, residuals, references, catalog entries, findings', async () => {
    const index = await buildIndex({ 'docs/risks/payments.yaml': REGISTER }, undefined, false);
    const register = index.documents('risk')[0]!;
    const risk = register.risks[0]!;
    const kept: Record<string, unknown> = {
      register,
      risk,
      fields: risk.fields,
      owner: risk.owner,
      residual: risk.residual,
      reference: risk.related[0],
      'catalog entry': index.catalog(RISK_ID_CATALOG).byId.get('RISK-001')![0],
    };
    const findings = index.lint();
    assert.ok(findings.length > 0, 'RISK-002 has no owner and no due date');
    findings.forEach((f, i) => (kept[`finding ${i} (${f.rule})`] = f));
    for (const [what, value] of Object.entries(kept)) {
      assert.ok(value !== undefined, `${what} is missing from the fixture`);
      assert.equal(isLiteral(value), false, `${what} is an object literal`);
    }
  });
});
