import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';

const STORAGE_TYPE = 'http://www.w3.org/ns/pim/space#Storage';

/**
 * Finds the storage a WebID lives in when its profile has no pim:storage (a CSS pod created
 * without `linkStorage`): walks up from the profile's container and returns the first one
 * that announces itself with `Link: <pim:Storage>; rel="type"`, as the Solid Protocol says.
 */
export async function discoverStorage(profileUrl: string, options: PodRequestOptions): Promise<string | null> {
  let candidate = new URL('./', profileUrl);
  for (;;) {
    const { response } = await fetchWithLimits('Looking for the storage of', candidate.href, { method: 'HEAD' }, { ...options, maxBytes: 64 * 1024 });
    const link = response.headers.get('link') ?? '';
    if (link.split(',').some((part) => part.includes(`<${STORAGE_TYPE}>`) && /rel="?type"?/.test(part))) return candidate.href;
    if (candidate.pathname === '/') return null;
    candidate = new URL('../', candidate);
  }
}
