import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginWithClientCredentials } from '../../pod-server/src/index.js';
import { saveFailureScreenshot, useBrowserPage } from '../support/browser.js';
import { demoGroupUrl, ensureDemoGroups, ensureOnboarded } from '../support/demo-groups.js';
import { getAccount, getPodServer } from '../support/pod.js';
import { signUpOnPodServer } from '../support/sign-up.js';
import { logInThroughPodServer, useWebApp } from '../support/web-app.js';

const LETS = 'sel-val-de-saone';
const LETS_NAME = 'SEL du Val de Saône';
const NEWCOMER = 'Zoe Lambert';

/** A PNG of the given size drawn by the browser itself, as a file to upload. */
async function pngOfSize(page: Page, width: number, height: number): Promise<Buffer> {
  const dataUrl = await page.evaluate(([w, h]) => {
    const canvas = document.createElement('canvas');
    canvas.width = w!;
    canvas.height = h!;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#2f7d6d';
    context.fillRect(0, 0, w!, h!);
    return canvas.toDataURL('image/png');
  }, [width, height]);
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

function groupPage(admin = false): string {
  return `/directory/group${admin ? '/admin' : ''}?${new URLSearchParams({ group: demoGroupUrl(LETS) })}`;
}

/**
 * Goes to a page of the single-page app the way its links do. A full page load would restore the
 * session through the identity provider, which brings the member back to the home page.
 */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    history.pushState(null, '', target);
    window.dispatchEvent(new Event('mutua-location-changed'));
  }, path);
}

describe('directory app', () => {
  const webApp = useWebApp();
  const { browser, page } = useBrowserPage();

  beforeAll(async () => {
    await ensureDemoGroups();
    await ensureOnboarded('alice', getAccount('alice').webId);
  }, 120_000);

  it('lets a newcomer sign up, onboard and join the LETS group, and takes their access away when the admin removes them', async () => {
    const stamp = Date.now().toString(36);
    const zoe = await signUpOnPodServer(page(), { email: `zoe-${stamp}@example.org`, password: `zoe-${stamp}-secret`, podName: `zoe${stamp}` });
    await logInThroughPodServer(page(), webApp().url, zoe);

    // First login: the shell shows onboarding instead of the home page.
    await page().getByRole('button', { name: 'Set up my pod' }).waitFor();
    await page().getByLabel('Name').fill(NEWCOMER);
    await page().getByLabel('Photo').setInputFiles({ name: 'zoe.png', mimeType: 'image/png', buffer: await pngOfSize(page(), 1600, 1200) });
    await page().getByAltText('Preview of the new photo').waitFor();
    await page().getByLabel('About you').fill('New in town, I teach piano.');
    await page().getByLabel('Skills').fill('piano, gardening');
    await page().getByLabel('Place').fill('Lyon 2e');
    await page().getByRole('button', { name: 'Set up my pod' }).click();
    await page().getByRole('heading', { name: `Welcome, ${NEWCOMER}` }).waitFor({ timeout: 30_000 });

    // The photo in the pod was resized in the browser to at most 512 px.
    const zoeAgent = await loginWithClientCredentials({ baseUrl: getPodServer().baseUrl, email: zoe.email, password: zoe.password, webId: zoe.webId });
    try {
      const card = await (await zoeAgent.fetch(zoe.webId.split('#')[0]!, { headers: { accept: 'application/n-triples' } })).text();
      const photo = /<http:\/\/www\.w3\.org\/2006\/vcard\/ns#hasPhoto> <([^>]+)>/.exec(card)?.[1];
      expect(photo).toMatch(/\/mutua\/photos\/.+\.jpg$/);
      const size = await page().evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return { width: image.naturalWidth, height: image.naturalHeight };
      }, photo!);
      expect(size).toEqual({ width: 512, height: 384 });

      // Ask to join from the network page.
      await page().getByRole('link', { name: 'Directory' }).first().click();
      await page().getByRole('link', { name: 'Network' }).click();
      await page().getByRole('button', { name: `Ask to join ${LETS_NAME}` }).click();
      await page().getByText('Request sent. An admin of the group will answer it.').waitFor();

      // The admin approves in another browser context.
      const adminContext = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      try {
        const admin = await adminContext.newPage();
        admin.on('dialog', (dialog) => void dialog.accept());
        await logInThroughPodServer(admin, webApp().url, getAccount('alice'));
        await openInApp(admin, groupPage(true));
        await admin.getByTestId('join-requests').getByText(NEWCOMER).waitFor({ timeout: 30_000 });
        await admin.getByRole('button', { name: `Approve ${NEWCOMER}` }).click();
        await admin.getByText(`${NEWCOMER} is now a member.`).waitFor({ timeout: 60_000 });

        // The new member is told in the app, and sees the group's private member list. The app
        // re-reads memberships only when its last read is older than 15 s, so come back as after a
        // while: a reload reads them again.
        await page().reload();
        await page().getByRole('button', { name: 'Log out' }).waitFor({ timeout: 30_000 });
        await openInApp(page(), '/directory');
        await page().getByTestId('notifications').getByText(`Your request to join was accepted: ${LETS_NAME}`).waitFor({ timeout: 30_000 });
        await page().getByTestId('my-groups').getByRole('link', { name: LETS_NAME }).waitFor();
        await openInApp(page(), groupPage());
        const members = page().getByTestId('group-members');
        await members.getByText('Alice Martin').waitFor({ timeout: 30_000 });
        expect(await members.getByText(NEWCOMER).count()).toBe(1);
        const membersContainer = new URL(`${LETS}/members/`, getPodServer().baseUrl).href;
        expect((await zoeAgent.fetch(membersContainer)).status).toBe(200);

        // The admin removes them: the page no longer shows the list and the server refuses them.
        await openInApp(admin, groupPage(true));
        await admin.getByRole('button', { name: `Remove ${NEWCOMER}` }).click();
        await admin.getByText(`${NEWCOMER} was removed; their access has ended.`).waitFor();
      } catch (error) {
        // The admin's page is the one that explains a failure in this part.
        for (const open of adminContext.pages()) await saveFailureScreenshot(open, 'directory-admin-context');
        throw error;
      } finally {
        await adminContext.close();
      }
      await page().reload();
      // The reload restores the session (the shell may land on the home page or come back to this one).
      await page().getByRole('button', { name: 'Log out' }).waitFor({ timeout: 30_000 });
      await openInApp(page(), groupPage());
      await page().getByRole('button', { name: 'Ask to join' }).waitFor({ timeout: 30_000 });
      expect(await page().getByTestId('group-members').count()).toBe(0);
      expect((await zoeAgent.fetch(new URL(`${LETS}/members/`, getPodServer().baseUrl).href)).status).toBe(403);
    } finally {
      await zoeAgent.logout();
    }
  }, 240_000);

  it('lets an admin promote and demote a member and edit the group categories', async () => {
    await logInThroughPodServer(page(), webApp().url, getAccount('alice'));
    await openInApp(page(), groupPage(true));
    const camille = page().getByTestId('admin-members').getByRole('row', { name: /Camille Dubois/ });
    await camille.getByRole('button', { name: 'Make admin' }).click();
    await page().getByText('Camille Dubois is now an admin.').waitFor({ timeout: 30_000 });
    await expect.poll(() => camille.getByRole('cell').first().textContent()).toBe('Admin');
    await camille.getByRole('button', { name: 'Make member' }).click();
    await page().getByText('Camille Dubois is now a member.').waitFor({ timeout: 30_000 });
    await expect.poll(() => camille.getByRole('cell').first().textContent()).toBe('Member');

    // Categories: added by the admin, shown on the public group page.
    const editor = page().getByTestId('category-editor');
    await editor.getByLabel('New category').fill('Repair café');
    await editor.getByRole('button', { name: 'Add category' }).click();
    await page().getByText('Category Repair café added.').waitFor({ timeout: 30_000 });
    await editor.getByText('Repair café').first().waitFor();
    await openInApp(page(), groupPage());
    await page().getByRole('listitem').filter({ hasText: /^Repair café$/ }).waitFor({ timeout: 30_000 });
  }, 120_000);

  it('renders profile text with markup, script and javascript: addresses as inert text', async () => {
    const stamp = Date.now().toString(36);
    const mallory = await signUpOnPodServer(page(), { email: `mallory-${stamp}@example.org`, password: `mallory-${stamp}-secret`, podName: `mallory${stamp}` });
    await logInThroughPodServer(page(), webApp().url, mallory);
    const name = '<img src=x onerror="window.__xss=1">Mallory';
    await page().getByLabel('Name').fill(name);
    await page().getByLabel('About you').fill('<script>window.__xss=2</script>Hello');
    await page().getByLabel('Skills').fill('<b onmouseover="window.__xss=3">bold</b>');
    await page().getByLabel('Place').fill('javascript:window.__xss=4');
    await page().getByRole('button', { name: 'Set up my pod' }).click();
    await page().getByRole('heading', { name: `Welcome, ${name}` }).waitFor({ timeout: 30_000 });

    // A photo address that is a script, written by another app straight into the profile.
    const agent = await loginWithClientCredentials({ baseUrl: getPodServer().baseUrl, email: mallory.email, password: mallory.password, webId: mallory.webId });
    try {
      const patch = await agent.fetch(mallory.webId.split('#')[0]!, {
        method: 'PATCH',
        headers: { 'content-type': 'text/n3' },
        body: `@prefix solid: <http://www.w3.org/ns/solid/terms#>. _:p a solid:InsertDeletePatch; solid:inserts { <${mallory.webId}> <http://www.w3.org/2006/vcard/ns#hasPhoto> <javascript:window.__xss=5> }.`,
      });
      expect(patch.ok).toBe(true);
    } finally {
      await agent.logout();
    }

    await openInApp(page(), `/directory/member?${new URLSearchParams({ webId: mallory.webId })}`);
    const app = page().locator('mutua-directory-app');
    // The member page itself, not an error or the not-found page: the profile's markup is shown as text.
    await app.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
    await app.getByText('<script>window.__xss=2</script>Hello').waitFor();
    await app.getByText('<b onmouseover="window.__xss=3">bold</b>').waitFor();
    await app.getByText('javascript:window.__xss=4').waitFor();
    const html = await app.evaluate((element) => {
      // The markup of the app and of every component inside it, shadow roots included.
      const collect = (root: ShadowRoot): string[] => [root.innerHTML, ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? collect(e.shadowRoot) : []))];
      return collect(element.shadowRoot!).join('\n');
    });
    expect(await page().evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(html).not.toMatch(/(src|href)="javascript:/i);
    expect(html).not.toMatch(/<script>window/);
    expect(html).not.toMatch(/<img src="?x"? onerror/);
    expect(await app.locator('mutua-directory-member').count()).toBe(1);
  }, 180_000);

  it('searches the members of my groups and keeps the search in the address', async () => {
    await logInThroughPodServer(page(), webApp().url, getAccount('alice'));
    await openInApp(page(), '/directory/members');
    await page().getByTestId('member-list').waitFor({ timeout: 30_000 });
    await page().getByLabel('Search').fill('piano');
    await expect.poll(() => new URL(page().url()).searchParams.get('q')).toBe('piano');
    await expect.poll(() => page().getByTestId('member-list').getByRole('heading').allTextContents()).toEqual(['Camille Dubois']);

    await page().getByLabel('Search').fill('');
    await page().getByLabel('Place').selectOption('Lyon 4e');
    await expect.poll(() => new URL(page().url()).search).toBe(`?${new URLSearchParams({ place: 'Lyon 4e' })}`);
    await expect.poll(() => page().getByTestId('member-list').getByRole('heading').allTextContents()).toEqual(['Alice Martin']);

    // The filters live in the address: another page and back shows the same result.
    await page().getByRole('link', { name: 'Network' }).click();
    await page().getByRole('heading', { name: 'Groups in the network' }).waitFor();
    await openInApp(page(), `/directory/members?${new URLSearchParams({ skill: 'piano' })}`);
    // The members page loads its cards again after the navigation: allow for a busy server.
    await expect.poll(() => page().getByTestId('member-list').getByRole('heading').allTextContents(), { timeout: 30_000 }).toEqual(['Camille Dubois']);
  }, 120_000);
});
