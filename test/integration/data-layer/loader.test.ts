import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOffer,
  HttpError,
  loadRecords,
  loadResources,
  NotFoundError,
  offerType,
  ParseError,
  saveOffer,
  TimeoutError,
  TooLargeError,
  UnreachableError,
  ValidationError,
  writeTurtle,
  recordToQuads,
} from '../../../apps/core/src/index.js';
import { startBadSourceServer, type BadSourceServer } from '../../support/bad-source-server.js';
import { getAuthenticatedFetch } from '../../support/pod.js';
import { exampleRecord, freshContainer } from './data-layer-fixtures.js';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the cross-pod loader', () => {
  let bad: BadSourceServer;
  const good: string[] = [];
  let invalidOffer: string;
  let unreachable: string;

  beforeAll(async () => {
    bad = await startBadSourceServer();
    const fetch = await getAuthenticatedFetch('alice');
    const { url: _u, ...fields } = exampleRecord(offerType);
    const container = freshContainer('alice', 'loader');
    for (const title of ['Bike repair', 'Sourdough starter', 'Piano lessons']) {
      good.push((await saveOffer(createOffer(container, { ...fields, title }), { fetch })).url);
    }
    // Well-formed Turtle, but the offer has no title and no expiry: its shape refuses it.
    const broken = createOffer(bad.baseUrl, fields);
    const quads = recordToQuads(offerType, broken).filter((q) => !q.predicate.value.endsWith('#name') && !q.predicate.value.endsWith('#hasEnd'));
    invalidOffer = bad.serve(new URL(broken.url).pathname, { contentType: 'text/turtle', body: writeTurtle(quads, broken.url.split('#')[0]!) });
    unreachable = `http://127.0.0.1:${await closedPort()}/offers/1`;
  });

  afterAll(async () => {
    await bad?.close();
  });

  it('returns the good sources and exactly one clear error per bad source, quickly', async () => {
    const fetch = await getAuthenticatedFetch('alice');
    const progress: number[] = [];
    const urls = [good[0]!, bad.urls.malformed, bad.urls.huge, good[1]!, bad.urls.stall, bad.urls.stallBody, bad.urls.notFound, bad.urls.serverError, bad.urls.html, unreachable, invalidOffer, good[2]!];
    const started = performance.now();
    const { results, errors } = await loadRecords(offerType, urls, {
      fetch,
      timeoutMs: 1_500,
      maxBytes: 1024 * 1024,
      concurrency: 4,
      onProgress: (done, total) => {
        expect(total).toBe(urls.length);
        progress.push(done);
      },
    });
    const elapsed = performance.now() - started;

    expect(results.map((r) => r.title)).toEqual(['Bike repair', 'Sourdough starter', 'Piano lessons']);
    const byUrl = new Map(errors.map((e) => [e.url, e.error]));
    expect(errors).toHaveLength(9);
    expect(byUrl.get(bad.urls.malformed)).toBeInstanceOf(ParseError);
    expect(byUrl.get(bad.urls.huge)).toBeInstanceOf(TooLargeError);
    expect(byUrl.get(bad.urls.stall)).toBeInstanceOf(TimeoutError);
    expect(byUrl.get(bad.urls.stallBody)).toBeInstanceOf(TimeoutError);
    expect(byUrl.get(bad.urls.notFound)).toBeInstanceOf(NotFoundError);
    expect(byUrl.get(bad.urls.serverError)).toBeInstanceOf(HttpError);
    expect((byUrl.get(bad.urls.serverError) as HttpError).status).toBe(500);
    expect(byUrl.get(bad.urls.serverError)!.message).toBe(`Reading <${bad.urls.serverError}> failed: HTTP 500 Internal Server Error — server said: "database connection lost"`);
    expect(byUrl.get(bad.urls.html)!.message).toContain('text/html is not an RDF format');
    expect(byUrl.get(unreachable)).toBeInstanceOf(UnreachableError);
    expect(byUrl.get(unreachable)!.message).toContain('ECONNREFUSED');
    expect(byUrl.get(invalidOffer)).toBeInstanceOf(ValidationError);
    expect(byUrl.get(invalidOffer)!.message).toMatch(/title is required/);

    expect(progress).toEqual(urls.map((_, i) => i + 1));
    // Two stalls of 1.5 s, four at a time: well under what one stall alone (30 s) would cost.
    expect(elapsed).toBeLessThan(6_000);
    // The 50 MB body was cut off near the limit, not downloaded.
    expect(bad.hugeBytesSent()).toBeLessThan(16 * 1024 * 1024);
    console.info(`loader: ${urls.length} sources in ${Math.round(elapsed)} ms; huge source sent ${(bad.hugeBytesSent() / 1024 / 1024).toFixed(1)} MB before the abort`);
  });

  it('loads plain RDF documents with loadResources', async () => {
    const { results, errors } = await loadResources([bad.urls.notFound, invalidOffer], { timeoutMs: 1_000 });
    expect(results.map((r) => r.url)).toEqual([invalidOffer]);
    expect(errors.map((e) => e.url)).toEqual([bad.urls.notFound]);
  });
});
