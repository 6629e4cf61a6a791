import * as assert from 'node:assert/strict';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { planChangeStatus } from '../../../src/core/adr/write';
import { parseConfigDocument } from '../../../src/core/config/config';
import { parseGuidelineFile } from '../../../src/core/guidelines/parseGuideline';
import { parseMarkdownRegister } from '../../../src/core/risk/parse/markdownRegister';
import { parseYamlRegister } from '../../../src/core/risk/parse/yamlRegister';
import { parseYamlDocument } from '../../../src/core/yaml/parseYaml';
import { findMarkdownTables } from '../../../src/core/text/markdownTable';

/**
 * Issue 16: inputs of a few KB whose shape made a parser's regex backtrack for seconds.
 * Each hostile input is timed against a benign one of the same size through the same parser,
 * so the test measures the input's shape, not the speed of a loaded machine.
 */
const BOUND_MS = 200;

function elapsed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function assertLinear(parse: (text: string) => unknown, hostile: string, benign: string): void {
  assert.equal(hostile.length, benign.length, 'the benign input has the hostile one`s size');
  parse(benign); // warm up
  const ms = elapsed(() => parse(hostile));
  const reference = elapsed(() => parse(benign));
  assert.ok(ms < Math.max(BOUND_MS, reference * 20), `took ${ms.toFixed(0)} ms, a benign input of the same size ${reference.toFixed(0)} ms`);
}

const spaces = (n: number): string => ' '.repeat(n);
const letters = (n: number): string => 'x'.repeat(n);
const adr = (text: string) => parseDecisionRecord('docs/adr/0001-choose.md', text);
const rstAdr = (text: string) => parseDecisionRecord('docs/adr/0001-choose.rst', text);
const guideline = (text: string) => parseGuidelineFile('.github/review/security.md', text);
const markdownRisks = (text: string) => parseMarkdownRegister('RISK_REGISTER.md', text, '2026-01-01');
const yamlRisks = (text: string) => parseYamlRegister('risks.yaml', text, '2026-01-01');
const config = (text: string) => parseConfigDocument('.techlead.yaml', text);

describe('parsers stay linear on hostile input (issue 16)', () => {
  it('reads a decider list with a long run of blanks', () => {
    const head = '# 1. Choose\n\nDeciders: a';
    assertLinear(adr, `${head}${spaces(4000)}b\n`, `${head}${letters(4000)}b\n`);
    assert.deepEqual(adr('# 1. Choose\n\nDeciders: Ann,  Bob   and Carol\n').deciders?.value, ['Ann', 'Bob', 'Carol']);
  });

  it('reads a status line with a long inner run of blanks (fuzz seed 22082: 150 ms for 6 KB)', () => {
    const head = '# 1. Choose\n\n## Status\n\nAccepted';
    assertLinear(adr, `${head}${spaces(20000)}b\n`, `${head}${letters(20000)}b\n`);
    assert.equal(adr(`${head} **  \n`).status?.value, 'accepted');
  });

  it('reads and changes a status with a long inner run of `*` (fuzz seed 51640: 110 ms for 6.8 KB)', () => {
    // The seed's shape: "Propose" followed by 4,000 `*`, a `}` and a letter; here five times as many.
    const record = (filler: string) => `ADR 7: Choose\n=============\n\nStatus\n------\n\nPropose${filler}}d\n\nContext\n-------\n\nText.\n`;
    const parseAndChange = (text: string) => planChangeStatus(rstAdr(text), 'Accepted');
    assertLinear(parseAndChange, record('*'.repeat(20_000)), record(letters(20_000)));
    assertLinear((text) => planChangeStatus(adr(text), 'Accepted'), `# 1. Choose\n\n## Status\n\n**Propose${'*'.repeat(20_000)}d**\n`, `# 1. Choose\n\n## Status\n\n**Propose${letters(20_000)}d**\n`);
    assert.equal(adr('# 1. Choose\n\n## Status\n\n**{proposed | accepted}**\n').status?.value, undefined, 'a placeholder in emphasis is still no status');
    const plan = planChangeStatus(adr('# 1. Choose\n\n## Status\n\n**Proposed**\n'), 'Accepted');
    assert.ok(plan.ok && plan.changes[0]!.type === 'edit');
    assert.deepEqual(plan.changes[0].edits.map((e) => e.newText), ['Accepted'], 'the emphasis around the status is kept');
  });

  it('reads a table whose delimiter row has a long inner run of blanks (fuzz seed 2871: 90-180 ms for 12.8 KB)', () => {
    // The seed's shape: a delimiter cell followed by 4,400 blanks and U+FEFF (a blank to `\s`) before more dashes.
    const table = (filler: string) => `# 1. Choose\n\n| Date | 2026-04-21 |\n| --- | ---${filler}\ufeff--- |\n| Status | Accepted |\n`;
    const hostile = table(spaces(40_000));
    const benign = table(letters(40_000));
    assertLinear(adr, hostile, benign);
    assertLinear(markdownRisks, hostile, benign);
    assertLinear(findMarkdownTables, hostile, benign);
    const rows = (text: string) => findMarkdownTables(text).map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    assert.deepEqual(rows('| a | b |\n  |  ---  |  :-:  |  \n| 1 | 2 |\n'), [[['1', '2']]], 'blanks around cells and pipes are allowed');
    assert.deepEqual(rows('a | b\n---|---\n1 | 2\n'), [[['1', '2']]], 'outer pipes are optional');
    assert.deepEqual(rows('| a | b |\n| --- | - - |\n| 1 | 2 |\n'), [], 'a cell of dashes split by a blank is no delimiter');
  });

  it('reads a bold list-item title with a long inner run of blanks', () => {
    const item = (filler: string) => `# Risks\n\n- **Data${filler}loss**: nightly backups.\n`;
    assertLinear(markdownRisks, item(spaces(20_000)), item(letters(20_000)));
    assert.equal(markdownRisks('# Risks\n\n- **Data loss:** nightly backups.\n').risks[0]?.title, 'Data loss');
  });

  it('reads a guideline heading of tabs ended by U+2028', () => {
    assertLinear(guideline, `# ${'\t'.repeat(4000)}\u2028\n\n- [ ] a\n`, `# ${letters(4000)}\u2028\n\n- [ ] a\n`);
  });

  it('reads a list item of blanks ended by U+2028', () => {
    assertLinear(guideline, `# T\n\n- [ ]${spaces(4000)}\u2028\n`, `# T\n\n- [ ]${letters(4000)}\u2028\n`);
    assertLinear(guideline, `# T\n\n-${spaces(4000)}\u2028\n`, `# T\n\n-${letters(4000)}\u2028\n`);
    assert.deepEqual(guideline('# T\n\n- [x]   Check input   \n').checklist.map((i) => [i.text, i.checked]), [['Check input', true]]);
  });

  it('reads a Markdown register title with a long inner run of blanks', () => {
    const hostile = `# Risk${spaces(3200)}register\n`;
    assertLinear(markdownRisks, hostile, `# Risk${letters(3200)}register\n`);
    assert.equal(markdownRisks('# Risk register ##\n').title, 'Risk register');
  });

  it('reads an owner with a long inner run of blanks, in YAML and in Markdown', () => {
    const yaml = (filler: string) => `risks:\n  - id: R-1\n    title: x\n    owner: a${filler}b\n`;
    assertLinear(yamlRisks, yaml(spaces(80_000)), yaml(letters(80_000)));
    const md = (filler: string) => `# Risks\n\n## R-1: x\n\n- owner: a${filler}b\n`;
    assertLinear(markdownRisks, md(spaces(80_000)), md(letters(80_000)));
  });

  it('reads a line of 100,000 `[` in every Markdown parser', () => {
    const hostile = `# X\n\n${'['.repeat(100_000)}\n`;
    const benign = `# X\n\n${letters(100_000)}\n`;
    assertLinear(adr, hostile, benign);
    assertLinear(guideline, hostile, benign);
    assertLinear(markdownRisks, hostile, benign);
  });

  it('reads a line of 5,000 unclosed links `[a](` (found by the fuzz run: seconds before)', () => {
    const hostile = `# X\n\n${'[a]('.repeat(5_000)}\n`;
    const benign = `# X\n\n${letters(20_000)}\n`;
    assertLinear(adr, hostile, benign);
  });

  it('refuses YAML nesting 100,000 `[` with a located finding instead of recursing (the process aborted)', () => {
    const hostile = `risks:\n  - id: R-1\n    title: ${'['.repeat(100_000)}\n`;
    assertLinear(yamlRisks, hostile, `risks:\n  - id: R-1\n    title: ${letters(100_000)}\n`);
    assertLinear(yamlRisks, `${'['.repeat(100_000)}\n`, `${letters(100_000)}\n`);
    assertLinear(config, `${'{'.repeat(100_000)}\n`, `${letters(100_000)}\n`);
    const register = yamlRisks(`risks: ${'['.repeat(600)}\n`);
    assert.equal(register.parsed, false);
    assert.match(register.syntaxErrors[0]!.message, /nest more than 500 levels/);
    assert.deepEqual(register.syntaxErrors[0]!.range.start, { line: 0, character: 7 + 500 });
  });

  it('stops reading YAML after 100 misplaced tokens (fuzz seed 219979: 3,980 errors, 160 ms for 60 KB; 100,000 `]`, seconds)', () => {
    const hostile = `rules: {}\n${']'.repeat(100_000)}\n`;
    const benign = `rules: {}\n${letters(100_000)}\n`;
    assertLinear(config, hostile, benign);
    assertLinear(yamlRisks, hostile, benign);
    assertLinear(adr, `---\n${hostile}---\n# 1. X\n`, `---\n${benign}---\n# 1. X\n`);
    const problems = config(hostile).problems;
    assert.equal(problems.length, 101);
    assert.deepEqual(problems.slice(-1).map((p) => [p.range.start.line, p.range.start.character, p.message]), [[1, 100, '.techlead.yaml is not valid YAML: More than 100 misplaced tokens; the YAML from here on is not read.']]);
    const register = yamlRisks(hostile);
    assert.deepEqual(register.syntaxErrors.map((e) => [e.range.start.line, e.range.start.character]), [[1, 0]], 'the register names the first error');
  });

  it('stops composing YAML after 100 errors (a line of `"`, a flow of commas, `&a` or tab-indented lines: 50,000 errors, seconds)', () => {
    // Each is set against valid YAML as dense in nodes (a list of 25,000 items), which `yaml`
    // reads in linear time too: the errors must cost no more than the nodes.
    const size = 99_000;
    const dense = '- a\n'.repeat(size / 4 + 1).slice(0, size);
    const hostiles = [`${'"'.repeat(size - 1)}\n`, `[${','.repeat(size - 3)}]\n`, '&a\n'.repeat(size / 3)];
    for (const hostile of hostiles) {
      assertLinear(config, hostile, dense);
      assertLinear(yamlRisks, hostile, dense);
    }
    // Tab-indented items: the benign input is the same list indented by a space.
    assertLinear(yamlRisks, `risks:\n${'\t- a\n'.repeat(16_000)}`, `risks:\n${' - a\n'.repeat(16_000)}`);
    const problems = config(`rules: {}\n${'&a\n'.repeat(30_000)}`).problems;
    assert.equal(problems.length, 101);
    assert.match(problems[0]!.message, /^\.techlead\.yaml is not valid YAML: /);
    assert.equal(problems[100]!.message, '.techlead.yaml is not valid YAML: More than 100 errors; the YAML from here on is not read.');
    const register = yamlRisks(`risks:\n${'\t- a\n'.repeat(16_000)}`);
    assert.deepEqual(register.syntaxErrors.map((e) => [e.range.start.line, e.message]), [[1, 'This risk register is not valid YAML: Tabs are not allowed as indentation (100 more problems may follow from this one)']], 'the register names the first error');
  });

  it('checks a config of 8,000 rules for duplicate keys in linear time, still reporting duplicates', () => {
    const rules = (item: (i: number) => string) => `rules:\n${Array.from({ length: 8000 }, (_, i) => item(i)).join('')}`;
    assertLinear(config, rules((i) => `  r${i}: off\n`), rules((i) => `  - r${i}off\n`));
    const doc = config('rules:\n  a: off\n  b: off\n  a: error\n');
    assert.deepEqual(doc.problems.map((p) => [p.message, p.range.start.line]), [['.techlead.yaml is not valid YAML: Map keys must be unique', 3]]);
  });

  it('checks duplicate keys in linear time for every YAML reader, also one that leaves the option to the library (.log4brains.yml)', () => {
    const yaml = (text: string) => parseYamlDocument(text, { prettyErrors: false });
    const keys = (item: (i: number) => string) => `project:\n${Array.from({ length: 20_000 }, (_, i) => item(i)).join('')}`;
    const [map, list] = [keys((i) => `  k${String(i).padStart(5, '0')}: v\n`), keys((i) => `  - k${String(i).padStart(5, '0')}v\n`)];
    yaml(list); // warm up
    const [ms, reference] = [elapsed(() => yaml(map)), elapsed(() => yaml(list))];
    // A map costs a few times a list of as many items; checking each key against every earlier one cost 15×.
    assert.ok(ms < BOUND_MS + reference * 5, `20,000 keys took ${ms.toFixed(0)} ms, a list of 20,000 items ${reference.toFixed(0)} ms`);
    assert.deepEqual(yaml('a: 1\nb: 2\na: 3\n').errors.map((e) => [e.code, e.pos[0]]), [['DUPLICATE_KEY', 10]]);
  });
});
