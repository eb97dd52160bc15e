import { beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../apps/core/src/errors/conflict-error.js';
import { parseHistory } from '../../../apps/core/src/ledger/history-document.js';
import { fileInboxTransfers } from '../../../apps/core/src/ledger/file-inbox-transfers.js';
import { getPendingRequests } from '../../../apps/core/src/ledger/get-pending-requests.js';
import { refreshGroupLedger, type GroupLedger } from '../../../apps/core/src/ledger/group-ledger.js';
import { payMember } from '../../../apps/core/src/ledger/pay-member.js';
import {
  acceptPaymentRequest,
  cancelPaymentRequest,
  declinePaymentRequest,
  requestPayment,
} from '../../../apps/core/src/ledger/payment-requests.js';
import { readTransfer } from '../../../apps/core/src/ledger/read-transfer.js';
import { recordCorrection } from '../../../apps/core/src/ledger/record-correction.js';
import { TransferRefusedError } from '../../../apps/core/src/ledger/transfer-refused-error.js';
import { getInboxOf } from '../../../apps/core/src/membership/inbox-of.js';
import { countingFetch, createLedgerGroup, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';

let g: LedgerGroup;
let bruno: LedgerMember;
let camille: LedgerMember;

const PROOF = 'https://w3id.org/security#proof';

beforeAll(async () => {
  g = await createLedgerGroup('ledger-flow', 'alice', ['bruno', 'camille']);
  bruno = g.members.bruno as LedgerMember;
  camille = g.members.camille as LedgerMember;
});

async function ledgerOf(member: LedgerMember): Promise<GroupLedger> {
  return openAs(g, member);
}

describe('payMember (payer pays)', () => {
  it('completes at once in at most 4 requests, and every reader replays the same balances', async () => {
    const ledger = await ledgerOf(bruno);
    expect(ledger.entries).toHaveLength(0);
    const counter = countingFetch(bruno.fetch);
    const committed = await payMember(
      ledger,
      { payee: camille.webId, amount: 1500, description: 'Piano lesson' },
      { fetch: counter.fetch, actor: bruno.actor },
    );
    // The copies are made after the payment resolves; they count towards its requests all the same.
    expect((await committed.copies).warnings).toEqual([]);
    expect(counter.count(), counter.urls.join('\n')).toBeLessThanOrEqual(4);
    expect(committed.transfer.status).toBe('completed');
    expect(committed.entry.sequence).toBe(0);
    for (const reader of [camille, g.admin]) {
      const seen = await ledgerOf(reader);
      expect(seen.replay.problems).toEqual([]);
      expect(seen.replay.verifiedUpTo).toBe(0);
      expect(seen.replay.balances.get(bruno.webId)).toBe(-1500);
      expect(seen.replay.balances.get(camille.webId)).toBe(1500);
    }
  });

  it('keeps the payer a copy in their pod and delivers the payee one through their inbox, filed by fileInboxTransfers', async () => {
    const ledger = await ledgerOf(bruno);
    const committed = await payMember(
      ledger,
      { payee: camille.webId, amount: 250, description: 'Bread' },
      { fetch: bruno.fetch, actor: bruno.actor },
    );
    const delivered = await committed.copies;
    expect(delivered.copyUrl).toBeDefined();
    expect(delivered.inboxCopyUrl?.startsWith((await getInboxOf(camille.webId, { fetch: camille.fetch })) ?? '-')).toBe(
      true,
    );
    const own = await bruno.fetch(delivered.copyUrl as string);
    expect(own.status).toBe(200);
    const ownCopies = parseHistory(await own.text(), delivered.copyUrl as string).copies;
    expect(ownCopies.find((c) => c.entry.sequence === committed.entry.sequence)?.entry.entryHash).toBe(committed.entry.entryHash);

    const filed = await fileInboxTransfers(camille.webId, camille.actor.storage, { fetch: camille.fetch });
    const mine = filed.filed.find((f) => f.entry.entryHash === committed.entry.entryHash);
    expect(mine?.group).toBe(g.url);
    const copy = await camille.fetch(mine?.url as string);
    const filedCopies = parseHistory(await copy.text(), mine?.url as string).copies;
    expect(filedCopies.find((c) => c.entry.sequence === committed.entry.sequence)?.entry.transferHash).toBe(committed.entry.transferHash);
    expect((await camille.fetch(delivered.inboxCopyUrl as string)).status).toBe(404);
  });

  it('catches up and takes the next position when its view of the ledger is stale', async () => {
    const stale = await ledgerOf(camille);
    await payMember(
      await ledgerOf(bruno),
      { payee: camille.webId, amount: 100 },
      { fetch: bruno.fetch, actor: bruno.actor },
    );
    const committed = await payMember(
      stale,
      { payee: bruno.webId, amount: 100 },
      { fetch: camille.fetch, actor: camille.actor },
    );
    expect(committed.entry.sequence).toBe(stale.entries.length + 1);
    expect(committed.ledger.replay.problems).toEqual([]);
  });
});

describe('payment requests', () => {
  it('stay pending until the payer accepts, then carry both signatures in the ledger', async () => {
    const request = await requestPayment(
      g.url,
      { payer: bruno.webId, amount: 700, description: 'Garde d’enfants' },
      { fetch: camille.fetch, actor: camille.actor },
    );
    const pending = await getPendingRequests(g.url, bruno.webId, { fetch: bruno.fetch });
    const seen = pending.find((r) => r.transfer.id === request.transfer.id);
    expect(seen?.transfer.status).toBe('pending');
    const before = await ledgerOf(bruno);
    const committed = await acceptPaymentRequest(before, seen ?? request, { fetch: bruno.fetch, actor: bruno.actor });
    expect(committed.entry.record.filter((q) => q.predicate.value === PROOF)).toHaveLength(2);
    const after = await ledgerOf(camille);
    expect(after.replay.problems).toEqual([]);
    expect(after.replay.balances.get(camille.webId)).toBe((before.replay.balances.get(camille.webId) ?? 0) + 700);
    expect(
      (await getPendingRequests(g.url, bruno.webId, { fetch: bruno.fetch })).map((r) => r.transfer.id),
    ).not.toContain(request.transfer.id);
    // Accepting again is refused: by the ledger's rules when the reader is up to date, and by
    // the outcome already on the server when it is not.
    await expect(
      acceptPaymentRequest(after, request, { fetch: bruno.fetch, actor: bruno.actor }),
    ).rejects.toMatchObject({ name: 'TransferRefusedError', rejection: { kind: 'duplicate-id' } });
    await expect(
      acceptPaymentRequest(before, request, { fetch: bruno.fetch, actor: bruno.actor }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('can be declined by the payer, and nothing enters the ledger', async () => {
    const request = await requestPayment(
      g.url,
      { payer: bruno.webId, amount: 900 },
      { fetch: camille.fetch, actor: camille.actor },
    );
    const before = await ledgerOf(bruno);
    expect((await declinePaymentRequest(request, { fetch: bruno.fetch, actor: bruno.actor })).status).toBe('declined');
    await expect(
      acceptPaymentRequest(before, request, { fetch: bruno.fetch, actor: bruno.actor }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await refreshGroupLedger(before, { fetch: bruno.fetch })).entries).toHaveLength(before.entries.length);
    expect(
      (await getPendingRequests(g.url, camille.webId, { fetch: camille.fetch })).map((r) => r.transfer.id),
    ).not.toContain(request.transfer.id);
  });

  it('can be cancelled by its initiator only', async () => {
    const request = await requestPayment(
      g.url,
      { payer: bruno.webId, amount: 300 },
      { fetch: camille.fetch, actor: camille.actor },
    );
    await expect(cancelPaymentRequest(request, { fetch: bruno.fetch, actor: bruno.actor })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await cancelPaymentRequest(request, { fetch: camille.fetch, actor: camille.actor })).status).toBe(
      'cancelled',
    );
    await expect(
      acceptPaymentRequest(await ledgerOf(bruno), request, { fetch: bruno.fetch, actor: bruno.actor }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("are refused on accept when the payment would break the payer's limit, and stay pending", async () => {
    const request = await requestPayment(
      g.url,
      { payer: bruno.webId, amount: 19_000 },
      { fetch: camille.fetch, actor: camille.actor },
    );
    await expect(
      acceptPaymentRequest(await ledgerOf(bruno), request, { fetch: bruno.fetch, actor: bruno.actor }),
    ).rejects.toBeInstanceOf(TransferRefusedError);
    const listed = (await getPendingRequests(g.url, bruno.webId, { fetch: bruno.fetch })).find(
      (r) => r.transfer.id === request.transfer.id,
    );
    expect(listed?.transfer.status).toBe('pending');
    await declinePaymentRequest(request, { fetch: bruno.fetch, actor: bruno.actor });
  });

  it('expire after their lifetime and can no longer be accepted', async () => {
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    const request = await requestPayment(
      g.url,
      { payer: bruno.webId, amount: 400, time: old },
      { fetch: camille.fetch, actor: camille.actor },
    );
    const listed = (await getPendingRequests(g.url, bruno.webId, { fetch: bruno.fetch })).find(
      (r) => r.transfer.id === request.transfer.id,
    );
    expect(listed?.transfer.status).toBe('expired');
    await expect(
      acceptPaymentRequest(await ledgerOf(bruno), request, { fetch: bruno.fetch, actor: bruno.actor }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('recordCorrection', () => {
  it('lets an admin reverse a transfer with a new entry naming the original, once', async () => {
    const paid = await payMember(
      await ledgerOf(bruno),
      { payee: camille.webId, amount: 1234, description: 'Entered twice by mistake' },
      { fetch: bruno.fetch, actor: bruno.actor },
    );
    const before = paid.ledger.replay.balances;
    const corrected = await recordCorrection(
      await ledgerOf(g.admin),
      paid.transfer,
      { description: 'Doublon' },
      { fetch: g.admin.fetch, actor: g.admin.actor },
    );
    const terms = readTransfer(corrected.entry.record, corrected.entry.transfer);
    expect('problem' in terms ? terms.problem : terms.reverses).toBe(paid.transfer.iri);
    expect('problem' in terms ? undefined : [terms.payer, terms.payee]).toEqual([camille.webId, bruno.webId]);
    const after = await ledgerOf(bruno);
    expect(after.replay.problems).toEqual([]);
    expect(after.replay.balances.get(bruno.webId)).toBe((before.get(bruno.webId) ?? 0) + 1234);
    expect(after.entries.some((e) => e.transfer === paid.transfer.iri)).toBe(true);
    await expect(
      recordCorrection(after, paid.transfer, {}, { fetch: g.admin.fetch, actor: g.admin.actor }),
    ).rejects.toBeInstanceOf(TransferRefusedError);
  });
});
