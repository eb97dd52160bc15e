import { groupLayout } from '../groups/group-layout.js';
import { groupLedgerLayout } from '../ledger/group-ledger-layout.js';
import { marketplaceLayout } from '../marketplace/marketplace-layout.js';
import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { authorContainers } from '../publishing/ensure-news-authors.js';
import { publishingLayout } from '../publishing/publishing-layout.js';
import { aclUrlOf, groupAclTargets } from './group-acl-targets.js';

/** The compacted marketplace documents (`index`, `index-N`) in one index container; none when it does not exist yet. */
async function compactedIndexDocuments(container: string, options: PodRequestOptions): Promise<string[]> {
  const urls = await getContainedResourceUrlsOrNone(container, options);
  return urls.filter((url) => /^index(-\d+)?$/.test(url.slice(container.length)));
}

/**
 * Every ACL document of a group that lists admins or members by WebID: the policy's
 * containers, the admins-only documents, the news posts containers and each author's own posts
 * containers (found by listing the posts containers), the ledger's requests, settings and limit-settings containers,
 * the public marketplace container and each
 * compacted marketplace head and page (their ACLs are written at compaction time, so they
 * are found by listing the index containers). Membership changes rewrite each of them;
 * documents that do not exist (yet) are skipped by the caller.
 */
export async function memberListAclUrls(root: string, options: PodRequestOptions = {}): Promise<string[]> {
  const market = marketplaceLayout(groupLayout(root).group);
  const [membersOnly, publicIndex, newsAuthors] = await Promise.all([
    compactedIndexDocuments(market.membersOnly.container, options),
    compactedIndexDocuments(market.public.container, options),
    authorContainers(root, options),
  ]);
  const targets = [
    ...groupAclTargets(groupLayout(root)).map(({ target }) => target),
    publishingLayout(root).adminDocuments,
    publishingLayout(root).sharedDocuments,
    publishingLayout(root).memberPosts,
    publishingLayout(root).publicPosts,
    ...newsAuthors,
    groupLedgerLayout(groupLayout(root).group).requests,
    groupLedgerLayout(groupLayout(root).group).settings,
    groupLedgerLayout(groupLayout(root).group).limitSettings,
    market.public.container,
    ...membersOnly,
    ...publicIndex,
  ];
  return [...new Set(targets.map(aclUrlOf))];
}
