import { commitTransfer, type CommitOptions, type CommittedTransfer } from './commit-transfer.js';
import { createReversal } from './create-reversal.js';
import { draftTransfer } from './draft-transfer.js';
import type { GroupLedger } from './group-ledger.js';
import { signTransfer } from './sign-transfer.js';
import type { TransferTerms } from './transfer.js';

/**
 * Reverses a completed transfer with a new one that pays the amount back and names the
 * original (nothing is deleted). Either party may reverse their own transfer; an admin of the
 * group may record it alone, signed as admin. The ledger's rules refuse a second reversal.
 */
export async function recordCorrection(ledger: GroupLedger, original: TransferTerms, input: { readonly description?: string; readonly time?: Date }, options: CommitOptions): Promise<CommittedTransfer> {
  const { actor } = options;
  const fresh = draftTransfer({ group: ledger.group, payer: original.payee, payee: original.payer, amount: original.amount, initiator: actor.webId, ...(input.time ? { time: input.time } : {}) });
  const isParty = actor.webId === original.payer || actor.webId === original.payee;
  const terms = isParty
    ? createReversal({ ...original, status: 'completed' }, { id: fresh.id, iri: fresh.iri, time: fresh.time, initiator: actor.webId, ...(input.description !== undefined ? { description: input.description } : {}) })
    : { ...fresh, reverses: original.iri, ...(original.currency !== undefined ? { currency: original.currency } : {}), ...(input.description !== undefined ? { description: input.description } : {}) };
  // A party reverses by paying back, so the payer of the reversal (the original payee) signs;
  // when the original payer asks for it back, the payee's consent is still needed: refuse here.
  if (isParty && actor.webId !== terms.payer) {
    throw new TypeError(`Only ${terms.payer} (who received the original payment) or an admin can record this reversal; ask them to.`);
  }
  const record = await signTransfer(terms, actor.signer, isParty ? 'payer' : 'admin');
  return commitTransfer(ledger, terms, record, options);
}
