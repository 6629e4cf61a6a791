import type { Handler } from './http';
import { ProcessorError, type PaymentProcessor } from '../payments/processor';

export interface ChargeInput {
  amountMinor: number;
  currency: string;
  cardToken: string;
  description?: string;
}

const CURRENCIES = new Set(['EUR', 'GBP', 'USD']);

/** Checks a request body against the charge schema; returns a message for the first problem. */
export function validateCharge(body: unknown): ChargeInput | string {
  if (typeof body !== 'object' || body === null) return 'body must be a JSON object';
  const b = body as Record<string, unknown>;
  if (!Number.isInteger(b.amountMinor) || (b.amountMinor as number) <= 0) {
    return 'amountMinor must be a positive integer (minor units, see ADR-0002 in services/ledger)';
  }
  if (typeof b.currency !== 'string' || !CURRENCIES.has(b.currency)) return 'currency is not supported';
  if (typeof b.cardToken !== 'string' || !b.cardToken.startsWith('tok_')) return 'cardToken must be a processor token';
  if (b.description !== undefined && typeof b.description !== 'string') return 'description must be a string';
  return {
    amountMinor: b.amountMinor as number,
    currency: b.currency,
    cardToken: b.cardToken,
    ...(typeof b.description === 'string' ? { description: b.description.slice(0, 140) } : {}),
  };
}

/** POST /charges — requires an Idempotency-Key header (ADR-0005). */
export function createChargeHandler(processor: PaymentProcessor): Handler {
  return async (req, res) => {
    const key = req.header('Idempotency-Key');
    if (!key) {
      res.status(400).json({ error: 'Idempotency-Key header is required' });
      return;
    }
    const input = validateCharge(req.body);
    if (typeof input === 'string') {
      res.status(400).json({ error: input });
      return;
    }
    try {
      const charge = await processor.charge({ ...input, idempotencyKey: key });
      res.status(201).json(charge);
    } catch (err) {
      if (err instanceof ProcessorError && err.declined) {
        res.status(402).json({ error: 'card declined', code: err.code });
        return;
      }
      res.status(503).json({ error: 'payment processor unavailable, retry later' });
    }
  };
}
