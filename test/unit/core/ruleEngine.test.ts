import * as assert from 'node:assert/strict';
import { findDisabledRules } from '../../../src/core/model/documents';
import { lintDocument, RULE_CRASH_ID } from '../../../src/core/rules/engine';
import type { Rule } from '../../../src/core/rules/rule';
import { range } from '../../../src/core/model/text';
import type { AnyIndexedDocument } from '../../../src/core/model/documents';

function doc(text: string): AnyIndexedDocument {
  return { kind: 'decision', path: 'docs/adr/0001-x.md', text, problems: [], disabledRules: findDisabledRules(text) } as unknown as AnyIndexedDocument;
}

const alwaysReports: Rule<AnyIndexedDocument> = {
  id: 'adr/test-rule',
  kind: 'decision',
  description: 'reports once',
  defaultSeverity: 'warning',
  check: (_d, ctx) => ctx.report({ message: 'found', range: range(0, 0, 0, 1) }),
};
const throws: Rule<AnyIndexedDocument> = { ...alwaysReports, id: 'adr/broken', check: () => { throw new Error('boom'); } };
const request = { workspace: { documents: () => [], catalog: () => { throw new Error('unused'); } }, today: '2026-11-21', options: { staleProposalDays: 30 }, severities: {} };

describe('rule engine', () => {
  it('reports with the default severity and the document path', () => {
    const [f] = lintDocument(doc('# x'), [alwaysReports], request);
    assert.equal(f!.severity, 'warning');
    assert.equal(f!.file, 'docs/adr/0001-x.md');
    assert.equal(f!.rule, 'adr/test-rule');
  });

  it('applies severity overrides and "off"', () => {
    assert.equal(lintDocument(doc('# x'), [alwaysReports], { ...request, severities: { 'adr/test-rule': 'error' } })[0]!.severity, 'error');
    assert.equal(lintDocument(doc('# x'), [alwaysReports], { ...request, severities: { 'adr/test-rule': 'off' } }).length, 0);
  });

  it('honours techlead-disable comments for one rule or all', () => {
    assert.equal(lintDocument(doc('<!-- techlead-disable adr/test-rule -->'), [alwaysReports], request).length, 0);
    assert.equal(lintDocument(doc('<!-- techlead-disable adr/other -->'), [alwaysReports], request).length, 1);
    assert.equal(lintDocument(doc('# techlead-disable'), [alwaysReports], request).length, 0);
  });

  it('turns a crashing rule into a finding instead of losing the file', () => {
    const findings = lintDocument(doc('# x'), [throws, alwaysReports], request);
    assert.deepEqual(findings.map((f) => f.rule), [RULE_CRASH_ID, 'adr/test-rule']);
    assert.match(findings[0]!.message, /adr\/broken.*boom/);
  });

  it('plans fixes given as a plan when they are first read, once, and never for a lint that does not ask', () => {
    let planned = 0;
    const fix = { title: 'Fix it', changes: [] };
    const withPlan = (plan: () => readonly (typeof fix)[]): Rule<AnyIndexedDocument> => ({ ...alwaysReports, check: (_d, ctx) => ctx.report({ message: 'found', range: range(0, 0, 0, 1), fixes: plan }) });
    const counting = withPlan(() => (planned++, [fix]));
    const [f] = lintDocument(doc('# x'), [counting], request);
    assert.equal(planned, 0, 'linting alone plans nothing');
    assert.deepEqual(f!.fixes, [fix]);
    assert.deepEqual({ ...f! }.fixes, [fix], 'a copy of the finding carries the fixes');
    assert.equal(planned, 1, 'planned once, however often read');

    const [none] = lintDocument(doc('# x'), [withPlan(() => [])], request);
    assert.equal(none!.fixes, undefined);
    assert.ok(!Object.keys(none!).includes('fixes'), 'no empty list of fixes is left on the finding');

    const [broken] = lintDocument(doc('# x'), [withPlan(() => { throw new Error('cannot plan'); })], request);
    assert.equal(broken!.message, 'found', 'a plan that throws does not stop the lint');
    assert.throws(() => broken!.fixes, /cannot plan/, 'its error reaches whoever asks for the fixes, not hidden as "no fix"');
  });

  it('parses disable lists separated by commas and spaces', () => {
    assert.deepEqual([...findDisabledRules('<!-- techlead-disable adr/a, adr/b risk/c -->')], ['adr/a', 'adr/b', 'risk/c']);
    assert.equal(findDisabledRules('nothing here').size, 0);
  });
});
