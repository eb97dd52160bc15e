import { DataFactory, Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMemberDetails } from '../../../apps/core/src/onboarding/get-member-details.js';
import { getOnboardingStatus } from '../../../apps/core/src/onboarding/get-onboarding-status.js';
import { memberLayout } from '../../../apps/core/src/onboarding/member-layout.js';
import { memberRegistrations } from '../../../apps/core/src/onboarding/member-registrations.js';
import { onboardMember, type OnboardingStep } from '../../../apps/core/src/onboarding/onboard-member.js';
import { saveMemberDetails } from '../../../apps/core/src/onboarding/save-member-details.js';
import { createSigningKey, getSigningKey } from '../../../apps/core/src/onboarding/signing-key.js';
import { uploadProfilePhoto } from '../../../apps/core/src/onboarding/upload-profile-photo.js';
import { findAssertionKey } from '../../../apps/core/src/signing/find-assertion-key.js';
import { signRecord } from '../../../apps/core/src/signing/sign-record.js';
import { verifyRecord } from '../../../apps/core/src/signing/verify-record.js';
import { findTypeRegistrations } from '../../../apps/core/src/type-index/find-type-registrations.js';
import { getPodServer } from '../../support/pod.js';
import { createTestAccount, type TestAccount } from './create-test-account.js';

const { namedNode, literal, quad } = DataFactory;
const SEC = 'https://w3id.org/security#';
const LDP_INBOX = 'http://www.w3.org/ns/ldp#inbox';

let member: TestAccount;
let stranger: TestAccount;

async function profileQuads(webId: string): Promise<Quad[]> {
  const response = await fetch(webId, { headers: { accept: 'text/turtle' } });
  expect(response.status).toBe(200);
  return new Parser({ baseIRI: webId }).parse(await response.text());
}

const objectsOf = (quads: readonly Quad[], subject: string, predicate: string): string[] =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);

beforeAll(async () => {
  member = await createTestAccount(getPodServer().baseUrl, 'onboard');
  stranger = await createTestAccount(getPodServer().baseUrl, 'stranger');
  // Another Solid app wrote these before Mutua ever ran.
  const patch = `@prefix solid: <http://www.w3.org/ns/solid/terms#>.
_:p a solid:InsertDeletePatch; solid:inserts { <${member.webId}> <http://xmlns.com/foaf/0.1/nick> "zaz"; <http://www.w3.org/2006/vcard/ns#role> "Treasurer"; <https://schema.org/knowsAbout> "tricot"@fr. }.`;
  const written = await member.agent.fetch(member.webId.split('#')[0]!, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body: patch });
  expect(written.ok).toBe(true);
});

afterAll(async () => {
  await Promise.all([member.agent.logout(), stranger.agent.logout()]);
});

describe('onboardMember on a fresh pod', () => {
  it('reports that a fresh pod needs onboarding', async () => {
    const status = await getOnboardingStatus(member.webId, { fetch: member.agent.fetch });
    expect(status).toMatchObject({ webId: member.webId, storage: member.podUrl, hasName: false, hasPublicKey: false, hasPrivateKey: false, hasRegistrations: false, hasInbox: false, needsOnboarding: true });
    // A language-tagged skill another app wrote is read as plain text, not refused.
    expect(await getMemberDetails(member.webId, { fetch: member.agent.fetch })).toEqual({ name: '', skills: ['tricot'] });
  });

  it('creates the containers, registrations, inbox and key pair, and saves the details', async () => {
    const steps: OnboardingStep[] = [];
    const started = performance.now();
    const { profile, status } = await onboardMember(
      member.webId,
      { name: 'Zazie Onboard', note: 'Je répare des vélos.', skills: ['vélo', ' vélo ', 'cuisine'], location: { name: 'Lyon' } },
      { fetch: member.agent.fetch, onStep: (step) => steps.push(step) },
    );
    console.log(`onboarding a fresh pod took ${Math.round(performance.now() - started)} ms`);
    expect(steps).toEqual(['containers', 'registrations', 'inbox', 'key', 'profile']);
    expect(status.needsOnboarding).toBe(false);
    expect(profile).toMatchObject({ name: 'Zazie Onboard', note: 'Je répare des vélos.', skills: ['vélo', 'cuisine'] });
    expect(profile.keys).toHaveLength(1);

    const layout = memberLayout(member.podUrl);
    for (const container of [layout.root, layout.offers, layout.ledger, layout.votes]) {
      expect((await member.agent.fetch(container, { method: 'HEAD' })).status, container).toBe(200);
    }
    for (const registration of memberRegistrations(layout)) {
      const found = await findTypeRegistrations(member.webId, registration.forClass, { fetch: member.agent.fetch });
      expect(found.containers, registration.forClass).toEqual([registration.container]);
    }
  });

  it('advertises an inbox where others may append and only the owner may read', async () => {
    const quads = await profileQuads(member.webId);
    const [inbox] = objectsOf(quads, member.webId, LDP_INBOX);
    expect(inbox).toBe(`${member.podUrl}inbox/`);
    const dropped = await stranger.agent.fetch(`${inbox}hello`, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: '<#it> a <https://www.w3.org/ns/activitystreams#Note>.' });
    expect(dropped.status).toBe(201);
    expect((await stranger.agent.fetch(`${inbox}hello`)).status).toBe(403);
    expect((await stranger.agent.fetch(inbox!)).status).toBe(403);
    expect((await fetch(inbox!)).status).toBe(401);
    expect((await member.agent.fetch(`${inbox}hello`)).status).toBe(200);
  });

  it('keeps the private key readable by the owner only, even through container listings', async () => {
    const layout = memberLayout(member.podUrl);
    expect((await member.agent.fetch(layout.privateKey)).status).toBe(200);
    expect((await stranger.agent.fetch(layout.privateKey)).status).toBe(403);
    expect((await fetch(layout.privateKey)).status).toBe(401);
    expect((await stranger.agent.fetch(layout.keys)).status).toBe(403);
    expect((await fetch(layout.keys)).status).toBe(401);
    expect((await stranger.agent.fetch(`${layout.keys}.acl`)).status).toBe(403);
    expect((await stranger.agent.fetch(layout.privateKey, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
    // The pod root listing is public on CSS; it may name the mutua/ folder but never a key.
    const rootListing = await (await fetch(member.podUrl, { headers: { accept: 'text/turtle' } })).text();
    expect(rootListing).not.toContain('signing-key');
  });

  it('publishes the public key as a Multikey that verifies what the stored private key signs', async () => {
    const quads = await profileQuads(member.webId);
    const [keyId] = objectsOf(quads, member.webId, `${SEC}assertionMethod`);
    expect(keyId).toMatch(new RegExp(`^${member.webId.split('#')[0]}#key-`));
    expect(objectsOf(quads, keyId!, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type')).toContain(`${SEC}Multikey`);
    expect(objectsOf(quads, keyId!, `${SEC}publicKeyMultibase`)[0]).toMatch(/^z6Mk/);

    const stored = await getSigningKey(member.podUrl, { fetch: member.agent.fetch });
    expect(stored?.keyId).toBe(keyId);
    const record = `${member.podUrl}mutua/offers/signed#it`;
    const unsigned = [quad(namedNode(record), namedNode('https://schema.org/name'), literal('Bike repair'))] as Quad[];
    const signed = [...unsigned, ...(await signRecord(unsigned, { privateKey: stored!.privateKey, verificationMethod: stored!.keyId }))];
    const resolveKey = (method: string) => findAssertionKey(quads, method);
    const verification = await verifyRecord(signed, { resolveKey });
    expect(verification, JSON.stringify(verification)).toMatchObject({ verified: true, verificationMethod: keyId });
    expect(verification.proofs[0]?.controller).toBe(member.webId);
    const tampered = signed.map((q) => (q.object.value === 'Bike repair' ? (quad(q.subject, q.predicate, literal('Car repair')) as Quad) : q));
    expect((await verifyRecord(tampered, { resolveKey })).verified).toBe(false);
  });

  it('is harmless the second time: one key, one registration per class, one inbox, no duplicate triples', async () => {
    const before = await profileQuads(member.webId);
    const storedBefore = await getSigningKey(member.podUrl, { fetch: member.agent.fetch });
    const { status } = await onboardMember(member.webId, { name: 'Zazie Onboard', note: 'Je répare des vélos.', skills: ['vélo', 'cuisine'], location: { name: 'Lyon' } }, { fetch: member.agent.fetch });
    expect(status.needsOnboarding).toBe(false);
    const after = await profileQuads(member.webId);
    expect(objectsOf(after, member.webId, `${SEC}assertionMethod`)).toHaveLength(1);
    expect(objectsOf(after, member.webId, LDP_INBOX)).toHaveLength(1);
    expect((await getSigningKey(member.podUrl, { fetch: member.agent.fetch }))?.keyId).toBe(storedBefore?.keyId);
    expect(after.length).toBe(before.length);
    const layout = memberLayout(member.podUrl);
    for (const registration of memberRegistrations(layout)) {
      const found = await findTypeRegistrations(member.webId, registration.forClass, { fetch: member.agent.fetch });
      expect(found.containers, registration.forClass).toEqual([registration.container]);
    }
  });

  it('keeps the profile triples another app wrote', async () => {
    const quads = await profileQuads(member.webId);
    expect(objectsOf(quads, member.webId, 'http://xmlns.com/foaf/0.1/nick')).toEqual(['zaz']);
    expect(objectsOf(quads, member.webId, 'http://www.w3.org/2006/vcard/ns#role')).toEqual(['Treasurer']);
  });
});

describe('profile editing after onboarding', () => {
  it('uploads a photo readable by anyone and saves it with changed details, keeping keys and other apps’ triples', async () => {
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
    const photo = await uploadProfilePhoto(member.podUrl, new Blob([png], { type: 'image/png' }), { fetch: member.agent.fetch, ownerWebId: member.webId });
    expect(photo.startsWith(memberLayout(member.podUrl).photos)).toBe(true);
    const served = await fetch(photo);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    expect((await stranger.agent.fetch(photo, { method: 'DELETE' })).status).toBe(403);

    const keysBefore = objectsOf(await profileQuads(member.webId), member.webId, `${SEC}assertionMethod`);
    // A precise position is rounded to about 1 km before the public profile is written.
    await saveMemberDetails(member.webId, { name: 'Zazie Édith', skills: ['couture'], photo, location: { name: 'Villeurbanne', country: 'FR', latitude: '45.771944', longitude: '4.880278' } }, { fetch: member.agent.fetch });
    const details = await getMemberDetails(member.webId, { fetch: stranger.agent.fetch });
    expect(details).toEqual({ name: 'Zazie Édith', skills: ['couture'], photo, location: { name: 'Villeurbanne', country: 'FR', latitude: '45.77', longitude: '4.88' } });
    const quads = await profileQuads(member.webId);
    expect(objectsOf(quads, member.webId, `${SEC}assertionMethod`)).toEqual(keysBefore);
    expect(objectsOf(quads, member.webId, 'http://xmlns.com/foaf/0.1/nick')).toEqual(['zaz']);
    expect(objectsOf(quads, member.webId, LDP_INBOX)).toHaveLength(1);
    expect((await getOnboardingStatus(member.webId, { fetch: member.agent.fetch })).needsOnboarding).toBe(false);
  });

  it('refuses a photo that is not an image or too large, and a profile without a name', async () => {
    await expect(uploadProfilePhoto(member.podUrl, new Blob(['<svg/>'], { type: 'image/svg+xml' }), { fetch: member.agent.fetch, ownerWebId: member.webId })).rejects.toThrow(/JPEG, WebP or PNG/);
    await expect(uploadProfilePhoto(member.podUrl, new Blob([new Uint8Array(2 * 1024 * 1024)], { type: 'image/jpeg' }), { fetch: member.agent.fetch, ownerWebId: member.webId })).rejects.toThrow(RangeError);
    await expect(saveMemberDetails(member.webId, { name: '  ', skills: [] }, { fetch: member.agent.fetch })).rejects.toThrow();
    expect((await getMemberDetails(member.webId)).name).toBe('Zazie Édith');
  });

  it('lets nobody else change the profile', async () => {
    await expect(saveMemberDetails(member.webId, { name: 'Mallory', skills: [] }, { fetch: stranger.agent.fetch })).rejects.toThrow();
    expect((await getMemberDetails(member.webId)).name).toBe('Zazie Édith');
  });
});

describe('onboardMember after an interrupted onboarding', () => {
  it('publishes the key that was stored but never published, instead of making a second one', async () => {
    const interrupted = await createTestAccount(getPodServer().baseUrl, 'interrupted');
    try {
      const options = { fetch: interrupted.agent.fetch };
      const keyId = `${interrupted.webId.split('#')[0]}#key-early`;
      const created = await createSigningKey(interrupted.podUrl, interrupted.webId, keyId, options);
      expect(await getOnboardingStatus(interrupted.webId, options)).toMatchObject({ hasPrivateKey: true, hasPublicKey: false, needsOnboarding: true });
      const { profile, status } = await onboardMember(interrupted.webId, { name: 'Interrupted', skills: [] }, options);
      expect(status.needsOnboarding).toBe(false);
      expect(profile.keys.map((k) => [k.id.replace(/^.*#/, ''), k.publicKeyMultibase])).toEqual([['key-early', created.publicKeyMultibase]]);
      await expect(createSigningKey(interrupted.podUrl, interrupted.webId, `${keyId}-2`, options)).rejects.toThrow();
      expect((await getSigningKey(interrupted.podUrl, options))?.keyId).toBe(keyId);
    } finally {
      await interrupted.agent.logout();
    }
  });
});
