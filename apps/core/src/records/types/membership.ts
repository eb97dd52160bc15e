import { dateTime, integer } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { MUTUA, SCHEMA } from '../../vocab/terms.generated.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

/** One member's membership of one group, kept by the group; personal balance limits override the currency's. */
export const membershipType = defineRecordType({
  name: 'membership',
  classIri: MUTUA.Membership,
  fields: {
    group: one(MUTUA.group, iri),
    member: one(MUTUA.member, iri),
    role: one(MUTUA.role, oneOf({ admin: MUTUA.AdminRole, member: MUTUA.MemberRole })),
    status: one(MUTUA.status, oneOf({ active: MUTUA.Active, removed: MUTUA.Removed })),
    startDate: one(SCHEMA.startDate, dateTime),
    /** When the member was removed or left; absent while active (a rejoin clears it). */
    endDate: optional(SCHEMA.endDate, dateTime),
    minimumBalance: optional(MUTUA.minimumBalance, integer),
    maximumBalance: optional(MUTUA.maximumBalance, integer),
  },
});

export type Membership = RecordOf<typeof membershipType>;
export type MembershipInit = RecordInit<typeof membershipType>;

/** A new membership in `containerUrl`, not saved yet (pure). */
export function createMembership(containerUrl: string, init: MembershipInit): Membership {
  return createRecord(membershipType, containerUrl, init);
}

/** Reads the membership at `url`, validated against its shape; throws a typed error otherwise. */
export function getMembership(url: string, options?: PodRequestOptions): Promise<Membership> {
  return getRecord(membershipType, url, options);
}

/** Validates the membership, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveMembership(membership: Membership, options?: PodRequestOptions): Promise<Membership> {
  return saveRecord(membershipType, membership, options);
}

/** Deletes the membership's document if unchanged since read. */
export function deleteMembership(membership: Membership, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(membershipType, membership, options);
}
