import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { parseConfigDocument } from '../../../src/core/config/config';
import type { Finding } from '../../../src/core/model/findings';
import type { AnyIndexedDocument } from '../../../src/core/model/documents';
import { applyTextEdits } from '../../../src/core/model/text';
import { planChangeStatus } from '../../../src/core/risk/edit/updateRisk';
import { RISK_RULES } from '../../../src/core/risk/rules';
import { lintDocument } from '../../../src/core/rules/engine';
import type { Rule } from '../../../src/core/rules/rule';
import { plainData } from '../../../src/core/yaml/aliases';
import { parseYamlDocument } from '../../../src/core/yaml/parseYaml';
import { buildIndex, parse, TODAY } from '../risk/helpers';

/**
 * Merge keys (`<<: *defaults`, YAML 1.1, kept by most YAML tools) are read the same way by
 * every reader of YAML a repository writes: risk registers, front matter and
 * `.techlead.yaml`. A valid merge is read as `yaml` reads it with `merge: true`; a merge
 * that cannot be expanded is a located finding, from the same check as aliases.
 */

const adr = (frontMatter: string) => parseDecisionRecord('docs/adr/0001-use-postgres.md', `---\n${frontMatter}---\n# 1. Use Postgres\n`);
const config = (text: string) => parseConfigDocument('.techlead.yaml', text);
const at = (f: { readonly range: { readonly start: { readonly line: number; readonly character: number } } }) => [f.range.start.line, f.range.start.character];

async function lint(text: string): Promise<Finding[]> {
  const index = await buildIndex({});
  return lintDocument(parse(text), RISK_RULES as readonly Rule<AnyIndexedDocument>[], { workspace: index, today: TODAY, options: { staleProposalDays: 30 }, severities: {} });
}

/** Six layers, each merging the one below nine times: a few hundred bytes counted as far over the bound. */
function mergeBomb(tail: string): string {
  const keys = Array.from({ length: 9 }, (_, i) => `k${i}: ${i}`).join(', ');
  const layer = (name: string, of: string) => `${name}: &${name} {<<: [${Array(9).fill(`*${of}`).join(', ')}]}`;
  return [`a: &a {${keys}}`, layer('b', 'a'), layer('c', 'b'), layer('d', 'c'), layer('e', 'd'), layer('f', 'e'), tail].join('\n');
}

/** A register whose risks share their assessment through the first one's anchor. */
const SHARED_BASE = 'risks:\n  - &base\n    id: R-1\n    title: First\n    owner: Ann\n    likelihood: 2\n    impact: 3\n    score: 6\n    reviewed: 2020-01-01\n  - <<: *base\n    id: R-2\n    title: Second\n    impact: 4\n';

describe('YAML merge keys (<<)', () => {
  it('expands a merge as yaml does with merge keys on: written keys win, then earlier sources', () => {
    const cases = [
      'a: &a {x: 1, y: 1}\nb:\n  <<: *a\n  y: 2\n',
      'a: &a {x: 1, y: 1}\nb:\n  y: 2\n  <<: *a\n',
      'a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: [*a, *b]\n',
      'a: &a {x: 1}\nb: &b {<<: *a, z: 1}\nc: {<<: *b, y: 3}\n',
      'a: &a [{x: 1}, {x: 2, y: 2}]\nb:\n  <<: *a\n',
      'b:\n  <<: {x: 1}\n  <<: {x: 2, y: 2}\n',
      'b:\n  "<<": {x: 1}\n  c: <<\n',
      'a: &a {x: 1}\nb:\n  !!merge <<: *a\n',
    ];
    for (const text of cases) {
      const expected: unknown = parseDocument(text, { merge: true }).toJS();
      assert.deepEqual(plainData(parseYamlDocument(text, {})), { value: expected }, text);
    }
  });

  it('reads risks that share fields through a merge key, with no "<<" key of their own', () => {
    const register = parse(SHARED_BASE);
    assert.equal(register.parsed, true);
    assert.deepEqual(register.schemaIssues, []);
    assert.deepEqual(
      register.risks.map((r) => [r.id, r.title, r.owner?.text, r.likelihood, r.impact, r.reviewed]),
      [['R-1', 'First', 'Ann', 2, 3, '2020-01-01'], ['R-2', 'Second', 'Ann', 2, 4, '2020-01-01']],
    );
    // A merged value is located where it is written: R-2's owner is R-1's.
    assert.deepEqual(register.risks[1]!.fields.get('owner')!.valueSpan.range, register.risks[0]!.fields.get('owner')!.valueSpan.range);
  });

  it('reads merged front matter and merged configuration sections', () => {
    const record = adr('defaults: &d\n  status: accepted\n  date: 2024-03-01\n<<: *d\n');
    assert.deepEqual(record.problems, []);
    assert.equal(record.status?.value, 'accepted');
    const repo = config('adr: &dirs\n  directories: [docs/decisions]\nguidelines:\n  <<: *dirs\n');
    assert.deepEqual(repo.problems, []);
    assert.deepEqual(repo.config.guidelines, { directories: ['docs/decisions'] });
  });

  it('reports a merge from a missing anchor at the alias, in registers, front matter and configuration', async () => {
    const syntax = (await lint('risks:\n  - <<: *defaults\n    id: R-1\n    title: x\n')).filter((f) => f.rule === 'risk/yaml-syntax');
    assert.deepEqual(syntax.map((f) => [...at(f), f.message]), [[1, 8, 'This risk register is not read: The alias *defaults names no anchor (&defaults) set before it.']]);
    const record = adr('title: X\n<<: *defaults\n');
    assert.equal(record.frontMatter?.valid, false);
    assert.deepEqual(record.problems.map((p) => [...at(p), p.message]), [[2, 4, 'The front matter is not read: The alias *defaults names no anchor (&defaults) set before it.']]);
    assert.deepEqual(config('adr:\n  <<: *defaults\n').problems.map((p) => [p.rule, ...at(p)]), [['config/yaml-syntax', 1, 6]]);
  });

  it('counts merged values within the alias bound: a merge bomb is one finding at the alias past it, quickly', async () => {
    const started = Date.now();
    const findings = await lint(mergeBomb('risks:\n  - <<: *f\n    id: R-1\n'));
    const repo = config(mergeBomb('rules: {}'));
    const record = adr(`${mergeBomb('status: accepted')}\n`);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    const syntax = findings.filter((f) => f.rule === 'risk/yaml-syntax');
    assert.equal(syntax.length, 1, JSON.stringify(findings));
    for (const problem of [syntax[0]!, repo.problems[0]!]) {
      assert.match(problem.message, /expand to too much data \(over 100,000 values\)/);
      assert.equal(problem.range.start.line, 4);
    }
    assert.equal(record.problems.filter((p) => /too much data/.test(p.message)).length, 1);
  });

  it('reports a merge of something other than a mapping where it is written, instead of throwing', async () => {
    const message = 'This risk register is not read: The merge key << takes a mapping, a list of mappings or an alias of one.';
    for (const [text, where] of [
      ['risks:\n  - <<: 5\n    id: R-1\n', [1, 8]],
      ['risks:\n  - <<: [{owner: Ann}, [x]]\n    id: R-1\n', [1, 8]],
      ['lead: &lead Ann\nrisks:\n  - <<: *lead\n    id: R-1\n', [2, 8]],
      ['risks:\n  - <<:\n    id: R-1\n', [1, 4]],
    ] as const) {
      const findings = await lint(text);
      assert.deepEqual(findings.filter((f) => f.rule === 'risk/yaml-syntax').map((f) => [...at(f), f.message]), [[...where, message]], text);
    }
    assert.match(adr('<<: [1]\n').problems[0]!.message, /^The front matter is not read: The merge key << takes a mapping/);
    assert.deepEqual(config('adr:\n  <<: x\n').problems.map((p) => [p.rule, ...at(p)]), [['config/yaml-syntax', 1, 6]]);
  });

  it('changes a merged status by writing it in the risk, leaving the shared mapping as it is', () => {
    const register = parse(SHARED_BASE.replace('    reviewed: 2020-01-01\n', '    status: open\n'));
    assert.equal(register.risks[1]!.status, 'open');
    const plan = planChangeStatus(register, 'R-2', 'mitigating');
    assert.ok(plan.ok && plan.changes[0]!.type === 'edit', JSON.stringify(plan));
    const after = parse(applyTextEdits(register.text, plan.changes[0].edits));
    assert.deepEqual(after.risks.map((r) => [r.id, r.status]), [['R-1', 'open'], ['R-2', 'mitigating']]);
  });

  it('offers no fix that would rewrite a merged value where another risk writes it', async () => {
    const findings = await lint(SHARED_BASE);
    const fixes = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => [f.message.split(' ')[0], (f.fixes ?? []).length]);
    assert.deepEqual(fixes('risk/review-overdue'), [['R-1', 1], ['R-2', 0]]);
    assert.deepEqual(fixes('risk/score-mismatch'), [['R-2', 0]]);
  });

  it('reads a thousand risks merging one anchor about as fast as the same fields written out', () => {
    const register = (shared: string) => {
      let text = 'risks:\n  - &base\n    id: R0\n    title: First\n    owner: kim\n    likelihood: 2\n    impact: 3\n';
      for (let i = 1; i < 1500; i++) text += `  - ${shared}\n    id: R${i}\n    title: Risk ${i}\n`;
      return text;
    };
    const timed = (text: string) => {
      const started = Date.now();
      const read = parse(text);
      return { read, took: Date.now() - started };
    };
    const writtenOut = 'owner: kim\n    likelihood: 2\n    impact: 3';
    timed(register(writtenOut));
    const written = timed(register(writtenOut));
    const merged = timed(register('<<: *base'));
    assert.equal(merged.read.risks.length, 1500);
    assert.deepEqual([merged.read.risks[1499]!.owner?.name, merged.read.risks[1499]!.score], ['kim', 6]);
    // `yaml` resolves each alias by walking the whole file again: the merges must not.
    assert.ok(merged.took < 3 * written.took + 300, `merged ${merged.took} ms, written out ${written.took} ms`);
  });
});
