import { describe, expect, it } from 'vitest';
import { SUMMARY_LENGTH, summaryOf } from './entry-for-offer.js';

describe('summaryOf', () => {
  it('keeps a short description, with its white space collapsed', () => {
    expect(summaryOf('  Freins,\n\n dérailleurs  et crevaisons. ')).toBe('Freins, dérailleurs et crevaisons.');
  });

  it('cuts a long description at a word, within the summary length', () => {
    const long = 'mot '.repeat(200);
    const summary = summaryOf(long);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LENGTH);
    expect(summary.endsWith('mot…')).toBe(true);
  });

  it('cuts a description without spaces at the summary length', () => {
    expect(summaryOf('x'.repeat(1000))).toHaveLength(SUMMARY_LENGTH);
  });
});
