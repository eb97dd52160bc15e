import type { Quad } from 'n3';
import { confirmWrite } from './confirm-write.internal.js';
import type { PodRequestOptions } from './pod-request-options.js';
import type { RdfResource } from './rdf-resource.js';
import { sendWrite } from './send-write.internal.js';
import { writeTurtle } from './write-turtle.js';
import { documentUrl } from './document-url.js';

/** Options for replacing a document: the ETag it had when it was read. */
export interface SaveRdfResourceOptions extends PodRequestOptions {
  readonly etag: string;
}

/**
 * Replaces a document only if it is unchanged since it was read (`If-Match: <etag>`);
 * a concurrent change surfaces as a ConflictError, never as a silent overwrite.
 */
export async function saveRdfResource(url: string, quads: readonly Quad[], options: SaveRdfResourceOptions): Promise<RdfResource> {
  const target = documentUrl(url);
  const attempted = 'Saving';
  await sendWrite(
    attempted,
    target,
    { method: 'PUT', headers: { 'content-type': 'text/turtle', 'if-match': options.etag }, body: writeTurtle(quads, target) },
    options,
  );
  return confirmWrite(attempted, target, quads, options);
}
