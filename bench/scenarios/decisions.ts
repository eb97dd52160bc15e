/**
 * Decisions: verifying and tallying 10,000 signed votes (cold: nothing verified yet; warm: the
 * same ballots seen again), and the requests a proposal page needs on a real pod server.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureBallot, fixtureRoll, fixtureVoters, FIXTURE_PROPOSAL } from '../../apps/core/src/decisions/ballot-fixtures.testing.js';
import { createBallotVerifier } from '../../apps/core/src/decisions/verify-ballots.js';
import { stopBallotWorkers } from '../../apps/core/src/decisions/check-ballots-in-workers.internal.js';
import { tallyProposal } from '../../apps/core/src/decisions/tally-proposal.js';
import type { Proposal } from '../../apps/core/src/decisions/proposal.js';
import { defineScenario } from '../lib/scenario.js';
import { measure, round, timeOnce } from '../lib/timing.js';
import { castVote } from '../../apps/core/src/decisions/cast-vote.js';
import { loadProposalPage } from '../../apps/core/src/decisions/load-proposal-page.js';
import { openProposalInGroup } from '../../apps/core/src/decisions/open-proposal-in-group.js';
import { postComment } from '../../apps/core/src/decisions/post-comment.js';
import { readDecisionRoll } from '../../apps/core/src/decisions/read-decision-roll.js';
import type { Signer } from '../../apps/core/src/decisions/signer.js';
import { createGroup } from '../../apps/core/src/groups/create-group.js';
import { groupLayout } from '../../apps/core/src/groups/group-layout.js';
import { approveJoinRequest } from '../../apps/core/src/membership/decide-join-request.js';
import { requestToJoin } from '../../apps/core/src/membership/request-to-join.js';
import { generateKeyPair } from '../../apps/core/src/signing/key-pair.js';
import { exportMultikey } from '../../apps/core/src/signing/multikey.js';
import { DEMO_PASSWORD, demoEmail, demoSeedConfig, demoWebId, findFreePort, loginWithClientCredentials, startPodServer } from '../../pod-server/src/index.js';

const OPTIONS = ['a', 'b', 'c', 'd'].map((o) => `${FIXTURE_PROPOSAL.replace(/#it$/, '')}#option-${o}`);
const PROPOSAL: Proposal = {
  id: FIXTURE_PROPOSAL,
  status: 'open',
  method: 'ranked-choice',
  options: OPTIONS,
  opensAt: '2026-05-01T00:00:00Z',
  closesAt: '2026-05-08T00:00:00Z',
  quorum: { numerator: 1, denominator: 2 },
};

export default defineScenario({
  name: 'decisions',
  description: 'Verify and tally 10,000 signed ranked-choice votes (cold and warm); requests for a proposal page',
  async run({ quick, log }) {
    const count = quick ? 1_000 : 10_000;
    const voters = await fixtureVoters(count, { distinctKeys: true });
    const roll = await fixtureRoll(voters);
    const ballots: string[] = [];
    const buildMs = await timeOnce(async () => {
      for (const [i, voter] of voters.entries()) {
        const ranking = [...OPTIONS.slice(i % 4), ...OPTIONS.slice(0, i % 4)].slice(0, 1 + (i % 4));
        ballots.push(await fixtureBallot(voter, { method: 'ranked-choice', ranking }, `2026-05-0${1 + (i % 6)}T10:00:00Z`));
      }
    });
    log(`${count} voters with their own keys, ${count} signed ballots built in ${round(buildMs)} ms`);
    const eligible = voters.map((v) => v.webId);

    let counted = 0;
    const loadAtStart = loadavg()[0] ?? 0;
    const runs = { warmups: 1, runs: quick ? 3 : 5 };
    // The first cold check also starts the ballot workers (decision 0082); later ones reuse them.
    await stopBallotWorkers();
    const firstColdMs = await timeOnce(async () => {
      await createBallotVerifier(FIXTURE_PROPOSAL, roll)(ballots);
    });
    log(`first cold run (starting the workers): ${round(firstColdMs)} ms`);
    // Cold: a fresh verifier per run, so every key is imported and every signature checked.
    const cold = await measure(
      async () => {
        const checked = await createBallotVerifier(FIXTURE_PROPOSAL, roll)(ballots);
        counted = tallyProposal(PROPOSAL, checked.map((c) => c.vote), eligible).totals.counted;
      },
      { ...runs, onRun: (ms, i) => log(`cold run ${i + 1}: ${round(ms)} ms`) },
    );
    if (counted !== count) throw new Error(`Expected ${count} counted votes, got ${counted}`);
    // The same cold check in this thread only, as browsers run it: the workers' gain in the same run.
    const inThread = await measure(
      async () => {
        const checked = await createBallotVerifier(FIXTURE_PROPOSAL, roll, { workers: 0 })(ballots);
        counted = tallyProposal(PROPOSAL, checked.map((c) => c.vote), eligible).totals.counted;
      },
      { ...runs, onRun: (ms, i) => log(`cold in-thread run ${i + 1}: ${round(ms)} ms`) },
    );
    if (counted !== count) throw new Error(`Expected ${count} counted votes in this thread, got ${counted}`);
    // Warm: the page's verifier already checked these ballots; only the tally is recomputed.
    const verifier = createBallotVerifier(FIXTURE_PROPOSAL, roll);
    await verifier(ballots);
    const warm = await measure(
      async () => {
        const checked = await verifier(ballots);
        counted = tallyProposal(PROPOSAL, checked.map((c) => c.vote), eligible).totals.counted;
      },
      { warmups: 1, runs: quick ? 5 : 9, onRun: (ms, i) => log(`warm run ${i + 1}: ${round(ms)} ms`) },
    );

    // Baseline in the same run: the same cold check, one ballot at a time (no signatures in flight).
    const oneAtATime = await measure(
      async () => {
        const verify = createBallotVerifier(FIXTURE_PROPOSAL, roll, { workers: 0 });
        const checked = [];
        for (const ballot of ballots) checked.push(...(await verify([ballot])));
        counted = tallyProposal(PROPOSAL, checked.map((c) => c.vote), eligible).totals.counted;
      },
      { warmups: 0, runs: 3, onRun: (ms, i) => log(`baseline (one at a time) run ${i + 1}: ${round(ms)} ms`) },
    );

    await stopBallotWorkers();
    const loadAtEnd = loadavg()[0] ?? 0;
    const page = await measureProposalPage(log);
    const scale = 10_000 / count;
    return {
      params: {
        votes: count,
        // The machine is shared: the 1-minute load average when the tally part started and ended.
        load_at_start: round(loadAtStart, 2),
        load_at_end: round(loadAtEnd, 2),
        voters: count,
        method: 'ranked-choice, 4 options',
        distinctKeys: true,
        coldWarmups: runs.warmups,
        coldRuns: runs.runs,
        warmRuns: quick ? 5 : 9,
        baselineRuns: 3,
        pageVotes: page.votes,
        pageComments: page.comments,
      },
      metrics: {
        tally10k_cold_ms: { value: round(cold.median * scale), unit: 'ms', better: 'lower' },
        tally10k_warm_ms: { value: round(warm.median * scale), unit: 'ms', better: 'lower' },
        tally10k_cold_in_thread_ms: { value: round(inThread.median * scale), unit: 'ms', better: 'lower' },
        tally10k_cold_in_thread_cpu_ms: { value: round(inThread.cpuMedian * scale), unit: 'ms', better: 'lower' },
        tally10k_first_cold_ms: { value: round(firstColdMs * scale), unit: 'ms', better: 'lower' },
        workers_speedup_vs_in_thread: { value: round(inThread.median / cold.median), unit: 'ratio', better: 'higher' },
        tally10k_cold_cpu_ms: { value: round(cold.cpuMedian * scale), unit: 'ms', better: 'lower' },
        tally10k_one_at_a_time_ms: { value: round(oneAtATime.median * scale), unit: 'ms', better: 'lower' },
        speedup_vs_one_at_a_time: { value: round(oneAtATime.median / cold.median), unit: 'ratio', better: 'higher' },
        warm_speedup_vs_cold: { value: round(cold.median / warm.median), unit: 'ratio', better: 'higher' },
        votes_verified_per_s: { value: Math.round((count / cold.median) * 1000), unit: 'votes/s', better: 'higher' },
        proposal_page_requests: { value: page.requests, unit: 'count', better: 'lower' },
        proposal_page_ms: { value: round(page.ms), unit: 'ms', better: 'lower' },
      },
      charts: [{ title: 'Verify and tally 10,000 signed votes (ms)', metrics: ['tally10k_one_at_a_time_ms', 'tally10k_cold_ms', 'tally10k_warm_ms'] }],
    };
  },
});

/**
 * On a real pod server (memory backend): a group, three members voting and one comment; then
 * a member loads the proposal page through a fetch that counts requests.
 */
async function measureProposalPage(log: (message: string) => void): Promise<{ requests: number; ms: number; votes: number; comments: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'mutua-bench-decisions-'));
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
    const groupPod = 'banco-tiempo-lavapies';
    const [owner, admin, ...members] = await Promise.all([groupPod, 'dolores', 'emeka', 'ines'].map(login));
    const root = new URL(`${groupPod}/`, server.baseUrl).href;
    const layout = groupLayout(root);
    await createGroup(root, {
      owner: owner!.webId,
      creator: admin!.webId,
      profile: { name: 'Bench group', description: 'Decisions benchmark', languages: ['en'], defaultVotingMethod: 'yesNo', defaultQuorum: '0.5' },
      currency: { name: 'Hours', symbol: 'h', decimals: 2, defaultMinimumBalance: -5000, defaultMaximumBalance: 20000, referenceRate: '1.0' },
      categories: { labels: { en: 'Categories' }, categories: [] },
    }, { fetch: owner!.fetch });
    for (const m of members) {
      const request = await requestToJoin(layout.group, { applicant: m.webId, message: 'Hello' }, { fetch: m.fetch });
      await approveJoinRequest(request.url, { fetch: admin!.fetch });
    }
    const people = [admin!, ...members];
    const signers = new Map<string, Signer & { multibase: string; storage: string }>();
    for (const p of people) {
      const pair = await generateKeyPair();
      signers.set(p.webId, { webId: p.webId, keyId: `${p.webId.replace(/#.*$/, '')}#bench-key`, privateKey: pair.privateKey, multibase: await exportMultikey(pair.publicKey), storage: new URL('../', p.webId).href });
    }
    const { roll: read } = await readDecisionRoll(layout.group, { fetch: admin!.fetch });
    const roll = { members: read.members.map((m) => ({ ...m, keys: [{ id: signers.get(m.webId)!.keyId, publicKeyMultibase: signers.get(m.webId)!.multibase }] })) };
    const closesAt = new Date(Date.now() + 3600_000).toISOString();
    const proposal = await openProposalInGroup(layout.group, { title: 'Bench', description: 'Page size', method: 'yes-no', quorum: '0.5', closesAt, runningResultsVisible: true }, { fetch: admin!.fetch, actor: admin!.webId, roll });
    for (const p of people) {
      const s = signers.get(p.webId)!;
      await castVote(proposal, { method: 'yes-no', choice: 'yes' }, { fetch: p.fetch, signer: s, storage: s.storage });
    }
    const first = signers.get(members[0]!.webId)!;
    await postComment(proposal.url, { text: 'Looks good.' }, { fetch: members[0]!.fetch, signer: first, storage: first.storage });
    let requests = 0;
    const counting = ((input: RequestInfo | URL, init?: RequestInit) => {
      requests++;
      return members[1]!.fetch(input, init);
    }) as typeof fetch;
    let page: Awaited<ReturnType<typeof loadProposalPage>> | undefined;
    const ms = await timeOnce(async () => {
      page = await loadProposalPage(proposal.url, { fetch: counting });
    });
    log(`proposal page: ${requests} requests, ${round(ms)} ms, ${page!.ballots.length} votes, ${page!.discussion.comments.length} comments`);
    return { requests, ms, votes: page!.ballots.length, comments: page!.discussion.comments.length };
  } finally {
    await Promise.allSettled(agents.map((a) => a.logout()));
    await server.stop();
  }
}
