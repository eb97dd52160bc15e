import { ensureMemberInbox } from '../membership/ensure-member-inbox.js';
import { ensureContainer } from '../pod/create-container.js';
import { documentUrl } from '../pod/document-url.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { Profile } from '../records/types/profile.js';
import { registerClass } from '../type-index/register-class.js';
import { getOnboardingStatus } from './get-onboarding-status.js';
import type { MemberDetails } from './member-details.js';
import { memberLayout } from './member-layout.js';
import { memberRegistrations } from './member-registrations.js';
import type { OnboardingStatus } from './onboarding-status.js';
import { saveMemberDetails } from './save-member-details.js';
import { createSigningKey, type NewSigningKey } from './signing-key.js';

/** Options for onboarding: a photo to store first, if the member chose one. */
export interface OnboardOptions extends PodRequestOptions {
  /** Reports each step as it starts, for a progress indicator. */
  readonly onStep?: (step: OnboardingStep) => void;
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
  const before = await getOnboardingStatus(webId, options);
  const layout = memberLayout(before.storage);
  options.onStep?.('containers');
  for (const container of [layout.root, layout.offers, layout.ledger, layout.votes]) await ensureContainer(container, options);
  options.onStep?.('registrations');
  for (const r of memberRegistrations(layout)) await registerClass(webId, r.forClass, { instanceContainer: r.container }, { ...options, visibility: r.visibility });
  options.onStep?.('inbox');
  if (!before.hasInbox) await ensureMemberInbox(webId, options);
  options.onStep?.('key');
  const key = before.hasPrivateKey ? null : await createSigningKey(before.storage, webId, `${documentUrl(webId)}#key-${Date.now().toString(36)}`, options);
  options.onStep?.('profile');
  const profile = await saveMemberDetails(webId, details, { ...options, amend: (p) => (key ? withKey(p, webId, key) : p) });
  return { profile, status: await getOnboardingStatus(webId, options) };
}

function withKey(profile: Profile, webId: string, key: NewSigningKey): Profile {
  // Old keys stay listed: signatures made with them must keep verifying.
  return { ...profile, keys: [...profile.keys, { id: key.keyId, controller: webId, publicKeyMultibase: key.publicKeyMultibase }] };
}
