import * as assert from 'node:assert/strict';
import { knownOwners } from '../../../src/core/risk/owners';
import { heatMap } from '../../../src/core/risk/report/heatMap';
import { listRisks } from '../../../src/core/risk/report/listRisks';
import { renderRiskReport } from '../../../src/core/risk/report/renderReport';
import { buildIndex, parse, readFixture, TODAY } from './helpers';

const yaml = parse(readFixture('commented-register.yaml'), 'docs/risks/payments.yaml');
const md = parse(readFixture('register.md'), 'RISK_REGISTER.md');

describe('risk lists and reports', () => {
  describe('listRisks', () => {
    const rows = listRisks([yaml, md], TODAY);

    it('gives the CLI shape: file, 1-based line, numbers for levels, null for missing values', () => {
      assert.equal(rows.length, 7);
      const first = rows[0]!;
      assert.deepEqual(
        { file: first.file, line: first.line, id: first.id, likelihood: first.likelihood, impact: first.impact, score: first.score, band: first.band, owner: first.owner, status: first.status, due: first.due, reviewed: first.reviewed },
        { file: 'docs/risks/payments.yaml', line: 17, id: 'RISK-001', likelihood: 3, impact: 5, score: 15, band: 'critical', owner: 'Dana Lee <dana@example.com>', status: 'mitigating', due: '2026-12-15', reviewed: '2026-11-02' },
      );
      assert.deepEqual(first.residual, { likelihood: 2, impact: 3, score: 6, band: 'medium' });
      const third = rows[2]!;
      assert.equal(third.owner, null);
      assert.equal(third.due, null);
      assert.equal(third.residual, null);
      assert.doesNotThrow(() => JSON.parse(JSON.stringify(rows)));
    });

    it('filters by overdue (due, review or either) and by owner substring', () => {
      assert.deepEqual(listRisks([yaml, md], TODAY, { overdue: 'due' }).map((r) => r.id), ['RISK-002', 'DEL-1']);
      assert.deepEqual(listRisks([yaml, md], TODAY, { overdue: 'review' }).map((r) => r.id), ['RISK-001', 'RISK-002', 'DEL-1']);
      assert.deepEqual(listRisks([yaml, md], TODAY, { overdue: true }).map((r) => r.id), ['RISK-001', 'RISK-002', 'DEL-1']);
      assert.deepEqual(listRisks([yaml, md], TODAY, { owner: 'DANA' }).map((r) => r.id), ['RISK-001']);
      assert.deepEqual(listRisks([yaml, md], TODAY, { owner: 'example.com', status: ['open'] }).map((r) => r.id), ['RISK-002', 'DEL-1']);
    });

    it('judges overdue against the date given, not the parse date', () => {
      assert.deepEqual(listRisks([yaml], '2026-09-02', { overdue: true }).map((r) => r.id), []);
    });
  });

  describe('heatMap', () => {
    it('counts risks per likelihood × impact cell with their ids', () => {
      const map = heatMap(yaml.risks, 'inherent');
      assert.equal(map.cells.length, 5);
      assert.ok(map.cells.every((row) => row.length === 5));
      assert.deepEqual(map.cells[2]![4], { likelihood: 3, impact: 5, count: 1, ids: ['RISK-001'] });
      assert.deepEqual(map.cells[1]![4]!.ids, ['RISK-002']);
      assert.equal(map.cells.flat().reduce((n, c) => n + c.count, 0), 3);
      assert.equal(map.unplaced, 0);
    });

    it('places residual assessments and counts risks without one as unplaced', () => {
      const map = heatMap(yaml.risks, 'residual');
      assert.deepEqual(map.cells[1]![2]!.ids, ['RISK-001']);
      assert.equal(map.unplaced, 2);
    });
  });

  describe('renderRiskReport', () => {
    const rows = listRisks([yaml, md], TODAY);

    it('csv: RFC 4180 quoting, CRLF, a header row and one row per risk', () => {
      const csv = renderRiskReport(rows, 'csv', TODAY);
      const lines = csv.split('\r\n');
      assert.equal(lines[0], 'file,line,id,title,category,likelihood,impact,score,band,residual_likelihood,residual_impact,residual_score,owner,status,due,reviewed,next_review,overdue,review_overdue,related');
      assert.equal(lines.length, rows.length + 2, 'header, rows, and the empty piece after the final CRLF');
      assert.ok(csv.endsWith('\r\n'));
      assert.match(csv, /,RISK-001,Card-processor outage stops checkout,availability,3,5,15,critical,2,3,6,Dana Lee <dana@example.com>,mitigating,2026-12-15,2026-11-02,2026-11-16,false,true,ADR-0007; RISK-002; src\/payments\/\r\n/);
      const tricky = renderRiskReport([{ ...rows[0]!, title: 'Say "hi", then\nleave' }], 'csv', TODAY);
      assert.match(tricky, /,"Say ""hi"", then\nleave",/);
    });

    it('csv: text a spreadsheet would evaluate as a formula is written as text', () => {
      for (const start of ['=', '+', '-', '@']) {
        const hostile = renderRiskReport([{ ...rows[0]!, title: `${start}HYPERLINK("http://x")`, owner: `${start}1+1` }], 'csv', TODAY);
        const cells = hostile.split('\r\n')[1]!;
        assert.ok(cells.includes(`,"'${start}HYPERLINK(""http://x"")",`), `title starting with ${start}: ${cells}`);
        assert.ok(cells.includes(`,'${start}1+1,`), `owner starting with ${start}: ${cells}`);
      }
      // Numbers are values, not text: a score stays a number.
      assert.match(renderRiskReport(rows, 'csv', TODAY), /,15,critical,/);
    });

    it('md: summary, heat maps, attention list and a table with escaped cells', () => {
      const text = renderRiskReport(rows, 'md', TODAY, { title: 'Q4 risks' });
      assert.match(text, /^# Q4 risks\n/);
      assert.match(text, /As of 2026-11-21: 7 risks \(3 open, 2 mitigating, 2 closed\)/);
      assert.match(text, /## Heat map \(inherent\)/);
      assert.match(text, /\| 3 possible \|  \|  \| DEL-2 \|  \| RISK-001 \|/);
      assert.match(text, /1 open risk has no inherent assessment/);
      assert.match(text, /- \*\*Overdue\*\*: RISK-002 Leaked API key grants refunds \(due 2026-10-01/);
      assert.match(text, /\| DEL-3 \| Legacy \\\| pipe in title \|/);
    });

    it('html: a standalone page with a 5×5 heat map, every text escaped, no scripts', () => {
      const evil = { ...rows[0]!, id: '<script>alert(1)</script>', title: 'A & B "quoted"', owner: '<img src=x onerror=alert(1)>' };
      const html = renderRiskReport([evil, ...rows.slice(1)], 'html', TODAY);
      assert.match(html, /^<!DOCTYPE html>/);
      assert.ok(!/<script/i.test(html), 'no script element');
      assert.ok(!html.includes('<img'), 'no markup from data');
      assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
      assert.match(html, /A &#38; B &#34;quoted&#34;/);
      assert.match(html, /Content-Security-Policy/);
      const heat = /<table class="heat">[\s\S]*?<\/table>/.exec(html)![0];
      assert.equal((heat.match(/<td /g) ?? []).length, 25);
    });
  });

  describe('knownOwners', () => {
    it('collects owners from all registers, merges a bare name into its email entry, most risks first', async () => {
      const index = await buildIndex({
        'docs/risks/a.yaml': 'risks:\n  - { id: A-1, title: a, likelihood: 1, impact: 1, owner: Dana Lee }\n  - { id: A-2, title: b, likelihood: 1, impact: 1, owner: sam@example.com }\n',
        'docs/risks/b.yaml': 'risks:\n  - { id: B-1, title: c, likelihood: 1, impact: 1, owner: Dana Lee <dana@example.com> }\n',
      });
      assert.deepEqual(knownOwners(index), [
        { text: 'Dana Lee <dana@example.com>', name: 'Dana Lee', email: 'dana@example.com', count: 2 },
        { text: 'sam@example.com', name: undefined, email: 'sam@example.com', count: 1 },
      ]);
    });
  });
});
