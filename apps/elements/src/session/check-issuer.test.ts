import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IssuerUnreachableError } from '../errors/issuer-unreachable-error.js';
import { checkIssuer } from './check-issuer.js';

describe('checkIssuer', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.url === '/good/.well-known/openid-configuration')
        return json(200, { issuer: `${base}good/`, authorization_endpoint: `${base}auth` });
      if (request.url === '/not-oidc/.well-known/openid-configuration') return json(200, { hello: 'world' });
      if (request.url === '/html/.well-known/openid-configuration') {
        response.writeHead(200, { 'content-type': 'text/html' });
        return response.end('<h1>Hi</h1>');
      }
      return json(404, {});
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('returns the issuer declared by the discovery document', async () => {
    expect(await checkIssuer(new URL(`${base}good`))).toBe(`${base}good/`);
    expect(await checkIssuer(new URL(`${base}good/`))).toBe(`${base}good/`);
  });

  it('rejects a server whose discovery document is missing, not JSON, or not OIDC', async () => {
    for (const path of ['missing/', 'html/', 'not-oidc/']) {
      await expect(checkIssuer(new URL(`${base}${path}`))).rejects.toBeInstanceOf(IssuerUnreachableError);
    }
    await expect(checkIssuer(new URL(`${base}missing/`))).rejects.toThrow(/answered 404/);
  });

  it('rejects an address where nothing listens, naming the issuer', async () => {
    const closed = new URL('http://127.0.0.1:9/');
    await expect(checkIssuer(closed, { timeoutMs: 3000 })).rejects.toThrow(
      'Could not reach the identity provider at http://127.0.0.1:9/',
    );
  });
});
