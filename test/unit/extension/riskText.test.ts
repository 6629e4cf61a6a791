import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_REVIEW_INTERVAL } from '../../../src/core/risk/dates';
import { markedReviewedMessage, onlyMineMessage, riskAriaLabel, riskDescription, statusBarTooltip } from '../../../src/extension/views/risks/riskText';
import { parse, TODAY } from '../risk/helpers';

const REGISTER = `review-interval: 30d
risks:
  - id: RISK-1
    title: Card processor outage
    likelihood: 3
    impact: 5
    owner: Dana Lee <dana@acme.test>
    status: mitigating
    due: 2026-12-15
    reviewed: 2026-11-01
  - id: RISK-2
    title: Late refunds
    likelihood: 2
    impact: 2
    owner: Sam Roe
    status: closed
    resolution: Moved to the new ledger
    reviewed: 2026-09-01
  - id: RISK-3
    title: Key person leaves
    likelihood: 2
    impact: 4
    owner: Dana Lee
    due: 2026-10-01
`;

describe('what the Risks view says about a risk', () => {
  const [open, closed, late] = parse(REGISTER).risks;

  it('shows status, score, owner, due date and the last review in the row', () => {
    assert.equal(riskDescription(open!, TODAY), 'mitigating · score 15 · Dana Lee · due 2026-12-15 · reviewed 2026-11-01');
    assert.equal(riskDescription(closed!, TODAY), 'closed · score 4 · Sam Roe · reviewed 2026-09-01', 'a closed risk has no due date to meet');
    assert.equal(riskDescription(late!, TODAY), 'OVERDUE · open · score 8 · Dana Lee · due 2026-10-01 · never reviewed');
  });

  it('reads the same facts to a screen reader as a sentence, with no symbols', () => {
    assert.equal(riskAriaLabel(open!, TODAY), 'RISK-1 Card processor outage, mitigating, score 15, owner Dana Lee, due 2026-12-15, last reviewed 2026-11-01');
    assert.equal(riskAriaLabel(late!, TODAY), 'RISK-3 Key person leaves, overdue, open, score 8, owner Dana Lee, due 2026-10-01, never reviewed');
  });

  it('confirms Mark Reviewed with the date written and the next review', () => {
    assert.equal(markedReviewedMessage('RISK-1', '2026-11-21', DEFAULT_REVIEW_INTERVAL), 'Marked RISK-1 reviewed on 2026-11-21; next review by 2026-12-21.');
    assert.equal(markedReviewedMessage('RISK-1', '2026-11-21', { amount: 1, unit: 'w', text: '1w' }), 'Marked RISK-1 reviewed on 2026-11-21; next review by 2026-11-28.');
  });

  it('says when the view shows only the user\'s risks, how many of all, and how to see everyone\'s', () => {
    assert.equal(onlyMineMessage(2, 9), 'Showing only your risks — 2 of 9. Show Everyone\'s Risks in the title bar shows them all.');
  });

  it('says in the status bar tooltip what it counts', () => {
    assert.equal(statusBarTooltip({ open: 5, high: 2, overdue: 1 }, false), '5 open risks: 2 critical or high, 1 past their due date. Click to review them.');
    assert.equal(statusBarTooltip({ open: 1, high: 1, overdue: 0 }, true), '1 open risk of yours: 1 critical or high, 0 past their due date. Counting only your risks (Show Only My Risks is on). Click to review them.');
  });
});

describe('the Risks view\'s welcome text', () => {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as { contributes: { viewsWelcome: { view: string; when: string; contents: string }[] } };
  const welcome = manifest.contributes.viewsWelcome.filter((w) => w.view === 'techlead.risks');

  it('states the default review interval the parser applies', () => {
    const none = welcome.find((w) => w.contents.startsWith('No risk register found'));
    assert.ok(none);
    assert.equal(DEFAULT_REVIEW_INTERVAL.unit, 'd');
    assert.match(none.contents, new RegExp(`every ${DEFAULT_REVIEW_INTERVAL.amount} days`));
    assert.doesNotMatch(none.contents, /week/);
  });

  it('says "looking" rather than "none found" until the folders are indexed', () => {
    const none = welcome.find((w) => w.contents.startsWith('No risk register found'))!;
    assert.match(none.when, /(^|&& )techlead\.ready\b/);
    assert.ok(welcome.some((w) => /!techlead\.ready/.test(w.when) && /^Looking for risk registers/.test(w.contents)));
  });
});
