import { verifyRecord } from '../../signing/verify-record.js';
import type { KeyResolver } from '../../signing/verify-record.js';
import { toEntryVerification } from '../entry-verification.js';
import type { LogEntry } from '../log-entry.js';
import type { LedgerRules } from '../ledger-rules.js';
import { replayLedger, type LedgerReplay } from '../replay-ledger.js';

/** What any reader does: verify every record's signatures, then replay the log. */
export async function readLedger(entries: readonly LogEntry[], rules: LedgerRules, resolveKey: KeyResolver): Promise<LedgerReplay> {
  const verifications = await Promise.all(entries.map(async (e) => toEntryVerification(await verifyRecord(e.record, { resolveKey, subject: e.transfer }))));
  return replayLedger(entries, { ...rules, verifications });
}
