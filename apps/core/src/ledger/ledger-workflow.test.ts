import { describe, expect, it } from 'vitest';
import {
  checkRequestLifetimeDays,
  getLedgerWorkflow,
  requestExpiresAt,
  requestLifetimeMsOf,
} from './ledger-workflow.js';
import { transitionTransfer } from './transfer-workflow.js';
import type { LedgerTransfer } from './transfer.js';

const DAY = 24 * 3600 * 1000;

describe('getLedgerWorkflow', () => {
  it('lets members request payments for 30 days, and payments complete at once, when the profile says nothing', () => {
    expect(getLedgerWorkflow({})).toEqual({
      membersMayRequestPayments: true,
      requestLifetimeDays: 30,
      payeeMustAcknowledge: false,
    });
  });

  it("takes the group's own choices", () => {
    expect(
      getLedgerWorkflow({
        membersMayRequestPayments: false,
        paymentRequestLifetimeDays: 14,
        payeeMustAcknowledge: true,
      }),
    ).toEqual({
      membersMayRequestPayments: false,
      requestLifetimeDays: 14,
      payeeMustAcknowledge: true,
    });
  });
});

describe('requestExpiresAt', () => {
  it('counts whole days from the request time', () => {
    expect(requestExpiresAt('2026-11-01T10:00:00Z', { requestLifetimeDays: 14 }).toISOString()).toBe(
      '2026-11-15T10:00:00.000Z',
    );
  });

  it('agrees with the transfer workflow on when a request stops being acceptable', () => {
    const request = {
      id: 'r',
      time: '2026-11-01T10:00:00Z',
      payer: 'p',
      payee: 'q',
      initiator: 'q',
      status: 'pending',
    } as unknown as LedgerTransfer;
    const options = { requestLifetimeMs: requestLifetimeMsOf({ requestLifetimeDays: 1 }) };
    const expiry = requestExpiresAt(request.time, { requestLifetimeDays: 1 }).getTime();
    const accept = (at: number) =>
      transitionTransfer(request, { type: 'accept', by: 'p', at: new Date(at).toISOString() }, options).ok;
    expect(accept(expiry - 1000)).toBe(true);
    expect(accept(expiry)).toBe(false);
    expect(
      transitionTransfer(request, { type: 'expire', at: new Date(expiry + DAY).toISOString() }, options),
    ).toMatchObject({ ok: true, transfer: { status: 'expired' } });
  });
});

describe('checkRequestLifetimeDays', () => {
  it('accepts whole days from 1 to 365', () => {
    expect([1, 30, 365].map(checkRequestLifetimeDays)).toEqual([null, null, null]);
  });

  it('refuses zero, fractions and more than a year, saying what is allowed', () => {
    for (const days of [0, -3, 1.5, 366, Number.NaN])
      expect(checkRequestLifetimeDays(days)).toMatch(/whole number of days from 1 to 365/);
  });
});
