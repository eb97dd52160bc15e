import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserPage } from '../support/browser.js';
import { getAccount } from '../support/pod.js';

/** A page embedding the widgets for a hostile "group" served by the same site at `origin`. */
const hostilePage = (origin: string) => `<!doctype html><script type="module" src="/dist/mutua-widgets.js"></script>
<mutua-group-news group="${origin}/hostile/"></mutua-group-news><mutua-group-events group="${origin}/hostile/"></mutua-group-events>`;
const HOSTILE_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>x</id><title>x</title><updated>2026-01-01T00:00:00Z</updated>
<entry><id>e1</id><title type="text">&lt;script&gt;window.pwned = 1&lt;/script&gt;&lt;img src=x onerror="window.pwned = 2"&gt;Title</title>
<published>2026-01-01T00:00:00Z</published><updated>2026-01-01T00:00:00Z</updated>
<content type="html">${['<p>Body <strong>bold</strong></p>', '<script>window.pwned = 3</script>', '<img src="x" onerror="window.pwned = 4">', '<a href="javascript:window.pwned = 5">link</a>', '<iframe src="javascript:window.pwned = 6"></iframe>', '<p onclick="window.pwned = 7" style="color:red">styled</p>']
  .join('')
  .replaceAll('&', '&amp;')
  .replaceAll('<', '&lt;')
  .replaceAll('>', '&gt;')}</content></entry></feed>`;
const HOSTILE_CALENDAR = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:h1', 'DTSTART:29990101T100000Z', 'DTEND:29990101T110000Z', 'SUMMARY:<script>window.pwned = 8</script><b>Party</b>', 'LOCATION:<img src=x onerror="window.pwned = 9">', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
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
  const chunks = new Map<string, Buffer>(await Promise.all((await readdir(`${WIDGETS}dist/`)).map(async (name): Promise<[string, Buffer]> => [`/dist/${name}`, await readFile(`${WIDGETS}dist/${name}`)])));
  server = createServer((request, response) => {
    // The embed script and the chunks it imports on demand (the offers' checking code).
    if (request.url === '/dist/mutua-widgets.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (request.url && chunks.has(request.url)) response.writeHead(200, { 'content-type': 'text/javascript' }).end(chunks.get(request.url));
    else if (request.url === '/' || request.url === '/example.html') response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    // A hostile group's outputs, as someone with write access to its pod could replace them.
    else if (request.url === '/hostile.html') response.writeHead(200, { 'content-type': 'text/html' }).end(hostilePage(new URL(siteUrl).origin));
    else if (request.url === '/hostile/news/public/feed.atom') response.writeHead(200, { 'content-type': 'application/atom+xml' }).end(HOSTILE_FEED);
    else if (request.url === '/hostile/news/public/calendar.ics') response.writeHead(200, { 'content-type': 'text/calendar' }).end(HOSTILE_CALENDAR);
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

  it('keep whatever a hostile feed or calendar holds inert: markup in titles shows as text, scripts and handlers never run', async () => {
    const problems: string[] = [];
    page().on('pageerror', (error) => problems.push(error.message));
    await page().goto(siteUrl.replace('/example.html', '/hostile.html'));
    const news = page().locator('mutua-group-news');
    const events = page().locator('mutua-group-events');
    await news.getByRole('heading', { name: '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">Title' }).waitFor({ timeout: 30_000 });
    await events.getByText('<script>window.pwned = 8</script><b>Party</b>').waitFor({ timeout: 30_000 });
    expect(await news.locator('strong', { hasText: 'bold' }).count()).toBe(1);
    expect(await events.getByText('<img src=x onerror="window.pwned = 9">').count()).toBe(1);
    const active = await page().evaluate(() => {
      const roots = [...document.querySelectorAll('mutua-group-news, mutua-group-events')].map((e) => e.shadowRoot!);
      return roots.flatMap((root) => [...root.querySelectorAll('script, iframe, img, [onclick], [onerror], [style], a[href^="javascript:"]')].map((e) => e.outerHTML));
    });
    expect(active).toEqual([]);
    await page().waitForTimeout(500);
    expect(await page().evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
