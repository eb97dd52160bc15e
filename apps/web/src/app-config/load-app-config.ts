import { toSafeHttpUrl } from '@mutua/elements';
import type { AppConfig } from './app-config.js';

/** Reads `/config.json` from the server that serves the app. */
export async function loadAppConfig(
  options: { fetch?: typeof globalThis.fetch; signal?: AbortSignal } = {},
): Promise<AppConfig> {
  const fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = new URL('config.json', document.baseURI);
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: options.signal ?? null });
  if (!response.ok) throw new Error(`Loading ${url.href} failed: the server answered ${response.status}`);
  const body = (await response.json()) as { issuer?: unknown };
  const issuer = typeof body.issuer === 'string' ? toSafeHttpUrl(body.issuer) : undefined;
  if (!issuer) throw new Error(`${url.href} has no http(s) "issuer"`);
  return { issuer };
}
