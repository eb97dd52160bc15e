import { ValidationError } from '../errors/validation-error.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { recordToQuads } from '../records/record-quads.js';
import { getGroup } from '../records/types/group.js';
import { joinRequestType, type JoinRequest } from '../records/types/join-request.js';
import { validateRecord } from '../validation/create-validator.js';
import { timestamp } from './notify.js';
import { newInboxDocument, sendToInbox } from './send-to-inbox.internal.js';

/** What an applicant says when asking to join. */
export interface JoinRequestInput {
  /** The applicant's WebID: the logged-in person. */
  readonly applicant: string;
  readonly message?: string;
  readonly now?: Date;
}

/**
 * Asks to join a group: reads the group's public card for its inbox and drops an
 * ActivityStreams Join (a mutua:JoinRequest, status pending) there. Any logged-in person may
 * append to a group's inbox; only its admins can read it. Returns the request as sent.
 */
export async function requestToJoin(groupUrl: string, input: JoinRequestInput, options: PodRequestOptions = {}): Promise<JoinRequest> {
  const group = await getGroup(groupUrl, options);
  if (!group.inbox) throw new TypeError(`The group ${groupUrl} advertises no inbox, so it cannot receive join requests`);
  const url = `${newInboxDocument(group.inbox)}#it`;
  const request: JoinRequest = {
    url,
    applicant: input.applicant,
    group: group.url,
    published: timestamp(input.now),
    status: 'pending',
    ...(input.message ? { message: input.message } : {}),
  };
  const quads = recordToQuads(joinRequestType, request);
  const result = validateRecord(quads, 'join-request');
  if (!result.conforms) throw new ValidationError('Sending join request', url, 'join-request', result.results);
  await sendToInbox(url.replace(/#it$/, ''), quads, options);
  return request;
}
