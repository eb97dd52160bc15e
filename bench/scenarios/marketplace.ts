/**
 * Marketplace: one group of 1,000 members with 10 offers or wants each, on a local file-backed
 * CSS. Compares Mutua's index path (signed entries in the group pod) with reading every
 * member's pod directly and with Comunica link traversal from the member list.
 *
 * Building 1,000 accounts through CSS's account API would take longer than the measurements,
 * so member pods are written straight into the server's file backend (the same files CSS
 * writes: `profile/card$.ttl`, `.acl`, …) while it runs. The group itself is created through
 * Mutua's code over HTTP by its owner account; members' signed entries go into the journal
 * file, and the group owner compacts it with `compactMarketplace`, as an admin would.
 */
import { QueryEngine as TraversalEngine } from '@comunica/query-sparql-link-traversal-solid';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Writer, type Quad } from 'n3';
import { writeGroupAcls } from '../../apps/core/src/access/write-group-acls.js';
import { createGroup } from '../../apps/core/src/groups/create-group.js';
import { groupLayout } from '../../apps/core/src/groups/group-layout.js';
import { loadEach } from '../../apps/core/src/loader/load-each.internal.js';
import { compactMarketplace } from '../../apps/core/src/marketplace/compact-marketplace.js';
import { entryForOffer } from '../../apps/core/src/marketplace/entry-for-offer.js';
import { loadMarketplace, type MarketplaceView } from '../../apps/core/src/marketplace/load-marketplace.js';
import { createMarketplaceCache } from '../../apps/core/src/marketplace/marketplace-cache.js';
import { offersContainerOf } from '../../apps/core/src/marketplace/member-offers.js';
import { defaultExpiry, stamp } from '../../apps/core/src/marketplace/offer-lifecycle.js';
import { signEntry } from '../../apps/core/src/marketplace/sign-entry.js';
import { membershipUrlFor } from '../../apps/core/src/membership/membership-url.js';
import { getContainedResourceUrls } from '../../apps/core/src/pod/get-contained-resource-urls.js';
import { recordToQuads } from '../../apps/core/src/records/record-quads.js';
import { membershipType } from '../../apps/core/src/records/types/membership.js';
import { createOffer, getOffer, offerType, type Offer } from '../../apps/core/src/records/types/offer.js';
import { generateKeyPair } from '../../apps/core/src/signing/key-pair.js';
import { exportMultikey } from '../../apps/core/src/signing/multikey.js';
import { createProfileKeyQuads } from '../../apps/core/src/signing/profile-key-quads.js';
import { findTypeRegistrations } from '../../apps/core/src/type-index/find-type-registrations.js';
import { VF } from '../../apps/core/src/vocab/terms.generated.js';
import { findFreePort, loginWithClientCredentials, startPodServer } from '../../pod-server/src/index.js';
import { defineScenario } from '../lib/scenario.js';
import { median, round } from '../lib/timing.js';
import { renewingFetch, withMetadataAccumulation } from './marketplace.internal.js';

const { namedNode, literal, quad } = DataFactory;
const PASSWORD = 'bench-password';
const WORDS = ['Bike repair', 'Sourdough bread', 'Piano lessons', 'Ladder loan', 'Garden help', 'Spanish conversation', 'Jam jars', 'Sewing alterations', 'Computer help', 'Moving boxes'];
const CATEGORIES = ['home', 'food', 'care', 'learning', 'tech'];
const TRAVERSAL_QUERY = `PREFIX vf: <https://w3id.org/valueflows/ont/vf#>
SELECT ?offer ?title WHERE { ?offer a vf:Proposal ; vf:name ?title . }`;

/** A fetch that counts requests; `offline` answers non-local IRIs (vocabularies) 404 at once. */
function countingFetch(inner: typeof fetch, base: string): { fetch: typeof fetch; count: () => number } {
  let n = 0;
  const counted = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(base)) return new Response('offline benchmark', { status: 404 });
    n++;
    const response = await inner(input, init);
    if (process.env.MUTUA_BENCH_DEBUG) console.log('GET', url, response.status, response.headers.get('content-type'), JSON.stringify(init?.headers ?? {}));
    return response;
  }) as typeof fetch;
  return { fetch: counted, count: () => n };
}

const nt = (quads: readonly Quad[]) => new Writer({ format: 'N-Triples' }).quadsToString([...quads]);
const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

/** A member pod as CSS's file backend stores it: public read, type index, profile with key, offers. */
async function writeMemberPod(root: string, base: string, index: number, groups: string, offersPerMember: number, categoryBase: string): Promise<{ webId: string; quads: Quad[] }> {
  const pod = `m${String(index).padStart(4, '0')}`;
  const storage = `${base}${pod}/`;
  const webId = `${storage}profile/card#me`;
  const dir = join(root, pod);
  const keys = await generateKeyPair();
  const keyId = `${storage}profile/card#key-1`;
  write(join(dir, '.meta'), `<${storage}> a <http://www.w3.org/ns/pim/space#Storage>.\n`);
  write(join(dir, '.acl'), `@prefix acl: <http://www.w3.org/ns/auth/acl#>.
<#owner> a acl:Authorization; acl:agent <${webId}>; acl:accessTo <./>; acl:default <./>; acl:mode acl:Read, acl:Write, acl:Control.
<#public> a acl:Authorization; acl:agentClass <http://xmlns.com/foaf/0.1/Agent>; acl:accessTo <./>; acl:default <./>; acl:mode acl:Read.\n`);
  const typeIndex = `${storage}settings/publicTypeIndex`;
  const profile = [
    quad(namedNode(webId), namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode('http://xmlns.com/foaf/0.1/Person')),
    quad(namedNode(webId), namedNode('http://xmlns.com/foaf/0.1/name'), literal(`Member ${index}`)),
    quad(namedNode(webId), namedNode('http://www.w3.org/ns/pim/space#storage'), namedNode(storage)),
    quad(namedNode(webId), namedNode('http://www.w3.org/ns/solid/terms#publicTypeIndex'), namedNode(typeIndex)),
    ...(createProfileKeyQuads({ webId, keyId, publicKeyMultibase: await exportMultikey(keys.publicKey) }) as Quad[]),
  ];
  write(join(dir, 'profile', 'card$.ttl'), nt(profile));
  const container = offersContainerOf(storage);
  const reg = namedNode(`${typeIndex}#offers`);
  write(join(dir, 'settings', 'publicTypeIndex$.ttl'), nt([
    quad(namedNode(typeIndex), namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode('http://www.w3.org/ns/solid/terms#TypeIndex')),
    quad(namedNode(typeIndex), namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode('http://www.w3.org/ns/solid/terms#ListedDocument')),
    quad(reg, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode('http://www.w3.org/ns/solid/terms#TypeRegistration')),
    quad(reg, namedNode('http://www.w3.org/ns/solid/terms#forClass'), namedNode(VF.Proposal)),
    quad(reg, namedNode('http://www.w3.org/ns/solid/terms#instanceContainer'), namedNode(container)),
  ]));
  const entries: Quad[] = [];
  const signer = { webId, keyId, privateKey: keys.privateKey };
  for (let k = 0; k < offersPerMember; k++) {
    const n = index * offersPerMember + k;
    const created = new Date(Date.UTC(2026, 9, 1) + n * 60_000);
    const offer: Offer = createOffer(container, {
      purpose: n % 3 === 0 ? 'request' : 'offer',
      title: `${WORDS[n % WORDS.length]} #${n}`,
      description: `Offer ${n} by member ${index}.`,
      intent: { action: 'service', categories: [`${categoryBase}#${CATEGORIES[n % CATEGORIES.length]}`], ...(n % 3 === 0 ? { receiver: webId } : { provider: webId }) },
      expires: defaultExpiry(new Date()),
      groups: [groups],
      visibility: 'membersOnly',
      price: 'negotiable',
      images: [],
      creator: webId,
      created: stamp(created),
    });
    write(join(dir, 'mutua', 'offers', `${offer.url.slice(container.length).replace(/#.*$/, '')}$.ttl`), nt(recordToQuads(offerType, offer) as Quad[]));
    entries.push(...(await signEntry(entryForOffer(offer, groups), signer, created.toISOString())));
  }
  return { webId, quads: entries };
}

interface Run {
  first50: number;
  all: number;
  requests: number;
  results: number;
}

/** Times one load, noting when 50 results were first available. */
async function timed(load: (onCount: (n: number) => void) => Promise<{ count: number; requests: number }>): Promise<Run> {
  const started = performance.now();
  let first50 = Number.NaN;
  const { count, requests } = await load((n) => {
    if (n >= 50 && Number.isNaN(first50)) first50 = performance.now() - started;
  });
  return { first50, all: performance.now() - started, requests, results: count };
}

async function loadIndex(group: string, fetchFn: typeof fetch, cache: ReturnType<typeof createMarketplaceCache> | undefined, onCount: (n: number) => void) {
  const view: MarketplaceView = await loadMarketplace([group], { fetch: fetchFn, ...(cache ? { cache } : {}), onProgress: (v) => onCount(v.entries.length) });
  onCount(view.entries.length);
  if (view.failures.length > 0) throw view.failures[0]!.error;
  return { count: view.entries.length, requests: view.requests };
}

async function loadDirect(webIds: readonly string[], base: string, onCount: (n: number) => void) {
  const counter = countingFetch(globalThis.fetch, base);
  let count = 0;
  await loadEach(webIds, async (webId, options) => {
    const { containers } = await findTypeRegistrations(webId, VF.Proposal, { ...options, fetch: counter.fetch });
    for (const container of containers) {
      const urls = await getContainedResourceUrls(container, { fetch: counter.fetch });
      const offers = await Promise.all(urls.filter((u) => !u.endsWith('/')).map((u) => getOffer(`${u}#it`, { fetch: counter.fetch })));
      count += offers.length;
      onCount(count);
    }
  }, { fetch: counter.fetch, concurrency: 6 });
  return { count, requests: counter.count() };
}

/**
 * A fetch that reads each body whole before answering. Under Comunica's many parallel requests
 * CSS can abort a response midway (a file lock expires); a streamed body then fails inside
 * undici where nobody can catch it and the process dies. Read here, the failure becomes a 503
 * that lenient traversal skips, and the run is reported as incomplete instead of lost.
 */
function bufferedFetch(inner: typeof fetch): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    try {
      const response = await inner(input, init);
      const empty = [101, 204, 205, 304].includes(response.status) || init?.method === 'HEAD';
      const body = empty ? null : await response.arrayBuffer();
      const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      // Comunica resolves relative IRIs against the final URL.
      Object.defineProperty(copy, 'url', { value: response.url });
      return copy;
    } catch (error) {
      return new Response(`read failed: ${(error as Error).message}`, { status: 503 });
    }
  }) as typeof fetch;
}

async function loadTraversal(webIds: readonly string[], base: string, timeoutMs: number, onCount: (n: number) => void) {
  // Destroying the result stream does not stop the links already queued: after the time
  // limit every further request is answered here, so the server is left alone and can stop.
  let stopped = false;
  const counter = countingFetch(bufferedFetch(globalThis.fetch), base);
  const stoppable = ((input: RequestInfo | URL, init?: RequestInit) =>
    stopped ? Promise.resolve(new Response('traversal stopped', { status: 503 })) : counter.fetch(input, init)) as typeof fetch;
  const engine = withMetadataAccumulation(new TraversalEngine());
  const debug = process.env.MUTUA_BENCH_DEBUG ? { log: new (await import('@comunica/logger-pretty')).LoggerPretty({ level: 'debug' }) } : {};
  const stream = await engine.queryBindings(TRAVERSAL_QUERY, { sources: [...webIds], lenient: true, fetch: stoppable, ...debug } as never);
  const seen = new Set<string>();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      stopped = true;
      stream.destroy();
      resolve();
    }, timeoutMs);
    stream.on('data', (b: { get(name: string): { value: string } | undefined }) => {
      seen.add(b.get('offer')!.value);
      onCount(seen.size);
    });
    stream.on('end', () => (clearTimeout(timer), resolve()));
    stream.on('error', (e: Error) => (clearTimeout(timer), reject(e)));
  });
  return { count: seen.size, requests: counter.count() };
}

export default defineScenario({
  name: 'marketplace',
  description: 'Marketplace of 1,000 members × 10 offers: group index vs direct pod reads vs Comunica link traversal',
  async run({ quick, log }) {
    const members = Number(process.env.MUTUA_BENCH_MEMBERS) || (quick ? 50 : 1000);
    const offersPerMember = 10;
    const runs = quick ? 3 : 5;
    // Traversal is stopped here; an incomplete run makes speedup_vs_traversal a lower bound.
    const traversalTimeoutMs = Number(process.env.MUTUA_BENCH_TRAVERSAL_MS) || (quick ? 120_000 : 8 * 60_000);
    const root = mkdtempSync(join(tmpdir(), 'mutua-bench-market-'));
    const port = await findFreePort();
    const seedPath = join(root, 'seed.json');
    writeFileSync(seedPath, JSON.stringify(['bench-group', 'bench-admin'].map((name) => ({ email: `${name}@bench.example`, password: PASSWORD, pods: [{ name, settings: { linkStorage: true } }] }))));
    const server = await startPodServer({ port, backend: 'file', rootFilePath: join(root, 'data'), seedConfigPath: seedPath, loopbackOnly: true });
    const base = server.baseUrl;
    const webIdOf = (name: string) => `${base}${name}/profile/card#me`;
    const login = (name: string) => loginWithClientCredentials({ baseUrl: base, email: `${name}@bench.example`, password: PASSWORD, webId: webIdOf(name) });
    // Setting up takes longer than one access token lives: these sessions log in again as needed.
    const owner = { webId: webIdOf('bench-group'), ...renewingFetch(() => login('bench-group')) };
    const admin = { webId: webIdOf('bench-admin'), ...renewingFetch(() => login('bench-admin')) };
    try {
      const layout = groupLayout(`${base}bench-group/`);
      let started = performance.now();
      await createGroup(layout.root, {
        owner: owner.webId,
        creator: admin.webId,
        profile: { name: 'Bench exchange', description: 'A large group for the benchmark.', languages: ['en'], defaultVotingMethod: 'consent', defaultQuorum: '0.3' },
        currency: { name: 'Hours', symbol: 'h', decimals: 2, defaultMinimumBalance: -2000, defaultMaximumBalance: 4000, referenceRate: '1.0' },
        categories: { labels: { en: 'Categories' }, categories: CATEGORIES.map((id) => ({ id, labels: { en: id } })) },
      }, { fetch: owner.fetch });
      const journal: Quad[] = [];
      const webIds: string[] = [];
      for (let i = 0; i < members; i++) {
        const member = await writeMemberPod(join(root, 'data'), base, i, layout.group, offersPerMember, layout.categories.replace(/#.*$/, ''));
        webIds.push(member.webId);
        journal.push(...member.quads);
        if ((i + 1) % 100 === 0) log(`wrote ${i + 1} member pods`);
      }
      log(`member pods, keys and ${journal.length} signed entry triples in ${Math.round(performance.now() - started)} ms`);
      started = performance.now();
      await writeGroupAcls(layout.root, { owner: owner.webId, admins: [admin.webId], members: webIds }, { fetch: owner.fetch });
      // Membership records and members' journal appends go straight to disk, like the member pods.
      for (const webId of webIds) {
        const url = await membershipUrlFor(layout.root, webId);
        const quads = recordToQuads(membershipType, { url, group: layout.group, member: webId, role: 'member', status: 'active', startDate: '2026-01-01T00:00:00Z' }) as Quad[];
        write(join(root, 'data', 'bench-group', 'members', `${url.slice(layout.members.length).replace(/#.*$/, '')}$.ttl`), nt(quads));
      }
      write(join(root, 'data', 'bench-group', 'marketplace', 'journal$.ttl'), nt(journal));
      // One journal of 10,000 entries is far bigger than any real one between compactions: allow it time.
      const compaction = await compactMarketplace(layout.group, { fetch: owner.fetch, timeoutMs: 15 * 60_000 });
      log(`compacted: ${JSON.stringify(compaction.membersOnly)} in ${Math.round(performance.now() - started)} ms`);
      const total = members * offersPerMember;
      // A fresh session for the measurements, so no renewal lands inside a timed load.
      const reader = await login('bench-admin');

      // (a) index path: cold = a new cache each time; warm = the same cache again (304s).
      const cold: Run[] = [];
      const warm: Run[] = [];
      for (let r = 0; r <= runs; r++) {
        const cache = createMarketplaceCache();
        const c = await timed((on) => loadIndex(layout.group, reader.fetch, cache, on));
        const w = await timed((on) => loadIndex(layout.group, reader.fetch, cache, on));
        if (c.results !== total || w.results !== total) throw new Error(`index path found ${c.results}/${w.results} of ${total}`);
        // The first round is the warm-up.
        if (r > 0) {
          cold.push(c);
          warm.push(w);
        }
        log(`index: cold ${Math.round(c.all)} ms (first 50 at ${Math.round(c.first50)} ms, ${c.requests} requests), warm ${Math.round(w.all)} ms (${w.requests} requests)`);
      }
      await reader.logout();
      // (b) direct reads and (c) traversal take minutes at full size: one measured run each.
      const direct = await timed((on) => loadDirect(webIds, base, on));
      log(`direct: ${direct.results} offers in ${Math.round(direct.all)} ms, ${direct.requests} requests`);
      const traversal = await timed((on) => loadTraversal(webIds, base, traversalTimeoutMs, on));
      const complete = traversal.results >= total;
      log(`traversal: ${traversal.results} offers in ${Math.round(traversal.all)} ms, ${traversal.requests} requests${complete ? '' : ' (stopped at the time limit: incomplete)'}`);

      const allCold = median(cold.map((r) => r.all));
      const ms = (value: number) => ({ value: round(value, 0), unit: 'ms', better: 'lower' as const });
      const count = (value: number) => ({ value, unit: 'count', better: 'lower' as const });
      return {
        params: { members, offersPerMember, runs, warmups: 1, directRuns: 1, traversalRuns: 1, traversalComplete: complete, traversalResults: traversal.results, backend: 'file', readers: 'index: the group admin, a member (authenticated); direct and traversal: anonymous, member pods public' },
        metrics: {
          requests_index: count(median(cold.map((r) => r.requests))),
          requests_index_warm: count(median(warm.map((r) => r.requests))),
          first50_ms: ms(median(cold.map((r) => r.first50))),
          all_cold_ms: ms(allCold),
          all_warm_ms: ms(median(warm.map((r) => r.all))),
          requests_direct: count(direct.requests),
          first50_direct_ms: ms(direct.first50),
          all_direct_ms: ms(direct.all),
          requests_traversal: count(traversal.requests),
          first50_traversal_ms: ms(traversal.first50),
          all_traversal_ms: ms(traversal.all),
          traversal_results: { value: traversal.results, unit: 'count', better: 'higher' as const },
          speedup_vs_traversal: { value: round(traversal.all / allCold, 1), unit: 'x', better: 'higher' },
          speedup_vs_direct: { value: round(direct.all / allCold, 1), unit: 'x', better: 'higher' },
        },
        charts: [{ title: 'Time to all results (ms)', metrics: ['all_cold_ms', 'all_warm_ms', 'all_direct_ms', 'all_traversal_ms'] }],
      };
    } finally {
      await Promise.allSettled([owner.close(), admin.close()]);
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    }
  },
});
