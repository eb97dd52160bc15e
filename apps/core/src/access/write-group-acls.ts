import { groupLayout } from '../groups/group-layout.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { updateAclDocument } from './acl-document.internal.js';
import { groupAclQuads } from './group-acl-quads.js';
import { aclUrlOf, groupAclTargets } from './group-acl-targets.js';
import type { GroupAgents } from './group-agents.js';

/**
 * Writes every ACL document of a group from the access policy and the given agents,
 * replacing whatever rules were there (CSS's defaults included). The containers must exist.
 * Needs acl:Control: the group's account or an admin.
 */
export async function writeGroupAcls(root: string, agents: GroupAgents, options: PodRequestOptions = {}): Promise<void> {
  const layout = groupLayout(root);
  await Promise.all(
    groupAclTargets(layout).map(({ kind, target }) => {
      const aclUrl = aclUrlOf(target);
      const wanted = groupAclQuads(aclUrl, target, kind, agents);
      return updateAclDocument(aclUrl, () => wanted, options);
    }),
  );
}
