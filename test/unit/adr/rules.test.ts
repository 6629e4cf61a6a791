import * as assert from 'node:assert/strict';
import { ADR_PROBLEM_IDS, ADR_RULES } from '../../../src/core/adr/rules';
import type { Finding } from '../../../src/core/model/findings';
import type { FolderIndex } from '../../../src/core/index/folderIndex';
import type { MemoryFileSystem } from '../support/memoryFileSystem';
import { applyChanges, buildIndex, FIXTURE_WORKSPACE, loadIntoMemory } from './adrTestSupport';

/** `<!-- expect adr/a adr/b -->` comments in a fixture name the rules that must report on it. */
function expectedRules(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(/<!-- expect ([^>]*?)-->/g)) ids.push(...m[1]!.trim().split(/\s+/));
  return ids.sort();
}

const key = (f: Finding) => `${f.rule} ${f.file} ${f.message}`;

describe('adr/* rules on the fixture workspace', () => {
  let memory: MemoryFileSystem;
  let index: FolderIndex;
  let findings: Finding[];

  before(async () => {
    memory = loadIntoMemory(FIXTURE_WORKSPACE);
    index = await buildIndex(memory);
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
        const copy = loadIntoMemory(FIXTURE_WORKSPACE);
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
    assert.ok(fixesTried >= 9, `only ${fixesTried} fixes were tried`);
  });
});
