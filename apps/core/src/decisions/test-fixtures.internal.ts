// Builders shared by this folder's tests: a one-week voting window, members m1..mN, votes.
import type { Proposal, Ratio } from './proposal.js';
import type { Vote } from './vote.js';

export const OPENS_AT = '2026-05-01T00:00:00Z';
export const CLOSES_AT = '2026-05-08T00:00:00Z';
const OPENS_MS = Date.parse(OPENS_AT);

/** An instant `minutes` after the window opens (negative: before it). */
export function minutesIn(minutes: number): string {
  return new Date(OPENS_MS + minutes * 60_000).toISOString();
}

export function member(n: number): string {
  return `https://pods.example/m${n}/profile/card#me`;
}

export function members(count: number): string[] {
  return Array.from({ length: count }, (_, i) => member(i + 1));
}

/** A verified vote by member n, cast `minutes` into the window (default 1). */
export function voteBy(n: number, choice: unknown, minutes = 1, verified = true): Vote {
  return { voter: member(n), castAt: minutesIn(minutes), choice, verified };
}

/** Votes by members 1, 2, 3… with the given choices, one minute apart. */
export function votesOf(choices: readonly unknown[]): Vote[] {
  return choices.map((choice, i) => voteBy(i + 1, choice, i + 1));
}

const base = {
  id: 'p1',
  status: 'open',
  opensAt: OPENS_AT,
  closesAt: CLOSES_AT,
} as const;
const NO_QUORUM: Ratio = { numerator: 0, denominator: 1 };

export function yesNo(extra: Partial<Extract<Proposal, { method: 'yes-no' }>> = {}): Proposal {
  return { ...base, method: 'yes-no', quorum: NO_QUORUM, ...extra };
}

export function consent(extra: Partial<Extract<Proposal, { method: 'consent' }>> = {}): Proposal {
  return { ...base, method: 'consent', quorum: NO_QUORUM, ...extra };
}

export function withOptions(
  method: 'approval' | 'ranked-choice' | 'score',
  options: readonly string[],
  extra: { quorum?: Ratio; maxScore?: number } = {},
): Proposal {
  return { ...base, method, options, quorum: NO_QUORUM, ...extra };
}
