import { describe, expect, it } from 'vitest';
import { getAccount, getAuthenticatedFetch, getPodServer } from '../../support/pod.js';

describe('the test pod server', () => {
  it('serves the seeded demo profiles with names', async () => {
    const alice = getAccount('alice');
    const response = await fetch(alice.webId);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Alice Martin');
  });

  it('listens on loopback only', () => {
    expect(new URL(getPodServer().baseUrl).hostname).toBe('localhost');
  });

  it('lets a member write to their own pod with client credentials and refuses anonymous writes', async () => {
    const alice = getAccount('alice');
    const url = `${alice.podUrl}harness-check.txt`;
    const anonymous = await fetch(url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(anonymous.status).toBe(401);
    const authFetch = await getAuthenticatedFetch('alice');
    const written = await authFetch(url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(written.status).toBeLessThan(300);
    expect(await (await authFetch(url)).text()).toBe('hello');
    const bobFetch = await getAuthenticatedFetch('bruno');
    expect((await bobFetch(url)).status).toBe(403);
    expect((await authFetch(url, { method: 'DELETE' })).status).toBeLessThan(300);
  });
});

describe('the memory backend of the test server', () => {
  it('serves a patched document with accents in full (byte-accurate Content-Length)', async () => {
    const alice = getAccount('alice');
    const response = await fetch(alice.webId);
    const body = await response.text();
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    expect(body).toContain('jardinière');
    expect(body.trimEnd().endsWith('.')).toBe(true);
  });
});
