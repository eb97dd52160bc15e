import { boolean, decimal, integer, text } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { many, one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { LDP, MUTUA, SCHEMA, VF } from '../../vocab/terms.generated.js';
import { placeNode } from './place-node.js';
import { votingMethod } from './voting-method.internal.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';

/** A group, at `<#group>` in the group pod's profile card, which it shares with the pod's own WebID. */
export const groupType = defineRecordType({
  name: 'group',
  classIri: MUTUA.Group,
  types: [MUTUA.Group, SCHEMA.Organization, VF.Organization],
  fragment: 'group',
  document: 'shared',
  fields: {
    name: one(SCHEMA.name, text),
    description: optional(SCHEMA.description, text),
    logo: optional(SCHEMA.logo, iri),
    location: optional(SCHEMA.location, placeNode),
    website: optional(SCHEMA.url, iri),
    languages: many(SCHEMA.knowsLanguage, text),
    currency: one(MUTUA.currency, iri),
    categoryScheme: optional(MUTUA.categoryScheme, iri),
    defaultVotingMethod: optional(MUTUA.defaultVotingMethod, oneOf(votingMethod)),
    defaultQuorum: optional(MUTUA.defaultQuorum, decimal),
    defaultApprovalThreshold: optional(MUTUA.defaultApprovalThreshold, decimal),
    /** Whether only admins may open proposals (absent: every member); see `setProposalOpeners`. */
    onlyAdminsOpenProposals: optional(MUTUA.onlyAdminsOpenProposals, boolean),
    /** Whether members who are not admins may write news (absent: admins only); see `setNewsPostingRule`. */
    membersMayPostNews: optional(MUTUA.membersMayPostNews, boolean),
    /** Whether members may ask others to pay them (absent: they may); see `setLedgerWorkflow`. */
    membersMayRequestPayments: optional(MUTUA.membersMayRequestPayments, boolean),
    /** Days a payment request stays open (1–365; absent: 30). */
    paymentRequestLifetimeDays: optional(MUTUA.paymentRequestLifetimeDays, integer),
    /** Whether a payment waits for the payee's countersignature (absent: it completes at once). */
    payeeMustAcknowledge: optional(MUTUA.payeeMustAcknowledge, boolean),
    partnerGroups: many(MUTUA.partnerGroup, iri),
    inbox: optional(LDP.inbox, iri),
    memberships: optional(MUTUA.memberships, iri),
  },
});

export type Group = RecordOf<typeof groupType>;
export type GroupInit = RecordInit<typeof groupType>;

/** Reads the group at `url`, validated against its shape; throws a typed error otherwise. */
export function getGroup(url: string, options?: PodRequestOptions): Promise<Group> {
  return getRecord(groupType, url, options);
}

/** Validates the group, then changes only its own fields in the shared card (N3 Patch, `If-Match`). */
export function saveGroup(group: Group, options?: PodRequestOptions): Promise<Group> {
  return saveRecord(groupType, group, options);
}
