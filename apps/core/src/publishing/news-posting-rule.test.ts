import { describe, expect, it } from 'vitest';
import { getNewsPostingRule, newsPostsAclQuads } from './news-posting-rule.js';

const ACL = 'http://www.w3.org/ns/auth/acl#';
const agents = { owner: 'https://pod.example/g/profile/card#me', admins: ['https://pod.example/a#me'], members: ['https://pod.example/m#me'] };
const target = 'https://pod.example/g/news/public/posts/';
const aclUrl = `${target}.acl`;

/** The modes of one rule of the ACL, as short names. */
function modes(rule: string, rulesFor: 'members' | 'admins'): string[] {
  const quads = newsPostsAclQuads(aclUrl, target, agents, rulesFor, true);
  return quads.filter((q) => q.subject.value === `${aclUrl}#${rule}` && q.predicate.value === `${ACL}mode`).map((q) => q.object.value.slice(ACL.length)).sort();
}

describe('newsPostsAclQuads', () => {
  it('gives members Append and Write only under the rule "members"', () => {
    expect(modes('members', 'members')).toEqual(['Append', 'Read', 'Write']);
    expect(modes('members', 'admins')).toEqual(['Read']);
  });

  it('keeps admins in control and the public container readable by anyone', () => {
    expect(modes('admins', 'admins')).toEqual(['Control', 'Read', 'Write']);
    expect(modes('public', 'members')).toEqual(['Read']);
    const members = newsPostsAclQuads(aclUrl, target, agents, 'members', false);
    expect(members.some((q) => q.subject.value === `${aclUrl}#public`)).toBe(false);
  });
});

describe('getNewsPostingRule', () => {
  it('reads the profile flag, absent meaning admins only', () => {
    expect(getNewsPostingRule({ membersMayPostNews: true })).toBe('members');
    expect(getNewsPostingRule({ membersMayPostNews: false })).toBe('admins');
    expect(getNewsPostingRule({})).toBe('admins');
  });
});
