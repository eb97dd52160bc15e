import type { CreditLimits, Currency, Group, GroupLedgerRules } from './core-api.internal.js';

/** What every ledger page of one group needs besides the ledger itself. */
export interface GroupContext {
  readonly group: Group;
  readonly currency: Currency;
  /** WebIDs of the active members, sorted. */
  readonly members: readonly string[];
  /** Display name per member WebID (from their profiles; the WebID when a profile is unreadable). */
  readonly names: ReadonlyMap<string, string>;
  readonly limits: CreditLimits;
  /** True when the viewer is an admin of the group. */
  readonly isAdmin: boolean;
  /** What the group's transfers are checked against, as the core reads it (membership intervals, limits, admins). */
  readonly rules: GroupLedgerRules;
}
