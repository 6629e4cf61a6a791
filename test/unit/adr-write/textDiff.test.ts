import * as assert from 'node:assert/strict';
import { editBetween } from '../../../src/core/adr/write/textDiff';
import { applyTextEdits } from '../../../src/core/model/text';

describe('adr-write: editBetween', () => {
  it('is the smallest single edit from one text to the other', () => {
    assert.deepEqual(editBetween('abc', 'abc'), []);
    assert.deepEqual(editBetween('a\nc\n', 'a\nb\nc\n'), [{ start: 2, end: 2, newText: 'b\n' }]);
    assert.deepEqual(editBetween('status: x\n', 'status: yy\n'), [{ start: 8, end: 9, newText: 'yy' }]);
    assert.deepEqual(editBetween('abcabc', 'abc'), [{ start: 3, end: 6, newText: '' }]);
  });

  it('round-trips for any pair of texts', () => {
    const texts = ['', 'a', 'aa', 'ab\r\n', 'x\ny\nz\n', 'x\nz\n', '---\nstatus: a\n---\n', '---\nstatus: a\nb: 1\n---\n'];
    for (const a of texts) for (const b of texts) assert.equal(applyTextEdits(a, editBetween(a, b)), b, `${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
  });
});
