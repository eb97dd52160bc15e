import { describe, expect, it } from 'vitest';
import { workflowAt, type DatedWorkflow } from './workflow-at.js';

const open = { membersMayRequestPayments: true, requestLifetimeDays: 30, payeeMustAcknowledge: false };
const strict = { membersMayRequestPayments: false, requestLifetimeDays: 2, payeeMustAcknowledge: true };
const history: DatedWorkflow[] = [
  { sequence: 0, from: '2026-03-01T00:00:00Z', workflow: open },
  { sequence: 1, from: '2026-04-01T00:00:00Z', workflow: strict },
  { sequence: 2, from: '2026-05-01T00:00:00Z', workflow: open },
];

describe('workflowAt', () => {
  it('finds no workflow without a history or before its first record, so old ledgers replay as before', () => {
    expect(workflowAt(undefined, '2026-03-02T00:00:00Z')).toBeUndefined();
    expect(workflowAt([], '2026-03-02T00:00:00Z')).toBeUndefined();
    expect(workflowAt(history, '2026-02-28T23:59:59Z')).toBeUndefined();
  });

  it('takes the last record dated at or before the time', () => {
    expect(workflowAt(history, '2026-03-01T00:00:01Z')).toBe(open);
    expect(workflowAt(history, '2026-03-31T23:59:59Z')).toBe(open);
    expect(workflowAt(history, '2026-04-01T00:00:01Z')).toBe(strict);
    expect(workflowAt(history, '2026-04-15T12:00:00+02:00')).toBe(strict);
    expect(workflowAt(history, '2027-01-01T00:00:00Z')).toBe(open);
  });

  it("judges a transfer in a change's own second by the most lenient rule of that second (signed times have whole seconds: it may have come first)", () => {
    // Nothing held just before the first record: no rule is checked.
    expect(workflowAt(history, '2026-03-01T00:00:00Z')).toBeUndefined();
    expect(workflowAt(history, '2026-04-01T00:00:00Z')).toEqual(open);
    expect(workflowAt(history, '2026-04-01T02:00:00+02:00')).toEqual(open);
    // Tightened to strict, then opened, then tightened again within one second: each rule is the most lenient it was.
    const flapping: DatedWorkflow[] = [
      { sequence: 0, from: '2026-03-01T00:00:00Z', workflow: strict },
      { sequence: 1, from: '2026-06-01T10:00:00Z', workflow: { membersMayRequestPayments: true, requestLifetimeDays: 1, payeeMustAcknowledge: true } },
      { sequence: 2, from: '2026-06-01T10:00:00Z', workflow: { membersMayRequestPayments: false, requestLifetimeDays: 9, payeeMustAcknowledge: false } },
    ];
    expect(workflowAt(flapping, '2026-06-01T10:00:00Z')).toEqual({ membersMayRequestPayments: true, requestLifetimeDays: 9, payeeMustAcknowledge: false });
    expect(workflowAt(flapping, '2026-06-01T10:00:01Z')).toEqual(flapping[2]?.workflow);
  });

  it('compares instants, not strings: a time zone offset moves the time across a change', () => {
    expect(workflowAt(history, '2026-04-01T01:00:00+02:00')).toBe(open);
  });

  it('finds nothing for a time that is not a date-time', () => {
    expect(workflowAt(history, 'yesterday')).toBeUndefined();
  });
});
