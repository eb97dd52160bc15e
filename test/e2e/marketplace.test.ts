import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { entryForOffer } from '../../apps/core/src/marketplace/entry-for-offer.js';
import { marketplaceLayout } from '../../apps/core/src/marketplace/marketplace-layout.js';
import { offersContainerOf, postOffer } from '../../apps/core/src/marketplace/member-offers.js';
import { defaultExpiry, stamp } from '../../apps/core/src/marketplace/offer-lifecycle.js';
import { signEntry } from '../../apps/core/src/marketplace/sign-entry.js';
import { getSigningKey } from '../../apps/core/src/onboarding/signing-key.js';
import { toN3Patch } from '../../apps/core/src/pod/patch-rdf-resource.js';
import { createOffer, type OfferInit } from '../../apps/core/src/records/types/offer.js';
import { groupLayout } from '../../apps/core/src/groups/group-layout.js';
import { useBrowserPage } from '../support/browser.js';
import { getAccount, getAuthenticatedFetch, getPodServer } from '../support/pod.js';
import { logInThroughPodServer, useWebApp } from '../support/web-app.js';

const GROUP_POD = 'banco-tiempo-lavapies';
const groupIri = () => groupLayout(new URL(`${GROUP_POD}/`, getPodServer().baseUrl).href).group;
// A 1×1 PNG: enough for the form's resize-and-upload path.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Every element under `document`, shadow roots included, that would run or embed code. */
function findActiveContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'svg'].includes(tag) && el.closest('mutua-marketplace-app, mk-browse, mk-offer-card, mk-offer-page') !== null) found.push(tag);
        for (const attr of Array.from(el.attributes)) {
          if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
          if ((attr.name === 'href' || attr.name === 'src') && /^\s*javascript:/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value}]`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/**
 * Moves within the logged-in app without reloading: a reload restores the session through the
 * identity provider, which lands back on the app's home page.
 */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((href) => {
    history.pushState(null, '', href);
    window.dispatchEvent(new Event('mutua-location-changed'));
  }, path);
}

async function postAs(pod: string, init: Omit<OfferInit, 'creator' | 'created' | 'groups' | 'expires' | 'intent'> & { categories?: string[] }): Promise<string> {
  const account = getAccount(pod);
  const fetch = await getAuthenticatedFetch(pod);
  const key = await getSigningKey(account.podUrl, { fetch });
  if (!key) throw new Error(`${pod} has no signing key: the onboarding seed step should have made one`);
  const { categories, ...rest } = init;
  const offer = await postOffer(
    account.podUrl,
    {
      ...rest,
      intent: { action: 'service', categories: categories ?? [`${groupLayout(new URL(`${GROUP_POD}/`, getPodServer().baseUrl).href).categories.replace(/#.*$/, '')}#home`], provider: account.webId },
      groups: [groupIri()],
      expires: defaultExpiry(),
      creator: account.webId,
      created: stamp(new Date()),
    } as OfferInit,
    { fetch, signer: { webId: account.webId, keyId: key.keyId, privateKey: key.privateKey } },
  );
  return offer.url;
}

describe('marketplace app', () => {
  const webApp = useWebApp();
  const { page, browser } = useBrowserPage();

  it('lets a member post an offer with a picture that another member finds by search and filter, then contacts its author, who reads the message', async () => {
    const title = `Sourdough starter ${Date.now().toString(36)}`;
    await logInThroughPodServer(page(), webApp().url, getAccount('emeka'));
    await openInApp(page(), '/marketplace/new');
    await page().getByLabel('Title').fill(title);
    await page().getByLabel('Description').fill('A jar of active starter, fed this morning.');
    await page().getByLabel('Free').check();
    await page().getByLabel('Add pictures').setInputFiles({ name: 'starter.png', mimeType: 'image/png', buffer: PNG });
    // Emeka's profile place (Embajadores) carries coarse coordinates: the form offers them.
    await page().getByRole('button', { name: /Use my profile place/ }).click();
    expect(await page().getByLabel('Place (optional, a neighbourhood or town)').inputValue()).toBe('Embajadores, Madrid');
    await page().getByRole('button', { name: 'Publish' }).click();
    await page().getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 60_000 });
    expect(await page().getByRole('img', { name: 'Picture 1 of 1' }).count()).toBe(1);

    const other = await browser().newContext({ locale: 'en-GB' });
    const reader = await other.newPage();
    try {
      await logInThroughPodServer(reader, webApp().url, getAccount('ines'));
      await openInApp(reader, '/marketplace');
      await reader.getByLabel('Search titles and descriptions').fill(title.split(' ')[2]!);
      await reader.getByRole('button', { name: 'Search', exact: true }).click();
      await reader.getByRole('link', { name: title }).waitFor({ timeout: 60_000 });
      expect(new URL(reader.url()).searchParams.get('q')).toBe(title.split(' ')[2]);

      await reader.getByLabel('Kind').selectOption('request');
      await reader.getByText('Nothing matches these filters.').waitFor();
      expect(new URL(reader.url()).searchParams.get('kind')).toBe('request');
      await reader.getByLabel('Kind').selectOption('offer');
      await reader.getByRole('link', { name: title }).waitFor();

      await reader.goBack();
      await reader.getByText('Nothing matches these filters.').waitFor();
      await reader.goBack();
      await reader.getByRole('link', { name: title }).waitFor();
      expect(new URL(reader.url()).searchParams.get('kind')).toBeNull();

      // Inés lives in Lavapiés, about 1 km away: distances measure from her profile place.
      await reader.getByLabel('Distance').selectOption('5');
      await reader.getByLabel('Sort by').selectOption('nearest');
      await reader.getByRole('link', { name: title }).waitFor();
      expect(new URL(reader.url()).searchParams.get('within')).toBe('5');
      expect(new URL(reader.url()).searchParams.get('sort')).toBe('nearest');
      expect(await reader.locator('mk-offer-card').filter({ hasText: title }).getByText('1 km', { exact: true }).count()).toBe(1);

      await reader.getByRole('link', { name: title }).click();
      await reader.getByRole('heading', { level: 1, name: title }).waitFor();
      const pay = new URL((await reader.getByRole('link', { name: 'Pay for this' }).getAttribute('href'))!, webApp().url);
      expect(pay.pathname).toBe('/ledger/pay');
      expect(pay.searchParams.get('payee')).toBe(getAccount('emeka').webId);
      expect(pay.searchParams.get('group')).toBe(groupIri());
      expect(pay.searchParams.get('mode')).toBe('pay');
      expect(pay.searchParams.get('description')).toBe(title);

      const note = `Is it still available? ${Date.now().toString(36)}`;
      await reader.getByLabel('Message to the author').fill(note);
      await reader.getByRole('button', { name: 'Send message' }).click();
      await reader.getByText('Message sent to the author’s inbox.').waitFor({ timeout: 30_000 });
    } finally {
      await other.close();
    }
    // The author finds the message beside their offers, linked to the offer it is about.
    await openInApp(page(), '/marketplace/mine');
    const message = page().getByRole('listitem').filter({ hasText: 'Is it still available?' }).filter({ has: page().getByRole('link', { name: title }) });
    await message.first().waitFor({ timeout: 60_000 });
    expect(await page().getByRole('link', { name: title }).count()).toBeGreaterThanOrEqual(1);
  });

  it('renders hostile titles, descriptions, places and picture links as inert text', async () => {
    const marker = `zz${Date.now().toString(36)}`;
    const hostileTitle = `${marker} <img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
    const hostileDescription = `<b>bold?</b><iframe src="javascript:window.__xss=3"></iframe>${'<svg onload="window.__xss=4">'.repeat(100)}${'x'.repeat(900)}`;
    const hostilePlace = `<a href="javascript:window.__xss=5">Lavapiés</a>`;
    const posted = await postAs('jonas', {
      purpose: 'offer',
      title: hostileTitle,
      description: hostileDescription,
      visibility: 'membersOnly',
      price: 'free',
      images: [`http://127.0.0.1:9/pic.png?a=%22%3E%3Cscript%3Ewindow.__xss=6%3C/script%3E`],
      location: { name: hostilePlace },
    });
    // A document that skips the client-side checks: a javascript: picture, listed with a genuine signature.
    const jonas = getAccount('jonas');
    const fetch = await getAuthenticatedFetch('jonas');
    const raw = createOffer(offersContainerOf(jonas.podUrl), { purpose: 'offer', title: `${marker} raw`, intent: { action: 'service', categories: ['http://x.example/c#a'], provider: jonas.webId }, expires: defaultExpiry(), groups: [groupIri()], visibility: 'membersOnly', images: [], creator: jonas.webId, created: stamp(new Date()) } as OfferInit);
    const rawDoc = raw.url.replace(/#.*$/, '');
    const put = await fetch(rawDoc, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: `<#it> a <https://w3id.org/valueflows/ont/vf#Proposal>; <https://schema.org/image> <javascript:window.__xss=7>; <https://w3id.org/valueflows/ont/vf#name> "${marker} raw".` });
    expect(put.ok).toBe(true);
    const key = (await getSigningKey(jonas.podUrl, { fetch }))!;
    const entry = await signEntry(entryForOffer(raw, groupIri()), { webId: jonas.webId, keyId: key.keyId, privateKey: key.privateKey });
    const appended = await fetch(marketplaceLayout(groupIri()).membersOnly.journal, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body: toN3Patch({ deletes: [], inserts: entry }) });
    expect(appended.ok).toBe(true);

    const dialogs: string[] = [];
    page().on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const consoleErrors: string[] = [];
    page().on('pageerror', (e) => consoleErrors.push(e.message));
    await logInThroughPodServer(page(), webApp().url, getAccount('emeka'));
    await openInApp(page(), `/marketplace?q=${marker}&view=grid`);
    await page().getByRole('link', { name: hostileTitle }).waitFor({ timeout: 60_000 });
    await page().getByRole('link', { name: `${marker} raw` }).waitFor();
    expect(await findActiveContent(page())).toEqual([]);

    await page().getByRole('link', { name: hostileTitle }).click();
    await page().getByRole('heading', { level: 1, name: hostileTitle }).waitFor();
    expect(await page().getByText(hostilePlace, { exact: true }).count()).toBe(1);
    expect(await page().getByText('bold?', { exact: false }).first().textContent()).toContain('<b>bold?</b>');
    expect(await findActiveContent(page())).toEqual([]);

    await openInApp(page(), `/marketplace/offer?url=${encodeURIComponent(raw.url)}`);
    await page().getByText('This offer could not be loaded.', { exact: false }).waitFor();
    expect(await findActiveContent(page())).toEqual([]);
    await openInApp(page(), `/marketplace/offer?url=${encodeURIComponent('javascript:window.__xss=8')}`);
    await page().getByText('This offer could not be loaded.', { exact: false }).waitFor();

    expect(await page().evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(consoleErrors.filter((m) => /xss/.test(m))).toEqual([]);
    expect(posted).toMatch(/^http/);
  });
});
