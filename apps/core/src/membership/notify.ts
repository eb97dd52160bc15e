import { DataFactory } from 'n3';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { AS, RDF } from '../vocab/terms.generated.js';
import { AS_SUMMARY, AS_TARGET } from './activity-terms.internal.js';
import { getInboxOf } from './inbox-of.js';
import { newInboxDocument, sendToInbox } from './send-to-inbox.internal.js';

const { literal, namedNode, quad } = DataFactory;

/** An ActivityStreams notification: who did what to which object, in which group. */
export interface Notification {
  /** The activity class IRI, e.g. as:Accept. */
  readonly type: string;
  readonly actor: string;
  readonly object: string;
  readonly target?: string;
  readonly summary?: string;
  readonly published: string;
}

/** The triples of a notification document (`<#it>`). */
export function notificationQuads(documentUrl: string, notification: Notification) {
  const it = namedNode(`${documentUrl}#it`);
  const quads = [
    quad(it, namedNode(RDF.type), namedNode(notification.type)),
    quad(it, namedNode(AS.actor), namedNode(notification.actor)),
    quad(it, namedNode(AS.object), namedNode(notification.object)),
    quad(it, namedNode(AS.published), literal(notification.published, namedNode('http://www.w3.org/2001/XMLSchema#dateTime'))),
  ];
  if (notification.target) quads.push(quad(it, namedNode(AS_TARGET), namedNode(notification.target)));
  if (notification.summary) quads.push(quad(it, namedNode(AS_SUMMARY), literal(notification.summary)));
  return quads;
}

/**
 * Sends a notification to the inbox a recipient (WebID or group) advertises. Returns the
 * notification's URL, or null when the recipient has no inbox: notifications are a courtesy,
 * the membership record is what counts.
 */
export async function notify(recipient: string, notification: Notification, options: PodRequestOptions = {}): Promise<string | null> {
  const inbox = await getInboxOf(recipient, options);
  if (!inbox) return null;
  const documentUrl = newInboxDocument(inbox);
  return sendToInbox(documentUrl, notificationQuads(documentUrl, notification), options);
}

/** Now as an xsd:dateTime without milliseconds. */
export function timestamp(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
