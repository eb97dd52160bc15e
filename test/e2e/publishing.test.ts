import { describe, expect, it } from 'vitest';
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
      expect(await visitorPage.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    } finally {
      await visitor.close();
    }
  });
});
