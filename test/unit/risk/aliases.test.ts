import * as assert from 'node:assert/strict';
import { RULE_CRASH_ID, lintDocument } from '../../../src/core/rules/engine';
import type { AnyIndexedDocument } from '../../../src/core/model/documents';
import type { Finding } from '../../../src/core/model/findings';
import type { Rule } from '../../../src/core/rules/rule';
import { RISK_RULES } from '../../../src/core/risk/rules';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { parseConfigDocument } from '../../../src/core/config/config';
import { buildIndex, parse, TODAY } from './helpers';

/** Nine aliases of nine aliases of …: a few hundred bytes that expand to millions of values. */
function aliasBomb(tail: string): string {
  const layer = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(`*${of}`).join(', ')}]`;
  return ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]', layer('b', 'a'), layer('c', 'b'), layer('d', 'c'), layer('e', 'd'), layer('f', 'e'), layer('g', 'f'), tail].join('\n');
}

async function lint(text: string): Promise<Finding[]> {
  const index = await buildIndex({});
  return lintDocument(parse(text), RISK_RULES as readonly Rule<AnyIndexedDocument>[], { workspace: index, today: TODAY, options: { staleProposalDays: 30 }, severities: {} });
}

describe('YAML aliases in risk registers', () => {
  it('reports an alias to a missing anchor as a syntax finding on its line, not a crash', async () => {
    const findings = await lint('risks:\n  - id: R1\n    title: Vendor lock-in\n    owner: *lead\n');
    assert.ok(!findings.some((f) => f.rule === RULE_CRASH_ID), JSON.stringify(findings));
    const syntax = findings.filter((f) => f.rule === 'risk/yaml-syntax');
    assert.deepEqual(
      syntax.map((f) => [f.range.start.line, f.range.start.character, f.message]),
      [[3, 11, 'This risk register is not read: The alias *lead names no anchor (&lead) set before it.']],
    );
  });

  it('reports an alias bomb at the alias that passes the bound, quickly', async () => {
    const started = Date.now();
    const findings = await lint(aliasBomb('risks:\n  - id: R1\n    title: *g\n'));
    assert.ok(Date.now() - started < 1000, 'bounded');
    const syntax = findings.filter((f) => f.rule === 'risk/yaml-syntax');
    assert.equal(syntax.length, 1, JSON.stringify(findings));
    assert.equal(syntax[0]!.range.start.line, 5);
    assert.match(syntax[0]!.message, /expand to too much data \(over 100,000 values\)/);
  });

  it('reports an alias inside the value it names instead of making data that contains itself', () => {
    const register = parse('risks:\n  - &r\n    id: R1\n    related: [*r]\n');
    assert.equal(register.parsed, false);
    assert.deepEqual(register.syntaxErrors.map((e) => [e.range.start.line, e.message]), [[3, 'This risk register is not read: The alias *r is inside the value it names, so it would never end.']]);
  });

  it('reads values shared through anchors, as written', () => {
    const register = parse('risks:\n  - id: R1\n    title: Vendor lock-in\n    owner: &lead Kim <kim@example.com>\n    related: &refs [ADR-0004]\n  - id: R2\n    title: Key person\n    owner: *lead\n    related: *refs\n');
    assert.equal(register.parsed, true);
    assert.deepEqual(register.syntaxErrors, []);
    assert.deepEqual(register.risks.map((r) => [r.id, r.owner?.email]), [['R1', 'kim@example.com'], ['R2', 'kim@example.com']]);
  });

  it('reads thousands of aliases to one anchor about as fast as the same values written out', () => {
    // Both files hold an anchor, so both are read by `yaml`; only the aliases differ.
    const register = (owner: string) => {
      let text = 'risks:\n  - id: R0\n    title: First\n    owner: &lead kim\n';
      for (let i = 1; i < 1500; i++) text += `  - id: R${i}\n    title: Risk ${i}\n    owner: ${owner}\n`;
      return text;
    };
    const timed = (text: string) => {
      const started = Date.now();
      const read = parse(text);
      return { read, took: Date.now() - started };
    };
    timed(register('kim'));
    const written = timed(register('kim'));
    const aliased = timed(register('*lead'));
    assert.equal(aliased.read.risks.length, 1500);
    assert.equal(aliased.read.risks[1499]!.owner?.name, 'kim');
    // `yaml` resolves each alias by walking the whole file again: 1,500 aliases took seconds.
    assert.ok(aliased.took < 3 * written.took + 300, `aliases ${aliased.took} ms, written out ${written.took} ms`);
  });

  it('gives front matter and configuration the same alias check, at the alias', () => {
    const record = parseDecisionRecord('docs/adr/0001-use-postgres.md', '---\nstatus: *accepted\n---\n# 1. Use Postgres\n');
    assert.equal(record.frontMatter?.valid, false);
    const config = parseConfigDocument('.techlead.yaml', 'adr:\n  directories: &dirs [docs/adr]\nrisk:\n  files: *dirz\n');
    assert.deepEqual(config.problems.map((p) => [p.range.start.line, p.message]), [[3, '.techlead.yaml is not used: The alias *dirz names no anchor (&dirz) set before it.']]);
  });
});
