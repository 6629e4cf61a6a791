import * as assert from 'node:assert/strict';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { parseGuidelineFile } from '../../../src/core/guidelines/parseGuideline';
import { findFrontMatterFence, UNCLOSED_FRONT_MATTER } from '../../../src/core/text/frontMatterFence';

describe('front matter fences (one reader for records and guidelines)', () => {
  it('finds the YAML between "---" and "---" or "...", trailing blanks allowed, in any line ending', () => {
    assert.deepEqual(findFrontMatterFence('---\na: 1\n---\nbody\n'), { yamlStart: 4, yamlEnd: 9, blockEnd: 12, bodyStart: 13, closed: true });
    assert.deepEqual(findFrontMatterFence('--- \r\na: 1\r\n... \t\r\nbody'), { yamlStart: 6, yamlEnd: 12, blockEnd: 17, bodyStart: 19, closed: true });
    assert.deepEqual(findFrontMatterFence('---\n---'), { yamlStart: 4, yamlEnd: 4, blockEnd: 7, bodyStart: 7, closed: true });
  });

  it('sees no front matter unless the first line is the fence alone', () => {
    for (const text of ['', 'x\n---\n', ' ---\na: 1\n---\n', '----\na: 1\n----\n', '--- a\n---\n']) assert.equal(findFrontMatterFence(text), undefined, JSON.stringify(text));
  });

  it('reads a block that is never closed as Markdown, from the start', () => {
    assert.deepEqual(findFrontMatterFence('---\na: 1\n- [ ] x\n'), { yamlStart: 4, yamlEnd: 17, blockEnd: 0, bodyStart: 0, closed: false });
    assert.deepEqual(findFrontMatterFence('---'), { yamlStart: 3, yamlEnd: 3, blockEnd: 0, bodyStart: 0, closed: false });
  });

  it('gives decision records and guidelines the same finding and the same body for an unclosed block', () => {
    const text = '---\nstatus: accepted\n# Title\n\n- [ ] check this\n';
    const record = parseDecisionRecord('docs/adr/0001-x.md', text);
    assert.deepEqual(record.problems.map((p) => [p.message, p.range.start.line]), [[UNCLOSED_FRONT_MATTER, 0]]);
    assert.equal(record.title?.value, 'Title', 'the body is read');
    const guideline = parseGuidelineFile('x.md', text);
    assert.deepEqual(guideline.frontMatterIssues.map((p) => [p.message, p.range.start.line]), [[UNCLOSED_FRONT_MATTER, 0]]);
    assert.deepEqual(guideline.checklist.map((c) => c.text), ['check this'], 'the body is read');
  });
});
