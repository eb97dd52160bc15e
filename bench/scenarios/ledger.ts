/**
 * Mutual-credit ledger: committing one payment on a real pod server (requests, latency);
 * verifying and replaying 100,000 signed transfers cold and warm against 100,000 bare Ed25519
 * verifications in the same run; one member's history page sized as in a 1,000,000-transfer year.
 */
import { KeyObject, verify as nodeVerify } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Signer } from '../../apps/core/src/decisions/signer.js';
import { createGroup } from '../../apps/core/src/groups/create-group.js';
import { groupLayout } from '../../apps/core/src/groups/group-layout.js';
import { draftTransfer } from '../../apps/core/src/ledger/draft-transfer.js';
import { openGroupLedger, type GroupLedger } from '../../apps/core/src/ledger/group-ledger.js';
import type { LedgerActor } from '../../apps/core/src/ledger/ledger-actor.js';
import type { LedgerRules } from '../../apps/core/src/ledger/ledger-rules.js';
import type { LogEntry } from '../../apps/core/src/ledger/log-entry.js';
import { nextLogEntry } from '../../apps/core/src/ledger/next-log-entry.js';
import { payMember } from '../../apps/core/src/ledger/pay-member.js';
import { readMemberHistory } from '../../apps/core/src/ledger/read-member-history.js';
import { saveHistoryCopies } from '../../apps/core/src/ledger/save-history-copies.js';
import type { HistoryCopy } from '../../apps/core/src/ledger/history-document.js';
import { entryUrl } from '../../apps/core/src/ledger/group-ledger-layout.js';
import { historyMonthOf } from '../../apps/core/src/ledger/member-history-layout.js';
import { replayLedger } from '../../apps/core/src/ledger/replay-ledger.js';
import { signTransfer } from '../../apps/core/src/ledger/sign-transfer.js';
import { toEntryVerification } from '../../apps/core/src/ledger/entry-verification.js';
import { verifyEntries, type VerificationCache } from '../../apps/core/src/ledger/verify-entries.js';
import { approveJoinRequest } from '../../apps/core/src/membership/decide-join-request.js';
import { ensureMemberInbox } from '../../apps/core/src/membership/ensure-member-inbox.js';
import { requestToJoin } from '../../apps/core/src/membership/request-to-join.js';
import { generateKeyPair } from '../../apps/core/src/signing/key-pair.js';
import { verifyRecord, type KeyResolver, type ResolvedKey } from '../../apps/core/src/signing/verify-record.js';
import { DEMO_PASSWORD, demoEmail, demoSeedConfig, demoWebId, findFreePort, loginWithClientCredentials, startPodServer } from '../../pod-server/src/index.js';
import { defineScenario } from '../lib/scenario.js';
import { measure, median, round, timeOnce, type Measurement } from '../lib/timing.js';

const GROUP = 'https://pods.example/big-lets/profile/card#group';
const START = Date.UTC(2026, 0, 1);

/** Members with in-memory keys; the resolver hands out WebCrypto keys as a profile read would. */
async function makeMembers(count: number): Promise<{ signers: Signer[]; resolveKey: KeyResolver; publicKeys: CryptoKey[] }> {
  const signers: Signer[] = [];
  const publicKeys: CryptoKey[] = [];
  const keys = new Map<string, ResolvedKey>();
  for (let i = 0; i < count; i++) {
    const webId = `https://pods.example/member-${i}/profile/card#me`;
    const pair = await generateKeyPair();
    const keyId = webId.replace('#me', '#key-1');
    signers.push({ webId, keyId, privateKey: pair.privateKey });
    publicKeys.push(pair.publicKey);
    keys.set(keyId, { publicKey: pair.publicKey, controller: webId });
  }
  return { signers, resolveKey: (method) => keys.get(method), publicKeys };
}

/** `count` signed payments between members, chained into a log; amounts keep every balance within ±10,000. */
async function buildLog(count: number, signers: readonly Signer[], group = GROUP): Promise<LogEntry[]> {
  const records: { record: Awaited<ReturnType<typeof signTransfer>>; transfer: string }[] = new Array(count);
  const BATCH = 256;
  for (let start = 0; start < count; start += BATCH) {
    await Promise.all(
      Array.from({ length: Math.min(BATCH, count - start) }, async (_, k) => {
        const i = start + k;
        const payer = signers[i % signers.length] as Signer;
        const payee = signers[(i + 1 + (i % 7)) % signers.length] as Signer;
        const terms = draftTransfer({ group, payer: payer.webId, payee: payee.webId, amount: 1 + (i % 97), initiator: payer.webId, description: `Service ${i}`, time: new Date(START + i * 30_000) });
        records[i] = { record: await signTransfer(terms, payer, 'payer'), transfer: terms.iri };
      }),
    );
  }
  const entries: LogEntry[] = [];
  for (const { record, transfer } of records) entries.push(await nextLogEntry(entries.at(-1), record, { transfer }));
  return entries;
}

/** How a bare verification is made: WebCrypto (what a browser has), or Node's one-shot verify (what verifyEd25519 uses in Node). */
type BareApi = 'webcrypto' | 'node';

/** Bare Ed25519: the same number of verifications on 32-byte messages, many in flight, as the floor for verifying. */
async function bareVerifications(count: number, signers: readonly Signer[], publicKeys: readonly CryptoKey[], api: BareApi): Promise<() => Promise<void>> {
  const samples = await Promise.all(
    signers.map(async (s, i) => {
      const message = globalThis.crypto.getRandomValues(new Uint8Array(32));
      const signature = new Uint8Array(await globalThis.crypto.subtle.sign('Ed25519', s.privateKey, message));
      const key = publicKeys[i] as CryptoKey;
      return { message, signature, key, keyObject: KeyObject.from(key) };
    }),
  );
  const verify = (s: (typeof samples)[number]): Promise<boolean> =>
    api === 'webcrypto'
      ? globalThis.crypto.subtle.verify('Ed25519', s.key, s.signature, s.message)
      : new Promise((resolve, reject) => nodeVerify(null, s.message, s.keyObject, s.signature, (error, ok) => (error ? reject(error) : resolve(ok))));
  return async () => {
    const IN_FLIGHT = 128;
    for (let start = 0; start < count; start += IN_FLIGHT) {
      const ok = await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count - start) }, (_, k) => verify(samples[(start + k) % samples.length] as (typeof samples)[number])));
      if (ok.includes(false)) throw new Error('a bare signature failed to verify');
    }
  };
}

/** Maps items with `limit` promises in flight, keeping the order. */
async function mapInFlight<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i] as T);
      }
    }),
  );
  return out;
}

export default defineScenario({
  name: 'ledger',
  description: 'Mutual-credit ledger: commit cost, verify+replay of 100k transfers vs bare Ed25519, history page in a 1M-transfer year',
  async run({ quick, log }) {
    const count = quick ? 10_000 : 100_000;
    const memberCount = 1000;
    const { signers, resolveKey, publicKeys } = await makeMembers(memberCount);
    let entries: LogEntry[] = [];
    const buildMs = await timeOnce(async () => {
      entries = await buildLog(count, signers);
    });
    log(`${count} signed, chained transfers between ${memberCount} members built in ${round(buildMs)} ms`);
    const rules: LedgerRules = { group: GROUP, members: signers.map((s) => ({ member: s.webId, from: '2025-01-01T00:00:00Z' })), limits: { defaults: { minimum: -10_000, maximum: 10_000 } } };

    const loadAtStart = loadavg()[0] ?? 0;
    const runs = quick ? 1 : 3;
    // The floor is the faster of the two ways this machine offers to verify bare signatures: the
    // path under test uses Node's one-shot verify, so a WebCrypto-only floor would flatter it.
    const floors: Record<BareApi, Measurement> = {} as Record<BareApi, Measurement>;
    for (const api of ['webcrypto', 'node'] as const) {
      const bare = await bareVerifications(count, signers, publicKeys, api);
      floors[api] = await measure(bare, { warmups: 1, runs, onRun: (ms, i) => log(`bare Ed25519 (${api}) run ${i + 1}: ${round(ms)} ms`) });
    }
    const verifyTime = floors.node.median < floors.webcrypto.median ? floors.node : floors.webcrypto;

    // Cold: fresh entry objects each run, so nothing computed for an earlier run is reused.
    let cache: VerificationCache = new WeakMap();
    let fresh: LogEntry[] = entries;
    let problems = 0;
    const coldTime = await measure(
      async () => {
        fresh = entries.map((e) => ({ ...e }));
        cache = new WeakMap();
        const verifications = await verifyEntries(fresh, { resolveKey, cache });
        problems = (await replayLedger(fresh, { ...rules, verifications })).problems.length;
      },
      { warmups: 0, runs, onRun: (ms, i) => log(`cold verify + replay run ${i + 1}: ${round(ms)} ms`) },
    );
    if (problems !== 0) throw new Error(`the synthetic ledger replayed with ${problems} problems`);
    // Baseline in the same run: verifyRecord on each entry, as a reader without verifyEntries
    // would, then replay hashing every record again (no canonical form shared between the two).
    const referenceTime = await measure(
      async () => {
        const copies = entries.map((e) => ({ ...e }));
        const verifications = await mapInFlight(copies, 128, async (e) => toEntryVerification(await verifyRecord(e.record, { resolveKey, subject: e.transfer })));
        problems = (await replayLedger(copies, { ...rules, verifications })).problems.length;
      },
      { warmups: 0, runs: 1, onRun: (ms) => log(`baseline (verifyRecord per entry, then replay) : ${round(ms)} ms`) },
    );
    if (problems !== 0) throw new Error(`the baseline replayed with ${problems} problems`);
    // Warm: the same entries again, signature checks and hashes cached (what a refresh does).
    const warmTime = await measure(
      async () => {
        const verifications = await verifyEntries(fresh, { resolveKey, cache });
        problems = (await replayLedger(fresh, { ...rules, verifications })).problems.length;
      },
      { warmups: 1, runs: quick ? 3 : 5, onRun: (ms, i) => log(`warm replay run ${i + 1}: ${round(ms)} ms`) },
    );

    const loadAtEnd = loadavg()[0] ?? 0;
    const server = await measureOnServer(quick, log);
    const scale = 100_000 / count;
    return {
      params: {
        transfers: count,
        members: memberCount,
        build_ms: round(buildMs),
        // The machine is shared: the 1-minute load average when the replay part started and ended.
        load_at_start: round(loadAtStart, 2),
        load_at_end: round(loadAtEnd, 2),
        bareWarmups: 1,
        floor: 'the faster median of WebCrypto and node:crypto one-shot verify, 128 in flight',
        coldRuns: runs,
        warmRuns: quick ? 3 : 5,
        commitRuns: server.commitRuns,
        historyCopies: server.historyCopies,
        historyPage: server.historyPage,
        historyModel: 'month history documents in the member pod (decision 0077), filed a month at a time through saveHistoryCopies, sized as one member of 1,000 in a 1,000,000-transfer year; the path never reads the group log',
        historyWriteRequests: server.historyWriteRequests,
        server: 'CSS 7.2 memory backend, localhost',
      },
      metrics: {
        commit_requests: { value: server.commitRequests, unit: 'count', better: 'lower' },
        commit_median_ms: { value: round(server.commitMedianMs), unit: 'ms', better: 'lower' },
        ed25519_verify100k_ms: { value: round(verifyTime.median * scale), unit: 'ms', better: 'lower' },
        replay100k_cold_ms: { value: round(coldTime.median * scale), unit: 'ms', better: 'lower' },
        replay_vs_verify_ratio: { value: round(coldTime.median / verifyTime.median, 2), unit: 'x', better: 'lower' },
        replay100k_warm_ms: { value: round(warmTime.median * scale), unit: 'ms', better: 'lower' },
        replay100k_cold_cpu_ms: { value: round(coldTime.cpuMedian * scale), unit: 'ms', better: 'lower' },
        ed25519_verify100k_cpu_ms: { value: round(verifyTime.cpuMedian * scale), unit: 'ms', better: 'lower' },
        ed25519_verify100k_webcrypto_ms: { value: round(floors.webcrypto.median * scale), unit: 'ms', better: 'lower' },
        ed25519_verify100k_node_ms: { value: round(floors.node.median * scale), unit: 'ms', better: 'lower' },
        replay100k_cold_verify_record_ms: { value: round(referenceTime.median * scale), unit: 'ms', better: 'lower' },
        history_1m_ms: { value: round(server.historyMs), unit: 'ms', better: 'lower' },
        history_page_requests: { value: server.historyRequests, unit: 'count', better: 'lower' },
        commit_with_copies_median_ms: { value: round(server.commitWithCopiesMs), unit: 'ms', better: 'lower' },
      },
      charts: [
        { title: '100,000 transfers: bare Ed25519 vs verify+replay cold and warm (ms, median)', metrics: ['ed25519_verify100k_ms', 'replay100k_cold_ms', 'replay100k_warm_ms'] },
        { title: 'One payment and one history page on a local server (ms, median)', metrics: ['commit_median_ms', 'history_1m_ms'] },
      ],
    };
  },
});

interface ServerNumbers {
  commitRequests: number;
  commitMedianMs: number;
  commitWithCopiesMs: number;
  historyWriteRequests: number;
  commitRuns: number;
  historyMs: number;
  historyRequests: number;
  historyCopies: number;
  historyPage: number;
}

/** On a real pod server: a group with three members; payments committed one after another, then one member's history page. */
async function measureOnServer(quick: boolean, log: (message: string) => void): Promise<ServerNumbers> {
  const dir = await mkdtemp(join(tmpdir(), 'mutua-bench-ledger-'));
  const seedConfigPath = join(dir, 'seed.json');
  await writeFile(seedConfigPath, JSON.stringify(demoSeedConfig()));
  const server = await startPodServer({ port: await findFreePort(), backend: 'memory', seedConfigPath, loopbackOnly: true, loggingLevel: 'error' });
  const agents: { logout(): Promise<void> }[] = [];
  try {
    const login = async (pod: string) => {
      const agent = await loginWithClientCredentials({ baseUrl: server.baseUrl, email: demoEmail(pod), password: DEMO_PASSWORD, webId: demoWebId(server.baseUrl, pod) });
      agents.push(agent);
      return agent;
    };
    const groupPod = 'sel-val-de-saone';
    const [owner, admin, payer, payee] = await Promise.all([groupPod, 'alice', 'bruno', 'camille'].map(login));
    if (!owner || !admin || !payer || !payee) throw new Error('login failed');
    const root = new URL(`${groupPod}/`, server.baseUrl).href;
    const layout = groupLayout(root);
    await createGroup(
      root,
      {
        owner: owner.webId,
        creator: admin.webId,
        profile: { name: 'Bench LETS', description: 'Ledger benchmark', languages: ['fr'], defaultVotingMethod: 'consent', defaultQuorum: '0.3' },
        currency: { name: 'Grains', symbol: 'GRN', decimals: 0, defaultMinimumBalance: -1_000_000, defaultMaximumBalance: 1_000_000, referenceRate: '1.0' },
        categories: { labels: { en: 'Categories' }, categories: [] },
      },
      { fetch: owner.fetch },
    );
    for (const m of [payer, payee]) {
      const request = await requestToJoin(layout.group, { applicant: m.webId, message: 'Bonjour' }, { fetch: m.fetch });
      await approveJoinRequest(request.url, { fetch: admin.fetch });
      await ensureMemberInbox(m.webId, { fetch: m.fetch });
    }
    const keys = new Map<string, ResolvedKey>();
    const actorOf = async (agent: { webId: string }): Promise<LedgerActor> => {
      const pair = await generateKeyPair();
      const keyId = agent.webId.replace('#me', '#bench-key');
      keys.set(keyId, { publicKey: pair.publicKey, controller: agent.webId });
      return { webId: agent.webId, storage: new URL('../', agent.webId).href, signer: { webId: agent.webId, keyId, privateKey: pair.privateKey } };
    };
    const payerActor = await actorOf(payer);
    const payeeActor = await actorOf(payee);

    // Commit: the payer's ledger is open (as in the app); each payment is timed until it resolves
    // (the entry is in the group log), and its requests are counted once its copies are made too.
    let ledger: GroupLedger = await openGroupLedger(layout.group, { fetch: payer.fetch, resolveKey: () => undefined });
    const counts: number[] = [];
    const commitOnly: number[] = [];
    const withCopies: number[] = [];
    let requests = 0;
    const counting = ((input: RequestInfo | URL, init?: RequestInit) => {
      requests++;
      return payer.fetch(input, init);
    }) as typeof fetch;
    const commitRuns = quick ? 5 : 15;
    const commitTime = await measure(
      async () => {
        requests = 0;
        const started = performance.now();
        const committed = await payMember(ledger, { payee: payee.webId, amount: 25, description: 'Panier de légumes' }, { fetch: counting, actor: payerActor });
        ledger = committed.ledger;
        // measure() times the whole function: the payment's own time is taken here, the copies after.
        commitOnly.push(performance.now() - started);
        const delivered = await committed.copies;
        withCopies.push(performance.now() - started);
        if (delivered.warnings.length > 0) throw new Error(delivered.warnings.join('; '));
        counts.push(requests);
      },
      { warmups: 3, runs: commitRuns },
    );
    void commitTime;
    const commitRequests = median(counts.slice(3));
    const commitMedianMs = median(commitOnly.slice(3));
    const commitWithCopiesMs = median(withCopies.slice(3));
    log(`commit: ${commitRequests} requests (all runs: ${counts.join(', ')}), median ${round(commitMedianMs)} ms to the entry, ${round(commitWithCopiesMs)} ms with both copies`);

    // History: a member of 1,000 in a 1,000,000-transfer year is party to about 2,000 transfers,
    // filed by their app in month history documents exactly as commits and inbox filing do.
    const copies = quick ? 300 : 2000;
    const signer = payeeActor.signer;
    const other: Signer = payerActor.signer;
    const currency = ledger.rules.currency;
    const historyCopies: HistoryCopy[] = [];
    let previous: LogEntry | undefined;
    for (let i = 0; i < copies; i++) {
      const pays = i % 2 === 0;
      const terms = draftTransfer({ group: layout.group, payer: pays ? payee.webId : payer.webId, payee: pays ? payer.webId : payee.webId, amount: 10 + (i % 50), initiator: pays ? payee.webId : payer.webId, description: `Échange ${i}`, time: new Date(START + i * (365 * 24 * 3600_000) / copies), ...(currency ? { currency } : {}) });
      const record = await signTransfer(terms, pays ? signer : other, 'payer');
      // Positions spread as in a 1,000,000-entry log: this member appears about every 500th.
      const entry = await nextLogEntry(previous ? { ...previous, sequence: i * 500 - 1 } : undefined, record, { transfer: terms.iri });
      historyCopies.push({ entry, entryUrl: entryUrl(layout.group, entry.sequence), group: layout.group });
      previous = entry;
    }
    // Filed through the app's own writer, a month at a time as inbox filing and migration do
    // (one copy at a time is what the commit measures; 2,000 of those outlive a session's token).
    let writeRequests = 0;
    const countingWriter = ((input: RequestInfo | URL, init?: RequestInit) => {
      writeRequests++;
      return payee.fetch(input, init);
    }) as typeof fetch;
    const byMonth = new Map<string, HistoryCopy[]>();
    for (const copy of historyCopies) {
      const month = historyMonthOf(copy.entry);
      byMonth.set(month, [...(byMonth.get(month) ?? []), copy]);
    }
    const writeMs = await timeOnce(async () => {
      for (const monthCopies of byMonth.values()) {
        const save = () => saveHistoryCopies(payeeActor.storage, monthCopies, { fetch: countingWriter });
        // A conditional write that lost its socket is safe to repeat: a copy already filed is left as it is.
        await save().catch(save);
      }
    });
    log(`history: ${copies} copies filed in ${byMonth.size} months in ${round(writeMs)} ms (${writeRequests} requests)`);
    const historyPage = 50;
    let historyRequests = 0;
    const countingPayee = ((input: RequestInfo | URL, init?: RequestInit) => {
      historyRequests++;
      return payee.fetch(input, init);
    }) as typeof fetch;
    let shown = 0;
    let verified = 0;
    let problems: readonly string[] = [];
    const historyTime = await measure(
      async () => {
        historyRequests = 0;
        const page = await readMemberHistory(payeeActor.storage, layout.group, { fetch: countingPayee, limit: historyPage, resolveKey: (method) => keys.get(method) });
        shown = page.items.length;
        verified = page.items.filter((item) => item.verified).length;
        problems = page.problems;
      },
      { warmups: 1, runs: quick ? 3 : 7 },
    );
    if (shown !== historyPage || verified !== shown || problems.length > 0) throw new Error(`history page showed ${shown} items (${verified} verified), expected ${historyPage}; problems: ${problems.join('; ')}`);
    log(`history page: ${shown} items, ${historyRequests} requests, median ${round(historyTime.median)} ms`);
    return { commitRequests, commitMedianMs, commitWithCopiesMs, commitRuns, historyMs: historyTime.median, historyRequests, historyCopies: copies, historyPage, historyWriteRequests: writeRequests };
  } finally {
    await Promise.allSettled(agents.map((a) => a.logout()));
    await server.stop();
  }
}
