import { beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../../../apps/core/src/errors/access-denied-error.js';
import { appendTransfer } from '../../../apps/core/src/ledger/append-transfer.js';
import { draftTransfer } from '../../../apps/core/src/ledger/draft-transfer.js';
import { ENTRY_CONTENT_TYPE, serializeEntry } from '../../../apps/core/src/ledger/entry-document.js';
import { entryUrl } from '../../../apps/core/src/ledger/group-ledger-layout.js';
import { nextLogEntry } from '../../../apps/core/src/ledger/next-log-entry.js';
import { payMember } from '../../../apps/core/src/ledger/pay-member.js';
import { readTransfer } from '../../../apps/core/src/ledger/read-transfer.js';
import { signTransfer } from '../../../apps/core/src/ledger/sign-transfer.js';
import { TransferRefusedError } from '../../../apps/core/src/ledger/transfer-refused-error.js';
import { setMemberLimits } from '../../../apps/core/src/membership/member-limits.js';
import { removeMember } from '../../../apps/core/src/membership/remove-member.js';
import { createLedgerGroup, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';

let g: LedgerGroup;
let gael: LedgerMember;
let hana: LedgerMember;
let kofi: LedgerMember;

// The test group's currency: minimum -5000, maximum 20000 minor units (test/integration/groups/test-group.ts).
beforeAll(async () => {
  g = await createLedgerGroup('ledger-rules', 'alice', ['gael', 'hana', 'kofi']);
  gael = g.members.gael as LedgerMember;
  hana = g.members.hana as LedgerMember;
  kofi = g.members.kofi as LedgerMember;
});

async function refusal(promise: Promise<unknown>): Promise<TransferRefusedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TransferRefusedError);
  return error as TransferRefusedError;
}

describe('credit limits', () => {
  it('refuses a payment below the group default minimum and writes nothing', async () => {
    const ledger = await openAs(g, gael);
    const error = await refusal(
      payMember(ledger, { payee: hana.webId, amount: 5001 }, { fetch: gael.fetch, actor: gael.actor }),
    );
    expect(error.rejection.kind).toBe('below-minimum');
    expect((await gael.fetch(entryUrl(g.url, 0))).status).toBe(404);
    const paid = await payMember(ledger, { payee: hana.webId, amount: 5000 }, { fetch: gael.fetch, actor: gael.actor });
    expect(paid.ledger.replay.balances.get(gael.webId)).toBe(-5000);
  });

  it('applies a per-member override of the minimum set by an admin', async () => {
    await setMemberLimits(g.url, gael.webId, { minimumBalance: -8000 }, { fetch: g.admin.fetch });
    const ledger = await openAs(g, gael);
    await payMember(ledger, { payee: kofi.webId, amount: 3000 }, { fetch: gael.fetch, actor: gael.actor });
    const error = await refusal(
      payMember(await openAs(g, gael), { payee: kofi.webId, amount: 1 }, { fetch: gael.fetch, actor: gael.actor }),
    );
    expect(error.rejection.kind).toBe('below-minimum');
  });

  it('applies a per-member override of the maximum to the payee', async () => {
    await setMemberLimits(g.url, kofi.webId, { maximumBalance: 3500 }, { fetch: g.admin.fetch });
    const ledger = await openAs(g, hana);
    const error = await refusal(
      payMember(ledger, { payee: kofi.webId, amount: 501 }, { fetch: hana.fetch, actor: hana.actor }),
    );
    expect(error.rejection.kind).toBe('above-maximum');
    const paid = await payMember(ledger, { payee: kofi.webId, amount: 500 }, { fetch: hana.fetch, actor: hana.actor });
    expect(paid.ledger.replay.balances.get(kofi.webId)).toBe(3500);
    expect([...paid.ledger.replay.balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
  });
});

describe('the group pod refusing writes', () => {
  it('refuses a member who overwrites or deletes an existing entry, which stays as it was', async () => {
    const url = entryUrl(g.url, 0);
    const original = await (await kofi.fetch(url)).text();
    const altered = original.replace('"5000"', '"50"');
    for (const init of [
      { method: 'PUT', headers: { 'content-type': ENTRY_CONTENT_TYPE }, body: altered },
      { method: 'DELETE' },
      {
        method: 'PATCH',
        headers: { 'content-type': 'text/n3' },
        body: `@prefix solid: <http://www.w3.org/ns/solid/terms#>. _:p a solid:InsertDeletePatch; solid:inserts { <${url}#entry> <https://example.org/x> "y" }.`,
      },
    ]) {
      const response = await kofi.fetch(url, init);
      expect(response.ok, `${init.method} answered ${response.status}`).toBe(false);
    }
    expect(await (await kofi.fetch(url)).text()).toBe(original);
  });

  it('refuses to let a removed member append, even with a ledger view from before the removal', async () => {
    const stale = await openAs(g, kofi);
    await removeMember(g.url, kofi.webId, { fetch: g.admin.fetch, notify: false });
    await expect(
      appendTransfer(stale, await signedBy(kofi, hana.webId, 10), { fetch: kofi.fetch }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    // A raw write at the next free position, bypassing every client check, is refused too.
    const terms = draftTransfer({
      group: g.url,
      payer: kofi.webId,
      payee: hana.webId,
      amount: 10,
      initiator: kofi.webId,
    });
    const entry = await nextLogEntry(stale.head, await signTransfer(terms, kofi.actor.signer, 'payer'), {
      transfer: terms.iri,
    });
    const url = entryUrl(g.url, entry.sequence);
    const response = await kofi.fetch(url, {
      method: 'PUT',
      headers: { 'content-type': ENTRY_CONTENT_TYPE, 'if-none-match': '*' },
      body: serializeEntry(entry, url, g.url),
    });
    expect(response.status).toBe(403);
    const now = await openAs(g, hana);
    expect(now.entries).toHaveLength(stale.entries.length);
    // Writers refuse them too once the rules are read again.
    expect(
      (await refusal(payMember(now, { payee: kofi.webId, amount: 10 }, { fetch: hana.fetch, actor: hana.actor })))
        .rejection.kind,
    ).toBe('unknown-member');
  });
});

describe('membership in time', () => {
  it('does not count a transfer a removed member signed after their end date, even when a member appends it', async () => {
    // kofi was removed above; hana, still a member, appends a payment kofi signed afterwards.
    const before = await openAs(g, hana);
    const record = await signedBy(kofi, hana.webId, 10);
    const terms = readTransfer(record);
    const entry = await nextLogEntry(before.head, record, { transfer: 'iri' in terms ? terms.iri : '' });
    const url = entryUrl(g.url, entry.sequence);
    const response = await hana.fetch(url, {
      method: 'PUT',
      headers: { 'content-type': ENTRY_CONTENT_TYPE, 'if-none-match': '*' },
      body: serializeEntry(entry, url, g.url),
    });
    expect(response.status).toBe(201);
    const after = await openAs(g, gael);
    expect(after.replay.problems.map((p) => [p.sequence, p.kind])).toEqual([[entry.sequence, 'unknown-member']]);
    expect(after.replay.balances.get(kofi.webId) ?? 0).toBe(before.replay.balances.get(kofi.webId) ?? 0);
  });
});

async function signedBy(payer: LedgerMember, payee: string, amount: number) {
  const terms = draftTransfer({ group: g.url, payer: payer.webId, payee, amount, initiator: payer.webId });
  return signTransfer(terms, payer.actor.signer, 'payer');
}
