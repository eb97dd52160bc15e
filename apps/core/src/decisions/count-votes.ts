import { canonicalJson, compareCodeUnits, sortKeyOf } from './canonical-json.internal.js';
import { parseInstant } from './instant.internal.js';
import type { Proposal } from './proposal.js';
import { votingWindowOf, type VotingWindow } from './proposal-window.internal.js';
import type { CountedVote, ParsedChoice, RejectedVote, RejectionReason, Vote } from './vote.js';

export interface CountedAndRejected<C> {
  /** One vote per member, sorted by voter. */
  readonly counted: CountedVote<C>[];
  /** Every other vote with its reason, in a fixed order that does not depend on input order. */
  readonly rejected: RejectedVote[];
}

interface Candidate<C> {
  readonly vote: Vote;
  readonly instant: number;
  readonly choice: C;
  readonly key: string;
}

/** Keeps, per eligible member, the last verified, on-time, well-formed vote; rejects all others with a reason. */
export function countVotes<C>(
  proposal: Proposal,
  votes: readonly Vote[],
  eligibleMembers: ReadonlySet<string>,
  parseChoice: (raw: unknown) => ParsedChoice<C>,
): CountedAndRejected<C> {
  const window = votingWindowOf(proposal);
  const rejected: RejectedVote[] = [];
  const byVoter = new Map<string, Candidate<C>[]>();
  for (const vote of votes) {
    const screened = screen(vote, eligibleMembers, window, parseChoice);
    if ('reason' in screened) {
      rejected.push({ vote, ...screened });
      continue;
    }
    const list = byVoter.get(vote.voter) ?? [];
    list.push(screened);
    byVoter.set(vote.voter, list);
  }
  const counted: CountedVote<C>[] = [];
  for (const [voter, candidates] of byVoter) {
    candidates.sort(compareCandidates);
    const last = candidates[candidates.length - 1] as Candidate<C>;
    counted.push({ voter, castAt: last.vote.castAt, choice: last.choice });
    for (const earlier of candidates.slice(0, -1)) {
      const detail = `replaced by the same member's vote cast at ${last.vote.castAt}`;
      rejected.push({ vote: earlier.vote, reason: 'superseded', detail });
    }
  }
  counted.sort((a, b) => compareCodeUnits(a.voter, b.voter));
  rejected.sort(compareRejected);
  return { counted, rejected };
}

function screen<C>(
  vote: Vote,
  eligible: ReadonlySet<string>,
  window: VotingWindow,
  parseChoice: (raw: unknown) => ParsedChoice<C>,
): Candidate<C> | { reason: RejectionReason; detail: string } {
  if (vote.verified !== true) return { reason: 'bad-signature', detail: 'its signature did not verify' };
  if (typeof vote.voter !== 'string' || !eligible.has(vote.voter)) {
    return {
      reason: 'not-a-member',
      detail: `${String(vote.voter)} is not an eligible member`,
    };
  }
  const instant = parseInstant(vote.castAt);
  if (instant === undefined) {
    return {
      reason: 'bad-timestamp',
      detail: `castAt "${String(vote.castAt)}" is not a date-time with a time zone`,
    };
  }
  if (instant < window.opens) {
    return {
      reason: 'early',
      detail: `cast at ${vote.castAt}, before voting opened`,
    };
  }
  if (instant >= window.closes) {
    return {
      reason: 'late',
      detail: `cast at ${vote.castAt}, at or after the closing time`,
    };
  }
  if (vote.receivedAt !== undefined) {
    const received = parseInstant(vote.receivedAt);
    if (received === undefined) {
      return {
        reason: 'bad-timestamp',
        detail: `receivedAt "${String(vote.receivedAt)}" is not a date-time with a time zone`,
      };
    }
    if (received >= window.closes) {
      return {
        reason: 'late',
        detail: `received at ${vote.receivedAt}, at or after the closing time`,
      };
    }
  }
  const parsed = parseChoice(vote.choice);
  if (!parsed.ok) return { reason: 'invalid-choice', detail: parsed.detail };
  return {
    vote,
    instant,
    choice: parsed.choice,
    key: canonicalJson(parsed.choice),
  };
}

// Same instant from one member: no true "last", so fall back to fixed content order,
// which at least gives every reader the same answer whatever order the pod listed votes in.
function compareCandidates<C>(a: Candidate<C>, b: Candidate<C>): number {
  return (
    a.instant - b.instant ||
    compareCodeUnits(a.key, b.key) ||
    compareCodeUnits(a.vote.castAt, b.vote.castAt) ||
    compareCodeUnits(sortKeyOf(a.vote), sortKeyOf(b.vote))
  );
}

function compareRejected(a: RejectedVote, b: RejectedVote): number {
  return (
    compareCodeUnits(String(a.vote.voter), String(b.vote.voter)) ||
    compareCodeUnits(String(a.vote.castAt), String(b.vote.castAt)) ||
    compareCodeUnits(a.reason, b.reason) ||
    compareCodeUnits(sortKeyOf(a.vote), sortKeyOf(b.vote))
  );
}
