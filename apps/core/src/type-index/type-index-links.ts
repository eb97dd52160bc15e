import type { Quad } from 'n3';
import { documentUrl } from '../pod/document-url.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { RdfResource } from '../pod/rdf-resource.js';
import { AccessDeniedError } from '../errors/access-denied-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { TI } from './type-index-terms.internal.js';

/** Where a WebID's profile says its type indexes and storage are; null where it says nothing. */
export interface TypeIndexLinks {
  readonly webId: string;
  /** The profile document as read, with its ETag (needed to add links to it). */
  readonly profile: RdfResource;
  readonly storage: string | null;
  readonly publicIndex: string | null;
  readonly preferencesFile: string | null;
  /** Found in the preferences file (the Type Index spec's place) or, as some apps do, in the profile. */
  readonly privateIndex: string | null;
}

function objectOf(quads: readonly Quad[], subject: string, predicate: string): string | null {
  return quads.find((q) => q.subject.value === subject && q.predicate.value === predicate && q.object.termType === 'NamedNode')?.object.value ?? null;
}

/**
 * Reads a WebID profile and, when the caller may read it, the preferences file, and returns
 * where the type indexes are. A preferences file the caller cannot read is not an error:
 * other agents simply see the public index only.
 */
export async function getTypeIndexLinks(webId: string, options: PodRequestOptions = {}): Promise<TypeIndexLinks> {
  const profile = await getRdfResource(documentUrl(webId), options);
  const preferencesFile = objectOf(profile.quads, webId, TI.preferencesFile);
  let privateIndex = objectOf(profile.quads, webId, TI.privateTypeIndex);
  if (!privateIndex && preferencesFile) {
    try {
      const preferences = await getRdfResource(preferencesFile, options);
      privateIndex = objectOf(preferences.quads, webId, TI.privateTypeIndex);
    } catch (error) {
      if (!(error instanceof AccessDeniedError || error instanceof NotFoundError)) throw error;
    }
  }
  return {
    webId,
    profile,
    storage: objectOf(profile.quads, webId, TI.storage),
    publicIndex: objectOf(profile.quads, webId, TI.publicTypeIndex),
    preferencesFile,
    privateIndex,
  };
}
