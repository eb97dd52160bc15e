import { describe, expect, it } from 'vitest';
import { createReversal } from './create-reversal.js';
import { deciderOf, startTransfer, transitionTransfer } from './transfer-workflow.js';
import { MEMBERS, payment } from './test-support/ledger-fixtures.js';

const [amina, ben, chloe] = MEMBERS as [string, string, string];
const DAY = 24 * 3600 * 1000;
const request = () => startTransfer(payment(amina, ben, 500, { initiator: ben, time: '2026-03-01T10:00:00Z' }));
const at = '2026-03-02T10:00:00Z';

describe('transfer workflow', () => {
  it('completes a payment at once and keeps a payee\'s request pending', () => {
    expect(startTransfer(payment(amina, ben, 5)).status).toBe('completed');
    expect(request().status).toBe('pending');
  });

  it('lets only the payer accept or decline a request', () => {
    expect(transitionTransfer(request(), { type: 'accept', by: amina, at })).toMatchObject({ ok: true, transfer: { status: 'completed' } });
    expect(transitionTransfer(request(), { type: 'decline', by: amina, at })).toMatchObject({ ok: true, transfer: { status: 'declined' } });
    expect(transitionTransfer(request(), { type: 'accept', by: ben, at })).toMatchObject({ ok: false, reason: expect.stringMatching(/Only the payer/) });
  });

  it('keeps a payment pending when the payee must acknowledge it, and lets only the payee decide', () => {
    const offered = startTransfer(payment(amina, ben, 5, { time: '2026-03-01T10:00:00Z' }), { payeeMustAcknowledge: true });
    expect(offered.status).toBe('pending');
    expect(deciderOf(offered)).toBe(ben);
    expect(transitionTransfer(offered, { type: 'accept', by: ben, at })).toMatchObject({ ok: true, transfer: { status: 'completed' } });
    expect(transitionTransfer(offered, { type: 'accept', by: amina, at })).toMatchObject({ ok: false, reason: expect.stringMatching(/Only the payee/) });
    expect(transitionTransfer(offered, { type: 'cancel', by: amina, at })).toMatchObject({ ok: true, transfer: { status: 'cancelled' } });
  });

  it('lets only the initiator cancel a pending request', () => {
    expect(transitionTransfer(request(), { type: 'cancel', by: ben, at })).toMatchObject({ ok: true, transfer: { status: 'cancelled' } });
    expect(transitionTransfer(request(), { type: 'cancel', by: amina, at })).toMatchObject({ ok: false });
  });

  it('expires a request after its lifetime and refuses to accept it then', () => {
    const options = { requestLifetimeMs: 7 * DAY };
    expect(transitionTransfer(request(), { type: 'expire', at }, options)).toMatchObject({ ok: false });
    expect(transitionTransfer(request(), { type: 'expire', at: '2026-03-08T10:00:00Z' }, options)).toMatchObject({ ok: true, transfer: { status: 'expired' } });
    expect(transitionTransfer(request(), { type: 'accept', by: amina, at: '2026-03-09T00:00:00Z' }, options)).toMatchObject({ ok: false, reason: expect.stringMatching(/expired/) });
  });

  it('changes nothing once a transfer is settled, and leaves the old value as it was', () => {
    const pending = request();
    const done = transitionTransfer(pending, { type: 'accept', by: amina, at });
    expect(pending.status).toBe('pending');
    if (!done.ok) throw new Error(done.reason);
    for (const event of [{ type: 'decline', by: amina, at }, { type: 'cancel', by: ben, at }, { type: 'expire', at: '2030-01-01T00:00:00Z' }] as const) {
      expect(transitionTransfer(done.transfer, event, { requestLifetimeMs: DAY })).toMatchObject({ ok: false, reason: expect.stringMatching(/is completed/) });
    }
  });
});

describe('createReversal', () => {
  it('swaps the parties, keeps amount and group, and links the original', () => {
    const original = startTransfer(payment(amina, ben, 500, { currency: 'https://pods.example/c#it' }));
    const reversal = createReversal(original, { id: 'urn:uuid:r', iri: 'https://pods.example/t/r#it', time: at, initiator: ben });
    expect(reversal).toMatchObject({ payer: ben, payee: amina, amount: 500, group: original.group, currency: 'https://pods.example/c#it', reverses: original.iri, initiator: ben });
    expect(startTransfer(reversal).status).toBe('completed');
    expect(startTransfer(createReversal(original, { id: 'urn:uuid:s', iri: 'https://pods.example/t/s#it', time: at, initiator: amina })).status).toBe('pending');
  });

  it('refuses to reverse a transfer that is not completed, or on behalf of a third member', () => {
    expect(() => createReversal(request(), { id: 'urn:uuid:r', iri: 'https://x/#it', time: at, initiator: ben })).toThrow(/completed/);
    const original = startTransfer(payment(amina, ben, 5));
    expect(() => createReversal(original, { id: 'urn:uuid:r', iri: 'https://x/#it', time: at, initiator: chloe })).toThrow(/Only/);
  });
});
