import * as assert from 'node:assert/strict';
import { reviewViewMessage } from '../../../src/extension/views/review/reviewMessage';

type Model = Parameters<typeof reviewViewMessage>[0];

/** A review of one folder on feature/x compared with main, one file changed, showing what `shows` asks for. */
function modelShowing(shows: { guideline?: boolean; decision?: boolean; risk?: boolean; notes?: string[] }): Model {
  const scope = {
    key: 'repo|folder',
    entry: { index: { documents: () => [] } },
    comparison: { label: 'feature/x compared with main' },
    changes: [{ path: 'src/payments/processor.ts' }],
    applicable: shows.guideline ? [{ guideline: { path: '.techlead/guidelines/sec-001.md' } }] : [],
    governance: { decisions: shows.decision ? [{ record: { path: 'docs/adr/0003-x.md' } }] : [], risks: shows.risk ? [{ risk: { index: 0 } }] : [] },
    codeowners: undefined,
    notes: shows.notes ?? [],
  };
  return { status: 'ready', loading: false, scopes: () => [scope] } as unknown as Model;
}

describe('Review Checklist message', () => {
  it('says what was compared whenever the tree shows something, the governing decisions alone included', () => {
    const line = 'feature/x compared with main · 1 changed file.';
    assert.equal(reviewViewMessage(modelShowing({ guideline: true }), true), line);
    // No guideline applies, but the tree lists the decisions and risks of the change: they
    // read against the comparison too (the governance screenshots had no line above them).
    assert.equal(reviewViewMessage(modelShowing({ decision: true }), true), line);
    assert.equal(reviewViewMessage(modelShowing({ risk: true }), true), line);
  });

  it('leaves an empty tree to the welcome content, unless there is a note to give', () => {
    assert.equal(reviewViewMessage(modelShowing({}), true), undefined);
    assert.equal(reviewViewMessage(modelShowing({ notes: ['The base main was not found.'] }), true), 'feature/x compared with main · 1 changed file. The base main was not found.');
  });
});
