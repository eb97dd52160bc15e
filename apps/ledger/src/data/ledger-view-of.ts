import type { LedgerLine } from '../history/ledger-line.js';
import { readTransfer, type LedgerReplay, type LogEntry } from './core-api.internal.js';
import type { LedgerView } from './ledger-view.js';

/** The app's view of a replayed ledger: the entries without problems become history lines. */
export function ledgerViewOf(
  entries: readonly LogEntry[],
  replay: Pick<LedgerReplay, 'balances' | 'verifiedUpTo' | 'problems'>,
  ignoredPages: readonly string[] = [],
): LedgerView {
  const bad = new Set(replay.problems.map((p) => p.sequence));
  const lines: LedgerLine[] = [];
  for (const entry of entries) {
    if (bad.has(entry.sequence)) continue;
    const transfer = readTransfer(entry.record, entry.transfer);
    if (!('problem' in transfer)) lines.push({ sequence: entry.sequence, transfer });
  }
  return {
    lines,
    balances: replay.balances,
    verifiedUpTo: replay.verifiedUpTo,
    problems: replay.problems,
    entries,
    ...(ignoredPages.length > 0 ? { ignoredPages } : {}),
  };
}
