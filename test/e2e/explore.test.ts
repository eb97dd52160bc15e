import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoGroups } from '../../pod-server/src/index.js';
import { demoOffers } from '../../pod-server/src/seed-offers.js';
import { useBrowserPage } from '../support/browser.js';
import { getAccount } from '../support/pod.js';
import { logInThroughPodServer, useWebApp } from '../support/web-app.js';

// Alice is a member of the SEL; the seed posted its offers and wants (pod-server/src/seed-offers.ts).
const SEL = 'sel-val-de-saone';
const selName = demoGroups.find((g) => g.pod === SEL)!.name;

/** Moves within the logged-in app without a reload (a reload lands on the app's start page). */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((href) => {
    history.pushState(null, '', href);
    window.dispatchEvent(new Event('mutua-location-changed'));
  }, path);
}

/** The result table as one object per row, keyed by column name. */
async function tableRows(page: Page): Promise<Record<string, string>[]> {
  const table = page.getByTestId('result-table');
  const header = await table.locator('thead th').allTextContents();
  const rows = await table.locator('tbody tr').all();
  return Promise.all(rows.map(async (row) => Object.fromEntries((await row.locator('td').allTextContents()).map((text, i) => [header[i]!, text.trim()]))));
}

/** Offers and wants per category, as the seed posted them in the SEL. */
function seededPerCategory(): Map<string, { offers: number; wants: number }> {
  const expected = new Map<string, { offers: number; wants: number }>();
  for (const offer of demoOffers.filter((o) => o.group === SEL)) {
    const row = expected.get(offer.category) ?? { offers: 0, wants: 0 };
    row[offer.purpose === 'offer' ? 'offers' : 'wants'] += 1;
    expected.set(offer.category, row);
  }
  return expected;
}

describe('explore page', () => {
  const webApp = useWebApp();
  const { page } = useBrowserPage();

  it('runs a ready-made query across the member’s groups and shows the table, a chart and a CSV with the seeded numbers', async () => {
    await logInThroughPodServer(page(), webApp().url, getAccount('alice'));
    await openInApp(page(), '/explore');
    await expect.poll(() => page().getByRole('checkbox', { name: selName }).isChecked(), { timeout: 30_000 }).toBe(true);
    expect(await page().getByText('only documents you may read are ever fetched').count()).toBe(1);

    await page().getByLabel('Ready-made query').selectOption('offers-per-category');
    expect(await page().getByLabel('SPARQL').inputValue()).toContain('mutua:MarketplaceEntry');
    await page().getByRole('button', { name: 'Run' }).click();
    const summary = page().getByTestId('result-summary');
    await summary.waitFor({ timeout: 90_000 });

    const rows = await tableRows(page());
    const shown = new Map(rows.filter((r) => r.groupName === selName).map((r) => [r.category!.split('#')[1]!, { offers: Number(r.offers), wants: Number(r.wants) }]));
    expect(shown).toEqual(seededPerCategory());
    const counts = /(\d+) rows from (\d+) documents read, in [\d.]+ s/.exec((await summary.textContent()) ?? '');
    expect(Number(counts?.[1])).toBe(rows.length);
    expect(Number(counts?.[2])).toBeGreaterThan(demoOffers.filter((o) => o.group === SEL).length);

    const canvas = page().locator('ex-results mutua-chart canvas');
    await canvas.waitFor();
    expect((await canvas.boundingBox())!.height).toBeGreaterThan(100);

    const [download] = await Promise.all([page().waitForEvent('download'), page().getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('offers-per-category.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('groupName,category,categoryLabel,offers,wants');
    const woodwork = seededPerCategory().get('woodwork')!;
    expect(lines.find((line) => line.startsWith(`${selName},`) && line.includes('#woodwork,'))).toMatch(new RegExp(`,${woodwork.offers},${woodwork.wants}$`));
    expect(lines.length - 2).toBe(rows.length); // header and the final empty line

    await page().getByLabel('SPARQL').fill('SELECT ?x WHERE { ?x ?y }');
    await page().getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => page().getByTestId('syntax-error').textContent(), { timeout: 30_000 }).toMatch(/\S/);
  });
});
