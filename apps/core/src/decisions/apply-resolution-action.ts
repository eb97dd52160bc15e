import { groupRootOf } from '../groups/group-layout.js';
import { getLedgerWorkflow } from '../ledger/ledger-workflow.js';
import { saveGroupCurrency } from '../ledger/save-group-currency.js';
import { setLedgerWorkflow } from '../ledger/set-ledger-workflow.js';
import { setMemberLimits } from '../membership/member-limits.js';
import type { AddLedgerSettingsOptions } from '../ledger/add-ledger-settings.js';
import { setNewsPostingRule } from '../publishing/news-posting-rule.js';
import { getCurrency } from '../records/types/currency.js';
import { getGroup, type Group } from '../records/types/group.js';
import { setProposalOpeners } from './proposal-opening-rule.js';
import { checkResolutionAction, type GroupRule, type ResolutionAction } from './resolution-action.js';

/**
 * Carries out one action on the group with the same functions the admin screens use (so the
 * rule switches also rewrite the ACLs that enforce them) and returns the setting's value read
 * back. Every write is conditional and admin-only on the server: a member's attempt fails with
 * AccessDeniedError. Throws RangeError for an action that is invalid as written.
 */
export async function applyResolutionAction(
  groupUrl: string,
  action: ResolutionAction,
  options: AddLedgerSettingsOptions = {},
): Promise<number | boolean> {
  const problem = checkResolutionAction(action);
  if (problem) throw new RangeError(problem);
  switch (action.kind) {
    case 'default-minimum':
    case 'default-maximum': {
      const currency = await getCurrency((await getGroup(groupUrl, options)).currency, options);
      const key = action.kind === 'default-minimum' ? 'defaultMinimumBalance' : 'defaultMaximumBalance';
      const saved = await saveGroupCurrency(groupUrl, { ...currency, [key]: action.limit }, options);
      return saved[key];
    }
    case 'member-minimum':
    case 'member-maximum': {
      const key = action.kind === 'member-minimum' ? 'minimumBalance' : 'maximumBalance';
      const saved = await setMemberLimits(groupUrl, action.member, { [key]: action.limit }, options);
      return saved[key] ?? action.limit;
    }
    case 'group-rule':
      return ruleValueOf(await setGroupRule(groupUrl, action.rule, action.value, options), action.rule);
  }
}

async function setGroupRule(
  groupUrl: string,
  rule: GroupRule,
  value: boolean,
  options: AddLedgerSettingsOptions,
): Promise<Group> {
  const root = groupRootOf(groupUrl);
  switch (rule) {
    case 'membersMayPostNews':
      return setNewsPostingRule(root, value ? 'members' : 'admins', options);
    case 'onlyAdminsOpenProposals':
      return setProposalOpeners(root, value ? 'admins' : 'members', options);
    case 'membersMayRequestPayments': {
      const workflow = getLedgerWorkflow(await getGroup(groupUrl, options));
      return setLedgerWorkflow(root, { ...workflow, membersMayRequestPayments: value }, options);
    }
  }
}

// Absent rules have defaults (decision 0051, the ledger workflow); the record states the effective value.
function ruleValueOf(group: Group, rule: GroupRule): boolean {
  if (rule === 'membersMayRequestPayments') return getLedgerWorkflow(group).membersMayRequestPayments;
  return group[rule] === true;
}
