import { documentUrl } from '../pod/document-url.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import { getTypeIndexLinks, type TypeIndexLinks } from '../type-index/type-index-links.js';
import { typeRegistrationsIn } from '../type-index/type-registration.js';
import { memberLayout, type MemberLayout } from './member-layout.js';
import { memberRegistrations } from './member-registrations.js';
import type { OnboardingStatus } from './onboarding-status.js';
import { readProfileLeniently } from './read-profile-leniently.internal.js';
import { getSigningKey } from './signing-key.js';
import { storageOf } from './storage-of.internal.js';

/**
 * Checks whether Mutua is set up in a member's pod (any Solid server): a name, a published
 * Multikey with its private half stored, the type index registrations and an inbox.
 * Reads only; run it with the member's own fetch (the private key and index are owner-only).
 */
export async function getOnboardingStatus(webId: string, options: PodRequestOptions = {}): Promise<OnboardingStatus> {
  const [{ profile, named }, links] = await Promise.all([readProfileLeniently(webId, options), getTypeIndexLinks(webId, options)]);
  const storage = await storageOf(webId, profile, options);
  const layout = memberLayout(storage);
  const [privateKey, registered] = await Promise.all([
    getSigningKey(storage, options),
    allRegistered(links, layout, options),
  ]);
  // With a key stored, only its own public half counts: another key in the profile would not verify what Mutua signs.
  const hasPublicKey = privateKey
    ? profile.keys.some((key) => keyIri(key.id, webId) === privateKey.keyId && key.controller === webId && key.publicKeyMultibase === privateKey.publicKeyMultibase)
    : profile.keys.some((key) => key.controller === webId);
  const status = { webId, storage, hasName: named, hasPublicKey, hasPrivateKey: privateKey !== null, hasRegistrations: registered, hasInbox: profile.inbox !== undefined };
  return { ...status, needsOnboarding: !(status.hasName && hasPublicKey && status.hasPrivateKey && registered && status.hasInbox) };
}

/** Whether each registration Mutua wants is in the index of its visibility: one read per index, not per class. */
async function allRegistered(links: TypeIndexLinks, layout: MemberLayout, options: PodRequestOptions): Promise<boolean> {
  if (!links.publicIndex || !links.privateIndex) return false;
  const [publicIndex, privateIndex] = await Promise.all([getRdfResource(links.publicIndex, options), getRdfResource(links.privateIndex, options)]);
  const found = { public: typeRegistrationsIn(publicIndex.url, publicIndex.quads), private: typeRegistrationsIn(privateIndex.url, privateIndex.quads) };
  return memberRegistrations(layout).every((wanted) => found[wanted.visibility].some((r) => r.forClass.includes(wanted.forClass) && r.instanceContainers.includes(wanted.container)));
}

/** A key's IRI: the record codec gives keys in the card's own document as bare fragments. */
function keyIri(id: string, webId: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : `${documentUrl(webId)}#${id}`;
}
