import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangedFile } from '../../../src/core/review/changeSet';
import { parseUnifiedDiff } from '../../../src/core/review/parseUnifiedDiff';

// Outputs of real `git diff` runs over one scripted change (see the file names), kept verbatim.
const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'guidelines', 'diffs');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function byPath(files: readonly ChangedFile[]): Map<string, ChangedFile> {
  return new Map(files.map((f) => [f.path, f]));
}

describe('parseUnifiedDiff', () => {
  describe('git diff -U0', () => {
    const { files, problems } = parseUnifiedDiff(fixture('u0.diff'));
    const f = byPath(files);

    it('finds every file without problems', () => {
      assert.deepEqual(problems, []);
      assert.deepEqual(files.map((x) => x.path).sort(), [
        'assets/logo.png', 'assets/new.bin', 'docs/my notes.md', 'run.sh', 'src/api/new.ts', 'src/api/users.ts',
        'src/café.ts', 'src/core/pure.ts', 'src/lib/nonl.ts', 'src/lib/old.ts', 'src/lib/renamed.ts', 'src/lib/windows.ts',
        'src/tab\tand "quote".ts',
      ].sort());
    });

    it('reads added lines with their new line numbers', () => {
      assert.deepEqual(f.get('src/api/users.ts')!.addedLines, [
        { line: 2, text: '  const body = req.body;' },
        { line: 3, text: '  return ok(body);' },
      ]);
      assert.deepEqual(f.get('src/api/users.ts')!.hunks, [{ oldStart: 2, oldLines: 1, newStart: 2, newLines: 2 }]);
      assert.equal(f.get('src/api/users.ts')!.status, 'modified');
    });

    it('reads new and deleted files', () => {
      assert.equal(f.get('src/api/new.ts')!.status, 'added');
      assert.deepEqual(f.get('src/api/new.ts')!.addedLines, [{ line: 1, text: 'export const created = req.params;' }]);
      assert.equal(f.get('src/lib/old.ts')!.status, 'deleted');
      assert.deepEqual(f.get('src/lib/old.ts')!.addedLines, []);
    });

    it('reads renames, with and without changes', () => {
      const renamed = f.get('src/lib/renamed.ts')!;
      assert.equal(renamed.status, 'renamed');
      assert.equal(renamed.oldPath, 'src/lib/moved.ts');
      assert.deepEqual(renamed.addedLines, [{ line: 11, text: 'k added' }]);
      const pure = f.get('src/core/pure.ts')!;
      assert.equal(pure.status, 'renamed');
      assert.equal(pure.oldPath, 'src/lib/pure.ts');
      assert.deepEqual(pure.hunks, []);
    });

    it('marks binary files and keeps mode-only changes', () => {
      assert.equal(f.get('assets/logo.png')!.binary, true);
      assert.equal(f.get('assets/new.bin')!.status, 'added');
      assert.equal(f.get('assets/new.bin')!.binary, true);
      assert.equal(f.get('run.sh')!.status, 'modified');
      assert.deepEqual(f.get('run.sh')!.hunks, []);
    });

    it('skips "\\ No newline at end of file" markers', () => {
      assert.deepEqual(f.get('src/lib/nonl.ts')!.addedLines, [{ line: 1, text: 'no newline at end, changed' }]);
    });

    it('decodes quoted paths with octal escapes, tabs and quotes, and paths with spaces', () => {
      assert.deepEqual(f.get('src/café.ts')!.addedLines, [{ line: 1, text: 'export const café = "crème";' }]);
      assert.equal(f.get('src/tab\tand "quote".ts')!.status, 'added');
      assert.deepEqual(f.get('docs/my notes.md')!.addedLines, [{ line: 2, text: '' }, { line: 3, text: 'req.query here' }]);
    });

    it('strips the carriage return of CRLF content', () => {
      assert.deepEqual(f.get('src/lib/windows.ts')!.addedLines, [{ line: 2, text: 'line 2 changed' }, { line: 4, text: 'added line' }]);
      assert.equal(f.get('src/lib/windows.ts')!.hunks.length, 2);
    });
  });

  it('gives the same added lines with default context', () => {
    const u0 = byPath(parseUnifiedDiff(fixture('u0.diff')).files);
    const { files, problems } = parseUnifiedDiff(fixture('default-context.diff'));
    assert.deepEqual(problems, []);
    assert.equal(files.length, u0.size);
    for (const file of files) assert.deepEqual(file.addedLines, u0.get(file.path)!.addedLines, file.path);
    assert.deepEqual(byPath(files).get('src/api/users.ts')!.hunks, [{ oldStart: 1, oldLines: 3, newStart: 1, newLines: 4 }]);
  });

  it('reads unquoted non-ASCII paths (core.quotePath=false)', () => {
    const { files } = parseUnifiedDiff(fixture('u0-unquoted.diff'));
    assert.ok(files.some((f) => f.path === 'src/café.ts'));
  });

  it('skips GIT binary patch data', () => {
    const { files, problems } = parseUnifiedDiff(fixture('binary-patch.diff'));
    assert.deepEqual(problems, []);
    const logo = byPath(files).get('assets/logo.png')!;
    assert.equal(logo.binary, true);
    assert.deepEqual(logo.addedLines, []);
    assert.equal(files.length, 13);
  });

  it('reads renames of paths with spaces and deleted binaries', () => {
    const { files } = parseUnifiedDiff(fixture('rename-with-spaces.diff'));
    const f = byPath(files);
    assert.equal(f.get('docs/our notes.md')!.oldPath, 'docs/my notes.md');
    assert.deepEqual(f.get('docs/our notes.md')!.addedLines, [{ line: 4, text: 'changed' }]);
    assert.equal(f.get('assets/logo.png')!.status, 'deleted');
  });

  it('reads format-patch mails, ignoring the message and signature', () => {
    const { files, problems } = parseUnifiedDiff(fixture('format-patch.diff'));
    assert.deepEqual(problems, []);
    assert.deepEqual(files.map((f) => f.path), ['assets/logo.png', 'docs/our notes.md']);
  });

  it('reads a diff whose every line ends in CRLF', () => {
    const crlf = fixture('u0.diff').replace(/\r?\n/g, '\r\n');
    const { files, problems } = parseUnifiedDiff(crlf);
    assert.deepEqual(problems, []);
    assert.deepEqual(byPath(files).get('src/api/users.ts')!.addedLines[0], { line: 2, text: '  const body = req.body;' });
    assert.ok(byPath(files).has('docs/my notes.md'));
    assert.deepEqual(byPath(files).get('src/lib/windows.ts')!.addedLines[1], { line: 4, text: 'added line' });
  });

  it('never numbers an added line 0: a hunk claiming new lines from line 0 is read from line 1, with a problem', () => {
    const text = ['--- a/x.txt', '+++ b/x.txt', '@@ -1,0 +0,2 @@', '+first', '+second', ''].join('\n');
    const { files, problems } = parseUnifiedDiff(text);
    assert.deepEqual(files[0]!.addedLines, [{ line: 1, text: 'first' }, { line: 2, text: 'second' }]);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /start at line 0/);
    assert.equal(problems[0]!.line, 3);
  });

  it('reads plain unified diffs without git headers', () => {
    const text = ['--- a/one.txt\t2024-01-01 10:00:00', '+++ b/one.txt\t2024-01-02 10:00:00', '@@ -1 +1,2 @@', ' same', '+new', '--- /dev/null', '+++ b/two.txt', '@@ -0,0 +1 @@', '+hello', ''].join('\n');
    const { files, problems } = parseUnifiedDiff(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(files.map((f) => [f.path, f.status, f.addedLines]), [
      ['one.txt', 'modified', [{ line: 2, text: 'new' }]],
      ['two.txt', 'added', [{ line: 1, text: 'hello' }]],
    ]);
  });

  it('takes removed lines that look like headers as removed lines', () => {
    const text = ['diff --git a/x.md b/x.md', '--- a/x.md', '+++ b/x.md', '@@ -1,2 +1 @@', '--- not a header', '-++ neither', '+kept', ''].join('\n');
    const { files, problems } = parseUnifiedDiff(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(files[0]!.addedLines, [{ line: 1, text: 'kept' }]);
  });

  it('reads combined diffs of merges', () => {
    const text = ['diff --cc src/merged.ts', 'index 1..2', '--- a/src/merged.ts', '+++ b/src/merged.ts', '@@@ -1,2 -1,2 +1,3 @@@', '  same', '+ from ours', ' +from theirs', '- gone', ''].join('\n');
    const { files } = parseUnifiedDiff(text);
    assert.equal(files[0]!.path, 'src/merged.ts');
    assert.deepEqual(files[0]!.addedLines, [{ line: 2, text: 'from ours' }, { line: 3, text: 'from theirs' }]);
  });

  it('reports a truncated hunk and never throws on garbage', () => {
    const truncated = ['diff --git a/x b/x', '--- a/x', '+++ b/x', '@@ -1,5 +1,5 @@', '+only one line'].join('\n');
    const { files, problems } = parseUnifiedDiff(truncated);
    assert.equal(files.length, 1);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /ends early/);
    for (const junk of ['', '\n\n', '@@ -1 +1 @@\n+x', 'diff --git', 'diff --git "a/unterminated', '+++ b/x\n@@ -a +b @@', '\u0000\u0001'.repeat(100)]) {
      assert.doesNotThrow(() => parseUnifiedDiff(junk), JSON.stringify(junk));
    }
  });

  it('does not throw on random input', () => {
    const pieces = ['diff --git a/x b/x\n', '--- a/x\n', '+++ b/x\n', '@@ -1,2 +1,3 @@\n', '+a\n', '-b\n', ' c\n', '\\ No newline\n', 'rename from "q\\303"\n', 'Binary files a and b differ\n', 'GIT binary patch\n', '\r\n', '"'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let run = 0; run < 500; run++) {
      let text = '';
      for (let k = 0; k < 20; k++) text += pieces[Math.floor(random() * pieces.length)];
      assert.doesNotThrow(() => parseUnifiedDiff(text), JSON.stringify(text));
    }
  });
});
