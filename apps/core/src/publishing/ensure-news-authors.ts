import { DataFactory, type Quad } from 'n3';
import { updateAclDocument } from '../access/acl-document.internal.js';
import { ACL, ACL_AGENT, ACL_MODE, RULE } from '../access/acl-terms.internal.js';
import { authorizationQuads } from '../access/group-acl-quads.js';
import { aclUrlOf } from '../access/group-acl-targets.js';
import type { AccessMode } from '../access/group-access-policy.js';
import type { GroupAgents } from '../access/group-agents.js';
import { ruleAclQuads } from '../access/rule-acl-quads.js';
import { ensureContainer } from '../pod/create-container.js';
import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { authorPostsContainer } from './author-posts-container.js';
import type { NewsPostingRule } from './may-post-news.js';
import { publishingLayout } from './publishing-layout.js';

const { namedNode, quad } = DataFactory;

/** The modes an author has on their own posts containers under the group's rule. */
export function authorModes(rule: NewsPostingRule): AccessMode[] {
  return rule === 'members' ? ['Read', 'Append', 'Write'] : ['Read'];
}

/**
 * The ACL of one author's posts container: the group's usual rules (owner and admins control
 * it, members read it, anyone reads the public one; `setAgentAccess` keeps the lists current)
 * plus `#author`, the one member who may write there while the group lets members post.
 */
export function newsAuthorAclQuads(aclUrl: string, target: string, agents: GroupAgents, author: string, rule: NewsPostingRule, isPublic: boolean): Quad[] {
  return [
    ...ruleAclQuads(aclUrl, target, agents, ['Read'], isPublic),
    ...authorizationQuads(aclUrl, RULE.author, target, (s) => [quad(s, namedNode(ACL_AGENT), namedNode(author))], authorModes(rule)),
  ];
}

/** The ACL quads with the `#author` rule's modes replaced by `modes` (everything else untouched). */
export function withAuthorModes(quads: readonly Quad[], aclUrl: string, modes: readonly AccessMode[]): Quad[] {
  const subject = namedNode(`${aclUrl}#${RULE.author}`);
  if (!quads.some((q) => q.subject.equals(subject))) return [...quads];
  const kept = quads.filter((q) => !(q.subject.equals(subject) && q.predicate.value === ACL_MODE));
  return [...kept, ...modes.map((mode) => quad(subject, namedNode(ACL_MODE), namedNode(`${ACL}${mode}`)))];
}

/**
 * Gives each of `authors` their own posts containers, public and members-only, each with an
 * ACL that lets only them (and the admins) change what is inside (decision 0080). Needs
 * acl:Control on the posts containers: an admin's app or the group's account runs it when the
 * group lets members post and when it approves a member. Rewrites the ACLs of containers that
 * exist already, so it also repairs them. 2 containers and 2 ACL documents per author.
 */
export async function ensureNewsAuthors(root: string, authors: readonly string[], agents: GroupAgents, rule: NewsPostingRule, options: PodRequestOptions = {}): Promise<void> {
  const layout = publishingLayout(root);
  await Promise.all(
    authors.flatMap((author) =>
      (['public', 'membersOnly'] as const).map(async (visibility) => {
        const target = await ensureContainer(await authorPostsContainer(layout, visibility, author), options);
        const aclUrl = aclUrlOf(target);
        await updateAclDocument(aclUrl, () => newsAuthorAclQuads(aclUrl, target, agents, author, rule, visibility === 'public'), options);
      }),
    ),
  );
}

/**
 * Every author's posts container in a group (both visibilities), found by listing the two
 * posts containers: the child containers other than `pictures/` (where the old, shared layout
 * kept pictures). None when the posts containers do not exist or the reader may not list them.
 */
export async function authorContainers(root: string, options: PodRequestOptions = {}): Promise<string[]> {
  const layout = publishingLayout(root);
  const listings = await Promise.all([layout.publicPosts, layout.memberPosts].map((c) => getContainedResourceUrlsOrNone(c, options).then((urls) => urls.map((url) => ({ container: c, url })))));
  return listings.flat().filter(({ container, url }) => url.endsWith('/') && url !== `${container}pictures/`).map(({ url }) => url);
}

/** Sets the `#author` modes of every existing author container to those of `rule` (e.g. when the admins take posting back). */
export async function setAuthorModes(root: string, rule: NewsPostingRule, options: PodRequestOptions = {}): Promise<void> {
  const containers = await authorContainers(root, options);
  await Promise.all(
    containers.map((target) => {
      const aclUrl = aclUrlOf(target);
      return updateAclDocument(aclUrl, (current) => (current ? withAuthorModes(current, aclUrl, authorModes(rule)) : null), options);
    }),
  );
}
