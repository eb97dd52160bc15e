import { checkTransfer, type LedgerView, type LimitsBasis } from './check-transfer.internal.js';
import type { LedgerRules } from './ledger-rules.js';
import type { AcceptedTransfer, LedgerState } from './ledger-state.js';
import type { TransferTerms } from './transfer.js';
import type { TransferRejection } from './transfer-rejection.js';

/** The new state after a transfer, or why the transfer was refused (the old state stays valid). */
export type ApplyTransferResult = { readonly ok: true; readonly state: LedgerState } | { readonly ok: false; readonly rejection: TransferRejection };

/**
 * Apply one completed transfer to a ledger state under the group's rules; never mutates `state`.
 * Limits are those of the transfer's time, as replay judges it; an app deciding a transfer now
 * passes 'latest' so a limit an admin set this very second already holds.
 */
export function applyTransfer(state: LedgerState, transfer: TransferTerms, rules: LedgerRules, limits: LimitsBasis = 'at-its-time'): ApplyTransferResult {
  const rejection = checkTransfer(viewOf(state), transfer, rules, limits);
  if (rejection) return { ok: false, rejection };
  const balances = new Map(state.balances);
  balances.set(transfer.payer, (balances.get(transfer.payer) ?? 0) - transfer.amount);
  balances.set(transfer.payee, (balances.get(transfer.payee) ?? 0) + transfer.amount);
  const transfers = new Map(state.transfers);
  transfers.set(transfer.id, accepted(transfer));
  const original = transfer.reverses === undefined ? undefined : state.idsByIri.get(transfer.reverses);
  if (original !== undefined) transfers.set(original, { ...(transfers.get(original) as AcceptedTransfer), reversedBy: transfer.iri });
  const idsByIri = new Map(state.idsByIri).set(transfer.iri, transfer.id);
  return { ok: true, state: { balances, transfers, idsByIri } };
}

/** The part of a transfer the ledger keeps. */
export function accepted(t: TransferTerms): AcceptedTransfer {
  return { id: t.id, iri: t.iri, payer: t.payer, payee: t.payee, amount: t.amount };
}

function viewOf(state: LedgerState): LedgerView {
  return {
    balanceOf: (member) => state.balances.get(member) ?? 0,
    transferById: (id) => state.transfers.get(id),
    transferByIri: (iri) => {
      const id = state.idsByIri.get(iri);
      return id === undefined ? undefined : state.transfers.get(id);
    },
  };
}
