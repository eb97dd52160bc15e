import { ConflictError } from '../errors/conflict-error.js';
import type { PodRequestOptions } from './pod-request-options.js';
import { sendWrite } from './send-write.internal.js';

/** Makes sure an (empty if new) container exists at `url`, which must end with a slash; returns the URL. */
export async function ensureContainer(url: string, options: PodRequestOptions = {}): Promise<string> {
  if (!url.endsWith('/')) throw new TypeError(`A container URL ends with "/": ${url}`);
  try {
    // No content type: CSS takes a PUT with one as carrying a body and logs a warning per container.
    await sendWrite('Creating container', url, { method: 'PUT', headers: { 'if-none-match': '*' } }, options);
  } catch (error) {
    // CSS refuses a PUT on an existing container with 409 (412 with some configurations): it is there.
    if (!(error instanceof ConflictError)) throw error;
  }
  return url;
}
