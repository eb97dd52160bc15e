import { ConflictError } from '../errors/conflict-error.js';
import { createImmutable } from '../pod/create-immutable.js';
import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import type { LimitSettings } from '../records/types/limit-settings.js';
import type { AddLedgerSettingsOptions } from './add-ledger-settings.js';
import { groupLedgerLayout, limitSettingsSequenceOf, limitSettingsUrl } from './group-ledger-layout.js';
import type { BalanceLimits } from './ledger-rules.js';
import { LIMIT_SETTINGS_CONTENT_TYPE, serializeLimitSettings } from './limit-settings-document.internal.js';

/** One change of credit limits: the currency's defaults (no `member`) or one member's overrides. */
export interface LimitChange {
  /** Absent: the change is to the currency's default limits, and both values of `limits` and `previous` are required. */
  readonly member?: string;
  /** The limits from now on; for a member an absent value means the default applies. */
  readonly limits: Partial<BalanceLimits>;
  /** The limits replaced: what readers apply before the first record for the same member or defaults. */
  readonly previous: Partial<BalanceLimits>;
}

const ATTEMPTS = 5;

/**
 * Adds the next record to the group's credit limit history (`limit-settings/<n>`, decision 0081),
 * created once with If-None-Match: * so no record is ever replaced; an admin who loses the number
 * to another admin takes the next one. Needs Append on `limit-settings/` (admins).
 */
export async function addLimitSettings(
  groupUrl: string,
  change: LimitChange,
  options: AddLedgerSettingsOptions = {},
): Promise<LimitSettings> {
  const container = groupLedgerLayout(groupUrl).limitSettings;
  const taken = (await getContainedResourceUrlsOrNone(container, options))
    .map(limitSettingsSequenceOf)
    .filter((n): n is number => n !== undefined);
  let sequence = taken.length === 0 ? 0 : Math.max(...taken) + 1;
  for (let attempt = 1; ; attempt++, sequence++) {
    const url = limitSettingsUrl(groupUrl, sequence);
    const record: LimitSettings = {
      url: `${url}#it`,
      group: groupUrl,
      sequence,
      created: (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...(options.by !== undefined ? { creator: options.by } : {}),
      ...(change.member !== undefined ? { member: change.member } : {}),
      ...(change.limits.minimum !== undefined ? { minimumBalance: change.limits.minimum } : {}),
      ...(change.limits.maximum !== undefined ? { maximumBalance: change.limits.maximum } : {}),
      ...(change.previous.minimum !== undefined ? { previousMinimumBalance: change.previous.minimum } : {}),
      ...(change.previous.maximum !== undefined ? { previousMaximumBalance: change.previous.maximum } : {}),
    };
    try {
      await createImmutable(
        'Adding the credit limit record at',
        url,
        LIMIT_SETTINGS_CONTENT_TYPE,
        serializeLimitSettings(record),
        options,
      );
      return record;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
