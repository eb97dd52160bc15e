import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  createOffer,
  deleteOffer,
  getOffer,
  getRdfResource,
  offerType,
  saveOffer,
} from '../../../apps/core/src/index.js';
import { getAuthenticatedFetch } from '../../support/pod.js';
import { exampleRecord, freshContainer } from './data-layer-fixtures.js';

const { url: _url, ...offerFields } = exampleRecord(offerType);

describe('conditional writes against CSS', () => {
  it('lets the first of two writers win and refuses the second with a ConflictError', async () => {
    const fetch = await getAuthenticatedFetch('alice');
    const created = await saveOffer(createOffer(freshContainer('alice', 'conflict'), offerFields), { fetch });
    // Two tabs read the same version.
    const tabA = await getOffer(created.url, { fetch });
    const tabB = await getOffer(created.url, { fetch });
    expect(tabA.etag).toBe(tabB.etag);
    const savedA = await saveOffer({ ...tabA, title: 'Winner: bike repair on Sundays' }, { fetch });
    const error = await saveOffer({ ...tabB, title: 'Loser: bike repair on Mondays' }, { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).status).toBe(412);
    expect((error as Error).message).toMatch(/^Saving <.*> failed: the resource changed \(or already exists\) since it was read \(HTTP 412/);
    const stored = await getOffer(created.url, { fetch });
    expect(stored.title).toBe('Winner: bike repair on Sundays');
    expect(stored.etag).toBe(savedA.etag);
  });

  it('lets exactly one of two simultaneous saves of the same version through', async () => {
    const fetch = await getAuthenticatedFetch('alice');
    const created = await saveOffer(createOffer(freshContainer('alice', 'race'), offerFields), { fetch });
    const outcomes = await Promise.allSettled([
      saveOffer({ ...created, title: 'Writer one' }, { fetch }),
      saveOffer({ ...created, title: 'Writer two' }, { fetch }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
    const winner = (won[0] as PromiseFulfilledResult<typeof created>).value;
    expect((await getOffer(created.url, { fetch })).title).toBe(winner.title);
  });

  it('never overwrites an existing document when creating one at the same URL', async () => {
    const fetch = await getAuthenticatedFetch('alice');
    const first = createOffer(freshContainer('alice', 'create-race'), offerFields);
    await saveOffer(first, { fetch });
    const again = { ...first, title: 'A second create at the same URL' };
    await expect(saveOffer(again, { fetch })).rejects.toThrow(ConflictError);
    expect((await getOffer(first.url, { fetch })).title).toBe(offerFields.title);
  });

  it('refuses to delete a document that changed since it was read', async () => {
    const fetch = await getAuthenticatedFetch('alice');
    const created = await saveOffer(createOffer(freshContainer('alice', 'delete-race'), offerFields), { fetch });
    await saveOffer({ ...created, title: 'Changed in another tab' }, { fetch });
    await expect(deleteOffer(created, { fetch })).rejects.toThrow(ConflictError);
    expect((await getRdfResource(created.url, { fetch })).quads.length).toBeGreaterThan(0);
  });

  it('sends Turtle with relative IRIs and the conditional headers', async () => {
    const authFetch = await getAuthenticatedFetch('alice');
    const sent: { method: string; headers: Record<string, string>; body: string }[] = [];
    const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'PUT') sent.push({ method: 'PUT', headers: { ...(init.headers as Record<string, string>) }, body: String(init.body) });
      return authFetch(input, init);
    }) as typeof globalThis.fetch;
    const created = await saveOffer(createOffer(freshContainer('alice', 'wire'), offerFields), { fetch });
    await saveOffer({ ...created, title: 'Second version' }, { fetch });
    expect(sent[0]!.headers).toMatchObject({ 'content-type': 'text/turtle', 'if-none-match': '*' });
    expect(sent[1]!.headers).toMatchObject({ 'content-type': 'text/turtle', 'if-match': created.etag });
    expect(sent[0]!.body).toMatch(/^<#it> a vf:Proposal;/m);
    expect(sent[0]!.body).toContain('vf:publishes <#intent>');
    expect(sent[0]!.body).not.toContain(created.url);
  });
});
