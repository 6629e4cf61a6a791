import * as assert from 'node:assert/strict';
import { markdownToPlainText } from '../../../src/core/text/markdown';

describe('markdownToPlainText (Markdown for labels, picker rows and aria labels)', () => {
  it('keeps the words of code, emphasis and links and drops their markup', () => {
    assert.equal(markdownToPlainText('Check `retry` limits in **every** [client](docs/clients.md)'), 'Check retry limits in every client');
    assert.equal(markdownToPlainText('Use _typed_ ids,\n  not ``strings``'), 'Use typed ids, not strings');
  });

  it('leaves underscores inside words alone', () => {
    assert.equal(markdownToPlainText('snake_case_names stay'), 'snake_case_names stay');
  });
});
