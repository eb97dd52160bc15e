/**
 * Federated queries: each ready-made query on a synthetic network (10 groups, 1,000 members at
 * full size) served by a real Community Solid Server, by (a) Comunica link traversal from the
 * group IRIs, (b) Mutua's index-guided crawl then an in-memory store, (c) a store harvested once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawlNetwork, listReadyMadeQueries, runQuery, storeFromDocuments, type QueryOutcome } from '../../apps/cli/src/index.js';
import { findFreePort, startPodServer } from '../../pod-server/src/index.js';
import { completeness, knownAnswers } from '../lib/query/known-answers.js';
import { writeSyntheticNetwork, type NetworkSize } from '../lib/query/synthetic-network.js';
import { defineScenario, type Metric } from '../lib/scenario.js';
import { round } from '../lib/timing.js';

const FULL: NetworkSize = { groups: 10, membersPerGroup: 100, offersPerMember: 2, transfersPerGroup: 200, proposalsPerGroup: 3 };
// Quick still fills a ledger page per group (100 entries), so the page path is exercised.
const QUICK: NetworkSize = { groups: 2, membersPerGroup: 20, offersPerMember: 2, transfersPerGroup: 120, proposalsPerGroup: 2 };
/** Comunica's traversal gets this long per query before it counts as incomplete. */
const TRAVERSAL_LIMIT_MS = 300_000;

export default defineScenario({
  name: 'query',
  description: 'SPARQL across pods: Comunica link traversal vs index-guided crawl vs harvested store',
  async run({ quick, log }) {
    const size = quick ? QUICK : FULL;
    const runs = quick ? 1 : 3;
    const folder = await mkdtemp(join(tmpdir(), 'mutua-bench-query-'));
    const port = await findFreePort();
    const baseUrl = `http://localhost:${port}/`;
    const network = await writeSyntheticNetwork(folder, baseUrl, size);
    log(`wrote ${network.documents} documents: ${size.groups} groups, ${size.groups * size.membersPerGroup} members`);
    const server = await startPodServer({ port, backend: 'file', rootFilePath: folder, loopbackOnly: true, loggingLevel: 'error' });
    try {
      const answers = knownAnswers(network);
      const queries = (await listReadyMadeQueries()).filter((q) => q.name in answers);
      const sources = network.groupIris;

      const harvestStarted = performance.now();
      const harvest = await crawlNetwork(sources, { concurrency: 8 });
      const store = storeFromDocuments(harvest.documents);
      const harvestMs = performance.now() - harvestStarted;
      log(`harvest: ${harvest.documents.length} documents, ${store.size} triples, ${harvest.failures.length} failures, ${round(harvestMs)} ms`);

      const metrics: Record<string, Metric> = {
        harvest_ms: { value: round(harvestMs), unit: 'ms', better: 'lower' },
        harvest_requests: { value: harvest.requests, unit: 'count', better: 'lower' },
      };
      const ratios: number[] = [];
      const completenessOf: number[] = [];
      for (const query of queries) {
        const answer = answers[query.name]!;
        // (b) and (c) are quick enough to run three times (median); (a) runs once.
        const index = await medianRun(() => runQuery({ sparql: query.sparql, engine: 'index', sources }), runs);
        const local = await medianRun(() => runQuery({ sparql: query.sparql, engine: 'store', store }), runs);
        const traversal = await withLimit(runQuery({ sparql: query.sparql, engine: 'traversal', sources }), TRAVERSAL_LIMIT_MS);
        const score = (outcome: QueryOutcome | undefined): number => (outcome?.result.kind === 'solutions' ? completeness(answer, outcome.result.json) : 0);
        const rows: Array<[string, QueryOutcome | undefined]> = [['traversal', traversal], ['index', index], ['store', local]];
        for (const [engine, outcome] of rows) {
          const prefix = `${query.name}_${engine}`;
          metrics[`${prefix}_total_ms`] = { value: round(outcome?.totalMs ?? TRAVERSAL_LIMIT_MS), unit: 'ms', better: 'lower' };
          metrics[`${prefix}_first_ms`] = { value: round(outcome?.firstResultMs ?? outcome?.totalMs ?? TRAVERSAL_LIMIT_MS), unit: 'ms', better: 'lower' };
          metrics[`${prefix}_requests`] = { value: outcome?.requests ?? 0, unit: 'count', better: 'lower' };
          metrics[`${prefix}_completeness`] = { value: round(score(outcome), 3), unit: 'ratio', better: 'higher' };
          log(`${query.name} ${engine}: ${outcome ? `${round(outcome.totalMs)} ms, ${outcome.requests} requests` : `stopped after ${TRAVERSAL_LIMIT_MS} ms`}, completeness ${round(score(outcome), 3)}`);
        }
        completenessOf.push(score(index), score(local));
        ratios.push((traversal?.totalMs ?? TRAVERSAL_LIMIT_MS) / index.totalMs);
      }
      metrics.completeness_min = { value: round(Math.min(...completenessOf), 3), unit: 'ratio', better: 'higher' };
      metrics.speedup_index_vs_traversal = { value: round(Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length), 1), unit: 'x', better: 'higher' };
      return {
        params: { ...size, members: size.groups * size.membersPerGroup, documents: network.documents, runsTraversal: 1, runsIndexAndStore: runs, traversalLimitMs: TRAVERSAL_LIMIT_MS, engine: 'Comunica link-traversal-solid 0.1.1; Oxigraph 0.4 for (b) and (c)' },
        metrics,
        charts: [{ title: 'Total time per query and engine (ms)', metrics: queries.flatMap((q) => ['traversal', 'index', 'store'].map((e) => `${q.name}_${e}_total_ms`)) }],
      };
    } finally {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    }
  },
});

/** Runs a query `runs` times in a row and keeps the run with the median total time. */
async function medianRun(run: () => Promise<QueryOutcome>, runs: number): Promise<QueryOutcome> {
  const outcomes: QueryOutcome[] = [];
  for (let i = 0; i < runs; i++) outcomes.push(await run());
  return outcomes.sort((a, b) => a.totalMs - b.totalMs)[Math.floor(outcomes.length / 2)]!;
}

async function withLimit<T>(task: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([task, limit]);
  } finally {
    clearTimeout(timer);
  }
}
