import type { Quad } from 'n3';
import { ConflictError } from '../errors/conflict-error.js';
import type { RdfChange } from './patch-rdf-resource.js';
import type { PodRequestOptions } from './pod-request-options.js';
import type { RdfResource } from './rdf-resource.js';
import { saveRdfResource } from './save-rdf-resource.js';

/** The quads of `resource` with `change` applied (set semantics). */
export function applyRdfChange(quads: readonly Quad[], change: RdfChange): Quad[] {
  const kept = quads.filter((q) => !change.deletes.some((d) => d.equals(q)));
  return [...kept, ...change.inserts.filter((i) => !kept.some((k) => k.equals(i)))];
}

/**
 * Applies a change to a document as it was read, by sending the whole changed document
 * (PUT with `If-Match` on the ETag of that read): every triple the change does not name is
 * sent back as it was, and a concurrent change is a ConflictError. Unlike an N3 Patch this
 * works on documents with blank nodes, and it avoids a CSS 7.2 memory-backend bug where a
 * PATCH leaves a wrong Content-Length on documents with non-ASCII text (see
 * docs/architecture.md, "Pod I/O, Type Index and loading").
 */
export async function updateRdfResource(resource: RdfResource, change: RdfChange, options: PodRequestOptions = {}): Promise<RdfResource> {
  if (!resource.etag) {
    throw new ConflictError('Updating', resource.url, 'the server sent no ETag when the document was read, so it cannot be changed safely; nothing was written');
  }
  return saveRdfResource(resource.url, applyRdfChange(resource.quads, change), { ...options, etag: resource.etag });
}
