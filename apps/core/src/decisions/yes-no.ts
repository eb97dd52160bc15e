import { SIMPLE_MAJORITY, type Threshold } from './proposal.js';
import { shareMeets } from './ratio.internal.js';
import type { MethodOutcome } from './tally.js';
import type { CountedVote, ParsedChoice } from './vote.js';

export type YesNoChoice = 'yes' | 'no' | 'abstain';

export interface YesNoCounts {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

/** Accepts exactly 'yes', 'no' or 'abstain'. */
export function parseYesNoChoice(raw: unknown): ParsedChoice<YesNoChoice> {
  if (raw === 'yes' || raw === 'no' || raw === 'abstain') return { ok: true, choice: raw };
  return { ok: false, detail: 'the choice must be "yes", "no" or "abstain"' };
}

/**
 * Passes when yes/(yes+no) meets the threshold and at least one member voted yes.
 * Abstentions count toward the quorum only, never toward the threshold.
 */
export function tallyYesNo(
  counted: readonly CountedVote<YesNoChoice>[],
  threshold: Threshold = SIMPLE_MAJORITY,
): MethodOutcome & { readonly counts: YesNoCounts } {
  const counts = { yes: 0, no: 0, abstain: 0 };
  for (const { choice } of counted) counts[choice] += 1;
  // Without the yes ≥ 1 guard, "at least 0/…" or all-abstain would pass on 0 ≥ 0.
  const passes = counts.yes > 0 && shareMeets(counts.yes, counts.yes + counts.no, threshold, threshold.comparison);
  return { counts, outcome: passes ? 'passed' : 'rejected', tiedOptions: [] };
}
