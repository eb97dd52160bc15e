import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../apps/core/src/errors/validation-error.js';
import { compactMarketplace } from '../../../apps/core/src/marketplace/compact-marketplace.js';
import { entryForOffer } from '../../../apps/core/src/marketplace/entry-for-offer.js';
import { ensurePublicMarketplace } from '../../../apps/core/src/marketplace/ensure-public-marketplace.js';
import { queryMarketplace } from '../../../apps/core/src/marketplace/marketplace-query.js';
import { loadMarketplace } from '../../../apps/core/src/marketplace/load-marketplace.js';
import { createMarketplaceCache } from '../../../apps/core/src/marketplace/marketplace-cache.js';
import { marketplaceLayout } from '../../../apps/core/src/marketplace/marketplace-layout.js';
import { pauseOffer, postOffer, resumeOffer, updateOffer, withdrawOffer } from '../../../apps/core/src/marketplace/member-offers.js';
import { signEntry } from '../../../apps/core/src/marketplace/sign-entry.js';
import { createWithdrawal, signWithdrawal } from '../../../apps/core/src/marketplace/withdrawal.js';
import { toN3Patch } from '../../../apps/core/src/pod/patch-rdf-resource.js';
import { getOffer, createOffer, saveOffer } from '../../../apps/core/src/records/types/offer.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from '../groups/test-group.js';
import { literal, namedNode, offerInit, quad, traderWithKey, type Trader } from './market-fixture.js';

let group: TestGroup;
let groupIri: string;
let bruno: Trader;
let camille: Trader;
let gael: Trader;

const append = (as: Trader, url: string, quads: Parameters<typeof toN3Patch>[0]['inserts']) =>
  as.fetch(url, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body: toN3Patch({ deletes: [], inserts: quads }) });

beforeAll(async () => {
  group = await createTestGroup('market', 'alice');
  groupIri = group.layout.group;
  await joinThroughRequest(group, 'bruno');
  await joinThroughRequest(group, 'camille');
  [bruno, camille, gael] = await Promise.all([traderWithKey('bruno'), traderWithKey('camille'), traderWithKey('gael')]);
  // The group module does not create the public index yet: the admin makes it here.
  await ensurePublicMarketplace(groupIri, { fetch: group.admin.fetch });
}, 120_000);

afterAll(async () => {
  await group.pod.agent.logout();
});

const titles = async (as: Trader) => (await loadMarketplace([groupIri], { fetch: as.fetch })).entries.map((e) => e.title).sort();

describe('an offer in its author pod and the group marketplace', () => {
  it('round-trips and goes through edit, pause, resume and withdraw, listed accordingly', async () => {
    const posted = await postOffer(bruno.storage, offerInit(bruno.webId, [groupIri], 'Oak shelves made to measure'), { fetch: bruno.fetch, signer: bruno.signer });
    const read = await getOffer(posted.url, { fetch: bruno.fetch });
    expect({ ...read, etag: undefined }).toEqual({ ...posted, etag: undefined });
    expect(await titles(camille)).toContain('Oak shelves made to measure');

    const edited = await updateOffer(read, { title: 'Oak shelves, made to measure' }, { fetch: bruno.fetch, signer: bruno.signer });
    const afterEdit = await loadMarketplace([groupIri], { fetch: camille.fetch });
    expect(afterEdit.entries.filter((e) => e.offer === posted.url).map((e) => e.title)).toEqual(['Oak shelves, made to measure']);
    expect(afterEdit.diagnostics.superseded).toBeGreaterThanOrEqual(1);

    await pauseOffer(edited, { fetch: bruno.fetch, signer: bruno.signer });
    expect(await titles(camille)).not.toContain('Oak shelves, made to measure');
    await resumeOffer(edited, { fetch: bruno.fetch, signer: bruno.signer });
    expect(await titles(camille)).toContain('Oak shelves, made to measure');

    await withdrawOffer(edited, { fetch: bruno.fetch, signer: bruno.signer });
    expect(await titles(camille)).not.toContain('Oak shelves, made to measure');
    expect((await bruno.fetch(posted.url.replace(/#.*$/, ''))).status).toBe(404);
  });

  it('hides an expired entry and counts it', async () => {
    const offer = createOffer(`${bruno.storage}mutua/offers/`, offerInit(bruno.webId, [groupIri], 'Already over', { expires: '2020-01-01T00:00:00Z', created: '2019-12-01T00:00:00Z' }));
    const quads = await signEntry(entryForOffer(offer, groupIri), bruno.signer);
    expect((await append(bruno, marketplaceLayout(groupIri).membersOnly.journal, quads)).ok).toBe(true);
    const view = await loadMarketplace([groupIri], { fetch: camille.fetch });
    expect(view.entries.map((e) => e.title)).not.toContain('Already over');
    expect(view.diagnostics.expired).toBeGreaterThanOrEqual(1);
  });
});

describe('forged marketplace entries', () => {
  it('are not shown and are counted: bad signature, someone else’s name, author not a member', async () => {
    const journal = marketplaceLayout(groupIri).membersOnly.journal;
    const before = (await loadMarketplace([groupIri], { fetch: bruno.fetch })).diagnostics;
    const offer = createOffer(`${bruno.storage}mutua/offers/`, offerInit(bruno.webId, [groupIri], 'Genuine bread'));
    const genuine = await signEntry(entryForOffer(offer, groupIri), bruno.signer);
    // Camille copies Bruno's signed entry under a new IRI with a changed title: the signature no longer matches.
    const tampered = genuine.map((q) => {
      const rename = (t: typeof q.subject) => (t.termType === 'NamedNode' && t.value.startsWith('urn:uuid:') ? namedNode(t.value.replace('urn:uuid:', 'urn:uuid:f')) : t);
      const object = q.object.termType === 'Literal' && q.object.value === 'Genuine bread' ? literal('Free bread, pay me first') : rename(q.object as never);
      return quad(rename(q.subject) as never, q.predicate, object as never);
    });
    // Camille names Bruno as the author but can only sign with her own key.
    const impersonation = createOffer(`${bruno.storage}mutua/offers/`, offerInit(bruno.webId, [groupIri], 'Bruno sells his car cheap'));
    const asBruno = await signEntry(entryForOffer(impersonation, groupIri), { ...camille.signer, webId: bruno.webId });
    // Gaël is no member; Camille (a member) appends his genuinely signed entry for him.
    const outsider = createOffer(`${gael.storage}mutua/offers/`, offerInit(gael.webId, [groupIri], 'Outsider offer'));
    const byOutsider = await signEntry(entryForOffer(outsider, groupIri), gael.signer);
    for (const quads of [tampered, asBruno, byOutsider]) expect((await append(camille, journal, quads)).ok).toBe(true);

    const view = await loadMarketplace([groupIri], { fetch: bruno.fetch });
    expect(view.entries.map((e) => e.title)).not.toEqual(expect.arrayContaining(['Free bread, pay me first']));
    expect(view.entries.map((e) => e.title)).not.toContain('Bruno sells his car cheap');
    expect(view.entries.map((e) => e.title)).not.toContain('Outsider offer');
    expect(view.diagnostics.badSignature - before.badSignature).toBe(1);
    expect(view.diagnostics.wrongAuthor - before.wrongAuthor).toBe(1);
    expect(view.diagnostics.notMember - before.notMember).toBe(1);
  });

  it('cannot be appended by a non-member: the server refuses', async () => {
    const offer = createOffer(`${gael.storage}mutua/offers/`, offerInit(gael.webId, [groupIri], 'Let me in'));
    const response = await append(gael, marketplaceLayout(groupIri).membersOnly.journal, await signEntry(entryForOffer(offer, groupIri), gael.signer));
    expect(response.status).toBe(403);
  });
});

describe('who may change or withdraw a listing', () => {
  it('lets only the author: the server refuses others’ deletes and rewrites, and others’ withdrawals do not count', async () => {
    const posted = await postOffer(bruno.storage, offerInit(bruno.webId, [groupIri], 'Chair repair'), { fetch: bruno.fetch, signer: bruno.signer });
    const journal = marketplaceLayout(groupIri).membersOnly.journal;
    expect((await camille.fetch(journal, { method: 'DELETE' })).status).toBe(403);
    expect((await camille.fetch(journal, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: '' })).status).toBe(403);
    const someTriple = quad(namedNode(groupIri), namedNode('https://example.org/p'), literal('x'));
    const deletion = await camille.fetch(journal, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body: toN3Patch({ deletes: [someTriple], inserts: [] }) });
    expect(deletion.status).toBe(403);
    expect((await camille.fetch(posted.url.replace(/#.*$/, ''), { method: 'DELETE' })).status).toBe(403);

    const foreign = await signWithdrawal(createWithdrawal(posted.url, groupIri, camille.webId), camille.signer);
    expect((await append(camille, journal, foreign)).ok).toBe(true);
    expect(await titles(camille)).toContain('Chair repair');
  });
});

describe('hostile strings and links', () => {
  it('passes script-like text through unchanged and refuses javascript: image links', async () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)> "quoted" \\ \n second line';
    const posted = await postOffer(bruno.storage, offerInit(bruno.webId, [groupIri], hostile.slice(0, 110), { description: hostile }), { fetch: bruno.fetch, signer: bruno.signer });
    expect((await getOffer(posted.url, { fetch: camille.fetch.bind(null) }).catch(() => getOffer(posted.url, { fetch: bruno.fetch }))).description).toBe(hostile);
    expect(await titles(camille)).toContain(hostile.slice(0, 110));
    const bad = createOffer(`${bruno.storage}mutua/offers/`, offerInit(bruno.webId, [groupIri], 'Bad picture', { images: ['javascript:alert(1)'] }));
    await expect(saveOffer(bad, { fetch: bruno.fetch })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('visibility and compaction', () => {
  it('shows public offers to anyone, keeps members-only ones from visitors, and loads compacted indexes in a few requests', async () => {
    await postOffer(camille.storage, offerInit(camille.webId, [groupIri], 'Piano lessons for all', { visibility: 'public' }), { fetch: camille.fetch, signer: camille.signer });
    expect(await titles(bruno)).toContain('Piano lessons for all');
    // A visitor cannot read membership records, so the public journal counts only after compaction vouches for its authors.
    expect((await loadMarketplace([groupIri], { scope: 'public' })).diagnostics.notMember).toBe(1);
    expect((await fetch(marketplaceLayout(groupIri).membersOnly.journal)).status).toBe(401);

    const beforeCompaction = (await titles(camille)).sort();
    await compactMarketplace(groupIri, { fetch: group.admin.fetch });
    const cache = createMarketplaceCache();
    const cold = await loadMarketplace([groupIri], { fetch: camille.fetch, cache });
    expect(cold.entries.map((e) => e.title).sort()).toEqual(beforeCompaction);
    expect(cold.requests).toBeLessThanOrEqual(5);
    // A member cannot append to the admin-written head (no roster forgery).
    expect((await append(camille, marketplaceLayout(groupIri).membersOnly.head, [quad(namedNode(groupIri), namedNode('https://w3id.org/mutua/ns#member'), namedNode(gael.webId))])).status).toBe(403);
    const warm = await loadMarketplace([groupIri], { fetch: camille.fetch, cache });
    expect(warm.entries.map((e) => e.title).sort()).toEqual(beforeCompaction);
    expect((await loadMarketplace([groupIri], { scope: 'public' })).entries.map((e) => e.title)).toEqual(['Piano lessons for all']);
  });
});

describe('places and distance', () => {
  it('stores rounded coordinates, signs them into the index entry and filters and sorts by distance, before and after compaction', async () => {
    const writer = { fetch: bruno.fetch, signer: bruno.signer };
    const tournus = await postOffer(bruno.storage, offerInit(bruno.webId, [groupIri], 'Vélo cargo à prêter', { location: { name: 'Tournus', country: 'FR', latitude: '46.561234', longitude: '4.908765' } }), writer);
    await postOffer(bruno.storage, offerInit(bruno.webId, [groupIri], 'Confitures de Mâcon', { location: { name: 'Mâcon', latitude: '46.3069', longitude: '4.8287' } }), writer);
    await postOffer(bruno.storage, offerInit(bruno.webId, [groupIri], 'Conseils sans lieu'), writer);

    // What goes over the wire: the offer holds the rounded point only, never the precise one.
    const offerTurtle = await (await bruno.fetch(tournus.url.replace(/#.*$/, ''), { headers: { accept: 'text/turtle' } })).text();
    expect(offerTurtle).toContain('46.56');
    expect(offerTurtle).not.toContain('46.5612');
    expect((await getOffer(tournus.url, { fetch: bruno.fetch })).location).toEqual({ name: 'Tournus', country: 'FR', latitude: '46.56', longitude: '4.91' });
    const journal = await (await camille.fetch(marketplaceLayout(groupIri).membersOnly.journal, { headers: { accept: 'text/turtle' } })).text();
    expect(journal).toMatch(/46\.56/);

    const chalon = { latitude: 46.78, longitude: 4.85 };
    const ours = ['Vélo cargo à prêter', 'Confitures de Mâcon', 'Conseils sans lieu'];
    for (const phase of ['journal', 'compacted']) {
      if (phase === 'compacted') await compactMarketplace(groupIri, { fetch: group.admin.fetch });
      const view = await loadMarketplace([groupIri], { fetch: camille.fetch });
      // loadMarketplace returns only entries whose signature checks, so finding the place proves it was signed.
      const entries = view.entries.filter((e) => ours.includes(e.title));
      expect(entries.find((e) => e.title === 'Vélo cargo à prêter')?.location, phase).toEqual({ name: 'Tournus', country: 'FR', latitude: '46.56', longitude: '4.91' });
      expect(queryMarketplace(entries, { near: chalon, withinKm: 30 }).map((e) => e.title), phase).toEqual(['Vélo cargo à prêter']);
      expect(queryMarketplace(entries, { near: chalon, sort: 'nearest' }).map((e) => e.title), phase).toEqual(ours);
    }
  });
});
