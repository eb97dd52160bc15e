export { GROUP_ACCESS_POLICY, GROUP_RESOURCE_KINDS, containerOfKind, modesFor, type AccessMode, type PolicyAudience, type GroupResourceKind } from './group-access-policy.js';
export { groupAclQuads } from './group-acl-quads.js';
export { groupAclTargets, aclUrlOf, type GroupAclTarget } from './group-acl-targets.js';
export { writeGroupAcls } from './write-group-acls.js';
export { setAgentAccess, withAgentRole } from './set-agent-access.js';
export { getGroupAgents } from './get-group-agents.js';
export type { GroupAgents, GroupRole } from './group-agents.js';
