import type { Quad } from 'n3';
import { ConflictError } from '../errors/conflict-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { createRdfResource } from '../pod/create-rdf-resource.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveRdfResource } from '../pod/save-rdf-resource.js';

const ATTEMPTS = 4;

/**
 * Rewrites an ACL document from what it holds now: read with its ETag, transform, write back
 * with If-Match (If-None-Match when it does not exist yet). A concurrent change makes the
 * write fail with 412; the change is then reapplied on a fresh read, a few times at most.
 */
export async function updateAclDocument(
  aclUrl: string,
  transform: (current: readonly Quad[] | null) => readonly Quad[] | null,
  options: PodRequestOptions,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      let current;
      try {
        current = await getRdfResource(aclUrl, options);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
      const next = transform(current ? current.quads : null);
      if (next === null) return;
      if (current?.etag) await saveRdfResource(aclUrl, next, { ...options, etag: current.etag });
      else await createRdfResource(aclUrl, next, options);
      return;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
