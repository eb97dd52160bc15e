import type { Quad } from 'n3';
import type { GroupAgents } from '../access/group-agents.js';
import { ruleAclQuads } from '../access/rule-acl-quads.js';

/** The ACL of `ledger/requests/`: owner and admins control it; members read it, and append to it (file a pending transfer) only when `membersMayFile`. */
export function requestsAclQuads(aclUrl: string, target: string, agents: GroupAgents, membersMayFile: boolean): Quad[] {
  return ruleAclQuads(aclUrl, target, agents, membersMayFile ? ['Read', 'Append'] : ['Read']);
}
