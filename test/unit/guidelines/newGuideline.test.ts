import * as assert from 'node:assert/strict';
import type { Guideline } from '../../../src/core/guidelines/model';
import { planNewGuideline, slug } from '../../../src/core/guidelines/newGuideline';
import { parseGuidelineFile } from '../../../src/core/guidelines/parseGuideline';
import { lintGuideline } from './lintGuideline';

const DIR = '.techlead/guidelines';
const existing = (path: string, id: string) => parseGuidelineFile(path, `---\nid: ${id}\ntitle: x\napplies-to: "**"\n---\n- [ ] x\n`);

function plan(guidelines: Guideline[], request: Parameters<typeof planNewGuideline>[1], occupied: string[] = []) {
  return planNewGuideline({ discovery: { defaultDirectory: DIR, occupiedPaths: new Set(occupied) }, guidelines }, request);
}

function planOk(guidelines: Guideline[], request: Parameters<typeof planNewGuideline>[1], occupied: string[] = []) {
  const result = plan(guidelines, request, occupied);
  if (result.error !== undefined) assert.fail(result.error);
  return result;
}

describe('planning a new guideline', () => {
  it('creates a file the parser reads back exactly, with no lint findings', () => {
    const result = planOk([], { title: 'Validate input: at API boundaries', appliesTo: ['src/api/**', '!src/api/**/*.test.ts'], severity: 'blocker', tags: ['security', 'api'] });
    assert.equal(result.id, 'GL-001');
    assert.equal(result.path, `${DIR}/validate-input-at-api-boundaries.md`);
    assert.equal(result.change.type, 'create');
    const doc = parseGuidelineFile(result.path, result.change.content);
    assert.deepEqual(doc.frontMatterIssues, []);
    assert.equal(doc.title, 'Validate input: at API boundaries');
    assert.equal(doc.severity, 'blocker');
    assert.deepEqual(doc.tags, ['security', 'api']);
    assert.deepEqual(doc.appliesTo.map((p) => p.text), ['src/api/**', '!src/api/**/*.test.ts']);
    assert.equal(doc.checklist.length, 1);
    assert.deepEqual(lintGuideline(doc), []);
    assert.equal(result.change.content.split('\n')[result.selection.start.line], doc.rationale);
  });

  it('follows the folder style for the next id and file names', () => {
    const guidelines = [existing(`${DIR}/sec-001-input.md`, 'SEC-001'), existing(`${DIR}/sec-009-secrets.md`, 'SEC-009'), existing(`${DIR}/perf-01-cache.md`, 'PERF-01'), existing('other/x-100.md', 'X-100')];
    const result = planOk(guidelines, { title: 'Rate limits', appliesTo: ['src/**'] });
    assert.equal(result.id, 'SEC-010');
    assert.equal(result.path, `${DIR}/sec-010-rate-limits.md`);
  });

  it('keeps padding, skips ids in use anywhere and starts at GL-001', () => {
    const result = planOk([existing(`${DIR}/a.md`, 'A-0099'), existing('elsewhere/b.md', 'a-0100')], { title: 'T', appliesTo: ['**'] });
    assert.equal(result.id, 'A-0101');
    assert.equal(result.path, `${DIR}/t.md`);
  });

  it('never reuses a taken file name, whatever its case', () => {
    const result = planOk([existing(`${DIR}/logging.md`, 'L-1')], { title: 'Logging', appliesTo: ['**'] }, [`${DIR}/Logging-2.md`]);
    assert.equal(result.path, `${DIR}/logging-3.md`);
  });

  it('uses a requested id and directory, and refuses a taken or malformed id', () => {
    const result = planOk([existing(`${DIR}/a.md`, 'SEC-001')], { id: 'OPS-7', title: 'Deploys', appliesTo: ['deploy/**'], directory: 'review/ops/' });
    assert.equal(result.id, 'OPS-7');
    assert.equal(result.path, 'review/ops/deploys.md');
    assert.match(plan([existing(`${DIR}/a.md`, 'SEC-001')], { id: 'sec-001', title: 'T', appliesTo: ['**'] }).error!, /already used by \.techlead\/guidelines\/a\.md/);
    assert.match(plan([], { id: 'has space', title: 'T', appliesTo: ['**'] }).error!, /not a valid id/);
  });

  it('refuses an empty title, no patterns or an invalid pattern', () => {
    assert.match(plan([], { title: '  ', appliesTo: ['**'] }).error!, /needs a title/);
    assert.match(plan([], { title: 'T', appliesTo: [' '] }).error!, /at least one applies-to pattern/);
    assert.match(plan([], { title: 'T', appliesTo: ['./src/**'] }).error!, /Did you mean "src\/\*\*"/);
  });

  it('makes file names safe on every system', () => {
    assert.equal(slug('Café & crème: Ünïcode!', 60), 'cafe-creme-unicode');
    assert.equal(slug('CON', 60), 'con-guideline');
    assert.equal(slug('日本語', 60), 'guideline');
    assert.equal(slug('a very long title that goes on and on beyond the limit of sixty characters', 60), 'a-very-long-title-that-goes-on-and-on-beyond-the-limit-of');
    assert.equal(slug('../../etc/passwd', 60), 'etc-passwd');
  });
});
