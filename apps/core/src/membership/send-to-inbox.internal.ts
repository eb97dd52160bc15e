import type { Quad } from 'n3';
import { AccessDeniedError } from '../errors/access-denied-error.js';
import { ConflictError } from '../errors/conflict-error.js';
import { HttpError } from '../errors/http-error.js';
import { UnreachableError } from '../errors/unreachable-error.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { writeTurtle } from '../pod/write-turtle.js';

/**
 * Drops a new document into an inbox with PUT + If-None-Match at a fresh name. The sender
 * usually holds only acl:Append there, so there is no read-back: the 201 is the receipt.
 */
export async function sendToInbox(documentUrl: string, quads: readonly Quad[], options: PodRequestOptions): Promise<string> {
  const attempted = 'Sending a notification to';
  const fetchFn = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchFn(documentUrl, {
      method: 'PUT',
      headers: { 'content-type': 'text/turtle', 'if-none-match': '*' },
      body: writeTurtle(quads, documentUrl),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    throw new UnreachableError(attempted, documentUrl, error);
  }
  if (response.ok) return documentUrl;
  const said = (await response.text()).slice(0, 300);
  if (response.status === 401 || response.status === 403) throw new AccessDeniedError(attempted, documentUrl, response.status, response.statusText, said);
  if (response.status === 412) throw new ConflictError(attempted, documentUrl, 'a document with this name is already there', 412);
  throw new HttpError(attempted, documentUrl, response.status, response.statusText, said);
}

/** A fresh document URL in an inbox container. */
export function newInboxDocument(inboxUrl: string): string {
  return `${inboxUrl}${globalThis.crypto.randomUUID()}`;
}
