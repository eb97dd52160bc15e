import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { entryFacts, type EntryFacts } from './entry-integrity.internal.js';
import { entryUrl } from './group-ledger-layout.js';
import type { GroupLedger } from './group-ledger.js';
import type { HistoryCopy } from './history-document.js';
import { saveHistoryCopies } from './save-history-copies.js';

/** How many of a member's newest transfers in a ledger are checked against their history. */
export const REFILE_RECENT_TRANSFERS = 20;

/** Options for refiling: as any pod request, and how many of the member's newest transfers to look at. */
export interface RefileOwnCopiesOptions extends PodRequestOptions {
  readonly recent?: number;
}

/** What refiling found: the copies looked at and the entries' positions that had to be filed. */
export interface RefiledCopies {
  readonly checked: number;
  readonly filed: readonly number[];
}

/**
 * Files the member's own copy of each of their newest accepted transfers in the group ledger
 * that their history documents lack: a payment whose app was closed before its copy was
 * written, or a copy for the payee that never reached their inbox. Only entries replay accepted
 * count (a forged or over-limit entry naming the member is not filed); each month involved is
 * read first and written only when a copy is missing, with If-Match as every history write.
 */
export async function refileOwnCopies(
  ledger: GroupLedger,
  storage: string,
  member: string,
  options: RefileOwnCopiesOptions = {},
): Promise<RefiledCopies> {
  const recent = options.recent ?? REFILE_RECENT_TRANSFERS;
  const refused = new Set(ledger.replay.problems.map((p) => p.sequence));
  const accepted = ledger.replay.state.transfers;
  // Replay's own reading of each entry, kept for the ledger's entries: nothing is parsed again.
  const facts = await entryFacts(ledger.entries);
  const mine: HistoryCopy[] = [];
  for (let i = ledger.entries.length - 1; i >= 0 && mine.length < recent; i--) {
    const entry = ledger.entries[i];
    if (!entry || refused.has(entry.sequence)) continue;
    const terms = (facts[i] as EntryFacts).transfer;
    if ('problem' in terms || (terms.payer !== member && terms.payee !== member)) continue;
    // The accepted transfer of that id must be this very record, not an earlier one it repeats.
    if (accepted.get(terms.id)?.iri !== entry.transfer) continue;
    mine.push({ entry, entryUrl: entryUrl(ledger.group, entry.sequence), group: ledger.group });
  }
  if (mine.length === 0) return { checked: 0, filed: [] };
  const filed: number[] = [];
  await saveHistoryCopies(storage, mine.reverse(), {
    ...options,
    readFirst: true,
    onFiled: (copies) => filed.push(...copies.map((c) => c.entry.sequence)),
  });
  return { checked: mine.length, filed: filed.sort((a, b) => a - b) };
}
