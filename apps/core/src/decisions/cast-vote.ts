import { memberLayout } from '../onboarding/member-layout.js';
import { createRdfResource } from '../pod/create-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { ProposalRecord } from '../records/types/proposal.js';
import { DecisionPermissionError } from './decision-permission-error.js';
import { canVote } from './proposal-state.js';
import { proposalLayoutOf } from './proposal-layout.js';
import { signForSnapshot } from './sign-snapshot.internal.js';
import { appendSnapshots, snapshotQuad } from './signed-snapshots.internal.js';
import type { Signer } from './signer.js';
import { timestampOf } from './timestamp.internal.js';
import { methodOf, toTallyProposal } from './to-tally-proposal.js';
import type { VoteInput } from './vote-input.js';
import { voteQuads } from './vote-quads.js';

/** Options for casting a vote. */
export interface CastVoteOptions extends PodRequestOptions {
  readonly signer: Signer;
  /** The voter's storage root; their own copy goes to `<storage>mutua/votes/`. */
  readonly storage: string;
  readonly now?: Date;
}

/**
 * Signs a vote with the voter's key, keeps it in the voter's pod and appends a copy to the
 * proposal's ballots. A later vote by the same member replaces this one in the count.
 * Returns the vote's IRI.
 */
export async function castVote(proposal: ProposalRecord, input: VoteInput, options: CastVoteOptions): Promise<string> {
  const now = options.now ?? new Date();
  const layout = proposalLayoutOf(proposal.url);
  if (!canVote(toTallyProposal(proposal), now)) {
    throw new DecisionPermissionError('Voting on', proposal.url, `voting is not open (status ${proposal.status}, ${proposal.startDate ?? '?'} to ${proposal.endDate ?? '?'})`);
  }
  if (input.method !== methodOf(proposal)) {
    throw new DecisionPermissionError('Voting on', proposal.url, `this proposal is decided by ${methodOf(proposal)}, not ${input.method}`);
  }
  const url = `${memberLayout(options.storage).votes}${globalThis.crypto.randomUUID()}#it`;
  const created = timestampOf(now);
  const quads = voteQuads({ url, proposal: proposal.url, voter: options.signer.webId, group: proposal.group, created }, input);
  const { signed, text } = await signForSnapshot(url, quads, options.signer, created);
  await createRdfResource(url, signed, options);
  await appendSnapshots(layout.ballots, [await snapshotQuad(layout.ballots, text)], options);
  return url;
}
