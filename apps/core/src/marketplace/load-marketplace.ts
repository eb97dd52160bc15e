import type { LoadFailure } from '../loader/load-options.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { MarketplaceEntry } from '../records/types/marketplace-entry.js';
import { checkIndexItem, type CheckedItem } from './check-index-item.js';
import { groupTrust } from './group-trust.js';
import { indexHeadFacts, indexItems, type IndexHeadFacts } from './index-document.internal.js';
import type { MarketplaceCache } from './marketplace-cache.js';
import { addDiagnostics, emptyDiagnostics, type MarketplaceDiagnostics } from './marketplace-diagnostics.js';
import { marketplaceLayout, type MarketplaceIndexLayout } from './marketplace-layout.js';
import { mergeListings } from './merge-listings.js';
import { readIndexDocument, type IndexDocumentRead } from './read-index-document.internal.js';

/** Options for loading marketplaces. */
export interface LoadMarketplaceOptions extends PodRequestOptions {
  /** `members` reads the members-only and the public index; `public` only the public one (partner groups, visitors). */
  readonly scope?: 'members' | 'public';
  /** Reuse checked documents the server says are unchanged. */
  readonly cache?: MarketplaceCache;
  readonly now?: Date;
  /** Called whenever more of the marketplace is checked, with everything shown so far. */
  readonly onProgress?: (view: MarketplaceView) => void;
}

/** The marketplace as loaded: entries to show, why others are hidden, what failed, what it cost. */
export interface MarketplaceView {
  readonly entries: readonly MarketplaceEntry[];
  readonly diagnostics: MarketplaceDiagnostics;
  /** Index documents that could not be read; the rest is still shown. */
  readonly failures: readonly LoadFailure[];
  /** HTTP requests made, profile and membership look-ups included. */
  readonly requests: number;
}

const CHECK_BATCH = 64;

async function checkAll(items: ReturnType<typeof indexItems>, check: (item: ReturnType<typeof indexItems>[number]) => Promise<CheckedItem>): Promise<CheckedItem[]> {
  const out: CheckedItem[] = [];
  // Batches keep enough WebCrypto verifications in flight without starving the event loop.
  for (let i = 0; i < items.length; i += CHECK_BATCH) out.push(...(await Promise.all(items.slice(i, i + CHECK_BATCH).map(check))));
  return out;
}

/**
 * Loads the marketplace of each group from its index in the group pod: heads and journals in
 * parallel, then the heads' other pages; every item is validated, its signature verified and
 * its author checked to be a member before it is shown. A group that fails is named in
 * `failures`; the others are still shown.
 */
export async function loadMarketplace(groups: readonly string[], options: LoadMarketplaceOptions = {}): Promise<MarketplaceView> {
  let requests = 0;
  const outer = options.fetch ?? globalThis.fetch;
  const fetch: typeof globalThis.fetch = (input, init) => {
    requests++;
    return outer(input, init);
  };
  const io = { ...options, fetch };
  const now = options.now ?? new Date();
  const checked: CheckedItem[] = [];
  const failures: LoadFailure[] = [];
  const view = (): MarketplaceView => {
    const listing = mergeListings(checked, now);
    return { entries: listing.entries, diagnostics: listing.diagnostics, failures: [...failures], requests };
  };
  const settle = (items: readonly CheckedItem[]): void => {
    checked.push(...items);
    options.onProgress?.(view());
  };

  const loadIndex = async (group: string, index: MarketplaceIndexLayout): Promise<void> => {
    const root = marketplaceLayout(group).root;
    const fail = (url: string) => (error: unknown) => void failures.push({ url, error: error as Error });
    const journal = readIndexDocument(index.journal, options.cache, io);
    journal.catch(() => undefined);
    let head: IndexHeadFacts = { members: new Set(), keyQuads: [], pages: [] };
    let trust = groupTrust(group, root, head, io);
    const process = async (read: IndexDocumentRead, isHead: boolean): Promise<void> => {
      if (read.state === 'absent') return;
      if (read.state === 'cached') {
        if (isHead && read.cached.head) [head, trust] = [read.cached.head, groupTrust(group, root, read.cached.head, io)];
        settle(read.cached.checked);
        return;
      }
      if (isHead) {
        head = indexHeadFacts(read.quads, group, index.head);
        trust = groupTrust(group, root, head, io);
      }
      const items = await checkAll(indexItems(read.quads), (item) => checkIndexItem(item, { group, ...trust }));
      if (read.etag) options.cache?.set(read.url, { etag: read.etag, checked: items, ...(isHead ? { head } : {}) });
      settle(items);
    };
    try {
      await process(await readIndexDocument(index.head, options.cache, io), true);
    } catch (error) {
      fail(index.head)(error);
    }
    // Only pages inside this index count: a head cannot send readers elsewhere.
    const pages = head.pages.filter((url) => url.startsWith(index.container) && url !== index.journal);
    await Promise.all([
      ...pages.map((url) => readIndexDocument(url, options.cache, io).then((read) => process(read, false)).catch(fail(url))),
      journal.then((read) => process(read, false)).catch(fail(index.journal)),
    ]);
  };

  await Promise.all(
    groups.flatMap((group) => {
      const layout = marketplaceLayout(group);
      const indexes = options.scope === 'public' ? [layout.public] : [layout.membersOnly, layout.public];
      return indexes.map((index) => loadIndex(group, index));
    }),
  );
  return view();
}

/** Total of hidden-item counts over several views (e.g. one per group). */
export function totalDiagnostics(views: readonly MarketplaceView[]): MarketplaceDiagnostics {
  return views.reduce((sum, v) => addDiagnostics(sum, v.diagnostics), emptyDiagnostics());
}
