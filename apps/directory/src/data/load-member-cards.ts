import type { LoadFailure } from '@mutua/core';
import { getMemberDetails, getMembers } from '../core-api.internal.js';
import type { DirectoryGroup } from './directory-group.js';
import { mapLimited } from './map-limited.js';
import type { MemberCard } from './member-card.js';

/** The members of the viewer's groups, and the groups or profiles that could not be read. */
export interface LoadedMembers {
  readonly members: readonly MemberCard[];
  readonly errors: readonly LoadFailure[];
}

/** Options for loading members: the viewer's fetch and a progress callback over profiles. */
export interface LoadMemberCardsOptions {
  readonly fetch: typeof globalThis.fetch;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Reads the membership lists of the groups the viewer belongs to (members only: the server
 * refuses others), then each member's public profile, six at a time. A profile that cannot be
 * read still lists the member, under their WebID, and is reported in `errors`.
 */
export async function loadMemberCards(groups: readonly DirectoryGroup[], options: LoadMemberCardsOptions): Promise<LoadedMembers> {
  const mine = groups.filter((g) => g.membership);
  const lists = await Promise.allSettled(mine.map((g) => getMembers(g.group.url, options)));
  const errors: LoadFailure[] = [];
  const groupsOf = new Map<string, MemberCard['groups'][number][]>();
  lists.forEach((list, index) => {
    const group = mine[index]!.group;
    if (list.status === 'rejected') return errors.push({ url: group.url, error: list.reason as Error });
    errors.push(...list.value.errors);
    for (const m of list.value.members) groupsOf.set(m.member, [...(groupsOf.get(m.member) ?? []), { url: group.url, name: group.name, role: m.role }]);
    return undefined;
  });
  const webIds = [...groupsOf.keys()];
  let done = 0;
  const details = await mapLimited(webIds, 6, async (webId) => {
    try {
      return await getMemberDetails(webId, options);
    } finally {
      options.onProgress?.(++done, webIds.length);
    }
  });
  const members = webIds.map((webId, index): MemberCard => {
    const result = details[index]!;
    const base = { webId, groups: groupsOf.get(webId)! };
    if (result.status === 'rejected') {
      errors.push({ url: webId, error: result.reason as Error });
      return { ...base, name: webId, skills: [] };
    }
    const d = result.value;
    return {
      ...base,
      name: d.name || webId,
      skills: d.skills,
      ...(d.note ? { note: d.note } : {}),
      ...(d.photo ? { photo: d.photo } : {}),
      ...(d.location?.name ? { place: d.location.name } : {}),
    };
  });
  return { members: members.sort((a, b) => a.name.localeCompare(b.name)), errors };
}
