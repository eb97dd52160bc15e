import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { findTypeRegistrations } from '../type-index/find-type-registrations.js';
import { getTypeIndexLinks } from '../type-index/type-index-links.js';
import { memberLayout } from './member-layout.js';
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
  const { profile, named } = await readProfileLeniently(webId, options);
  const storage = await storageOf(webId, profile, options);
  const layout = memberLayout(storage);
  const links = await getTypeIndexLinks(webId, options);
  const [privateKey, registered] = await Promise.all([
    getSigningKey(storage, options),
    links.publicIndex && links.privateIndex ? allRegistered(webId, layout, options) : Promise.resolve(false),
  ]);
  const hasPublicKey = profile.keys.some((key) => key.controller === webId);
  const status = { webId, storage, hasName: named, hasPublicKey, hasPrivateKey: privateKey !== null, hasRegistrations: registered, hasInbox: profile.inbox !== undefined };
  return { ...status, needsOnboarding: !(status.hasName && hasPublicKey && status.hasPrivateKey && registered && status.hasInbox) };
}

async function allRegistered(webId: string, layout: ReturnType<typeof memberLayout>, options: PodRequestOptions): Promise<boolean> {
  const wanted = memberRegistrations(layout);
  const found = await Promise.all(wanted.map((r) => findTypeRegistrations(webId, r.forClass, options)));
  return wanted.every((r, i) => found[i]!.containers.includes(r.container));
}
