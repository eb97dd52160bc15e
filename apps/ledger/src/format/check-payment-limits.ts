import { limitsFor, type CreditLimits } from '../data/core-api.internal.js';

/** Why a payment would break a credit limit, with how much would still fit. */
export type LimitCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly who: 'payer' | 'payee'; readonly room: number };

/** Checks a payment against the payer's minimum and the payee's maximum balance before anything is signed. */
export function checkPaymentLimits(balances: ReadonlyMap<string, number>, limits: CreditLimits, payer: string, payee: string, amount: number): LimitCheck {
  const payerRoom = (balances.get(payer) ?? 0) - limitsFor(limits, payer).minimum;
  if (amount > payerRoom) return { ok: false, who: 'payer', room: Math.max(0, payerRoom) };
  const payeeRoom = limitsFor(limits, payee).maximum - (balances.get(payee) ?? 0);
  if (amount > payeeRoom) return { ok: false, who: 'payee', room: Math.max(0, payeeRoom) };
  return { ok: true };
}
