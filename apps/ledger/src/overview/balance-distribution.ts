/** How many members have a balance in [from, to) (the last bucket includes `to`). */
export interface BalanceBucket {
  readonly from: number;
  readonly to: number;
  readonly members: number;
}

/**
 * Members' balances grouped into `bucketCount` equal ranges from the group's lowest to highest
 * balance, bounds in whole minor units; one bucket when everyone has the same balance.
 */
export function balanceDistribution(balances: readonly number[], bucketCount = 6): BalanceBucket[] {
  if (balances.length === 0) return [];
  const low = Math.min(...balances);
  const high = Math.max(...balances);
  if (low === high) return [{ from: low, to: high, members: balances.length }];
  const width = Math.ceil((high - low) / bucketCount);
  const buckets = Array.from({ length: Math.ceil((high - low) / width) }, (_, i) => ({ from: low + i * width, to: Math.min(low + (i + 1) * width, high), members: 0 }));
  for (const balance of balances) {
    const index = Math.min(Math.floor((balance - low) / width), buckets.length - 1);
    (buckets[index] as { members: number }).members += 1;
  }
  return buckets;
}
