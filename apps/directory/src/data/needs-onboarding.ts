import { getOnboardingStatus } from '../core-api.internal.js';

/** Whether the shell should show onboarding for this member: anything of Mutua's set-up missing in their pod. */
export async function needsOnboarding(webId: string, options: { fetch: typeof globalThis.fetch; signal?: AbortSignal }): Promise<boolean> {
  return (await getOnboardingStatus(webId, options)).needsOnboarding;
}
