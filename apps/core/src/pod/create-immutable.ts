import { AccessDeniedError } from '../errors/access-denied-error.js';
import { ConflictError } from '../errors/conflict-error.js';
import { fetchWithLimits } from './fetch-with-limits.internal.js';
import type { PodRequestOptions } from './pod-request-options.js';
import { sendWrite } from './send-write.internal.js';

/**
 * Creates a document only if nothing is at `url` yet (PUT If-None-Match: *). CSS checks
 * permissions before preconditions: an agent with Append but not Write who loses the race gets
 * 403, not 412. So on 403 one HEAD tells the two apart: a document there means the race was
 * lost (ConflictError); otherwise the refusal stands.
 */
export async function createImmutable(attempted: string, url: string, contentType: string, body: string, options: PodRequestOptions): Promise<void> {
  try {
    await sendWrite(attempted, url, { method: 'PUT', headers: { 'content-type': contentType, 'if-none-match': '*' }, body }, options);
  } catch (error) {
    if (!(error instanceof AccessDeniedError) || error.status !== 403) throw error;
    const { response } = await fetchWithLimits('Checking whether the position was taken', url, { method: 'HEAD' }, { ...options, maxBytes: 1024 });
    if (response.ok) throw new ConflictError(attempted, url, 'another writer created it first', 412);
    throw error;
  }
}
