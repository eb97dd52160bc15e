import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserPage } from '../support/browser.js';
import { getAccount } from '../support/pod.js';

const WIDGETS = fileURLToPath(new URL('../../apps/publishing/widgets/', import.meta.url));
let server: Server;
let siteUrl: string;

/** The example page as a group's own site would have it, pointed at the test pod server. */
async function examplePage(groupRoot: string): Promise<string> {
  const example = await readFile(`${WIDGETS}example.html`, 'utf8');
  return example.replaceAll('http://localhost:3000/sel-val-de-saone/', groupRoot);
}

beforeAll(async () => {
  // The same build as `npm run build:widgets -w apps/publishing`: one script for embedding sites.
  await build({ configFile: `${WIDGETS}vite.config.ts`, logLevel: 'warn' });
  const [script, page] = await Promise.all([readFile(`${WIDGETS}dist/mutua-widgets.js`), examplePage(getAccount('sel-val-de-saone').podUrl)]);
  // A stand-in for the group's existing website, on another origin than the pods.
  server = createServer((request, response) => {
    if (request.url === '/dist/mutua-widgets.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (request.url === '/' || request.url === '/example.html') response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/example.html`;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe('embeddable widgets', () => {
  const { page } = useBrowserPage();

  it("show the SEL's public news, events and offers on another site, as inert text", async () => {
    const problems: string[] = [];
    page().on('pageerror', (error) => problems.push(error.message));
    await page().goto(siteUrl);
    const news = page().locator('mutua-group-news');
    const events = page().locator('mutua-group-events');
    const offers = page().locator('mutua-group-offers');
    await news.getByRole('heading', { name: 'Bourse d’échange de printemps' }).waitFor({ timeout: 60_000 });
    await events.getByText('Café réparation').waitFor({ timeout: 60_000 });
    await offers.getByText('Cours de piano pour débutants').waitFor({ timeout: 60_000 });

    // Public items only: the members-only post and meeting stay out.
    expect(await news.getByText('Compte rendu du conseil').count()).toBe(0);
    expect(await events.getByText('Conseil du SEL').count()).toBe(0);
    // Markdown became markup, but nothing the pods hold can run: no script, no handler, no javascript: link.
    expect(await news.locator('strong', { hasText: 'bourse d’échange' }).count()).toBe(1);
    const active = await page().evaluate(() => {
      const roots = [...document.querySelectorAll('mutua-group-news, mutua-group-events, mutua-group-offers')].map((e) => e.shadowRoot!);
      return roots.flatMap((root) => [...root.querySelectorAll('script, iframe, object, embed, [onclick], [onerror], [onload], a[href^="javascript:"]')].map((e) => e.outerHTML));
    });
    expect(active).toEqual([]);
    expect(problems).toEqual([]);
  });
});
