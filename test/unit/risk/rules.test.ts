import * as assert from 'node:assert/strict';
import { RISK_RULES } from '../../../src/core/risk/rules';
import { applyChanges, buildIndex, findingsOf, TODAY } from './helpers';

/** A register with one risk; `extra` lines are added to that risk's mapping. */
function oneRisk(extra: string, id = 'RISK-001'): string {
  return `risks:\n  - id: ${id}\n    title: Something could go wrong\n    likelihood: 3\n    impact: 4\n    owner: Dana <dana@example.com>\n    due: 2027-01-01\n${extra}`;
}

const FILE = 'docs/risks/main.yaml';

describe('risk rules', () => {
  it('every rule has a stable id, a description and a default severity', () => {
    const ids = RISK_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of RISK_RULES) {
      assert.match(rule.id, /^risk\/[a-z-]+$/);
      assert.equal(rule.kind, 'risk');
      assert.ok(rule.description.length > 20, rule.id);
      assert.ok(['error', 'warning', 'info', 'hint', 'off'].includes(rule.defaultSeverity));
    }
  });

  describe('risk/yaml-syntax', () => {
    it('reports unparseable YAML once, at the error', async () => {
      const f = await findingsOf('risk/yaml-syntax', { [FILE]: 'risks:\n  - id: [RISK-001\n  - x: 1\n' });
      assert.equal(f.length, 1);
      assert.equal(f[0]!.file, FILE);
      assert.equal(f[0]!.severity, 'error');
    });
    it('is quiet on valid YAML', async () => {
      assert.deepEqual(await findingsOf('risk/yaml-syntax', { [FILE]: oneRisk('') }), []);
    });
  });

  describe('risk/schema', () => {
    it('reports an unknown key with a did-you-mean', async () => {
      const f = await findingsOf('risk/schema', { [FILE]: oneRisk('    mitigaton: backups\n') });
      assert.equal(f.length, 1);
      assert.match(f[0]!.message, /Unknown key "mitigaton".*Did you mean "mitigation"/);
      assert.equal(f[0]!.range.start.line, 7);
    });
    it('reports a wrong type', async () => {
      const f = await findingsOf('risk/schema', { [FILE]: oneRisk('    related: ADR-1\n') });
      assert.equal(f.length, 1);
      assert.match(f[0]!.message, /related.*should be a list/);
    });
    it('is quiet on a valid register', async () => {
      assert.deepEqual(await findingsOf('risk/schema', { [FILE]: oneRisk('    status: open\n    residual: { likelihood: 1, impact: 2 }\n') }), []);
    });
  });

  describe('risk/duplicate-id', () => {
    it('reports every use of an id across registers, case-insensitively, pointing at the others', async () => {
      const f = await findingsOf('risk/duplicate-id', { [FILE]: oneRisk(''), 'docs/risks/other.yaml': oneRisk('', 'risk-001') });
      assert.equal(f.length, 2);
      assert.deepEqual(f.map((x) => x.file).sort(), ['docs/risks/main.yaml', 'docs/risks/other.yaml']);
      assert.equal(f[0]!.related?.length, 1);
      assert.match(f[0]!.message, /used 2 times/);
    });
    it('is quiet when ids are unique', async () => {
      assert.deepEqual(await findingsOf('risk/duplicate-id', { [FILE]: oneRisk(''), 'docs/risks/other.yaml': oneRisk('', 'RISK-002') }), []);
    });
  });

  describe('risk/missing-owner', () => {
    it('reports a live risk without an owner', async () => {
      const f = await findingsOf('risk/missing-owner', { [FILE]: oneRisk('').replace(/    owner:.*\n/, '') });
      assert.equal(f.length, 1);
      assert.match(f[0]!.message, /RISK-001 has no owner/);
      assert.equal(f[0]!.range.start.line, 1);
    });
    it('reports an empty owner at its value', async () => {
      const f = await findingsOf('risk/missing-owner', { [FILE]: oneRisk('').replace(/owner:.*/, 'owner:') });
      assert.equal(f.length, 1);
    });
    it('is quiet for owned and for closed risks', async () => {
      assert.deepEqual(await findingsOf('risk/missing-owner', { [FILE]: oneRisk('') }), []);
      assert.deepEqual(await findingsOf('risk/missing-owner', { [FILE]: oneRisk('    status: closed\n    resolution: gone\n').replace(/    owner:.*\n/, '') }), []);
    });
  });

  describe('risk/missing-due-date', () => {
    const noDue = (status: string) => oneRisk(`    status: ${status}\n`).replace(/    due:.*\n/, '');
    it('reports open, mitigating and occurred risks without a due date', async () => {
      for (const status of ['open', 'mitigating', 'occurred']) {
        const f = await findingsOf('risk/missing-due-date', { [FILE]: noDue(status) });
        assert.equal(f.length, 1, status);
        assert.match(f[0]!.message, new RegExp(`is ${status} but has no due date`));
      }
    });
    it('is quiet for accepted and closed risks, and when a date is given', async () => {
      assert.deepEqual(await findingsOf('risk/missing-due-date', { [FILE]: noDue('accepted') }), []);
      assert.deepEqual(await findingsOf('risk/missing-due-date', { [FILE]: noDue('closed') }), []);
      assert.deepEqual(await findingsOf('risk/missing-due-date', { [FILE]: oneRisk('') }), []);
    });
  });

  describe('risk/overdue', () => {
    it('reports a past due date at the date, counting the days', async () => {
      const f = await findingsOf('risk/overdue', { [FILE]: oneRisk('').replace('2027-01-01', '2026-11-11') });
      assert.equal(f.length, 1);
      assert.match(f[0]!.message, /due on 2026-11-11 \(10 days ago\)/);
      assert.equal(f[0]!.range.start.line, 6);
    });
    it('is quiet on the due date itself and for closed risks', async () => {
      assert.deepEqual(await findingsOf('risk/overdue', { [FILE]: oneRisk('').replace('2027-01-01', TODAY) }), []);
      assert.deepEqual(await findingsOf('risk/overdue', { [FILE]: oneRisk('    status: closed\n    resolution: done\n').replace('2027-01-01', '2020-01-01') }), []);
    });
  });

  describe('risk/review-overdue', () => {
    it('reports a review older than the interval and offers to mark it reviewed', async () => {
      const text = `review-interval: 1m\n${oneRisk('    reviewed: 2026-10-01\n')}`;
      const f = await findingsOf('risk/review-overdue', { [FILE]: text });
      assert.equal(f.length, 1);
      assert.match(f[0]!.message, /next review was due on 2026-11-01 \(20 days ago\)/);
      const fix = f[0]!.fixes![0]!;
      assert.equal(fix.isPreferred, false);
      assert.match(applyChanges(text, fix.changes), /reviewed: 2026-11-21\n/);
    });
    it('is quiet within the interval (default 30 days) and for never-reviewed risks', async () => {
      assert.deepEqual(await findingsOf('risk/review-overdue', { [FILE]: oneRisk('    reviewed: 2026-10-25\n') }), []);
      assert.deepEqual(await findingsOf('risk/review-overdue', { [FILE]: oneRisk('') }), []);
    });
  });

  describe('risk/score-mismatch', () => {
    it('reports a wrong score and fixes it by recomputing', async () => {
      const text = oneRisk('    score: 10   # keep this comment\n');
      const f = await findingsOf('risk/score-mismatch', { [FILE]: text });
      assert.equal(f.length, 1);
      assert.match(f[0]!.message, /score 10, but likelihood 3 × impact 4 is 12/);
      const fix = f[0]!.fixes![0]!;
      assert.equal(fix.isPreferred, true);
      const fixed = applyChanges(text, fix.changes);
      assert.equal(fixed, text.replace('score: 10', 'score: 12'));
      assert.deepEqual(await findingsOf('risk/score-mismatch', { [FILE]: fixed }), [], 'the fix converges');
    });
    it('checks the residual score too', async () => {
      const f = await findingsOf('risk/score-mismatch', { [FILE]: oneRisk('    residual:\n      likelihood: 1\n      impact: 2\n      score: 3\n') });
      assert.equal(f.length, 1);
      assert.match(f[0]!.message, /residual score 3/);
    });
    it('is quiet when the score matches or is absent, and offers no fix on Markdown', async () => {
      assert.deepEqual(await findingsOf('risk/score-mismatch', { [FILE]: oneRisk('    score: 12\n') }), []);
      assert.deepEqual(await findingsOf('risk/score-mismatch', { [FILE]: oneRisk('') }), []);
      const md = await findingsOf('risk/score-mismatch', { 'RISK_REGISTER.md': '| ID | Risk | Likelihood | Impact | Score |\n|---|---|---|---|---|\n| R-1 | A | 2 | 2 | 5 |\n' });
      assert.equal(md.length, 1);
      assert.equal(md[0]!.fixes, undefined);
    });
  });

  describe('risk/residual-exceeds-inherent', () => {
    it('reports a residual level above the inherent one', async () => {
      const f = await findingsOf('risk/residual-exceeds-inherent', { [FILE]: oneRisk('    residual: { likelihood: 4, impact: 2 }\n') });
      assert.equal(f.length, 1);
      assert.match(f[0]!.message, /likelihood 4 > 3/);
    });
    it('is quiet when mitigation lowers or keeps the levels', async () => {
      assert.deepEqual(await findingsOf('risk/residual-exceeds-inherent', { [FILE]: oneRisk('    residual: { likelihood: 3, impact: 2 }\n') }), []);
    });
  });

  describe('risk/closed-without-resolution', () => {
    it('reports a closed risk without a resolution at its status', async () => {
      const f = await findingsOf('risk/closed-without-resolution', { [FILE]: oneRisk('    status: closed\n') });
      assert.equal(f.length, 1);
      assert.equal(f[0]!.range.start.line, 7);
    });
    it('is quiet with a resolution or when not closed', async () => {
      assert.deepEqual(await findingsOf('risk/closed-without-resolution', { [FILE]: oneRisk('    status: closed\n    resolution: Vendor replaced.\n') }), []);
      assert.deepEqual(await findingsOf('risk/closed-without-resolution', { [FILE]: oneRisk('    status: open\n') }), []);
    });
  });

  describe('risk/unknown-reference', () => {
    const adr = { 'docs/adr/0007-use-two-processors.md': '# 7. Use two processors\n' };
    it('reports ADR numbers and risk ids that do not exist', async () => {
      const f = await findingsOf('risk/unknown-reference', { ...adr, [FILE]: oneRisk('    related: [ADR-0008, RISK-404, src/nowhere/]\n') });
      assert.deepEqual(f.map((x) => x.message.replace(/\.$/, '').split(' refers to ')[1]), ['ADR-0008, but there is no decision record number 8', 'RISK-404, but no risk in this folder has that id']);
      assert.equal(f[0]!.range.start.line, 7);
    });
    it('finds ADRs by number however they are written, and risks in other registers', async () => {
      const files = { ...adr, [FILE]: oneRisk('    related: [ADR-7, ADR 7, adr-0007, RISK-002, JIRA-12, src/payments/]\n'), 'risks.yaml': oneRisk('', 'RISK-002') };
      assert.deepEqual(await findingsOf('risk/unknown-reference', files), []);
    });
    it('hints at configuration when the folder has no decision records at all', async () => {
      const f = await findingsOf('risk/unknown-reference', { [FILE]: oneRisk('    related: [ADR-1]\n') });
      assert.match(f[0]!.message, /No decision records are indexed/);
    });

    const related = '    related: [src/payments/, ./docs/runbook.md#failover, src/api/charges.ts:42, src/paymnets/, docs/gone.md, https://status.example.com/x, src/**/*.ts, ../other/repo.md, /etc/hosts]\n';
    const repoFiles = ['docs/runbook.md', 'src/api/charges.ts', 'src/payments/index.ts', 'src/payments-legacy/x.ts'];
    it('checks paths against the folder\'s file list when the front end gave one', async () => {
      const index = await buildIndex({ [FILE]: oneRisk(related) });
      index.setRepoFiles(repoFiles);
      const f = index.lint().filter((x) => x.rule === 'risk/unknown-reference');
      assert.deepEqual(f.map((x) => x.message.split(' refers to ')[1]), [
        'src/paymnets/, but the repository has no file or folder src/paymnets.',
        'docs/gone.md, but the repository has no file or folder docs/gone.md.',
      ]);
      assert.equal(f[0]!.range.start.line, 7);
      assert.equal(f[0]!.range.start.character, related.indexOf('src/paymnets/'));
    });
    it('does not take a sibling with a longer name for a folder', async () => {
      const index = await buildIndex({ [FILE]: oneRisk('    related: [src/payments-legacy, src/pay]\n') });
      index.setRepoFiles(['src/payments-legacy/x.ts', 'src/payments/a.ts']);
      assert.deepEqual(index.lint().filter((x) => x.rule === 'risk/unknown-reference').map((x) => x.message.split(' refers to ')[1]), ['src/pay, but the repository has no file or folder src/pay.']);
    });
    it('leaves paths alone without a file list', async () => {
      assert.deepEqual(await findingsOf('risk/unknown-reference', { [FILE]: oneRisk(related) }), []);
    });
  });

  it('honours techlead-disable comments and severity overrides', async () => {
    const text = `# techlead-disable risk/overdue\n${oneRisk('').replace('2027-01-01', '2020-01-01')}`;
    assert.deepEqual(await findingsOf('risk/overdue', { [FILE]: text }), []);
    const index = await buildIndex({ [FILE]: oneRisk('').replace('2027-01-01', '2020-01-01'), '.techlead.yaml': 'rules:\n  risk/overdue: error\n' });
    assert.equal(index.lint().find((f) => f.rule === 'risk/overdue')?.severity, 'error');
  });

  it('gives a clean register no findings at all', async () => {
    const index = await buildIndex({ [FILE]: oneRisk('    status: open\n    reviewed: 2026-11-20\n') });
    assert.deepEqual(index.lint(), []);
  });
});
