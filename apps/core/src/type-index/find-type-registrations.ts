import { AccessDeniedError } from '../errors/access-denied-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getTypeIndexLinks } from './type-index-links.js';
import { typeRegistrationsIn, type TypeRegistration } from './type-registration.js';

/** What the type indexes of a WebID say about one class. */
export interface ClassLocations {
  readonly registrations: readonly TypeRegistration[];
  /** Containers holding instances, deduplicated and sorted. */
  readonly containers: readonly string[];
  /** Single documents registered as instances, deduplicated and sorted. */
  readonly instances: readonly string[];
}

/**
 * Starting from a WebID, reads its public type index and, if the caller may, its private one,
 * and returns every registration for `classIri` — Mutua's or any other Solid app's.
 * An index that is missing or unreadable counts as empty.
 */
export async function findTypeRegistrations(webId: string, classIri: string, options: PodRequestOptions = {}): Promise<ClassLocations> {
  const links = await getTypeIndexLinks(webId, options);
  const indexes = [links.publicIndex, links.privateIndex].filter((url): url is string => url !== null);
  const registrations: TypeRegistration[] = [];
  for (const index of indexes) {
    try {
      const resource = await getRdfResource(index, options);
      registrations.push(...typeRegistrationsIn(resource.url, resource.quads).filter((r) => r.forClass.includes(classIri)));
    } catch (error) {
      if (!(error instanceof AccessDeniedError || error instanceof NotFoundError)) throw error;
    }
  }
  const unique = (values: string[]): string[] => [...new Set(values)].sort();
  return {
    registrations,
    containers: unique(registrations.flatMap((r) => [...r.instanceContainers])),
    instances: unique(registrations.flatMap((r) => [...r.instances])),
  };
}
