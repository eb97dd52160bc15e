import { beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../apps/core/src/errors/conflict-error.js';
import { getPendingRequests } from '../../../apps/core/src/ledger/get-pending-requests.js';
import { acceptPaymentRequest, requestPayment, type PaymentRequest } from '../../../apps/core/src/ledger/payment-requests.js';
import { createOnce, outcomeQuads } from '../../../apps/core/src/ledger/request-documents.internal.js';
import { createProfileKeyResolver } from '../../../apps/core/src/ledger/profile-key-resolver.js';
import { getUnfinishedAcceptances } from '../../../apps/core/src/ledger/unfinished-acceptances.js';
import { signRecord } from '../../../apps/core/src/signing/sign-record.js';
import { createLedgerGroup, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';

let g: LedgerGroup;
let bruno: LedgerMember;
let camille: LedgerMember;

beforeAll(async () => {
  g = await createLedgerGroup('ledger-unfinished', 'alice', ['bruno', 'camille']);
  bruno = g.members.bruno as LedgerMember;
  camille = g.members.camille as LedgerMember;
});

const isEntryWrite = (input: RequestInfo | URL, init?: RequestInit) =>
  init?.method === 'PUT' && String(input instanceof Request ? input.url : input).includes('/ledger/entries/');

/** The member's fetch, but the connection drops on the ledger append: before it reaches the server, or after (the answer is lost). */
function droppingAppend(inner: typeof fetch, when: 'before' | 'after'): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!isEntryWrite(input, init)) return inner(input, init);
    if (when === 'after') await inner(input, init);
    throw new TypeError('fetch failed: the connection was reset');
  }) as typeof fetch;
}

async function askBruno(amount: number): Promise<PaymentRequest> {
  return requestPayment(g.url, { payer: bruno.webId, amount, description: `Lesson ${amount}` }, { fetch: camille.fetch, actor: camille.actor });
}

function unfinishedOf(member: LedgerMember) {
  return async () => getUnfinishedAcceptances(await openAs(g, member), member.webId, { fetch: member.fetch, resolveKey: createProfileKeyResolver({ fetch: member.fetch }) });
}

describe('an acceptance whose append failed', () => {
  it('is listed for the payer who accepted it (and no one else) and is finished by accepting again', async () => {
    const request = await askBruno(400);
    const before = await openAs(g, bruno);
    await expect(acceptPaymentRequest(before, request, { fetch: droppingAppend(bruno.fetch, 'before'), actor: bruno.actor })).rejects.toThrow(/connection was reset/);

    // Decided, so no longer pending; not in the ledger either: without this list it would be stranded.
    expect((await getPendingRequests(g.url, bruno.webId, { fetch: bruno.fetch })).map((r) => r.transfer.id)).not.toContain(request.transfer.id);
    expect((await openAs(g, bruno)).entries.map((e) => e.transfer)).not.toContain(request.transfer.iri);
    const unfinished = await unfinishedOf(bruno)();
    expect(unfinished.map((r) => r.transfer.id)).toEqual([request.transfer.id]);
    expect(unfinished[0]?.acceptedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await unfinishedOf(camille)()).toEqual([]);

    const committed = await acceptPaymentRequest(await openAs(g, bruno), unfinished[0] as PaymentRequest, { fetch: bruno.fetch, actor: bruno.actor });
    expect(committed.transfer.id).toBe(request.transfer.id);
    const after = await openAs(g, camille);
    expect(after.replay.problems).toEqual([]);
    expect(after.replay.balances.get(camille.webId)).toBe((before.replay.balances.get(camille.webId) ?? 0) + 400);
    expect(await unfinishedOf(bruno)()).toEqual([]);
  });

  it('is finished by accepting the original request again, as a retry would', async () => {
    const request = await askBruno(150);
    await expect(acceptPaymentRequest(await openAs(g, bruno), request, { fetch: droppingAppend(bruno.fetch, 'before'), actor: bruno.actor })).rejects.toThrow();
    const committed = await acceptPaymentRequest(await openAs(g, bruno), request, { fetch: bruno.fetch, actor: bruno.actor });
    const entries = (await openAs(g, camille)).entries.filter((e) => e.transfer === request.transfer.iri);
    expect(entries.map((e) => e.sequence)).toEqual([committed.entry.sequence]);
  });

  it('is never appended twice when only the answer to the append was lost', async () => {
    const request = await askBruno(120);
    const stale = await openAs(g, bruno);
    await expect(acceptPaymentRequest(stale, request, { fetch: droppingAppend(bruno.fetch, 'after'), actor: bruno.actor })).rejects.toThrow();
    expect(await unfinishedOf(bruno)()).toEqual([]);
    // With the ledger read before the append, a retry finds the transfer already placed.
    await expect(acceptPaymentRequest(stale, request, { fetch: bruno.fetch, actor: bruno.actor })).rejects.toThrow(/already in the ledger at position \d+/);
    await expect(acceptPaymentRequest(stale, request, { fetch: bruno.fetch, actor: bruno.actor })).rejects.toBeInstanceOf(ConflictError);
    const entries = (await openAs(g, camille)).entries.filter((e) => e.transfer === request.transfer.iri);
    expect(entries).toHaveLength(1);
  });

  it('ignores an "accepted" planted by another member in the payer’s name', async () => {
    const request = await askBruno(999);
    // Camille may add outcomes (members decide on requests), so she can write one naming Bruno; it carries her signature, not his.
    const at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const quads = outcomeQuads(request.outcomeUrl, request.transfer.iri, 'completed', bruno.webId, at);
    const proof = await signRecord(quads, { privateKey: camille.actor.signer.privateKey, verificationMethod: camille.actor.signer.keyId, proofId: `${request.outcomeUrl}#proof`, subject: `${request.outcomeUrl}#it` });
    await createOnce('Planting an outcome at', request.outcomeUrl, [...quads, ...proof], { fetch: camille.fetch });
    expect((await unfinishedOf(bruno)()).map((r) => r.transfer.id)).not.toContain(request.transfer.id);
  });
});
