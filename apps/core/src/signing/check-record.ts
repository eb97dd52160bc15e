import type { Quad } from '@rdfjs/types';
import { canonicalRecord } from './canonical-record.internal.js';
import { canonicalHash, proofHashData } from './proof-hash-data.internal.js';
import { sha256, sha256Hex, sha256HexNow, sha256Now } from './sha256.js';
import { splitProofs } from './split-proofs.internal.js';
import { recordOutcome, verifyProof } from './verify-proof.internal.js';
import type { RecordVerification, VerifyRecordOptions } from './verify-record.js';

/** How to check a record: verifyRecord's options, and whether to hash its canonical form too. */
export interface CheckRecordOptions extends VerifyRecordOptions {
  /** Also return the SHA-256 of the whole record's canonical N-Quads when the shared pass wrote them. */
  readonly hashRecord?: boolean;
}

/** A record's verification, with the hash of its canonical N-Quads (proofs included) when asked for and it came for free. */
export interface CheckedRecord {
  readonly verification: RecordVerification;
  /** Lower-case hex SHA-256 of the record's RDFC-1.0 canonical N-Quads; absent on the general path or when not asked for. */
  readonly recordHash?: string;
}

/** verifyRecord for bulk checks: one canonicalisation serves the document, the proof options and the whole record. */
export async function checkRecord(quads: readonly Quad[], options: CheckRecordOptions): Promise<CheckedRecord> {
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
  // Everything is hashed before the first wait (synchronously in Node, sha256Now), so the
  // canonical texts die young instead of outliving the signature checks in flight.
  const recordText = options.hashRecord ? forms.record() : undefined;
  const recordHash = recordText === undefined ? undefined : (sha256HexNow(recordText) ?? (await sha256Hex(recordText)));
  const documentHash = sha256Now(forms.document) ?? (await sha256(forms.document));
  const hashed = hashAll(forms.configs);
  const configHashes = hashed instanceof Promise ? await hashed : hashed;
  const results = await Promise.all(split.proofs.map((parts, i) => verifyProof(parts, signedBytes(configHashes[i] as Uint8Array, documentHash), options)));
  return { verification: recordOutcome(results), ...(recordHash !== undefined ? { recordHash } : {}) };
}

// The bytes a proof signs: its options' hash, then the document's.
function signedBytes(configHash: Uint8Array, documentHash: Uint8Array): () => Uint8Array<ArrayBuffer> {
  return () => {
    const bytes = new Uint8Array(configHash.length + documentHash.length);
    bytes.set(configHash, 0);
    bytes.set(documentHash, configHash.length);
    return bytes;
  };
}

// Synchronous where the platform hashes synchronously: no promise per record in Node.
function hashAll(texts: readonly string[]): Uint8Array[] | Promise<Uint8Array[]> {
  const now = texts.map(sha256Now);
  return now.every((hash) => hash !== undefined) ? now : Promise.all(texts.map(sha256));
}
