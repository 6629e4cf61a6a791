// Sends the token from the hosted card fields (decision 0002) to the payments API.

export interface ChargeResult {
  ok: boolean;
  message: string;
}

export async function submitCharge(cardToken: string, amountMinor: number, currency: string): Promise<ChargeResult> {
  const idempotencyKey = crypto.randomUUID();
  const res = await fetch('/api/charges', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify({ cardToken, amountMinor, currency }),
  });
  if (res.status === 201) return { ok: true, message: 'Payment received' };
  if (res.status === 402) return { ok: false, message: 'Your card was declined' };
  return { ok: false, message: 'We could not take the payment. Please try again.' };
}
