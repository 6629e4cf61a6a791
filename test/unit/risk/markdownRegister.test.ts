import * as assert from 'node:assert/strict';
import { parse, readFixture } from './helpers';

describe('Markdown-table risk registers', () => {
  const text = readFixture('register.md');
  const register = parse(text, 'RISK_REGISTER.md');

  it('is read-only and reads the title from the heading', () => {
    assert.equal(register.format, 'markdown');
    assert.equal(register.readOnly, true);
    assert.equal(register.title, 'Delivery risks');
  });

  it('finds columns by their header names and reads each row as a risk', () => {
    assert.equal(register.risks.length, 4, 'the glossary table is not a risk table');
    const [a, b] = register.risks;
    assert.equal(a!.id, 'DEL-1');
    assert.equal(a!.title, 'Key engineer leaves');
    assert.deepEqual([a!.likelihood, a!.impact, a!.score, a!.declaredScore], [4, 4, 16, 16]);
    assert.equal(a!.owner?.email, 'ana@example.com');
    assert.equal(a!.due, '2026-09-30');
    assert.equal(a!.reviewed, '2026-09-01');
    assert.equal(a!.mitigation, 'Pair on the billing code');
    assert.deepEqual(a!.related.map((r) => [r.text, r.kind]), [['ADR-3', 'adr'], ['DEL-2', 'risk']]);
    assert.equal(text.slice(a!.related[1]!.span.start, a!.related[1]!.span.end), 'DEL-2');
    assert.equal(b!.status, 'mitigating', 'status words are read without case');
    assert.deepEqual([b!.likelihood, b!.impact, b!.score], [3, 3, 9]);
    assert.equal(b!.owner?.name, '@kim');
  });

  it('keeps escaped pipes inside cells and reads five-point words', () => {
    const c = register.risks[2]!;
    assert.equal(c.title, 'Legacy | pipe in title');
    assert.equal(c.likelihood, 5);
    assert.equal(c.due, undefined, 'a dash is an empty cell');
    assert.equal(c.owner, undefined);
  });

  it('points each cell at its place in the file', () => {
    const a = register.risks[0]!;
    const line = text.split('\n').findIndex((l) => l.startsWith('| DEL-1'));
    assert.equal(a.anchor.start.line, line);
    const owner = a.fields.get('owner')!;
    assert.equal(text.slice(owner.valueSpan.start, owner.valueSpan.end), 'Ana Ruiz <ana@example.com>');
    assert.equal(text.slice(owner.keySpan.start, owner.keySpan.end), 'Owner');
  });

  it('reports cells it cannot read, on their row', () => {
    const line = text.split('\n').findIndex((l) => l.startsWith('| DEL-4'));
    const issues = register.schemaIssues.map((i) => `${i.range.start.line}: ${i.message}`);
    assert.equal(issues.length, 4, issues.join('\n'));
    assert.ok(issues.every((m) => m.startsWith(`${line}: `)));
    assert.ok(issues.some((m) => /likelihood "often"/.test(m)));
    assert.ok(issues.some((m) => /severity "huge"/.test(m)));
    assert.ok(issues.some((m) => /status "stuck"/.test(m)));
    assert.ok(issues.some((m) => /due date "15\/12\/2026"/.test(m)));
  });

  it('reports a file with no risk table instead of showing nothing', () => {
    const none = parse('# Notes\n\nJust prose.\n', 'docs/risks/notes.md');
    assert.equal(none.risks.length, 0);
    assert.match(none.schemaIssues[0]!.message, /No risk found/);
  });

  it('ignores tables inside fenced code blocks and reads tables without outer pipes', () => {
    const md = '```\n| ID | Risk | Owner |\n|---|---|---|\n| X-1 | fake | a |\n```\n\nID | Risk | Impact\n---|---|---\nR-1 | Real | 2\n';
    const r = parse(md, 'docs/risks/x.md');
    assert.deepEqual(r.risks.map((x) => [x.id, x.title, x.impact]), [['R-1', 'Real', 2]]);
  });
});
