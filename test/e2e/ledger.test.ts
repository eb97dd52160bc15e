import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { entryUrl } from '../../apps/core/src/ledger/group-ledger-layout.js';
import { openGroupLedger } from '../../apps/core/src/ledger/group-ledger.js';
import { getLedgerActor } from '../../apps/core/src/ledger/ledger-actor.js';
import { acceptPaymentRequest, requestPayment } from '../../apps/core/src/ledger/payment-requests.js';
import { readLedgerEntries } from '../../apps/core/src/ledger/read-ledger-entries.js';
import { setLedgerWorkflow } from '../../apps/core/src/ledger/set-ledger-workflow.js';
import { getGroup } from '../../apps/core/src/records/types/group.js';
import { demoGroups, demoMembers } from '../../pod-server/src/index.js';
import { useBrowserPage } from '../support/browser.js';
import { getAccount, getAuthenticatedFetch } from '../support/pod.js';
import { logInThroughPodServer, useWebApp } from '../support/web-app.js';

// Alice and Bruno trade in the SEL (grains, no decimals). The seeded demo trading may have run
// before; every check below compares with what the page showed before the change.
const PAYER = 'alice';
const PAYEE = 'bruno';
const GROUP_POD = 'sel-val-de-saone';
const groupName = demoGroups.find((g) => g.pod === GROUP_POD)!.name;
const nameOf = (pod: string) => demoMembers.find((m) => m.pod === pod)!.name;
const groupUrl = () => `${getAccount(GROUP_POD).podUrl}profile/card#group`;
const inGroup = (path: string, extra = '') => `${path}?group=${encodeURIComponent(groupUrl())}${extra}`;

/** A shown amount ("+1,234 GRN", "-60 GRN") as whole grains. */
function grains(text: string | null): number {
  const match = /([+\-−]?)([\d,]+)/.exec(text ?? '');
  if (!match) throw new Error(`No amount in ${JSON.stringify(text)}`);
  return (match[1] === '-' || match[1] === '−' ? -1 : 1) * Number(match[2]!.replace(/,/g, ''));
}

/**
 * Follows an in-app link the way a click does. A full page load would make the shell restore the
 * session through the server's silent login, which lands on the app's start page (see report).
 */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((href) => {
    history.pushState(null, '', href);
    window.dispatchEvent(new Event('mutua-location-changed'));
  }, path);
}

async function balanceShown(page: Page): Promise<number> {
  await openInApp(page, inGroup('/ledger'));
  const card = page.getByTestId('balance-card').filter({ has: page.getByRole('heading', { name: groupName }) });
  await card.getByTestId('balance').waitFor({ timeout: 60_000 });
  return grains(await card.getByTestId('balance').textContent());
}

async function loggedInPage(context: BrowserContext, appUrl: string, pod: string): Promise<Page> {
  const page = await context.newPage();
  await logInThroughPodServer(page, appUrl, getAccount(pod));
  return page;
}

async function pay(page: Page, payee: string, amount: string, description: string): Promise<void> {
  await openInApp(page, inGroup('/ledger'));
  await page.getByTestId('balance-card').filter({ has: page.getByRole('heading', { name: groupName }) }).getByRole('link', { name: 'Pay someone' }).click();
  await page.getByLabel('Pay to').fill(nameOf(payee));
  await page.getByLabel('Amount').fill(amount);
  await page.getByLabel('Description').fill(description);
  await page.getByRole('button', { name: 'Sign and pay' }).click();
}

describe('ledger app', () => {
  const webApp = useWebApp();
  const { browser, page } = useBrowserPage();

  it('lets a member pay another member, shows the new balance and history line, and the payee sees it too', async () => {
    const appUrl = webApp().url;
    await logInThroughPodServer(page(), appUrl, getAccount(PAYER));
    const before = await balanceShown(page());
    const description = `Chair repair ${Date.now()}`;

    await pay(page(), PAYEE, '7', description);
    await expect.poll(() => page().getByTestId('receipt-status').textContent(), { timeout: 60_000 }).toContain('Signatures verified');
    expect(await page().getByText(description).count()).toBe(1);

    expect(await balanceShown(page())).toBe(before - 7);
    await page().getByRole('link', { name: 'History' }).first().click();
    const line = page().getByTestId('history').getByRole('row').filter({ hasText: description });
    await line.waitFor({ timeout: 60_000 });
    expect(await line.textContent()).toContain('-7');
    expect(await line.textContent()).toContain(nameOf(PAYEE));

    const payeeContext = await browser().newContext({ locale: 'en-GB' });
    try {
      const payee = await loggedInPage(payeeContext, appUrl, PAYEE);
      // Opening the ledger files the copy the payer sent to the payee's inbox.
      await openInApp(payee, inGroup('/ledger'));
      await payee.getByTestId('inbox-filed').waitFor({ timeout: 60_000 });
      expect(await payee.getByTestId('inbox-filed').textContent()).toMatch(/[1-9]\d* signed transfer records from your inbox were filed/);
      await openInApp(payee, inGroup('/ledger/history', `&q=${encodeURIComponent(description)}`));
      const seen = payee.getByTestId('history').getByRole('row').filter({ hasText: description });
      await seen.waitFor({ timeout: 60_000 });
      expect(await seen.textContent()).toContain('+7');
      expect(await seen.textContent()).toContain(nameOf(PAYER));
    } finally {
      await payeeContext.close();
    }
  });

  it('lets a member request a payment that the payer accepts, and both balances move', async () => {
    const appUrl = webApp().url;
    const description = `Jam jars ${Date.now()}`;
    const requesterContext = await browser().newContext({ locale: 'en-GB' });
    try {
      const requester = await loggedInPage(requesterContext, appUrl, PAYEE);
      const requesterBefore = await balanceShown(requester);
      // The marketplace's "request payment" link: the form is named by mode=, the payer prefilled.
      await openInApp(requester, inGroup('/ledger', `&mode=request&payer=${encodeURIComponent(getAccount(PAYER).webId)}&amount=5`));
      await requester.getByLabel('Ask').waitFor({ timeout: 60_000 });
      expect(await requester.getByLabel('Ask').inputValue()).toBe(nameOf(PAYER));
      expect(await requester.getByLabel('Amount').inputValue()).toBe('5');
      await requester.getByLabel('Description').fill(description);
      await requester.getByRole('button', { name: 'Sign and send the request' }).click();
      await requester.getByTestId('requests-from-me').getByText(description).waitFor({ timeout: 60_000 });

      await logInThroughPodServer(page(), appUrl, getAccount(PAYER));
      const payerBefore = await balanceShown(page());
      await openInApp(page(), inGroup('/ledger/pending'));
      const request = page().getByTestId('requests-to-me').getByRole('listitem').filter({ hasText: description });
      await request.waitFor({ timeout: 60_000 });
      await request.getByRole('button', { name: 'Accept and pay' }).click();
      await page().getByText('Paid: the request is now in the ledger.').waitFor({ timeout: 60_000 });
      expect(await balanceShown(page())).toBe(payerBefore - 5);

      // The requester's page holds the ledger it read before: a reload reads it again.
      await requester.reload();
      await requester.getByTestId('member-name').waitFor({ timeout: 60_000 });
      expect(await balanceShown(requester)).toBe(requesterBefore + 5);
    } finally {
      await requesterContext.close();
    }
  });

  it('lets a payer finish a request they accepted whose payment never reached the ledger', async () => {
    const description = `Seedlings ${Date.now()}`;
    const [payerFetch, payeeFetch] = await Promise.all([getAuthenticatedFetch(PAYER), getAuthenticatedFetch(PAYEE)]);
    const payee = await getLedgerActor(getAccount(PAYEE).webId, { fetch: payeeFetch });
    const request = await requestPayment(groupUrl(), { payer: getAccount(PAYER).webId, amount: 3, description }, { fetch: payeeFetch, actor: payee });
    // The payer's app records the acceptance, then the connection drops before the ledger append.
    const dropping = ((input: RequestInfo | URL, init?: RequestInit) =>
      init?.method === 'PUT' && String(input).includes('/ledger/entries/') ? Promise.reject(new TypeError('fetch failed')) : payerFetch(input, init)) as typeof fetch;
    const ledger = await openGroupLedger(groupUrl(), { fetch: payerFetch });
    const payer = await getLedgerActor(getAccount(PAYER).webId, { fetch: payerFetch });
    await expect(acceptPaymentRequest(ledger, request, { fetch: dropping, actor: payer })).rejects.toThrow('fetch failed');

    await logInThroughPodServer(page(), webApp().url, getAccount(PAYER));
    const before = await balanceShown(page());
    await openInApp(page(), inGroup('/ledger/pending'));
    const item = page().getByTestId('requests-to-me').getByRole('listitem').filter({ hasText: description });
    await item.getByTestId('unfinished').waitFor({ timeout: 60_000 });
    expect(await item.getByTestId('unfinished').textContent()).toContain('did not reach the ledger');
    await item.getByRole('button', { name: 'Finish the payment' }).click();
    await page().getByText('Paid: the request is now in the ledger.').waitFor({ timeout: 60_000 });
    expect(await balanceShown(page())).toBe(before - 3);
    const entries = await readLedgerEntries(groupUrl(), { fetch: payerFetch });
    expect(entries.filter((e) => e.transfer === request.transfer.iri)).toHaveLength(1);
  });

  it('refuses a payment over the payer’s credit limit with a message saying how much can be paid', async () => {
    const appUrl = webApp().url;
    await logInThroughPodServer(page(), appUrl, getAccount(PAYER));
    const before = await balanceShown(page());
    await pay(page(), PAYEE, '1000000', `Too much ${Date.now()}`);
    const alert = page().getByRole('alert').filter({ hasText: 'lowest allowed balance' });
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/You can pay at most [\d,]+/);
    expect(await balanceShown(page())).toBe(before);
  });

  it('shows a description holding markup as plain text, without running it', async () => {
    const appUrl = webApp().url;
    await logInThroughPodServer(page(), appUrl, getAccount(PAYER));
    const marker = Date.now();
    const description = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> ${marker}`;
    await pay(page(), PAYEE, '1', description);
    await expect.poll(() => page().getByTestId('receipt-status').textContent(), { timeout: 60_000 }).toContain('Signatures verified');
    await page().getByText(description).waitFor();
    await openInApp(page(), inGroup('/ledger/history', `&q=${marker}`));
    await page().getByTestId('history').getByRole('row').filter({ hasText: String(marker) }).waitFor({ timeout: 60_000 });
    expect(await page().getByTestId('history').getByText(description).count()).toBe(1);
    expect(await page().evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page().locator('img[src="x"]').count()).toBe(0);
  });

  it('verifies the whole group ledger in the browser and names an entry altered on the server', async () => {
    const appUrl = webApp().url;
    // The group pod's owner rewrites the amount of the newest entry, as a rogue host could.
    const ownerFetch = await getAuthenticatedFetch(GROUP_POD);
    const entries = await readLedgerEntries(groupUrl(), { fetch: ownerFetch });
    const last = entries[entries.length - 1];
    expect(last, 'the tests above leave entries in the ledger').toBeDefined();
    const url = entryUrl(groupUrl(), last!.sequence);
    const original = await (await ownerFetch(url)).text();
    const tampered = original.replace(/(#amount> ")(\d+)(")/, (_m, open: string, amount: string, close: string) => `${open}${Number(amount) + 100}${close}`);
    expect(tampered).not.toBe(original);
    const put = (body: string) => ownerFetch(url, { method: 'PUT', headers: { 'content-type': 'text/plain; charset=utf-8' }, body });
    expect((await put(tampered)).ok).toBe(true);
    try {
      await logInThroughPodServer(page(), appUrl, getAccount(PAYEE));
      await openInApp(page(), inGroup('/ledger/verify'));
      const verdict = page().getByTestId('verification-verdict');
      await verdict.waitFor({ timeout: 90_000 });
      expect(await verdict.textContent()).toContain('Problems found');
      const problems = page().getByTestId('verification-problems').getByRole('listitem');
      const named = problems.filter({ hasText: `Entry ${last!.sequence}:` });
      expect(await named.count()).toBe(1);
      expect(await named.textContent()).toMatch(/altered|bad signature/);
    } finally {
      expect((await put(original)).ok).toBe(true);
    }
    // Put back, the ledger verifies again.
    await page().getByRole('button', { name: 'Verify again' }).click();
    await expect.poll(() => page().getByTestId('verification-verdict').textContent(), { timeout: 90_000 }).toMatch(/Ledger verified up to entry \d+\./);
  }, 240_000);

  it('lets an admin turn payment requests off and shorten their lifetime, and the request form then explains instead', async () => {
    const appUrl = webApp().url;
    try {
      // Alice is the SEL's admin.
      await logInThroughPodServer(page(), appUrl, getAccount(PAYER));
      await openInApp(page(), inGroup('/ledger/pending'));
      const settings = page().locator('mutua-ledger-workflow-settings');
      await settings.getByLabel('Members may request payments').waitFor({ timeout: 60_000 });
      await settings.getByLabel('Members may request payments').uncheck();
      await settings.getByLabel('Requests expire after').fill('10');
      await settings.getByRole('button', { name: 'Save the settings' }).click();
      await page().getByText('In this group a request can be paid for 10 days.').waitFor({ timeout: 60_000 });
      const group = await getGroup(groupUrl(), { fetch: await getAuthenticatedFetch(PAYEE) });
      expect([group.membersMayRequestPayments, group.paymentRequestLifetimeDays]).toEqual([false, 10]);
      await openInApp(page(), inGroup('/ledger/request'));
      await page().getByTestId('requests-closed').waitFor({ timeout: 60_000 });
      expect(await page().getByRole('button', { name: 'Sign and send the request' }).count()).toBe(0);
    } finally {
      await setLedgerWorkflow(getAccount(GROUP_POD).podUrl, { membersMayRequestPayments: true, requestLifetimeDays: 30, payeeMustAcknowledge: false }, { fetch: await getAuthenticatedFetch(PAYER) });
    }
  }, 240_000);

  it('holds a payment until the payee acknowledges it when the group asks for acknowledgement', async () => {
    const appUrl = webApp().url;
    const workflow = { membersMayRequestPayments: true, requestLifetimeDays: 30 };
    await setLedgerWorkflow(getAccount(GROUP_POD).podUrl, { ...workflow, payeeMustAcknowledge: true }, { fetch: await getAuthenticatedFetch(PAYER) });
    const payeeContext = await browser().newContext({ locale: 'en-GB' });
    try {
      await logInThroughPodServer(page(), appUrl, getAccount(PAYER));
      const before = await balanceShown(page());
      const description = `Jam jars ${Date.now()}`;
      await openInApp(page(), inGroup('/ledger/pay'));
      await page().getByTestId('acknowledgement-note').waitFor({ timeout: 60_000 });
      await page().getByLabel('Pay to').fill(nameOf(PAYEE));
      await page().getByLabel('Amount').fill('3');
      await page().getByLabel('Description').fill(description);
      await page().getByRole('button', { name: 'Sign and send for acknowledgement' }).click();
      const mine = page().getByTestId('requests-from-me').getByRole('listitem').filter({ hasText: description });
      await mine.waitFor({ timeout: 60_000 });
      expect(await mine.textContent()).toContain('waiting for their acknowledgement');
      expect(await balanceShown(page())).toBe(before);

      const payee = await loggedInPage(payeeContext, appUrl, PAYEE);
      await openInApp(payee, inGroup('/ledger/pending'));
      const offered = payee.getByTestId('requests-to-me').getByRole('listitem').filter({ hasText: description });
      await offered.waitFor({ timeout: 60_000 });
      await offered.getByRole('button', { name: 'Acknowledge' }).click();
      await payee.getByText('Acknowledged: the payment is now in the ledger.').waitFor({ timeout: 60_000 });
      // The payer's page holds the ledger it read before: a reload reads it again.
      await page().reload();
      await page().getByTestId('member-name').waitFor({ timeout: 60_000 });
      expect(await balanceShown(page())).toBe(before - 3);
    } finally {
      await payeeContext.close();
      await setLedgerWorkflow(getAccount(GROUP_POD).podUrl, { ...workflow, payeeMustAcknowledge: false }, { fetch: await getAuthenticatedFetch(PAYER) });
    }
  }, 240_000);
});
