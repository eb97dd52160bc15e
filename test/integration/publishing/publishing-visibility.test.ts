import ICAL from 'ical.js';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEventToGroup, getGroupEventsAll } from '../../../apps/core/src/publishing/group-events.js';
import { addDocumentToGroup, addDocumentVersion, documentContainerOf, getDocumentHistory, getGroupDocumentsAll } from '../../../apps/core/src/publishing/group-library.js';
import { addNewsToGroup, getGroupNewsAll, setNewsInGroup } from '../../../apps/core/src/publishing/group-news.js';
import { publishGroupOutputs } from '../../../apps/core/src/publishing/publish-group-outputs.js';
import { publishingLayout, type PublishingLayout } from '../../../apps/core/src/publishing/publishing-layout.js';
import { createMarkdownRenderer } from '../../../apps/core/src/publishing/render-markdown.js';
import { findReadersRoster } from '../../../apps/core/src/publishing/group-readers.js';
import { shareDocumentWithGroup, unshareDocumentFromGroup } from '../../../apps/core/src/publishing/share-document-with-group.js';
import { removeMember } from '../../../apps/core/src/membership/remove-member.js';
import type { GroupDocument } from '../../../apps/core/src/records/types/group-document.js';
import { getAccount, getAuthenticatedFetch } from '../../support/pod.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from '../groups/test-group.js';

type Role = 'admin' | 'member' | 'member of another group' | 'anonymous';
const ROLES: readonly Role[] = ['admin', 'member', 'member of another group', 'anonymous'];
type Level = 'public' | 'membersOnly' | 'adminsOnly';
/** Who may read an item of each visibility. */
const READERS: Record<Level, readonly Role[]> = {
  public: ['admin', 'member', 'member of another group', 'anonymous'],
  membersOnly: ['admin', 'member'],
  adminsOnly: ['admin'],
};

const render = createMarkdownRenderer(new JSDOM('').window as unknown as Parameters<typeof createMarkdownRenderer>[0]);
let group: TestGroup;
let layout: PublishingLayout;
const fetchOf = {} as Record<Role, typeof fetch>;
/** Item document URLs by kind and visibility. */
const items: Record<string, string> = {};
let adminDocument: GroupDocument;

beforeAll(async () => {
  // admin: dolores; member: emeka; member of another group: bruno (SEL member).
  group = await createTestGroup('publishing', 'dolores');
  await joinThroughRequest(group, 'emeka');
  layout = publishingLayout(group.layout.root);
  fetchOf.admin = group.admin.fetch;
  fetchOf.member = await getAuthenticatedFetch('emeka');
  fetchOf['member of another group'] = await getAuthenticatedFetch('bruno');
  fetchOf.anonymous = globalThis.fetch;
  const options = { fetch: group.admin.fetch };
  const author = group.admin.webId;
  const [publicNews, memberNews, publicEvent, memberEvent, publicDoc, memberDoc, adminDoc] = await Promise.all([
    addNewsToGroup(layout.root, { headline: 'Market <b>day</b> & more', body: 'Come **along**! <script>alert(1)</script> [x](javascript:alert(1))', visibility: 'public', author, published: '2026-03-02T10:00:00Z' }, options),
    addNewsToGroup(layout.root, { headline: 'Members meeting minutes', body: 'Internal.', visibility: 'membersOnly', author }, options),
    addEventToGroup(layout.root, { name: 'Repair café', startDate: '2026-04-18T14:00:00+02:00', endDate: '2026-04-18T17:00:00+02:00', location: { name: 'Town hall' }, description: 'Bring *tools*', organizer: group.layout.group }, 'public', options),
    addEventToGroup(layout.root, { name: 'Board meeting', startDate: '2026-04-20T18:00:00Z', organizer: group.layout.group }, 'membersOnly', options),
    addDocumentToGroup(layout.root, { title: 'Statutes', creator: author, visibility: 'public', content: { text: '# Statutes' } }, options),
    addDocumentToGroup(layout.root, { title: 'Minutes', creator: author, visibility: 'membersOnly', content: { file: new Blob(['%PDF-1.4 test'], { type: 'application/pdf' }) } }, options),
    addDocumentToGroup(layout.root, { title: 'Accounts', creator: author, visibility: 'adminsOnly', content: { text: 'Bank details' } }, options),
  ]);
  adminDocument = adminDoc;
  Object.assign(items, {
    'news public': publicNews.url,
    'news membersOnly': memberNews.url,
    'event public': publicEvent.event.url,
    'event membersOnly': memberEvent.event.url,
    'document public': publicDoc.url,
    'document membersOnly': memberDoc.url,
    'document file membersOnly': memberDoc.contentUrl!,
    'document adminsOnly': adminDoc.url,
  });
  await publishGroupOutputs(layout.root, { fetch: group.admin.fetch, render });
}, 120_000);

afterAll(async () => {
  await group.pod.agent.logout();
});

describe('group publishing visibility on the server', () => {
  const cases = [
    ['news public', 'public'],
    ['news membersOnly', 'membersOnly'],
    ['event public', 'public'],
    ['event membersOnly', 'membersOnly'],
    ['document public', 'public'],
    ['document membersOnly', 'membersOnly'],
    ['document file membersOnly', 'membersOnly'],
    ['document adminsOnly', 'adminsOnly'],
  ] as const;
  for (const [item, level] of cases) {
    for (const role of ROLES) {
      const allowed = READERS[level].includes(role);
      it(`${allowed ? 'lets' : 'refuses'} the ${role} ${allowed ? 'read' : 'reading'} the ${item} item`, async () => {
        const response = await fetchOf[role](items[item]!.replace(/#.*$/, ''));
        await response.arrayBuffer();
        if (allowed) expect(response.status).toBe(200);
        else expect(response.status).toBe(role === 'anonymous' ? 401 : 403);
      });
    }
  }

  it('refuses plain members writing news, events or documents', async () => {
    const body = '<#it> <https://schema.org/name> "x".';
    for (const container of [layout.publicPosts, layout.memberPosts, layout.publicEvents, layout.publicDocuments]) {
      const response = await fetchOf.member(`${container}intruder`, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body });
      expect(response.status).toBe(403);
    }
  });

  it('lists only what each role may see', async () => {
    const anonymous = await getGroupNewsAll(layout.root, { fetch: globalThis.fetch });
    expect(anonymous.items.map((n) => n.url)).toEqual([items['news public']]);
    const member = await getGroupNewsAll(layout.root, { fetch: fetchOf.member });
    expect(member.items).toHaveLength(2);
    const outsiderEvents = await getGroupEventsAll(layout.root, { fetch: fetchOf['member of another group'] });
    expect(outsiderEvents.items.map((e) => e.event.name)).toEqual(['Repair café']);
    const memberDocs = await getGroupDocumentsAll(layout.root, { fetch: fetchOf.member });
    expect(memberDocs.items.map((d) => d.title)).toEqual(['Minutes', 'Statutes']);
    const adminDocs = await getGroupDocumentsAll(layout.root, { fetch: fetchOf.admin });
    expect(adminDocs.items.map((d) => d.title)).toEqual(['Accounts', 'Minutes', 'Statutes']);
  });
});

describe('public outputs', () => {
  it('serves the Atom feed without a login as application/atom+xml with valid entries', async () => {
    const response = await fetch(layout.atomFeed);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const doc = new JSDOM(await response.text(), { contentType: 'application/xml' }).window.document;
    const ATOM = 'http://www.w3.org/2005/Atom';
    const kids = (parent: Element, name: string): Element[] => [...parent.children].filter((c) => c.localName === name && c.namespaceURI === ATOM);
    const feed = doc.documentElement;
    expect(feed.localName).toBe('feed');
    for (const name of ['id', 'title', 'updated']) expect(kids(feed, name)).toHaveLength(1);
    const entries = kids(feed, 'entry');
    expect(entries.map((e) => kids(e, 'title')[0]!.textContent)).toEqual(['Market <b>day</b> & more']);
    for (const name of ['id', 'title', 'updated', 'link']) expect(kids(entries[0]!, name)).toHaveLength(1);
    const html = kids(entries[0]!, 'content')[0]!.textContent!;
    expect(html).toContain('<strong>along</strong>');
    expect(html).not.toMatch(/<script|javascript:/i);
  });

  it('serves a plain public HTML page with public items only', async () => {
    const response = await fetch(layout.publicPage);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const text = await response.text();
    const doc = new JSDOM(text).window.document;
    expect([...doc.querySelectorAll('#news h3')].map((h) => h.textContent)).toEqual(['Market <b>day</b> & more']);
    expect(text).not.toContain('Members meeting minutes');
    expect(text).not.toContain('Board meeting');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('serves an iCalendar feed that ical.js parses, with public events only', async () => {
    const response = await fetch(layout.calendar);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Repair café']);
    expect(events[0]!.location).toBe('Town hall');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-04-18T12:00:00.000Z');
  });

  it('moves a post out of the public outputs when it becomes members-only', async () => {
    const { items: [post] } = await getGroupNewsAll(layout.root, { fetch: globalThis.fetch });
    const moved = await setNewsInGroup(layout.root, post!, { visibility: 'membersOnly' }, { fetch: group.admin.fetch });
    expect(moved.url.startsWith(layout.memberPosts)).toBe(true);
    // The public copy is gone, and the members-only one is refused to a visitor.
    expect((await fetch(post!.url.replace(/#.*$/, ''))).status).toBe(404);
    expect((await fetch(moved.url.replace(/#.*$/, ''))).status).toBe(401);
    await publishGroupOutputs(layout.root, { fetch: group.admin.fetch, render });
    expect(await (await fetch(layout.atomFeed)).text()).not.toContain('<entry>');
    const back = await setNewsInGroup(layout.root, moved, { visibility: 'public' }, { fetch: group.admin.fetch });
    await publishGroupOutputs(layout.root, { fetch: group.admin.fetch, render });
    expect(await (await fetch(layout.atomFeed)).text()).toContain(back.url);
  });
});

describe('document versions', () => {
  it('keeps every earlier version when a document is saved again', async () => {
    const v2 = await addDocumentVersion(adminDocument, { author: group.admin.webId, content: { text: 'New bank details' } }, { fetch: group.admin.fetch });
    const v3 = await addDocumentVersion(v2, { author: group.admin.webId, content: { text: 'Third' }, title: 'Accounts 2026' }, { fetch: group.admin.fetch });
    const history = await getDocumentHistory(documentContainerOf(v3.url), { fetch: group.admin.fetch });
    expect(history.map((d) => [d.version, d.text, d.replaces ?? null])).toEqual([
      [3, 'Third', v2.url],
      [2, 'New bank details', adminDocument.url],
      [1, 'Bank details', null],
    ]);
    const latest = await getGroupDocumentsAll(layout.root, { fetch: group.admin.fetch });
    expect(latest.items.find((d) => d.url === v3.url)?.title).toBe('Accounts 2026');
  });

  it('refuses a second save after the same version with a conflict', async () => {
    const [v1] = (await getDocumentHistory(documentContainerOf(items['document public']!), { fetch: group.admin.fetch })).slice(-1);
    await addDocumentVersion(v1!, { author: group.admin.webId, content: { text: 'A' } }, { fetch: group.admin.fetch });
    await expect(addDocumentVersion(v1!, { author: group.admin.webId, content: { text: 'B' } }, { fetch: group.admin.fetch })).rejects.toThrow(/saved by someone else first/);
  });
});

describe('shareDocumentWithGroup', () => {
  it('lets the group read a member-owned resource through a link, without copying it', async () => {
    const dolores = getAccount('dolores');
    const resource = `${dolores.podUrl}mutua/shared-test/${Date.now()}.md`;
    expect(await findReadersRoster(layout.root, { fetch: fetchOf.member })).not.toBeNull();
    const put = await group.admin.fetch(resource, { method: 'PUT', headers: { 'content-type': 'text/markdown' }, body: '# My notes' });
    expect(put.ok).toBe(true);
    expect((await fetchOf.member(resource)).status).toBe(403);
    const link = await shareDocumentWithGroup(resource, group.layout.group, { fetch: group.admin.fetch, ownerWebId: dolores.webId, title: 'Notes from Dolores' });
    expect(link.contentUrl).toBe(resource);
    expect(link.visibility).toBe('membersOnly');
    const asMember = await fetchOf.member(resource);
    expect(asMember.status).toBe(200);
    expect(await asMember.text()).toBe('# My notes');
    expect((await fetchOf['member of another group'](resource)).status).toBe(403);
    expect((await fetch(resource)).status).toBe(401);
    // The owner keeps control of their resource.
    expect((await group.admin.fetch(resource, { method: 'PUT', headers: { 'content-type': 'text/markdown' }, body: '# Edited' })).ok).toBe(true);
    const listed = await getGroupDocumentsAll(layout.root, { fetch: fetchOf.member });
    expect(listed.items.some((d) => d.contentUrl === resource)).toBe(true);
  });

  it("lets a member share their own document, readable by the group's members as membership changes, until un-shared", async () => {
    const emeka = getAccount('emeka');
    const resource = `${emeka.podUrl}mutua/shared-test/${Date.now()}.md`;
    expect((await fetchOf.member(resource, { method: 'PUT', headers: { 'content-type': 'text/markdown' }, body: '# Our garden plan' })).ok).toBe(true);
    const link = await shareDocumentWithGroup(resource, group.layout.group, { fetch: fetchOf.member, ownerWebId: emeka.webId, title: 'Garden plan' });
    expect(link.url.startsWith(layout.sharedDocuments)).toBe(true);
    expect(link.creator).toBe(emeka.webId);
    // A current member (the admin) reads it; outsiders do not.
    expect((await fetchOf.admin(resource)).status).toBe(200);
    expect((await fetchOf['member of another group'](resource)).status).toBe(403);
    expect((await fetch(resource)).status).toBe(401);
    expect((await getGroupDocumentsAll(layout.root, { fetch: fetchOf.admin })).items.some((d) => d.contentUrl === resource)).toBe(true);
    const hana = await getAuthenticatedFetch('hana');
    expect((await hana(resource)).status).toBe(403);
    // Once approved after the share, hana reads it, with no change to the shared document's ACL.
    await joinThroughRequest(group, 'hana');
    expect((await hana(resource)).status).toBe(200);
    // Another member can neither delete nor rewrite the link (members only append there).
    expect((await hana(link.url.replace(/#.*$/, ''), { method: 'DELETE' })).status).toBe(403);
    expect((await hana(link.url.replace(/#.*$/, ''), { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: '<#it> <https://schema.org/name> "x".' })).status).toBe(403);
    // A removed member is refused from the next request.
    await removeMember(group.layout.group, getAccount('hana').webId, { fetch: fetchOf.admin });
    expect((await hana(resource)).status).toBe(403);
    // Sharing again is harmless; un-sharing refuses the members and drops the link from the library.
    expect((await shareDocumentWithGroup(resource, group.layout.group, { fetch: fetchOf.member, ownerWebId: emeka.webId, title: 'Garden plan' })).url).toBe(link.url);
    await unshareDocumentFromGroup(resource, group.layout.group, { fetch: fetchOf.member });
    expect((await fetchOf.admin(resource)).status).toBe(403);
    expect((await fetchOf.member(resource)).status).toBe(200);
    expect((await getGroupDocumentsAll(layout.root, { fetch: fetchOf.admin })).items.some((d) => d.contentUrl === resource)).toBe(false);
  });
});
