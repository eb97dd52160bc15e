import { getMembers } from '../membership/get-members.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getCurrency } from '../records/types/currency.js';
import { getGroup } from '../records/types/group.js';
import type { Membership } from '../records/types/membership.js';
import type { CreditLimits, LedgerRules } from './ledger-rules.js';
import { getLedgerSettingsHistory } from './get-ledger-settings-history.js';
import { getLimitSettingsHistory } from './get-limit-settings-history.js';
import { getLedgerWorkflow, type LedgerWorkflow } from './ledger-workflow.js';

/** The group's ledger rules plus the records they came from, and who may currently trade. */
export interface GroupLedgerRules extends LedgerRules {
  readonly group: string;
  /** WebIDs whose membership is active now: only they may start new transfers. */
  readonly active: ReadonlySet<string>;
  readonly currency: string;
  readonly decimals: number;
  /** Whether members may request payments and how long a request stays open (group profile). */
  readonly workflow: LedgerWorkflow;
}

/**
 * Reads what a transfer is checked against from the group pod: membership intervals (from each
 * membership's start date), the currency's default limits and per-member overrides, the admins,
 * the group's workflow settings (the card's current value) and the dated histories of the
 * workflow and of the limits (`limits` stays the current value, for the apps).
 */
export async function getLedgerRules(groupUrl: string, options: PodRequestOptions = {}): Promise<GroupLedgerRules> {
  const [group, { members }, workflowHistory, limitsHistory] = await Promise.all([
    getGroup(groupUrl, options),
    getMembers(groupUrl, { ...options, includeRemoved: true }),
    getLedgerSettingsHistory(groupUrl, options),
    getLimitSettingsHistory(groupUrl, options),
  ]);
  const currency = await getCurrency(group.currency, options);
  return {
    group: groupUrl,
    // A removed membership ends at its end date: earlier transfers stay valid, later ones are not
    // the member's to make. (Records removed before end dates existed stay open; the server
    // refuses a removed member's writes and writers check `active`.) A rejoin clears the end.
    members: members.map((m) => ({
      member: m.member,
      from: m.startDate,
      ...(m.endDate !== undefined ? { until: m.endDate } : {}),
    })),
    limits: creditLimitsOf(currency.defaultMinimumBalance, currency.defaultMaximumBalance, members),
    admins: members.filter((m) => m.role === 'admin' && m.status === 'active').map((m) => m.member),
    active: new Set(members.filter((m) => m.status === 'active').map((m) => m.member)),
    currency: group.currency,
    decimals: currency.decimals,
    workflow: getLedgerWorkflow(group),
    workflowHistory,
    limitsHistory,
  };
}

function creditLimitsOf(minimum: number, maximum: number, members: readonly Membership[]): CreditLimits {
  const overrides: Record<string, { minimum?: number; maximum?: number }> = {};
  for (const m of members) {
    if (m.minimumBalance === undefined && m.maximumBalance === undefined) continue;
    overrides[m.member] = {
      ...(m.minimumBalance !== undefined ? { minimum: m.minimumBalance } : {}),
      ...(m.maximumBalance !== undefined ? { maximum: m.maximumBalance } : {}),
    };
  }
  return { defaults: { minimum, maximum }, overrides };
}
