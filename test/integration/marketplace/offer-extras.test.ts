import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../../../apps/core/src/errors/access-denied-error.js';
import { ValidationError } from '../../../apps/core/src/errors/validation-error.js';
import { getMemberOffers } from '../../../apps/core/src/marketplace/get-member-offers.js';
import { loadMarketplace } from '../../../apps/core/src/marketplace/load-marketplace.js';
import { offersContainerOf, postOffer, withdrawOffer } from '../../../apps/core/src/marketplace/member-offers.js';
import { getOfferMessages, sendOfferMessage } from '../../../apps/core/src/marketplace/offer-messages.js';
import { signEntry } from '../../../apps/core/src/marketplace/sign-entry.js';
import { entryForOffer } from '../../../apps/core/src/marketplace/entry-for-offer.js';
import { marketplaceLayout } from '../../../apps/core/src/marketplace/marketplace-layout.js';
import { uploadOfferPicture } from '../../../apps/core/src/marketplace/upload-offer-picture.js';
import { ensureMemberInbox } from '../../../apps/core/src/membership/ensure-member-inbox.js';
import { toN3Patch } from '../../../apps/core/src/pod/patch-rdf-resource.js';
import { createOffer } from '../../../apps/core/src/records/types/offer.js';
import { findTypeRegistrations } from '../../../apps/core/src/type-index/find-type-registrations.js';
import { VF } from '../../../apps/core/src/vocab/terms.generated.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from '../groups/test-group.js';
import { offerInit, traderWithKey, type Trader } from './market-fixture.js';

let group: TestGroup;
let groupIri: string;
let bruno: Trader;
let camille: Trader;

// A 1×1 transparent PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));

beforeAll(async () => {
  group = await createTestGroup('market-extras', 'alice');
  groupIri = group.layout.group;
  await joinThroughRequest(group, 'bruno');
  await joinThroughRequest(group, 'camille');
  [bruno, camille] = await Promise.all([traderWithKey('bruno'), traderWithKey('camille')]);
  await ensureMemberInbox(bruno.webId, { fetch: bruno.fetch });
}, 120_000);

afterAll(async () => {
  await group.pod.agent.logout();
});

describe('an offer with pictures in its author’s pod', () => {
  it('stores up to 5 pictures anyone can read, registers offers in the Type Index, and lists the author’s offers', async () => {
    const pictures = await Promise.all([0, 1].map(() => uploadOfferPicture(bruno.storage, new Blob([PNG], { type: 'image/png' }), { fetch: bruno.fetch, ownerWebId: bruno.webId })));
    const anonymous = await fetch(pictures[0]!);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('content-type')).toBe('image/png');
    const posted = await postOffer(bruno.storage, offerInit(bruno.webId, [groupIri], 'Walnut bowls', { images: pictures }), { fetch: bruno.fetch, signer: bruno.signer });
    expect(posted.images).toEqual(pictures);

    const registrations = await findTypeRegistrations(bruno.webId, VF.Proposal, { fetch: camille.fetch });
    expect(registrations.containers).toContain(offersContainerOf(bruno.storage));
    const mine = await getMemberOffers(bruno.storage, { fetch: bruno.fetch });
    expect(mine.offers.map((o) => o.title)).toContain('Walnut bowls');
    expect(mine.failures).toEqual([]);

    const six = Array.from({ length: 6 }, (_, n) => `${pictures[0]!}?copy=${n}`);
    await expect(postOffer(bruno.storage, offerInit(bruno.webId, [groupIri], 'Too many pictures', { images: six }), { fetch: bruno.fetch, signer: bruno.signer })).rejects.toBeInstanceOf(ValidationError);
    await expect(uploadOfferPicture(bruno.storage, new Blob(['<svg onload="alert(1)"/>'], { type: 'image/svg+xml' }), { fetch: bruno.fetch, ownerWebId: bruno.webId })).rejects.toThrow(/JPEG, WebP or PNG/);
    await withdrawOffer(posted, { fetch: bruno.fetch, signer: bruno.signer });
  });
});

describe('contacting an offer’s author', () => {
  it('delivers a message to the author’s inbox, which only the author can read', async () => {
    const posted = await postOffer(bruno.storage, offerInit(bruno.webId, [groupIri], 'Chair caning'), { fetch: bruno.fetch, signer: bruno.signer });
    const url = await sendOfferMessage(bruno.webId, { from: camille.webId, fromName: 'Camille', offer: posted.url, offerTitle: posted.title, text: 'Bonjour, <b>is it</b> still available?' }, { fetch: camille.fetch });
    const inbox = await ensureMemberInbox(bruno.webId, { fetch: bruno.fetch });
    const messages = await getOfferMessages(inbox, { fetch: bruno.fetch });
    const received = messages.find((m) => m.url === url);
    expect(received).toMatchObject({ from: camille.webId, fromName: 'Camille', offer: posted.url, text: 'Bonjour, <b>is it</b> still available?' });
    await expect(getOfferMessages(inbox, { fetch: camille.fetch })).rejects.toBeInstanceOf(AccessDeniedError);
    await withdrawOffer(posted, { fetch: bruno.fetch, signer: bruno.signer });
  });
});

describe('writing in someone else’s name', () => {
  it('is refused by the server for their pod and by the signature check for the index', async () => {
    const posted = await postOffer(bruno.storage, offerInit(bruno.webId, [groupIri], 'Genuine honey'), { fetch: bruno.fetch, signer: bruno.signer });
    // Camille cannot create an offer in Bruno's pod, nor overwrite his.
    const forged = createOffer(offersContainerOf(bruno.storage), offerInit(bruno.webId, [groupIri], 'Forged in Bruno’s pod'));
    const put = await camille.fetch(forged.url.replace(/#.*$/, ''), { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: '<#it> <http://purl.org/dc/terms/title> "x" .' });
    expect([401, 403]).toContain(put.status);
    const overwrite = await camille.fetch(posted.url.replace(/#.*$/, ''), { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: '<#it> <http://purl.org/dc/terms/title> "x" .' });
    expect([401, 403]).toContain(overwrite.status);

    // Camille appends an entry naming Bruno as author, signed with her own key: hidden and counted.
    const rebuilt = await signEntry({ ...entryForOffer(posted, groupIri), title: 'Bruno gives away his bike' }, { ...camille.signer, webId: bruno.webId });
    const response = await camille.fetch(marketplaceLayout(groupIri).membersOnly.journal, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body: toN3Patch({ deletes: [], inserts: rebuilt }) });
    expect(response.ok).toBe(true);
    const view = await loadMarketplace([groupIri], { fetch: bruno.fetch });
    expect(view.entries.map((e) => e.title)).toContain('Genuine honey');
    expect(view.entries.map((e) => e.title)).not.toContain('Bruno gives away his bike');
    expect(view.diagnostics.badSignature + view.diagnostics.wrongAuthor).toBeGreaterThanOrEqual(1);
  });
});
