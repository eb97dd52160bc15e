import { IssuerUnreachableError } from '../errors/issuer-unreachable-error.js';

/** Options for {@link checkIssuer}. */
export interface CheckIssuerOptions {
  fetch?: typeof globalThis.fetch;
  /** Give up after this many milliseconds (default 8000). */
  timeoutMs?: number;
}

/**
 * Fetches the issuer's OpenID discovery document and returns the issuer it declares.
 * Checked before redirecting so a mistyped address fails here, with a message, instead of
 * on a browser error page.
 */
export async function checkIssuer(issuer: URL, options: CheckIssuerOptions = {}): Promise<string> {
  const fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = issuer.href.endsWith('/') ? issuer.href : `${issuer.href}/`;
  const discovery = new URL('.well-known/openid-configuration', base);
  let response: Response;
  try {
    response = await fetch(discovery, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 8000),
    });
  } catch (cause) {
    throw new IssuerUnreachableError(issuer.href, `no answer from ${discovery.href}`, { cause });
  }
  if (!response.ok) {
    throw new IssuerUnreachableError(issuer.href, `${discovery.href} answered ${response.status}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new IssuerUnreachableError(issuer.href, `${discovery.href} is not JSON`, { cause });
  }
  const declared = (body as { issuer?: unknown } | null)?.issuer;
  if (
    typeof declared !== 'string' ||
    typeof (body as { authorization_endpoint?: unknown }).authorization_endpoint !== 'string'
  ) {
    throw new IssuerUnreachableError(issuer.href, `${discovery.href} is not an OpenID Connect configuration`);
  }
  return declared;
}
