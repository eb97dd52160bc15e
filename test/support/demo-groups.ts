import { getMemberDetails } from '../../apps/core/src/onboarding/get-member-details.js';
import { getOnboardingStatus } from '../../apps/core/src/onboarding/get-onboarding-status.js';
import { onboardMember } from '../../apps/core/src/onboarding/onboard-member.js';
import { createSeedContext } from '../../pod-server/src/index.js';
import { seedGroups } from '../../pod-server/src/seed-groups.js';
import { getAuthenticatedFetch, getPodServer } from './pod.js';

/** IRI of a demo group on the test server (`sel-val-de-saone`, `banco-tiempo-lavapies`). */
export function demoGroupUrl(pod: string): string {
  return new URL(`${pod}/profile/card#group`, getPodServer().baseUrl).href;
}

/**
 * Makes sure the demo groups exist, running the (idempotent) groups seed step when the server's
 * seed does not include it yet.
 */
export async function ensureDemoGroups(): Promise<void> {
  const response = await fetch(demoGroupUrl('sel-val-de-saone').split('#')[0]!, { headers: { accept: 'application/n-triples' } });
  if (response.ok && (await response.text()).includes('<https://w3id.org/mutua/ns#Group>')) return;
  const context = createSeedContext(getPodServer().baseUrl, () => undefined);
  try {
    await seedGroups(context);
  } finally {
    await context.close();
  }
}

/** Runs onboarding for a seeded member through the core (keys, registrations, inbox), keeping their profile details. */
export async function ensureOnboarded(pod: string, webId: string): Promise<void> {
  const fetch = await getAuthenticatedFetch(pod);
  if (!(await getOnboardingStatus(webId, { fetch })).needsOnboarding) return;
  await onboardMember(webId, await getMemberDetails(webId, { fetch }), { fetch });
}
