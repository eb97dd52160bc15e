import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinorUnits, parseMinorUnits } from './minor-units.js';

describe('formatMinorUnits', () => {
  it('writes integer minor units in major units with the currency decimals', () => {
    expect(formatMinorUnits(1250, 2)).toBe('12.50');
    expect(formatMinorUnits(-5, 2)).toBe('-0.05');
    expect(formatMinorUnits(-600, 0)).toBe('-600');
  });
});

describe('parseMinorUnits', () => {
  it('reads typed amounts without floating point and refuses extra decimals or words', () => {
    expect(parseMinorUnits('-20', 2)).toBe(-2000);
    expect(parseMinorUnits('12,5', 2)).toBe(1250);
    expect(parseMinorUnits('0.1', 0)).toBeUndefined();
    expect(parseMinorUnits('ten', 2)).toBeUndefined();
  });

  it('is the inverse of formatMinorUnits for every safe amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (amount, decimals) => {
        expect(parseMinorUnits(formatMinorUnits(amount, decimals), decimals)).toBe(amount);
      }),
    );
  });
});
