import type { Quad } from '@rdfjs/types';
import { canonicalRecord } from './canonical-record.internal.js';
import { canonicalHash, proofHashData } from './proof-hash-data.internal.js';
import { sha256, sha256Now } from './sha256.js';
import { splitProofs } from './split-proofs.internal.js';
import { recordOutcome, verifyProof, type ProofData } from './verify-proof.internal.js';
import type { RecordVerification, VerifyRecordOptions } from './verify-record.js';

/** A record's verification, with its canonical N-Quads (proofs included) when they came for free. */
export interface CheckedRecord {
  readonly verification: RecordVerification;
  /** Writes the whole record's RDFC-1.0 canonical N-Quads from the shared pass; absent on the general path. */
  readonly canonical?: () => string;
}

/** verifyRecord for bulk checks: one canonicalisation serves the document, the proof options and the whole record. */
export async function checkRecord(quads: readonly Quad[], options: VerifyRecordOptions): Promise<CheckedRecord> {
  const split = splitProofs(quads, options.subject);
  const forms = canonicalRecord(quads, split);
  if (!forms) {
    // The general path, exactly verifyRecord's.
    let documentHash: Promise<Uint8Array> | undefined;
    const results = await Promise.all(
      split.proofs.map((parts) => verifyProof(parts, () => proofHashData(parts.config, (documentHash ??= canonicalHash(split.document))), options)),
    );
    return { verification: recordOutcome(results) };
  }
  let documentHash: Uint8Array | Promise<Uint8Array> | undefined;
  // Node hashes synchronously (sha256Now): no promise per hash on the hot path.
  const data = (config: string): ProofData => async () => {
    documentHash ??= sha256Now(forms.document) ?? sha256(forms.document);
    const configHash = sha256Now(config) ?? (await sha256(config));
    const docHash = await documentHash;
    const bytes = new Uint8Array(configHash.length + docHash.length);
    bytes.set(configHash, 0);
    bytes.set(docHash, configHash.length);
    return bytes;
  };
  const results = await Promise.all(split.proofs.map((parts, i) => verifyProof(parts, data(forms.configs[i] as string), options)));
  return { verification: recordOutcome(results), canonical: forms.record };
}
