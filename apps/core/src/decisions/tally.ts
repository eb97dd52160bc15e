import type { ApprovalChoice, OptionApprovals } from './approval.js';
import type { ConsentBlock, ConsentChoice, ConsentCounts } from './consent.js';
import type { Threshold, VotingMethod } from './proposal.js';
import type { QuorumReport } from './quorum.js';
import type { IrvRound, RankedChoice } from './ranked-choice.js';
import type { OptionScore, ScoreChoice } from './score.js';
import type { CountedVote, RejectedVote } from './vote.js';
import type { YesNoChoice, YesNoCounts } from './yes-no.js';

/** The result of a proposal; 'tie' comes with `tiedOptions`, a single winner as `{ winner }`. */
export type Outcome = 'passed' | 'rejected' | 'blocked' | 'tie' | 'no-quorum' | { readonly winner: string };

/** What a method's count decided, before the quorum is applied. */
export interface MethodOutcome {
  readonly outcome: Outcome;
  /** The options sharing first place when the outcome is 'tie', in the proposal's order; else empty. */
  readonly tiedOptions: readonly string[];
}

export interface TallyTotals {
  readonly eligible: number;
  /** Every vote handed to the tally, counted or not. */
  readonly received: number;
  readonly counted: number;
  readonly rejected: number;
}

interface TallyCommon<M extends VotingMethod, C> extends MethodOutcome {
  readonly method: M;
  readonly counted: readonly CountedVote<C>[];
  readonly rejected: readonly RejectedVote[];
  readonly quorum: QuorumReport;
  readonly quorumMet: boolean;
  readonly totals: TallyTotals;
}

export interface YesNoTally extends TallyCommon<'yes-no', YesNoChoice> {
  readonly counts: YesNoCounts;
  readonly threshold: Threshold;
}

export interface ConsentTally extends TallyCommon<'consent', ConsentChoice> {
  readonly counts: ConsentCounts;
  readonly blocks: readonly ConsentBlock[];
}

export interface ApprovalTally extends TallyCommon<'approval', ApprovalChoice> {
  readonly perOption: readonly OptionApprovals[];
}

export interface ScoreTally extends TallyCommon<'score', ScoreChoice> {
  readonly perOption: readonly OptionScore[];
  readonly maxScore: number;
}

export interface RankedChoiceTally extends TallyCommon<'ranked-choice', RankedChoice> {
  /** Every instant-runoff round, first to last. */
  readonly rounds: readonly IrvRound[];
}

export type Tally = YesNoTally | ConsentTally | ApprovalTally | ScoreTally | RankedChoiceTally;
