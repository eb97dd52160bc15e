import type { Quad } from 'n3';
import { ProfileReadError } from '../errors/profile-read-error.js';
import { toSafeHttpUrl } from '../url/to-safe-http-url.js';
import type { MemberProfile } from './member-profile.js';

const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const NAME_PREDICATES = [`${FOAF}name`, `${VCARD}fn`];
const PHOTO_PREDICATES = [`${VCARD}hasPhoto`, `${FOAF}img`];
// A profile is a small document; a pod that serves megabytes is misbehaving or hostile.
const MAX_PROFILE_CHARS = 512 * 1024;
const MAX_NAME_CHARS = 200;

/** Options for {@link getMemberProfileAt}. */
export interface GetMemberProfileOptions {
  fetch: typeof globalThis.fetch;
  signal?: AbortSignal;
}

/** Reads a member's display name and photo from their WebID profile document (Turtle). */
export async function getMemberProfileAt(webId: string, options: GetMemberProfileOptions): Promise<MemberProfile> {
  const documentUrl = webId.split('#')[0] ?? webId;
  let response: Response;
  try {
    response = await options.fetch(documentUrl, { headers: { accept: 'text/turtle' }, cache: 'no-cache', signal: options.signal ?? null });
  } catch (cause) {
    throw new ProfileReadError(webId, 'unreachable', 'the server did not answer', { cause });
  }
  if (!response.ok) throw new ProfileReadError(webId, 'status', `the server answered ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_PROFILE_CHARS)
    throw new ProfileReadError(webId, 'invalid', `the profile is larger than ${MAX_PROFILE_CHARS} characters`);
  // n3 is loaded on first use: the login page, shown before any profile is read, loads faster.
  const { Parser } = await import('n3');
  let quads: Quad[];
  try {
    quads = new Parser({ baseIRI: response.url || documentUrl }).parse(text);
  } catch (cause) {
    throw new ProfileReadError(
      webId,
      'invalid',
      `the profile is not valid Turtle (${cause instanceof Error ? cause.message : String(cause)})`,
      { cause },
    );
  }
  const about = quads.filter((quad) => quad.subject.termType === 'NamedNode' && quad.subject.value === webId);
  return { webId, name: firstName(about), photoUrl: firstPhoto(about) };
}

function firstName(quads: readonly Quad[]): string | undefined {
  for (const predicate of NAME_PREDICATES) {
    const literal = quads.find(
      (q) => q.predicate.value === predicate && q.object.termType === 'Literal' && q.object.value.trim() !== '',
    );
    if (literal) return literal.object.value.trim().slice(0, MAX_NAME_CHARS);
  }
  return undefined;
}

function firstPhoto(quads: readonly Quad[]): string | undefined {
  for (const predicate of PHOTO_PREDICATES) {
    for (const quad of quads) {
      if (quad.predicate.value !== predicate || quad.object.termType !== 'NamedNode') continue;
      const safe = toSafeHttpUrl(quad.object.value);
      if (safe) return safe;
    }
  }
  return undefined;
}
