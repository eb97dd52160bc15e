import { describe, expect, it } from 'vitest';
import { fromDateTimeLocal, toDateTimeLocal } from './datetime-local.js';

describe('datetime-local conversion', () => {
  it('round-trips an instant through the local input value to the minute', () => {
    const iso = '2026-06-13T08:30:00.000Z';
    expect(fromDateTimeLocal(toDateTimeLocal(iso))).toBe(iso);
  });

  it('gives undefined for an empty or invalid value and an empty value for no instant', () => {
    expect(fromDateTimeLocal('')).toBeUndefined();
    expect(fromDateTimeLocal('not a date')).toBeUndefined();
    expect(toDateTimeLocal(undefined)).toBe('');
  });
});
