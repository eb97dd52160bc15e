// Imports the core by path until its index exports the onboarding surface; then switch to '@mutua/core'.
import { getMemberDetails } from '../../apps/core/src/onboarding/get-member-details.js';
import { getOnboardingStatus } from '../../apps/core/src/onboarding/get-onboarding-status.js';
import { onboardMember } from '../../apps/core/src/onboarding/onboard-member.js';
import { demoMembers, type DemoMember } from './demo-network.js';
import { forEachLimited } from './for-each-limited.js';
import { demoWebId, type SeedContext } from './seed-demo-network.js';
import { retryResets } from './retry-resets.js';

// Each onboarding is a chain of dependent requests; a few members at once keep both cores busy.
const CONCURRENCY = 6;

async function onboardDemoMember(member: DemoMember, context: SeedContext): Promise<boolean> {
  const fetch = retryResets((await context.agent(member.pod)).fetch);
  const webId = demoWebId(context.baseUrl, member.pod);
  const status = await getOnboardingStatus(webId, { fetch });
  if (!status.needsOnboarding) return false;
  // What the profiles step (or the member, since) wrote is kept; the demo data only fills a gap.
  const details = await getMemberDetails(webId, { fetch });
  await onboardMember(webId, details.name ? details : { ...details, name: member.name }, { fetch, status });
  return true;
}

/**
 * Seed step: runs Mutua's real onboarding for every demo member, so each has the Mutua
 * containers, Type Index registrations, an inbox and an Ed25519 key pair (public half in the
 * profile). Members already onboarded are skipped; later steps may rely on every key.
 */
export async function seedOnboarding(context: SeedContext): Promise<void> {
  let onboarded = 0;
  await forEachLimited(demoMembers, CONCURRENCY, async (member) => {
    if (await onboardDemoMember(member, context)) onboarded += 1;
  });
  if (onboarded > 0) context.log(`seed: onboarded ${onboarded} members`);
}
