import * as assert from 'node:assert/strict';
import { ADR_RULES } from '../../../src/core/adr/rules';
import type { DecisionRecord } from '../../../src/core/adr/model';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import type { Finding } from '../../../src/core/model/findings';
import { applyTextEdits } from '../../../src/core/model/text';
import { lintDocument, RULE_CRASH_ID } from '../../../src/core/rules/engine';
import type { WorkspaceView } from '../../../src/core/rules/rule';
import { TODAY } from './adrTestSupport';

/**
 * The adr/* rules on reStructuredText records, linted on their own (discovery decides
 * elsewhere which .rst files are records): findings in rst terms, and fixes that write
 * rst, read back as intended.
 */
function lint(files: Record<string, string>): { records: DecisionRecord[]; findings: Finding[] } {
  const records = Object.entries(files).map(([path, text]) => parseDecisionRecord(path, text));
  const catalogs = new Map<string, unknown>();
  const view: WorkspaceView = {
    documents: ((kind: string) => (kind === 'decision' ? records : [])) as WorkspaceView['documents'],
    catalog: <T>(key: { name: string; build(v: WorkspaceView): T }): T => {
      if (!catalogs.has(key.name)) catalogs.set(key.name, key.build(view));
      return catalogs.get(key.name) as T;
    },
  };
  const findings = records.flatMap((r) => lintDocument(r, ADR_RULES as never, { workspace: view, today: TODAY, options: { staleProposalDays: 90 }, severities: {} }));
  return { records, findings };
}

/** Applies the first fix of the finding of `rule` that edits `path`, and returns the text it makes. */
function fixed(files: Record<string, string>, rule: string, path: string): string {
  const { findings } = lint(files);
  for (const finding of findings.filter((f) => f.rule === rule)) {
    const change = finding.fixes?.[0]?.changes.find((c) => c.type === 'edit' && c.path === path);
    if (change && change.type === 'edit') return applyTextEdits(files[path]!, change.edits);
  }
  assert.fail(`no fix for ${rule} edits ${path}`);
}

const NETRESEARCH_LIKE = ['.. _adr-004:', '', '====================', 'ADR-004: Event System', '====================', '', ':Status: Accepted', ':Date: 2024-02-01', '', 'Context', '=======', '', 'Text.', '', 'Decision', '========', '', 'Text.', ''].join('\n');

describe('adr/* rules on reStructuredText records', () => {
  it('no rule crashes on rst, and a SLEP-style record (Abstract, Motivation) is not held to the Nygard sections', () => {
    const slep = ['=============', 'SLEP009: Args', '=============', '', ':Status: Final', ':Created: 2019-07-13', '', 'Abstract', '########', '', 'Text.', '', 'Motivation', '##########', '', 'Text.', ''].join('\n');
    const { findings } = lint({ 'slep009/proposal.rst': slep, 'adr/0001-broken.rst': '====\n::\n.. \n:Status:\n  :ref:`\n' });
    assert.deepEqual(findings.filter((f) => f.rule === RULE_CRASH_ID), []);
    assert.deepEqual(findings.filter((f) => f.file === 'slep009/proposal.rst').map((f) => f.rule), []);
  });

  it('adds a missing section as an rst heading in the style of the record\'s sections', () => {
    const files = { 'adr/Adr004EventSystem.rst': NETRESEARCH_LIKE };
    const { findings } = lint(files);
    assert.deepEqual(findings.map((f) => [f.rule, f.message]), [['adr/missing-section', 'Missing section "Consequences" (this record follows the Nygard template).']]);
    const after = fixed(files, 'adr/missing-section', 'adr/Adr004EventSystem.rst');
    assert.ok(after.endsWith('Text.\n\nConsequences\n============\n'), after);
    assert.deepEqual(parseDecisionRecord('adr/Adr004EventSystem.rst', after).sections.map((s) => s.key), ['context', 'decision', 'consequences']);
  });

  it('adds a missing status as a field of the record\'s field list, or as a field list under the title', () => {
    const withFields = NETRESEARCH_LIKE.replace(':Status: Accepted\n', '');
    const a = fixed({ 'adr/a.rst': withFields }, 'adr/missing-status', 'adr/a.rst');
    assert.ok(a.includes('====================\n\n:Status: Proposed\n:Date: 2024-02-01\n'), a);
    const without = NETRESEARCH_LIKE.replace(':Status: Accepted\n:Date: 2024-02-01\n\n', '');
    const b = fixed({ 'adr/b.rst': without }, 'adr/missing-status', 'adr/b.rst');
    assert.ok(b.includes('====================\n\n:Status: Proposed\n\nContext\n'), b);
    for (const text of [a, b]) assert.equal(parseDecisionRecord('adr/x.rst', text).status?.value, 'proposed');
  });

  it('adds a missing title over- and underlined, in a style the sections do not use', () => {
    // Two top-level sections: neither is the document's title.
    const text = ['Context', '=======', '', 'Text.', '', 'Decision', '========', '', 'Text.', ''].join('\n');
    const after = fixed({ 'adr/use-postgres.rst': text }, 'adr/missing-title', 'adr/use-postgres.rst');
    assert.ok(after.startsWith('============\nUse postgres\n============\n\nContext\n'), after);
    const r = parseDecisionRecord('adr/use-postgres.rst', after);
    assert.deepEqual([r.title?.value, r.sections.map((s) => s.key)], ['Use postgres', ['context', 'decision']]);
  });

  it('reads `:Superseded: <date> by :ref:` fields as links, and writes the reciprocal link as a field', () => {
    const old = NETRESEARCH_LIKE.replace(':Status: Accepted', ':Status: Superseded\n:Superseded: 2026 by :ref:`ADR-026 <adr-026>`');
    const replacement = NETRESEARCH_LIKE.replace(/004/g, '026').replace('Event System', 'Middleware');
    const files = { 'adr/Adr004EventSystem.rst': old, 'adr/Adr026Middleware.rst': replacement };
    const { records, findings } = lint(files);
    assert.deepEqual(records[0]!.links.map((l) => [l.relation, l.target.number]), [['superseded-by', 26]]);
    const reciprocal = findings.find((f) => f.rule === 'adr/missing-reciprocal-link');
    assert.ok(reciprocal, findings.map((f) => f.rule).join());
    const after = fixed(files, 'adr/missing-reciprocal-link', 'adr/Adr026Middleware.rst');
    // The id as the record's own file name writes it, once discovery reads rst names.
    assert.match(after, /:Date: 2024-02-01\n:Supersedes: ADR-0*4\n/);
    assert.deepEqual(parseDecisionRecord('adr/Adr026Middleware.rst', after).links.map((l) => [l.relation, l.target.number]), [['supersedes', 4]]);
  });

  it('reads the words of CamelCase file names when matching them to the title', () => {
    const record = (title: string) => NETRESEARCH_LIKE.replace('ADR-004: Event System', `ADR-053: ${title}`).replace(/====================/g, '='.repeat(60));
    const mismatches = (name: string, title: string) => lint({ [`adr/${name}`]: record(title) }).findings.filter((f) => f.rule === 'adr/filename-mismatch').length;
    assert.equal(mismatches('Adr053ExceptionMarkerInterface.rst', 'One marker interface for all thrown exceptions'), 0);
    assert.equal(mismatches('Adr053APIKeyEncryption.rst', 'API key encryption at application level'), 0);
    assert.equal(mismatches('Adr053ExceptionMarkerInterface.rst', 'Use PostgreSQL for storage'), 1);
  });

  it('takes no record from free text after "by"', () => {
    const r = parseDecisionRecord('adr/a.rst', NETRESEARCH_LIKE.replace(':Status: Accepted', ':Status: Superseded\n:Superseded: 2025-01 by nr-vault integration'));
    assert.deepEqual(r.links, []);
  });
});
