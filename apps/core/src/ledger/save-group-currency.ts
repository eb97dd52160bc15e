import { getCurrency, saveCurrency, type Currency } from '../records/types/currency.js';
import type { AddLedgerSettingsOptions } from './add-ledger-settings.js';
import { addLimitSettings } from './add-limit-settings.js';
import { ensureLimitSettingsContainer } from './limit-settings-container.internal.js';

/**
 * Saves a group's currency (admins only, conditional on its ETag like saveCurrency); a change of
 * the default limits first adds a dated record, with the defaults it replaces, to `limit-settings/`
 * (what every reader's replay judges transfers by, decision 0081).
 */
export async function saveGroupCurrency(
  groupUrl: string,
  currency: Currency,
  options: AddLedgerSettingsOptions = {},
): Promise<Currency> {
  const stored = await getCurrency(currency.url, options);
  // Edited from a stale copy: let saveCurrency refuse it before any record claims the change.
  if (currency.etag != null && stored.etag !== currency.etag) return saveCurrency(currency, options);
  if (
    stored.defaultMinimumBalance !== currency.defaultMinimumBalance ||
    stored.defaultMaximumBalance !== currency.defaultMaximumBalance
  ) {
    await ensureLimitSettingsContainer(groupUrl, options);
    await addLimitSettings(
      groupUrl,
      {
        limits: { minimum: currency.defaultMinimumBalance, maximum: currency.defaultMaximumBalance },
        previous: { minimum: stored.defaultMinimumBalance, maximum: stored.defaultMaximumBalance },
      },
      options,
    );
  }
  return saveCurrency(currency, options);
}
