import { NotFoundError } from '../errors/not-found-error.js';
import { getRdfResource } from './get-rdf-resource.js';
import type { PodRequestOptions } from './pod-request-options.js';

const LDP_CONTAINS = 'http://www.w3.org/ns/ldp#contains';

/** The URLs a container lists with ldp:contains, sorted. */
export async function getContainedResourceUrls(
  containerUrl: string,
  options: PodRequestOptions = {},
): Promise<string[]> {
  const container = await getRdfResource(containerUrl, options);
  return container.quads
    .filter(
      (q) =>
        q.subject.value === container.url && q.predicate.value === LDP_CONTAINS && q.object.termType === 'NamedNode',
    )
    .map((q) => q.object.value)
    .sort();
}

/** getContainedResourceUrls, or none when the container does not exist yet (404). */
export async function getContainedResourceUrlsOrNone(
  containerUrl: string,
  options: PodRequestOptions = {},
): Promise<string[]> {
  try {
    return await getContainedResourceUrls(containerUrl, options);
  } catch (error) {
    if (error instanceof NotFoundError) return [];
    throw error;
  }
}
