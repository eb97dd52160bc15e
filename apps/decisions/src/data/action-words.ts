import { msg, str } from '@lit/localize';
import type { ResolutionAction } from './core-decisions.js';

/** How amounts of the group's currency are shown. */
export interface CurrencyUnits {
  readonly decimals: number;
  readonly symbol: string;
}

/** An integer of minor units in major units with a real minus sign: -30000, 2 decimals → "−300.00". */
export function formatLimit(minor: number, decimals: number): string {
  const digits = String(Math.abs(minor)).padStart(decimals + 1, '0');
  const major = decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  return `${minor < 0 ? '−' : ''}${major}`;
}

/**
 * An action in plain words, to follow "If passed:" ("the minimum balance becomes −300.00 hours").
 * Without the currency yet (still loading), amounts are shown in minor units.
 */
export function actionWords(
  action: ResolutionAction,
  currency: CurrencyUnits | undefined,
  nameOf: (webId: string) => string,
): string {
  const amount = (minor: number) =>
    currency ? `${formatLimit(minor, currency.decimals)} ${currency.symbol}` : String(minor);
  switch (action.kind) {
    case 'default-minimum':
      return msg(str`the minimum balance becomes ${amount(action.limit)}`);
    case 'default-maximum':
      return msg(str`the maximum balance becomes ${amount(action.limit)}`);
    case 'member-minimum':
      return msg(str`the minimum balance of ${nameOf(action.member)} becomes ${amount(action.limit)}`);
    case 'member-maximum':
      return msg(str`the maximum balance of ${nameOf(action.member)} becomes ${amount(action.limit)}`);
    case 'group-rule':
      return ruleWords(action.rule, action.value);
  }
}

/** A group rule's setting in plain words. */
export function ruleWords(rule: string, value: boolean): string {
  switch (rule) {
    case 'membersMayPostNews':
      return value ? msg('members may post news') : msg('only admins post news');
    case 'onlyAdminsOpenProposals':
      return value ? msg('only admins open proposals') : msg('every member may open proposals');
    case 'membersMayRequestPayments':
      return value ? msg('members may request payments') : msg('members may no longer request payments');
    default:
      return `${rule} = ${String(value)}`;
  }
}

/** The value an application read back, in plain words. */
export function resultingValueWords(
  action: ResolutionAction,
  value: number | boolean | undefined,
  currency: CurrencyUnits | undefined,
): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return action.kind === 'group-rule' ? ruleWords(action.rule, value) : String(value);
  return currency ? `${formatLimit(value, currency.decimals)} ${currency.symbol}` : String(value);
}
