import { describe, expect, it } from 'vitest';
import { revalidatingFetch } from './revalidating-fetch.js';

describe('revalidatingFetch', () => {
  it('asks for revalidation and keeps the rest of the request as the caller made it', async () => {
    const seen: (RequestInit | undefined)[] = [];
    const fetch = revalidatingFetch(async (_input, init) => (seen.push(init), new Response('ok')));
    await fetch('https://pod.example/ledger/', { method: 'GET', headers: { accept: 'text/turtle' } });
    expect(seen[0]).toEqual({ method: 'GET', headers: { accept: 'text/turtle' }, cache: 'no-cache' });
  });

  it('leaves a cache mode the caller chose alone', async () => {
    const seen: (RequestInit | undefined)[] = [];
    const fetch = revalidatingFetch(async (_input, init) => (seen.push(init), new Response('ok')));
    await fetch('https://pod.example/a', { cache: 'no-store' });
    await fetch('https://pod.example/b');
    expect(seen.map((i) => i?.cache)).toEqual(['no-store', 'no-cache']);
  });
});
