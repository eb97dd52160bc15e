import { DataFactory, type Quad } from 'n3';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { updateAclDocument } from './acl-document.internal.js';
import { ACL_AGENT, RULE } from './acl-terms.internal.js';
import { memberListAclUrls } from './member-list-acls.js';
import { ensureNewsAuthorOnApproval } from '../publishing/ensure-news-author-on-approval.js';
import { refreshReadersRoster } from '../publishing/group-readers.js';
import type { GroupRole } from './group-agents.js';

const { namedNode, quad } = DataFactory;

/** The ACL quads with `webId` listed only in the rules of `role` (or in none), where those rules exist. */
export function withAgentRole(quads: readonly Quad[], aclUrl: string, webId: string, role: GroupRole | null): Quad[] {
  const rules: Record<GroupRole, string[]> = {
    admin: [`${aclUrl}#${RULE.admin}`],
    member: [`${aclUrl}#${RULE.member}`, `${aclUrl}#${RULE.memberWithin}`],
  };
  // Someone who leaves the group also stops writing their own news posts containers.
  const named = new Set([...rules.admin, ...rules.member, ...(role === null ? [`${aclUrl}#${RULE.author}`] : [])]);
  const kept = quads.filter((q) => !(q.predicate.value === ACL_AGENT && q.object.value === webId && named.has(q.subject.value)));
  if (role === null) return kept;
  const present = rules[role].filter((subject) => kept.some((q) => q.subject.value === subject));
  return [...kept, ...present.map((subject) => quad(namedNode(subject), namedNode(ACL_AGENT), namedNode(webId)))];
}

/**
 * Gives `webId` the server-side access of `role` in a group, or takes all of it away (null),
 * by rewriting with If-Match every ACL document of the group that lists agents (including the
 * marketplace's public container and compacted pages: `memberListAclUrls`); a member of a group
 * that lets members post news also gets their own posts containers, and the readers roster that
 * members' shared documents grant Read to is rewritten. Rules someone added
 * by hand are kept. Takes effect on the server's next request: CSS reads ACLs on every request.
 */
export async function setAgentAccess(root: string, webId: string, role: GroupRole | null, options: PodRequestOptions = {}): Promise<void> {
  const aclUrls = await memberListAclUrls(root, options);
  await Promise.all(
    aclUrls.map((aclUrl) =>
      updateAclDocument(
        aclUrl,
        (current) => {
          if (current === null) return null;
          const next = withAgentRole(current, aclUrl, webId, role);
          const unchanged = next.length === current.length && next.every((q) => current.some((c) => c.equals(q)));
          return unchanged ? null : next;
        },
        options,
      ),
    ),
  );
  await refreshReadersRoster(root, options);
  if (role === 'member') await ensureNewsAuthorOnApproval(root, webId, options);
}
