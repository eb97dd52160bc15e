import { Writer, type Quad } from 'n3';
import { confirmPatch } from './confirm-write.internal.js';
import type { PodRequestOptions } from './pod-request-options.js';
import type { RdfResource } from './rdf-resource.js';
import { sendWrite } from './send-write.internal.js';
import { documentUrl } from './document-url.js';

/** Triples to take out of and put into a document. */
export interface RdfChange {
  readonly deletes: readonly Quad[];
  readonly inserts: readonly Quad[];
}

/** Options for patching: the ETag the document had when it was read. */
export interface PatchRdfResourceOptions extends PodRequestOptions {
  readonly etag: string;
}

function formula(quads: readonly Quad[]): string {
  return new Writer({ format: 'N-Triples' }).quadsToString([...quads]).trim();
}

/** The Solid N3 Patch that applies `change`; exported so tests can assert what goes over the wire. */
export function toN3Patch(change: RdfChange): string {
  const parts = ['@prefix solid: <http://www.w3.org/ns/solid/terms#>.', '_:patch a solid:InsertDeletePatch'];
  if (change.deletes.length > 0) parts.push(`;\n  solid:deletes {\n${formula(change.deletes)}\n  }`);
  if (change.inserts.length > 0) parts.push(`;\n  solid:inserts {\n${formula(change.inserts)}\n  }`);
  return `${parts[0]}\n${parts.slice(1).join('')}.\n`;
}

/**
 * Changes only the given triples of a document (Solid N3 Patch), leaving everything else that
 * other apps wrote untouched; guarded by `If-Match` so a concurrent change is a ConflictError.
 */
export async function patchRdfResource(url: string, change: RdfChange, options: PatchRdfResourceOptions): Promise<RdfResource> {
  const target = documentUrl(url);
  const attempted = 'Patching';
  await sendWrite(
    attempted,
    target,
    { method: 'PATCH', headers: { 'content-type': 'text/n3', 'if-match': options.etag }, body: toN3Patch(change) },
    options,
  );
  return confirmPatch(attempted, target, change, options);
}
