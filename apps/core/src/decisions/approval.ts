import { compareCodeUnits } from './canonical-json.internal.js';
import { highestTotal } from './highest-total.internal.js';
import { parseOptionList } from './option-list.internal.js';
import type { MethodOutcome } from './tally.js';
import type { CountedVote, ParsedChoice } from './vote.js';

/** The options a voter approves, sorted; an empty list approves none and still counts toward quorum. */
export type ApprovalChoice = readonly string[];

export interface OptionApprovals {
  readonly option: string;
  readonly approvals: number;
}

/** Accepts a list of distinct known options; returns it sorted so equal sets compare equal. */
export function parseApprovalChoice(raw: unknown, options: readonly string[]): ParsedChoice<ApprovalChoice> {
  const parsed = parseOptionList(raw, options);
  return parsed.ok ? { ok: true, choice: parsed.choice.sort(compareCodeUnits) } : parsed;
}

/** Most approvals wins; equal leaders are a tie; no approvals at all is 'rejected'. */
export function tallyApproval(
  counted: readonly CountedVote<ApprovalChoice>[],
  options: readonly string[],
): MethodOutcome & { readonly perOption: readonly OptionApprovals[] } {
  const approvals = new Map(options.map((o) => [o, 0]));
  for (const { choice } of counted) {
    for (const option of choice) approvals.set(option, (approvals.get(option) ?? 0) + 1);
  }
  const perOption = options.map((option) => ({
    option,
    approvals: approvals.get(option) ?? 0,
  }));
  return {
    perOption,
    ...highestTotal(perOption.map((p) => ({ option: p.option, total: p.approvals }))),
  };
}
