import { beforeAll, describe, expect, it } from 'vitest';
import { createProfileKeyResolver } from '../../../apps/core/src/ledger/profile-key-resolver.js';
import { payMember } from '../../../apps/core/src/ledger/pay-member.js';
import { readMemberHistory } from '../../../apps/core/src/ledger/read-member-history.js';
import { countingFetch, createLedgerGroup, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';

let g: LedgerGroup;
let fatima: LedgerMember;
let lucia: LedgerMember;

beforeAll(async () => {
  g = await createLedgerGroup('ledger-history', 'alice', ['fatima', 'lucia']);
  fatima = g.members.fatima as LedgerMember;
  lucia = g.members.lucia as LedgerMember;
  let ledger = await openAs(g, fatima);
  // Five payments over three months, so the history spans several month folders. Membership
  // starts today and transfers cannot predate it, so the months lie ahead.
  for (const [i, days] of [0, 31, 32, 62, 63].entries()) {
    ledger = (
      await payMember(
        ledger,
        {
          payee: lucia.webId,
          amount: 10 + i,
          description: `Traduction ${i}`,
          time: new Date(Date.now() + days * 24 * 3600_000),
        },
        { fetch: fatima.fetch, actor: fatima.actor, counterpartyInbox: null },
      )
    ).ledger;
  }
});

describe('readMemberHistory', () => {
  it("pages a member's own copies newest first, verified, without reading the group log", async () => {
    const counter = countingFetch(fatima.fetch);
    const first = await readMemberHistory(fatima.actor.storage, g.url, {
      fetch: counter.fetch,
      limit: 3,
      resolveKey: createProfileKeyResolver(),
    });
    expect(first.items.map((i) => i.entry.sequence)).toEqual([4, 3, 2]);
    expect(first.items.every((i) => i.verified === true && i.terms.payer === fatima.webId)).toBe(true);
    expect(first.more).toBe(true);
    expect(counter.urls.filter((u) => u.includes('/ledger/entries/'))).toEqual([]);
    const second = await readMemberHistory(fatima.actor.storage, g.url, { fetch: fatima.fetch, limit: 3, before: 2 });
    expect(second.items.map((i) => i.entry.sequence)).toEqual([1, 0]);
    expect(second.more).toBe(false);
  });
});
