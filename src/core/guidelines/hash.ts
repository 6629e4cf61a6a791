/**
 * A short, stable hash of a text: 64 bits from two independent 32-bit multiplicative
 * hashes, as 16 hex digits. Not cryptographic; it only has to change when a guideline's
 * text changes (so persisted ticks reset) and be identical in every host, which rules
 * out `crypto` (absent from the pure core and async in browsers).
 */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x2f6b3c1d;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return hex32(avalanche(h1 ^ text.length)) + hex32(avalanche(h2));
}

/** Spreads every input bit over the output, so similar texts get dissimilar hashes. */
function avalanche(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

function hex32(n: number): string {
  return n.toString(16).padStart(8, '0');
}
