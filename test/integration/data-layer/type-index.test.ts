import { beforeAll, describe, expect, it } from 'vitest';
import {
  AccessDeniedError,
  createOffer,
  ensureContainer,
  ensureTypeIndexes,
  findInstances,
  findTypeRegistrations,
  getRdfResource,
  getTypeIndexLinks,
  offerType,
  registerClass,
  saveOffer,
  transferType,
} from '../../../apps/core/src/index.js';
import { createFreshAccount, exampleRecord, type FreshAccount } from './data-layer-fixtures.js';

const SOLID = 'http://www.w3.org/ns/solid/terms#';
const PIM = 'http://www.w3.org/ns/pim/space#';

describe('type indexes', () => {
  let gael: FreshAccount;
  let hana: FreshAccount;

  beforeAll(async () => {
    [gael, hana] = await Promise.all([createFreshAccount('ti-gael'), createFreshAccount('ti-hana')]);
  });

  it('are created where a new pod has none, linked the way other Solid apps look for them', async () => {
    const { fetch } = gael;
    const before = await getTypeIndexLinks(gael.webId, { fetch });
    expect(before.publicIndex).toBeNull();
    expect(before.preferencesFile).toBeNull();
    // Created through the account API, the profile does not even name its storage.
    expect(before.storage).toBeNull();

    // Two tabs opening the app at once must not create two sets.
    const [a, b] = await Promise.all([ensureTypeIndexes(gael.webId, { fetch }), ensureTypeIndexes(gael.webId, { fetch })]);
    expect(a).toEqual(b);
    expect(a.publicIndex).toBe(`${gael.podUrl}settings/publicTypeIndex.ttl`);

    const profile = await getRdfResource(gael.webId, {});
    const link = (p: string) => profile.quads.find((q) => q.subject.value === gael.webId && q.predicate.value === p)?.object.value;
    expect(link(`${SOLID}publicTypeIndex`)).toBe(a.publicIndex);
    expect(link(`${PIM}preferencesFile`)).toBe(a.preferencesFile);
    const prefs = await getRdfResource(a.preferencesFile, { fetch });
    expect(prefs.quads.some((q) => q.predicate.value === `${SOLID}privateTypeIndex` && q.object.value === a.privateIndex)).toBe(true);

    // Anyone may read the public index; only the owner the private one and the preferences.
    const publicIndex = await getRdfResource(a.publicIndex);
    expect(publicIndex.quads.map((q) => q.object.value)).toEqual(expect.arrayContaining([`${SOLID}TypeIndex`, `${SOLID}ListedDocument`]));
    await expect(getRdfResource(a.privateIndex)).rejects.toThrow(AccessDeniedError);
    await expect(getRdfResource(a.preferencesFile)).rejects.toThrow(AccessDeniedError);

    expect(await ensureTypeIndexes(gael.webId, { fetch })).toEqual(a);
  });

  it('register classes publicly or privately and are discovered from the WebID alone', async () => {
    const { fetch } = hana;
    const offers = await ensureContainer(`${hana.podUrl}mutua/offers/`, { fetch });
    const ledger = await ensureContainer(`${hana.podUrl}mutua/ledger/`, { fetch });
    const registration = await registerClass(hana.webId, offerType.classIri, { instanceContainer: offers }, { fetch });
    expect(registration).toMatchObject({ forClass: [offerType.classIri], instanceContainers: [offers] });
    expect(await registerClass(hana.webId, offerType.classIri, { instanceContainer: offers }, { fetch })).toEqual(registration);
    await registerClass(hana.webId, transferType.classIri, { instanceContainer: ledger }, { fetch, visibility: 'private' });

    const { url: _u, ...fields } = exampleRecord(offerType);
    const offer = await saveOffer(createOffer(offers, fields), { fetch });

    // Anyone finds the public registration; the private one only its owner.
    expect((await findTypeRegistrations(hana.webId, offerType.classIri)).containers).toEqual([offers]);
    expect((await findTypeRegistrations(hana.webId, transferType.classIri)).containers).toEqual([]);
    expect((await findTypeRegistrations(hana.webId, transferType.classIri, { fetch })).containers).toEqual([ledger]);
    const found = await findInstances(hana.webId, offerType.classIri, { fetch });
    expect(found.urls).toContain(offer.url.split('#')[0]);
    expect(found.errors).toEqual([]);
  });

  it('find registrations other apps wrote, with solid:instance and without an explicit type', async () => {
    const { fetch } = hana;
    const { publicIndex } = await ensureTypeIndexes(hana.webId, { fetch });
    const bookmarks = `${hana.podUrl}bookmarks.ttl`;
    const patch = `@prefix solid: <${SOLID}>. _:p a solid:InsertDeletePatch; solid:inserts {
      <#other-app> solid:forClass <http://www.w3.org/2002/01/bookmark#Bookmark>; solid:instance <${bookmarks}>. }.`;
    expect((await fetch(publicIndex, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body: patch })).ok).toBe(true);
    const found = await findTypeRegistrations(hana.webId, 'http://www.w3.org/2002/01/bookmark#Bookmark');
    expect(found.instances).toEqual([bookmarks]);
    expect(found.registrations[0]!.url).toBe(`${publicIndex}#other-app`);
  });
});
