import { AccessDeniedError, HttpError, NotFoundError, TooLargeError, type RdfResource } from '@mutua/core';
import { Parser } from 'n3';

// The ledger's immutable documents (see the ledger's group layout): entries at
// ledger/entries/<6-digit folder>/<9-digit position>, payment requests and their outcomes.
const LEDGER_DOCUMENT = /\/ledger\/(entries\/\d{6}\/\d{9}|requests\/[^/]+|outcomes\/[^/]+)$/;
const MAX_BYTES = 256 * 1024;
const TIMEOUT_MS = 30_000;

/** True for the URL of a group ledger document: an entry, a payment request or its outcome. */
export function isLedgerEntryUrl(url: string): boolean {
  return LEDGER_DOCUMENT.test(new URL(url).pathname);
}

/**
 * Reads a ledger document as RDF. They are N-Quads served as text/plain, so that no one with
 * Append can patch them (decision 0025); the generic loader would refuse that type.
 */
export async function readEntryDocument(url: string, options: { readonly fetch?: typeof fetch }): Promise<RdfResource> {
  const attempted = 'Reading the ledger document';
  const response = await (options.fetch ?? globalThis.fetch)(url, { headers: { accept: 'text/plain, application/n-quads' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const body = await response.text();
  if (response.status === 404) throw new NotFoundError(attempted, url, 404, response.statusText, body);
  if (response.status === 401 || response.status === 403) throw new AccessDeniedError(attempted, url, response.status, response.statusText, body);
  if (!response.ok) throw new HttpError(attempted, url, response.status, response.statusText, body);
  if (body.length > MAX_BYTES) throw new TooLargeError(attempted, url, MAX_BYTES, body.length);
  return { url, quads: new Parser({ format: 'N-Quads', baseIRI: url }).parse(body), etag: response.headers.get('etag') };
}
