import type { Quad } from 'n3';
import { confirmWrite } from './confirm-write.internal.js';
import type { PodRequestOptions } from './pod-request-options.js';
import type { RdfResource } from './rdf-resource.js';
import { sendWrite } from './send-write.internal.js';
import { writeTurtle } from './write-turtle.js';
import { documentUrl } from './document-url.js';

/**
 * Creates a Turtle document that must not exist yet (`If-None-Match: *`): if anything is
 * already there, a ConflictError is thrown and nothing is overwritten. CSS creates missing
 * parent containers. Returns the stored document with its ETag.
 */
export async function createRdfResource(url: string, quads: readonly Quad[], options: PodRequestOptions = {}): Promise<RdfResource> {
  const target = documentUrl(url);
  const attempted = 'Creating';
  await sendWrite(
    attempted,
    target,
    { method: 'PUT', headers: { 'content-type': 'text/turtle', 'if-none-match': '*' }, body: writeTurtle(quads, target) },
    options,
  );
  return confirmWrite(attempted, target, quads, options);
}
