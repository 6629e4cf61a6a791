import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCharge } from './charges';

test('accepts a well-formed charge', () => {
  const input = validateCharge({ amountMinor: 1299, currency: 'EUR', cardToken: 'tok_visa' });
  assert.deepEqual(input, { amountMinor: 1299, currency: 'EUR', cardToken: 'tok_visa' });
});

test('rejects amounts given as decimals', () => {
  assert.match(validateCharge({ amountMinor: 12.99, currency: 'EUR', cardToken: 'tok_visa' }) as string, /positive integer/);
});

test('rejects raw card numbers', () => {
  assert.match(validateCharge({ amountMinor: 100, currency: 'EUR', cardToken: '4242424242424242' }) as string, /token/);
});
