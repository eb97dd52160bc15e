import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { Currency } from '../records/types/currency.js';
import { saveMembership, type Membership } from '../records/types/membership.js';
import { readMembership } from './member-changes.internal.js';

/** A member's balance limits in minor units; null removes an override (back to the currency's default). */
export interface MemberLimits {
  readonly minimumBalance?: number | null;
  readonly maximumBalance?: number | null;
}

/**
 * Sets or clears per-member overrides of the currency's balance limits on the membership
 * record (admins only). Checked before sending: integers, minimum ≤ 0 ≤ maximum.
 */
export async function setMemberLimits(groupUrl: string, memberWebId: string, limits: MemberLimits, options: PodRequestOptions = {}): Promise<Membership> {
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
  return saveMembership(next as unknown as Membership, options);
}

/** The limits the ledger applies to a member: their overrides, else the currency's defaults (pure). */
export function effectiveLimits(membership: Pick<Membership, 'minimumBalance' | 'maximumBalance'>, currency: Pick<Currency, 'defaultMinimumBalance' | 'defaultMaximumBalance'>): { minimumBalance: number; maximumBalance: number } {
  return {
    minimumBalance: membership.minimumBalance ?? currency.defaultMinimumBalance,
    maximumBalance: membership.maximumBalance ?? currency.defaultMaximumBalance,
  };
}
