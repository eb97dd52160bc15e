import { getGroup, getProfile, groupLayout, groupRootOf } from '@mutua/core';

/** A group the member belongs to, with whether they may publish in it. */
export interface PublishingGroup {
  readonly url: string;
  readonly root: string;
  readonly name: string;
  /** True when the server lets this member write the group's news (admins today). */
  readonly canPublish: boolean;
}

/** What the publishing app knows about the logged-in member. */
export interface PublishingMember {
  readonly webId: string;
  readonly groups: readonly PublishingGroup[];
}

/** Asks the server itself: the WAC-Allow header lists the modes the logged-in user has on a resource. */
async function mayWrite(url: string, fetch: typeof globalThis.fetch): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD' });
    const user = /user="([^"]*)"/.exec(response.headers.get('wac-allow') ?? '')?.[1] ?? '';
    return user.split(/\s+/).includes('write');
  } catch {
    return false;
  }
}

/** Reads the member's profile and, for each group, its name and whether the member may publish there. */
export async function loadPublishingMember(webId: string, fetch: typeof globalThis.fetch): Promise<PublishingMember> {
  const profile = await getProfile(webId, { fetch });
  const groups = await Promise.all(
    profile.memberOf.map(async (url) => {
      const root = groupRootOf(url);
      const [name, canPublish] = await Promise.all([getGroup(url, { fetch }).then((g) => g.name, () => url), mayWrite(groupLayout(root).publicNews, fetch)]);
      return { url, root, name, canPublish };
    }),
  );
  return { webId, groups };
}
