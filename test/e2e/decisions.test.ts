import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openProposalInGroup } from '../../apps/core/src/decisions/open-proposal-in-group.js';
import { readDecisionRoll } from '../../apps/core/src/decisions/read-decision-roll.js';
import { groupLayout } from '../../apps/core/src/groups/group-layout.js';
import { useBrowserPage } from '../support/browser.js';
import { getAccount, getAuthenticatedFetch } from '../support/pod.js';
import { logInThroughPodServer, useWebApp } from '../support/web-app.js';

// The SEL: Alice is its admin, Bruno and Camille members; all have signing keys from the seed.
const GROUP_POD = 'sel-val-de-saone';
const groupUrl = () => groupLayout(getAccount(GROUP_POD).podUrl).group;
const inGroup = (path: string, extra = '') => `${path}?group=${encodeURIComponent(groupUrl())}${extra}`;

// Every way a proposal body could try to run code; the page must show the text and run nothing.
const HOSTILE_BODY = [
  'We rent the **village hall** for the spring fair.',
  '',
  '<script>window.__decisionsPwned = "script"</script>',
  '<iframe src="https://evil.example/"></iframe>',
  '<img src="x" onerror="window.__decisionsPwned = \'onerror\'">',
  '',
  '[read the budget](javascript:window.__decisionsPwned=\'link\') and [the charter](https://example.org/charter)',
].join('\n');

/** Moves within the logged-in app without a reload (a reload lands on the app's start page). */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((href) => {
    history.pushState(null, '', href);
    window.dispatchEvent(new Event('mutua-location-changed'));
  }, path);
}

async function loggedInPage(context: BrowserContext, appUrl: string, pod: string): Promise<Page> {
  const page = await context.newPage();
  await logInThroughPodServer(page, appUrl, getAccount(pod));
  return page;
}

/** Elements and attributes inside the proposal text that could run or embed code. */
function activeContentInMarkdown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot, inside: boolean) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const within = inside || el.tagName.toLowerCase() === 'dc-markdown';
        if (within) {
          const tag = el.tagName.toLowerCase();
          if (['script', 'iframe', 'img', 'object', 'embed', 'svg', 'form'].includes(tag)) found.push(tag);
          for (const attr of Array.from(el.attributes)) {
            if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
            if (/^\s*(javascript|data):/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value}]`);
          }
        }
        if (el.shadowRoot) visit(el.shadowRoot, within);
      }
    };
    visit(document, false);
    return found;
  });
}

/** Text as a reader sees it: template whitespace collapsed. */
function squeezed(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

async function castRankedVote(page: Page, moveUp: string): Promise<void> {
  await page.getByRole('button', { name: `Move ${moveUp} up` }).click();
  await page.getByRole('button', { name: 'Sign and cast my vote' }).click();
  await page.getByText('Your vote was signed and delivered.').waitFor({ timeout: 60_000 });
}

describe('decisions app', () => {
  const webApp = useWebApp();
  const { browser, page } = useBrowserPage();

  it('lets a member open a ranked-choice proposal, two members vote and discuss, and shows the tally with the Markdown inert', async () => {
    const appUrl = webApp().url;
    const title = `Spring fair venue ${Date.now()}`;
    await logInThroughPodServer(page(), appUrl, getAccount('alice'));
    await openInApp(page(), inGroup('/decisions/new'));
    await page().getByLabel('Title').fill(title);
    await page().getByLabel('Description (Markdown)').fill(HOSTILE_BODY);
    await page().getByLabel('Voting method').selectOption('ranked-choice');
    await page().getByLabel('Options, one per line').fill('Village hall\nCommunity garden\nParish room');
    await page().getByRole('button', { name: 'Publish proposal' }).click();
    await page().getByRole('heading', { name: title }).waitFor({ timeout: 60_000 });

    // The body's text is there, its code is not, and nothing ran.
    // Locators pierce the component's shadow root; textContent of the host alone would not.
    const body = page().locator('dc-markdown');
    await body.getByText('for the spring fair').waitFor({ timeout: 30_000 });
    expect(await body.locator('strong').textContent()).toBe('village hall');
    expect(await body.getByRole('link', { name: 'the charter' }).getAttribute('href')).toBe('https://example.org/charter');
    expect(await activeContentInMarkdown(page())).toEqual([]);
    const budgetLink = body.getByText('read the budget');
    if ((await budgetLink.count()) > 0) await budgetLink.click();
    expect(await page().evaluate(() => (window as { __decisionsPwned?: string }).__decisionsPwned)).toBeUndefined();

    // Alice ranks the garden first; Bruno the parish room.
    await castRankedVote(page(), 'Community garden');
    const proposalPath = new URL(page().url()).pathname + new URL(page().url()).search;
    const brunoContext = await browser().newContext({ locale: 'en-GB' });
    try {
      const bruno = await loggedInPage(brunoContext, appUrl, 'bruno');
      await openInApp(bruno, proposalPath);
      await bruno.getByRole('heading', { name: title }).waitFor({ timeout: 60_000 });
      await bruno.getByRole('button', { name: 'Move Parish room up' }).click();
      await castRankedVote(bruno, 'Parish room');

      // The tally counts both ballots; the running results are visible in this proposal.
      const tally = bruno.getByTestId('tally');
      await tally.waitFor({ timeout: 60_000 });
      await expect.poll(() => bruno.getByText(/2 of \d+ members counted/).count(), { timeout: 30_000 }).toBe(1);
      expect(await tally.getByRole('row').count()).toBeGreaterThan(1);

      // Bruno comments; Alice replies to him.
      const comment = `Garden has no roof ${Date.now()}`;
      await bruno.getByLabel('Add a comment').fill(comment);
      await bruno.getByRole('button', { name: 'Send' }).click();
      await bruno.getByText(comment).waitFor({ timeout: 60_000 });
    } finally {
      await brunoContext.close();
    }

    await openInApp(page(), inGroup('/decisions'));
    await openInApp(page(), proposalPath);
    const bruno = page().getByRole('listitem').filter({ has: page().getByRole('article').filter({ hasText: 'Garden has no roof' }) }).first();
    await bruno.waitFor({ timeout: 60_000 });
    await bruno.getByRole('button', { name: 'Reply' }).first().click();
    const reply = `We can rent a marquee ${Date.now()}`;
    await page().getByLabel('Your reply').fill(reply);
    await bruno.getByRole('button', { name: 'Send' }).first().click();
    await page().getByText(reply).waitFor({ timeout: 60_000 });
    // The reply sits inside Bruno's comment's thread.
    expect(await bruno.textContent()).toContain(reply);
    await expect.poll(() => page().getByText(/2 of \d+ members counted/).count()).toBe(1);
  });

  it('counts three members’ votes, lets the admin close the proposal after its time, shows the outcome with its hash and the decision applied', async () => {
    const appUrl = webApp().url;
    const title = `Buy a shared ladder ${Date.now()}`;
    const alice = getAccount('alice');
    const fetch = await getAuthenticatedFetch('alice');
    const { roll } = await readDecisionRoll(groupUrl(), { fetch });
    // Closing soon enough to wait for in a test, late enough for three logins and votes.
    const closesAt = new Date(Date.now() + 150_000);
    const proposal = await openProposalInGroup(
      groupUrl(),
      {
        title,
        description: 'A ladder for everyone.',
        method: 'yes-no',
        quorum: '0.2',
        closesAt: closesAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        runningResultsVisible: false,
        // Camille's own maximum, set to the currency's default so the other tests trade as before.
        decides: { kind: 'member-maximum', member: getAccount('camille').webId, limit: 1800 },
      },
      { fetch, actor: alice.webId, roll },
    );
    const proposalPath = inGroup('/decisions/proposal', `&url=${encodeURIComponent(proposal.url)}`);

    const votes: [string, string][] = [['bruno', 'Yes'], ['camille', 'No'], ['alice', 'Yes']];
    for (const [pod, choice] of votes) {
      const context = pod === 'alice' ? undefined : await browser().newContext({ locale: 'en-GB' });
      try {
        const voter = context ? await loggedInPage(context, appUrl, pod) : page();
        if (!context) await logInThroughPodServer(voter, appUrl, alice);
        await openInApp(voter, proposalPath);
        await voter.getByRole('heading', { name: title }).waitFor({ timeout: 60_000 });
        await expect.poll(async () => squeezed(await voter.getByTestId('if-passed').textContent()), { timeout: 30_000 }).toBe('If passed: the maximum balance of camille becomes 1800 GRN');
        await voter.getByRole('radio', { name: choice, exact: true }).check();
        await voter.getByRole('button', { name: 'Sign and cast my vote' }).click();
        await voter.getByText('Your vote was signed and delivered.').waitFor({ timeout: 60_000 });
      } finally {
        await context?.close();
      }
    }
    // Results are secret while open: who voted is listed, the tally is not.
    await expect.poll(() => page().getByTestId('voters').getByRole('listitem').count(), { timeout: 30_000 }).toBe(3);
    expect(await page().getByTestId('tally').count()).toBe(0);

    // While the vote runs: the timebank keeps proposals to its admins, and the app tells a member so.
    const emekaContext = await browser().newContext({ locale: 'en-GB' });
    try {
      const emeka = await loggedInPage(emekaContext, appUrl, 'emeka');
      const timebank = groupLayout(getAccount('banco-tiempo-lavapies').podUrl).group;
      await openInApp(emeka, `/decisions/new?group=${encodeURIComponent(timebank)}`);
      const notice = emeka.getByTestId('cannot-propose');
      await notice.waitFor({ timeout: 60_000 });
      expect(await notice.textContent()).toContain('Only admins open proposals');
      expect(await emeka.getByRole('button', { name: 'Publish proposal' }).count()).toBe(0);
    } finally {
      await emekaContext.close();
    }
    // Alice administers the SEL, where every member may open proposals: she sees the setting.
    await openInApp(page(), inGroup('/decisions'));
    const onlyAdmins = page().getByLabel('Only admins may open proposals');
    await onlyAdmins.waitFor({ timeout: 60_000 });
    expect(await onlyAdmins.isChecked()).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, closesAt.getTime() - Date.now() + 1500)));
    await openInApp(page(), inGroup('/decisions'));
    await openInApp(page(), proposalPath);
    await page().getByRole('button', { name: 'Close and record the outcome' }).click();
    const outcome = page().getByTestId('outcome');
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toContain('Passed');
    expect(await outcome.textContent()).toContain('3 votes counted');
    expect(await outcome.locator('code').textContent()).toMatch(/^[0-9a-f]{64}$/);
    expect(await page().getByTestId('tally').getByRole('row').count()).toBe(4);
    // The admin's app applied the decision right after closing and says so.
    await expect.poll(async () => squeezed(await outcome.getByTestId('application').textContent()), { timeout: 30_000 }).toMatch(/^Applied on .+ · now: 1800 GRN$/);
  }, 300_000);
});
