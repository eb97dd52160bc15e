import type { LimitSettings } from '../records/types/limit-settings.js';
import type { AddLedgerSettingsOptions } from './add-ledger-settings.js';
import { addDatedRecord } from './dated-records.internal.js';
import type { BalanceLimits } from './ledger-rules.js';
import { LIMIT_SETTINGS_KIND } from './limit-settings-document.internal.js';

/** One change of credit limits: the currency's defaults (no `member`) or one member's overrides. */
export interface LimitChange {
  /** Absent: the change is to the currency's default limits, and both values of `limits` and `previous` are required. */
  readonly member?: string;
  /** The limits from now on; for a member an absent value means the default applies. */
  readonly limits: Partial<BalanceLimits>;
  /** The limits replaced: what readers apply before the first record for the same member or defaults. */
  readonly previous: Partial<BalanceLimits>;
}

/**
 * Adds the next record to the group's credit limit history (`limit-settings/<n>`, decision 0081),
 * created once with If-None-Match: * so no record is ever replaced; an admin who loses the number
 * to another admin takes the next one. Needs Append on `limit-settings/` (admins).
 */
export function addLimitSettings(groupUrl: string, change: LimitChange, options: AddLedgerSettingsOptions = {}): Promise<LimitSettings> {
  return addDatedRecord(
    LIMIT_SETTINGS_KIND,
    groupUrl,
    (header) => ({
      ...header,
      ...(change.member !== undefined ? { member: change.member } : {}),
      ...(change.limits.minimum !== undefined ? { minimumBalance: change.limits.minimum } : {}),
      ...(change.limits.maximum !== undefined ? { maximumBalance: change.limits.maximum } : {}),
      ...(change.previous.minimum !== undefined ? { previousMinimumBalance: change.previous.minimum } : {}),
      ...(change.previous.maximum !== undefined ? { previousMaximumBalance: change.previous.maximum } : {}),
    }),
    options,
  );
}
