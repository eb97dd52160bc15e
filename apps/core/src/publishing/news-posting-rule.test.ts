import { describe, expect, it } from 'vitest';
import { newsAuthorAclQuads, withAuthorModes } from './ensure-news-authors.js';
import { getNewsPostingRule, newsPostsAclQuads } from './news-posting-rule.js';

const ACL = 'http://www.w3.org/ns/auth/acl#';
const agents = { owner: 'https://pod.example/g/profile/card#me', admins: ['https://pod.example/a#me'], members: ['https://pod.example/m#me', 'https://pod.example/n#me'] };
const target = 'https://pod.example/g/news/public/posts/';
const aclUrl = `${target}.acl`;
const authorTarget = `${target}0123abcd/`;
const authorAcl = `${authorTarget}.acl`;
const type = (quads: ReturnType<typeof newsPostsAclQuads>, url: string, rule: string, predicate: string) =>
  quads.filter((q) => q.subject.value === `${url}#${rule}` && q.predicate.value === `${ACL}${predicate}`).map((q) => q.object.value.replace(ACL, '')).sort();

describe('newsPostsAclQuads', () => {
  it('gives members Read only on the shared posts containers: they write only their own containers', () => {
    expect(type(newsPostsAclQuads(aclUrl, target, agents, true), aclUrl, 'members', 'mode')).toEqual(['Read']);
  });

  it('keeps admins in control and the public container readable by anyone', () => {
    const quads = newsPostsAclQuads(aclUrl, target, agents, true);
    expect(type(quads, aclUrl, 'admins', 'mode')).toEqual(['Control', 'Read', 'Write']);
    expect(type(quads, aclUrl, 'public', 'mode')).toEqual(['Read']);
    expect(newsPostsAclQuads(aclUrl, target, agents, false).some((q) => q.subject.value === `${aclUrl}#public`)).toBe(false);
  });
});

describe('newsAuthorAclQuads', () => {
  it('lets the author, and no other member, write under the rule "members"', () => {
    const quads = newsAuthorAclQuads(authorAcl, authorTarget, agents, agents.members[0]!, 'members', true);
    expect(type(quads, authorAcl, 'author', 'agent')).toEqual([agents.members[0]]);
    expect(type(quads, authorAcl, 'author', 'mode')).toEqual(['Append', 'Read', 'Write']);
    expect(type(quads, authorAcl, 'members', 'mode')).toEqual(['Read']);
    expect(type(quads, authorAcl, 'admins', 'mode')).toEqual(['Control', 'Read', 'Write']);
    expect(type(quads, authorAcl, 'public', 'mode')).toEqual(['Read']);
    expect(type(quads, authorAcl, 'author', 'default')).toEqual([authorTarget]);
  });

  it('leaves the author Read only under the rule "admins", and withAuthorModes switches between the two', () => {
    const closed = newsAuthorAclQuads(authorAcl, authorTarget, agents, agents.members[0]!, 'admins', false);
    expect(type(closed, authorAcl, 'author', 'mode')).toEqual(['Read']);
    expect(closed.some((q) => q.subject.value === `${authorAcl}#public`)).toBe(false);
    expect(type(withAuthorModes(closed, authorAcl, ['Read', 'Append', 'Write']), authorAcl, 'author', 'mode')).toEqual(['Append', 'Read', 'Write']);
  });
});

describe('getNewsPostingRule', () => {
  it('reads the profile flag, absent meaning admins only', () => {
    expect(getNewsPostingRule({ membersMayPostNews: true })).toBe('members');
    expect(getNewsPostingRule({ membersMayPostNews: false })).toBe('admins');
    expect(getNewsPostingRule({})).toBe('admins');
  });
});
