import { beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../../../apps/core/src/errors/access-denied-error.js';
import { ConflictError } from '../../../apps/core/src/errors/conflict-error.js';
import { addLedgerSettings } from '../../../apps/core/src/ledger/add-ledger-settings.js';
import { appendTransfer } from '../../../apps/core/src/ledger/append-transfer.js';
import { draftTransfer } from '../../../apps/core/src/ledger/draft-transfer.js';
import { getLedgerRules } from '../../../apps/core/src/ledger/get-ledger-rules.js';
import { getLedgerSettingsHistory } from '../../../apps/core/src/ledger/get-ledger-settings-history.js';
import { settingsUrl } from '../../../apps/core/src/ledger/group-ledger-layout.js';
import { signTransfer } from '../../../apps/core/src/ledger/sign-transfer.js';
import { getMembers } from '../../../apps/core/src/membership/get-members.js';
import { saveMembership } from '../../../apps/core/src/records/types/membership.js';
import { getPendingRequests } from '../../../apps/core/src/ledger/get-pending-requests.js';
import { acceptPaymentRequest, requestPayment } from '../../../apps/core/src/ledger/payment-requests.js';
import { PaymentRequestsClosedError } from '../../../apps/core/src/ledger/payment-requests-closed-error.js';
import { AcknowledgementRequiredError } from '../../../apps/core/src/ledger/acknowledgement-required-error.js';
import { refreshGroupLedger } from '../../../apps/core/src/ledger/group-ledger.js';
import { offerPayment } from '../../../apps/core/src/ledger/offer-payment.js';
import { payMember } from '../../../apps/core/src/ledger/pay-member.js';
import { setLedgerWorkflow } from '../../../apps/core/src/ledger/set-ledger-workflow.js';
import { saveGroupProfile } from '../../../apps/core/src/groups/save-group-profile.js';
import { getGroup } from '../../../apps/core/src/records/types/group.js';
import { createLedgerGroup, ledgerMember, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';
import { joinThroughRequest } from '../groups/test-group.js';

// admin: alice; members: bruno (payer) and camille (payee); joins later: dolores.
let g: LedgerGroup;
let bruno: LedgerMember;
let camille: LedgerMember;

const HOUR = 3600 * 1000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  g = await createLedgerGroup('ledger-settings', 'alice', ['bruno', 'camille']);
  bruno = g.members.bruno as LedgerMember;
  camille = g.members.camille as LedgerMember;
}, 120_000);

function ask(amount: number, options: { time?: Date } = {}) {
  return requestPayment(
    g.url,
    { payer: bruno.webId, amount, ...options },
    { fetch: camille.fetch, actor: camille.actor },
  );
}

describe('per-group ledger workflow settings', () => {
  it('default to requests allowed for 30 days when the group profile says nothing', async () => {
    expect((await getLedgerRules(g.url, { fetch: bruno.fetch })).workflow).toEqual({
      membersMayRequestPayments: true,
      requestLifetimeDays: 30,
      payeeMustAcknowledge: false,
    });
  });

  it('can be changed by an admin only: the server refuses a member writing the group profile', async () => {
    const settings = { membersMayRequestPayments: false, requestLifetimeDays: 3, payeeMustAcknowledge: false };
    await expect(setLedgerWorkflow(g.group.layout.root, settings, { fetch: bruno.fetch })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(
      saveGroupProfile(g.url, { membersMayRequestPayments: false }, { fetch: bruno.fetch }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const group = await getGroup(g.url, { fetch: bruno.fetch });
    expect([group.membersMayRequestPayments, group.paymentRequestLifetimeDays]).toEqual([undefined, undefined]);
  });

  it('refuse requests when the group turns them off, in the workflow and on the server', async () => {
    await setLedgerWorkflow(
      g.group.layout.root,
      { membersMayRequestPayments: false, requestLifetimeDays: 30, payeeMustAcknowledge: false },
      { fetch: g.admin.fetch },
    );
    expect((await getLedgerRules(g.url, { fetch: camille.fetch })).workflow.membersMayRequestPayments).toBe(false);
    await expect(ask(500)).rejects.toBeInstanceOf(PaymentRequestsClosedError);
    // An app that ignores the setting is stopped by the requests container's ACL.
    const ignoring = {
      fetch: camille.fetch,
      actor: camille.actor,
      workflow: { membersMayRequestPayments: true, requestLifetimeDays: 30, payeeMustAcknowledge: false },
    };
    await expect(requestPayment(g.url, { payer: bruno.webId, amount: 500 }, ignoring)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(await getPendingRequests(g.url, bruno.webId, { fetch: bruno.fetch })).toEqual([]);
  });

  it('let members request again once turned back on, including members who joined meanwhile', async () => {
    await joinThroughRequest(g.group, 'dolores');
    await setLedgerWorkflow(
      g.group.layout.root,
      { membersMayRequestPayments: true, requestLifetimeDays: 30, payeeMustAcknowledge: false },
      { fetch: g.admin.fetch },
    );
    const dolores = await ledgerMember('dolores');
    const request = await requestPayment(
      g.url,
      { payer: bruno.webId, amount: 200 },
      { fetch: dolores.fetch, actor: dolores.actor },
    );
    const listed = await getPendingRequests(g.url, bruno.webId, { fetch: bruno.fetch });
    expect(listed.map((r) => [r.transfer.id, r.transfer.status])).toEqual([[request.transfer.id, 'pending']]);
  });

  it("expire requests after the group's lifetime: a one-day request is expired after 25 hours and cannot be accepted", async () => {
    await setLedgerWorkflow(
      g.group.layout.root,
      { membersMayRequestPayments: true, requestLifetimeDays: 1, payeeMustAcknowledge: false },
      { fetch: g.admin.fetch },
    );
    const request = await ask(300);
    const statusAt = async (now: Date) =>
      (await getPendingRequests(g.url, bruno.webId, { fetch: bruno.fetch, now })).find(
        (r) => r.transfer.id === request.transfer.id,
      )?.transfer.status;
    const made = Date.parse(request.transfer.time);
    expect(await statusAt(new Date(made + 23 * HOUR))).toBe('pending');
    expect(await statusAt(new Date(made + 25 * HOUR))).toBe('expired');
    const ledger = await openAs(g, bruno);
    expect(ledger.rules.workflow.requestLifetimeDays).toBe(1);
    await expect(
      acceptPaymentRequest(ledger, request, {
        fetch: bruno.fetch,
        actor: bruno.actor,
        now: new Date(made + 25 * HOUR),
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const accepted = await acceptPaymentRequest(ledger, request, {
      fetch: bruno.fetch,
      actor: bruno.actor,
      now: new Date(made + 23 * HOUR),
    });
    expect(accepted.transfer.status).toBe('completed');
  });

  it('refuse a lifetime outside 1 to 365 days before writing anything', async () => {
    await expect(
      setLedgerWorkflow(
        g.group.layout.root,
        { membersMayRequestPayments: true, requestLifetimeDays: 0, payeeMustAcknowledge: false },
        { fetch: g.admin.fetch },
      ),
    ).rejects.toBeInstanceOf(RangeError);
    expect((await getGroup(g.url, { fetch: bruno.fetch })).paymentRequestLifetimeDays).toBe(1);
  });

  it('keep a payment pending until the payee countersigns it when the group asks payees to acknowledge', async () => {
    await setLedgerWorkflow(
      g.group.layout.root,
      { membersMayRequestPayments: false, requestLifetimeDays: 30, payeeMustAcknowledge: true },
      { fetch: g.admin.fetch },
    );
    const ledger = await openAs(g, bruno);
    expect(ledger.rules.workflow.payeeMustAcknowledge).toBe(true);
    const asBruno = { fetch: bruno.fetch, actor: bruno.actor };
    await expect(payMember(ledger, { payee: camille.webId, amount: 100 }, asBruno)).rejects.toBeInstanceOf(
      AcknowledgementRequiredError,
    );
    // Requests are off, yet the payer may file: the requests container stays appendable while acknowledgement is on.
    const offered = await offerPayment(ledger, { payee: camille.webId, amount: 150, description: 'Soupe' }, asBruno);
    const seen = (await getPendingRequests(g.url, camille.webId, { fetch: camille.fetch })).find(
      (r) => r.transfer.id === offered.transfer.id,
    );
    expect(seen?.transfer.status).toBe('pending');
    expect((await refreshGroupLedger(ledger, { fetch: bruno.fetch })).entries).toHaveLength(ledger.entries.length);
    await expect(acceptPaymentRequest(ledger, offered, asBruno)).rejects.toBeInstanceOf(ConflictError);

    const before = await openAs(g, camille);
    const committed = await acceptPaymentRequest(before, seen ?? offered, {
      fetch: camille.fetch,
      actor: camille.actor,
    });
    const proofs = committed.entry.record.filter((q) => q.predicate.value === 'https://w3id.org/security#proof');
    expect(proofs).toHaveLength(2);
    const after = await openAs(g, g.admin);
    expect(after.replay.problems).toEqual([]);
    expect(after.replay.balances.get(camille.webId)).toBe((before.replay.balances.get(camille.webId) ?? 0) + 150);
    expect(
      (await getPendingRequests(g.url, camille.webId, { fetch: camille.fetch })).map((r) => r.transfer.id),
    ).not.toContain(offered.transfer.id);
  });
});

describe('the ledger settings history', () => {
  // admin: alice; members: bruno (payer) and camille (payee).
  let h: LedgerGroup;
  let payer: LedgerMember;
  let payee: LedgerMember;
  const DAY = 24 * HOUR;
  const workflow = (requestLifetimeDays: number, payeeMustAcknowledge: boolean) => ({
    membersMayRequestPayments: true,
    requestLifetimeDays,
    payeeMustAcknowledge,
  });

  beforeAll(async () => {
    h = await createLedgerGroup('ledger-history', 'alice', ['bruno', 'camille']);
    payer = h.members.bruno as LedgerMember;
    payee = h.members.camille as LedgerMember;
  }, 120_000);

  it('keeps a dated record of each change that members read and only admins add', async () => {
    expect(await getLedgerSettingsHistory(h.url, { fetch: payer.fetch })).toEqual([]);
    const before = Date.now() - 1000;
    await setLedgerWorkflow(h.group.layout.root, workflow(1, false), { fetch: h.admin.fetch, by: h.admin.webId });
    const history = await getLedgerSettingsHistory(h.url, { fetch: payer.fetch });
    expect(history.map((r) => [r.sequence, r.workflow])).toEqual([[0, workflow(1, false)]]);
    expect(Date.parse(history[0]?.from ?? '')).toBeGreaterThanOrEqual(before);
    expect((await getLedgerRules(h.url, { fetch: payee.fetch })).workflowHistory).toEqual(history);
    await expect(addLedgerSettings(h.url, workflow(365, false), { fetch: payer.fetch })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(await getLedgerSettingsHistory(h.url, { fetch: payee.fetch })).toHaveLength(1);
    // Approving a member rewrites the settings ACL's member list too (memberListAclUrls).
    await joinThroughRequest(h.group, 'dolores');
    const dolores = await ledgerMember('dolores');
    expect(await getLedgerSettingsHistory(h.url, { fetch: dolores.fetch })).toEqual(history);
  });

  it('lets nobody change or delete a past record, admins included (the server refuses)', async () => {
    const url = settingsUrl(h.url, 0);
    const original = await (await payer.fetch(url)).text();
    const forged = original.replace(
      '"1"^^<http://www.w3.org/2001/XMLSchema#integer>',
      '"365"^^<http://www.w3.org/2001/XMLSchema#integer>',
    );
    expect(forged).not.toBe(original);
    const patch = `@prefix solid: <http://www.w3.org/ns/solid/terms#>. _:p a solid:InsertDeletePatch; solid:inserts { <${url}#it> <https://w3id.org/mutua/ns#payeeMustAcknowledge> true. }.`;
    for (const who of [h.admin, payer]) {
      const put = await who.fetch(url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: forged });
      const patched = await who.fetch(url, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body: patch });
      const deleted = await who.fetch(url, { method: 'DELETE' });
      expect([who.name, put.status, patched.ok, deleted.status]).toEqual([who.name, 403, false, 403]);
    }
    expect(await (await payee.fetch(url)).text()).toBe(original);
  });

  it("is what every reader's replay judges by: an expired acceptance and a payer-only payment appended by an app that ignores the rules are named and move no balance, and a later change does not re-judge them", async () => {
    // The request must be older than the lifetime, so the members joined (on record) a month ago.
    const { members } = await getMembers(h.url, { fetch: h.admin.fetch });
    const monthAgo = new Date(Date.now() - 30 * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
    await Promise.all(members.map((m) => saveMembership({ ...m, startDate: monthAgo }, { fetch: h.admin.fetch })));

    // Record 0 (previous test) holds: lifetime 1 day. Camille asked three days ago; bruno's app
    // ignores the lifetime, countersigns now and appends with the low-level append.
    const request = await requestPayment(
      h.url,
      { payer: payer.webId, amount: 300, time: new Date(Date.now() - 3 * DAY) },
      { fetch: payee.fetch, actor: payee.actor },
    );
    const ledger = await openAs(h, payer);
    expect(ledger.rules.workflowHistory?.map((r) => r.workflow.requestLifetimeDays)).toEqual([1]);
    const accepted = await signTransfer(request.transfer, payer.actor.signer, 'payer', request.record);
    const expired = await appendTransfer(ledger, accepted, { fetch: payer.fetch });

    // Record 1: payees must acknowledge. Bruno's app appends a payment signed by bruno alone.
    // (A transfer in the same second as a change is judged by the rule before it, so wait a second…)
    await pause(1100);
    await setLedgerWorkflow(h.group.layout.root, workflow(30, true), { fetch: h.admin.fetch, by: h.admin.webId });
    // …and the payment must come in a later second than the change to be judged by it.
    await pause(1100);
    const current = await refreshGroupLedger(expired.ledger, { fetch: payer.fetch });
    const terms = draftTransfer({
      group: h.url,
      payer: payer.webId,
      payee: payee.webId,
      amount: 200,
      initiator: payer.webId,
      currency: current.rules.currency,
    });
    const unacknowledged = await appendTransfer(current, await signTransfer(terms, payer.actor.signer, 'payer'), {
      fetch: payer.fetch,
    });

    const expected = [
      [expired.entry.sequence, 'request-expired', request.transfer.id],
      [unacknowledged.entry.sequence, 'payee-acknowledgement-missing', terms.id],
    ];
    const judged = async () => {
      for (const reader of [h.admin, payer, payee]) {
        const replay = (await openAs(h, reader)).replay;
        expect(replay.problems.map((p) => [p.sequence, p.kind, p.id])).toEqual(expected);
        expect([replay.balances.get(payer.webId) ?? 0, replay.balances.get(payee.webId) ?? 0]).toEqual([0, 0]);
      }
    };
    await judged();
    // Record 2 turns acknowledgement off and allows a year: the older transfers are judged as before.
    await pause(1100);
    await setLedgerWorkflow(h.group.layout.root, workflow(365, false), { fetch: h.admin.fetch, by: h.admin.webId });
    expect((await getLedgerSettingsHistory(h.url, { fetch: payee.fetch })).map((r) => r.sequence)).toEqual([0, 1, 2]);
    await judged();
  });
});
