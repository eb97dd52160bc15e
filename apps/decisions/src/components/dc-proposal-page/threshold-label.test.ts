import { describe, expect, it } from 'vitest';
import { thresholdLabel } from './threshold-label.js';

const common = { id: 'p', status: 'open' as const, opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-05-08T00:00:00Z', quorum: { numerator: 1, denominator: 2 } };

describe('thresholdLabel', () => {
  it('words a simple majority and a two-thirds threshold with their comparison', () => {
    expect(thresholdLabel({ ...common, method: 'yes-no', threshold: { numerator: 1, denominator: 2, comparison: 'more-than' } })).toBe('more than 50 % of yes and no');
    expect(thresholdLabel({ ...common, method: 'yes-no', threshold: { numerator: 2, denominator: 3, comparison: 'at-least' } })).toBe('at least 66.7 % of yes and no');
  });

  it('falls back to a simple majority when no threshold is set', () => {
    expect(thresholdLabel({ ...common, method: 'yes-no' })).toBe('more than half of yes and no');
  });
});
