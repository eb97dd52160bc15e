// The Comunica fix lives with the CLI that needs it; the benchmark re-exports it.
export { withMetadataAccumulation } from '../../apps/cli/src/query/with-metadata-accumulation.internal.js';

/** How long a client-credentials session is used before logging in again (CSS's tokens last 10 minutes). */
const RENEW_AFTER_MS = 7 * 60_000;

/**
 * A fetch that logs in again before its access token expires: the node Solid-OIDC session does
 * not renew client-credentials tokens, and setting up 1,000 members takes longer than one token.
 */
export function renewingFetch(login: () => Promise<{ fetch: typeof fetch; logout(): Promise<void> }>): { fetch: typeof fetch; close(): Promise<void> } {
  let current = login();
  let since = performance.now();
  const session = async () => {
    if (performance.now() - since > RENEW_AFTER_MS) {
      const old = current;
      since = performance.now();
      current = login();
      void old.then((s) => s.logout()).catch(() => undefined);
    }
    return current;
  };
  return {
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => (await session()).fetch(input, init)) as typeof fetch,
    close: async () => (await current).logout(),
  };
}
