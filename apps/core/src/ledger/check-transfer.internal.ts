import type { LedgerRules } from './ledger-rules.js';
import { latestLimits, limitsAt } from './limits-at.js';
import type { AcceptedTransfer } from './ledger-state.js';
import { MembershipIndex } from './membership-index.internal.js';
import type { TransferTerms } from './transfer.js';
import type { TransferRejection } from './transfer-rejection.js';

/** Read access to a ledger, shared by the immutable state and replay's private accumulator. */
export interface LedgerView {
  balanceOf(member: string): number;
  transferById(id: string): AcceptedTransfer | undefined;
  transferByIri(iri: string): AcceptedTransfer | undefined;
}

const indexes = new WeakMap<LedgerRules, MembershipIndex>();

/** The membership index of a rules object, built once per object. */
export function membershipIndexOf(rules: LedgerRules): MembershipIndex {
  let index = indexes.get(rules);
  if (!index) indexes.set(rules, (index = new MembershipIndex(rules.members)));
  return index;
}

/** Which limits a check applies: those of the transfer's own time (replay), or the newest (an app deciding a transfer now). */
export type LimitsBasis = 'at-its-time' | 'latest';

/** The first rule the transfer breaks on this ledger, or undefined when it may be applied. */
export function checkTransfer(view: LedgerView, t: TransferTerms, rules: LedgerRules, basis: LimitsBasis = 'at-its-time'): TransferRejection | undefined {
  if (!Number.isSafeInteger(t.amount) || t.amount <= 0) return reject('invalid-amount', `Amount ${t.amount} is not a whole number of minor units of at least 1`);
  if (t.payer === t.payee) return reject('self-payment', `${t.payer} cannot pay themselves`);
  if (t.initiator !== t.payer && t.initiator !== t.payee && !isAdminCorrection(t, rules)) {
    return reject('invalid-initiator', `Initiator ${t.initiator} is neither payer nor payee, nor an admin correcting a transfer`);
  }
  if (rules.group !== undefined && t.group !== rules.group) return reject('wrong-group', `Transfer belongs to group ${t.group}, not ${rules.group}`);
  const members = membershipIndexOf(rules);
  for (const party of [t.payer, t.payee]) {
    if (!members.isMemberAt(party, t.time)) return reject('unknown-member', `${party} was not a member of the group at ${t.time}`);
  }
  if (view.transferById(t.id)) return reject('duplicate-id', `Transfer id ${t.id} was already used`);
  if (view.transferByIri(t.iri)) return reject('duplicate-id', `Transfer record ${t.iri} is already in the ledger`);
  const reversal = t.reverses === undefined ? undefined : checkReversal(view.transferByIri(t.reverses), t);
  if (reversal) return reject('invalid-reversal', reversal);
  const payerAfter = view.balanceOf(t.payer) - t.amount;
  const payeeAfter = view.balanceOf(t.payee) + t.amount;
  // Replay: the limits in force at the transfer's time, so lowering a limit later cannot undo an
  // earlier transfer. An app deciding a transfer now: the newest, even if set this same second.
  const { minimum } = limitsOf(rules, t.payer, t.time, basis);
  const { maximum } = limitsOf(rules, t.payee, t.time, basis);
  if (!Number.isSafeInteger(payerAfter) || payerAfter < minimum) return reject('below-minimum', `${t.payer} would reach ${payerAfter}, below their minimum of ${minimum}`);
  if (!Number.isSafeInteger(payeeAfter) || payeeAfter > maximum) return reject('above-maximum', `${t.payee} would reach ${payeeAfter}, above their maximum of ${maximum}`);
  return undefined;
}

// Module functions rather than closures in checkTransfer: replay calls it once per entry.
function reject(kind: TransferRejection['kind'], message: string): TransferRejection {
  return { kind, message };
}

function limitsOf(rules: LedgerRules, member: string, time: string, basis: LimitsBasis) {
  return basis === 'latest' ? latestLimits(rules.limits, rules.limitsHistory, member) : limitsAt(rules.limits, rules.limitsHistory, member, time);
}

function checkReversal(original: AcceptedTransfer | undefined, t: TransferTerms): string | undefined {
  if (!original) return `Transfer ${t.reverses} is not an accepted transfer of this ledger`;
  if (original.reversedBy !== undefined) return `Transfer ${t.reverses} was already reversed by ${original.reversedBy}`;
  if (original.payer !== t.payee || original.payee !== t.payer || original.amount !== t.amount) {
    return `A reversal of ${t.reverses} must pay ${original.amount} back from ${original.payee} to ${original.payer}`;
  }
  return undefined;
}

/** True when an admin of the group initiates a reversal: the one transfer a third party may record. */
export function isAdminCorrection(t: TransferTerms, rules: LedgerRules): boolean {
  return t.reverses !== undefined && t.initiator !== t.payer && t.initiator !== t.payee && (rules.admins ?? []).includes(t.initiator);
}
