import * as assert from 'node:assert/strict';
import { isRegisterName } from '../../../src/core/risk/discovery';
import type { RiskDiscovery } from '../../../src/core/risk/discovery';
import { bandsFor, detectScale, DEFAULT_SCALES } from '../../../src/core/risk/scales';
import { statusOf } from '../../../src/core/risk/statusWords';
import { listRisks } from '../../../src/core/risk/report/listRisks';
import { summarize } from '../../../src/core/risk/report/summary';
import { buildIndex, findingsOf, parse } from './helpers';

/** Registers teams write in their own style: found by name, read by meaning, scored on their own scale, never edited. */
describe('Risk registers in other styles', () => {
  describe('discovery by name', () => {
    it('finds registers by their usual names anywhere, outside dependencies and hidden folders', async () => {
      const table = '| ID | Risk | Owner |\n|---|---|---|\n| A-1 | x | Kim |\n';
      const index = await buildIndex({
        'docs/risk-register.yaml': 'risks:\n  - id: R1\n    name: A\n    severity: high\n',
        'services/pay/RISKS.md': table,
        'ops/Risk_Register.yml': 'risks:\n  - id: R2\n    title: B\n    likelihood: 2\n    impact: 2\n',
        'docs/policies/INITIAL_RISK_ASSESSMENT.md': table,
        'node_modules/lib/risks.md': table,
        '.cache/risks.md': table,
        'docs/notes.md': table,
        'docs/risks-and-rewards.md': table,
      });
      assert.deepEqual(index.documents('risk').map((r) => r.path).sort(), ['docs/policies/INITIAL_RISK_ASSESSMENT.md', 'docs/risk-register.yaml', 'ops/Risk_Register.yml', 'services/pay/RISKS.md']);
      const discovery = index.discovery<RiskDiscovery>('risk')!;
      assert.ok(discovery.claims('new/place/risk_register.md'), 'a register added later is picked up');
      assert.ok(!discovery.claims('node_modules/x/RISKS.md'));
    });

    it('knows the names, whatever the case and separator', () => {
      for (const name of ['risks.md', 'RISKS.md', 'risk-register.yaml', 'RISK_REGISTER.md', 'Risk Register.md', 'project-risk-register.yml', 'risk_assessment.md']) assert.ok(isRegisterName(name), name);
      for (const name of ['risk.md', 'risks.txt', 'README.md', 'riskscore.yaml', 'risks-and-rewards.md']) assert.ok(!isRegisterName(name), name);
    });
  });

  describe('Markdown tables in other languages and with other columns', () => {
    it('reads French column names and values', () => {
      const r = parse('| ID | Risque | Probabilité | Gravité | Propriétaire | Statut | Échéance | Mesures |\n|---|---|---|---|---|---|---|---|\n| R1 | Perte de données | Élevé | Moyen | Camille | En cours | 2027-03-01 | Sauvegardes |\n| R2 | Panne | Faible | Élevé | Léa | Ouvert | 2027-04-01 | Redondance |\n', 'RISQUES/risks.md');
      const [a] = r.risks;
      assert.deepEqual([a!.id, a!.title, a!.owner?.text, a!.due, a!.mitigation], ['R1', 'Perte de données', 'Camille', '2027-03-01', 'Sauvegardes']);
      assert.deepEqual([a!.status, a!.statusText], ['mitigating', 'En cours']);
      assert.deepEqual([a!.likelihood, a!.impact, a!.score, a!.band], [3, 2, 6, 'high'], 'high × medium on a 3 × 3 scale');
      assert.deepEqual(r.schemaIssues, []);
    });

    it('reads German and Spanish column names', () => {
      const de = parse('| Nr | Risiko | Wahrscheinlichkeit | Auswirkung | Verantwortlich | Status | Frist |\n|---|---|---|---|---|---|---|\n| 1 | Ausfall | hoch | hoch | Jonas | Überwacht | 2027-01-31 |\n', 'risiken/RISKS.md');
      assert.deepEqual([de.risks[0]!.title, de.risks[0]!.owner?.text, de.risks[0]!.status, de.risks[0]!.score, de.risks[0]!.band], ['Ausfall', 'Jonas', 'mitigating', 9, 'critical']);
      const es = parse('| Riesgo | Probabilidad | Impacto | Responsable | Estado |\n|---|---|---|---|---|\n| Caída | Media | Alta | Ana | Mitigado |\n', 'riesgos/risks.md');
      assert.deepEqual([es.risks[0]!.title, es.risks[0]!.likelihood, es.risks[0]!.impact, es.risks[0]!.owner?.text, es.risks[0]!.status], ['Caída', 2, 3, 'Ana', 'mitigating']);
    });

    it('takes Threat, Treatment Plan, Target Date and Priority columns by meaning', () => {
      const r = parse('| Priority | Threat | Treatment Plan | Target Date |\n|---|---|---|---|\n| P0 | Key leak | Rotate keys | 2026-01-01 |\n| P2 | Slow CI | Cache | 2027-01-01 |\n', 'RISKS.md');
      assert.deepEqual(r.risks.map((x) => [x.title, x.mitigation, x.due, x.band]), [['Key leak', 'Rotate keys', '2026-01-01', 'critical'], ['Slow CI', 'Cache', '2027-01-01', 'medium']]);
      assert.equal(r.risks[0]!.overdue, true);
    });
  });

  it('reads headers with a scale in brackets, camelCase keys and an overall risk level', () => {
    const r = parse('| Risk ID | Risk Description | Probability (1-5) | Impact (1-5) | Risk Owner | Status |\n|---|---|---|---|---|---|\n| T-1 | Outage | 4 | 5 | Ops | Monitor |\n', 'RISKS.md');
    assert.deepEqual([r.risks[0]!.id, r.risks[0]!.title, r.risks[0]!.score, r.risks[0]!.band, r.risks[0]!.status], ['T-1', 'Outage', 20, 'critical', 'mitigating']);
    const y = parse('- riskId: X-1\n  riskTitle: Leak\n  dueDate: 2027-02-01\n  riskLevel: High\n  riskOwner: Sec\n', 'risks.yaml');
    assert.deepEqual([y.risks[0]!.id, y.risks[0]!.title, y.risks[0]!.due, y.risks[0]!.owner?.text, y.risks[0]!.band], ['X-1', 'Leak', '2027-02-01', 'Sec', 'high']);
  });

  describe('Markdown registers without tables', () => {
    it('reads a heading per risk with field lines under it', () => {
      const md = '# Risks\n\n## R-1: Vendor lock-in\n\n- **Likelihood:** High\n- **Impact:** Critical\n- **Owner:** Dana\n- **Status:** Monitoring\n- **Due:** 2026-01-10\n\nSome prose.\n\n## R-2: Outage\n\nLikelihood: Low\nImpact: Medium\nStatus: Accepted\n\n## Glossary\n\nNothing here.\n';
      const r = parse(md, 'risk-register.md');
      assert.deepEqual(r.risks.map((x) => [x.id, x.title, x.likelihood, x.impact, x.owner?.text, x.status, x.statusText, x.due]), [
        ['R-1', 'Vendor lock-in', 3, 4, 'Dana', 'mitigating', 'Monitoring', '2026-01-10'],
        ['R-2', 'Outage', 1, 2, undefined, 'accepted', 'Accepted', undefined],
      ]);
      assert.equal(r.risks[0]!.overdue, true);
      assert.equal(r.risks[0]!.anchor.start.line, 2, 'findings point at the id in the heading');
    });

    it('reads a heading per risk with a two-column table of fields under it', () => {
      const md = '# Risks\n\n### RISK-7 — Certificate expiry\n\n| Field | Value |\n|---|---|\n| Probability | Medium |\n| Severity | High |\n| Owner | Ops |\n| Status | Open |\n';
      const r = parse(md, 'docs/risks.md');
      assert.deepEqual(r.risks.map((x) => [x.id, x.title, x.likelihood, x.impact, x.owner?.text, x.status]), [['RISK-7', 'Certificate expiry', 2, 3, 'Ops', 'open']]);
    });

    it('reads a list with one risk per item under a risk heading, and leaves other lists alone', () => {
      const md = '# Project\n\n## How to read this\n\n- Not a risk\n\n## Risks\n\n- Vendor lock-in — Mitigation: abstraction layer; Owner: Kim\n- **Data loss**: mitigated with nightly backups.\n- Key person leaves\n';
      const r = parse(md, 'RISKS.md');
      assert.deepEqual(r.risks.map((x) => [x.title, x.mitigation, x.owner?.text]), [
        ['Vendor lock-in', 'abstraction layer', 'Kim'],
        ['Data loss', 'nightly backups', undefined],
        ['Key person leaves', undefined, undefined],
      ]);
      assert.equal(r.risks[1]!.status, undefined, '"mitigated" in prose is not a status');
    });

    it('reads long runs of spaces and dashes in linear time', () => {
      const spaces = ' '.repeat(50_000);
      const md = `# Risks\n\n- A${spaces}x${spaces};${spaces}|${spaces}y\n- B ${'- '.repeat(20_000)}\n## 1${spaces}x\n1${spaces}high\n`;
      const started = Date.now();
      const r = parse(md, 'RISKS.md');
      assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
      assert.equal(r.risks.length, 2);
    });

    it('gives a located finding for a file with no risk in it', () => {
      const r = parse('# Notes\n\nProse only.\n', 'risks.md');
      assert.equal(r.risks.length, 0);
      assert.match(r.schemaIssues[0]!.message, /No risk found/);
    });
  });

  describe('YAML registers with other keys', () => {
    const foreign = 'metadata:\n  version: "1"\nrisks:\n  - id: "R-1"\n    title: "Tenant leak"\n    severity: "critical"\n    probability: "medium"\n    impact: "Loss of trust"\n    owner: "Security"\n    status: "in-progress"\n    review_date: "2026-01-16"\n  - id: R-2\n    name: Cost runaway\n    severity: high\n    probability: low\nextra:\n  owner: nobody\n';

    it('reads keys by meaning, scores on the scales the values use, and is read-only without schema findings', () => {
      const r = parse(foreign, 'docs/risk-register.yaml');
      assert.equal(r.ownFormat, false);
      assert.equal(r.readOnly, true);
      assert.match(r.readOnlyReason!, /its own keys/);
      assert.deepEqual(r.schemaIssues, []);
      const [a, b] = r.risks;
      assert.deepEqual([a!.title, a!.likelihood, a!.impact, a!.score, a!.status, a!.statusText, a!.reviewed], ['Tenant leak', 2, 4, 8, 'mitigating', 'in-progress', '2026-01-16']);
      assert.equal(a!.fields.value('impact'), 'Loss of trust', 'the free-text impact is kept as written');
      assert.deepEqual([b!.title, b!.likelihood, b!.impact, b!.owner], ['Cost runaway', 1, 3, undefined]);
      assert.deepEqual(r.scales.bands, bandsFor(3, 4));
    });

    it('gets the findings that matter, not schema findings', async () => {
      const findings = await findingsOf('risk/missing-owner', { 'docs/risk-register.yaml': foreign });
      assert.deepEqual(findings.map((f) => f.message.includes('R-2')), [true]);
      assert.deepEqual(await findingsOf('risk/schema', { 'docs/risk-register.yaml': foreign }), []);
      assert.equal((await findingsOf('risk/missing-due-date', { 'docs/risk-register.yaml': foreign })).length, 2);
    });

    it('reads a severity-only register on its one scale', () => {
      const r = parse('risks:\n  - id: R1\n    name: A\n    severity: CRITICAL\n  - id: R2\n    name: B\n    severity: MEDIUM\n', 'risk_register.yaml');
      assert.deepEqual(r.risks.map((x) => [x.likelihood, x.impact, x.score, x.band]), [[undefined, 4, 4, 'critical'], [undefined, 2, 2, 'medium']]);
    });

    it('keeps our own format strict: a mistyped key is still a schema finding', () => {
      const r = parse('risks:\n  - id: R1\n    title: A\n    likelihood: 2\n    impact: 2\n    ower: Dana\n', 'risk-register.yaml');
      assert.equal(r.ownFormat, true);
      assert.equal(r.readOnly, false);
      assert.ok(r.schemaIssues.some((i) => /ower/.test(i.message)), r.schemaIssues.map((i) => i.message).join('\n'));
    });
  });

  describe('scales and statuses', () => {
    it('reads the scale a register uses from its values', () => {
      assert.deepEqual(detectScale(['Low', 'High', undefined], DEFAULT_SCALES.impact), ['low', 'medium', 'high']);
      assert.deepEqual(detectScale(['low', 'critical'], DEFAULT_SCALES.impact), ['low', 'medium', 'high', 'critical']);
      assert.equal(detectScale(['Very high', 'low'], DEFAULT_SCALES.impact).length, 5);
      assert.equal(detectScale([3, 'high'], DEFAULT_SCALES.impact), DEFAULT_SCALES.impact);
      assert.equal(detectScale(['major', 'high'], DEFAULT_SCALES.impact), DEFAULT_SCALES.impact);
      assert.deepEqual(detectScale(['P1', 'P0'], DEFAULT_SCALES.impact), ['p3', 'p2', 'p1', 'p0']);
    });

    it('leaves risks rated on three levels off the 5 × 5 heat map, and says how many levels rows use', () => {
      const r = parse('| ID | Risk | Likelihood | Impact |\n|---|---|---|---|\n| A | x | High | High |\n', 'RISKS.md');
      const rows = listRisks([r], '2026-11-21');
      assert.deepEqual(rows[0]!.levels, { likelihood: 3, impact: 3 });
      const summary = summarize(rows, '2026-11-21');
      assert.deepEqual([summary.inherent.unplaced, summary.inherent.total], [1, 1]);
    });

    it('grows the bands with the scales: 3 × 3 is critical at 9, 4 × 4 at 12, 5 × 5 as ours', () => {
      assert.deepEqual(bandsFor(3, 3), { critical: 9, high: 6, medium: 3 });
      assert.deepEqual(bandsFor(4, 4), { critical: 12, high: 8, medium: 4 });
      assert.deepEqual(bandsFor(5, 5), DEFAULT_SCALES.bands);
    });

    it('maps the status words teams write to our five, whatever the case or decoration', () => {
      const cases: [string, string | undefined][] = [
        ['open', 'open'], ['Active', 'open'], ['mitigated', 'mitigating'], ['Monitoring', 'mitigating'], ['in-progress', 'mitigating'], ['In Progress', 'mitigating'],
        ['treated', 'mitigating'], ['Accepted', 'accepted'], ['✅ Closed', 'closed'], ['Resolved', 'closed'], ['occurred', 'occurred'], ['Open - awaiting budget', 'open'],
        ['fermé', 'closed'], ['akzeptiert', 'accepted'], ['stuck', undefined],
      ];
      assert.deepEqual(cases.map(([word]) => [word, statusOf(word)]), cases);
    });
  });
});
