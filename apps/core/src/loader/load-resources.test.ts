import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors/not-found-error.js';
import { loadResources } from './load-resources.js';

describe('loadResources', () => {
  it('keeps at most `concurrency` requests in flight, reports progress and keeps input order', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const fetch = (async (input: RequestInfo | URL) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 10));
      inFlight -= 1;
      const url = String(input);
      if (url.endsWith('/7')) return new Response('', { status: 404, statusText: 'Not Found' });
      return new Response(`<#it> <https://schema.org/name> "${url}" .`, { headers: { 'content-type': 'text/turtle' } });
    }) as typeof globalThis.fetch;
    const urls = Array.from({ length: 20 }, (_, i) => `https://pod.example/doc/${i}`);
    const progress: [number, number, string][] = [];
    const { results, errors } = await loadResources([...urls, urls[0]!], { fetch, concurrency: 3, onProgress: (done, total, url) => progress.push([done, total, url]) });
    expect(maxInFlight).toBe(3);
    expect(results.map((r) => r.url)).toEqual(urls.filter((u) => !u.endsWith('/7')));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.url).toBe('https://pod.example/doc/7');
    expect(errors[0]!.error).toBeInstanceOf(NotFoundError);
    expect(progress.map(([done]) => done)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(progress.every(([, total]) => total === 20)).toBe(true);
  });

  it('rejects as a whole only when the caller aborts', async () => {
    const controller = new AbortController();
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)))) as typeof globalThis.fetch;
    const loading = loadResources(['https://pod.example/a', 'https://pod.example/b'], { fetch, signal: controller.signal });
    controller.abort(new Error('page closed'));
    await expect(loading).rejects.toThrow('page closed');
  });
});
