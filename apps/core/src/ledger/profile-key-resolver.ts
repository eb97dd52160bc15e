import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { findAssertionKey } from '../signing/find-assertion-key.js';
import { memoizeKeyResolver } from '../signing/memoize-key-resolver.js';
import type { KeyResolver } from '../signing/verify-record.js';

/**
 * A key resolver that reads each signer's profile once (public documents, fetched in
 * parallel by verification) and trusts a key only when that profile lists it as an assertion
 * method of its controller. Unreadable profiles resolve to no key: the entry is reported.
 */
export function createProfileKeyResolver(options: PodRequestOptions = {}): KeyResolver {
  const profiles = new Map<string, Promise<readonly Quad[]>>();
  const profileOf = (documentUrl: string): Promise<readonly Quad[]> => {
    let found = profiles.get(documentUrl);
    if (!found) profiles.set(documentUrl, (found = readProfile(documentUrl, options)));
    return found;
  };
  return memoizeKeyResolver(async (verificationMethod) => {
    const documentUrl = verificationMethod.replace(/#.*$/, '');
    return findAssertionKey(await profileOf(documentUrl), verificationMethod);
  });
}

async function readProfile(url: string, options: PodRequestOptions): Promise<readonly Quad[]> {
  try {
    const { response, body } = await fetchWithLimits('Reading the signer profile', url, { headers: { accept: 'text/turtle' } }, { ...options, maxBytes: 1024 * 1024 });
    if (!response.ok) return [];
    return new Parser({ baseIRI: url }).parse(body) as Quad[];
  } catch {
    return [];
  }
}
