import { QueryEngine as SparqlEngine } from '@comunica/query-sparql';
import { QueryEngine as TraversalEngine } from '@comunica/query-sparql-link-traversal-solid';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createOffer,
  ensureContainer,
  grantPublicRead,
  offerType,
  registerClass,
  saveOffer,
} from '../../../apps/core/src/index.js';
import { getPodServer } from '../../support/pod.js';
import { createFreshAccount, exampleRecord, type FreshAccount } from './data-layer-fixtures.js';

// Only terms the Mutua vocabulary publishes (ValueFlows terms it reuses, and its own).
const OFFERS_QUERY = `
PREFIX vf: <https://w3id.org/valueflows/ont/vf#>
PREFIX mutua: <https://w3id.org/mutua/ns#>
SELECT ?offer ?title ?amount WHERE {
  ?offer a vf:Proposal ;
         vf:purpose vf:offer ;
         vf:name ?title ;
         mutua:priceHint ?price .
  ?price mutua:amount ?amount .
}`;

/**
 * Anonymous fetch that records what the engine asked for. The Type Index actor's rdfs:domain
 * look-ups of the query's predicates do not come through here: that actor runs them in a
 * nested engine with a fresh context, so they use the global fetch (offline here they fail in
 * under a second and are ignored). Anything else off the pod server is answered 404 at once.
 */
function recordingFetch(podServer: string, requested: string[], answers: string[]): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    requested.push(url);
    if (!url.startsWith(podServer)) return new Response('offline test machine', { status: 404 });
    const response = await fetch(input, init);
    answers.push(`${response.status} ${response.headers.get('content-type')} ${url}`);
    return response;
  }) as typeof fetch;
}

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
 * Gives the traversal engine the metadata-accumulate mediator its build lacks.
 *
 * Why: @comunica/query-sparql-link-traversal-solid 0.1.1 ships an engine-default.js compiled
 * before Comunica 2 had the rdf-metadata-accumulate bus, but it runs on the installed
 * @comunica/actor-rdf-resolve-quad-pattern-hypermedia 2.10, whose backwards-compatible fallback
 * accumulator merges the whole previous metadata object, `traverse` links included, over each
 * new document's. From the second document on, every document then "links" to what the seed
 * linked to (all already visited), so traversal stops after WebID -> type index -> container
 * and the container's ldp:contains links are dropped: no bindings, no error, lenient or not.
 * The fix borrows the mediator that Comunica 2.10's own SPARQL engine is built with. 0.2.0 of
 * the traversal package (still Comunica 2) is built with it and needs no help; once the project
 * moves to it this function changes nothing and can go.
 */
function withMetadataAccumulation(engine: TraversalEngine): TraversalEngine {
  const actor = hypermediaActor(engine);
  if (actor.mediatorMetadataAccumulate?.bus === undefined) actor.mediatorMetadataAccumulate = hypermediaActor(new SparqlEngine()).mediatorMetadataAccumulate;
  return engine;
}

describe('Comunica link traversal over Mutua data', () => {
  let member: FreshAccount;
  const titles = ['Bicycle repair', 'Sourdough starter', 'Piano lessons'];

  beforeAll(async () => {
    member = await createFreshAccount('traversal');
    const { fetch } = member;
    const offers = await ensureContainer(`${member.podUrl}mutua/offers/`, { fetch });
    await grantPublicRead(offers, { fetch, ownerWebId: member.webId });
    await registerClass(member.webId, offerType.classIri, { instanceContainer: offers }, { fetch });
    const { url: _u, ...fields } = exampleRecord(offerType);
    for (const [index, title] of titles.entries()) {
      await saveOffer(createOffer(offers, { ...fields, title, price: { amount: 100 * (index + 1), currency: fields.price && typeof fields.price === 'object' ? fields.price.currency : '' } }), { fetch });
    }
    // A want in the same container must not match vf:purpose vf:offer.
    await saveOffer(createOffer(offers, { ...fields, purpose: 'request', title: 'Looking for a ladder' }), { fetch });
  });

  it('finds a member’s offers from the WebID alone, through the Type Index', async () => {
    const requested: string[] = [];
    const answers: string[] = [];
    const engine = withMetadataAccumulation(new TraversalEngine());
    const started = performance.now();
    const bindings = await (
      await engine.queryBindings(OFFERS_QUERY, {
        sources: [member.webId],
        // Comunica's advice for traversal (one unreachable page must not end the query); this
        // query also passes without it, so it hides no error here.
        lenient: true,
        fetch: recordingFetch(getPodServer().baseUrl, requested, answers),
      })
    ).toArray();
    const elapsed = performance.now() - started;
    console.info(answers.join('\n'));

    const found = bindings.map((b) => ({ title: b.get('title')!.value, amount: Number(b.get('amount')!.value) })).sort((a, b) => a.amount - b.amount);
    expect(found).toEqual(titles.map((title, index) => ({ title, amount: 100 * (index + 1) })));
    // The route went through the public type index (the profile names no storage to crawl) and
    // the registered container's listing.
    expect(requested).toContain(`${member.podUrl}settings/publicTypeIndex.ttl`);
    expect(requested).toContain(`${member.podUrl}mutua/offers/`);
    const podRequests = requested.filter((url) => url.startsWith(getPodServer().baseUrl));
    console.info(`comunica traversal: ${found.length} offers in ${Math.round(elapsed)} ms, ${podRequests.length} pod requests, ${requested.length - podRequests.length} other requests answered 404`);
  });
});
