import { DataFactory, type Quad } from 'n3';
import { groupAclQuads } from '../access/group-acl-quads.js';
import type { GroupAgents } from '../access/group-agents.js';
import { aclUrlOf } from '../access/group-acl-targets.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { httpFailure } from '../pod/http-failure.internal.js';
import { writeTurtle } from '../pod/write-turtle.js';

const { namedNode, quad } = DataFactory;
const ACL = 'http://www.w3.org/ns/auth/acl#';

/**
 * The ACL of a marketplace index resource. `head`: admins write, members (or, for the public
 * index, everyone) only read, so nobody can append a roster line. `publicContainer`: everyone
 * reads, members append. Rules reuse the group policy's rows and rule names.
 */
export function indexAclQuads(target: string, role: 'membersHead' | 'publicHead' | 'publicContainer', agents: GroupAgents): Quad[] {
  const aclUrl = aclUrlOf(target);
  if (role === 'membersHead') return groupAclQuads(aclUrl, target, 'members', agents);
  if (role === 'publicHead') return groupAclQuads(aclUrl, target, 'publicNews', agents);
  const base = groupAclQuads(aclUrl, target, 'marketplace', agents);
  const rule = namedNode(`${aclUrl}#public`);
  return [
    ...base,
    quad(rule, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode(`${ACL}Authorization`)),
    quad(rule, namedNode(`${ACL}accessTo`), namedNode(target)),
    quad(rule, namedNode(`${ACL}default`), namedNode(target)),
    quad(rule, namedNode(`${ACL}mode`), namedNode(`${ACL}Read`)),
    quad(rule, namedNode(`${ACL}agentClass`), namedNode('http://xmlns.com/foaf/0.1/Agent')),
  ];
}

/** PUTs an ACL document (admins hold Control on the marketplace). */
export async function putAcl(target: string, quads: readonly Quad[], options: PodRequestOptions): Promise<void> {
  const url = aclUrlOf(target);
  const response = await (options.fetch ?? globalThis.fetch)(url, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: writeTurtle(quads, url) });
  if (!response.ok) throw httpFailure('Writing the access control list', url, response, await response.text());
  await response.body?.cancel();
}
