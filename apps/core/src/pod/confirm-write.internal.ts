import type { Quad } from 'n3';
import { ConflictError } from '../errors/conflict-error.js';
import { getRdfResource } from './get-rdf-resource.js';
import type { PodRequestOptions } from './pod-request-options.js';
import type { RdfResource } from './rdf-resource.js';
import { sameQuads } from './same-quads.internal.js';

const SUPERSEDED = 'the write succeeded, but the resource was changed again by someone else right after';

/**
 * CSS answers PUT and PATCH without an ETag, so the new ETag is learnt by reading the
 * document back. It is adopted only if the document still holds exactly what was written;
 * adopting the ETag of someone else's later change would let the next save overwrite it.
 */
export async function confirmWrite(attempted: string, url: string, written: readonly Quad[], options: PodRequestOptions): Promise<RdfResource> {
  const stored = await getRdfResource(url, options);
  if (!(await sameQuads(stored.quads, written))) throw new ConflictError(attempted, url, `${SUPERSEDED}; read it again`);
  return stored;
}

/** Like `confirmWrite` for a patch: the inserted triples must be there and the deleted ones gone. */
export async function confirmPatch(
  attempted: string,
  url: string,
  change: { readonly deletes: readonly Quad[]; readonly inserts: readonly Quad[] },
  options: PodRequestOptions,
): Promise<RdfResource> {
  const stored = await getRdfResource(url, options);
  const has = (quad: Quad): boolean => stored.quads.some((q) => q.equals(quad));
  if (!change.inserts.every(has) || change.deletes.some(has)) throw new ConflictError(attempted, url, `${SUPERSEDED}; read it again`);
  return stored;
}
