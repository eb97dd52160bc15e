import type { Quad } from '@rdfjs/types';
import { decodeBase58btc } from './multibase.internal.js';
import { importMultikey } from './multikey.js';
import { canonicalHash, proofHashData } from './proof-hash-data.internal.js';
import { readProofOptions } from './proof-options.internal.js';
import { SEC_ASSERTION_METHOD } from './security-terms.internal.js';
import { splitProofs, type ProofParts } from './split-proofs.internal.js';

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
  if (proofs.length === 0) return { verified: false, reason: 'record has no proof', proofs: [] };
  const documentHash = canonicalHash(document);
  const results = await Promise.all(proofs.map((parts) => verifyProof(parts, documentHash, options)));
  const failed = results.find((r) => !r.verified);
  const shown = failed ?? results[0];
  return {
    verified: failed === undefined,
    ...(failed?.reason !== undefined ? { reason: failed.reason } : {}),
    ...(shown?.verificationMethod !== undefined ? { verificationMethod: shown.verificationMethod } : {}),
    proofs: results,
  };
}

async function verifyProof(parts: ProofParts, documentHash: Promise<Uint8Array>, options: VerifyRecordOptions): Promise<ProofVerification> {
  const proof = parts.node.value;
  const fail = (reason: string, extra: Partial<ProofVerification> = {}): ProofVerification => ({ verified: false, reason, proof, ...extra });
  if (parts.malformed !== undefined) return fail(parts.malformed);
  const read = readProofOptions(parts.config, parts.node);
  if ('problem' in read) return fail(read.problem);
  const { verificationMethod, created } = read;
  const about = { verificationMethod, ...(created !== undefined ? { created } : {}) };
  if (read.proofPurpose !== (options.proofPurpose ?? SEC_ASSERTION_METHOD)) return fail(`proof purpose is <${read.proofPurpose}>`, about);
  const signature = decodeSignature(parts.proofValues);
  if (typeof signature === 'string') return fail(signature, about);
  const key = await resolve(options.resolveKey, verificationMethod);
  if (typeof key === 'string') return fail(key, about);
  const data = await proofHashData(parts.config, documentHash);
  const ok = await crypto.subtle.verify('Ed25519', key.publicKey, signature, data);
  return ok ? { verified: true, proof, controller: key.controller, ...about } : fail('signature does not match the record', about);
}

function decodeSignature(values: readonly string[]): Uint8Array<ArrayBuffer> | string {
  if (values.length !== 1) return `proof has ${values.length} proof values, expected 1`;
  try {
    const bytes = decodeBase58btc(values[0] as string);
    return bytes.length === 64 ? bytes : `proof value holds ${bytes.length} bytes, an Ed25519 signature has 64`;
  } catch (error) {
    return `proof value is not multibase base58btc: ${(error as Error).message}`;
  }
}

async function resolve(resolveKey: KeyResolver, method: string): Promise<{ publicKey: CryptoKey; controller: string } | string> {
  try {
    const key = await resolveKey(method);
    if (!key) return `verification method <${method}> is unknown or not an assertion method of its controller`;
    const publicKey = typeof key.publicKey === 'string' ? await importMultikey(key.publicKey) : key.publicKey;
    return { publicKey, controller: key.controller };
  } catch (error) {
    return `verification method <${method}> could not be resolved: ${(error as Error).message}`;
  }
}
