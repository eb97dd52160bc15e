import { getAllowedModes, getGroup, getNewsPostingRule, getProfile, groupLayout, groupRootOf, mayPostNews, type NewsPostingRule } from '@mutua/core';

/** A group the member belongs to, with what they may publish in it. */
export interface PublishingGroup {
  readonly url: string;
  readonly root: string;
  readonly name: string;
  /** True when the server lets this member administer the group's publishing (admins). */
  readonly isAdmin: boolean;
  /** The group's rule for who writes its news. */
  readonly newsRule: NewsPostingRule;
  /** True when this member may write the group's news: admins, and members if the group allows. */
  readonly canPublish: boolean;
}

/** What the publishing app knows about the logged-in member. */
export interface PublishingMember {
  readonly webId: string;
  readonly groups: readonly PublishingGroup[];
}

/** Reads the member's profile and, for each group, its name, its news rule and whether the member is an admin there. */
export async function loadPublishingMember(webId: string, fetch: typeof globalThis.fetch): Promise<PublishingMember> {
  const profile = await getProfile(webId, { fetch });
  const groups = await Promise.all(
    profile.memberOf.map(async (url) => {
      const root = groupRootOf(url);
      // Only admins may write `news/public/` itself (the generated outputs live there).
      const [group, isAdmin] = await Promise.all([getGroup(url, { fetch }).catch(() => undefined), getAllowedModes(groupLayout(root).publicNews, { fetch }).then((modes) => modes.has('write'))]);
      const newsRule = group ? getNewsPostingRule(group) : 'admins';
      return { url, root, name: group?.name ?? url, isAdmin, newsRule, canPublish: mayPostNews(isAdmin ? 'admin' : 'member', newsRule) };
    }),
  );
  return { webId, groups };
}
