import type { DatedLimits } from './limits-at.js';
import type { DatedWorkflow } from './workflow-at.js';

/** One period during which a WebID was a member of the group: from `from` (inclusive) until `until` (exclusive). */
export interface MembershipInterval {
  readonly member: string;
  /** xsd:dateTime with a time zone. */
  readonly from: string;
  /** xsd:dateTime with a time zone; open-ended when absent. */
  readonly until?: string;
}

/** The lowest and highest balance a member may reach, in minor units (minimum ≤ 0 ≤ maximum). */
export interface BalanceLimits {
  readonly minimum: number;
  readonly maximum: number;
}

/** The group's default limits and per-member overrides (from memberships). */
export interface CreditLimits {
  readonly defaults: BalanceLimits;
  readonly overrides?: Readonly<Record<string, Partial<BalanceLimits>>>;
}

/** What a transfer is checked against. */
export interface LedgerRules {
  /** When set, transfers of any other group are refused. */
  readonly group?: string;
  readonly members: readonly MembershipInterval[];
  readonly limits: CreditLimits;
  /** WebIDs of the group's admins: an admin's signature alone may record a correcting reversal. */
  readonly admins?: readonly string[];
  /**
   * The group's dated workflow settings (ledger-settings/), in record order: replay judges each
   * transfer by the record in force at its time. Absent or empty: no workflow rule is checked.
   */
  readonly workflowHistory?: readonly DatedWorkflow[];
  /**
   * The group's dated credit limit changes (limit-settings/), in record order: replay judges each
   * transfer by the limits in force at its time (limitsAt). Absent or empty: `limits` applies to every transfer.
   */
  readonly limitsHistory?: readonly DatedLimits[];
}

/** The limits that apply to one member now (the card's values; replay dates them with limitsAt). */
export function limitsFor(limits: CreditLimits, member: string): BalanceLimits {
  const own = limits.overrides?.[member];
  return { minimum: own?.minimum ?? limits.defaults.minimum, maximum: own?.maximum ?? limits.defaults.maximum };
}
