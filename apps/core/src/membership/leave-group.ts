import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getGroup } from '../records/types/group.js';
import { AS_LEAVE } from './activity-terms.internal.js';
import { notificationQuads, timestamp } from './notify.js';
import { newInboxDocument, sendToInbox } from './send-to-inbox.internal.js';

/**
 * A member leaves a group: sends an ActivityStreams Leave to the group's inbox. A member holds
 * no acl:Control, so the server-side revocation is done by an admin's app (`removeMember`)
 * when it handles the Leave; until then the leaver can still read what they could read
 * before. Returns the URL of the Leave notification.
 */
export async function leaveGroup(groupUrl: string, memberWebId: string, options: PodRequestOptions & { readonly now?: Date } = {}): Promise<string> {
  const group = await getGroup(groupUrl, options);
  if (!group.inbox) throw new TypeError(`The group ${groupUrl} advertises no inbox`);
  const documentUrl = newInboxDocument(group.inbox);
  const quads = notificationQuads(documentUrl, { type: AS_LEAVE, actor: memberWebId, object: groupUrl, published: timestamp(options.now) });
  return sendToInbox(documentUrl, quads, options);
}
