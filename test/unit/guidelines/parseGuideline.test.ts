import * as assert from 'node:assert/strict';
import { parseGuidelineFile, parseInstructionsFile, splitTopLevelCommas } from '../../../src/core/guidelines/parseGuideline';

const SEC_001 = `---
id: SEC-001
title: Validate input at API boundaries
applies-to: ["src/api/**", "!src/api/**/*.test.ts"]   # gitignore-style
match: ['req\\.(body|query|params)']
severity: blocker
tags: [security]
---
Why it matters, in a few lines.

- [ ] Every handler validates its input with the shared schema
- [x] Errors return 400 with a message,
  never a stack trace
`;

describe('parsing guideline files', () => {
  const g = parseGuidelineFile('.techlead/guidelines/sec-001.md', SEC_001);

  it('reads the front matter', () => {
    assert.deepEqual(g.frontMatterIssues, []);
    assert.equal(g.source, 'techlead');
    assert.equal(g.id, 'SEC-001');
    assert.equal(g.title, 'Validate input at API boundaries');
    assert.equal(g.severity, 'blocker');
    assert.deepEqual(g.tags, ['security']);
    assert.deepEqual(g.appliesTo.map((p) => p.text), ['src/api/**', '!src/api/**/*.test.ts']);
    assert.deepEqual(g.match.map((p) => p.text), ['req\\.(body|query|params)']);
  });

  it('locates every front-matter key and pattern', () => {
    assert.deepEqual(g.keys['severity']!.key.start, { line: 5, character: 0 });
    assert.deepEqual(g.keys['severity']!.value.start, { line: 5, character: 10 });
    const negated = g.appliesTo[1]!;
    assert.equal(g.text.slice(negated.start, negated.end), '"!src/api/**/*.test.ts"');
    assert.equal(negated.range.start.line, 3);
    assert.deepEqual(g.frontMatterRange.end, { line: 8, character: 0 });
  });

  it('reads the checklist with ticks, ranges, continuation lines and keys', () => {
    assert.deepEqual(g.checklist.map((i) => [i.text, i.checked]), [
      ['Every handler validates its input with the shared schema', false],
      ['Errors return 400 with a message, never a stack trace', true],
    ]);
    assert.deepEqual(g.checklist[0]!.range, { start: { line: 10, character: 0 }, end: { line: 10, character: 62 } });
    assert.match(g.checklist[0]!.key, /^[0-9a-f]{10}$/);
    assert.notEqual(g.checklist[0]!.key, g.checklist[1]!.key);
    assert.equal(g.rationale, 'Why it matters, in a few lines.');
  });

  it('keeps item keys when other items change, and changes the version with the text', () => {
    const edited = parseGuidelineFile('x.md', SEC_001.replace('- [x] Errors', '- [ ] A new first item\n- [x] Errors'));
    assert.equal(edited.checklist.find((i) => i.text.startsWith('Every handler'))!.key, g.checklist[0]!.key);
    assert.notEqual(edited.version, g.version);
    assert.equal(parseGuidelineFile('x.md', SEC_001).version, g.version);
    assert.equal(parseGuidelineFile('x.md', SEC_001.replace(/\n/g, '\r\n')).version, g.version, 'line endings alone do not reset ticks');
  });

  it('gives repeated item texts distinct keys', () => {
    const doc = parseGuidelineFile('x.md', '---\nid: A\ntitle: T\napplies-to: "**"\n---\n- [ ] Same\n- [ ] same\n');
    assert.equal(doc.checklist.length, 2);
    assert.equal(doc.checklist[1]!.key, `${doc.checklist[0]!.key}-2`);
  });

  it('ignores task items in fenced code and HTML comments', () => {
    const doc = parseGuidelineFile('x.md', '---\nid: A\ntitle: T\napplies-to: "**"\n---\n```md\n- [ ] not an item\n```\n<!--\n- [ ] commented out\n-->\n1. [ ] numbered item\n  - [X] nested item\n');
    assert.deepEqual(doc.checklist.map((i) => [i.text, i.checked]), [['numbered item', false], ['nested item', true]]);
  });

  it('reports a missing front matter and falls back to the heading and file name', () => {
    const doc = parseGuidelineFile('.techlead/guidelines/perf/no-n-plus-one.md', '# Avoid N+1 queries\n\n- [ ] Queries are batched\n');
    assert.equal(doc.id, 'no-n-plus-one');
    assert.equal(doc.title, 'Avoid N+1 queries');
    assert.equal(doc.severity, 'warning');
    assert.equal(doc.frontMatterIssues.length, 1);
    assert.match(doc.frontMatterIssues[0]!.message, /no front matter/);
  });

  it('reports unknown keys with a suggestion, wrong types and missing keys', () => {
    const doc = parseGuidelineFile('x.md', '---\nid: A-1\ntitle: T\napplies_to: ["src/**"]\nseverity: critical\ntags: security\n---\n- [ ] x\n');
    const messages = doc.frontMatterIssues.map((i) => i.message);
    assert.ok(messages.some((m) => /Unknown key "applies_to".*Did you mean "applies-to"/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /"severity" "critical" is not one of info, warning, blocker/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /"tags" should be a list/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /missing "applies-to"/.test(m)), messages.join('\n'));
    assert.equal(doc.frontMatterIssues.find((i) => i.message.includes('applies_to'))!.range.start.line, 3);
    assert.equal(doc.severity, 'warning', 'an invalid severity falls back to the default');
  });

  it('reports YAML syntax errors at their line and an unclosed block', () => {
    const broken = parseGuidelineFile('x.md', '---\nid: A\ntitle: [unclosed\n---\n- [ ] x\n');
    assert.ok(broken.frontMatterIssues.length >= 1);
    assert.match(broken.frontMatterIssues[0]!.message, /not valid YAML/);
    assert.ok(broken.frontMatterIssues[0]!.range.start.line >= 2);
    assert.equal(broken.checklist.length, 1, 'the body is still read');
    const unclosed = parseGuidelineFile('x.md', '---\nid: A\n- [ ] x\n');
    assert.match(unclosed.frontMatterIssues[0]!.message, /never closed/);
  });

  it('reads an unquoted "!pattern" as the negation it was meant to be, and asks for quotes', () => {
    const text = '---\nid: A\ntitle: T\napplies-to:\n  - src/**\n  - !src/gen/**\n---\n- [ ] x\n';
    const doc = parseGuidelineFile('x.md', text);
    assert.deepEqual(doc.appliesTo.map((p) => p.text), ['src/**', '!src/gen/**']);
    const issue = doc.frontMatterIssues.find((i) => i.message.includes('YAML tag'))!;
    assert.ok(issue, doc.frontMatterIssues.map((i) => i.message).join('\n'));
    assert.deepEqual(issue.correction && text.slice(issue.correction.start, issue.correction.end), '!src/gen/**');
    assert.equal(issue.correction!.newText, '"!src/gen/**"');
  });

  it('reports non-string list items', () => {
    const doc = parseGuidelineFile('x.md', '---\nid: A\ntitle: T\napplies-to: ["src/**", 42]\n---\n- [ ] x\n');
    assert.deepEqual(doc.appliesTo.map((p) => p.text), ['src/**']);
    assert.ok(doc.frontMatterIssues.some((i) => /applies-to\[1\]/.test(i.message)));
  });

  it('leaves byte-order marks to the file reader: one still in the text (a file that had two) is text, and offsets count it', () => {
    const doc = parseGuidelineFile('x.md', `\uFEFF${SEC_001}`);
    assert.equal(doc.text.charCodeAt(0), 0xfeff);
    assert.equal(doc.text, `\uFEFF${SEC_001}`);
  });
});

describe('parsing Copilot instruction files', () => {
  it('derives id and title, splits applyTo at top-level commas and locates each pattern', () => {
    const text = '---\napplyTo: "**/*.ts, src/{api,web}/**"\n---\n# TypeScript rules\n\nUse strict types.\n\n- Prefer `unknown` over `any`\n- No default exports\n  * nested detail\n';
    const doc = parseInstructionsFile('.github/instructions/typescript.instructions.md', text);
    assert.equal(doc.source, 'instructions');
    assert.equal(doc.id, 'typescript');
    assert.equal(doc.title, 'TypeScript rules');
    assert.equal(doc.severity, 'info');
    assert.deepEqual(doc.appliesTo.map((p) => p.text), ['**/*.ts', 'src/{api,web}/**']);
    for (const p of doc.appliesTo) assert.equal(text.slice(p.start, p.end), p.text);
    assert.deepEqual(doc.checklist.map((i) => i.text), ['Prefer `unknown` over `any`', 'No default exports']);
  });

  it('prefers task items when there are some', () => {
    const doc = parseInstructionsFile('.github/instructions/x.instructions.md', '- intro bullet\n- [ ] a task\n');
    assert.deepEqual(doc.checklist.map((i) => i.text), ['a task']);
    assert.deepEqual(doc.appliesTo, []);
    assert.equal(doc.title, 'x');
  });

  it('reports an applyTo that is not a string', () => {
    const doc = parseInstructionsFile('.github/instructions/x.instructions.md', '---\napplyTo: 12\n---\n- a\n');
    assert.equal(doc.frontMatterIssues.length, 1);
    assert.match(doc.frontMatterIssues[0]!.message, /comma-separated/);
  });

  it('splits comma lists outside braces only', () => {
    assert.deepEqual(splitTopLevelCommas('a,{b,c},d').map((p) => p.text), ['a', '{b,c}', 'd']);
  });
});
