import type { HistoryRow } from './history-row.js';

/** What a member narrows their history to; every field is optional. */
export interface HistoryFilter {
  /** Words that must all appear in the description or the other party's name (case and accents ignored). */
  readonly text?: string;
  readonly direction?: 'in' | 'out';
  readonly counterparty?: string;
  /** Dates as `YYYY-MM-DD`, both inclusive, compared in UTC. */
  readonly from?: string;
  readonly to?: string;
}

/** The rows that match the filter, in their original order; `nameOf` gives a WebID's display name. */
export function filterHistory(rows: readonly HistoryRow[], filter: HistoryFilter, nameOf: (webId: string) => string = (id) => id): HistoryRow[] {
  const words = fold(filter.text ?? '').split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.direction && row.direction !== filter.direction) return false;
    if (filter.counterparty && row.counterparty !== filter.counterparty) return false;
    const day = new Date(row.transfer.time).toISOString().slice(0, 10);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    if (words.length === 0) return true;
    const haystack = fold(`${row.transfer.description ?? ''} ${nameOf(row.counterparty)}`);
    return words.every((word) => haystack.includes(word));
  });
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
