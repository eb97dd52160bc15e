import type { MethodOutcome } from './tally.js';
import type { CountedVote, ParsedChoice } from './vote.js';

export type ConsentChoice =
  | { readonly response: 'consent' }
  | { readonly response: 'stand-aside'; readonly reason?: string }
  | { readonly response: 'block'; readonly reason: string };

export interface ConsentCounts {
  readonly consent: number;
  readonly standAside: number;
  readonly block: number;
}

export interface ConsentBlock {
  readonly voter: string;
  readonly reason: string;
}

/** Accepts `{ response: 'consent' | 'stand-aside' | 'block', reason? }`; a block must give a reason. */
export function parseConsentChoice(raw: unknown): ParsedChoice<ConsentChoice> {
  if (typeof raw !== 'object' || raw === null) return invalid('the choice must be an object with a response');
  const { response, reason } = raw as Record<string, unknown>;
  if (reason !== undefined && typeof reason !== 'string') return invalid('the reason must be text');
  switch (response) {
    case 'consent':
      return { ok: true, choice: { response } };
    case 'stand-aside':
      return {
        ok: true,
        choice: reason === undefined ? { response } : { response, reason },
      };
    case 'block':
      // A block stops the group, so the group must be able to read why.
      if (reason === undefined || reason.trim() === '') return invalid('a block must give a reason');
      return { ok: true, choice: { response, reason } };
    default:
      return invalid('the response must be "consent", "stand-aside" or "block"');
  }
}

/** Passes unless a counted vote blocks; stand-asides count toward the quorum but do not stop it. */
export function tallyConsent(counted: readonly CountedVote<ConsentChoice>[]): MethodOutcome & {
  readonly counts: ConsentCounts;
  readonly blocks: readonly ConsentBlock[];
} {
  const blocks: ConsentBlock[] = [];
  let consent = 0;
  let standAside = 0;
  for (const { voter, choice } of counted) {
    if (choice.response === 'block') blocks.push({ voter, reason: choice.reason });
    else if (choice.response === 'stand-aside') standAside += 1;
    else consent += 1;
  }
  const counts = { consent, standAside, block: blocks.length };
  return {
    counts,
    blocks,
    outcome: blocks.length > 0 ? 'blocked' : 'passed',
    tiedOptions: [],
  };
}

function invalid(detail: string): ParsedChoice<never> {
  return { ok: false, detail };
}
