import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getGroup, saveGroup, type Group } from '../records/types/group.js';

/** Lists another group as a partner this group federates with (idempotent). Admins only. */
export async function addPartnerGroup(groupUrl: string, partnerGroupUrl: string, options: PodRequestOptions = {}): Promise<Group> {
  if (partnerGroupUrl === groupUrl) throw new TypeError(`A group cannot be its own partner: ${groupUrl}`);
  const group = await getGroup(groupUrl, options);
  if (group.partnerGroups.includes(partnerGroupUrl)) return group;
  return saveGroup({ ...group, partnerGroups: [...group.partnerGroups, partnerGroupUrl] }, options);
}

/** Stops listing a partner group (idempotent). Admins only. */
export async function removePartnerGroup(groupUrl: string, partnerGroupUrl: string, options: PodRequestOptions = {}): Promise<Group> {
  const group = await getGroup(groupUrl, options);
  if (!group.partnerGroups.includes(partnerGroupUrl)) return group;
  return saveGroup({ ...group, partnerGroups: group.partnerGroups.filter((url) => url !== partnerGroupUrl) }, options);
}
