import { getGroup, getProfile } from '@mutua/core';

/** A group the member belongs to: a starting point of their queries. */
export interface MemberGroup {
  readonly url: string;
  readonly name: string;
}

/** The groups the member's profile lists (schema:memberOf), named from their cards; an unreadable card keeps its URL as name. */
export async function loadMemberGroups(webId: string, fetch: typeof globalThis.fetch): Promise<readonly MemberGroup[]> {
  const profile = await getProfile(webId, { fetch });
  return Promise.all(
    profile.memberOf.map(async (url) => ({
      url,
      name: await getGroup(url, { fetch }).then(
        (g) => g.name,
        () => url,
      ),
    })),
  );
}
