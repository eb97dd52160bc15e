import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortInUseError, startWebApp, type WebApp } from '../../server.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('startWebApp', () => {
  let app: WebApp;
  let vocabDir: string;

  beforeAll(async () => {
    vocabDir = await mkdtemp(join(tmpdir(), 'mutua-vocab-'));
    await writeFile(
      join(vocabDir, 'mutua.ttl'),
      '@prefix mutua: <https://example.org/ns/mutua#>.\nmutua:Offer a <http://www.w3.org/2000/01/rdf-schema#Class>.\n',
    );
    await writeFile(join(vocabDir, 'context.jsonld'), '{"@context":{"mutua":"https://example.org/ns/mutua#"}}');
    await writeFile(join(vocabDir, 'build.ts'), 'secret');
    app = await startWebApp({ port: await freePort(), podBaseUrl: 'http://localhost:3999/', vocabDir, watch: false, cacheDir: join(vocabDir, 'vite') });
  });

  afterAll(async () => {
    await app?.close();
    await rm(vocabDir, { recursive: true, force: true });
  });

  it('answers on a localhost URL with the app page', async () => {
    expect(app.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    const response = await fetch(app.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<mutua-app>');
  });

  it('serves the pod server as the default issuer at /config.json', async () => {
    const response = await fetch(new URL('config.json', app.url));
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ issuer: 'http://localhost:3999/', podBaseUrl: 'http://localhost:3999/' });
  });

  it('serves the vocabulary files under /ns/ and negotiates /ns/mutua', async () => {
    const turtle = await fetch(new URL('ns/mutua', app.url), { headers: { accept: 'text/turtle' } });
    expect(turtle.headers.get('content-type')).toContain('text/turtle');
    expect(turtle.headers.get('vary')).toBe('Accept');
    expect(await turtle.text()).toContain('mutua:Offer');

    const jsonld = await fetch(new URL('ns/mutua', app.url), { headers: { accept: 'application/ld+json' } });
    expect(jsonld.headers.get('content-type')).toContain('application/ld+json');
    expect(await jsonld.json()).toEqual({ '@context': { mutua: 'https://example.org/ns/mutua#' } });

    const direct = await fetch(new URL('ns/mutua.ttl', app.url));
    expect(direct.headers.get('content-type')).toContain('text/turtle');
    expect(direct.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 404 with an explanation for a vocabulary file that does not exist yet', async () => {
    const html = await fetch(new URL('ns/mutua', app.url), { headers: { accept: 'text/html' } });
    expect(html.status).toBe(404);
    expect(await html.text()).toContain('index.html does not exist yet');
  });

  it('never serves other files from the vocabulary folder', async () => {
    const response = await fetch(new URL('ns/build.ts', app.url));
    expect(await response.text()).not.toBe('secret');
  });

  it('refuses files outside the app workspaces, such as the repository root', async () => {
    const repoFile = new URL('../../../../package.json', import.meta.url).pathname;
    const response = await fetch(new URL(`@fs${repoFile}`, app.url));
    expect(response.status).toBe(403);
  });

  it('fails with a one-line PortInUseError when the port is taken', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const attempt = startWebApp({ port, podBaseUrl: 'http://localhost:3999/', vocabDir, watch: false, cacheDir: join(vocabDir, 'vite') });
      await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
      await expect(attempt).rejects.toThrow(
        `Port ${port} is already in use: stop the other process or set MUTUA_WEB_PORT to another port.`,
      );
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
