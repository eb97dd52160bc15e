import type { MethodOutcome } from './tally.js';

/** Winner by highest total; 'tie' when several share it; 'rejected' when nothing got any support. */
export function highestTotal(totals: readonly { option: string; total: number }[]): MethodOutcome {
  const best = Math.max(0, ...totals.map((t) => t.total));
  if (best === 0) return { outcome: 'rejected', tiedOptions: [] };
  const leaders = totals.filter((t) => t.total === best).map((t) => t.option);
  if (leaders.length === 1) return { outcome: { winner: leaders[0] as string }, tiedOptions: [] };
  return { outcome: 'tie', tiedOptions: leaders };
}
