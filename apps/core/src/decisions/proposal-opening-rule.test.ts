import { describe, expect, it } from 'vitest';
import { withAgentRole } from '../access/set-agent-access.js';
import { decisionsAclQuads, getProposalOpeners } from './proposal-opening-rule.js';

const ACL = 'http://www.w3.org/ns/auth/acl#';
const target = 'https://pods.example/lets/mutua/decisions/';
const aclUrl = `${target}.acl`;
const agents = {
  owner: 'https://pods.example/lets/profile/card#me',
  admins: ['https://a.example/card#me'],
  members: ['https://m.example/card#me'],
};

/** The modes a rule grants, and whether it applies to the container itself and to what it holds. */
function ruleOf(quads: ReturnType<typeof decisionsAclQuads>, name: string) {
  const subject = `${aclUrl}#${name}`;
  const values = (predicate: string) =>
    quads
      .filter((q) => q.subject.value === subject && q.predicate.value === `${ACL}${predicate}`)
      .map((q) => q.object.value);
  return {
    modes: values('mode')
      .map((m) => m.slice(ACL.length))
      .sort(),
    accessTo: values('accessTo'),
    default: values('default'),
    agents: values('agent'),
  };
}

describe('getProposalOpeners', () => {
  it('lets every member open proposals unless the profile says only admins', () => {
    expect(getProposalOpeners({})).toBe('members');
    expect(getProposalOpeners({ onlyAdminsOpenProposals: false })).toBe('members');
    expect(getProposalOpeners({ onlyAdminsOpenProposals: true })).toBe('admins');
  });
});

describe('decisionsAclQuads', () => {
  it('under "members" gives members Read and Append on the container and inside it', () => {
    const quads = decisionsAclQuads(aclUrl, target, agents, 'members');
    expect(ruleOf(quads, 'members')).toEqual({
      modes: ['Append', 'Read'],
      accessTo: [target],
      default: [target],
      agents: agents.members,
    });
    expect(ruleOf(quads, 'members-within').modes).toEqual([]);
  });

  it('under "admins" keeps members to Read on the container and adds Append only inside it', () => {
    const quads = decisionsAclQuads(aclUrl, target, agents, 'admins');
    expect(ruleOf(quads, 'members')).toEqual({
      modes: ['Read'],
      accessTo: [target],
      default: [target],
      agents: agents.members,
    });
    expect(ruleOf(quads, 'members-within')).toEqual({
      modes: ['Append'],
      accessTo: [],
      default: [target],
      agents: agents.members,
    });
    expect(ruleOf(quads, 'admins').modes).toEqual(['Control', 'Read', 'Write']);
  });
});

describe('withAgentRole on a decisions ACL under "admins"', () => {
  const quads = decisionsAclQuads(aclUrl, target, agents, 'admins');
  const newcomer = 'https://n.example/card#me';

  it('lists a new member in both member rules', () => {
    const next = withAgentRole(quads, aclUrl, newcomer, 'member');
    expect(ruleOf(next, 'members').agents).toContain(newcomer);
    expect(ruleOf(next, 'members-within').agents).toContain(newcomer);
    expect(ruleOf(next, 'admins').agents).not.toContain(newcomer);
  });

  it('takes a removed member out of every rule, and a promoted one out of the member rules', () => {
    const member = agents.members[0]!;
    const removed = withAgentRole(quads, aclUrl, member, null);
    expect(removed.some((q) => q.object.value === member)).toBe(false);
    const promoted = withAgentRole(quads, aclUrl, member, 'admin');
    expect(ruleOf(promoted, 'admins').agents).toContain(member);
    expect(ruleOf(promoted, 'members').agents).not.toContain(member);
    expect(ruleOf(promoted, 'members-within').agents).not.toContain(member);
  });

  it('adds no member-within rule to an ACL that has none', () => {
    const plain = decisionsAclQuads(aclUrl, target, agents, 'members');
    const next = withAgentRole(plain, aclUrl, newcomer, 'member');
    expect(ruleOf(next, 'members-within').agents).toEqual([]);
    expect(ruleOf(next, 'members').agents).toContain(newcomer);
  });
});
