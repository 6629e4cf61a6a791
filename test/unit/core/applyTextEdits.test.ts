import * as assert from 'node:assert/strict';
import { applyTextEdits } from '../../../src/core/model/text';

describe('applyTextEdits (how the CLI writes planned edits)', () => {
  it('inserts at one offset in the order given, as a WorkspaceEdit does', () => {
    const edits = [
      { start: 4, end: 4, newText: 'status: accepted\n' },
      { start: 4, end: 4, newText: 'date: 2026-11-21\n' },
    ];
    assert.equal(applyTextEdits('---\n---\n', edits), '---\nstatus: accepted\ndate: 2026-11-21\n---\n');
  });

  it('applies edits given in any order, each at its own offset', () => {
    const edits = [
      { start: 8, end: 9, newText: 'Z' },
      { start: 0, end: 1, newText: 'A' },
      { start: 4, end: 4, newText: '-' },
    ];
    assert.equal(applyTextEdits('abcdefghij', edits), 'Abcd-efghZj');
  });

  it('refuses overlapping edits', () => {
    assert.throws(() => applyTextEdits('abcdef', [{ start: 1, end: 4, newText: 'x' }, { start: 3, end: 5, newText: 'y' }]), /overlapping/);
  });
});
