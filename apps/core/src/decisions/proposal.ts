/** An exact share as a fraction of two integers, e.g. 2/3; never a float, so no rounding surprises. */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

/** How a yes/no proposal compares the yes share with its threshold. */
export type ThresholdComparison = 'more-than' | 'at-least';

/** The share of yes among yes+no votes a yes/no proposal needs, e.g. more than 1/2 or at least 2/3. */
export interface Threshold extends Ratio {
  readonly comparison: ThresholdComparison;
}

export type VotingMethod = 'yes-no' | 'consent' | 'approval' | 'ranked-choice' | 'score';

/** The stored lifecycle status; see `proposalState` for the effective state at a given time. */
export type ProposalStatus = 'draft' | 'open' | 'closed' | 'withdrawn';

interface ProposalCommon {
  readonly id: string;
  readonly status: ProposalStatus;
  /** xsd:dateTime with a time zone; votes cast before it are rejected as early. */
  readonly opensAt: string;
  /** xsd:dateTime with a time zone; votes cast at or after it are rejected as late. */
  readonly closesAt: string;
  /** Share of eligible members whose counted votes make the result valid. */
  readonly quorum: Ratio;
}

export interface YesNoProposal extends ProposalCommon {
  readonly method: 'yes-no';
  /** Defaults to SIMPLE_MAJORITY. */
  readonly threshold?: Threshold;
}

export interface ConsentProposal extends ProposalCommon {
  readonly method: 'consent';
}

export interface ApprovalProposal extends ProposalCommon {
  readonly method: 'approval';
  readonly options: readonly string[];
}

export interface RankedChoiceProposal extends ProposalCommon {
  readonly method: 'ranked-choice';
  /** The listed order is also the last tie-break for elimination (later options go first). */
  readonly options: readonly string[];
}

export interface ScoreProposal extends ProposalCommon {
  readonly method: 'score';
  readonly options: readonly string[];
  /** Highest score a voter may give an option (lowest is 0); defaults to DEFAULT_MAX_SCORE. */
  readonly maxScore?: number;
}

export type Proposal = YesNoProposal | ConsentProposal | ApprovalProposal | RankedChoiceProposal | ScoreProposal;

/** More than half of the yes and no votes. */
export const SIMPLE_MAJORITY: Threshold = Object.freeze({
  numerator: 1,
  denominator: 2,
  comparison: 'more-than',
});

/** At least two thirds of the yes and no votes. */
export const TWO_THIRDS: Threshold = Object.freeze({
  numerator: 2,
  denominator: 3,
  comparison: 'at-least',
});

export const DEFAULT_MAX_SCORE = 5;
