import * as assert from 'node:assert/strict';
import type { FileChange } from '../../../src/core/model/findings';
import { planAddRisk } from '../../../src/core/risk/edit/addRisk';
import { nextRiskId } from '../../../src/core/risk/edit/nextRiskId';
import type { PlanResult } from '../../../src/core/risk/edit/planResult';
import { planChangeStatus, planClose, planMarkReviewed, planReassess } from '../../../src/core/risk/edit/updateRisk';
import type { RiskRegister, SourceSpan } from '../../../src/core/risk/model';
import { applyChanges, buildIndex, parse, readFixture } from './helpers';

const FIXTURE = readFixture('commented-register.yaml');
const register = parse(FIXTURE, 'docs/risks/payments.yaml');

function changesOf<T>(plan: PlanResult<T>): readonly FileChange[] {
  if (!plan.ok) assert.fail(plan.error);
  return plan.changes;
}

/** Applies a plan and re-parses, asserting the result is still a clean register. */
function apply<T>(plan: PlanResult<T>, base: RiskRegister = register): { text: string; after: RiskRegister } {
  const changes = changesOf(plan);
  assert.ok(changes.every((c) => c.type === 'edit' && c.path === base.path));
  const text = applyChanges(base.text, changes);
  const after = parse(text, base.path);
  assert.deepEqual(after.syntaxErrors, []);
  assert.deepEqual(after.schemaIssues, []);
  return { text, after };
}

/** Everything before and after `span` is byte-identical. */
function assertOnlyChanged(before: string, after: string, span: { start: number; end: number }): void {
  assert.equal(after.slice(0, span.start), before.slice(0, span.start), 'bytes before the changed node');
  assert.equal(after.slice(after.length - (before.length - span.end)), before.slice(span.end), 'bytes after the changed node');
}

function commentsOf(text: string): string[] {
  return text.split('\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')));
}

const risk = (r: RiskRegister, id: string) => r.risks.find((x) => x.id === id)!;
const valueSpan = (id: string, key: string): SourceSpan => risk(register, id).fields.get(key)!.valueSpan;

describe('risk register edits', () => {
  describe('planMarkReviewed', () => {
    it('replaces only the reviewed date and keeps the comments', () => {
      const { text, after } = apply(planMarkReviewed(register, 'RISK-001', '2026-11-21'));
      assertOnlyChanged(FIXTURE, text, valueSpan('RISK-001', 'reviewed'));
      assert.equal(risk(after, 'RISK-001').reviewed, '2026-11-21');
      assert.deepEqual(commentsOf(text), commentsOf(FIXTURE));
    });

    it('adds a reviewed line in the item\'s indentation when there is none', () => {
      const { text, after } = apply(planMarkReviewed(register, 'RISK-003', '2026-11-21'));
      assert.equal(risk(after, 'RISK-003').reviewed, '2026-11-21');
      assert.match(text, /    status: closed\n    reviewed: 2026-11-21\n    # no resolution yet/);
      assert.equal(text.replace('    reviewed: 2026-11-21\n', ''), FIXTURE);
    });

    it('plans nothing when the date is already today, and refuses a bad date', () => {
      assert.deepEqual(changesOf(planMarkReviewed(register, 'RISK-001', '2026-11-02')), []);
      assert.equal(planMarkReviewed(register, 'RISK-001', '21/11/2026').ok, false);
    });
  });

  describe('planChangeStatus', () => {
    it('replaces the status value only', () => {
      const { text, after } = apply(planChangeStatus(register, 'RISK-002', 'accepted'));
      assertOnlyChanged(FIXTURE, text, valueSpan('RISK-002', 'status'));
      assert.equal(risk(after, 'RISK-002').status, 'accepted');
    });

    it('refuses an unknown status and an unknown id', () => {
      const bad = planChangeStatus(register, 'RISK-002', 'done' as never);
      assert.ok(!bad.ok && /not a status/.test(bad.error));
      const missing = planChangeStatus(register, 'RISK-999', 'open');
      assert.ok(!missing.ok && /no risk "RISK-999"/.test(missing.error));
    });
  });

  describe('planReassess', () => {
    it('keeps scale words as words, updates the score and the flow residual, keeps comments', () => {
      const { text, after } = apply(planReassess(register, 'RISK-001', { likelihood: 4, impact: 'major', residual: { likelihood: 1, impact: 2 } }));
      const r = risk(after, 'RISK-001');
      assert.deepEqual([r.likelihood, r.impact, r.declaredScore, r.score], [4, 4, 16, 16]);
      assert.deepEqual([r.residual?.likelihood, r.residual?.impact], [1, 2]);
      assert.match(text, /likelihood: likely    # was likely before the retry work\n/);
      assert.match(text, /impact: major\n/);
      assert.match(text, /residual: \{ likelihood: 1, impact: 2 \}\n/);
      assert.deepEqual(commentsOf(text), commentsOf(FIXTURE));
      const item = risk(register, 'RISK-001').span;
      assertOnlyChanged(FIXTURE, text, { start: valueSpan('RISK-001', 'likelihood').start, end: item.end });
    });

    it('writes numbers where the file has numbers and keeps the comment after the score', () => {
      const { text, after } = apply(planReassess(register, 'RISK-002', { likelihood: 'likely', impact: 5 }));
      assert.deepEqual([risk(after, 'RISK-002').likelihood, risk(after, 'RISK-002').declaredScore], [4, 20]);
      assert.match(text, /    likelihood: 4\n    impact: 5\n    score: 20   # stale on purpose/);
    });

    it('adds a score when most risks of the file carry one, and a residual mapping when asked', () => {
      const { text, after } = apply(planReassess(register, 'RISK-003', { likelihood: 2, impact: 2, residual: { likelihood: 1, impact: 1 } }));
      const r = risk(after, 'RISK-003');
      assert.equal(r.declaredScore, 4);
      assert.equal(r.residual?.score, 1);
      assert.match(text, /    status: closed\n    score: 4\n    residual: \{ likelihood: 1, impact: 1 \}\n/);
    });

    it('updates a block residual, inserting inner keys before outer ones', () => {
      const base = parse('risks:\n  - id: R-1\n    title: A\n    likelihood: 3\n    impact: 3\n    residual:\n      likelihood: 2\n', 'risks.yaml');
      const { text, after } = apply(planReassess(base, 'R-1', { likelihood: 3, impact: 3, residual: { likelihood: 1, impact: 2 } }), base);
      assert.equal(text, 'risks:\n  - id: R-1\n    title: A\n    likelihood: 3\n    impact: 3\n    residual:\n      likelihood: 1\n      impact: 2\n');
      assert.equal(risk(after, 'R-1').residual?.impact, 2);
    });

    it('refuses levels off the scale', () => {
      const plan = planReassess(register, 'RISK-001', { likelihood: 'sometimes', impact: 3 });
      assert.ok(!plan.ok && /rare, unlikely/.test(plan.error));
    });
  });

  describe('planClose', () => {
    it('sets the status, writes a multi-line resolution as a block and the closing date', () => {
      const { text, after } = apply(planClose(register, 'RISK-002', 'Keys now rotate automatically.\nRefunds need a second approver.', '2026-11-21'));
      const r = risk(after, 'RISK-002');
      assert.equal(r.status, 'closed');
      assert.equal(r.resolution, 'Keys now rotate automatically.\nRefunds need a second approver.');
      assert.equal(r.closed, '2026-11-21');
      assert.match(text, /    resolution: \|-\n      Keys now rotate automatically\.\n      Refunds need a second approver\.\n    closed: 2026-11-21\n/);
      assert.deepEqual(commentsOf(text), commentsOf(FIXTURE));
      const start = valueSpan('RISK-002', 'status').start;
      assertOnlyChanged(FIXTURE, text, { start, end: risk(register, 'RISK-002').span.end });
    });

    it('quotes a resolution that would not be plain YAML', () => {
      const { after } = apply(planClose(register, 'RISK-003', 'Replaced: see #12', '2026-11-21'));
      assert.equal(risk(after, 'RISK-003').resolution, 'Replaced: see #12');
    });

    it('refuses an empty resolution', () => {
      assert.equal(planClose(register, 'RISK-003', '  ', '2026-11-21').ok, false);
    });
  });

  describe('values that are empty or blocks', () => {
    it('writes onto an empty key and replaces a block scalar, keeping the next key on its line', () => {
      const source = 'risks:\n  - id: R-1\n    title: A\n    likelihood: 1\n    impact: 1\n    status:\n    resolution: |\n      Old text\n      over two lines\n    owner: Kim\n';
      const base = parse(source, 'risks.yaml');
      const { text, after } = apply(planClose(base, 'R-1', 'Short now', '2026-11-21'), base);
      assert.equal(text, 'risks:\n  - id: R-1\n    title: A\n    likelihood: 1\n    impact: 1\n    status: closed\n    resolution: Short now\n    owner: Kim\n    closed: 2026-11-21\n');
      assert.equal(after.risks[0]!.owner?.name, 'Kim');
    });

    it('uses the space already after an empty key', () => {
      const base = parse('risks:\n  - id: R-1\n    title: A\n    likelihood: 1\n    impact: 1\n    status: \n    due: 2027-01-01\n', 'risks.yaml');
      const { text } = apply(planChangeStatus(base, 'R-1', 'accepted'), base);
      assert.match(text, /\n    status: accepted\n    due: 2027-01-01\n$/);
    });
  });

  describe('planAddRisk', () => {
    it('appends the next id in the file\'s style after the last item and its comments', () => {
      const plan = planAddRisk(register, { title: 'Processor raises fees', likelihood: 'likely', impact: 2, owner: 'Dana Lee <dana@example.com>', due: '2027-03-01', related: ['ADR-0007'] });
      assert.ok(plan.ok);
      assert.equal(plan.id, 'RISK-004');
      const { text, after } = apply(plan);
      const added = risk(after, 'RISK-004');
      assert.deepEqual([added.title, added.likelihood, added.impact, added.declaredScore, added.status, added.due], ['Processor raises fees', 4, 2, 8, 'open', '2027-03-01']);
      assert.deepEqual(added.related.map((r) => r.text), ['ADR-0007']);
      assert.match(text, /    # no resolution yet: the lint should say so\n\n  - id: RISK-004\n    title: Processor raises fees\n    likelihood: 4\n    impact: 2\n    score: 8\n/);
      assert.match(text, /    related: \[ADR-0007\]\n\n# End of register/);
      const insertAt = FIXTURE.indexOf('\n# End of register');
      assertOnlyChanged(FIXTURE, text, { start: insertAt, end: insertAt });
    });

    it('skips ids used by other registers of the folder', async () => {
      const index = await buildIndex({ 'docs/risks/payments.yaml': FIXTURE, 'risks.yaml': 'risks:\n  - id: RISK-004\n    title: X\n    likelihood: 1\n    impact: 1\n' });
      const plan = planAddRisk(register, { title: 'T', likelihood: 1, impact: 1 }, index);
      assert.ok(plan.ok && plan.id === 'RISK-005');
      const taken = planAddRisk(register, { id: 'risk-004', title: 'T', likelihood: 1, impact: 1 }, index);
      assert.ok(!taken.ok && /already used/.test(taken.error));
    });

    it('follows indentation, quoting, blank lines and scale words of the existing items', () => {
      const base = parse(`risks:

-   id: SEC-7
    title: "Token theft"
    likelihood: likely
    impact: severe

-   id: SEC-9
    title: "Weak TLS"
    likelihood: rare
    impact: major
`, 'risks.yaml');
      const plan = planAddRisk(base, { title: 'Open S3 bucket', likelihood: 3, impact: 4 });
      assert.ok(plan.ok && plan.id === 'SEC-10');
      const { text } = apply(plan, base);
      assert.ok(text.endsWith('    impact: major\n\n-   id: SEC-10\n    title: "Open S3 bucket"\n    likelihood: possible\n    impact: major\n    status: open\n'), text);
    });

    it('starts the list when it is empty, missing, or in flow style, and handles CRLF and no final newline', () => {
      const input = { title: 'First', likelihood: 1, impact: 1 };
      const cases: [string, RegExp][] = [
        ['title: X\nrisks: []\n', /^title: X\nrisks:\n  - id: RISK-001\n    title: First\n/],
        ['risks:\n', /^risks:\n  - id: RISK-001\n/],
        ['title: X', /^title: X\nrisks:\n  - id: RISK-001\n/],
        ['# only a comment\n', /^# only a comment\nrisks:\n  - id: RISK-001\n/],
        ['risks: [{ id: R-1, title: A, likelihood: 1, impact: 1 }]\n', /^risks: \[\{ id: R-1, title: A, likelihood: 1, impact: 1 \}, \{ id: R-2, title: First, likelihood: 1, impact: 1, status: open \}\]\n$/],
        ['risks:\r\n  - id: R-1\r\n    title: A\r\n    likelihood: 1\r\n    impact: 1', /^risks:\r\n  - id: R-1\r\n    title: A\r\n    likelihood: 1\r\n    impact: 1\r\n  - id: R-2\r\n    title: First\r\n/],
      ];
      for (const [source, expected] of cases) {
        const base = parse(source, 'risks.yaml');
        const { text, after } = apply(planAddRisk(base, input), base);
        assert.match(text, expected, JSON.stringify(text));
        assert.equal(after.risks[after.risks.length - 1]!.title, 'First');
      }
    });

    it('refuses bad input', () => {
      for (const input of [{ title: ' ', likelihood: 1, impact: 1 }, { title: 'A', likelihood: 9, impact: 1 }, { title: 'A', likelihood: 1, impact: 1, due: 'soon' }]) {
        assert.equal(planAddRisk(register, input).ok, false, JSON.stringify(input));
      }
    });
  });

  describe('awkward text', () => {
    const nasty = ['key: value', '# not a comment', "it's \"quoted\"", '- dash first', '{ braces }', '[x], y', 'yes', '123', '@handle', 'émoji 🚀 ünïcode', 'tab\there', '  leading spaces', 'line one\n\nline three', '|pipe', 'trailing space ', '%percent', '*star', '&anchor', '!tag', '>folded', '`tick`'];
    it('round-trips any title through planAddRisk and any resolution through planClose, in block and flow files', () => {
      const sources = [FIXTURE, 'risks: [{ id: R-1, title: A, likelihood: 1, impact: 1 }]\n'];
      for (const source of sources) {
        const base = parse(source, 'risks.yaml');
        for (const text of nasty) {
          const added = planAddRisk(base, { title: text.replace(/\n+/g, ' ').trim(), likelihood: 1, impact: 1, mitigation: text });
          assert.ok(added.ok);
          const { after } = apply(added, base);
          const risk = after.risks.find((r) => r.id === added.id)!;
          assert.equal(risk.title, text.replace(/\n+/g, ' ').trim(), JSON.stringify(text));
          assert.equal(risk.mitigation, text.trim(), JSON.stringify(text));
          const id = base.risks[0]!.id!;
          const { after: closed } = apply(planClose(base, id, text, '2026-11-21'), base);
          assert.equal(closed.risks[0]!.resolution, text.trim(), JSON.stringify(text));
        }
      }
    });
  });

  describe('what cannot be edited', () => {
    it('refuses Markdown registers, broken YAML and ambiguous ids with a clear message', () => {
      const md = parse('| ID | Risk | Impact |\n|---|---|---|\n| R-1 | A | 2 |\n', 'RISK_REGISTER.md');
      const a = planMarkReviewed(md, 'R-1', '2026-11-21');
      assert.ok(!a.ok && /is read-only\. A Markdown register is read, not edited/.test(a.error));
      const broken = parse('risks: [\n', 'risks.yaml');
      const b = planAddRisk(broken, { title: 'A', likelihood: 1, impact: 1 });
      assert.ok(!b.ok && /fix the YAML error first/.test(b.error));
      const twice = parse('risks:\n  - { id: R-1, title: A, likelihood: 1, impact: 1 }\n  - { id: R-1, title: B, likelihood: 1, impact: 1 }\n', 'risks.yaml');
      const c = planChangeStatus(twice, 'R-1', 'closed');
      assert.ok(!c.ok && /2 risks with the id/.test(c.error));
    });
  });

  describe('edits on flow-style items', () => {
    it('adds keys inside the braces', () => {
      const base = parse('risks:\n  - { id: R-1, title: A, likelihood: 1, impact: 1 }  # tiny\n', 'risks.yaml');
      const { text, after } = apply(planClose(base, 'R-1', 'Gone, for good', '2026-11-21'), base);
      assert.equal(text, 'risks:\n  - { id: R-1, title: A, likelihood: 1, impact: 1, status: closed, resolution: "Gone, for good", closed: 2026-11-21 }  # tiny\n');
      assert.equal(after.risks[0]!.resolution, 'Gone, for good');
    });
  });

  describe('nextRiskId', () => {
    it('continues the prefix and padding of the last id', () => {
      assert.equal(nextRiskId(['RISK-001', 'RISK-012']), 'RISK-013');
      assert.equal(nextRiskId(['SEC-7', 'SEC-3']), 'SEC-8');
      assert.equal(nextRiskId([]), 'RISK-001');
      assert.equal(nextRiskId([undefined, 'odd']), 'RISK-001');
      assert.equal(nextRiskId(['R-0099']), 'R-0100');
      assert.equal(nextRiskId(['RISK-001'], new Set(['risk-002'])), 'RISK-003');
    });
  });
});
