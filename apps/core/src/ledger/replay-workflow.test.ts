import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { signRecord } from '../signing/sign-record.js';
import type { KeyResolver } from '../signing/verify-record.js';
import type { LedgerRules } from './ledger-rules.js';
import { chainOf, keyOf, MEMBERS, memberKeys, payment, rulesWith } from './test-support/ledger-fixtures.js';
import { readLedger } from './test-support/reader.js';
import { transferToQuads } from './transfer-quads.js';
import type { TransferTerms } from './transfer.js';
import type { DatedWorkflow } from './workflow-at.js';

const [amina, ben, chloe] = MEMBERS as [string, string, string];
let privateKeys: Map<string, CryptoKey>;
let resolveKey: KeyResolver;

beforeAll(async () => ({ privateKeys, resolveKey } = await memberKeys()));

const DAY = 24 * 3600 * 1000;
const at = (iso: string, days = 0) => new Date(Date.parse(iso) + days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
const workflow = (lifetime: number, acknowledge = false, requests = true) => ({
  membersMayRequestPayments: requests,
  requestLifetimeDays: lifetime,
  payeeMustAcknowledge: acknowledge,
});

/** Rules with a settings history: record n takes effect at the n-th time given. */
function rulesWithHistory(...records: [string, ReturnType<typeof workflow>][]): LedgerRules {
  const workflowHistory: DatedWorkflow[] = records.map(([from, w], sequence) => ({ sequence, from, workflow: w }));
  return { ...rulesWith(-5000, 5000), workflowHistory };
}

/** The record signed by each signer in turn, each proof dated when that signer signed. */
async function signedBy(t: TransferTerms, ...signatures: [string, string][]): Promise<Quad[]> {
  const record = transferToQuads(t);
  const proofs: Quad[] = [];
  for (const [signer, created] of signatures) {
    const role = signer === t.payer ? 'payer' : 'payee';
    proofs.push(
      ...(await signRecord(record, {
        privateKey: privateKeys.get(signer) as CryptoKey,
        verificationMethod: keyOf(signer),
        proofId: t.iri.replace('#it', `#proof-${role}`),
        created,
      })),
    );
  }
  return [...record, ...proofs];
}

async function replayOf(rules: LedgerRules, ...records: [TransferTerms, Quad[]][]) {
  const entries = await chainOf(records.map(([t, record]) => ({ record, transfer: t.iri })));
  return readLedger(entries, rules, resolveKey);
}

const T0 = '2026-03-01T00:00:00Z';

describe('replayLedger with a settings history', () => {
  it('names a request accepted after its lifetime and moves no balance for it, while the others count', async () => {
    const rules = rulesWithHistory([T0, workflow(2)]);
    const late = payment(amina, ben, 300, { initiator: ben, time: at(T0, 1) });
    const inTime = payment(amina, chloe, 100, { initiator: chloe, time: at(T0, 1) });
    const replay = await replayOf(
      rules,
      [late, await signedBy(late, [ben, late.time], [amina, at(T0, 3)])],
      [inTime, await signedBy(inTime, [chloe, inTime.time], [amina, at(T0, 2)])],
    );
    expect(replay.problems.map((p) => [p.sequence, p.kind, p.id])).toEqual([[0, 'request-expired', late.id]]);
    expect(replay.problems[0]?.message).toMatch(/expired at 2026-03-04T00:00:00/);
    expect(Object.fromEntries(replay.balances)).toEqual({ [amina]: -100, [chloe]: 100 });
    expect(replay.verifiedUpTo).toBe(-1);
  });

  it('judges expiry by the lifetime in force at the acceptance, as the apps do', async () => {
    // Lifetime 30 days when the request was made, shortened to 1 day before it was accepted.
    const rules = rulesWithHistory([T0, workflow(30)], [at(T0, 5), workflow(1)]);
    const request = payment(amina, ben, 300, { initiator: ben, time: at(T0, 1) });
    const replay = await replayOf(rules, [request, await signedBy(request, [ben, request.time], [amina, at(T0, 6)])]);
    expect(replay.problems.map((p) => p.kind)).toEqual(['request-expired']);
  });

  it('names a payment signed by the payer alone while payees had to acknowledge, and not one made before', async () => {
    const rules = rulesWithHistory([T0, workflow(30)], [at(T0, 10), workflow(30, true)]);
    const before = payment(amina, ben, 100, { time: at(T0, 9) });
    const unacknowledged = payment(amina, ben, 200, { time: at(T0, 11) });
    const acknowledged = payment(amina, chloe, 50, { time: at(T0, 11) });
    const replay = await replayOf(
      rules,
      [before, await signedBy(before, [amina, before.time])],
      [unacknowledged, await signedBy(unacknowledged, [amina, unacknowledged.time])],
      [acknowledged, await signedBy(acknowledged, [amina, acknowledged.time], [chloe, at(T0, 12)])],
    );
    expect(replay.problems.map((p) => [p.sequence, p.kind])).toEqual([[1, 'payee-acknowledgement-missing']]);
    expect(Object.fromEntries(replay.balances)).toEqual({ [amina]: -150, [ben]: 100, [chloe]: 50 });
  });

  it('applies the lifetime to a payment awaiting acknowledgement', async () => {
    const rules = rulesWithHistory([T0, workflow(3, true)]);
    const offered = payment(amina, ben, 100, { time: at(T0, 1) });
    const replay = await replayOf(rules, [offered, await signedBy(offered, [amina, offered.time], [ben, at(T0, 5)])]);
    expect(replay.problems.map((p) => p.kind)).toEqual(['request-expired']);
  });

  it('reads the acceptance time from a proof kept in a JSON-LD proof graph as well', async () => {
    const rules = rulesWithHistory([T0, workflow(2)]);
    const graph = DataFactory.blankNode('payer-proof');
    const inGraph = (quads: Quad[]) =>
      quads.map((q) => {
        if (q.subject.value.endsWith('#proof-payer'))
          return DataFactory.quad(q.subject, q.predicate, q.object, graph) as Quad;
        if (q.object.value.endsWith('#proof-payer')) return DataFactory.quad(q.subject, q.predicate, graph) as Quad;
        return q;
      });
    const inTime = payment(amina, ben, 100, { initiator: ben, time: at(T0, 1) });
    const late = payment(amina, chloe, 300, { initiator: chloe, time: at(T0, 1) });
    const replay = await replayOf(
      rules,
      [inTime, inGraph(await signedBy(inTime, [ben, inTime.time], [amina, at(T0, 2)]))],
      [late, inGraph(await signedBy(late, [chloe, late.time], [amina, at(T0, 4)]))],
    );
    expect(replay.problems.map((p) => [p.sequence, p.kind])).toEqual([[1, 'request-expired']]);
  });

  it('names a request made while requests were off', async () => {
    const rules = rulesWithHistory([T0, workflow(30, false, false)]);
    const request = payment(amina, ben, 100, { initiator: ben, time: at(T0, 1) });
    const replay = await replayOf(rules, [request, await signedBy(request, [ben, request.time], [amina, at(T0, 2)])]);
    expect(replay.problems.map((p) => p.kind)).toEqual(['requests-closed']);
  });

  it('cannot be fooled by stripping the time of the acceptance: its signature no longer verifies', async () => {
    const rules = rulesWithHistory([T0, workflow(30)]);
    const request = payment(amina, ben, 100, { initiator: ben, time: at(T0, 1) });
    const record = (await signedBy(request, [ben, request.time], [amina, at(T0, 2)])).filter(
      (q) => !(q.subject.value.endsWith('#proof-payer') && q.predicate.value === 'http://purl.org/dc/terms/created'),
    );
    const replay = await replayOf(rules, [request, record]);
    // Removing the time breaks the payer's signature first: a forged date cannot slip past as undated.
    expect(replay.problems.map((p) => p.kind)).toEqual(['bad-signature']);
  });

  it('checks no workflow rule for transfers before the first record or in a ledger without history', async () => {
    const late = payment(amina, ben, 300, { initiator: ben, time: '2026-01-02T00:00:00Z' });
    const record = await signedBy(late, [ben, late.time], [amina, '2026-02-20T00:00:00Z']);
    const unacknowledged = payment(amina, chloe, 200, { time: '2026-02-01T00:00:00Z' });
    const payerOnly = await signedBy(unacknowledged, [amina, unacknowledged.time]);
    for (const rules of [rulesWith(-5000, 5000), rulesWithHistory([T0, workflow(1, true)])]) {
      const replay = await replayOf(rules, [late, record], [unacknowledged, payerOnly]);
      expect(replay.problems).toEqual([]);
    }
  });

  it('judges older transfers the same after a later change of the settings', async () => {
    const first = rulesWithHistory([T0, workflow(30, true)]);
    const later = rulesWithHistory([T0, workflow(30, true)], [at(T0, 20), workflow(30, false)]);
    const unacknowledged = payment(amina, ben, 200, { time: at(T0, 1) });
    const record = await signedBy(unacknowledged, [amina, unacknowledged.time]);
    const [a, b] = [await replayOf(first, [unacknowledged, record]), await replayOf(later, [unacknowledged, record])];
    expect(b.problems).toEqual(a.problems);
    expect(b.problems.map((p) => p.kind)).toEqual(['payee-acknowledgement-missing']);
  });
});
