import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAmount } from './format-amount.js';
import { minorUnitsToDecimal } from './minor-units-to-decimal.js';
import { parseAmount } from './parse-amount.js';

const hours = { decimals: 2, symbol: 'h' };
const grains = { decimals: 0, symbol: 'GRN' };

describe('minorUnitsToDecimal', () => {
  it('places the decimal point without floating-point rounding', () => {
    expect(minorUnitsToDecimal(1250, 2)).toBe('12.50');
    expect(minorUnitsToDecimal(-5, 2)).toBe('-0.05');
    expect(minorUnitsToDecimal(0, 2)).toBe('0.00');
    expect(minorUnitsToDecimal(-600, 0)).toBe('-600');
    expect(minorUnitsToDecimal(Number.MAX_SAFE_INTEGER, 2)).toBe('90071992547409.91');
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => minorUnitsToDecimal(1.5, 2)).toThrow(RangeError);
  });
});

describe('formatAmount', () => {
  it('formats with the currency decimals and symbol in the given locale', () => {
    expect(formatAmount(123450, hours, { locale: 'en-GB' })).toBe('1,234.50\u00a0h');
    expect(formatAmount(123450, hours, { locale: 'fr-FR' })).toBe('1\u202f234,50\u00a0h');
    expect(formatAmount(-600, grains, { locale: 'es-ES' })).toBe('-600\u00a0GRN');
  });

  it('shows a plus sign on positive amounts when asked, and no sign on zero', () => {
    expect(formatAmount(150, hours, { locale: 'en-GB', signed: true })).toBe('+1.50\u00a0h');
    expect(formatAmount(0, hours, { locale: 'en-GB', signed: true })).toBe('0.00\u00a0h');
  });

  it('leaves the symbol out when bare', () => {
    expect(formatAmount(42, grains, { locale: 'en-GB', bare: true })).toBe('42');
  });
});

describe('parseAmount', () => {
  it('reads amounts in the locale format as minor units', () => {
    expect(parseAmount('12,5', 2, 'fr-FR')).toEqual({ ok: true, minor: 1250 });
    expect(parseAmount('1 234,50', 2, 'fr-FR')).toEqual({ ok: true, minor: 123450 });
    expect(parseAmount('1,234.50', 2, 'en-GB')).toEqual({ ok: true, minor: 123450 });
    expect(parseAmount('1.234', 0, 'es-ES')).toEqual({ ok: true, minor: 1234 });
  });

  it('accepts the other decimal mark when it cannot be a thousands separator', () => {
    expect(parseAmount('12.5', 2, 'fr-FR')).toEqual({ ok: true, minor: 1250 });
    expect(parseAmount('0,25', 2, 'en-GB')).toEqual({ ok: true, minor: 25 });
  });

  it('says why an amount cannot be used', () => {
    expect(parseAmount('  ', 2, 'en-GB')).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmount('12a', 2, 'en-GB')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseAmount('-3', 2, 'en-GB')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseAmount('1.255', 2, 'en-GB')).toEqual({ ok: false, reason: 'too-many-decimals' });
    expect(parseAmount('0.00', 2, 'en-GB')).toEqual({ ok: false, reason: 'not-positive' });
    expect(parseAmount('99999999999999999', 2, 'en-GB')).toEqual({ ok: false, reason: 'too-large' });
  });

  it('reads back every amount formatAmount writes, in each app language', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('en-GB', 'fr-FR', 'es-ES'), (minor, decimals, locale) => {
        const shown = formatAmount(minor, { decimals, symbol: 'x' }, { locale, bare: true });
        expect(parseAmount(shown, decimals, locale)).toEqual({ ok: true, minor });
      }),
    );
  });
});
