import * as assert from 'node:assert/strict';
import { idPrefix } from '../../../src/core/risk/catalog';

describe('risk id catalog', () => {
  it('takes the trailing digits off an id to get its prefix', () => {
    assert.equal(idPrefix('RISK-012'), 'RISK-');
    assert.equal(idPrefix('SEC-3'), 'SEC-');
    assert.equal(idPrefix('R1-2'), 'R1-');
    assert.equal(idPrefix('ABC'), 'ABC');
    assert.equal(idPrefix('123'), '');
    assert.equal(idPrefix(''), '');
    assert.equal(idPrefix('RISK-١٢'), 'RISK-١٢'); // only ASCII digits, as \d
  });
});
