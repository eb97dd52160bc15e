import type { Ratio } from './proposal.js';

/** An exact ratio from a decimal literal such as "0.35" (35/100); negative or malformed values give 0/1. */
export function decimalToRatio(decimal: string): Ratio {
  const match = /^\+?(\d*)(?:\.(\d*))?$/.exec(decimal.trim());
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return { numerator: 0, denominator: 1 };
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const denominator = 10 ** fraction.length;
  const numerator = Number(match[1] || '0') * denominator + Number(fraction || '0');
  const divisor = gcd(numerator, denominator);
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.max(a, 1) : gcd(b, a % b);
}
