import type { LedgerLine } from '../history/ledger-line.js';

/** Trade in one calendar month (UTC). */
export interface MonthActivity {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Sum of the amounts of the month's transfers, in minor units. */
  readonly volume: number;
  readonly transfers: number;
  /** Members who paid or were paid at least once in the month. */
  readonly activeTraders: number;
}

/** Volume, count and active traders per month, every month from the first transfer to the last (quiet months at zero). */
export function monthlyActivity(lines: readonly LedgerLine[]): MonthActivity[] {
  const byMonth = new Map<string, { volume: number; transfers: number; traders: Set<string> }>();
  for (const { transfer } of lines) {
    const month = new Date(transfer.time).toISOString().slice(0, 7);
    let bucket = byMonth.get(month);
    if (!bucket) byMonth.set(month, (bucket = { volume: 0, transfers: 0, traders: new Set() }));
    bucket.volume += transfer.amount;
    bucket.transfers += 1;
    bucket.traders.add(transfer.payer).add(transfer.payee);
  }
  const months = [...byMonth.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return [];
  return monthsBetween(first, last).map((month) => {
    const bucket = byMonth.get(month);
    return { month, volume: bucket?.volume ?? 0, transfers: bucket?.transfers ?? 0, activeTraders: bucket?.traders.size ?? 0 };
  });
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return months;
}
