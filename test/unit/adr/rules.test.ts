import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ADR_PROBLEM_IDS, ADR_RULES } from '../../../src/core/adr/rules';
import type { Finding } from '../../../src/core/model/findings';
import type { FolderIndex } from '../../../src/core/index/folderIndex';
import type { MemoryFileSystem } from '../support/memoryFileSystem';
import { applyChanges, buildIndex, FIXTURE_WORKSPACE, loadIntoMemory, repoRoot } from './adrTestSupport';

/** `<!-- expect adr/a adr/b -->` comments in a fixture name the rules that must report on it. */
function expectedRules(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(/<!-- expect ([^>]*?)-->/g)) ids.push(...m[1]!.trim().split(/\s+/));
  return ids.sort();
}

const key = (f: Finding) => `${f.rule} ${f.file} ${f.message}`;

/**
 * The fixture workspace, plus a record naming code by applies-to, one pattern of which
 * matches nothing (checked against the file list a front end supplies: set in `before`).
 */
function fixtureMemory(): MemoryFileSystem {
  const memory = loadIntoMemory(FIXTURE_WORKSPACE);
  memory.write('docs/adr/0017-governs-moved-code.md', '# 17. Governs moved code\n\nDate: 2020-01-01\nApplies to: docs/adr/**, src/payments/**\n<!-- expect adr/unmatched-applies-to -->\n\n## Status\n\nAccepted\n\n## Context\n\nx\n\n## Decision\n\ny\n\n## Consequences\n\nz\n');
  return memory;
}

describe('adr/* rules on the fixture workspace', () => {
  let memory: MemoryFileSystem;
  let index: FolderIndex;
  let findings: Finding[];

  before(async () => {
    memory = fixtureMemory();
    index = await buildIndex(memory);
    index.setRepoFiles([...memory.files.keys()].sort());
    findings = index.lint();
  });

  it('reports on each record exactly the rules its expect comment names (clean records: none)', () => {
    for (const record of index.documents('decision')) {
      const got = findings.filter((f) => f.file === record.path).map((f) => f.rule).sort();
      assert.deepEqual(got, expectedRules(record.text), record.path);
    }
  });

  it('has a fixture on which every rule reports', () => {
    const reported = new Set(findings.map((f) => f.rule));
    for (const rule of ADR_RULES) assert.ok(reported.has(rule.id), `${rule.id} never reports on the fixtures`);
    for (const problem of ADR_PROBLEM_IDS.filter((p) => p.id !== 'adr/folder-config')) assert.ok(reported.has(problem.id), problem.id);
  });

  it('every fix, applied, makes its finding go away without causing new ones', async function () {
    this.timeout(30_000);
    const before = new Set(findings.map(key));
    let fixesTried = 0;
    for (const finding of findings) {
      for (const fix of finding.fixes ?? []) {
        fixesTried++;
        const copy = fixtureMemory();
        applyChanges(copy, fix.changes);
        const renamed = fix.changes.find((c) => c.type === 'rename');
        const after = (await buildIndex(copy)).lint();
        const sameFile = renamed && renamed.type === 'rename' && renamed.from === finding.file ? renamed.to : finding.file;
        const stillThere = after.filter((f) => f.rule === finding.rule && f.file === sameFile && f.message === finding.message);
        assert.deepEqual(stillThere, [], `"${fix.title}" did not fix: ${finding.message}`);
        const added = after.filter((f) => !before.has(key(f)) && !(renamed && f.file === sameFile && f.rule === finding.rule));
        assert.deepEqual(added.map(key), [], `"${fix.title}" caused new findings`);
      }
    }
    assert.ok(fixesTried >= 8, `only ${fixesTried} fixes were tried`);
  });

  it('offers no fix it cannot make safely: no status is added to front matter that does not parse', () => {
    const missing = findings.find((f) => f.rule === 'adr/missing-status' && f.file === 'docs/decisions/0003-broken-front-matter.md');
    assert.ok(missing, 'the fixture reports it');
    assert.deepEqual(missing.fixes ?? [], []);
  });
});

describe('adr/* rules, case by case', () => {
  const sections = '\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\ne\n';

  it('superseded-without-successor links the record that claims to supersede it', async () => {
    const fs = loadIntoMemory(FIXTURE_WORKSPACE);
    fs.write('docs/adr/0017-replaces-eleven.md', `# 17. Replaces eleven\n\nDate: 2023-02-01\n\n## Status\n\nAccepted\n\nSupersedes [11. Superseded alone](0011-superseded-alone.md)\n${sections}`);
    const index = await buildIndex(fs);
    const finding = index.lint().find((f) => f.rule === 'adr/superseded-without-successor')!;
    assert.match(finding.message, /ADR-0017 says it supersedes this one/);
    assert.equal(finding.fixes?.[0]?.isPreferred, true);
    applyChanges(fs, finding.fixes![0]!.changes);
    assert.match(fs.files.get('docs/adr/0011-superseded-alone.md')!, /## Status\n\nSuperseded by \[17\. Replaces eleven\]\(0017-replaces-eleven\.md\)\n/);
    const after = (await buildIndex(fs)).lint();
    assert.deepEqual(after.filter((f) => f.file === 'docs/adr/0011-superseded-alone.md' || f.file === 'docs/adr/0017-replaces-eleven.md').map((f) => f.rule), []);
  });

  it('stale-proposal counts days from the record date and honours staleProposalDays', async () => {
    const fs = loadIntoMemory(FIXTURE_WORKSPACE);
    fs.write('docs/adr/0017-recent-proposal.md', `# 17. Recent proposal\n\nDate: 2026-10-22\n\n## Status\n\nProposed\n${sections}`);
    const index = await buildIndex(fs);
    const stale = () => index.lint().filter((f) => f.rule === 'adr/stale-proposal').map((f) => f.file);
    assert.deepEqual(stale(), ['docs/adr/0013-stale-proposal.md']);
    index.setSettings({ staleProposalDays: 20 });
    assert.deepEqual(stale(), ['docs/adr/0013-stale-proposal.md', 'docs/adr/0017-recent-proposal.md']);
  });

  it('broken-link offers the file a link meant when only ".md" is missing', async () => {
    const fs = loadIntoMemory(FIXTURE_WORKSPACE);
    fs.write('docs/adr/0017-links.md', `# 17. Links\n\nDate: 2023-02-01\n\n## Status\n\nAccepted\n\nSee [the first record](0001-record-architecture-decisions) and [a missing picture](missing.png).\n${sections}`);
    const findings = (await buildIndex(fs)).lint().filter((f) => f.file === 'docs/adr/0017-links.md');
    assert.deepEqual(findings.map((f) => f.rule), ['adr/broken-link', 'adr/broken-link']);
    const fix = findings[0]!.fixes![0]!;
    assert.equal(fix.isPreferred, true);
    applyChanges(fs, fix.changes);
    assert.match(fs.files.get('docs/adr/0017-links.md')!, /\[the first record\]\(0001-record-architecture-decisions\.md\)/);
  });

  it('every rule has a stable id, a description, a default severity and a doc page', () => {
    const ids = [...ADR_RULES.map((r) => r.id), ...ADR_PROBLEM_IDS.map((p) => p.id)];
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of [...ADR_RULES, ...ADR_PROBLEM_IDS]) {
      assert.match(rule.id, /^adr\/[a-z-]+$/);
      assert.ok(rule.description.length > 20, rule.id);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(rule.defaultSeverity), rule.id);
      const page = path.join(repoRoot(), 'docs/rules', `${rule.id}.md`);
      assert.ok(fs.existsSync(page), `${page} is missing`);
      const text = fs.readFileSync(page, 'utf8');
      assert.ok(text.startsWith(`# ${rule.id}\n`), `${page} should start with "# ${rule.id}"`);
      for (const heading of ['## Why', '## Example', '## How to fix', '## Turning it off']) assert.ok(text.includes(heading), `${page} lacks "${heading}"`);
      assert.ok(text.includes(rule.defaultSeverity), `${page} does not state the default severity`);
    }
  });
});
