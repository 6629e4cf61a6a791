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
