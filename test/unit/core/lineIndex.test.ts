import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { seededRandom } from '../support/seededRandom';

describe('LineIndex', () => {
  it('places every offset on the same line and character after the table is released (2,000 seeded texts, \\n, \\r\\n and lone \\r)', () => {
    const random = seededRandom(7);
    const pieces = ['a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', '\r\r\n', 'é'];
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: random.int(0, 20) }, () => random.pick(pieces)).join('');
      const kept = new LineIndex(text);
      const released = new LineIndex(text);
      released.release();
      for (let o = -1; o <= text.length + 1; o++) assert.deepEqual(released.positionAt(o), kept.positionAt(o), `${JSON.stringify(text)} at ${o}`);
      assert.equal(released.lineCount, kept.lineCount);
      for (let l = 0; l < kept.lineCount; l++) assert.equal(released.lineText(l), kept.lineText(l));
    }
  });
});

describe('LineIndex.problemRange', () => {
  it('keeps a reported span on its line: one character wide when empty, never into a CRLF line break or past the text', () => {
    const lines = new LineIndex('key: [a\r\nnext: b\r\n');
    // A YAML error reported at the "\r" of line 0, or ending on the "\n": it ends at the line's last character.
    assert.deepEqual(lines.problemRange(7, 8), { start: { line: 0, character: 7 }, end: { line: 0, character: 7 } });
    assert.deepEqual(lines.problemRange(5, 8), { start: { line: 0, character: 5 }, end: { line: 0, character: 7 } });
    assert.deepEqual(lines.problemRange(5, 5), { start: { line: 0, character: 5 }, end: { line: 0, character: 6 } });
    assert.deepEqual(lines.problemRange(40, 50), { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } });
    assert.deepEqual(lines.problemRange(9, 16), { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } });
  });
});
