import { DataFactory, Writer, type Quad } from 'n3';
import { getGroupAgents } from '../access/get-group-agents.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { getMembers } from '../membership/get-members.js';
import { deleteResource } from '../pod/delete-resource.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import { httpFailure } from '../pod/http-failure.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { loadEach } from '../loader/load-each.internal.js';
import type { RdfResource } from '../pod/rdf-resource.js';
import { checkIndexItem, type CheckedItem } from './check-index-item.js';
import { groupTrust } from './group-trust.js';
import { indexHeadFacts, indexItems, type IndexItem } from './index-document.internal.js';
import { indexAclQuads, putAcl } from './index-acl.internal.js';
import { marketplaceLayout, type MarketplaceIndexLayout } from './marketplace-layout.js';
import { DCTERMS_HAS_PART, MUTUA_MEMBER, SEC_ASSERTION_METHOD } from './marketplace-terms.internal.js';
import { mergeListings } from './merge-listings.js';
import { INDEX_MAX_BYTES } from './read-index-document.internal.js';

const { namedNode, quad } = DataFactory;
const ROSTER_CONCURRENCY = 8;

/** How to compact: entries in the head (loaded first) and per further page. */
export interface CompactOptions extends PodRequestOptions {
  readonly headSize?: number;
  readonly pageSize?: number;
  readonly now?: Date;
}

/** What a compaction kept and dropped, per index. */
export interface CompactionReport {
  readonly listed: number;
  readonly dropped: number;
  readonly pages: number;
}

// N-Triples (a subset of Turtle): lexical forms are kept byte for byte, so signatures still verify.
function nTriples(quads: readonly Quad[]): string {
  return new Writer({ format: 'N-Triples' }).quadsToString([...quads]);
}

async function put(url: string, quads: readonly Quad[], options: PodRequestOptions): Promise<void> {
  const response = await (options.fetch ?? globalThis.fetch)(url, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: nTriples(quads) });
  if (!response.ok) throw httpFailure('Writing the marketplace index', url, response, await response.text());
  await response.body?.cancel();
}

async function readOrEmpty(url: string, options: PodRequestOptions): Promise<RdfResource | undefined> {
  try {
    return await getRdfResource(url, { ...options, maxBytes: INDEX_MAX_BYTES });
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** The roster an admin vouches for: active members and the keys their profiles list. */
async function rosterQuads(group: string, options: PodRequestOptions): Promise<Quad[]> {
  const { members } = await getMembers(group, options);
  const out: Quad[] = members.map((m) => quad(namedNode(group), namedNode(MUTUA_MEMBER), namedNode(m.member)));
  // A few profiles at a time: a thousand parallel reads make CSS's per-resource locks expire.
  await loadEach(
    members.map((m) => m.member),
    async (member) => {
      const profile = await readOrEmpty(member, options).catch(() => undefined);
      const keys = new Set((profile?.quads ?? []).filter((q) => q.subject.value === member && q.predicate.value === SEC_ASSERTION_METHOD).map((q) => q.object.value));
      for (const q of profile?.quads ?? []) if ((q.subject.value === member && keys.has(q.object.value)) || keys.has(q.subject.value)) out.push(q);
    },
    { ...options, concurrency: ROSTER_CONCURRENCY },
  );
  return out;
}

async function compactIndex(group: string, index: MarketplaceIndexLayout, role: 'membersHead' | 'publicHead', roster: Quad[], options: CompactOptions): Promise<CompactionReport> {
  const layout = marketplaceLayout(group);
  const head = await readOrEmpty(index.head, options);
  const oldPages = head ? indexHeadFacts(head.quads, group, index.head).pages.filter((p) => p.startsWith(index.container)) : [];
  const pages = await Promise.all(oldPages.map((url) => readOrEmpty(url, options)));
  const journal = await readOrEmpty(index.journal, options);
  const items: IndexItem[] = [head, ...pages, journal].flatMap((doc) => (doc ? indexItems(doc.quads) : []));
  const facts = indexHeadFacts(roster, group, index.head);
  const trust = groupTrust(group, layout.root, facts, options);
  const checked: CheckedItem[] = await Promise.all(items.map((item) => checkIndexItem(item, { group, ...trust })));
  const listing = mergeListings(checked, options.now);
  const signedAt = new Map(checked.flatMap((c) => (c.ok && c.kind === 'entry' ? [[c.entry.url, c.signedAt] as const] : [])));
  const quadsOf = new Map(items.map((item) => [item.subject, item.quads]));
  const kept: Quad[][] = [...listing.entries].sort((a, b) => (signedAt.get(b.url) ?? 0) - (signedAt.get(a.url) ?? 0)).map((e) => [...(quadsOf.get(e.url) ?? [])]);
  const headSize = options.headSize ?? 200;
  const pageSize = options.pageSize ?? 10_000;
  const chunks: Quad[][][] = [];
  for (let i = headSize; i < kept.length; i += pageSize) chunks.push(kept.slice(i, i + pageSize));
  const agents = await getGroupAgents(layout.root, options);
  // Pages first, then the head that links them: a reader never follows a link to nothing.
  for (const [n, chunk] of chunks.entries()) {
    await put(index.page(n + 1), chunk.flat(), options);
    await putAcl(index.page(n + 1), indexAclQuads(index.page(n + 1), role, agents), options);
  }
  const links = chunks.map((_, n) => quad(namedNode(index.head), namedNode(DCTERMS_HAS_PART), namedNode(index.page(n + 1))));
  const vouched = role === 'publicHead' ? rosterFor(roster, new Set(listing.entries.map((e) => e.creator))) : roster;
  await put(index.head, [...vouched, ...links, ...kept.slice(0, headSize).flat()], options);
  await putAcl(index.head, indexAclQuads(index.head, role, agents), options);
  await Promise.all(oldPages.slice(chunks.length).map((url) => deleteResource(url, options).catch(() => undefined)));
  if (journal) await trimJournal(index.journal, journal, options);
  return { listed: kept.length, dropped: items.length - kept.length, pages: chunks.length + 1 };
}

/** The roster narrowed to some authors (what the public head may reveal). */
function rosterFor(roster: readonly Quad[], authors: ReadonlySet<string>): Quad[] {
  const keys = new Set(roster.filter((q) => authors.has(q.subject.value) && q.predicate.value === SEC_ASSERTION_METHOD).map((q) => q.object.value));
  return roster.filter((q) => (q.predicate.value === MUTUA_MEMBER ? authors.has(q.object.value) : authors.has(q.subject.value) || keys.has(q.subject.value)));
}

/** Removes what was compacted from the journal, keeping anything appended since it was read. */
async function trimJournal(url: string, read: RdfResource, options: PodRequestOptions): Promise<void> {
  const consumed = new Set(read.quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.id}`));
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = attempt === 0 ? read : await getRdfResource(url, { ...options, maxBytes: INDEX_MAX_BYTES });
    const rest = current.quads.filter((q) => !consumed.has(`${q.subject.value} ${q.predicate.value} ${q.object.id}`));
    const headers: Record<string, string> = { 'content-type': 'text/turtle' };
    if (current.etag) headers['if-match'] = current.etag;
    const response = await (options.fetch ?? globalThis.fetch)(url, { method: 'PUT', headers, body: nTriples(rest) });
    await response.body?.cancel();
    if (response.ok) return;
    if (response.status !== 412 && response.status !== 409) throw httpFailure('Trimming the marketplace journal', url, response, '');
  }
}

/**
 * Admin: rewrites each marketplace index of the group as a head (the roster with members'
 * keys, the newest entries, links to the other pages) plus pages, keeping only entries that
 * are listed now, and trims the journal. Readers then need a handful of requests.
 */
export async function compactMarketplace(group: string, options: CompactOptions): Promise<{ membersOnly: CompactionReport; public: CompactionReport }> {
  const layout = marketplaceLayout(group);
  const roster = await rosterQuads(group, options);
  const membersOnly = await compactIndex(group, layout.membersOnly, 'membersHead', roster, options);
  // The public head names only the authors it lists, not the whole membership.
  const publicIndex = await compactIndex(group, layout.public, 'publicHead', roster, options);
  return { membersOnly, public: publicIndex };
}
