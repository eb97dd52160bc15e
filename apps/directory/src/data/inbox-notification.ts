import { AS, RDF } from '@mutua/core';

const AS_NS = 'https://www.w3.org/ns/activitystreams#';

/** The part of an RDF/JS quad this reader looks at; n3 quads fit it. */
type TripleLike = { readonly subject: { readonly value: string }; readonly predicate: { readonly value: string }; readonly object: { readonly value: string } };

/** What the member sees of one notification in their inbox. */
export interface InboxNotification {
  readonly url: string;
  /** Local name of the ActivityStreams class (`Accept`, `Reject`, `Remove`, …), or `Other`. */
  readonly kind: string;
  readonly actor?: string;
  readonly object?: string;
  readonly target?: string;
  readonly summary?: string;
  /** xsd:dateTime as written by the sender; sorting uses it as text, which ISO-8601 allows. */
  readonly published?: string;
}

/**
 * Reads the notification described in an inbox document (`<#it>`, or else the first subject
 * with an ActivityStreams type). Returns undefined for a document that is not a notification,
 * so foreign inbox content is skipped instead of shown half-understood.
 */
export function notificationFromQuads(quads: readonly TripleLike[], documentUrl: string): InboxNotification | undefined {
  const typed = quads.filter((q) => q.predicate.value === RDF.type && q.object.value.startsWith(AS_NS));
  const main = typed.find((q) => q.subject.value === `${documentUrl}#it`) ?? typed[0];
  if (!main) return undefined;
  const subject = main.subject.value;
  const value = (predicate: string): string | undefined => quads.find((q) => q.subject.value === subject && q.predicate.value === predicate)?.object.value;
  const fields = {
    actor: value(AS.actor),
    object: value(AS.object),
    target: value(`${AS_NS}target`),
    summary: value(`${AS_NS}summary`),
    published: value(AS.published),
  };
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return { url: documentUrl, kind: main.object.value.slice(AS_NS.length) || 'Other', ...present };
}

/** Newest first; notifications without a date go last. */
export function newestFirst(a: InboxNotification, b: InboxNotification): number {
  return (b.published ?? '').localeCompare(a.published ?? '');
}
