import * as assert from 'node:assert/strict';
import { parse, readFixture } from './helpers';

describe('YAML risk register parser', () => {
  const text = readFixture('commented-register.yaml');
  const register = parse(text, 'docs/risks/payments.yaml', '2026-11-21');

  it('reads the header: title, scales, bands, review interval', () => {
    assert.equal(register.parsed, true);
    assert.equal(register.readOnly, false);
    assert.equal(register.format, 'yaml');
    assert.equal(register.title, 'Payments platform');
    assert.deepEqual(register.scales.bands, { critical: 15, high: 9, medium: 4 });
    assert.deepEqual(register.reviewInterval, { amount: 2, unit: 'w', text: '2w' });
    assert.deepEqual(register.syntaxErrors, []);
    assert.deepEqual(register.schemaIssues, []);
  });

  it('resolves every field of a risk', () => {
    const r = register.risks[0]!;
    assert.equal(r.id, 'RISK-001');
    assert.equal(r.title, 'Card-processor outage stops checkout');
    assert.match(r.description!, /two multi-hour outages/);
    assert.equal(r.category, 'availability');
    assert.deepEqual([r.likelihood, r.impact, r.score, r.declaredScore, r.band], [3, 5, 15, 15, 'critical']);
    assert.deepEqual({ ...r.owner }, { text: 'Dana Lee <dana@example.com>', name: 'Dana Lee', email: 'dana@example.com' });
    assert.equal(r.status, 'mitigating');
    assert.equal(r.due, '2026-12-15');
    assert.equal(r.reviewed, '2026-11-02');
    assert.equal(r.nextReview, '2026-11-16');
    assert.equal(r.overdue, false);
    assert.equal(r.reviewOverdue, true);
    assert.deepEqual([r.residual?.likelihood, r.residual?.impact, r.residual?.score, r.residual?.band], [2, 3, 6, 'medium']);
    assert.deepEqual(r.related.map((x) => [x.text, x.kind]), [['ADR-0007', 'adr'], ['RISK-002', 'risk'], ['src/payments/', 'path']]);
  });

  it('keeps the source range of each key and value and of the item', () => {
    const r = register.risks[0]!;
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
    const impact = r.fields.get('impact')!;
    assert.equal(impact.keySpan.range.start.line, lineOf('impact: severe'));
    assert.equal(text.slice(impact.valueSpan.start, impact.valueSpan.end), 'severe');
    assert.equal(text.slice(impact.keySpan.start, impact.keySpan.end), 'impact');
    assert.equal(r.anchor.start.line, lineOf('- id: RISK-001'));
    assert.equal(text.slice(r.span.start, r.span.start + 12), 'id: RISK-001');
    assert.equal(r.related[1]!.span.range.start.line, lineOf('related: [ADR-0007'));
    assert.equal(text.slice(r.related[1]!.span.start, r.related[1]!.span.end), 'RISK-002');
  });

  it('computes overdue against the given date and treats a missing status as open', () => {
    const r2 = register.risks[1]!;
    assert.equal(r2.overdue, true);
    assert.equal(r2.mitigation, 'Rotate keys monthly and scope refund permissions to the back office.');
    const early = parse(text, 'x.yaml', '2026-09-15');
    assert.equal(early.risks[1]!.overdue, false);
    const noStatus = parse('risks:\n  - id: R-1\n    title: A\n    likelihood: 1\n    impact: 1\n    due: 2020-01-01\n');
    assert.equal(noStatus.risks[0]!.status, undefined);
    assert.equal(noStatus.risks[0]!.effectiveStatus, 'open');
    assert.equal(noStatus.risks[0]!.overdue, true);
  });

  it('never flags closed risks as overdue', () => {
    const r = parse('risks:\n  - id: R-1\n    title: A\n    likelihood: 1\n    impact: 1\n    status: closed\n    due: 2020-01-01\n    reviewed: 2020-01-01\n').risks[0]!;
    assert.equal(r.overdue, false);
    assert.equal(r.reviewOverdue, false);
  });

  it('turns unparseable YAML into one finding at the error and a register with no risks', () => {
    const broken = parse('risks:\n  - id: RISK-001\n    title: [unclosed\n  - id: RISK-002\n');
    assert.equal(broken.parsed, false);
    assert.equal(broken.risks.length, 0);
    assert.equal(broken.syntaxErrors.length, 1);
    assert.match(broken.syntaxErrors[0]!.message, /not valid YAML/);
    assert.ok(broken.syntaxErrors[0]!.range.start.line >= 2);
  });

  it('reports schema problems at the offending key and still reads the rest', () => {
    const r = parse('risks:\n  - id: RISK-001\n    title: A\n    likelihood: 3\n    impact: 9\n    owners: Dana\n    status: done\n    due: 15/12/2026\n  - id: RISK-002\n    title: B\n    likelihood: 1\n    impact: 1\n');
    const messages = r.schemaIssues.map((i) => `${i.range.start.line}: ${i.message}`);
    assert.equal(messages.length, 4, messages.join('\n'));
    assert.match(messages.find((m) => m.includes('owners'))!, /^5: Unknown key "owners".*Did you mean "owner"/);
    assert.match(messages.find((m) => m.includes('status'))!, /^6: .*"done" is not one of open/);
    assert.match(messages.find((m) => m.includes('due'))!, /^7: .*not a date/);
    assert.match(messages.find((m) => m.includes('impact'))!, /^4: /);
    assert.equal(r.risks.length, 2);
    assert.equal(r.risks[1]!.score, 1);
  });

  it('reports a missing id or title on the item', () => {
    const r = parse('risks:\n  - title: No id here\n    likelihood: 1\n    impact: 1\n');
    assert.equal(r.schemaIssues.length, 1);
    assert.match(r.schemaIssues[0]!.message, /missing "id"/);
    assert.equal(r.schemaIssues[0]!.range.start.line, 1);
  });

  it('reads a file with a byte-order mark and an empty file', () => {
    assert.equal(parse('\ufeffrisks:\n  - id: R-1\n    title: A\n    likelihood: 1\n    impact: 1\n').risks.length, 1);
    const empty = parse('');
    assert.equal(empty.parsed, true);
    assert.equal(empty.risks.length, 0);
  });
});
