import { DataFactory, type Quad } from 'n3';
import { getInboxOf } from '../membership/inbox-of.js';
import { newInboxDocument, sendToInbox } from '../membership/send-to-inbox.internal.js';
import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { AS, RDF, XSD } from '../vocab/terms.generated.js';
import { stamp } from './offer-lifecycle.js';

const { literal, namedNode, quad } = DataFactory;
const AS_IN_REPLY_TO = 'https://www.w3.org/ns/activitystreams#inReplyTo';
const AS_NAME = 'https://www.w3.org/ns/activitystreams#name';
const AS_SUMMARY = 'https://www.w3.org/ns/activitystreams#summary';
/** A message is a short note; longer text is cut by the sender and refused by the reader. */
export const MAX_MESSAGE_LENGTH = 2000;

/** A message about an offer, sent to its author's inbox as an ActivityStreams Note. */
export interface OfferMessage {
  readonly url: string;
  readonly from: string;
  /** The sender's name as they gave it (shown as text, never trusted as identity). */
  readonly fromName?: string;
  readonly offer: string;
  readonly offerTitle?: string;
  readonly text: string;
  readonly published: string;
}

/** What a sender writes. */
export type OfferMessageInit = Omit<OfferMessage, 'url' | 'published'> & { readonly published?: string };

function messageQuads(documentUrl: string, message: OfferMessageInit): Quad[] {
  const it = namedNode(`${documentUrl}#it`);
  const quads = [
    quad(it, namedNode(RDF.type), namedNode(AS.Note)),
    quad(it, namedNode(AS.actor), namedNode(message.from)),
    quad(it, namedNode(AS_IN_REPLY_TO), namedNode(message.offer)),
    quad(it, namedNode(AS.content), literal(message.text.slice(0, MAX_MESSAGE_LENGTH))),
    quad(it, namedNode(AS.published), literal(message.published ?? stamp(new Date()), namedNode(XSD.dateTime))),
  ];
  if (message.fromName) quads.push(quad(it, namedNode(AS_NAME), literal(message.fromName.slice(0, 200))));
  if (message.offerTitle) quads.push(quad(it, namedNode(AS_SUMMARY), literal(message.offerTitle.slice(0, 200))));
  return quads;
}

/**
 * Sends a message about `offer` to the inbox its author advertises (senders may only append
 * there). Returns the message URL; throws when the author has no inbox, saying so.
 */
export async function sendOfferMessage(author: string, message: OfferMessageInit, options: PodRequestOptions = {}): Promise<string> {
  const inbox = await getInboxOf(author, options);
  if (!inbox) throw new TypeError(`${author} advertises no inbox (ldp:inbox), so no message can be sent; contact them another way`);
  const documentUrl = newInboxDocument(inbox);
  return sendToInbox(documentUrl, messageQuads(documentUrl, message), options);
}

function value(quads: readonly Quad[], subject: string, predicate: string): string | undefined {
  return quads.find((q) => q.subject.value === subject && q.predicate.value === predicate)?.object.value;
}

/** Reads one inbox document as an offer message, or undefined when it is something else. */
export function offerMessageFromQuads(quads: readonly Quad[], url: string): OfferMessage | undefined {
  const it = `${url}#it`;
  if (!quads.some((q) => q.subject.value === it && q.predicate.value === RDF.type && q.object.value === AS.Note)) return undefined;
  const [from, offer, text, published] = [AS.actor, AS_IN_REPLY_TO, AS.content, AS.published].map((p) => value(quads, it, p));
  if (!from || !offer || text === undefined || !published || text.length > MAX_MESSAGE_LENGTH) return undefined;
  const fromName = value(quads, it, AS_NAME);
  const offerTitle = value(quads, it, AS_SUMMARY);
  return { url, from, offer, text, published, ...(fromName ? { fromName } : {}), ...(offerTitle ? { offerTitle } : {}) };
}

/**
 * The offer messages in the owner's inbox, newest first. Other notifications (group
 * decisions…) are skipped; documents that cannot be read are skipped too.
 */
export async function getOfferMessages(inbox: string, options: PodRequestOptions = {}): Promise<OfferMessage[]> {
  const urls = await getContainedResourceUrls(inbox, options);
  const read = await Promise.all(
    urls.map((url) =>
      getRdfResource(url, { ...options, maxBytes: 64 * 1024 }).then(
        (r) => offerMessageFromQuads(r.quads, url),
        () => undefined,
      ),
    ),
  );
  return read.filter((m): m is OfferMessage => m !== undefined).sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
}
