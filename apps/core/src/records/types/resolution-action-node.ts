import { boolean, integer } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { identifiedNode, node } from '../node-codecs.js';
import { one, optional } from '../field.js';
import { MUTUA } from '../../vocab/terms.generated.js';

/** The IRIs of the action kinds, keyed as ResolutionAction's `kind`. */
export const ACTION_KINDS = {
  'default-minimum': MUTUA.SetDefaultMinimumBalance,
  'default-maximum': MUTUA.SetDefaultMaximumBalance,
  'member-minimum': MUTUA.SetMemberMinimumBalance,
  'member-maximum': MUTUA.SetMemberMaximumBalance,
  'group-rule': MUTUA.SetGroupRule,
} as const;

/** The group card's boolean rules an action may switch, keyed as the Group record's fields. */
export const GROUP_RULES = {
  membersMayPostNews: MUTUA.membersMayPostNews,
  onlyAdminsOpenProposals: MUTUA.onlyAdminsOpenProposals,
  membersMayRequestPayments: MUTUA.membersMayRequestPayments,
} as const;

const spec = {
  types: [MUTUA.ResolutionAction],
  fields: {
    kind: one(MUTUA.actionKind, oneOf(ACTION_KINDS)),
    balanceLimit: optional(MUTUA.balanceLimit, integer),
    targetMember: optional(MUTUA.targetMember, iri),
    targetRule: optional(MUTUA.targetRule, oneOf(GROUP_RULES)),
    ruleValue: optional(MUTUA.ruleValue, boolean),
  },
};

/** A proposal's own action, written at `<#action>`. */
export const proposalActionNode = node('action', spec);

/** An option's action; its `id` is the fragment it lives at (`option-a-action`). */
export const optionActionNode = identifiedNode(spec);
