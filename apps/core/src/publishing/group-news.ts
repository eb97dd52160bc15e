import type { LoadOptions } from '../loader/load-options.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { createNewsItem, deleteNewsItem, getNewsItem, saveNewsItem, type NewsItem, type NewsItemInit } from '../records/types/news-item.js';
import { loadContainerRecords, type ContainerRecords } from './load-container-records.internal.js';
import { postsContainer, publishingLayout } from './publishing-layout.js';

/** What an author fills in for a post; the time defaults to now. */
export type NewsDraft = Omit<NewsItemInit, 'published'> & { readonly published?: string };

/**
 * Posts news in a group: validated against the news shape, then created in the public or the
 * members' posts container, which decides who can read it. The server lets admins write there;
 * call `publishGroupOutputs` afterwards so the feed and public page show a public post.
 */
export function addNewsToGroup(root: string, draft: NewsDraft, options: PodRequestOptions = {}): Promise<NewsItem> {
  const container = postsContainer(publishingLayout(root), draft.visibility);
  return saveNewsItem(createNewsItem(container, { ...draft, published: draft.published ?? new Date().toISOString() }), options);
}

/**
 * Edits a post read earlier (If-Match: a concurrent edit fails with ConflictError). Changing its
 * visibility moves it to the other container, under a new URL, and deletes the old document.
 */
export async function setNewsInGroup(root: string, item: NewsItem, changes: Partial<Omit<NewsItemInit, 'author'>>, options: PodRequestOptions = {}): Promise<NewsItem> {
  const next = { ...item, ...changes };
  if (next.visibility === item.visibility) return saveNewsItem(next, options);
  const moved = createNewsItem(postsContainer(publishingLayout(root), next.visibility), next);
  const saved = await saveNewsItem(moved, options);
  await deleteNewsItem(item, options);
  return saved;
}

/** Deletes a post read earlier, if unchanged since. */
export function removeNewsFromGroup(item: NewsItem, options: PodRequestOptions = {}): Promise<void> {
  return deleteNewsItem(item, options);
}

/**
 * A group's posts this reader may see, newest first: public ones for anyone, members-only ones
 * too for members and admins (the server decides; a refused container counts as empty).
 */
export async function getGroupNewsAll(root: string, options: LoadOptions & { readonly publicOnly?: boolean } = {}): Promise<ContainerRecords<NewsItem>> {
  const layout = publishingLayout(root);
  const containers = options.publicOnly ? [layout.publicPosts] : [layout.publicPosts, layout.memberPosts];
  const { items, errors } = await loadContainerRecords(containers, getNewsItem, options);
  const sorted = [...items].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  return { items: sorted, errors };
}
