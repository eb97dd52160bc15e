import { runStewards } from '../../apps/cli/src/steward/run-stewards.js';
import { groupLayout } from '../../apps/core/src/groups/group-layout.js';
import { loginWithClientCredentials, type AuthenticatedAgent } from './client-credentials.js';
import { demoEmail, demoGroups, DEMO_PASSWORD } from './demo-network.js';

/** The demo groups' stewards, running until stopped. */
export interface DemoStewards {
  stop(): Promise<void>;
}

/**
 * Runs a steward for each demo group with the group account's own credentials, as a host would
 * with `mutua steward`, so that in the demo a member who leaves loses access within seconds and
 * a passed proposal's decision is applied within seconds of closing.
 */
export async function startDemoStewards(baseUrl: string, log: (line: string) => void): Promise<DemoStewards> {
  const stop = new AbortController();
  const agents: AuthenticatedAgent[] = await Promise.all(
    demoGroups.map((group) =>
      loginWithClientCredentials({
        baseUrl,
        email: demoEmail(group.pod),
        password: DEMO_PASSWORD,
        webId: new URL(`${group.pod}/profile/card#me`, baseUrl).href,
      }),
    ),
  );
  const running = Promise.all(
    demoGroups.map((group, index) =>
      runStewards([groupLayout(new URL(`${group.pod}/`, baseUrl).href).group], {
        fetch: agents[index]!.fetch,
        webId: agents[index]!.webId,
        say: log,
        signal: stop.signal,
      }),
    ),
  );
  return {
    async stop() {
      stop.abort();
      await running;
      await Promise.allSettled(agents.map((agent) => agent.logout()));
    },
  };
}
