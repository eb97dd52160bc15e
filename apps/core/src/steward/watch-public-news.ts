import { NotFoundError } from '../errors/not-found-error.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import {
  publishGroupOutputs,
  type PublishedOutputs,
  type PublishOptions,
} from '../publishing/publish-group-outputs.js';
import { publishingLayout } from '../publishing/publishing-layout.js';
import { pause } from './pause.internal.js';

/** Options of the publishing steward: the renderer, how often to look, when to stop, whom to tell. */
export interface WatchPublicNewsOptions extends PublishOptions {
  /** Pause between two looks; defaults to 5 s. */
  readonly intervalMs?: number;
  readonly signal?: AbortSignal;
  /** Called after each regeneration of the public outputs. */
  readonly onPublished?: (outputs: PublishedOutputs) => void;
  readonly onError?: (error: Error) => void;
}

/**
 * The publishing steward: members allowed to post news cannot write the generated outputs
 * (admins only, decision 0051), so a steward with the group's credentials regenerates the
 * Atom feed, public page and calendar whenever the public posts or events change. Each look
 * reads the two public containers and each author's public posts container (decision 0080);
 * their listings carry each item's modification time, so an
 * edit counts as a change as well as a new or deleted item. Publishes once on start, then on
 * change. Resolves when `signal` aborts.
 */
export async function watchPublicNews(root: string, options: WatchPublicNewsOptions): Promise<void> {
  const layout = publishingLayout(root);
  const intervalMs = options.intervalMs ?? 5000;
  let seen: string | undefined;
  while (!options.signal?.aborted) {
    try {
      const top = await Promise.all([layout.publicPosts, layout.publicEvents].map((url) => listingOf(url, options)));
      // An edit inside an author's container does not change the posts container's listing: read each author's too.
      const authors = await Promise.all(containersIn(top[0]!, layout.publicPosts).map((url) => listingOf(url, options)));
      const fingerprint = [...top, ...authors].join('\n');
      if (fingerprint !== seen) {
        options.onPublished?.(await publishGroupOutputs(root, options));
        seen = fingerprint;
      }
    } catch (error) {
      options.onError?.(error as Error);
    }
    await pause(intervalMs, options.signal);
  }
}

/** A container's listing as sorted N-Triples-like lines (contained items and their metadata); empty when it does not exist. */
async function listingOf(url: string, options: PublishOptions): Promise<string> {
  try {
    const { quads } = await getRdfResource(url, options);
    return quads
      .filter((q) => q.subject.value !== url)
      .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)
      .sort()
      .join('\n');
  } catch (error) {
    if (error instanceof NotFoundError) return '';
    throw error;
  }
}

/** The child containers of `container` in a listing made by `listingOf`, except the old layout's `pictures/`. */
function containersIn(listing: string, container: string): string[] {
  const urls = new Set(listing.split('\n').map((line) => line.split(' ')[0] ?? ''));
  return [...urls].filter((url) => url.startsWith(container) && url.endsWith('/') && url !== container && url !== `${container}pictures/`);
}
