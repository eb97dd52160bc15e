import type { LedgerLine } from '../history/ledger-line.js';
import type { LedgerProblem, LogEntry } from './core-api.internal.js';

/** A group ledger as the app shows it: what counts, what was wrong, and the raw signed entries. */
export interface LedgerView {
  /** Entries that passed every check, as transfers in ledger order; only these move balances. */
  readonly lines: readonly LedgerLine[];
  readonly balances: ReadonlyMap<string, number>;
  /** Sequence of the last entry of the problem-free prefix; -1 when there is none. */
  readonly verifiedUpTo: number;
  readonly problems: readonly LedgerProblem[];
  /** Every entry as stored, signed records included (for receipts and JSON-LD export). */
  readonly entries: readonly LogEntry[];
  /** Why ledger pages on the server were not used (the entries were read one by one instead). */
  readonly ignoredPages?: readonly string[];
}
