import { verifyEd25519 } from './ed25519-verify.js';
import { decodeBase58btc } from './multibase.internal.js';
import { importMultikey } from './multikey.js';
import { readProofOptions } from './proof-options.internal.js';
import { SEC_ASSERTION_METHOD } from './security-terms.internal.js';
import type { ProofParts } from './split-proofs.internal.js';
import type { KeyResolver, ProofVerification, RecordVerification, ResolvedKey, VerifyRecordOptions } from './verify-record.js';

/** The 64 bytes a proof's signature covers, computed only once the proof's shape and key have passed. */
export type ProofData = () => Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>;

// Shared by verifyRecord and checkRecord, so both give the same result and reason for every
// record: they differ only in how the canonical forms behind the signed bytes are produced.

/** Checks one eddsa-rdfc-2022 proof: shape, options, purpose, signature value, key, then the signature itself. */
export async function verifyProof(parts: ProofParts, data: ProofData, options: VerifyRecordOptions): Promise<ProofVerification> {
  const proof = parts.node.value;
  if (parts.malformed !== undefined) return failure(proof, parts.malformed);
  const read = readProofOptions(parts.config, parts.node);
  if ('problem' in read) return failure(proof, read.problem);
  const { verificationMethod, created } = read;
  const about = { verificationMethod, ...(created !== undefined ? { created } : {}) };
  if (read.proofPurpose !== (options.proofPurpose ?? SEC_ASSERTION_METHOD)) return failure(proof, `proof purpose is <${read.proofPurpose}>`, about);
  const signature = decodeSignature(parts.proofValues);
  if (typeof signature === 'string') return failure(proof, signature, about);
  const resolved = resolve(options.resolveKey, verificationMethod);
  const key = resolved instanceof Promise ? await resolved : resolved;
  if (typeof key === 'string') return failure(proof, key, about);
  const bytes = data();
  const ok = await verifyEd25519(key.publicKey, signature, bytes instanceof Promise ? await bytes : bytes);
  return ok ? { verified: true, proof, controller: key.controller, ...about } : failure(proof, 'signature does not match the record', about);
}

/** A record's outcome from its proofs' outcomes: verified only when there are proofs and all verify. */
export function recordOutcome(results: readonly ProofVerification[]): RecordVerification {
  if (results.length === 0) return { verified: false, reason: 'record has no proof', proofs: [] };
  const failed = results.find((r) => !r.verified);
  const shown = failed ?? results[0];
  return {
    verified: failed === undefined,
    ...(failed?.reason !== undefined ? { reason: failed.reason } : {}),
    ...(shown?.verificationMethod !== undefined ? { verificationMethod: shown.verificationMethod } : {}),
    proofs: results,
  };
}

function failure(proof: string, reason: string, extra: Partial<ProofVerification> = {}): ProofVerification {
  return { verified: false, reason, proof, ...extra };
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

type Resolved = { publicKey: CryptoKey; controller: string };

// A value when the resolver answers with one (a memoized resolver does, for every key after its
// first use), a promise otherwise: the same outcomes and reasons either way.
function resolve(resolveKey: KeyResolver, method: string): Resolved | string | Promise<Resolved | string> {
  let key: ReturnType<KeyResolver>;
  try {
    key = resolveKey(method);
  } catch (error) {
    return unresolvable(method, error);
  }
  if (key !== undefined && 'then' in key && typeof key.then === 'function') {
    return Promise.resolve(key).then(
      (found) => usable(method, found),
      (error: unknown) => unresolvable(method, error),
    );
  }
  return usable(method, key as ResolvedKey | undefined);
}

function usable(method: string, key: ResolvedKey | undefined): Resolved | string | Promise<Resolved | string> {
  if (!key) return `verification method <${method}> is unknown or not an assertion method of its controller`;
  if (typeof key.publicKey !== 'string') return { publicKey: key.publicKey, controller: key.controller };
  const { controller } = key;
  return importMultikey(key.publicKey).then(
    (publicKey) => ({ publicKey, controller }),
    (error: unknown) => unresolvable(method, error),
  );
}

function unresolvable(method: string, error: unknown): string {
  return `verification method <${method}> could not be resolved: ${(error as Error).message}`;
}
