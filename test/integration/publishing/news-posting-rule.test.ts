import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../../../apps/core/src/errors/access-denied-error.js';
import { addNewsToGroup, getGroupNewsAll } from '../../../apps/core/src/publishing/group-news.js';
import { mayPostNews } from '../../../apps/core/src/publishing/may-post-news.js';
import { uploadNewsPicture } from '../../../apps/core/src/publishing/news-picture.js';
import { getNewsPostingRule, setNewsPostingRule } from '../../../apps/core/src/publishing/news-posting-rule.js';
import { publishingLayout, type PublishingLayout } from '../../../apps/core/src/publishing/publishing-layout.js';
import { getGroup } from '../../../apps/core/src/records/types/group.js';
import { getAccount, getAuthenticatedFetch } from '../../support/pod.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from '../groups/test-group.js';

// admin: dolores; member: emeka; joins later: hana; never a member: bruno.
let group: TestGroup;
let layout: PublishingLayout;
let member: typeof fetch;
const emeka = getAccount('emeka').webId;
const draft = (headline: string, visibility: 'public' | 'membersOnly') => ({ headline, body: 'Hello **all**', visibility, author: emeka });
const jpeg = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], { type: 'image/jpeg' });

beforeAll(async () => {
  group = await createTestGroup('news-rule', 'dolores');
  await joinThroughRequest(group, 'emeka');
  layout = publishingLayout(group.layout.root);
  member = await getAuthenticatedFetch('emeka');
}, 120_000);

afterAll(async () => {
  await group.pod.agent.logout();
});

describe('the news posting rule', () => {
  it('refuses a member posting news while the group keeps news to admins', async () => {
    expect(getNewsPostingRule(await getGroup(group.layout.group, { fetch: member }))).toBe('admins');
    for (const visibility of ['public', 'membersOnly'] as const) {
      await expect(addNewsToGroup(layout.root, draft(`Not allowed ${visibility}`, visibility), { fetch: member })).rejects.toBeInstanceOf(AccessDeniedError);
    }
    await expect(uploadNewsPicture(layout.root, jpeg(), 'public', { fetch: member })).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('stores "members may post" in the group profile and lets members post, with a picture, once allowed', async () => {
    await setNewsPostingRule(layout.root, 'members', { fetch: group.admin.fetch });
    const card = await (await fetch(group.layout.card, { headers: { accept: 'text/turtle' } })).text();
    expect(card).toMatch(/membersMayPostNews>?\s+(true|"true")/);
    const rule = getNewsPostingRule(await getGroup(group.layout.group, { fetch: member }));
    expect(mayPostNews('member', rule)).toBe(true);

    const picture = await uploadNewsPicture(layout.root, jpeg(), 'public', { fetch: member });
    expect(picture.startsWith(`${layout.publicPosts}pictures/`)).toBe(true);
    expect((await fetch(picture)).status).toBe(200);
    const post = await addNewsToGroup(layout.root, { ...draft('Posted by a member', 'public'), image: picture }, { fetch: member });
    await addNewsToGroup(layout.root, draft('Members-only by a member', 'membersOnly'), { fetch: member });
    const visitor = await getGroupNewsAll(layout.root, { fetch: globalThis.fetch });
    expect(visitor.items.map((n) => [n.url, n.image])).toEqual([[post.url, picture]]);
  });

  it('keeps the generated public outputs and other containers closed to members', async () => {
    const response = await member(layout.atomFeed, { method: 'PUT', headers: { 'content-type': 'application/atom+xml' }, body: '<feed/>' });
    expect(response.status).toBe(403);
    const event = await member(`${layout.publicEvents}intruder`, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: '<#it> <https://schema.org/name> "x".' });
    expect(event.status).toBe(403);
  });

  it('refuses someone who is not a member even while members may post', async () => {
    const outsider = await getAuthenticatedFetch('bruno');
    await expect(addNewsToGroup(layout.root, draft('Outsider', 'public'), { fetch: outsider })).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('lets a member who joins after the setting post too', async () => {
    await joinThroughRequest(group, 'hana');
    const hana = getAccount('hana').webId;
    const post = await addNewsToGroup(layout.root, { ...draft('From a new member', 'membersOnly'), author: hana }, { fetch: await getAuthenticatedFetch('hana') });
    expect(post.url.startsWith(layout.memberPosts)).toBe(true);
  });

  it('refuses members again once the admins take the setting back', async () => {
    await setNewsPostingRule(layout.root, 'admins', { fetch: group.admin.fetch });
    expect(getNewsPostingRule(await getGroup(group.layout.group, { fetch: member }))).toBe('admins');
    await expect(addNewsToGroup(layout.root, draft('Too late', 'public'), { fetch: member })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(addNewsToGroup(layout.root, draft('Too late', 'membersOnly'), { fetch: member })).rejects.toBeInstanceOf(AccessDeniedError);
    // Members still read the members' posts; visitors still read the public ones.
    expect((await getGroupNewsAll(layout.root, { fetch: member })).items).toHaveLength(3);
    expect((await getGroupNewsAll(layout.root, { fetch: globalThis.fetch })).items).toHaveLength(1);
  });
});
