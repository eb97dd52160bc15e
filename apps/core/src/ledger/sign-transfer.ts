import type { Quad } from '@rdfjs/types';
import type { Signer } from '../decisions/signer.js';
import { signRecord } from '../signing/sign-record.js';
import { transferToQuads } from './transfer-quads.js';
import type { TransferTerms } from './transfer.js';

/** The role a signature plays on a transfer; it names the proof node (`…#proof-payer`). */
export type SignerRole = 'payer' | 'payee' | 'admin';

/**
 * Adds the signer's eddsa-rdfc-2022 proof to a transfer record (the bare terms when `record`
 * is absent). Proofs get IRIs, not blank nodes, so records canonicalise on the fast path and
 * a second signer's proof joins the first as a proof set.
 */
export async function signTransfer(terms: TransferTerms, signer: Signer, role: SignerRole, record: readonly Quad[] = transferToQuads(terms)): Promise<Quad[]> {
  const proofId = `${terms.iri.replace(/#.*$/, '')}#proof-${role}`;
  const proof = await signRecord(record, { privateKey: signer.privateKey, verificationMethod: signer.keyId, proofId, subject: terms.iri });
  return [...record, ...proof];
}
