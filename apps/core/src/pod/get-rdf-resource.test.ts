import { describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../errors/access-denied-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { ParseError } from '../errors/parse-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { TooLargeError } from '../errors/too-large-error.js';
import { UnreachableError } from '../errors/unreachable-error.js';
import { getRdfResource } from './get-rdf-resource.js';

const url = 'https://pod.example/alice/doc';

/** A fetch answering every request with `make()`, honouring the abort signal like real fetch does. */
function fetchReturning(make: (signal: AbortSignal) => Response): typeof fetch {
  return (async (_input: RequestInfo | URL, init?: RequestInit) => make(init!.signal!)) as typeof fetch;
}

describe('getRdfResource', () => {
  it('returns the parsed quads, the ETag and the document URL', async () => {
    const fetch = fetchReturning(() => new Response('<#it> a <https://schema.org/Thing> .', { headers: { 'content-type': 'text/turtle', etag: '"1-text/turtle"' } }));
    const resource = await getRdfResource(`${url}#it`, { fetch });
    expect(resource.url).toBe(url);
    expect(resource.etag).toBe('"1-text/turtle"');
    expect(resource.quads[0]!.subject.value).toBe(`${url}#it`);
  });

  it('stops reading an endless body at the size limit instead of buffering it', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetch = fetchReturning(() => new Response(endless, { headers: { 'content-type': 'text/turtle' } }));
    const error = await getRdfResource(url, { fetch, maxBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as Error).message).toBe(`Reading <${url}> failed: the body is larger than the 1048576-byte limit; download aborted`);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(20);
  });

  it('refuses a body whose announced length is over the limit without reading it', async () => {
    const fetch = fetchReturning(() => new Response('x'.repeat(10), { headers: { 'content-type': 'text/turtle', 'content-length': '999999999' } }));
    await expect(getRdfResource(url, { fetch, maxBytes: 1000 })).rejects.toThrow(/announced 999999999 bytes/);
  });

  it('gives up on a body that stalls, with a TimeoutError', async () => {
    const stalled = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('@prefix ex: <http://e/> .')) });
    const fetch = fetchReturning((signal) => {
      signal.addEventListener('abort', () => void stalled.cancel().catch(() => undefined));
      return new Response(stalled, { headers: { 'content-type': 'text/turtle' } });
    });
    const started = Date.now();
    const error = await getRdfResource(url, { fetch, timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a refused connection as UnreachableError with the socket error code', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    }) as typeof globalThis.fetch;
    await expect(getRdfResource(url, { fetch })).rejects.toThrow(UnreachableError);
    await expect(getRdfResource(url, { fetch })).rejects.toThrow(/could not be reached: fetch failed \(ECONNREFUSED\)/);
  });

  it('maps 404 and 403 to their classes and quotes what CSS said', async () => {
    const notFound = fetchReturning(() => new Response('{"name":"NotFoundHttpError","message":"","statusCode":404}', { status: 404, statusText: 'Not Found' }));
    const error = await getRdfResource(url, { fetch: notFound }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
    expect((error as Error).message).toContain('HTTP 404 Not Found — server said: "NotFoundHttpError"');
    const forbidden = fetchReturning(() => new Response('', { status: 403, statusText: 'Forbidden' }));
    await expect(getRdfResource(url, { fetch: forbidden })).rejects.toThrow(AccessDeniedError);
  });

  it('refuses HTML and broken Turtle with a ParseError naming the problem', async () => {
    const html = fetchReturning(() => new Response('<html></html>', { headers: { 'content-type': 'text/html' } }));
    await expect(getRdfResource(url, { fetch: html })).rejects.toThrow(/text\/html is not an RDF format/);
    const broken = fetchReturning(() => new Response('<#it> a <oops', { headers: { 'content-type': 'text/turtle' } }));
    const error = await getRdfResource(url, { fetch: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toMatch(/^Reading <https:\/\/pod\.example\/alice\/doc> failed: the text\/turtle body could not be parsed as RDF: /);
  });
});
