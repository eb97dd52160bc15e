import { fetchWithLimits } from './fetch-with-limits.internal.js';
import { httpFailure } from './http-failure.internal.js';
import type { PodRequestOptions } from './pod-request-options.js';

/** Sends a write request and turns any unsuccessful status into its typed error. */
export async function sendWrite(attempted: string, url: string, init: RequestInit, options: PodRequestOptions): Promise<Response> {
  // Error bodies are small; the limit only guards against a misbehaving server.
  const { response, body } = await fetchWithLimits(attempted, url, init, { ...options, maxBytes: 256 * 1024 });
  if (!response.ok) throw httpFailure(attempted, url, response, body);
  return response;
}
