import { ensureMemberInbox } from '../membership/ensure-member-inbox.js';
import { ensureContainer } from '../pod/create-container.js';
import { documentUrl } from '../pod/document-url.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { Profile } from '../records/types/profile.js';
import { getOnboardingStatus } from './get-onboarding-status.js';
import type { MemberDetails } from './member-details.js';
import { memberLayout } from './member-layout.js';
import { memberRegistrations } from './member-registrations.js';
import { registerAll } from './register-all.internal.js';
import type { OnboardingStatus } from './onboarding-status.js';
import { saveMemberDetails } from './save-member-details.js';
import { createSigningKey, getSigningKey, type NewSigningKey } from './signing-key.js';

/** Options for onboarding: a photo to store first, if the member chose one. */
export interface OnboardOptions extends PodRequestOptions {
  /** Reports each step as it starts, for a progress indicator. */
  readonly onStep?: (step: OnboardingStep) => void;
  /** The status the caller has just read with `getOnboardingStatus`, so it is not read twice. */
  readonly status?: OnboardingStatus;
}

/** The steps of onboarding, in order. */
export type OnboardingStep = 'containers' | 'registrations' | 'inbox' | 'key' | 'profile';

/** What onboarding did: the saved profile and the status afterwards. */
export interface Onboarded {
  readonly profile: Profile;
  readonly status: OnboardingStatus;
}

/**
 * Sets Mutua up in a member's pod on any Solid server, doing only what is missing, so running
 * it twice is harmless: the containers under `<storage>mutua/`, Type Index registrations (the
 * indexes are created if the pod has none), an inbox, an Ed25519 key pair (private half in an
 * owner-only resource, public half as a Multikey in the profile), and the member's details.
 * Other apps' profile triples are kept; run with the member's own fetch.
 */
export async function onboardMember(webId: string, details: MemberDetails, options: OnboardOptions = {}): Promise<Onboarded> {
  const before = options.status ?? (await getOnboardingStatus(webId, options));
  const layout = memberLayout(before.storage);
  // The key touches only its own folder, so it is made while the rest (which edits the profile) runs.
  const keyMade = keyToPublish(before, webId, options);
  keyMade.catch(() => {}); // awaited below; this only keeps an early failure from being reported as unhandled
  options.onStep?.('containers');
  await ensureContainer(layout.root, options);
  await Promise.all([layout.offers, layout.ledger, layout.votes].map((container) => ensureContainer(container, options)));
  options.onStep?.('registrations');
  if (!before.hasRegistrations) await registerAll(webId, memberRegistrations(layout), options);
  options.onStep?.('inbox');
  if (!before.hasInbox) await ensureMemberInbox(webId, options);
  options.onStep?.('key');
  const key = await keyMade;
  options.onStep?.('profile');
  const profile = await saveMemberDetails(webId, details, { ...options, amend: (p) => (key ? withKey(p, webId, key) : p) });
  return { profile, status: await getOnboardingStatus(webId, options) };
}

/** A new key when none is stored; the stored one when an interrupted onboarding never published it; else null. */
async function keyToPublish(before: OnboardingStatus, webId: string, options: PodRequestOptions): Promise<NewSigningKey | null> {
  if (!before.hasPrivateKey) return createSigningKey(before.storage, webId, `${documentUrl(webId)}#key-${Date.now().toString(36)}`, options);
  if (before.hasPublicKey) return null;
  const stored = await getSigningKey(before.storage, options);
  return stored && { keyId: stored.keyId, publicKeyMultibase: stored.publicKeyMultibase };
}

function withKey(profile: Profile, webId: string, key: NewSigningKey): Profile {
  // Other keys stay listed: signatures made with them must keep verifying.
  const others = profile.keys.filter((k) => k.id !== key.keyId && `${documentUrl(webId)}#${k.id}` !== key.keyId);
  return { ...profile, keys: [...others, { id: key.keyId, controller: webId, publicKeyMultibase: key.publicKeyMultibase }] };
}
