import { describe, expect, it } from 'vitest';
import { ProfileReadError } from '../errors/profile-read-error.js';
import { getMemberProfileAt } from './get-member-profile-at.js';

const WEBID = 'https://pod.example/alice/profile/card#me';

function serving(body: string, status = 200): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': 'text/turtle' } });
}

async function failureOf(promise: Promise<unknown>): Promise<ProfileReadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProfileReadError) return error;
    throw error;
  }
  throw new Error('expected a ProfileReadError');
}

describe('getMemberProfileAt', () => {
  it('reads foaf:name and vcard:hasPhoto, resolving relative IRIs against the document', async () => {
    const turtle = `@prefix foaf: <http://xmlns.com/foaf/0.1/>. @prefix vcard: <http://www.w3.org/2006/vcard/ns#>.
      <#me> foaf:name "Alice Martin"; vcard:hasPhoto <../photo.jpg>.`;
    expect(await getMemberProfileAt(WEBID, { fetch: serving(turtle) })).toEqual({
      webId: WEBID,
      name: 'Alice Martin',
      photoUrl: 'https://pod.example/alice/photo.jpg',
    });
  });

  it('falls back to vcard:fn and foaf:img', async () => {
    const turtle = `<#me> <http://www.w3.org/2006/vcard/ns#fn> "Dolores Ibáñez"; <http://xmlns.com/foaf/0.1/img> <https://img.example/d.png>.`;
    const profile = await getMemberProfileAt(WEBID, { fetch: serving(turtle) });
    expect(profile.name).toBe('Dolores Ibáñez');
    expect(profile.photoUrl).toBe('https://img.example/d.png');
  });

  it('leaves name and photo undefined when the profile has neither', async () => {
    const turtle = `<#me> a <http://xmlns.com/foaf/0.1/Person>.`;
    expect(await getMemberProfileAt(WEBID, { fetch: serving(turtle) })).toEqual({
      webId: WEBID,
      name: undefined,
      photoUrl: undefined,
    });
  });

  it('ignores statements about other subjects', async () => {
    const turtle = `<#someone-else> <http://xmlns.com/foaf/0.1/name> "Mallory".`;
    expect((await getMemberProfileAt(WEBID, { fetch: serving(turtle) })).name).toBeUndefined();
  });

  it('never returns a photo URL with a scheme other than http(s)', async () => {
    const turtle = `<#me> <http://www.w3.org/2006/vcard/ns#hasPhoto> <javascript:alert(1)>, <data:image/png;base64,AAAA>.`;
    expect((await getMemberProfileAt(WEBID, { fetch: serving(turtle) })).photoUrl).toBeUndefined();
  });

  it('keeps markup in a name as plain text and caps its length', async () => {
    const turtle = `<#me> <http://xmlns.com/foaf/0.1/name> "<img src=x onerror=alert(1)>${'x'.repeat(500)}".`;
    const { name } = await getMemberProfileAt(WEBID, { fetch: serving(turtle) });
    expect(name?.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(name).toHaveLength(200);
  });

  it('fetches the document without the fragment, asking for Turtle', async () => {
    let requested: { url: string; accept: string | null } | undefined;
    const fetchSpy: typeof fetch = async (input, init) => {
      requested = { url: String(input), accept: new Headers(init?.headers).get('accept') };
      return new Response('', { status: 200 });
    };
    await getMemberProfileAt(WEBID, { fetch: fetchSpy });
    expect(requested).toEqual({ url: 'https://pod.example/alice/profile/card', accept: 'text/turtle' });
  });

  it('reports an error status, invalid Turtle and a network failure as ProfileReadError', async () => {
    expect((await failureOf(getMemberProfileAt(WEBID, { fetch: serving('', 404) }))).failure).toBe('status');
    const invalid = await failureOf(getMemberProfileAt(WEBID, { fetch: serving('<#me> <p> "unterminated') }));
    expect(invalid.failure).toBe('invalid');
    expect(invalid.message).toContain('not valid Turtle');
    const offline: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    expect((await failureOf(getMemberProfileAt(WEBID, { fetch: offline }))).failure).toBe('unreachable');
  });
});
