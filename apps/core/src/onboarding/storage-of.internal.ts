import { MissingLinkError } from '../errors/missing-link-error.js';
import { documentUrl } from '../pod/document-url.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { Profile } from '../records/types/profile.js';
import { discoverStorage } from '../type-index/find-storage.internal.js';
import { PIM } from '../vocab/terms.generated.js';

/** The member's storage root: pim:storage in the profile, else the first container above it that says it is one. */
export async function storageOf(webId: string, profile: Profile, options: PodRequestOptions): Promise<string> {
  const linked = profile.storage[0];
  if (linked) return linked.endsWith('/') ? linked : `${linked}/`;
  const found = await discoverStorage(documentUrl(webId), options);
  if (!found) throw new MissingLinkError('Setting up Mutua for', webId, PIM.storage, 'No storage is linked from the profile or found above it; add pim:storage to the profile');
  return found;
}
