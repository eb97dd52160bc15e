import { boolean, dateTime, decimal, integer, text } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { identifiedNode } from '../node-codecs.js';
import { many, one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { DCTERMS, MUTUA, SCHEMA } from '../../vocab/terms.generated.js';
import { votingMethod } from './voting-method.internal.js';
import { optionActionNode, proposalActionNode } from './resolution-action-node.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

const optionNode = identifiedNode({
  types: [MUTUA.Option],
  fields: { name: one(SCHEMA.name, text), position: optional(SCHEMA.position, integer), decides: optional(MUTUA.decides, optionActionNode) },
});

/** A decision put to a group; options live in the same document (`<#option-a>`) so votes can point at them. */
export const proposalType = defineRecordType({
  name: 'proposal',
  classIri: MUTUA.DecisionProposal,
  fields: {
    title: one(DCTERMS.title, text),
    description: one(DCTERMS.description, text),
    options: many(MUTUA.option, optionNode),
    votingMethod: one(MUTUA.votingMethod, oneOf(votingMethod)),
    quorum: one(MUTUA.quorum, decimal),
    approvalThreshold: one(MUTUA.approvalThreshold, decimal),
    startDate: optional(SCHEMA.startDate, dateTime),
    endDate: optional(SCHEMA.endDate, dateTime),
    runningResultsVisible: optional(MUTUA.runningResultsVisible, boolean),
    resolution: optional(MUTUA.resolution, text),
    /** What passing changes by itself (yes/no, consent); multi-option methods put it on options. */
    decides: optional(MUTUA.decides, proposalActionNode),
    status: one(MUTUA.status, oneOf({ draft: MUTUA.Draft, open: MUTUA.Open, closed: MUTUA.Closed, withdrawn: MUTUA.Withdrawn })),
    group: one(MUTUA.group, iri),
    creator: one(DCTERMS.creator, iri),
    created: one(DCTERMS.created, dateTime),
    modified: optional(DCTERMS.modified, dateTime),
  },
});

/** Named `…Record` because apps/core/src/decisions has its own `Proposal`, the tallying model. */
export type ProposalRecord = RecordOf<typeof proposalType>;
export type ProposalInit = RecordInit<typeof proposalType>;

/** A new proposal in `containerUrl`, not saved yet (pure). */
export function createProposal(containerUrl: string, init: ProposalInit): ProposalRecord {
  return createRecord(proposalType, containerUrl, init);
}

/** Reads the proposal at `url`, validated against its shape; throws a typed error otherwise. */
export function getProposal(url: string, options?: PodRequestOptions): Promise<ProposalRecord> {
  return getRecord(proposalType, url, options);
}

/** Validates the proposal, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveProposal(proposal: ProposalRecord, options?: PodRequestOptions): Promise<ProposalRecord> {
  return saveRecord(proposalType, proposal, options);
}

/** Deletes the proposal's document if unchanged since read. */
export function deleteProposal(proposal: ProposalRecord, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(proposalType, proposal, options);
}
