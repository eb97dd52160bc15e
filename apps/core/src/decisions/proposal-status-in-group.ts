import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveRdfResource } from '../pod/save-rdf-resource.js';
import { recordToQuads } from '../records/record-quads.js';
import { proposalType, saveProposal, type ProposalRecord } from '../records/types/proposal.js';
import { hashCountedVotes } from './counted-votes-digest.js';
import type { ProposalPage } from './load-proposal-page.js';
import { closeProposal, openProposal, withdrawProposal } from './proposal-transitions.js';
import { outcomeResult, recordedOutcomeQuads, type RecordedOutcome } from './recorded-outcome.js';
import { timestampOf } from './timestamp.internal.js';
import { toTallyProposal } from './to-tally-proposal.js';

/** Options for changing a proposal's status (needs Write on the group's decisions: admins). */
export interface ProposalStatusOptions extends PodRequestOptions {
  readonly now?: Date;
}

/** Opens a draft for voting; refuses (ProposalTransitionError) unless it is a draft whose closing time is ahead. */
export async function publishDraft(proposal: ProposalRecord, options: ProposalStatusOptions = {}): Promise<ProposalRecord> {
  const now = options.now ?? new Date();
  openProposal(toTallyProposal(proposal), now);
  return saveProposal({ ...proposal, status: 'open', modified: timestampOf(now) }, options);
}

/** Withdraws a draft or open proposal; a closed result stays on record. */
export async function withdrawProposalInGroup(proposal: ProposalRecord, options: ProposalStatusOptions = {}): Promise<ProposalRecord> {
  const now = options.now ?? new Date();
  withdrawProposal(toTallyProposal(proposal), now);
  return saveProposal({ ...proposal, status: 'withdrawn', modified: timestampOf(now) }, options);
}

/**
 * Closes a proposal whose voting time is over: records the tally's outcome and the SHA-256 of
 * the counted votes in the proposal's document, so any member can recompute and compare.
 * Refuses before the closing time. Returns what was recorded.
 */
export async function closeProposalInGroup(page: ProposalPage, options: ProposalStatusOptions = {}): Promise<RecordedOutcome> {
  const now = options.now ?? new Date();
  closeProposal(page.model, now);
  const recorded: RecordedOutcome = {
    result: outcomeResult(page.tally.outcome),
    closedAt: timestampOf(now),
    countedVotesSha256: await hashCountedVotes(page.tally.counted),
    countedVotes: page.tally.counted.length,
  };
  const closed: ProposalRecord = { ...page.proposal, status: 'closed', modified: recorded.closedAt };
  const quads = [...recordToQuads(proposalType, closed), ...recordedOutcomeQuads(closed.url, recorded)];
  const etag = page.proposal.etag;
  if (!etag) throw new TypeError(`Closing ${page.proposal.url} needs the ETag it was read with; load the page again`);
  await saveRdfResource(closed.url, quads, { ...options, etag });
  return recorded;
}
