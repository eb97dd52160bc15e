import { describe, expect, it } from 'vitest';
import { parseLifetimeDays } from './parse-lifetime-days.js';

describe('parseLifetimeDays', () => {
  it('reads whole days from 1 to 365, spaces around allowed', () => {
    expect(['1', ' 14 ', '365'].map(parseLifetimeDays)).toEqual([
      { ok: true, days: 1 },
      { ok: true, days: 14 },
      { ok: true, days: 365 },
    ]);
  });

  it('refuses empty, zero, too long, fractions and other notations', () => {
    for (const text of ['', '0', '366', '7.5', '1e2', '-3', 'thirty', '0x10'])
      expect(parseLifetimeDays(text)).toEqual({ ok: false });
  });
});
