import { runInstantRunoff } from './instant-runoff.internal.js';
import { parseOptionList } from './option-list.internal.js';
import type { MethodOutcome } from './tally.js';
import type { CountedVote, ParsedChoice } from './vote.js';

/** Options from most to least preferred; it may stop early (unranked options get nothing). */
export type RankedChoice = readonly string[];

export interface OptionVotes {
  readonly option: string;
  readonly votes: number;
}

/** How the lowest option was picked when several shared the fewest votes. */
export type EliminationTieBreak = 'none' | 'earlier-rounds' | 'option-order';

/** One instant-runoff round, complete enough to chart. */
export interface IrvRound {
  /** 1-based. */
  readonly round: number;
  /** Votes of each option still in the count, in the proposal's option order. */
  readonly tallies: readonly OptionVotes[];
  /** Ballots whose highest-ranked option is still in the count; a majority is more than half of these. */
  readonly continuingBallots: number;
  /** Ballots with no option left in the count, including empty rankings. */
  readonly exhaustedBallots: number;
  /** The option eliminated at the end of this round, or null when the count ended here. */
  readonly eliminated: string | null;
  readonly tieBreak: EliminationTieBreak;
  /** Where the eliminated option's ballots went for the next round. */
  readonly transfers: readonly OptionVotes[];
  /** The eliminated option's ballots that ranked nothing still in the count. */
  readonly exhaustedByTransfer: number;
}

/** Accepts a list of distinct known options, most preferred first. */
export function parseRankedChoice(raw: unknown, options: readonly string[]): ParsedChoice<RankedChoice> {
  return parseOptionList(raw, options);
}

/**
 * Instant run-off: a majority of continuing ballots wins; otherwise the option with the fewest
 * votes is eliminated (ties broken by fewer votes in earlier rounds, then by listing order,
 * the later-listed option going first) and its ballots move to their next choice. When every
 * option left has the same votes, the result is a tie. With no ranked ballots it is 'rejected'.
 */
export function tallyRankedChoice(
  counted: readonly CountedVote<RankedChoice>[],
  options: readonly string[],
): MethodOutcome & { readonly rounds: readonly IrvRound[] } {
  return runInstantRunoff(
    counted.map((v) => v.choice),
    options,
  );
}
