import { dateTime, text } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { AS, MUTUA } from '../../vocab/terms.generated.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

/** A request to join a group (an ActivityStreams Join), posted to the group's inbox. */
export const joinRequestType = defineRecordType({
  name: 'join-request',
  classIri: MUTUA.JoinRequest,
  types: [MUTUA.JoinRequest, AS.Join],
  fields: {
    applicant: one(AS.actor, iri),
    group: one(AS.object, iri),
    message: optional(AS.content, text),
    published: one(AS.published, dateTime),
    status: one(MUTUA.status, oneOf({ pending: MUTUA.Pending, accepted: MUTUA.Accepted, declined: MUTUA.Declined, withdrawn: MUTUA.Withdrawn })),
  },
});

export type JoinRequest = RecordOf<typeof joinRequestType>;
export type JoinRequestInit = RecordInit<typeof joinRequestType>;

/** A new join request in `containerUrl`, not saved yet (pure). */
export function createJoinRequest(containerUrl: string, init: JoinRequestInit): JoinRequest {
  return createRecord(joinRequestType, containerUrl, init);
}

/** Reads the join request at `url`, validated against its shape; throws a typed error otherwise. */
export function getJoinRequest(url: string, options?: PodRequestOptions): Promise<JoinRequest> {
  return getRecord(joinRequestType, url, options);
}

/** Validates the join request, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveJoinRequest(joinRequest: JoinRequest, options?: PodRequestOptions): Promise<JoinRequest> {
  return saveRecord(joinRequestType, joinRequest, options);
}

/** Deletes the join request's document if unchanged since read. */
export function deleteJoinRequest(joinRequest: JoinRequest, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(joinRequestType, joinRequest, options);
}
