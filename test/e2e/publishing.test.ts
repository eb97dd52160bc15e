import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { authorPostsContainer } from '../../apps/core/src/publishing/author-posts-container.js';
import { publishingLayout } from '../../apps/core/src/publishing/publishing-layout.js';
import { useBrowserPage } from '../support/browser.js';
import { getAccount } from '../support/pod.js';
import { logInThroughPodServer, useWebApp } from '../support/web-app.js';

// Alice is an admin of the SEL; the visitor is a fresh browser context that never logged in.
const ADMIN = 'alice';
const GROUP_POD = 'sel-val-de-saone';

describe('publishing app', () => {
  const webApp = useWebApp();
  const { browser, page } = useBrowserPage();

  it('lets an admin post news that a visitor without a login reads on the public page', async () => {
    const root = getAccount(GROUP_POD).podUrl;
    const group = `${root}profile/card#group`;
    const headline = `Assemblée générale ${Date.now().toString(36)}`;
    await logInThroughPodServer(page(), webApp().url, getAccount(ADMIN));
    await page().goto(`${webApp().url.replace(/\/$/, '')}/news/write?group=${encodeURIComponent(group)}`);
    await page().getByLabel('Headline').fill(headline);
    await page().getByLabel('Text (Markdown)').fill('Rendez-vous **samedi** à 10 h. <script>window.pwned = 1</script>');
    // A 2000×1000 PNG drawn in the page: the app resizes it to 1024 px JPEG before uploading it into the group pod.
    const png = await page().evaluate(async () => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 2000, height: 1000 });
      canvas.getContext('2d')!.fillRect(0, 0, 2000, 1000);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
      return [...new Uint8Array(await blob.arrayBuffer())];
    });
    await page().getByLabel('Picture (optional)').setInputFiles({ name: 'affiche.png', mimeType: 'image/png', buffer: Buffer.from(png) });
    await page().getByRole('button', { name: 'Publish' }).click();
    await page().getByRole('status').filter({ hasText: 'Published.' }).waitFor({ timeout: 60_000 });

    await page().goto(`${webApp().url.replace(/\/$/, '')}/news?group=${encodeURIComponent(group)}`);
    await page().getByRole('heading', { name: headline }).waitFor();

    const visitor = await browser().newContext();
    try {
      const visitorPage = await visitor.newPage();
      const response = await visitorPage.goto(publishingLayout(root).publicPage);
      expect(response?.status()).toBe(200);
      await visitorPage.getByRole('heading', { name: headline }).waitFor();
      expect(await visitorPage.locator('article', { hasText: headline }).locator('strong').textContent()).toBe('samedi');
      expect(await visitorPage.locator('script').count()).toBe(0);
      const image = visitorPage.locator('article', { hasText: headline }).locator('img');
      // In the author's own public posts container (decision 0080).
      expect((await image.getAttribute('src'))?.startsWith(`${await authorPostsContainer(publishingLayout(root), 'public', getAccount(ADMIN).webId)}pictures/`)).toBe(true);
      const size = await image.evaluate(async (element: HTMLImageElement) => {
        await element.decode();
        return [element.naturalWidth, element.naturalHeight];
      });
      expect(size).toEqual([1024, 512]);
      expect(await visitorPage.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    } finally {
      await visitor.close();
    }
  });
  it('lets an admin add an event and a versioned document; a visitor sees the event in the .ics feed and on the public page', async () => {
    const root = getAccount(GROUP_POD).podUrl;
    const group = `${root}profile/card#group`;
    const suffix = Date.now().toString(36);
    const eventName = `Troc de graines ${suffix}`;
    const title = `Règlement intérieur ${suffix}`;
    const app = webApp().url.replace(/\/$/, '');
    await logInThroughPodServer(page(), webApp().url, getAccount(ADMIN));

    await page().goto(`${app}/news/events?group=${encodeURIComponent(group)}`);
    await page().getByText('Add an event').click();
    await page().getByLabel('Event title').fill(eventName);
    await page().getByLabel('Starts', { exact: true }).fill('2027-05-15T14:30');
    await page().getByLabel('Ends (optional)').fill('2027-05-15T17:00');
    await page().getByLabel('Place (optional)').fill('Jardin partagé');
    await page().getByLabel('Description (Markdown, optional)').fill('Apportez vos **graines**.');
    await page().getByRole('button', { name: 'Add the event' }).click();
    await page().getByRole('status').filter({ hasText: 'Event saved.' }).waitFor({ timeout: 60_000 });
    await page().getByText(eventName).waitFor();

    await page().goto(`${app}/news/documents?group=${encodeURIComponent(group)}`);
    await page().getByText('Add a document').click();
    await page().getByLabel('Document title').fill(title);
    await page().getByLabel('Everyone (public)').check();
    await page().getByLabel('Document text (Markdown)').fill('Première version.');
    await page().getByRole('button', { name: 'Add the document' }).click();
    await page().getByRole('status').filter({ hasText: 'Document saved.' }).waitFor({ timeout: 60_000 });
    const row = page().getByRole('row').filter({ hasText: title });
    await row.getByRole('button', { name: 'Edit' }).click();
    await page().getByLabel('Document text (Markdown)').fill('Deuxième version.');
    await page().getByRole('button', { name: 'Save a new version' }).click();
    await row.getByRole('button', { name: 'Version 2' }).click();
    const history = page().getByRole('region', { name: 'Version history' });
    await history.getByRole('listitem').nth(1).waitFor();
    await history.getByRole('button', { name: 'Read version 1' }).click();
    await history.getByText('Première version.').waitFor();

    const visitor = await browser().newContext();
    try {
      const visitorPage = await visitor.newPage();
      const ics = await visitorPage.request.get(publishingLayout(root).calendar);
      expect(ics.status()).toBe(200);
      const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
      const event = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.summary === eventName);
      if (!event) throw new Error(`The calendar has no event "${eventName}"`);
      expect(event.location).toBe('Jardin partagé');
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(150 * 60_000);
      await visitorPage.goto(publishingLayout(root).publicPage);
      const item = visitorPage.locator('#events li', { hasText: eventName });
      await item.waitFor();
      expect(await item.locator('.body strong').textContent()).toBe('graines');
    } finally {
      await visitor.close();
    }
  });

  it("lets a member stop sharing a document of their own pod and share it again from the documents page; a visitor never reads it", async () => {
    // Bruno is a plain member of the SEL; the seed shared his compost plans (decision 0080).
    const root = getAccount(GROUP_POD).podUrl;
    const group = `${root}profile/card#group`;
    const bruno = getAccount('bruno');
    const resource = `${bruno.podUrl}mutua/documents/shared-with-group.md`;
    const app = webApp().url.replace(/\/$/, '');
    await logInThroughPodServer(page(), webApp().url, bruno);
    await page().goto(`${app}/news/documents?group=${encodeURIComponent(group)}`);
    await page().getByRole('row').filter({ hasText: 'Plans du composteur (Bruno)' }).waitFor({ timeout: 60_000 });
    await page().getByText('Share one of my documents').click();
    const mine = page().getByRole('listitem').filter({ hasText: 'Plans du composteur (Bruno)' });
    await mine.getByRole('button', { name: 'Stop sharing' }).click();
    await page().getByRole('status').filter({ hasText: 'No longer shared.' }).waitFor({ timeout: 60_000 });
    await page().getByRole('row').filter({ hasText: 'Plans du composteur (Bruno)' }).waitFor({ state: 'detached', timeout: 30_000 });

    await page().getByLabel('Address of the document in your pod').fill(resource);
    await page().getByLabel('Title in the group library').fill('Plans du composteur (Bruno)');
    await page().getByRole('button', { name: 'Share with the group' }).click();
    await page().getByRole('status').filter({ hasText: 'Shared with the group.' }).waitFor({ timeout: 60_000 });
    await page().getByRole('row').filter({ hasText: 'Plans du composteur (Bruno)' }).waitFor({ timeout: 30_000 });
    const visitor = await browser().newContext();
    try {
      expect((await (await visitor.newPage()).request.get(resource)).status()).toBe(401);
    } finally {
      await visitor.close();
    }
  });
});
