import type { AddLedgerSettingsOptions } from '../ledger/add-ledger-settings.js';
import { addLimitSettings } from '../ledger/add-limit-settings.js';
import { ensureLimitSettingsContainer } from '../ledger/limit-settings-container.internal.js';
import type { Currency } from '../records/types/currency.js';
import { saveMembership, type Membership } from '../records/types/membership.js';
import { readMembership } from './member-changes.internal.js';

/** A member's balance limits in minor units; null removes an override (back to the currency's default). */
export interface MemberLimits {
  readonly minimumBalance?: number | null;
  readonly maximumBalance?: number | null;
}

/**
 * Sets or clears per-member overrides of the currency's balance limits (admins only): a change
 * first adds a dated record to `limit-settings/` (what every reader's replay judges transfers by,
 * decision 0081), then saves the membership record, the quick read of the current value.
 * Checked before sending: integers, minimum ≤ 0 ≤ maximum.
 */
export async function setMemberLimits(groupUrl: string, memberWebId: string, limits: MemberLimits, options: AddLedgerSettingsOptions = {}): Promise<Membership> {
  for (const [name, value] of Object.entries(limits)) {
    if (value !== null && value !== undefined && !Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number of minor units, got ${value}`);
  }
  if ((limits.minimumBalance ?? 0) > 0) throw new RangeError(`minimumBalance must be zero or below, got ${limits.minimumBalance}`);
  if ((limits.maximumBalance ?? 0) < 0) throw new RangeError(`maximumBalance must be zero or above, got ${limits.maximumBalance}`);
  const { membership } = await readMembership(groupUrl, memberWebId, options);
  const next = { ...membership } as Record<string, unknown>;
  for (const key of ['minimumBalance', 'maximumBalance'] as const) {
    if (limits[key] === null) delete next[key];
    else if (limits[key] !== undefined) next[key] = limits[key];
  }
  const after = next as unknown as Membership;
  if (after.minimumBalance !== membership.minimumBalance || after.maximumBalance !== membership.maximumBalance) {
    await ensureLimitSettingsContainer(groupUrl, options);
    // The record first: if the membership's save fails, readers still judge by what the admin chose.
    await addLimitSettings(
      groupUrl,
      { member: memberWebId, limits: overridesOf(after), previous: overridesOf(membership) },
      options,
    );
  }
  return saveMembership(after, options);
}

/** The limits the ledger applies to a member: their overrides, else the currency's defaults (pure). */
export function effectiveLimits(membership: Pick<Membership, 'minimumBalance' | 'maximumBalance'>, currency: Pick<Currency, 'defaultMinimumBalance' | 'defaultMaximumBalance'>): { minimumBalance: number; maximumBalance: number } {
  return {
    minimumBalance: membership.minimumBalance ?? currency.defaultMinimumBalance,
    maximumBalance: membership.maximumBalance ?? currency.defaultMaximumBalance,
  };
}

function overridesOf(m: Pick<Membership, 'minimumBalance' | 'maximumBalance'>): { minimum?: number; maximum?: number } {
  return {
    ...(m.minimumBalance !== undefined ? { minimum: m.minimumBalance } : {}),
    ...(m.maximumBalance !== undefined ? { maximum: m.maximumBalance } : {}),
  };
}
