import type { Ratio } from './proposal.js';
import { minimumPartFor, shareMeets } from './ratio.internal.js';

export interface QuorumReport {
  readonly eligible: number;
  readonly counted: number;
  readonly required: Ratio;
  /** Fewest counted votes that meet the quorum (0 when nobody is eligible). */
  readonly minimumVotes: number;
  readonly met: boolean;
}

/** Whether counted/eligible ≥ quorum, exactly (counted·d ≥ n·eligible); never met with no eligible members. */
export function checkQuorum(counted: number, eligible: number, quorum: Ratio): QuorumReport {
  const met = eligible > 0 && shareMeets(counted, eligible, quorum, 'at-least');
  const minimumVotes = eligible > 0 ? minimumPartFor(eligible, quorum) : 0;
  return { eligible, counted, required: quorum, minimumVotes, met };
}
