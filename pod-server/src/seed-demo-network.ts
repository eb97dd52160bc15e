import { loginWithClientCredentials, type AuthenticatedAgent } from './client-credentials.js';
import { DEMO_PASSWORD, demoEmail, demoGroups, demoMembers } from './demo-network.js';
import { seedGroups } from './seed-groups.js';
import { seedNews } from './seed-news.js';
import { seedOffers } from './seed-offers.js';
import { seedOnboarding } from './seed-onboarding.js';
import { seedProfiles } from './seed-profiles.js';
import { seedProposals } from './seed-proposals.js';
import { seedTransfers } from './seed-transfers.js';

/** Everything a seed step needs: the server, a logged-in agent per demo pod, and a logger. */
export interface SeedContext {
  baseUrl: string;
  agent(pod: string): Promise<AuthenticatedAgent>;
  log(message: string): void;
  /** Logs every agent out; sessions keep refresh timers that would hold the process open. */
  close(): Promise<void>;
}

/** One idempotent part of the demo seed: running it twice changes nothing the first run wrote. */
export interface SeedStep {
  name: string;
  run(context: SeedContext): Promise<void>;
}

/** The steps, in order: each feature adds its own, after the members and groups it stands on. */
export const seedSteps: readonly SeedStep[] = [
  { name: 'profiles', run: seedProfiles },
  // Every demo member gets a key pair, containers, registrations and an inbox before anything else.
  { name: 'onboarding', run: seedOnboarding },
  { name: 'groups', run: seedGroups },
  { name: 'offers', run: seedOffers },
  { name: 'proposals', run: seedProposals },
  { name: 'transfers', run: seedTransfers },
  { name: 'news', run: seedNews },
];

/** Web ID of a demo pod on a server. */
export function demoWebId(baseUrl: string, pod: string): string {
  return new URL(`${pod}/profile/card#me`, baseUrl).href;
}

/** Creates a seed context whose agents log in once per pod through client credentials. */
export function createSeedContext(baseUrl: string, log: (message: string) => void): SeedContext {
  const agents = new Map<string, Promise<AuthenticatedAgent>>();
  return {
    baseUrl,
    log,
    agent(pod) {
      let agent = agents.get(pod);
      if (!agent) {
        agent = loginWithClientCredentials({ baseUrl, email: demoEmail(pod), password: DEMO_PASSWORD, webId: demoWebId(baseUrl, pod) });
        agents.set(pod, agent);
      }
      return agent;
    },
    async close() {
      const settled = await Promise.allSettled(agents.values());
      await Promise.allSettled(settled.map((s) => (s.status === 'fulfilled' ? s.value.logout() : undefined)));
      agents.clear();
    },
  };
}

/** Runs every seed step against a running server; each step skips what is already there. */
export async function seedDemoNetwork(baseUrl: string, log: (message: string) => void = () => {}): Promise<void> {
  const context = createSeedContext(baseUrl, log);
  try {
    for (const step of seedSteps) {
      const started = performance.now();
      await step.run(context);
      log(`seed: ${step.name} done in ${Math.round(performance.now() - started)} ms`);
    }
  } finally {
    await context.close();
  }
  log(`seed: ${demoMembers.length} members, ${demoGroups.length} groups ready`);
}
