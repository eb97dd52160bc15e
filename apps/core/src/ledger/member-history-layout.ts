import { readTransfer } from './read-transfer.js';
import type { LogEntry } from './log-entry.js';
import { memberLedgerFolder } from './transfer-copies.js';

/** History documents are named `history-<YYYY-MM>` (then `-2`, `-3`… once a part is full) in the member's ledger folder. */
export const HISTORY_PREFIX = 'history-';

/** Copies per history document: keeps a very busy member's month document to about a megabyte (decision 0077). */
export const COPIES_PER_HISTORY_DOCUMENT = 200;

/** A history document larger than this is reported and skipped, never parsed. */
export const MAX_HISTORY_BYTES = 4 * 1024 * 1024;

/** The month (`YYYY-MM`) a copy is filed under: the transfer's own time, as the member sees it. */
export function historyMonthOf(entry: LogEntry): string {
  const terms = readTransfer(entry.record, entry.transfer);
  return 'problem' in terms ? 'unknown' : terms.time.slice(0, 7);
}

/** The URL of part `part` (from 1) of a member's history document for one month of one group. */
export function historyDocumentUrl(storage: string, groupUrl: string, month: string, part = 1): string {
  return `${memberLedgerFolder(storage, groupUrl)}${HISTORY_PREFIX}${month}${part > 1 ? `-${part}` : ''}`;
}

/** The month and part a history document URL names, or undefined for anything else in the folder. */
export function historyDocumentOf(url: string, folder: string): { readonly month: string; readonly part: number } | undefined {
  const match = /^history-(\d{4}-\d{2}|unknown)(?:-(\d+))?$/.exec(url.slice(folder.length));
  return match ? { month: match[1] as string, part: match[2] ? Number(match[2]) : 1 } : undefined;
}
