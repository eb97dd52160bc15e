import { fetchWithLimits } from './fetch-with-limits.internal.js';
import type { PodRequestOptions } from './pod-request-options.js';

/** A WAC mode as the WAC-Allow header names it. */
export type AllowedMode = 'read' | 'append' | 'write' | 'control';

/** The modes a WAC-Allow header value grants to one group of agents (`user` or `public`). */
export function parseWacAllow(header: string | null, who: 'user' | 'public' = 'user'): Set<AllowedMode> {
  const modes = new RegExp(`(?:^|,)\\s*${who}\\s*=\\s*"([^"]*)"`, 'i').exec(header ?? '')?.[1] ?? '';
  return new Set(
    modes
      .toLowerCase()
      .split(/\s+/)
      .filter((m): m is AllowedMode => ['read', 'append', 'write', 'control'].includes(m)),
  );
}

/**
 * Asks the server what the logged-in agent may do with a resource: one HEAD, read from its
 * WAC-Allow header. The server's own answer, so apps show exactly the actions it will accept.
 * Empty when the resource cannot be reached.
 */
export async function getAllowedModes(url: string, options: PodRequestOptions = {}): Promise<Set<AllowedMode>> {
  try {
    const { response } = await fetchWithLimits('Asking what may be done with', url, { method: 'HEAD' }, options);
    return parseWacAllow(response.headers.get('wac-allow'));
  } catch {
    return new Set();
  }
}
