import type { PodRequestOptions } from './pod-request-options.js';
import { sendWrite } from './send-write.internal.js';
import { documentUrl } from './document-url.js';

/** Options for deleting: with an ETag the delete only happens if nothing changed since the read. */
export interface DeleteResourceOptions extends PodRequestOptions {
  readonly etag?: string | null;
}

/** Deletes a resource (`If-Match` when an ETag is given); throws NotFoundError if it is not there. */
export async function deleteResource(url: string, options: DeleteResourceOptions = {}): Promise<void> {
  const target = documentUrl(url);
  const headers: Record<string, string> = options.etag ? { 'if-match': options.etag } : {};
  await sendWrite('Deleting', target, { method: 'DELETE', headers }, options);
}
