import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNewsToGroup, getGroupNewsAll, setNewsInGroup } from '../../../apps/core/src/publishing/group-news.js';
import { setNewsPostingRule } from '../../../apps/core/src/publishing/news-posting-rule.js';
import type { PublishedOutputs } from '../../../apps/core/src/publishing/publish-group-outputs.js';
import { publishingLayout } from '../../../apps/core/src/publishing/publishing-layout.js';
import { createMarkdownRenderer } from '../../../apps/core/src/publishing/render-markdown.js';
import { watchPublicNews } from '../../../apps/core/src/steward/watch-public-news.js';
import { waitUntil } from '../../support/wait-until.js';
import { getAccount, getAuthenticatedFetch } from '../../support/pod.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from '../groups/test-group.js';

// Members may post news but not write the generated outputs: the steward, run with the group
// account's credentials, republishes when public posts change (decisions 0051 and 0070).
let group: TestGroup;
let member: typeof fetch;
const stop = new AbortController();
const published: PublishedOutputs[] = [];
let steward: Promise<void>;
const emeka = getAccount('emeka').webId;

/** The public page as a visitor without a login reads it. */
const publicPage = async (): Promise<string> => {
  const response = await fetch(publishingLayout(group.layout.root).publicPage);
  return response.ok ? response.text() : '';
};


beforeAll(async () => {
  group = await createTestGroup('steward-news', 'dolores');
  await joinThroughRequest(group, 'emeka');
  await setNewsPostingRule(group.layout.root, 'members', { fetch: group.admin.fetch });
  member = await getAuthenticatedFetch('emeka');
  const render = createMarkdownRenderer(
    new JSDOM('').window as unknown as Parameters<typeof createMarkdownRenderer>[0],
  );
  steward = watchPublicNews(group.layout.root, {
    fetch: group.pod.agent.fetch,
    render,
    intervalMs: 300,
    signal: stop.signal,
    onPublished: (o) => published.push(o),
  });
  await waitUntil(async () => published.length > 0, 20_000);
}, 120_000);

afterAll(async () => {
  stop.abort();
  await steward;
  await group.pod.agent.logout();
});

describe('the publishing steward', () => {
  it('puts a member’s public post on the public page without an admin, and keeps members-only posts off it', async () => {
    const before = published.length;
    await addNewsToGroup(
      group.layout.root,
      { headline: 'Members-only minutes', body: 'Not for the web.', visibility: 'membersOnly', author: emeka },
      { fetch: member },
    );
    const posted = performance.now();
    await addNewsToGroup(
      group.layout.root,
      { headline: 'Repair café on Saturday', body: 'Bring a **toaster**.', visibility: 'public', author: emeka },
      { fetch: member },
    );
    await waitUntil(async () => (await publicPage()).includes('Repair café on Saturday'), 20_000);
    console.log(
      `steward: a member's public post reached the public page ${Math.round(performance.now() - posted)} ms after it was saved`,
    );
    expect(published.length).toBeGreaterThan(before);
    expect(published.at(-1)!.newsCount).toBe(1);
    expect(await publicPage()).not.toContain('Members-only minutes');
    const feed = await (await fetch(publishingLayout(group.layout.root).atomFeed)).text();
    expect(feed).toContain('Repair café on Saturday');
  });

  it('republishes when a member edits their public post', async () => {
    const item = (await getGroupNewsAll(group.layout.root, { fetch: member, publicOnly: true })).items.find(
      (n) => n.headline === 'Repair café on Saturday',
    )!;
    await setNewsInGroup(group.layout.root, item, { headline: 'Repair café moved to Sunday' }, { fetch: member });
    await waitUntil(async () => (await publicPage()).includes('Repair café moved to Sunday'), 20_000);
    expect(await publicPage()).not.toContain('Repair café on Saturday');
  });

  it('does not rewrite the outputs while nothing changes', async () => {
    const before = published.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(published.length).toBe(before);
  });
});
