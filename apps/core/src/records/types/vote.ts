import { dateTime, integer, text } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { identifiedNode } from '../node-codecs.js';
import { many, one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { DCTERMS, MUTUA, SEC } from '../../vocab/terms.generated.js';
import { proofNode } from './proof-node.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

const rankedChoiceNode = identifiedNode({
  types: [MUTUA.RankedChoice],
  fields: { option: one(MUTUA.forOption, iri), rank: one(MUTUA.rank, integer) },
});

const scoredChoiceNode = identifiedNode({
  types: [MUTUA.ScoredChoice],
  fields: { option: one(MUTUA.forOption, iri), score: one(MUTUA.score, integer) },
});

/** A signed vote in the voter's pod; exactly one of choice / approves / ranked / scored is set. */
export const voteType = defineRecordType({
  name: 'vote',
  classIri: MUTUA.Vote,
  fields: {
    proposal: one(MUTUA.proposal, iri),
    voter: one(MUTUA.voter, iri),
    choice: optional(
      MUTUA.choice,
      oneOf({ yes: MUTUA.Yes, no: MUTUA.No, abstain: MUTUA.Abstain, agree: MUTUA.Agree, standAside: MUTUA.StandAside, block: MUTUA.Block }),
    ),
    approves: many(MUTUA.approves, iri),
    ranked: many(MUTUA.rankedChoice, rankedChoiceNode),
    scored: many(MUTUA.scoredChoice, scoredChoiceNode),
    reason: optional(MUTUA.reason, text),
    group: optional(MUTUA.group, iri),
    created: one(DCTERMS.created, dateTime),
    proof: one(SEC.proof, proofNode),
  },
});

/** Named `…Record` because apps/core/src/decisions has its own `Vote`, the tallying model. */
export type VoteRecord = RecordOf<typeof voteType>;
export type VoteInit = RecordInit<typeof voteType>;

/** A new vote in `containerUrl`, not saved yet (pure). */
export function createVote(containerUrl: string, init: VoteInit): VoteRecord {
  return createRecord(voteType, containerUrl, init);
}

/** Reads the vote at `url`, validated against its shape; throws a typed error otherwise. */
export function getVote(url: string, options?: PodRequestOptions): Promise<VoteRecord> {
  return getRecord(voteType, url, options);
}

/** Validates the vote, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveVote(vote: VoteRecord, options?: PodRequestOptions): Promise<VoteRecord> {
  return saveRecord(voteType, vote, options);
}

/** Deletes the vote's document if unchanged since read. */
export function deleteVote(vote: VoteRecord, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(voteType, vote, options);
}
