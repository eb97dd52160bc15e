import { describe, expect, it } from 'vitest';
import type { CreditLimits } from './ledger-rules.js';
import { limitsAt, type DatedLimits } from './limits-at.js';

const BEN = 'https://pods.example/ben/profile/card#me';
const CHLOE = 'https://pods.example/chloe/profile/card#me';
// The card after both changes: the defaults tightened to -300, Ben's own minimum raised to -100.
const current: CreditLimits = { defaults: { minimum: -300, maximum: 1000 }, overrides: { [BEN]: { minimum: -100 } } };
const history: DatedLimits[] = [
  {
    sequence: 0,
    from: '2026-04-01T00:00:00Z',
    limits: { minimum: -300, maximum: 1000 },
    previous: { minimum: -600, maximum: 1000 },
  },
  { sequence: 1, from: '2026-05-01T00:00:00Z', member: BEN, limits: { minimum: -100 }, previous: {} },
];

describe('limitsAt', () => {
  it('applies the current limits without a history, so ledgers from before it replay as they did', () => {
    expect(limitsAt(current, undefined, BEN, '2026-01-01T00:00:00Z')).toEqual({ minimum: -100, maximum: 1000 });
    expect(limitsAt(current, [], CHLOE, '2026-01-01T00:00:00Z')).toEqual({ minimum: -300, maximum: 1000 });
  });

  it('applies, before the first record, the limits that record replaced', () => {
    expect(limitsAt(current, history, CHLOE, '2026-03-31T23:59:59Z')).toEqual({ minimum: -600, maximum: 1000 });
    // Ben had no override then: the default of the time applies to him too.
    expect(limitsAt(current, history, BEN, '2026-03-31T23:59:59Z')).toEqual({ minimum: -600, maximum: 1000 });
  });

  it('takes the defaults and the member override each from their last record at or before the time', () => {
    expect(limitsAt(current, history, CHLOE, '2026-04-01T00:00:01Z')).toEqual({ minimum: -300, maximum: 1000 });
    expect(limitsAt(current, history, BEN, '2026-04-30T23:59:59Z')).toEqual({ minimum: -300, maximum: 1000 });
    expect(limitsAt(current, history, BEN, '2026-05-01T00:00:01Z')).toEqual({ minimum: -100, maximum: 1000 });
  });

  it("judges a transfer in a change's own second by the most lenient limits of that second", () => {
    // Tightened from -600 to -300 at that second: it may have come first, so -600.
    expect(limitsAt(current, history, CHLOE, '2026-04-01T00:00:00Z')).toEqual({ minimum: -600, maximum: 1000 });
    // Ben's own minimum rose from the default -300 to -100 at that second.
    expect(limitsAt(current, history, BEN, '2026-05-01T00:00:00Z')).toEqual({ minimum: -300, maximum: 1000 });
    // A loosening within the second applies at once: the lower minimum is the lenient one.
    const loosened: DatedLimits[] = [{ sequence: 0, from: '2026-04-01T00:00:00Z', limits: { minimum: -900, maximum: 1000 }, previous: { minimum: -600, maximum: 1000 } }];
    expect(limitsAt(current, loosened, CHLOE, '2026-04-01T00:00:00Z')).toEqual({ minimum: -900, maximum: 1000 });
  });

  it('compares instants, not strings: a time zone offset moves the time across a change', () => {
    expect(limitsAt(current, history, CHLOE, '2026-04-01T01:00:00+02:00')).toEqual({ minimum: -600, maximum: 1000 });
  });

  it("keeps a member's current override when only the defaults have records", () => {
    const defaultsOnly = history.slice(0, 1);
    expect(limitsAt(current, defaultsOnly, BEN, '2026-03-01T00:00:00Z')).toEqual({ minimum: -100, maximum: 1000 });
    expect(limitsAt(current, defaultsOnly, CHLOE, '2026-03-01T00:00:00Z')).toEqual({ minimum: -600, maximum: 1000 });
  });

  it('applies a cleared override as the default of the time', () => {
    const cleared: DatedLimits[] = [
      ...history,
      { sequence: 2, from: '2026-06-01T00:00:00Z', member: BEN, limits: {}, previous: { minimum: -100 } },
    ];
    expect(limitsAt({ defaults: current.defaults }, cleared, BEN, '2026-06-02T00:00:00Z')).toEqual({
      minimum: -300,
      maximum: 1000,
    });
    expect(limitsAt({ defaults: current.defaults }, cleared, BEN, '2026-05-02T00:00:00Z')).toEqual({
      minimum: -100,
      maximum: 1000,
    });
  });

  it('judges a time that is not a date-time by the latest limits', () => {
    expect(limitsAt(current, history, CHLOE, 'yesterday')).toEqual({ minimum: -300, maximum: 1000 });
  });
});
