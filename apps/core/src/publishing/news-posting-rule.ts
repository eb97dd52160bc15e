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
import { ensureNewsAuthors, setAuthorModes } from './ensure-news-authors.js';
import { publishingLayout } from './publishing-layout.js';

/** The group's rule for who writes its news, from its profile (absent: admins only). */
export function getNewsPostingRule(group: Pick<Group, 'membersMayPostNews'>): NewsPostingRule {
  return group.membersMayPostNews === true ? 'members' : 'admins';
}

/**
 * The ACL of one posts container (`news/posts/` or `news/public/posts/`): owner and admins
 * control it, members read it, anyone reads the public one. Members never write here, whatever
 * the rule: they write only their own author containers inside it (decision 0080), so no
 * member can change or delete another member's post.
 */
export function newsPostsAclQuads(aclUrl: string, target: string, agents: GroupAgents, isPublic: boolean): Quad[] {
  return ruleAclQuads(aclUrl, target, agents, ['Read'], isPublic);
}

/**
 * Sets who may write a group's news: gives both posts containers their ACL (members read only),
 * gives every current member their own posts containers under the rule 'members' and sets the
 * `#author` modes of existing author containers to the rule (decision 0080), then stores the
 * rule in the group's profile. Needs acl:Control (an admin or the group account). Rewriting the
 * posts containers' ACLs also closes groups set up before 0080, whose members could write there.
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
      return updateAclDocument(aclUrl, () => newsPostsAclQuads(aclUrl, target, agents, isPublic), options);
    }),
  );
  if (rule === 'members') await ensureNewsAuthors(root, agents.members, agents, rule, options);
  await setAuthorModes(root, rule, options);
  return saveGroupProfile(groupLayout(root).group, { membersMayPostNews: rule === 'members' }, options);
}
