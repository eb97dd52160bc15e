import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../apps/cli/src/index.js';
import { demoGroups } from '../../pod-server/src/index.js';
import { demoOffers } from '../../pod-server/src/seed-offers.js';
import { useBrowserPage } from '../support/browser.js';
import { getAccount } from '../support/pod.js';
import { logInThroughPodServer, useWebApp } from '../support/web-app.js';

// Alice is a member of the SEL; the seed posted its offers and wants (pod-server/src/seed-offers.ts).
const SEL = 'sel-val-de-saone';
const selName = demoGroups.find((g) => g.pod === SEL)!.name;
// Alice is not a member of the timebank: she may read only its public index.
const TIMEBANK = 'banco-tiempo-lavapies';
const timebankName = demoGroups.find((g) => g.pod === TIMEBANK)!.name;

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
  return Promise.all(
    rows.map(async (row) =>
      Object.fromEntries((await row.locator('td').allTextContents()).map((text, i) => [header[i]!, text.trim()])),
    ),
  );
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

/** Offers and wants of a group counted by `mutua query` with no login, as the CLI integration test runs it. */
async function anonymousTotal(group: string): Promise<number> {
  let out = '';
  const code = await runCli(
    ['query', '--from', group, '--query', 'offers-per-category', '--format', 'json', '--no-partners'],
    { out: (text) => (out += text), err: () => {}, env: {} },
  );
  expect(code).toBe(0);
  const json = JSON.parse(out) as { results: { bindings: Array<Record<string, { value: string }>> } };
  return json.results.bindings.reduce((sum, b) => sum + Number(b.offers!.value) + Number(b.wants!.value), 0);
}

describe('explore page', () => {
  const webApp = useWebApp();
  const { page } = useBrowserPage();

  it('runs a ready-made query across the member’s groups and shows the table, a chart and a CSV with the seeded numbers', async () => {
    await logInThroughPodServer(page(), webApp().url, getAccount('alice'));
    await openInApp(page(), '/explore');
    await expect
      .poll(() => page().getByRole('checkbox', { name: selName }).isChecked(), { timeout: 30_000 })
      .toBe(true);
    expect(await page().getByText('only documents you may read are ever fetched').count()).toBe(1);

    await page().getByLabel('Ready-made query').selectOption('offers-per-category');
    expect(await page().getByLabel('SPARQL').inputValue()).toContain('mutua:MarketplaceEntry');
    await page().getByRole('button', { name: 'Run' }).click();
    const summary = page().getByTestId('result-summary');
    await summary.waitFor({ timeout: 90_000 });

    const rows = await tableRows(page());
    const shown = new Map(
      rows
        .filter((r) => r.groupName === selName)
        .map((r) => [r.category!.split('#')[1]!, { offers: Number(r.offers), wants: Number(r.wants) }]),
    );
    expect(shown).toEqual(seededPerCategory());
    const counts = /(\d+) rows from (\d+) documents read, in [\d.]+ s/.exec((await summary.textContent()) ?? '');
    expect(Number(counts?.[1])).toBe(rows.length);
    // Group cards and the marketplace indexes the query names: a handful of documents, never none.
    expect(Number(counts?.[2])).toBeGreaterThan(1);

    const canvas = page().locator('ex-results mutua-chart canvas');
    await canvas.waitFor();
    expect((await canvas.boundingBox())!.height).toBeGreaterThan(100);

    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('offers-per-category.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('groupName,category,categoryLabel,offers,wants');
    const woodwork = seededPerCategory().get('woodwork')!;
    expect(lines.find((line) => line.startsWith(`${selName},`) && line.includes('#woodwork,'))).toMatch(
      new RegExp(`,${woodwork.offers},${woodwork.wants}$`),
    );
    expect(lines.length - 2).toBe(rows.length); // header and the final empty line

    await page().getByLabel('SPARQL').fill('SELECT ?x WHERE { ?x ?y }');
    await page().getByRole('button', { name: 'Run' }).click();
    await expect
      .poll(() => page().getByTestId('syntax-error').textContent(), { timeout: 30_000 })
      .toMatch(/not valid SPARQL.*1:\d+/);
  });

  it('reads only what the member may: another group’s members-only offers are named as unreadable, its public ones counted', async () => {
    await logInThroughPodServer(page(), webApp().url, getAccount('alice'));
    await openInApp(page(), '/explore');
    await page().getByRole('checkbox', { name: selName }).waitFor({ timeout: 30_000 });
    await page()
      .getByLabel('Add a group or WebID address')
      .fill(`${getAccount(TIMEBANK).podUrl}profile/card#group`);
    await page().getByRole('button', { name: 'Add', exact: true }).click();
    await page().getByLabel('Ready-made query').selectOption('offers-per-category');
    await page().getByRole('button', { name: 'Run' }).click();
    await page().getByTestId('result-summary').waitFor({ timeout: 90_000 });

    const timebankRows = (await tableRows(page())).filter((r) => r.groupName === timebankName);
    const total = timebankRows.reduce((sum, r) => sum + Number(r.offers) + Number(r.wants), 0);
    // The same query by an anonymous agent through the CLI reads the public index only: Alice sees no more.
    expect(total).toBe(await anonymousTotal(`${getAccount(TIMEBANK).podUrl}profile/card#group`));
    expect(total).toBeGreaterThanOrEqual(
      demoOffers.filter((o) => o.group === TIMEBANK && o.visibility === 'public').length,
    );
    expect(await page().getByTestId('warnings').textContent()).toContain('you may not read it');
    expect((await tableRows(page())).some((r) => r.groupName === selName)).toBe(true);
  });
});
