import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { sendWrite } from '../pod/send-write.internal.js';
import { getInboxOf } from '../membership/inbox-of.js';
import { parseEntryCopy } from './entry-document.js';
import type { LogEntry } from './log-entry.js';
import { mapConcurrently } from './map-concurrently.internal.js';
import { readEntry } from './read-entry.js';
import { readTransfer } from './read-transfer.js';
import { INBOX_COPY_PREFIX, saveTransferCopy } from './transfer-copies.js';

/** What filing did: copies moved into the member's ledger folder, and items left alone with why. */
export interface FiledTransfers {
  readonly filed: readonly { readonly entry: LogEntry; readonly group: string; readonly url: string }[];
  readonly skipped: readonly { readonly url: string; readonly reason: string }[];
}

/**
 * Files transfer copies that other members dropped into the member's inbox (run on login with
 * the member's own fetch): each copy is checked against the group log (same entry hash at the
 * same position, and the member is a party), saved in the member's ledger folder, and removed
 * from the inbox. Anything else stays in the inbox and is listed in `skipped`.
 */
export async function fileInboxTransfers(webId: string, storage: string, options: PodRequestOptions & { readonly inbox?: string } = {}): Promise<FiledTransfers> {
  const inbox = options.inbox ?? (await getInboxOf(webId, options));
  if (!inbox) return { filed: [], skipped: [] };
  const items = (await getContainedResourceUrls(inbox, options)).filter((url) => url.slice(inbox.length).startsWith(INBOX_COPY_PREFIX));
  const filed: FiledTransfers['filed'][number][] = [];
  const skipped: FiledTransfers['skipped'][number][] = [];
  await mapConcurrently(items, 4, async (url) => {
    const reason = await fileOne(url, webId, storage, options, filed);
    if (reason) skipped.push({ url, reason });
  });
  return { filed: filed.sort((a, b) => a.entry.sequence - b.entry.sequence), skipped };
}

async function fileOne(url: string, webId: string, storage: string, options: PodRequestOptions, filed: FiledTransfers['filed'][number][]): Promise<string | undefined> {
  const { response, body } = await fetchWithLimits('Reading the inbox item', url, { headers: { accept: 'application/n-quads' } }, { ...options, maxBytes: 256 * 1024 });
  if (!response.ok) return `could not be read (HTTP ${response.status})`;
  const copy = parseEntryCopy(body);
  if (!copy) return 'is not a ledger entry copy';
  const terms = readTransfer(copy.entry.record, copy.entry.transfer);
  if ('problem' in terms) return terms.problem;
  if (terms.payer !== webId && terms.payee !== webId) return 'names neither you as payer nor as payee';
  // The group log is the authority: a copy counts only if the log holds the same entry.
  const logged = await readEntry(copy.entryUrl, options);
  if (!logged || logged.entryHash !== copy.entry.entryHash || logged.transferHash !== copy.entry.transferHash) return `does not match the group ledger at ${copy.entryUrl}`;
  const saved = await saveTransferCopy(storage, copy.group, copy.entry, copy.entryUrl, options);
  await sendWrite('Removing the filed inbox item', url, { method: 'DELETE' }, options);
  filed.push({ entry: copy.entry, group: copy.group, url: saved });
  return undefined;
}
