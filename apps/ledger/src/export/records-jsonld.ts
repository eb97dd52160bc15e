import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { Writer } from 'n3';

// Inline, so that compaction never fetches a context over the network.
const CONTEXT = {
  mutua: 'https://w3id.org/mutua/ns#',
  sec: 'https://w3id.org/security#',
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/**
 * Signed records as one JSON-LD document (a `@graph` of every node, proofs as their own graphs),
 * converted by the jsonld library from N-Quads, so the export holds exactly the signed triples.
 */
export async function recordsToJsonLd(records: readonly (readonly Quad[])[]): Promise<Record<string, unknown>> {
  const nquads = new Writer({ format: 'N-Quads' }).quadsToString(records.flat() as Quad[]);
  const expanded: unknown = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  return (await jsonld.compact(expanded, CONTEXT)) as Record<string, unknown>;
}

/** Reads a JSON-LD export back into N-Quads text (for checks and for other tools). */
export async function jsonLdToNQuads(document: Record<string, unknown>): Promise<string> {
  return (await jsonld.toRDF(document, { format: 'application/n-quads' })) as string;
}
