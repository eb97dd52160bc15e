import type { HistoryRow } from './history-row.js';
import type { LedgerLine } from './ledger-line.js';

/** A member's history in ledger order, with the running balance after each of their transfers. */
export function memberHistory(lines: readonly LedgerLine[], member: string): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let balance = 0;
  for (const { sequence, transfer } of lines) {
    const incoming = transfer.payee === member;
    if (!incoming && transfer.payer !== member) continue;
    const change = incoming ? transfer.amount : -transfer.amount;
    balance += change;
    rows.push({ sequence, transfer, direction: incoming ? 'in' : 'out', counterparty: incoming ? transfer.payer : transfer.payee, change, balanceAfter: balance });
  }
  return rows;
}
