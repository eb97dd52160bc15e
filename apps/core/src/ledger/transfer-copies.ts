import { groupRootOf } from '../groups/group-layout.js';
import { memberLayout } from '../onboarding/member-layout.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { sendWrite } from '../pod/send-write.internal.js';
import { readTransfer } from './read-transfer.js';
import { serializeEntry } from './entry-document.js';
import { saveHistoryCopies } from './save-history-copies.js';
import type { LogEntry } from './log-entry.js';

/** Members' copies are plain RDF (N-Quads) in their own pod, so any Solid app can read them. */
export const COPY_CONTENT_TYPE = 'application/n-quads';

/** Inbox documents carrying a transfer copy start with this name, so filing never opens other notifications. */
export const INBOX_COPY_PREFIX = 'mutua-transfer-';

/** The folder of a member's copies for one group: `<storage>mutua/ledger/<group-key>/`. */
export function memberLedgerFolder(storage: string, groupUrl: string): string {
  const root = new URL(groupRootOf(groupUrl));
  const key = `${root.host}${root.pathname}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${memberLayout(storage).ledger}${key}/`;
}

/** Where the layout of decision 0026 kept a copy (one folder per month, one document per position); read and migrated, no longer written. */
export function transferCopyUrl(storage: string, groupUrl: string, entry: LogEntry): string {
  const terms = readTransfer(entry.record, entry.transfer);
  const month = 'problem' in terms ? 'unknown' : terms.time.slice(0, 7);
  return `${memberLedgerFolder(storage, groupUrl)}${month}/${String(entry.sequence).padStart(9, '0')}`;
}

/** Files the member's own copy of a ledger entry in their month history document (decision 0077); returns that document's URL. */
export async function saveTransferCopy(storage: string, groupUrl: string, entry: LogEntry, entryUrl: string, options: PodRequestOptions = {}): Promise<string> {
  const [url] = await saveHistoryCopies(storage, [{ entry, entryUrl, group: groupUrl }], options);
  return url as string;
}

/** Drops a copy of the entry into the other party's inbox (they hold Append there only); returns its URL. */
export async function sendTransferCopy(inboxUrl: string, groupUrl: string, entry: LogEntry, entryUrl: string, options: PodRequestOptions = {}): Promise<string> {
  const url = `${inboxUrl}${INBOX_COPY_PREFIX}${globalThis.crypto.randomUUID()}`;
  await sendWrite('Sending a copy of the transfer to', url, { method: 'PUT', headers: { 'content-type': COPY_CONTENT_TYPE, 'if-none-match': '*' }, body: serializeEntry(entry, entryUrl, groupUrl) }, options);
  return url;
}
