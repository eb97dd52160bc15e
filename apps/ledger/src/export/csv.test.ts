import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { memberHistory } from '../history/member-history.js';
import { ALICE, BRUNO, line, sampleLines } from '../test-support/sample-ledger.js';
import { historyCsv } from './history-csv.js';
import { ledgerCsv } from './ledger-csv.js';

const hours = { decimals: 2, symbol: 'h' };
const names = (webId: string) => (webId === BRUNO ? 'Bruno "Bricoleur", Lefèvre' : webId.split('/')[3] ?? webId);

describe('historyCsv', () => {
  it('writes one row per history line with exact decimal amounts and the running balance', () => {
    const csv = historyCsv(memberHistory(sampleLines(), ALICE), hours, names);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[0]).toEqual(['entry', 'time', 'direction', 'counterparty', 'counterparty_webid', 'description', 'amount_h', 'balance_h', 'transfer_id']);
    expect(parsed[1]?.slice(0, 8)).toEqual(['0', '2026-01-20T10:00:00Z', 'out', 'Bruno "Bricoleur", Lefèvre', BRUNO, 'Réparation de chaise', '-0.60', '-0.60']);
    expect(parsed).toHaveLength(5);
    expect(csv).toContain('"Bruno ""Bricoleur"", Lefèvre"');
  });

  it('escapes descriptions a spreadsheet would run as a formula', () => {
    const csv = historyCsv(memberHistory([line(0, ALICE, BRUNO, 5, '2026-01-01T00:00:00Z', '=HYPERLINK("http://evil")')], ALICE), hours, names);
    expect(Papa.parse<string[]>(csv).data[1]?.[5]).toBe(`'=HYPERLINK("http://evil")`);
  });
});

describe('ledgerCsv', () => {
  it('writes every transfer in ledger order with both parties', () => {
    const parsed = Papa.parse<string[]>(ledgerCsv(sampleLines(), { decimals: 0, symbol: 'GRN' }, names)).data;
    expect(parsed.map((r) => r[0])).toEqual(['entry', '0', '1', '2', '3', '4']);
    expect(parsed[2]?.slice(2, 7)).toEqual(['Bruno "Bricoleur", Lefèvre', BRUNO, 'camille', 'https://pods.example/camille/profile/card#me', '30']);
  });
});
