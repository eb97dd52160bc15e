import { AccessDeniedError } from '../errors/access-denied-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { loadEach } from '../loader/load-each.internal.js';
import type { LoadFailure, LoadOptions } from '../loader/load-options.js';
import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';

/** Records read from several containers, and the documents that could not be read. */
export interface ContainerRecords<T> {
  readonly items: readonly T[];
  readonly errors: readonly LoadFailure[];
}

/**
 * The non-container resources of `containers`, each read with `get`. A container that does
 * not exist yet, or that the reader may not list (a visitor and the members' news), counts as
 * empty: what the server refuses is not there for this reader.
 */
export async function loadContainerRecords<T>(containers: readonly string[], get: (url: string, options: PodRequestOptions) => Promise<T>, options: LoadOptions): Promise<ContainerRecords<T>> {
  const listings = await Promise.all(containers.map((container) => listIfVisible(container, options)));
  const urls = listings.flat().filter((url) => !url.endsWith('/'));
  const { results, errors } = await loadEach(urls, get, options);
  return { items: results, errors };
}

/** The resources a container lists, or none when it is absent or closed to this reader. */
export async function listIfVisible(container: string, options: PodRequestOptions): Promise<string[]> {
  try {
    return await getContainedResourceUrls(container, options);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof AccessDeniedError) return [];
    throw error;
  }
}
