import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { sendWrite } from '../pod/send-write.internal.js';
import { memberLayout } from '../onboarding/member-layout.js';
import { copyShapeProblem } from './history-document.js';
import { mapConcurrently } from './map-concurrently.internal.js';
import { listLegacyMonth, readLegacyCopies } from './read-legacy-copies.internal.js';
import { saveHistoryCopies } from './save-history-copies.js';

/** What the migration did: copies moved into history documents, and what it left where it was. */
export interface MigratedCopies {
  readonly moved: number;
  readonly problems: readonly string[];
}

/**
 * Moves a member's copies from the per-position layout of decision 0026 (one folder per month,
 * one document per position) into month history documents (decision 0077). A legacy copy is
 * deleted only after the history document holding it is saved; one that cannot be read stays
 * and is reported, so the reader keeps showing it. Costs one listing per group when there is
 * nothing to move.
 */
export async function migrateTransferCopies(storage: string, options: PodRequestOptions = {}): Promise<MigratedCopies> {
  const problems: string[] = [];
  let moved = 0;
  const groups = (await getContainedResourceUrlsOrNone(memberLayout(storage).ledger, options)).filter((url) => url.endsWith('/'));
  for (const folder of groups) {
    const months = (await getContainedResourceUrlsOrNone(folder, options)).filter((url) => /^(\d{4}-\d{2}|unknown)\/$/.test(url.slice(folder.length)));
    for (const month of months) {
      const positions = await listLegacyMonth(month, options);
      const { copies, problems: unread } = await readLegacyCopies(positions.map((p) => p.url), options);
      problems.push(...unread);
      const invalid = copies.filter((copy) => copyShapeProblem(copy) !== undefined);
      for (const copy of invalid) problems.push(`${copy.url}: ${copyShapeProblem(copy) as string}`);
      const valid = copies.filter((copy) => !invalid.includes(copy));
      if (valid.length > 0) await saveHistoryCopies(storage, valid, options);
      await mapConcurrently(valid, 4, (copy) => sendWrite('Removing the migrated copy', copy.url, { method: 'DELETE' }, options));
      moved += valid.length;
      if (unread.length === 0 && invalid.length === 0) await sendWrite('Removing the emptied month folder', month, { method: 'DELETE' }, options).catch((error: unknown) => void problems.push(`${month}: ${String(error)}`));
    }
  }
  return { moved, problems };
}
