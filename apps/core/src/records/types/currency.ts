import { dateTime, decimal, integer, text } from '../literal-codecs.js';
import { iri } from '../iri-codecs.js';
import { one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { DCTERMS, MUTUA, SCHEMA } from '../../vocab/terms.generated.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

/** A group's mutual-credit currency; all amounts are integers of minor units (`decimals` per unit). */
export const currencyType = defineRecordType({
  name: 'currency',
  classIri: MUTUA.Currency,
  fields: {
    name: one(SCHEMA.name, text),
    symbol: one(MUTUA.symbol, text),
    decimals: one(MUTUA.decimals, integer),
    defaultMinimumBalance: one(MUTUA.defaultMinimumBalance, integer),
    defaultMaximumBalance: one(MUTUA.defaultMaximumBalance, integer),
    referenceUnit: optional(MUTUA.referenceUnit, iri),
    referenceRate: optional(MUTUA.referenceRate, decimal),
    group: optional(MUTUA.group, iri),
    modified: optional(DCTERMS.modified, dateTime),
  },
});

export type Currency = RecordOf<typeof currencyType>;
export type CurrencyInit = RecordInit<typeof currencyType>;

/** A new currency in `containerUrl`, not saved yet (pure). */
export function createCurrency(containerUrl: string, init: CurrencyInit): Currency {
  return createRecord(currencyType, containerUrl, init);
}

/** Reads the currency at `url`, validated against its shape; throws a typed error otherwise. */
export function getCurrency(url: string, options?: PodRequestOptions): Promise<Currency> {
  return getRecord(currencyType, url, options);
}

/** Validates the currency, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveCurrency(currency: Currency, options?: PodRequestOptions): Promise<Currency> {
  return saveRecord(currencyType, currency, options);
}

/** Deletes the currency's document if unchanged since read. */
export function deleteCurrency(currency: Currency, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(currencyType, currency, options);
}
