import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { LoadFailure } from '../loader/load-options.js';
import { findTypeRegistrations } from './find-type-registrations.js';

/** Documents found for a class, and the containers that could not be listed. */
export interface FoundInstances {
  readonly urls: readonly string[];
  readonly errors: readonly LoadFailure[];
}

/**
 * The documents holding instances of `classIri` for a WebID: registered instances plus the
 * contents of registered containers (sub-containers left out). Feed them to `loadRecords`.
 */
export async function findInstances(webId: string, classIri: string, options: PodRequestOptions = {}): Promise<FoundInstances> {
  const { containers, instances } = await findTypeRegistrations(webId, classIri, options);
  const listed = await Promise.allSettled(containers.map((container) => getContainedResourceUrls(container, options)));
  const urls = new Set(instances);
  const errors: LoadFailure[] = [];
  listed.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') outcome.value.filter((url) => !url.endsWith('/')).forEach((url) => urls.add(url));
    else errors.push({ url: containers[index]!, error: outcome.reason instanceof Error ? outcome.reason : new Error(String(outcome.reason)) });
  });
  return { urls: [...urls].sort(), errors };
}
