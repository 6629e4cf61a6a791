import * as assert from 'node:assert/strict';
import { buildIndex } from './helpers';

/** likelihood × impact, off by one for every seventh risk so score-mismatch has work to do. */
function scoreFor(n: number): number {
  const score = ((n % 5) + 1) ** 2;
  return n % 7 === 0 && score < 25 ? score + 1 : score;
}

/** 50 registers of 100 risks each, with references across files and some problems to report. */
function bigFolder(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let f = 0; f < 50; f++) {
    const lines = ['# generated register', 'review-interval: 30d', 'risks:'];
    for (let i = 0; i < 100; i++) {
      const n = f * 100 + i + 1;
      lines.push(
        `  - id: RISK-${String(n).padStart(5, '0')}   # risk ${n}`,
        `    title: Risk number ${n} could happen`,
        `    likelihood: ${(n % 5) + 1}`,
        `    impact: ${['negligible', 'minor', 'moderate', 'major', 'severe'][n % 5]}`,
        `    score: ${scoreFor(n)}`,
        `    owner: Owner ${n % 40} <owner${n % 40}@example.com>`,
        `    status: ${['open', 'mitigating', 'accepted', 'occurred'][n % 4]}`,
        `    due: 2026-${String((n % 12) + 1).padStart(2, '0')}-15`,
        `    reviewed: 2026-${String((n % 11) + 1).padStart(2, '0')}-01`,
        `    residual: { likelihood: 1, impact: 1 }`,
        `    related: [RISK-${String(((n * 7) % 5000) + 1).padStart(5, '0')}, ADR-${n % 9}, src/module${n % 10}/]`,
        `    mitigation: Watch it closely and act early.`,
      );
    }
    files[`docs/risks/register-${String(f).padStart(2, '0')}.yaml`] = lines.join('\n') + '\n';
  }
  return files;
}

describe('risk performance', function () {
  this.timeout(30_000);

  it('parses and lints 5,000 risks in 50 files quickly', async () => {
    const files = bigFolder();
    const start = performance.now();
    const index = await buildIndex(files);
    const parsed = performance.now();
    const findings = index.lint();
    const done = performance.now();
    assert.equal(index.documents('risk').reduce((n, d) => n + d.risks.length, 0), 5000);
    assert.ok(findings.some((f) => f.rule === 'risk/score-mismatch'));
    assert.ok(!findings.some((f) => f.rule === 'risk/schema'), findings.find((f) => f.rule === 'risk/schema')?.message);
    // Generous bounds for slow CI machines; a quadratic step would take far longer.
    assert.ok(parsed - start < 8000, `parse took ${Math.round(parsed - start)} ms`);
    assert.ok(done - parsed < 2000, `lint took ${Math.round(done - parsed)} ms`);
    console.log(`      5,000 risks: parse ${Math.round(parsed - start)} ms, lint ${Math.round(done - parsed)} ms, ${findings.length} findings`);
  });
});
