import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser, Writer } from 'n3';
import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import { httpFailure } from '../pod/http-failure.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { DCTERMS, MUTUA } from '../vocab/terms.generated.js';
import { createImmutable } from '../pod/create-immutable.js';
import { ENTRY_CONTENT_TYPE } from './entry-document.js';
import type { TransferStatus } from './transfer.js';

const { quad, namedNode, literal } = DataFactory;

/** The decided statuses an outcome document can record. */
export type Outcome = Extract<TransferStatus, 'completed' | 'declined' | 'cancelled'>;

export const OUTCOME_IRIS: Record<Outcome, string> = { completed: MUTUA.Completed, declined: MUTUA.Declined, cancelled: MUTUA.Cancelled };

/** The id part of a transfer IRI (`…/transfers/<uuid>#it` → `<uuid>`). */
export function uuidOf(transferIri: string): string {
  const match = /\/transfers\/([^/#]+)#it$/.exec(transferIri);
  if (!match?.[1]) throw new TypeError(`Not a Mutua transfer IRI: ${transferIri}`);
  return match[1];
}

/** Creates an immutable document (non-RDF, like ledger entries) unless one is already there. */
export async function createOnce(attempted: string, url: string, quads: readonly Quad[], options: PodRequestOptions): Promise<void> {
  const body = new Writer({ format: 'N-Quads' }).quadsToString([...quads]);
  await createImmutable(attempted, url, ENTRY_CONTENT_TYPE, body, options);
}

/** Reads an N-Quads document; null when it does not exist. */
export async function readQuads(attempted: string, url: string, options: PodRequestOptions): Promise<Quad[] | null> {
  const { response, body } = await fetchWithLimits(attempted, url, { headers: { accept: 'text/plain, application/n-quads' } }, { ...options, maxBytes: 256 * 1024 });
  if (response.status === 404 || response.status === 410) return null;
  if (!response.ok) throw httpFailure(attempted, url, response, body);
  return new Parser({ format: 'N-Quads' }).parse(body) as Quad[];
}

/** The quads of an outcome document (the decision on a request), before it is signed. */
export function outcomeQuads(url: string, transferIri: string, outcome: Outcome, by: string, at: string): Quad[] {
  const it = namedNode(`${url}#it`);
  return [
    quad(it, namedNode(MUTUA.transfer), namedNode(transferIri)),
    quad(it, namedNode(MUTUA.status), namedNode(OUTCOME_IRIS[outcome])),
    quad(it, namedNode(DCTERMS.creator), namedNode(by)),
    quad(it, namedNode(DCTERMS.created), literal(at, namedNode('http://www.w3.org/2001/XMLSchema#dateTime'))),
  ] as Quad[];
}
