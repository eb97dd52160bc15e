import type { Quad } from 'n3';
import { signRecord } from '../signing/sign-record.js';
import type { Signer } from './signer.js';
import { snapshotText } from './signed-snapshots.internal.js';

/** Signs a record's triples (eddsa-rdfc-2022, proof at `<doc#proof>`) and returns them with the proof, and their snapshot text. */
export async function signForSnapshot(subject: string, quads: readonly Quad[], signer: Signer, created: string): Promise<{ signed: Quad[]; text: string }> {
  const proofId = `${subject.replace(/#.*$/, '')}#proof`;
  const proof = await signRecord(quads, { privateKey: signer.privateKey, verificationMethod: signer.keyId, proofId, subject, created });
  const signed = [...quads, ...(proof as Quad[])];
  return { signed, text: snapshotText(signed) };
}
