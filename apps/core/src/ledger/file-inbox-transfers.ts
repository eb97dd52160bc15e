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
import type { HistoryCopy } from './history-document.js';
import { saveHistoryCopies } from './save-history-copies.js';
import { INBOX_COPY_PREFIX } from './transfer-copies.js';

/** What filing did: copies moved into the member's history documents, and items left alone with why. */
export interface FiledTransfers {
  readonly filed: readonly { readonly entry: LogEntry; readonly group: string; readonly url: string }[];
  readonly skipped: readonly { readonly url: string; readonly reason: string }[];
}

/**
 * Files transfer copies that other members dropped into the member's inbox (run on login with
 * the member's own fetch): each copy is checked against the group log (same entry hash at the
 * same position, and the member is a party), filed in the member's month history documents
 * (one write per month, decision 0077), and only then removed from the inbox. Anything else
 * stays in the inbox and is listed in `skipped`.
 */
export async function fileInboxTransfers(webId: string, storage: string, options: PodRequestOptions & { readonly inbox?: string } = {}): Promise<FiledTransfers> {
  const inbox = options.inbox ?? (await getInboxOf(webId, options));
  if (!inbox) return { filed: [], skipped: [] };
  const items = (await getContainedResourceUrls(inbox, options)).filter((url) => url.slice(inbox.length).startsWith(INBOX_COPY_PREFIX));
  const checked: { readonly url: string; readonly copy: HistoryCopy }[] = [];
  const skipped: FiledTransfers['skipped'][number][] = [];
  await mapConcurrently(items, 4, async (url) => {
    const result = await checkOne(url, webId, options);
    if (typeof result === 'string') skipped.push({ url, reason: result });
    else checked.push({ url, copy: result });
  });
  const filed: FiledTransfers['filed'][number][] = [];
  const byGroup = new Map<string, typeof checked>();
  for (const c of checked) byGroup.set(c.copy.group, [...(byGroup.get(c.copy.group) ?? []), c]);
  for (const group of byGroup.values()) {
    let saved: string[];
    try {
      saved = await saveHistoryCopies(storage, group.map((c) => c.copy), options);
    } catch (error) {
      for (const c of group) skipped.push({ url: c.url, reason: `could not be filed: ${String(error)}` });
      continue;
    }
    await mapConcurrently(group, 4, async (c, i) => {
      await sendWrite('Removing the filed inbox item', c.url, { method: 'DELETE' }, options);
      filed.push({ entry: c.copy.entry, group: c.copy.group, url: saved[i] as string });
    });
  }
  return { filed: filed.sort((a, b) => a.entry.sequence - b.entry.sequence), skipped };
}

async function checkOne(url: string, webId: string, options: PodRequestOptions): Promise<HistoryCopy | string> {
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
  return { entry: copy.entry, entryUrl: copy.entryUrl, group: copy.group };
}
