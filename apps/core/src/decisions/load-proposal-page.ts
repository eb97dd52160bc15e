import { NotFoundError } from '../errors/not-found-error.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { RdfResource } from '../pod/rdf-resource.js';
import { recordFromResource } from '../records/get-record.js';
import { proposalType, type ProposalRecord } from '../records/types/proposal.js';
import { rollFromQuads, type DecisionRoll } from './decision-roll.js';
import type { Proposal } from './proposal.js';
import { proposalLayoutOf } from './proposal-layout.js';
import { readDiscussion, type Discussion } from './read-discussion.js';
import { readRecordedOutcome, type RecordedOutcome } from './recorded-outcome.js';
import { readResolutionApplication, type ResolutionApplication } from './resolution-application.js';
import { readSnapshotTexts } from './signed-snapshots.internal.js';
import type { Tally } from './tally.js';
import { tallyProposal } from './tally-proposal.js';
import { optionsOf, toTallyProposal } from './to-tally-proposal.js';
import { createBallotVerifier, type BallotVerifier, type CheckedBallot } from './verify-ballots.js';

/** Everything a proposal page shows, read in four requests and checked. */
export interface ProposalPage {
  readonly proposal: ProposalRecord;
  readonly model: Proposal;
  readonly options: readonly { readonly iri: string; readonly name: string }[];
  readonly roll: DecisionRoll;
  readonly ballots: readonly CheckedBallot[];
  /** Recomputed from the signed ballots; the same for every reader. */
  readonly tally: Tally;
  readonly discussion: Discussion;
  /** Set once an admin closed the proposal. */
  readonly outcome?: RecordedOutcome;
  /** Set once someone applied (or failed to apply) the decided action, read from the same document. */
  readonly application?: ResolutionApplication;
}

/** Options for loading a proposal page; pass the verifier of an earlier load to skip re-checking unchanged ballots. */
export interface LoadProposalPageOptions extends PodRequestOptions {
  readonly verifier?: BallotVerifier;
}

/**
 * Loads a proposal, its roll, its ballots and its discussion in parallel (four GETs), verifies
 * every ballot and comment against the roll's keys and tallies the counted votes.
 */
export async function loadProposalPage(proposalUrl: string, options: LoadProposalPageOptions = {}): Promise<ProposalPage & { readonly verifier: BallotVerifier }> {
  const layout = proposalLayoutOf(proposalUrl);
  const [proposalDoc, rollDoc, ballotsDoc, discussionDoc] = await Promise.all([
    getRdfResource(layout.proposal, options),
    getRdfResource(layout.roll, options),
    getOptional(layout.ballots, options),
    getOptional(layout.discussion, options),
  ]);
  const proposal = recordFromResource(proposalType, proposalDoc, layout.proposal);
  const roll = rollFromQuads(rollDoc.quads);
  const model = toTallyProposal(proposal);
  const verifier = options.verifier ?? createBallotVerifier(proposal.url, roll);
  const ballots = await verifier(await readSnapshotTexts(layout.ballots, ballotsDoc.quads));
  const tally = tallyProposal(model, ballots.map((b) => b.vote), roll.members.map((m) => m.webId));
  const discussion = await readDiscussion(await readSnapshotTexts(layout.discussion, discussionDoc.quads), proposal.url, roll);
  const outcome = readRecordedOutcome(proposal.url, proposalDoc.quads);
  const application = readResolutionApplication(proposal.url, proposalDoc.quads);
  return { proposal, model, options: optionsOf(proposal), roll, ballots, tally, discussion, ...(outcome ? { outcome } : {}), ...(application ? { application } : {}), verifier };
}

// Ballots and discussion documents appear with the first vote or comment.
async function getOptional(url: string, options: PodRequestOptions): Promise<RdfResource> {
  try {
    return await getRdfResource(url, options);
  } catch (error) {
    if (error instanceof NotFoundError) return { url, quads: [], etag: null };
    throw error;
  }
}
