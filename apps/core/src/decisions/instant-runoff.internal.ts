import type { EliminationTieBreak, IrvRound, OptionVotes, RankedChoice } from './ranked-choice.js';
import type { MethodOutcome } from './tally.js';

type Counts = ReadonlyMap<string, number>;

const NO_ELIMINATION = { eliminated: null, tieBreak: 'none', transfers: [], exhaustedByTransfer: 0 } as const;

/** Runs instant-runoff rounds until one option has a majority of continuing ballots or all left tie. */
export function runInstantRunoff(
  ballots: readonly RankedChoice[],
  options: readonly string[],
): MethodOutcome & { readonly rounds: readonly IrvRound[] } {
  const continuing = new Set(options);
  const history: Counts[] = [];
  const rounds: IrvRound[] = [];
  for (;;) {
    const counts = firstPreferences(ballots, continuing);
    const continuingBallots = sum(counts.values());
    const exhaustedBallots = ballots.length - continuingBallots;
    const round = { round: rounds.length + 1, tallies: toList(counts), continuingBallots, exhaustedBallots };
    const decided = decide(counts, continuingBallots);
    if (decided) return { ...decided, rounds: [...rounds, { ...round, ...NO_ELIMINATION }] };
    const { loser, tieBreak } = pickLoser(counts, history, options);
    rounds.push({ ...round, eliminated: loser, tieBreak, ...transfersFrom(loser, ballots, continuing) });
    history.push(counts);
    continuing.delete(loser);
  }
}

// The count ends with nothing ranked, with a majority, or when all options left have equal
// votes: eliminating one of them could only be arbitrary, so the tie is reported instead.
function decide(counts: Counts, continuingBallots: number): MethodOutcome | undefined {
  if (continuingBallots === 0) return { outcome: 'rejected', tiedOptions: [] };
  const winner = [...counts].find(([, votes]) => votes * 2 > continuingBallots);
  if (winner) return { outcome: { winner: winner[0] }, tiedOptions: [] };
  if (new Set(counts.values()).size === 1) return { outcome: 'tie', tiedOptions: [...counts.keys()] };
  return undefined;
}

function topChoice(ballot: RankedChoice, continuing: ReadonlySet<string>): string | undefined {
  return ballot.find((o) => continuing.has(o));
}

// Sets keep insertion order, so counts stay in the proposal's option order.
function firstPreferences(ballots: readonly RankedChoice[], continuing: ReadonlySet<string>): Counts {
  const counts = new Map([...continuing].map((o) => [o, 0]));
  for (const ballot of ballots) {
    const top = topChoice(ballot, continuing);
    if (top !== undefined) counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  return counts;
}

// Fewest votes now; among equals, fewest in the round before, and so on back to round 1;
// if still equal, the option listed last in the proposal goes. Fixed in advance, so it can
// be published before voting and nobody can steer it.
function pickLoser(
  counts: Counts,
  history: readonly Counts[],
  options: readonly string[],
): { loser: string; tieBreak: EliminationTieBreak } {
  let tied = lowest([...counts.keys()], counts);
  if (tied.length === 1) return { loser: tied[0] as string, tieBreak: 'none' };
  for (let r = history.length - 1; r >= 0 && tied.length > 1; r -= 1) {
    tied = lowest(tied, history[r] as Counts);
  }
  if (tied.length === 1) return { loser: tied[0] as string, tieBreak: 'earlier-rounds' };
  const last = [...options].reverse().find((o) => tied.includes(o)) as string;
  return { loser: last, tieBreak: 'option-order' };
}

function lowest(candidates: readonly string[], counts: Counts): string[] {
  const min = Math.min(...candidates.map((o) => counts.get(o) ?? 0));
  return candidates.filter((o) => (counts.get(o) ?? 0) === min);
}

function transfersFrom(
  loser: string,
  ballots: readonly RankedChoice[],
  continuing: ReadonlySet<string>,
): { transfers: OptionVotes[]; exhaustedByTransfer: number } {
  const after = new Set([...continuing].filter((o) => o !== loser));
  const moved = new Map([...after].map((o) => [o, 0]));
  let exhaustedByTransfer = 0;
  for (const ballot of ballots) {
    if (topChoice(ballot, continuing) !== loser) continue;
    const next = topChoice(ballot, after);
    if (next === undefined) exhaustedByTransfer += 1;
    else moved.set(next, (moved.get(next) ?? 0) + 1);
  }
  return { transfers: toList(moved).filter((t) => t.votes > 0), exhaustedByTransfer };
}

function toList(counts: Counts): OptionVotes[] {
  return [...counts].map(([option, votes]) => ({ option, votes }));
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
