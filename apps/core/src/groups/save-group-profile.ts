import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getGroup, saveGroup, type Group } from '../records/types/group.js';
import type { GroupProfile } from './group-profile.js';

/**
 * Changes the editable part of a group's card (name, description, logo, place, website,
 * languages, governance defaults), read fresh and patched with If-Match; fields set to
 * undefined are removed. Admins only (server-enforced).
 */
export async function saveGroupProfile(groupUrl: string, changes: Partial<GroupProfile>, options: PodRequestOptions = {}): Promise<Group> {
  const current = await getGroup(groupUrl, options);
  const next = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return saveGroup(next as unknown as Group, options);
}
