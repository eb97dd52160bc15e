import type { RecordVerification } from '../signing/verify-record.js';
import type { EntryVerification } from './ledger-problem.js';

/** The entry verification replayLedger needs, from verifyRecord's result. */
export function toEntryVerification(result: RecordVerification): EntryVerification {
  const signers = result.proofs.flatMap((p) => (p.verified && p.controller !== undefined ? [p.controller] : []));
  return { verified: result.verified, signers, ...(result.reason !== undefined ? { reason: result.reason } : {}) };
}
