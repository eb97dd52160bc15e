import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  getGroup,
  getProfile,
  getRdfResource,
  groupType,
  saveGroup,
  saveProfile,
  type Profile,
} from '../../../apps/core/src/index.js';
import { getAuthenticatedFetch, getPodServer } from '../../support/pod.js';
import { createFreshAccount, exampleRecord, freshContainer } from './data-layer-fixtures.js';

const N3_PATCH = (inserts: string) => `@prefix solid: <http://www.w3.org/ns/solid/terms#>.
_:p a solid:InsertDeletePatch; solid:inserts { ${inserts} }.`;

function hasTriple(turtle: string, base: string, s: string, p: string, o: string): boolean {
  return new Parser({ baseIRI: base }).parse(turtle).some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
}

describe('profiles', () => {
  it('are saved field by field, keeping what the pod server and other apps wrote', async () => {
    const member = await createFreshAccount('profile');
    const { fetch } = member;
    const card = member.webId.split('#')[0]!;
    // Another Solid app writes its own triples into the card.
    const foreign = `<${member.webId}> <http://xmlns.com/foaf/0.1/nick> "kof" ; <https://other-app.example/ns#theme> "dark" .`;
    const patched = await fetch(card, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body: N3_PATCH(foreign) });
    expect(patched.ok).toBe(true);

    // First Mutua write: no ETag yet, so Mutua's fields are set to exactly these values.
    const first: Profile = {
      url: member.webId,
      name: 'Kofi Mensah',
      note: 'Maraîcher bio en AMAP — légumes en grains.',
      skills: ['compost', 'maraîchage'],
      location: { name: 'Vaulx-en-Velin', country: 'FR' },
      storage: [member.podUrl],
      keys: [],
      memberOf: [],
    };
    await saveProfile(first, { fetch });
    const read = await getProfile(member.webId, { fetch });
    expect(read).toMatchObject({ name: 'Kofi Mensah', skills: ['compost', 'maraîchage'], location: { name: 'Vaulx-en-Velin', country: 'FR' } });

    const updated = await saveProfile({ ...read, name: 'Kofi A. Mensah', skills: [...read.skills, 'semences'] }, { fetch });
    expect(await getProfile(member.webId, { fetch })).toEqual(updated);

    const turtle = await (await fetch(card, { headers: { accept: 'text/turtle' } })).text();
    expect(hasTriple(turtle, card, member.webId, 'http://xmlns.com/foaf/0.1/nick', 'kof')).toBe(true);
    expect(hasTriple(turtle, card, member.webId, 'https://other-app.example/ns#theme', 'dark')).toBe(true);
    expect(hasTriple(turtle, card, member.webId, 'http://www.w3.org/ns/solid/terms#oidcIssuer', getPodServer().baseUrl)).toBe(true);
    expect(hasTriple(turtle, card, card, 'http://xmlns.com/foaf/0.1/primaryTopic', member.webId)).toBe(true);
    expect(hasTriple(turtle, card, member.webId, 'http://xmlns.com/foaf/0.1/name', 'Kofi Mensah')).toBe(false);

    // A save based on the older read loses against the newer one, and changes nothing.
    await expect(saveProfile({ ...read, note: 'stale tab' }, { fetch })).rejects.toThrow(ConflictError);
    expect((await getRdfResource(card, { fetch })).etag).toBe(updated.etag);
  });
});

describe('group cards', () => {
  it('hold the group next to the hosting account’s own triples, which a save keeps', async () => {
    const fetch = await getAuthenticatedFetch('alice');
    const cardUrl = `${freshContainer('alice', 'group-card')}card`;
    // A card as CSS makes it for a group pod, before Mutua adds the group.
    const put = await fetch(cardUrl, {
      method: 'PUT',
      headers: { 'content-type': 'text/turtle' },
      body: '<> a <http://xmlns.com/foaf/0.1/PersonalProfileDocument>; <http://xmlns.com/foaf/0.1/primaryTopic> <#me>. <#me> a <http://xmlns.com/foaf/0.1/Person>.',
    });
    expect(put.ok).toBe(true);
    const { url: _u, ...group } = exampleRecord(groupType);
    const saved = await saveGroup({ ...group, url: `${cardUrl}#group` }, { fetch });
    const read = await getGroup(`${cardUrl}#group`, { fetch });
    expect(read).toEqual(saved);
    await saveGroup({ ...read, name: 'Brixton LETS (renamed)', location: undefined }, { fetch });
    const after = await getRdfResource(cardUrl, { fetch });
    const types = after.quads.filter((q) => q.subject.value === `${cardUrl}#me`).map((q) => q.object.value);
    expect(types).toEqual(['http://xmlns.com/foaf/0.1/Person']);
    expect(after.quads.some((q) => q.subject.value === `${cardUrl}#place`)).toBe(false);
    expect((await getGroup(`${cardUrl}#group`, { fetch })).name).toBe('Brixton LETS (renamed)');
  });
});
