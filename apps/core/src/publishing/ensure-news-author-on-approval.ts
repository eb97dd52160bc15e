import { getGroupAgents } from '../access/get-group-agents.js';
import { groupLayout } from '../groups/group-layout.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getGroup } from '../records/types/group.js';
import { ensureNewsAuthors } from './ensure-news-authors.js';
import { getNewsPostingRule } from './news-posting-rule.js';

/**
 * Gives a member just approved (or made a member again) their own news posts containers when
 * the group lets members post; nothing otherwise. One read of the group's profile, then
 * `ensureNewsAuthors` for that member.
 */
export async function ensureNewsAuthorOnApproval(root: string, webId: string, options: PodRequestOptions = {}): Promise<void> {
  const group = await getGroup(groupLayout(root).group, options);
  if (getNewsPostingRule(group) !== 'members') return;
  await ensureNewsAuthors(root, [webId], await getGroupAgents(root, options), 'members', options);
}
