import { describe, expect, it } from 'vitest';
import { formatPrice, parseAmount } from './format-price.js';

const hours = { url: 'https://g.example/profile/currency#it', symbol: 'h', decimals: 2 };

describe('price hints', () => {
  it('show amounts in the group currency with its decimals', () => {
    expect(formatPrice({ amount: 150, currency: hours.url }, hours)).toEqual({ kind: 'amount', text: '1.50 h', minor: 150 });
    expect(formatPrice({ amount: 5, currency: hours.url }, hours)).toEqual({ kind: 'amount', text: '0.05 h', minor: 5 });
    expect(formatPrice({ amount: 60, currency: 'https://other.example/c#it' }, hours)).toEqual({ kind: 'amount', text: '60', minor: 60 });
    expect(formatPrice('free')).toEqual({ kind: 'free' });
    expect(formatPrice(undefined)).toEqual({ kind: 'none' });
  });

  it('parse what a member types into whole minor units, refusing anything else', () => {
    expect(parseAmount('1.5', 2)).toBe(150);
    expect(parseAmount('1,25', 2)).toBe(125);
    expect(parseAmount('60', 0)).toBe(60);
    expect(parseAmount('0.001', 2)).toBeUndefined();
    expect(parseAmount('-3', 2)).toBeUndefined();
    expect(parseAmount('0', 2)).toBeUndefined();
    expect(parseAmount('1e3', 0)).toBeUndefined();
  });
});
