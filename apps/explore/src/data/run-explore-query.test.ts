import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { QuerySyntaxError } from './query-syntax-error.js';
import { runExploreQuery } from './run-explore-query.js';

describe('runExploreQuery', () => {
  const options = (requests: string[], signal = new AbortController().signal) => ({
    oxigraph,
    signal,
    fetch: (async (input: RequestInfo | URL) => {
      requests.push(String(input));
      return new Response('', { status: 404 });
    }) as typeof fetch,
  });

  it('rejects a query that does not parse, with line and column, before fetching anything', async () => {
    const requests: string[] = [];
    const run = runExploreQuery(
      {
        sparql: 'SELECT ?x WHERE { ?x ?y }',
        startUrls: ['https://pod.example/group/card#group'],
        followPartners: false,
      },
      options(requests),
    );
    await expect(run).rejects.toBeInstanceOf(QuerySyntaxError);
    await expect(run).rejects.toThrow(/1:/);
    expect(requests).toEqual([]);
  });

  it('reports what could not be read and still answers from the rest', async () => {
    const requests: string[] = [];
    const outcome = await runExploreQuery(
      {
        sparql: 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }',
        startUrls: ['https://pod.example/group/card#group'],
        followPartners: false,
      },
      options(requests),
    );
    expect(requests).toEqual(['https://pod.example/group/card']);
    expect(outcome.failures).toMatchObject([{ url: 'https://pod.example/group/card', kind: 'not-found' }]);
    expect(outcome.result).toMatchObject({
      kind: 'solutions',
      json: { results: { bindings: [{ n: { value: '0' } }] } },
    });
  });

  it('stops when cancelled and fetches nothing more', async () => {
    const requests: string[] = [];
    const abort = new AbortController();
    abort.abort(new DOMException('stop', 'AbortError'));
    const run = runExploreQuery(
      {
        sparql: 'SELECT * WHERE { ?s ?p ?o }',
        startUrls: ['https://pod.example/a', 'https://pod.example/b'],
        followPartners: false,
      },
      options(requests, abort.signal),
    );
    await expect(run).rejects.toThrow('stop');
    expect(requests).toEqual([]);
  });
});
