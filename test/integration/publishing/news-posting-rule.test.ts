import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../../../apps/core/src/errors/access-denied-error.js';
import { removeMember } from '../../../apps/core/src/membership/remove-member.js';
import { authorPostsContainer } from '../../../apps/core/src/publishing/author-posts-container.js';
import { authorContainers } from '../../../apps/core/src/publishing/ensure-news-authors.js';
import { addNewsToGroup, getGroupNewsAll, removeNewsFromGroup, setNewsInGroup } from '../../../apps/core/src/publishing/group-news.js';
import { createNewsItem, getNewsItem, saveNewsItem } from '../../../apps/core/src/records/types/news-item.js';
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
    await expect(uploadNewsPicture(layout.root, jpeg(), 'public', emeka, { fetch: member })).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('stores "members may post" in the group profile and lets members post, with a picture, once allowed', async () => {
    await setNewsPostingRule(layout.root, 'members', { fetch: group.admin.fetch });
    const card = await (await fetch(group.layout.card, { headers: { accept: 'text/turtle' } })).text();
    expect(card).toMatch(/membersMayPostNews>?\s+(true|"true")/);
    const rule = getNewsPostingRule(await getGroup(group.layout.group, { fetch: member }));
    expect(mayPostNews('member', rule)).toBe(true);

    const picture = await uploadNewsPicture(layout.root, jpeg(), 'public', emeka, { fetch: member });
    expect(picture.startsWith(`${await authorPostsContainer(layout, 'public', emeka)}pictures/`)).toBe(true);
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
    expect(post.url.startsWith(await authorPostsContainer(layout, 'membersOnly', hana))).toBe(true);
  });

  it("refuses a member changing or deleting another member's post, and lets them edit their own", async () => {
    const hanaFetch = await getAuthenticatedFetch('hana');
    const emekaPosts = (await getGroupNewsAll(layout.root, { fetch: member })).items.filter((n) => n.author === emeka);
    expect(emekaPosts.map((n) => n.visibility).sort()).toEqual(['membersOnly', 'public']);
    for (const post of emekaPosts) {
      const turtle = await (await hanaFetch(post.url, { headers: { accept: 'text/turtle' } })).text();
      const put = await hanaFetch(post.url, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: turtle.replace('Hello', 'Hijacked') });
      const patch = await hanaFetch(post.url, {
        method: 'PATCH',
        headers: { 'content-type': 'text/n3' },
        body: `@prefix solid: <http://www.w3.org/ns/solid/terms#>. _:p a solid:InsertDeletePatch; solid:inserts { <${post.url}> <https://schema.org/headline> "Hijacked" }.`,
      });
      const del = await hanaFetch(post.url, { method: 'DELETE' });
      const intruder = await hanaFetch(`${post.url.slice(0, post.url.lastIndexOf('/') + 1)}intruder`, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: turtle });
      expect([put.status, patch.status, del.status, intruder.status]).toEqual([403, 403, 403, 403]);
    }
    // Nor can a member write straight into the shared posts containers any more.
    const shared = await hanaFetch(`${layout.publicPosts}squatter`, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: '<#it> <https://schema.org/headline> "x".' });
    expect(shared.status).toBe(403);
    const own = emekaPosts.find((n) => n.visibility === 'membersOnly')!;
    const edited = await setNewsInGroup(layout.root, own, { headline: 'Edited by its author' }, { fetch: member });
    expect((await getNewsItem(edited.url, { fetch: member })).headline).toBe('Edited by its author');
    const moved = await setNewsInGroup(layout.root, edited, { visibility: 'public' }, { fetch: member });
    expect(moved.url.startsWith(await authorPostsContainer(layout, 'public', emeka))).toBe(true);
    expect((await fetch(moved.url)).status).toBe(200);
    await setNewsInGroup(layout.root, moved, { visibility: 'membersOnly' }, { fetch: member });
  });

  it("lets an admin hide or delete any member's post", async () => {
    const hanaPost = (await getGroupNewsAll(layout.root, { fetch: group.admin.fetch })).items.find((n) => n.author === getAccount('hana').webId)!;
    await removeNewsFromGroup(hanaPost, { fetch: group.admin.fetch });
    expect((await group.admin.fetch(hanaPost.url)).status).toBe(404);
    const emekaPublic = (await getGroupNewsAll(layout.root, { fetch: globalThis.fetch })).items.find((n) => n.author === emeka)!;
    const hidden = await setNewsInGroup(layout.root, emekaPublic, { visibility: 'membersOnly' }, { fetch: group.admin.fetch });
    expect((await fetch(hidden.url)).status).toBe(401);
    expect((await member(hidden.url)).status).toBe(200);
    await setNewsInGroup(layout.root, hidden, { visibility: 'public' }, { fetch: group.admin.fetch });
  });

  it('still reads posts of the layout before per-author containers, which members can no longer change', async () => {
    const legacy = await saveNewsItem(createNewsItem(layout.memberPosts, { ...draft('Written in the old layout', 'membersOnly'), published: '2026-01-01T00:00:00Z' }), { fetch: group.admin.fetch });
    expect((await getGroupNewsAll(layout.root, { fetch: member })).items.map((n) => n.url)).toContain(legacy.url);
    expect((await member(legacy.url, { method: 'DELETE' })).status).toBe(403);
    await removeNewsFromGroup(legacy, { fetch: group.admin.fetch });
  });

  it('reads the news in one listing per posts container, one per author container and one per post', async () => {
    const requested: string[] = [];
    const counting: typeof fetch = (input, init) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return member(input, init);
    };
    const { items } = await getGroupNewsAll(layout.root, { fetch: counting });
    const authors = await authorContainers(layout.root, { fetch: group.admin.fetch });
    console.log(`news: ${items.length} posts by ${authors.length} author containers read in ${requested.length} requests`);
    expect(requested).toHaveLength(2 + authors.length + items.length);
  });

  it('takes a removed member off their own posts containers', async () => {
    await removeMember(group.layout.group, getAccount('hana').webId, { fetch: group.admin.fetch });
    const hanaFetch = await getAuthenticatedFetch('hana');
    const put = await hanaFetch(`${await authorPostsContainer(layout, 'public', getAccount('hana').webId)}after-removal`, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: '<#it> <https://schema.org/headline> "x".' });
    expect(put.status).toBe(403);
  });

  it('refuses members again once the admins take the setting back', async () => {
    await setNewsPostingRule(layout.root, 'admins', { fetch: group.admin.fetch });
    expect(getNewsPostingRule(await getGroup(group.layout.group, { fetch: member }))).toBe('admins');
    await expect(addNewsToGroup(layout.root, draft('Too late', 'public'), { fetch: member })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(addNewsToGroup(layout.root, draft('Too late', 'membersOnly'), { fetch: member })).rejects.toBeInstanceOf(AccessDeniedError);
    // Members still read the members' posts; visitors still read the public ones.
    expect((await getGroupNewsAll(layout.root, { fetch: member })).items).toHaveLength(2);
    expect((await getGroupNewsAll(layout.root, { fetch: globalThis.fetch })).items).toHaveLength(1);
  });
});
