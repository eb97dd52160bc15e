import { decodeBase58btc } from './multibase.internal.js';
import { importMultikey } from './multikey.js';
import { readProofOptions } from './proof-options.internal.js';
import { SEC_ASSERTION_METHOD } from './security-terms.internal.js';
import type { ProofParts } from './split-proofs.internal.js';
import type { KeyResolver, ProofVerification, RecordVerification, VerifyRecordOptions } from './verify-record.js';

/** The 64 bytes a proof's signature covers, computed only once the proof's shape and key have passed. */
export type ProofData = () => Promise<Uint8Array<ArrayBuffer>>;

// Shared by verifyRecord and checkRecord, so both give the same result and reason for every
// record: they differ only in how the canonical forms behind the signed bytes are produced.

/** Checks one eddsa-rdfc-2022 proof: shape, options, purpose, signature value, key, then the signature itself. */
export async function verifyProof(parts: ProofParts, data: ProofData, options: VerifyRecordOptions): Promise<ProofVerification> {
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
  const ok = await crypto.subtle.verify('Ed25519', key.publicKey, signature, await data());
  return ok ? { verified: true, proof, controller: key.controller, ...about } : fail('signature does not match the record', about);
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
