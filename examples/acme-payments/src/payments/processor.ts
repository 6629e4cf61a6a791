// The card processor sits behind this interface (ADR-0003) so checkout can fail over
// to the secondary processor during an outage (RISK-001).

export interface ChargeRequest {
  amountMinor: number;
  currency: string;
  cardToken: string;
  /** Deduplicates client retries; kept 24 hours (ADR-0002). */
  idempotencyKey: string;
  description?: string;
}

export interface Charge {
  id: string;
  status: 'succeeded' | 'pending';
  amountMinor: number;
  currency: string;
  processor: string;
}

export interface PaymentProcessor {
  readonly name: string;
  charge(request: ChargeRequest): Promise<Charge>;
}

export class ProcessorError extends Error {
  constructor(message: string, readonly code: string, readonly declined: boolean) {
    super(message);
  }
}

/** Tries the primary processor, then the secondary, but never after a decline. */
export class FailoverProcessor implements PaymentProcessor {
  readonly name = 'failover';

  constructor(private readonly primary: PaymentProcessor, private readonly secondary: PaymentProcessor) {}

  async charge(request: ChargeRequest): Promise<Charge> {
    try {
      return await this.primary.charge(request);
    } catch (err) {
      if (err instanceof ProcessorError && err.declined) throw err;
      // Same idempotency key on the secondary: a charge that did reach the primary
      // is found by reconciliation, not charged twice (RISK-002).
      return this.secondary.charge(request);
    }
  }
}
