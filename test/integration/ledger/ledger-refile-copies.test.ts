import { beforeAll, describe, expect, it } from 'vitest';
import { appendTransfer } from '../../../apps/core/src/ledger/append-transfer.js';
import { draftTransfer } from '../../../apps/core/src/ledger/draft-transfer.js';
import { refreshGroupLedger, type GroupLedger } from '../../../apps/core/src/ledger/group-ledger.js';
import { payMember } from '../../../apps/core/src/ledger/pay-member.js';
import { readMemberHistory } from '../../../apps/core/src/ledger/read-member-history.js';
import { refileOwnCopies } from '../../../apps/core/src/ledger/refile-own-copies.js';
import { forgetHistoryDocuments } from '../../../apps/core/src/ledger/save-history-copies.js';
import { signTransfer } from '../../../apps/core/src/ledger/sign-transfer.js';
import { countingFetch, createLedgerGroup, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';

let g: LedgerGroup;
let fatima: LedgerMember;
let lucia: LedgerMember;

beforeAll(async () => {
  g = await createLedgerGroup('ledger-refile', 'alice', ['fatima', 'lucia']);
  fatima = g.members.fatima as LedgerMember;
  lucia = g.members.lucia as LedgerMember;
});

/** A fetch that fails every request into `storage`: the member's app, closed before its copy was written. */
function closedBefore(storage: string, inner: typeof fetch): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(storage)) throw new TypeError('Failed to fetch (the tab was closed)');
    return inner(input, init);
  }) as typeof fetch;
}

const sequencesIn = async (member: LedgerMember) =>
  (await readMemberHistory(member.actor.storage, g.url, { fetch: member.fetch, limit: 50 })).items
    .map((i) => i.entry.sequence)
    .sort((a, b) => a - b);

describe('refileOwnCopies', () => {
  let ledger: GroupLedger;

  it("files the payer's copy that a closed app never wrote, and the payee's that never reached an inbox", async () => {
    ledger = await openAs(g, fatima);
    const first = await payMember(
      ledger,
      { payee: lucia.webId, amount: 120, description: 'Cours de guitare' },
      { fetch: fatima.fetch, actor: fatima.actor, counterpartyInbox: null },
    );
    expect((await first.copies).copyUrl).toBeDefined();
    // The second payment reaches the log, then the app is gone: neither its copy nor the parked one is written.
    const lost = await payMember(
      first.ledger,
      { payee: lucia.webId, amount: 80, description: 'Réparation de vélo' },
      {
        fetch: closedBefore(fatima.actor.storage, fatima.fetch),
        actor: fatima.actor,
        counterpartyInbox: null,
        copyRetryDelaysMs: [],
      },
    );
    expect((await lost.copies).copyUrl).toBeUndefined();
    ledger = lost.ledger;
    expect(await sequencesIn(fatima)).toEqual([0]);

    forgetHistoryDocuments();
    const counter = countingFetch(fatima.fetch);
    const refiled = await refileOwnCopies(await openAs(g, fatima), fatima.actor.storage, fatima.webId, {
      fetch: counter.fetch,
    });
    expect(refiled).toEqual({ checked: 2, filed: [1] });
    expect(await sequencesIn(fatima)).toEqual([0, 1]);
    expect(counter.urls.filter((u) => u.startsWith('PUT'))).toHaveLength(1);

    // Lucia was paid twice and got no copy at all (no inbox delivery here): her app files both.
    const forLucia = await refileOwnCopies(await openAs(g, lucia), lucia.actor.storage, lucia.webId, {
      fetch: lucia.fetch,
    });
    expect(forLucia).toEqual({ checked: 2, filed: [0, 1] });
    expect(await sequencesIn(lucia)).toEqual([0, 1]);
  });

  it('writes nothing when every copy is filed: one read of the month, no PUT', async () => {
    forgetHistoryDocuments();
    const counter = countingFetch(fatima.fetch);
    const again = await refileOwnCopies(await openAs(g, fatima), fatima.actor.storage, fatima.webId, {
      fetch: counter.fetch,
    });
    expect(again).toEqual({ checked: 2, filed: [] });
    const own = counter.urls.filter((u) => u.includes(fatima.actor.storage));
    expect(
      own.every((u) => u.startsWith('GET')),
      own.join('\n'),
    ).toBe(true);
    expect(own.length).toBeLessThanOrEqual(2);
  });

  it('never files an entry replay refuses, even one the member signed', async () => {
    // Fatima's own app, ignoring the limits, appends a payment far below her minimum balance.
    const current = await refreshGroupLedger(ledger, { fetch: fatima.fetch });
    const ignoring = {
      ...current,
      rules: { ...current.rules, limits: { defaults: { minimum: -100_000_000, maximum: 100_000_000 } } },
    };
    const terms = draftTransfer({
      group: g.url,
      payer: fatima.webId,
      payee: lucia.webId,
      amount: 9_000_000,
      initiator: fatima.webId,
      currency: current.rules.currency,
    });
    await appendTransfer(ignoring, await signTransfer(terms, fatima.actor.signer, 'payer'), { fetch: fatima.fetch });
    const reread = await openAs(g, fatima);
    expect(reread.replay.problems.map((p) => [p.sequence, p.kind])).toEqual([[2, 'over-limit']]);

    forgetHistoryDocuments();
    const refiled = await refileOwnCopies(reread, fatima.actor.storage, fatima.webId, { fetch: fatima.fetch });
    expect(refiled).toEqual({ checked: 2, filed: [] });
    expect(await sequencesIn(fatima)).toEqual([0, 1]);
  });

  it('looks only at the newest transfers it is asked to', async () => {
    forgetHistoryDocuments();
    const refiled = await refileOwnCopies(await openAs(g, lucia), lucia.actor.storage, lucia.webId, {
      fetch: lucia.fetch,
      recent: 1,
    });
    expect(refiled).toEqual({ checked: 1, filed: [] });
  });
});
