import * as assert from 'node:assert/strict';
import type { ChangedFile } from '../../../src/core/review/changeSet';
import { addedBetween, followEdits } from '../../../src/core/review/lines/followEdits';
import { matchLines, splitLines } from '../../../src/core/review/lines/matchLines';

const SAVED = ['import x;', '', 'function a() {', '  return req.body;', '}', ''].join('\n');
/** The saved file's change: line 4 (`return req.body`) was added by the branch. */
const CHANGE: ChangedFile = { path: 'src/a.ts', status: 'modified', addedLines: [{ line: 4, text: '  return req.body;' }], hunks: [{ oldStart: 3, oldLines: 2, newStart: 3, newLines: 3 }] };

describe('review: hints follow unsaved edits', () => {
  it('matches kept lines as a diff editor does, new lines as -1', () => {
    assert.deepEqual([...matchLines(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])], [0, -1, 1, 2]);
    assert.deepEqual([...matchLines(['a', 'b', 'c', 'd'], ['b', 'x', 'd', 'a'])], [1, -1, 3, -1], 'a longest common subsequence: b and d stay');
    assert.deepEqual([...matchLines([], ['a'])], [-1]);
    assert.deepEqual([...matchLines(['a'], [])], []);
    assert.deepEqual(splitLines('a\r\nb\n'), ['a', 'b']);
    assert.deepEqual(splitLines(''), []);
  });

  it('moves the added lines down when lines are typed above them, and counts the typed lines as added', () => {
    const edited = SAVED.replace('function a() {', '// why\nfunction a() {');
    const moved = followEdits(CHANGE, SAVED, edited);
    assert.deepEqual(moved.addedLines, [{ line: 3, text: '// why' }, { line: 5, text: '  return req.body;' }]);
    assert.deepEqual(moved.hunks.map((h) => h.newStart), [4], 'the hunk starts on the line it started on, now one lower');
  });

  it('drops an added line that was deleted, and keeps the others where they now are', () => {
    const edited = SAVED.replace('  return req.body;\n', '');
    assert.deepEqual(followEdits(CHANGE, SAVED, edited).addedLines, []);
  });

  it('changes nothing when the text is the saved text', () => {
    assert.equal(followEdits(CHANGE, SAVED, SAVED), CHANGE);
  });

  it('finds what the modified side of a diff adds, with separate edits far apart', () => {
    const original = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n');
    const modified = original.replace('line 3', 'line 3\nnew near the top').replace('line 45', 'line 45 changed');
    assert.deepEqual(addedBetween(original, modified), [{ line: 5, text: 'new near the top' }, { line: 47, text: 'line 45 changed' }]);
    assert.deepEqual(addedBetween('', 'a\nb\n'), [{ line: 1, text: 'a' }, { line: 2, text: 'b' }], 'a new file adds every line');
  });

  it('matches a long file edited in one place by its common start and end, not line pairs', () => {
    // Pairing lines would need 10^10 comparisons here: beyond the cap, so every line would count as added.
    const saved = Array.from({ length: 100_000 }, (_, i) => `const v${i} = req.body;`);
    const current = [...saved.slice(0, 50_000), 'typed', ...saved.slice(50_000)];
    const t0 = performance.now();
    const moved = followEdits({ ...CHANGE, addedLines: [{ line: 75_000, text: saved[74_999]! }] }, saved.join('\n'), current.join('\n'));
    assert.deepEqual(moved.addedLines.map((l) => l.line), [50_001, 75_001]);
    assert.ok(performance.now() - t0 < 2_000, 'in linear time (about 0.1 s unloaded)');
  });
});
