import type { Quad } from 'n3';
import { updateAclDocument } from '../access/acl-document.internal.js';
import { ruleAclQuads } from '../access/rule-acl-quads.js';
import { getGroupAgents } from '../access/get-group-agents.js';
import { aclUrlOf } from '../access/group-acl-targets.js';
import type { GroupAgents } from '../access/group-agents.js';
import { groupLayout } from '../groups/group-layout.js';
import { saveGroupProfile } from '../groups/save-group-profile.js';
import { ensureContainer } from '../pod/create-container.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { Group } from '../records/types/group.js';
import type { NewsPostingRule } from './may-post-news.js';
import { publishingLayout } from './publishing-layout.js';

/** The group's rule for who writes its news, from its profile (absent: admins only). */
export function getNewsPostingRule(group: Pick<Group, 'membersMayPostNews'>): NewsPostingRule {
  return group.membersMayPostNews === true ? 'members' : 'admins';
}

/**
 * The ACL of one posts container (`news/posts/` or `news/public/posts/`): owner and admins
 * control it; members read it, and append and write to it only under the rule 'members';
 * anyone reads the public one.
 */
export function newsPostsAclQuads(aclUrl: string, target: string, agents: GroupAgents, rule: NewsPostingRule, isPublic: boolean): Quad[] {
  return ruleAclQuads(aclUrl, target, agents, rule === 'members' ? ['Read', 'Append', 'Write'] : ['Read'], isPublic);
}

/**
 * Sets who may write a group's news: stores the rule in the group's profile, then gives both
 * posts containers an ACL that enforces it on the server. Needs acl:Control (an admin or the
 * group account). The generated outputs (feed, page, calendar) stay admins-only: a member's
 * public post appears there when an admin next republishes.
 */
export async function setNewsPostingRule(root: string, rule: NewsPostingRule, options: PodRequestOptions = {}): Promise<Group> {
  const layout = publishingLayout(root);
  const [agents] = await Promise.all([getGroupAgents(root, options), ensureContainer(layout.memberPosts, options), ensureContainer(layout.publicPosts, options)]);
  await Promise.all(
    [
      { target: layout.memberPosts, isPublic: false },
      { target: layout.publicPosts, isPublic: true },
    ].map(({ target, isPublic }) => {
      const aclUrl = aclUrlOf(target);
      return updateAclDocument(aclUrl, () => newsPostsAclQuads(aclUrl, target, agents, rule, isPublic), options);
    }),
  );
  return saveGroupProfile(groupLayout(root).group, { membersMayPostNews: rule === 'members' }, options);
}
