import { MUTUA } from '../../vocab/terms.generated.js';

/** The voting methods a proposal (or a group's default) may use. */
export const votingMethod = {
  yesNo: MUTUA.YesNoAbstain,
  consent: MUTUA.ConsentDecision,
  approval: MUTUA.ApprovalVoting,
  ranked: MUTUA.RankedVoting,
  score: MUTUA.ScoreVoting,
} as const;
