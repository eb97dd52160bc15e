import { QueryEngine as SparqlEngine } from '@comunica/query-sparql';
import type { QueryEngine as TraversalEngine } from '@comunica/query-sparql-link-traversal-solid';

interface EngineActor {
  readonly name: string;
  mediatorResolveQuadPattern?: { bus: { actors: EngineActor[] } };
  mediatorMetadataAccumulate?: { bus?: unknown };
}

/** The hypermedia quad-pattern actor inside a Comunica 2 engine build. */
function hypermediaActor(engine: object): EngineActor {
  const init = (engine as { actorInitQuery?: { mediatorQueryOperation?: { bus: { actors: EngineActor[] } } } }).actorInitQuery;
  const quadPattern = init?.mediatorQueryOperation?.bus.actors.find((actor) => actor.name.endsWith('/actors#quadpattern'));
  const hypermedia = quadPattern?.mediatorResolveQuadPattern?.bus.actors.find((actor) => actor.name.endsWith('/actors#hypermedia'));
  if (!hypermedia) throw new Error('No rdf-resolve-quad-pattern hypermedia actor found in the Comunica engine: its build changed, revisit withMetadataAccumulation');
  return hypermedia;
}

/**
 * Gives the 0.1.1 traversal engine the metadata-accumulate mediator its build lacks; without it
 * traversal stops after WebID → type index → container and never follows ldp:contains
 * (the reason and the fix are in test/integration/data-layer/comunica-interop.test.ts).
 */
export function withMetadataAccumulation(engine: TraversalEngine): TraversalEngine {
  const actor = hypermediaActor(engine);
  if (actor.mediatorMetadataAccumulate?.bus === undefined) actor.mediatorMetadataAccumulate = hypermediaActor(new SparqlEngine()).mediatorMetadataAccumulate;
  return engine;
}

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
