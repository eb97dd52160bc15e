import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postOffer, updateOffer } from '../../../apps/core/src/marketplace/member-offers.js';
import { documentUrl } from '../../../apps/core/src/pod/document-url.js';
import { getOffer } from '../../../apps/core/src/records/types/offer.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from '../groups/test-group.js';
import { offerInit, traderWithKey, type Trader } from './market-fixture.js';

let group: TestGroup;
let bruno: Trader;
let camille: Trader;
let gael: Trader;

beforeAll(async () => {
  group = await createTestGroup('readers', 'alice');
  await joinThroughRequest(group, 'bruno');
  await joinThroughRequest(group, 'camille');
  [bruno, camille, gael] = await Promise.all([traderWithKey('bruno'), traderWithKey('camille'), traderWithKey('gael')]);
}, 120_000);

afterAll(async () => {
  await group.pod.agent.logout();
});

// Who may read the offer document itself (description, price, place, pictures) on the server.
describe('who may read an offer in its author’s pod', () => {
  it('lets the members of its groups read a members-only offer, and refuses outsiders and visitors', async () => {
    const offer = await postOffer(bruno.storage, offerInit(bruno.webId, [group.layout.group], 'Sourdough starter'), { fetch: bruno.fetch, signer: bruno.signer });
    const doc = documentUrl(offer.url);
    expect((await camille.fetch(doc)).status).toBe(200);
    expect((await group.admin.fetch(doc)).status).toBe(200);
    expect((await gael.fetch(doc)).status).toBe(403);
    expect((await fetch(doc)).status).toBe(401);
    expect((await camille.fetch(doc, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: '<#it> <https://schema.org/name> "mine now".' })).status).toBe(403);
    expect((await getOffer(offer.url, { fetch: camille.fetch })).title).toBe('Sourdough starter');
  });

  it('opens an offer to everyone when it becomes public, and closes it again when it goes back to members only', async () => {
    const offer = await postOffer(bruno.storage, offerInit(bruno.webId, [group.layout.group], 'Ladder to lend'), { fetch: bruno.fetch, signer: bruno.signer });
    const doc = documentUrl(offer.url);
    expect((await fetch(doc)).status).toBe(401);
    const opened = await updateOffer(await getOffer(offer.url, { fetch: bruno.fetch }), { visibility: 'public' }, { fetch: bruno.fetch, signer: bruno.signer });
    expect((await fetch(doc)).status).toBe(200);
    await updateOffer(await getOffer(opened.url, { fetch: bruno.fetch }), { visibility: 'membersOnly' }, { fetch: bruno.fetch, signer: bruno.signer });
    expect((await fetch(doc)).status).toBe(401);
    expect((await camille.fetch(doc)).status).toBe(200);
  });
});
