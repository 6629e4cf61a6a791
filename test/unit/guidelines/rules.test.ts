import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Guideline } from '../../../src/core/guidelines/model';
import { parseGuidelineFile, parseInstructionsFile } from '../../../src/core/guidelines/parseGuideline';
import { GUIDELINE_RULES } from '../../../src/core/guidelines/rules';
import type { Finding } from '../../../src/core/model/findings';
import { applyTextEdits } from '../../../src/core/model/text';
import { lintGuideline } from './lintGuideline';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

const lint = lintGuideline;

const withFront = (front: string, body = '- [ ] Check it\n') => `---\nid: T-1\ntitle: T\n${front}---\n${body}`;

/** Applies a finding's first fix to the document text. */
function fixed(doc: Guideline, finding: Finding): string {
  const change = finding.fixes![0]!.changes[0]!;
  assert.equal(change.type, 'edit');
  return applyTextEdits(doc.text, change.type === 'edit' ? change.edits : []);
}

describe('guideline rules', () => {
  it('every rule has a stable id, a description and a doc page with the expected sections', () => {
    const ids = GUIDELINE_RULES.map((r) => r.id);
    assert.deepEqual(ids, [
      'guideline/front-matter', 'guideline/duplicate-id', 'guideline/invalid-glob', 'guideline/unmatched-glob',
      'guideline/invalid-regex', 'guideline/unsafe-regex', 'guideline/empty-checklist',
    ]);
    for (const rule of GUIDELINE_RULES) {
      assert.equal(rule.kind, 'guideline');
      assert.ok(rule.description.length > 20, rule.id);
      const page = join(REPO_ROOT, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(existsSync(page), `missing doc page ${page}`);
      const text = readFileSync(page, 'utf8');
      assert.ok(text.startsWith(`# ${rule.id}`), `${rule.id}: the page starts with its id`);
      for (const section of ['## What it checks', '## Why', '## Example', '## How to fix', '## Turning it off']) {
        assert.ok(text.includes(section), `${rule.id}: missing "${section}"`);
      }
      assert.ok(text.includes(`Default severity: **${rule.defaultSeverity}**`), `${rule.id}: the page names the default severity`);
    }
  });

  it('guideline/front-matter reports schema problems and quotes a "!" pattern read as a YAML tag', () => {
    const doc = parseGuidelineFile('g.md', withFront('applies-to:\n  - src/**\n  - !src/gen/**\nseverity: urgent\n'));
    const findings = lint(doc).filter((f) => f.rule === 'guideline/front-matter');
    assert.equal(findings.length, 2);
    const tag = findings.find((f) => f.message.includes('YAML tag'))!;
    assert.equal(tag.range.start.line, 5);
    const after = parseGuidelineFile('g.md', fixed(doc, tag));
    assert.deepEqual(after.appliesTo.map((p) => p.text), ['src/**', '!src/gen/**']);
    assert.ok(!after.frontMatterIssues.some((i) => i.message.includes('YAML tag')), 'the fix converges');
    assert.match(findings.find((f) => f !== tag)!.message, /"urgent" is not one of/);
  });

  it('guideline/duplicate-id points at the other files using the id', () => {
    const a = parseGuidelineFile('a.md', withFront('applies-to: "**"\n'));
    const b = parseGuidelineFile('b.md', withFront('applies-to: "**"\n'));
    const c = parseInstructionsFile('.github/instructions/t-1.instructions.md', '- item\n');
    const [finding] = lint(a, [b, c]).filter((f) => f.rule === 'guideline/duplicate-id');
    assert.match(finding!.message, /"T-1" is also used by b\.md, \.github\/instructions\/t-1\.instructions\.md/);
    assert.deepEqual(finding!.related!.map((r) => r.file), ['b.md', '.github/instructions/t-1.instructions.md']);
    assert.equal(finding!.range.start.line, 1);
    assert.deepEqual(lint(a).filter((f) => f.rule === 'guideline/duplicate-id'), []);
  });

  it('guideline/invalid-glob reports bad patterns and fixes them keeping the quoting', () => {
    const doc = parseGuidelineFile('g.md', withFront(`applies-to:\n  - ./src/**\n  - 'src\\api\\**'\n  - "!./gen/**"\n  - "src/{a,b/**"\n`));
    const findings = lint(doc).filter((f) => f.rule === 'guideline/invalid-glob');
    assert.equal(findings.length, 4);
    assert.deepEqual(findings.map((f) => f.range.start.line), [4, 5, 6, 7]);
    assert.match(findings[0]!.message, /"\.\/" never matches\. Did you mean "src\/\*\*"\?/);
    assert.equal(findings[3]!.fixes, undefined, 'no guess for unbalanced braces');
    let text = doc.text;
    for (const f of findings.slice(0, 3).reverse()) text = fixed({ ...doc, text } as Guideline, f);
    const after = parseGuidelineFile('g.md', text);
    assert.deepEqual(after.appliesTo.map((p) => p.text), ['src/**', 'src/api/**', '!gen/**', 'src/{a,b/**']);
    assert.equal(lint(after).filter((f) => f.rule === 'guideline/invalid-glob').length, 1);
  });

  it('guideline/invalid-glob and invalid-regex report patterns too large to compile, on their lines (issue 16)', () => {
    const doc = parseGuidelineFile('g.md', withFront(`applies-to:\n  - "src/**"\n  - "${'*a'.repeat(2000)}"\nmatch:\n  - "${'x'.repeat(5000)}"\n`));
    const findings = lint(doc).filter((f) => f.rule === 'guideline/invalid-glob' || f.rule === 'guideline/invalid-regex');
    assert.deepEqual(findings.map((f) => [f.rule, f.range.start.line]), [['guideline/invalid-glob', 5], ['guideline/invalid-regex', 7]]);
  });

  it('guideline/invalid-glob also checks Copilot applyTo lists', () => {
    const doc = parseInstructionsFile('.github/instructions/x.instructions.md', '---\napplyTo: "**/*.ts,./docs/**"\n---\n- item\n');
    const [finding] = lint(doc).filter((f) => f.rule === 'guideline/invalid-glob');
    assert.equal(parseInstructionsFile(doc.path, fixed(doc, finding!)).appliesTo.map((p) => p.text).join(','), '**/*.ts,docs/**');
  });

  it('guideline/unmatched-glob checks against the repository file list only when there is one', () => {
    const doc = parseGuidelineFile('g.md', withFront('applies-to: ["src/api/**", "src/old/**"]\n'));
    assert.deepEqual(lint(doc).filter((f) => f.rule === 'guideline/unmatched-glob'), []);
    const findings = lint(doc, [], ['src/api/a.ts']).filter((f) => f.rule === 'guideline/unmatched-glob');
    assert.deepEqual(findings.map((f) => f.range.start.line), [3]);
    assert.match(findings[0]!.message, /"src\/old\/\*\*" matches no file/);
  });

  it('guideline/invalid-regex and guideline/unsafe-regex report match patterns on their lines', () => {
    const doc = parseGuidelineFile('g.md', withFront(`applies-to: "**"\nmatch:\n  - 'req\\.(body'\n  - '(a+)+\\1$'\n  - 'console\\.log'\n  - /x/q\n`));
    const findings = lint(doc).filter((f) => f.rule.endsWith('-regex')).sort((a, b) => a.range.start.line - b.range.start.line);
    assert.deepEqual(findings.map((f) => [f.rule, f.range.start.line]), [
      ['guideline/invalid-regex', 5],
      ['guideline/unsafe-regex', 6],
      ['guideline/invalid-regex', 8],
    ]);
    assert.equal(findings[1]!.severity, 'warning');
    assert.match(findings[1]!.message, /not run/);
  });

  it('guideline/empty-checklist reports a guideline without items and empty items', () => {
    const none = parseGuidelineFile('g.md', withFront('applies-to: "**"\n', 'Only prose.\n'));
    const [finding] = lint(none).filter((f) => f.rule === 'guideline/empty-checklist');
    assert.equal(finding!.range.start.line, 5);
    const empty = parseGuidelineFile('g.md', withFront('applies-to: "**"\n', '- [ ] Fine\n- [ ]\n'));
    assert.deepEqual(lint(empty).filter((f) => f.rule === 'guideline/empty-checklist').map((f) => f.range.start.line), [6]);
    const instructions = parseInstructionsFile('.github/instructions/x.instructions.md', 'Prose only.\n');
    assert.deepEqual(lint(instructions), []);
  });

  it('a valid guideline has no findings at all', () => {
    const doc = parseGuidelineFile('g.md', withFront('applies-to: ["src/**", "!src/**/*.test.ts"]\nmatch: ["req\\\\.body"]\nseverity: info\ntags: [a, b]\n'));
    assert.deepEqual(lint(doc, [], ['src/a.ts', 'src/a.test.ts']), []);
  });
});
