import * as assert from 'node:assert/strict';
import type { DecisionRecord } from '../../../src/core/adr/model';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { inlineMarkdown, recordAriaLabel, recordDescription, recordLabel, recordTooltipMarkdown, statusAndDate, statusPhrase } from '../../../src/core/adr/recordPresentation';
import { markdownToPlainText } from '../../../src/core/text/markdown';

const nygard = (status: string, context = 'We need a database.', title = 'Use PostgreSQL') =>
  parseDecisionRecord('docs/adr/0007-use-postgresql.md', `# 7. ${title}\n\nDate: 2026-01-12\n\n## Status\n\n${status}\n\n## Context\n\n${context}\n\n## Decision\n\nYes.\n`);
const madr = (status: string) =>
  parseDecisionRecord('services/ledger/docs/decisions/0002-store-amounts.md', `---\nstatus: ${status}\ndate: 2026-02-20\n---\n\n# Store amounts as integer minor units\n\n## Context and Problem Statement\n\nFloats lose cents.\n`);
const successor: DecisionRecord = nygard('Accepted', 'x', 'Store keys in PostgreSQL');

describe('What the editor says about a decision record', () => {
  it('names statuses in sentence case however the record writes them', () => {
    assert.equal(statusPhrase(nygard('Accepted'), undefined), 'Accepted');
    assert.equal(statusPhrase(madr('accepted'), undefined), 'Accepted');
    assert.equal(statusPhrase(madr('proposed'), undefined), 'Proposed');
    assert.equal(statusPhrase(nygard('Superseded by [5. Store keys](0005-store-keys.md)'), successor), 'Superseded by 7');
    assert.equal(statusPhrase(parseDecisionRecord('docs/adr/0001-x.md', '# 1. X\n\n## Context\n\nc\n'), undefined), 'No status');
  });

  it('leaves the status out of a row in a status group, unless it says more than the group', () => {
    assert.equal(recordDescription({ record: madr('accepted'), problemCount: 0 }), 'Accepted · 2026-02-20');
    assert.equal(recordDescription({ record: madr('accepted'), problemCount: 0, groupedByStatus: true }), '2026-02-20');
    assert.equal(recordDescription({ record: nygard('Superseded by 7'), successor, problemCount: 0, groupedByStatus: true }), 'Superseded by 7 · 2026-01-12');
    assert.equal(recordDescription({ record: madr('accepted'), problemCount: 3, adrFolder: 'services/ledger/docs/decisions' }), 'services/ledger/docs/decisions · 3 problems · Accepted · 2026-02-20');
  });

  it('shows picker descriptions as plain text, not Markdown', () => {
    assert.equal(statusAndDate(nygard('Superseded by [5. Store idempotency keys in PostgreSQL](0005-store-idempotency-keys-in-postgresql.md)')), 'Superseded by 5. Store idempotency keys in PostgreSQL · 2026-01-12');
    assert.equal(statusAndDate(madr('accepted')), 'Accepted · 2026-02-20');
  });

  it('labels rows and screen-reader text without Markdown markup', () => {
    const record = nygard('Accepted', 'c', 'Validate `req.body` with **shared** schemas');
    assert.equal(recordLabel(record), '7. Validate req.body with shared schemas');
    assert.equal(recordAriaLabel({ record, problemCount: 1, adrFolder: 'docs/adr' }), '7. Validate req.body with shared schemas, Accepted, dated 2026-01-12, in docs/adr, 1 problem');
  });

  it('keeps a Context list a list in the tooltip, and inline code as code', () => {
    const record = nygard('Accepted', 'We need:\n\n- a `POST /charges` retry\n- no double charges\n  across processors\n\n1. first\n2. second');
    const md = recordTooltipMarkdown(record, undefined, [{ message: 'Missing section "Consequences"', severity: 'warning' }]);
    assert.match(md, /---\n\nWe need:\n\n- a `POST \/charges` retry\n- no double charges across processors\n1\. first\n2\. second\n\n/);
    assert.match(md, /\$\(warning\) Missing section "Consequences"/);
    assert.match(md.replace(/\\/g, ''), /^\*\*7\. Use PostgreSQL\*\*\n\nStatus: Accepted {2}\nDate: 2026-01-12/);
  });

  it('escapes what a record writes, so a tooltip shows it rather than renders it', () => {
    assert.equal(inlineMarkdown('See ![x](http://t/x.png) and <b>this</b> # not a heading'), 'See x and \\<b\\>this\\</b\\> \\# not a heading');
    assert.equal(inlineMarkdown('Run `a*b` then [docs](x.md)'), 'Run `a*b` then docs');
  });

  it('reduces Markdown to plain text', () => {
    assert.equal(markdownToPlainText('Superseded by [5. Store](0005.md), see `x`  and **y**\\_z'), 'Superseded by 5. Store, see x and y_z');
  });
});

describe('What a hover says about a superseded record without its successor at hand', () => {
  it('keeps what the record says, as plain text', () => {
    const md = recordTooltipMarkdown(nygard('Superseded by [5. Store keys](0005-store-keys.md)'), undefined, []);
    assert.match(md.replace(/\\/g, ''), /Status: Superseded by 5. Store keys {2}\n/);
  });
});
