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
import { withMetadataAccumulation } from '../../../apps/cli/src/query/with-metadata-accumulation.internal.js';
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
