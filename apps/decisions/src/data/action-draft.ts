import { msg } from '@lit/localize';
import { checkResolutionAction, GROUP_RULE_NAMES, type GroupRule, type ResolutionAction } from './core-decisions.js';

/** What the author picked in the form's "what it changes" part; '' is "nothing by itself". */
export type ActionChoice = '' | ResolutionAction['kind'];

/** The raw values of the action part of the new-proposal form. */
export interface ActionFormValues {
  readonly kind: ActionChoice;
  /** A limit typed in the currency's major units, e.g. "-300" or "-12.50". */
  readonly amount: string;
  readonly member: string;
  readonly rule: string;
  /** "true" or "false". */
  readonly ruleValue: string;
}

/**
 * The action the form describes, undefined for none, or what to fix (pure apart from the
 * translated messages). Amounts are read without floats into integer minor units.
 */
export function actionFromForm(values: ActionFormValues, decimals: number): ResolutionAction | undefined | string {
  if (values.kind === '') return undefined;
  if (values.kind === 'group-rule') {
    if (!GROUP_RULE_NAMES.includes(values.rule as GroupRule)) return msg('Choose the rule the decision switches.');
    if (values.ruleValue !== 'true' && values.ruleValue !== 'false')
      return msg('Choose whether the rule is switched on or off.');
    return { kind: 'group-rule', rule: values.rule as GroupRule, value: values.ruleValue === 'true' };
  }
  const limit = minorUnitsOf(values.amount, decimals);
  if (limit === undefined) return msg('Give the new limit as a number, with no more decimals than the currency has.');
  const minimum = values.kind === 'default-minimum' || values.kind === 'member-minimum';
  if (minimum && limit > 0) return msg('A minimum balance is zero or below, e.g. -300.');
  if (!minimum && limit < 0) return msg('A maximum balance is zero or above, e.g. 500.');
  let action: ResolutionAction;
  if (values.kind === 'member-minimum' || values.kind === 'member-maximum') {
    const member = values.member.trim();
    if (!/^https?:\/\/\S+$/.test(member)) return msg('Choose the member whose limit changes.');
    action = { kind: values.kind, member, limit };
  } else {
    action = { kind: values.kind, limit };
  }
  // The shape's own rules, checked once more so nothing invalid is ever sent.
  return checkResolutionAction(action) ?? action;
}

/** "-12.5" → -1250 with 2 decimals; undefined when not a number or too precise. */
export function minorUnitsOf(text: string, decimals: number): number | undefined {
  const match = /^\s*([-+−]?)(\d+)(?:[.,](\d*))?\s*$/.exec(text);
  if (!match) return undefined;
  const fraction = match[3] ?? '';
  if (fraction.length > decimals) return undefined;
  const value = Number(`${match[2]}${fraction.padEnd(decimals, '0')}`);
  if (!Number.isSafeInteger(value)) return undefined;
  return (match[1] === '-' || match[1] === '−') && value !== 0 ? -value : value;
}
