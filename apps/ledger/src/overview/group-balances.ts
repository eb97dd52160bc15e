import type { CreditLimits } from '../data/core-api.internal.js';
import { limitsFor } from '../data/core-api.internal.js';

/** One member's line in the group overview. */
export interface MemberBalance {
  readonly member: string;
  readonly balance: number;
  readonly minimum: number;
  readonly maximum: number;
}

/** Every member's balance with their limits, highest balance first (members without trades at zero). */
export function groupBalances(members: readonly string[], balances: ReadonlyMap<string, number>, limits: CreditLimits): MemberBalance[] {
  const everyone = new Set([...members, ...balances.keys()]);
  return [...everyone]
    .map((member) => ({ member, balance: balances.get(member) ?? 0, ...limitsFor(limits, member) }))
    .sort((a, b) => b.balance - a.balance || (a.member < b.member ? -1 : 1));
}
