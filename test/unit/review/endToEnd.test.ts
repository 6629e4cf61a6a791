import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCodeowners } from '../../../src/core/guidelines/codeowners';
import { guidelineProvider } from '../../../src/core/guidelines/provider';
import { fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import { GuidelineMatcher } from '../../../src/core/review/guidelineMatcher';
import { matchGuidelines } from '../../../src/core/review/matchGuidelines';
import { parseUnifiedDiff } from '../../../src/core/review/parseUnifiedDiff';
import { renderReviewReportMarkdown, reviewReport } from '../../../src/core/review/reviewReport';
import { MemoryFileSystem } from '../support/memoryFileSystem';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'guidelines');

/** Every file under a fixture folder, keyed by its `/`-separated path relative to it. */
function readTree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[relative(root, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

describe('a review from guideline files and a git diff, end to end', () => {
  it('indexes the fixture repository, matches the diff and reports what to check', async () => {
    const fs = new MemoryFileSystem(readTree(join(FIXTURES, 'repo')));
    const index = new FolderIndex({ fs, providers: [guidelineProvider], clock: fixedClock('2026-11-21'), logger: silentLogger });
    await index.build();
    assert.deepEqual(index.lint(), [], 'the fixture guidelines are clean');

    const { files, problems } = parseUnifiedDiff(readFileSync(join(FIXTURES, 'diffs', 'u0.diff'), 'utf8'));
    assert.deepEqual(problems, []);
    const applicable = matchGuidelines(new GuidelineMatcher(index.documents('guideline')), files);
    const report = reviewReport({ base: 'HEAD~1', changes: files, applicable, codeowners: await loadCodeowners(fs) });

    assert.deepEqual(report.guidelines.map((g) => [g.id, g.severity, g.files.length]), [
      ['SEC-001', 'blocker', 2],
      ['PERF-001', 'warning', 2],
      ['DOC-001', 'info', 1],
      ['typescript', 'info', 9],
    ]);
    assert.deepEqual(report.guidelines[0]!.hints.map((h) => `${h.file}:${h.line}`), ['src/api/new.ts:1', 'src/api/users.ts:2']);
    assert.deepEqual(report.guidelines[3]!.items.map((i) => i.text), ['Prefer `unknown` to `any`', 'Export types next to the functions that use them']);
    assert.deepEqual(report.alsoAsk!.map((a) => a.owner), ['@acme/design', '@acme/writers', '@acme/maintainers', '@acme/api-team']);
    const markdown = renderReviewReportMarkdown(report);
    assert.match(markdown, /## Blocker: SEC-001 Validate input at API boundaries/);
    assert.match(markdown, /`src\/api\/users\.ts:2` `const body = req\.body;`/);
  });
});
