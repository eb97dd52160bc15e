import type { ProposalRecord } from '../records/types/proposal.js';
import { GROUP_RULES } from '../records/types/resolution-action-node.js';

/** A group rule of the card that an adopted proposal may switch. */
export type GroupRule = keyof typeof GROUP_RULES;

/** The group rules an action may switch, in the order forms list them. */
export const GROUP_RULE_NAMES: readonly GroupRule[] = Object.keys(GROUP_RULES) as GroupRule[];

/**
 * A change to the group's settings that a proposal carries out when adopted. Limits are in
 * integer minor units of the group's currency.
 */
export type ResolutionAction =
  | { readonly kind: 'default-minimum'; readonly limit: number }
  | { readonly kind: 'default-maximum'; readonly limit: number }
  | { readonly kind: 'member-minimum'; readonly member: string; readonly limit: number }
  | { readonly kind: 'member-maximum'; readonly member: string; readonly limit: number }
  | { readonly kind: 'group-rule'; readonly rule: GroupRule; readonly value: boolean };

/** The action node as the proposal record stores it. */
export type ResolutionActionNode = NonNullable<ProposalRecord['decides']>;

/** Why an action cannot be applied as written, or undefined when it can (pure; mirrors the SHACL shape). */
export function checkResolutionAction(action: ResolutionAction): string | undefined {
  switch (action.kind) {
    case 'default-minimum':
    case 'member-minimum':
      if (!Number.isSafeInteger(action.limit))
        return `The minimum balance must be a whole number of minor units, got ${action.limit}.`;
      if (action.limit > 0) return `The minimum balance must be zero or below, got ${action.limit}.`;
      break;
    case 'default-maximum':
    case 'member-maximum':
      if (!Number.isSafeInteger(action.limit))
        return `The maximum balance must be a whole number of minor units, got ${action.limit}.`;
      if (action.limit < 0) return `The maximum balance must be zero or above, got ${action.limit}.`;
      break;
    case 'group-rule':
      if (!(action.rule in GROUP_RULES))
        return `Only these rules can be switched: ${GROUP_RULE_NAMES.join(', ')}; got ${String(action.rule)}.`;
      if (typeof action.value !== 'boolean') return `A rule is switched to true or false, got ${String(action.value)}.`;
      break;
  }
  if ((action.kind === 'member-minimum' || action.kind === 'member-maximum') && !/^https?:\/\//.test(action.member)) {
    return `The member concerned must be a WebID (https://…), got "${action.member}".`;
  }
  return undefined;
}

/** The action a stored node describes, or an explanation of what it lacks (pure). */
export function resolutionActionOf(node: ResolutionActionNode): ResolutionAction | string {
  const limit = node.balanceLimit;
  switch (node.kind) {
    case 'default-minimum':
    case 'default-maximum':
      return limit === undefined ? 'The action names no balance limit.' : { kind: node.kind, limit };
    case 'member-minimum':
    case 'member-maximum':
      if (limit === undefined) return 'The action names no balance limit.';
      return node.targetMember === undefined
        ? 'The action names no member.'
        : { kind: node.kind, member: node.targetMember, limit };
    case 'group-rule':
      if (node.targetRule === undefined || node.ruleValue === undefined)
        return 'The action names no rule or no value for it.';
      return { kind: 'group-rule', rule: node.targetRule, value: node.ruleValue };
  }
}

/** The node to store for an action (pure); the inverse of resolutionActionOf. */
export function resolutionActionNode(action: ResolutionAction): ResolutionActionNode {
  switch (action.kind) {
    case 'default-minimum':
    case 'default-maximum':
      return { kind: action.kind, balanceLimit: action.limit };
    case 'member-minimum':
    case 'member-maximum':
      return { kind: action.kind, balanceLimit: action.limit, targetMember: action.member };
    case 'group-rule':
      return { kind: 'group-rule', targetRule: action.rule, ruleValue: action.value };
  }
}
