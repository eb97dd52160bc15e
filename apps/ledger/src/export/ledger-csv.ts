import Papa from 'papaparse';
import { CSV_OPTIONS } from './csv-options.internal.js';
import type { CurrencyFormat } from '../format/currency-format.js';
import { minorUnitsToDecimal } from '../format/minor-units-to-decimal.js';
import type { LedgerLine } from '../history/ledger-line.js';

/** The whole group ledger as CSV, one transfer per row in ledger order (for admins and auditors). */
export function ledgerCsv(lines: readonly LedgerLine[], currency: CurrencyFormat, nameOf: (webId: string) => string): string {
  return Papa.unparse(
    {
      fields: ['entry', 'time', 'payer', 'payer_webid', 'payee', 'payee_webid', `amount_${currency.symbol}`, 'description', 'offer', 'initiator_webid', 'reverses', 'transfer_id'],
      data: lines.map(({ sequence, transfer: t }) => [
        sequence,
        t.time,
        nameOf(t.payer),
        t.payer,
        nameOf(t.payee),
        t.payee,
        minorUnitsToDecimal(t.amount, currency.decimals),
        t.description ?? '',
        t.offer ?? '',
        t.initiator,
        t.reverses ?? '',
        t.id,
      ]),
    },
    CSV_OPTIONS,
  );
}
