/** Formats integer minor units for display, e.g. 1299 EUR -> "€12.99". */
export function formatPrice(amountMinor: number, currency: string, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 100);
}
