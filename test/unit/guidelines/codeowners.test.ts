import * as assert from 'node:assert/strict';
import { loadCodeowners, ownersFor, ownersOfChange, parseCodeowners } from '../../../src/core/guidelines/codeowners';
import { MemoryFileSystem } from '../support/memoryFileSystem';

// The examples GitHub's CODEOWNERS documentation walks through, in its order.
const GITHUB_EXAMPLE = `# Lines starting with '#' are comments.
*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
`;

describe('CODEOWNERS', () => {
  const codeowners = parseCodeowners('.github/CODEOWNERS', GITHUB_EXAMPLE);

  it('parses GitHub documentation example without problems', () => {
    assert.deepEqual(codeowners.problems, []);
    assert.equal(codeowners.entries.length, 12);
    assert.deepEqual(codeowners.entries[1]!.owners, ['@js-owner'], 'inline comments are dropped');
  });

  it('lets the last matching line win', () => {
    assert.deepEqual(ownersFor(codeowners, 'src/main.rs'), ['@global-owner1', '@global-owner2']);
    assert.deepEqual(ownersFor(codeowners, 'web/app.js'), ['@js-owner']);
    assert.deepEqual(ownersFor(codeowners, 'cmd/main.go'), ['docs@example.com']);
    assert.deepEqual(ownersFor(codeowners, 'notes/todo.txt'), ['@octo-org/octocats']);
    assert.deepEqual(ownersFor(codeowners, 'build/logs/today.log'), ['@octocat'], '**/logs comes later than /build/logs/');
    assert.deepEqual(ownersFor(codeowners, 'scripts/deploy.sh'), ['@doctocat', '@octocat']);
  });

  it('applies docs/* to direct children only and /docs/ to everything under it', () => {
    assert.deepEqual(ownersFor(codeowners, 'docs/getting-started.md'), ['@doctocat']);
    assert.deepEqual(ownersFor(codeowners, 'docs/build-app/troubleshooting.md'), ['@doctocat']);
    const onlyStar = parseCodeowners('CODEOWNERS', 'docs/* @docs-team\n');
    assert.deepEqual(ownersFor(onlyStar, 'docs/getting-started.md'), ['@docs-team']);
    assert.deepEqual(ownersFor(onlyStar, 'docs/build-app/troubleshooting.md'), []);
  });

  it('matches unanchored directories anywhere and leaves a line without owners unowned', () => {
    assert.deepEqual(ownersFor(parseCodeowners('CODEOWNERS', 'apps/ @octocat\n'), 'services/apps/x.ts'), ['@octocat']);
    assert.deepEqual(ownersFor(codeowners, 'apps/web/index.ts'), ['@octocat']);
    assert.deepEqual(ownersFor(codeowners, 'apps/github/index.ts'), []);
  });

  it('is case-sensitive and handles escaped spaces and #', () => {
    const file = parseCodeowners('CODEOWNERS', 'My\\ Docs/ @writers\n\\#tag.md @tagger\n');
    assert.deepEqual(file.problems, []);
    assert.deepEqual(ownersFor(file, 'My Docs/a.md'), ['@writers']);
    assert.deepEqual(ownersFor(file, 'my docs/a.md'), []);
    assert.deepEqual(ownersFor(file, '#tag.md'), ['@tagger']);
  });

  it('reports lines GitHub skips, naming file and line', () => {
    const file = parseCodeowners('CODEOWNERS', '*.js @ok\n!*.test.js @nobody\n[ab].js @x\n*.md not-an-owner\n./src/ @y\n');
    assert.deepEqual(file.problems.map((p) => [p.range.start.line, p.rule]), [[1, 'guideline/invalid-glob'], [2, 'guideline/invalid-glob'], [3, 'guideline/invalid-glob'], [4, 'guideline/invalid-glob']]);
    assert.match(file.problems[0]!.message, /^CODEOWNERS:2: .*negation/);
    assert.equal(file.entries.length, 1);
  });

  it('groups the owners of a change for "also ask" hints', () => {
    assert.deepEqual(ownersOfChange(codeowners, ['web/a.js', 'web/b.js', 'scripts/x.sh']), [
      { owner: '@js-owner', files: ['web/a.js', 'web/b.js'] },
      { owner: '@doctocat', files: ['scripts/x.sh'] },
      { owner: '@octocat', files: ['scripts/x.sh'] },
    ]);
  });

  it('loads the file GitHub would use, in GitHub order', async () => {
    const fs = new MemoryFileSystem({ 'CODEOWNERS': '* @root', 'docs/CODEOWNERS': '* @docs', '.github/CODEOWNERS': '* @github' });
    assert.equal((await loadCodeowners(fs))!.path, '.github/CODEOWNERS');
    fs.remove('.github/CODEOWNERS');
    assert.equal((await loadCodeowners(fs))!.path, 'CODEOWNERS');
    fs.remove('CODEOWNERS');
    assert.deepEqual(ownersFor((await loadCodeowners(fs))!, 'x'), ['@docs']);
    fs.remove('docs/CODEOWNERS');
    assert.equal(await loadCodeowners(fs), undefined);
  });

  it('reports a pattern too large to compile on its line instead of crashing (issue 16)', () => {
    const { entries, problems } = parseCodeowners('CODEOWNERS', `* @all\n${'a/**/'.repeat(800)}x @deep\n`);
    assert.equal(entries.length, 1);
    assert.deepEqual(problems.map((p) => [p.rule, p.range.start.line]), [['guideline/invalid-glob', 1]]);
    assert.match(problems[0]!.message, /CODEOWNERS:2: .*at most \d+ are supported/);
    assert.deepEqual(ownersFor({ path: 'CODEOWNERS', entries, problems }, 'a/x'), ['@all']);
  });
});
