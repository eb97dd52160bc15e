import Papa from 'papaparse';
import { CSV_OPTIONS } from './csv-options.internal.js';
import type { CurrencyFormat } from '../format/currency-format.js';
import { minorUnitsToDecimal } from '../format/minor-units-to-decimal.js';
import type { HistoryRow } from '../history/history-row.js';

/**
 * A member's history as CSV (RFC 4180, header row, amounts as plain decimals with a point).
 * Cells that a spreadsheet would run as a formula are escaped, since descriptions come from other members.
 */
export function historyCsv(rows: readonly HistoryRow[], currency: CurrencyFormat, nameOf: (webId: string) => string): string {
  const amount = (minor: number) => minorUnitsToDecimal(minor, currency.decimals);
  return Papa.unparse(
    {
      fields: ['entry', 'time', 'direction', 'counterparty', 'counterparty_webid', 'description', `amount_${currency.symbol}`, `balance_${currency.symbol}`, 'transfer_id'],
      data: rows.map((r) => [r.sequence, r.transfer.time, r.direction, nameOf(r.counterparty), r.counterparty, r.transfer.description ?? '', amount(r.change), amount(r.balanceAfter), r.transfer.id]),
    },
    CSV_OPTIONS,
  );
}
