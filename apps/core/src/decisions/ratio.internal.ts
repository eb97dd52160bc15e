import type { Ratio, ThresholdComparison } from './proposal.js';

// BigInt keeps the cross-multiplication exact even for large counts times large denominators.

/** Whether part/whole is at least (or more than) ratio, compared exactly: part·d ≥ n·whole. */
export function shareMeets(part: number, whole: number, ratio: Ratio, comparison: ThresholdComparison): boolean {
  const left = BigInt(part) * BigInt(ratio.denominator);
  const right = BigInt(ratio.numerator) * BigInt(whole);
  return comparison === 'at-least' ? left >= right : left > right;
}

/** Smallest integer k with k/whole ≥ ratio (the ceiling of n·whole/d). */
export function minimumPartFor(whole: number, ratio: Ratio): number {
  const n = BigInt(ratio.numerator) * BigInt(whole);
  const d = BigInt(ratio.denominator);
  return Number((n + d - 1n) / d);
}

/** Whether ratio is n/d with integers 0 ≤ n ≤ d and d > 0. */
export function isValidRatio(ratio: unknown): ratio is Ratio {
  if (typeof ratio !== 'object' || ratio === null) return false;
  const { numerator, denominator } = ratio as Record<string, unknown>;
  return (
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    (numerator as number) >= 0 &&
    (denominator as number) > 0 &&
    (numerator as number) <= (denominator as number)
  );
}
