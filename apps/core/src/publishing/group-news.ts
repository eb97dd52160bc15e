import type { LoadFailure, LoadOptions } from '../loader/load-options.js';
import { loadEach } from '../loader/load-each.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { createNewsItem, deleteNewsItem, getNewsItem, saveNewsItem, type NewsItem, type NewsItemInit } from '../records/types/news-item.js';
import { authorPostsContainer, authorSlug } from './author-posts-container.js';
import type { ContainerRecords } from './load-container-records.internal.js';
import { listIfVisible } from './load-container-records.internal.js';
import { publishingLayout } from './publishing-layout.js';

/** What an author fills in for a post; the time defaults to now. */
export type NewsDraft = Omit<NewsItemInit, 'published'> & { readonly published?: string };

/**
 * Posts news in a group: validated against the news shape, then created in its author's own
 * posts container of the chosen visibility (`news/[public/]posts/<author>/`, decision 0080),
 * which decides who can read it and lets only that author and the admins change it. Admins'
 * containers are created by the server on their first post; members' by `ensureNewsAuthors`.
 * Call `publishGroupOutputs` afterwards (or let the steward) so the public outputs show it.
 */
export async function addNewsToGroup(root: string, draft: NewsDraft, options: PodRequestOptions = {}): Promise<NewsItem> {
  const container = await authorPostsContainer(publishingLayout(root), draft.visibility, draft.author);
  return saveNewsItem(createNewsItem(container, { ...draft, published: draft.published ?? new Date().toISOString() }), options);
}

/**
 * Edits a post read earlier (If-Match: a concurrent edit fails with ConflictError). Changing its
 * visibility moves it to its author's container of the other visibility, under a new URL, and
 * deletes the old document (a post of the old, shared layout moves into the new one).
 */
export async function setNewsInGroup(root: string, item: NewsItem, changes: Partial<Omit<NewsItemInit, 'author'>>, options: PodRequestOptions = {}): Promise<NewsItem> {
  const next = { ...item, ...changes };
  if (next.visibility === item.visibility) return saveNewsItem(next, options);
  const moved = createNewsItem(await authorPostsContainer(publishingLayout(root), next.visibility, item.author), next);
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
 * too for members and admins (the server decides; a refused container counts as empty). Reads
 * each posts container, then each author container in it (one listing per author who has
 * one), then each post; posts left directly in a posts container by the layout before decision
 * 0080 are read too. A post whose `schema:author` is not the author of its container is left
 * out and reported: an admin may have moved it there, but no member can have written it.
 */
export async function getGroupNewsAll(root: string, options: LoadOptions & { readonly publicOnly?: boolean } = {}): Promise<ContainerRecords<NewsItem>> {
  const layout = publishingLayout(root);
  const containers = options.publicOnly ? [layout.publicPosts] : [layout.publicPosts, layout.memberPosts];
  const top = await Promise.all(containers.map(async (container) => ({ container, urls: await listIfVisible(container, options) })));
  const authors = top.flatMap(({ container, urls }) => urls.filter((url) => url.endsWith('/') && url !== `${container}pictures/`));
  const inAuthors = await Promise.all(authors.map(async (author) => (await listIfVisible(author, options)).filter((url) => !url.endsWith('/'))));
  const legacy = top.flatMap(({ urls }) => urls.filter((url) => !url.endsWith('/')));
  const { results, errors } = await loadEach([...legacy, ...inAuthors.flat()], getNewsItem, options);
  const misplaced: LoadFailure[] = [];
  const kept: NewsItem[] = [];
  for (const item of results) {
    const author = authors.find((container) => item.url.startsWith(container));
    if (author && !author.endsWith(`/${await authorSlug(item.author)}/`)) misplaced.push({ url: item.url, error: new Error(`The post ${item.url} names ${item.author} as its author, who does not own its container`) });
    else kept.push(item);
  }
  const sorted = kept.sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  return { items: sorted, errors: [...errors, ...misplaced] };
}
