import * as assert from 'node:assert/strict';
import { compileGlob, compileGlobList, matchesGlobList } from '../../../src/core/glob/glob';

function matches(patterns: string[], path: string, caseInsensitive = false): boolean {
  const { globs, problems } = compileGlobList(patterns, { caseInsensitive });
  assert.deepEqual(problems, [], `patterns should compile: ${patterns.join(', ')}`);
  return matchesGlobList(globs, path);
}

describe('gitignore-style globs', () => {
  it('matches a pattern without a slash at any depth', () => {
    assert.ok(matches(['*.md'], 'README.md'));
    assert.ok(matches(['*.md'], 'docs/guide/intro.md'));
    assert.ok(matches(['Dockerfile'], 'services/api/Dockerfile'));
    assert.ok(!matches(['*.md'], 'docs/intro.mdx'));
  });

  it('anchors a pattern with a leading or inner slash to the root', () => {
    assert.ok(matches(['/build.sh'], 'build.sh'));
    assert.ok(!matches(['/build.sh'], 'tools/build.sh'));
    assert.ok(matches(['src/api/*.ts'], 'src/api/users.ts'));
    assert.ok(!matches(['src/api/*.ts'], 'lib/src/api/users.ts'));
  });

  it('matches everything under a directory named plainly or with a trailing slash', () => {
    assert.ok(matches(['src/api'], 'src/api/users/handler.ts'));
    assert.ok(matches(['build/'], 'packages/web/build/bundle.js'));
    assert.ok(matches(['/docs/'], 'docs/adr/0001.md'));
    assert.ok(!matches(['/docs/'], 'site/docs/index.md'));
  });

  it('treats a trailing slash as directories only', () => {
    assert.ok(!matches(['build/'], 'build'));
    assert.ok(matches(['build'], 'build'));
  });

  it('matches only direct children for a last segment of "*", as GitHub does', () => {
    assert.ok(matches(['docs/*'], 'docs/getting-started.md'));
    assert.ok(!matches(['docs/*'], 'docs/build-app/troubleshooting.md'));
  });

  it('spans any number of folders with ** segments', () => {
    assert.ok(matches(['src/**/*.test.ts'], 'src/a/b/c/x.test.ts'));
    assert.ok(matches(['src/**/*.test.ts'], 'src/x.test.ts'));
    assert.ok(matches(['**/logs'], 'logs/today.log'));
    assert.ok(matches(['**/logs'], 'deploy/logs/today.log'));
    assert.ok(matches(['a/**/b'], 'a/b'));
    assert.ok(matches(['a/**/b'], 'a/x/y/b'));
    assert.ok(!matches(['a/**/b'], 'a/x/yb'));
  });

  it('negates with "!" and lets the last matching pattern win', () => {
    const list = ['src/api/**', '!src/api/**/*.test.ts'];
    assert.ok(matches(list, 'src/api/users.ts'));
    assert.ok(!matches(list, 'src/api/users.test.ts'));
    assert.ok(!matches(list, 'src/web/app.ts'));
    // A later positive pattern re-includes.
    assert.ok(matches([...list, 'src/api/contract.test.ts'], 'src/api/contract.test.ts'));
    // Order matters: a negation first excludes nothing that a later pattern includes.
    assert.ok(matches(['!src/api/**/*.test.ts', 'src/api/**'], 'src/api/users.test.ts'));
  });

  it('matches dotfiles and dot folders', () => {
    assert.ok(matches(['*.yml'], '.github/workflows/ci.yml'));
    assert.ok(matches(['**'], '.env'));
    assert.ok(matches(['.github/**'], '.github/CODEOWNERS'));
    assert.ok(matches(['src/*'], 'src/.eslintrc'));
  });

  it('is case-sensitive by default and can ignore case', () => {
    assert.ok(!matches(['*.MD'], 'readme.md'));
    assert.ok(!matches(['Src/**'], 'src/a.ts'));
    assert.ok(matches(['*.MD'], 'readme.md', true));
    assert.ok(matches(['Src/API/**'], 'src/api/a.ts', true));
  });

  it('supports braces, character classes and escapes', () => {
    assert.ok(matches(['src/**/*.{ts,tsx}'], 'src/ui/button.tsx'));
    assert.ok(matches(['file[0-9].txt'], 'dir/file7.txt'));
    assert.ok(!matches(['file[!0-9].txt'], 'file7.txt'));
    assert.ok(matches(['\\!important.md'], 'notes/!important.md'));
    assert.ok(matches(['\\#notes.md'], '#notes.md'));
  });

  it('takes parentheses literally (route groups)', () => {
    assert.ok(matches(['app/(auth)/**'], 'app/(auth)/login/page.tsx'));
    assert.ok(!matches(['app/(auth)/**'], 'app/auth/login/page.tsx'));
  });

  it('reports mistakes with a suggested correction', () => {
    assert.equal(compileGlob('src\\api\\**').problem?.suggestion, 'src/api/**');
    assert.equal(compileGlob('./src/**').problem?.suggestion, 'src/**');
    assert.equal(compileGlob('!./src/**').problem?.suggestion, '!src/**');
    assert.match(compileGlob('../other/**').problem!.message, /cannot go up/);
    assert.match(compileGlob('src/{a,b/**').problem!.message, /unbalanced/);
    assert.match(compileGlob('src/[ab/**').problem!.message, /without a closing/);
    assert.match(compileGlob('').problem!.message, /empty/);
    assert.match(compileGlob('!').problem!.message, /needs a pattern/);
    assert.equal(compileGlob('/').problem?.suggestion, '**');
  });

  it('files each pattern under a cheap necessary condition for fast matching', () => {
    const api = compileGlob('src/api/**').glob!;
    assert.equal(api.literalPrefix, 'src/api');
    assert.equal(api.prefixOnly, 'self-or-under');
    assert.equal(compileGlob('/docs/').glob!.prefixOnly, 'under-only');
    assert.equal(compileGlob('docs/').glob!.requiredSegment, 'docs', 'without an anchor, docs/ is any docs folder');
    const tests = compileGlob('src/api/**/*.test.ts').glob!;
    assert.equal(tests.literalPrefix, 'src/api');
    assert.equal(tests.prefixOnly, undefined);
    assert.equal(compileGlob('**/node_modules/**').glob!.requiredSegment, 'node_modules');
    assert.equal(compileGlob('services/*/payments/**').glob!.literalPrefix, 'services');
    assert.equal(compileGlob('*/payments/**').glob!.requiredSegment, 'payments');
    assert.equal(compileGlob('**/*.test.ts').glob!.requiredExtension, 'ts');
    const any = compileGlob('**/*').glob!;
    assert.deepEqual([any.literalPrefix, any.requiredSegment, any.requiredExtension], [undefined, undefined, undefined]);
    assert.equal(compileGlob('Src/API/**', { caseInsensitive: true }).glob!.literalPrefix, 'src/api');
  });
});

describe('patterns the translator refuses', () => {
  it('reports braces nested too deep as an invalid glob instead of overflowing the stack', () => {
    const deep = `${'{a,'.repeat(1000)}b${'}'.repeat(1000)}`;
    const { problem } = compileGlob(deep);
    assert.match(problem?.message ?? '', /not a valid glob: its braces nest more than 100 deep/);
    assert.ok(compileGlob(`${'{a,'.repeat(50)}b${'}'.repeat(50)}`).glob);
  });

  it('refuses globs whose regular expression would be too large to compile, instead of throwing on first use (issue 16)', () => {
    // Each of these wrote over 30,000 characters of expression, which V8 only compiled on the first test and then threw.
    for (const glob of ['*a'.repeat(2000), 'a/**/'.repeat(800), `{${'ab,'.repeat(21_000)}b}`]) {
      const { glob: compiled, problem } = compileGlob(glob);
      assert.equal(compiled, undefined);
      assert.match(problem?.message ?? '', /not a valid glob: .*at most \d+ are supported/);
    }
    const big = compileGlob('*a'.repeat(500)).glob;
    assert.equal(big?.regex.test('ab/cd'), false, 'a long glob within the bounds compiles and runs');
  });
});
