import type { Offer } from '@mutua/core';

/** How a price hint reads: 'free', 'negotiable', or an amount with its currency symbol. */
export type PriceText = { readonly kind: 'free' | 'negotiable' | 'none' } | { readonly kind: 'amount'; readonly text: string; readonly minor: number };

/** The price hint of an offer as text, using the currency's decimals (integer minor units in, never floats in the sum). */
export function formatPrice(price: Offer['price'], currency?: { readonly url: string; readonly symbol: string; readonly decimals: number }): PriceText {
  if (price === undefined) return { kind: 'none' };
  if (price === 'free' || price === 'negotiable') return { kind: price };
  const decimals = currency && currency.url === price.currency ? currency.decimals : 0;
  const sign = price.amount < 0 ? '-' : '';
  const digits = String(Math.abs(price.amount)).padStart(decimals + 1, '0');
  const major = decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  const symbol = currency && currency.url === price.currency ? ` ${currency.symbol}` : '';
  return { kind: 'amount', text: `${sign}${major}${symbol}`, minor: price.amount };
}

/** Minor units from what a member types ("1.5" hours with 2 decimals is 150), or undefined when it is not a positive amount. */
export function parseAmount(text: string, decimals: number): number | undefined {
  const match = /^\s*(\d{1,9})(?:[.,](\d*))?\s*$/.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) return undefined;
  const minor = Number(match[1]) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
  return minor > 0 && Number.isSafeInteger(minor) ? minor : undefined;
}
