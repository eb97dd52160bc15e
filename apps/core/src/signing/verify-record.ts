import type { Quad } from '@rdfjs/types';
import { canonicalHash, proofHashData } from './proof-hash-data.internal.js';
import { splitProofs } from './split-proofs.internal.js';
import { recordOutcome, verifyProof } from './verify-proof.internal.js';

/** A verification key the caller trusts for a verification method, and who controls it. */
export interface ResolvedKey {
  /** WebCrypto Ed25519 key, or its publicKeyMultibase ("z6Mk…"). */
  readonly publicKey: CryptoKey | string;
  /** The WebID (or other controller) that lists this key as an assertion method. */
  readonly controller: string;
}

/** Finds the key for a verification method IRI; undefined when it is unknown or not authorised. */
export type KeyResolver = (verificationMethod: string) => Promise<ResolvedKey | undefined> | ResolvedKey | undefined;

/** How to verify a record. */
export interface VerifyRecordOptions {
  readonly resolveKey: KeyResolver;
  /** Required proof purpose IRI; defaults to sec:assertionMethod. */
  readonly proofPurpose?: string;
  /** Only proofs attached to this subject count; all `sec:proof` links count when omitted. */
  readonly subject?: string;
}

/** The outcome for one proof of a record. */
export interface ProofVerification {
  readonly verified: boolean;
  readonly reason?: string;
  /** The proof node's IRI or blank node label. */
  readonly proof: string;
  readonly verificationMethod?: string;
  /** Controller of the key, set when the signature verified. */
  readonly controller?: string;
  readonly created?: string;
}

/** The outcome for a record: verified only when it has proofs and every one verifies. */
export interface RecordVerification {
  readonly verified: boolean;
  /** The first reason a proof failed, or why there is nothing to check. */
  readonly reason?: string;
  /** The failing proof's method, or the first proof's when all verified. */
  readonly verificationMethod?: string;
  readonly proofs: readonly ProofVerification[];
}

/** Verify every eddsa-rdfc-2022 proof on a record (a proof set: each signs the record without proofs). */
export async function verifyRecord(quads: readonly Quad[], options: VerifyRecordOptions): Promise<RecordVerification> {
  const { document, proofs } = splitProofs(quads, options.subject);
  if (proofs.length === 0) return recordOutcome([]);
  const documentHash = canonicalHash(document);
  return recordOutcome(await Promise.all(proofs.map((parts) => verifyProof(parts, () => proofHashData(parts.config, documentHash), options))));
}
