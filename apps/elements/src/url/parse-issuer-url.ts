/**
 * Reads what a person typed as their identity provider. Adds a scheme when none was given
 * (`http://` for localhost, the only place a plain-http provider makes sense, else
 * `https://`), accepts only http(s) without credentials, and drops any query or fragment.
 * Returns undefined for anything that cannot be an issuer URL.
 */
export function parseIssuerUrl(input: string): URL | undefined {
  const trimmed = input.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^/:]+:\d+(\/|$)/.test(trimmed);
  const withScheme = hasScheme ? trimmed : `${defaultScheme(trimmed)}//${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  url.hash = '';
  url.search = '';
  return url;
}

function defaultScheme(hostAndPath: string): 'http:' | 'https:' {
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i.test(hostAndPath) ? 'http:' : 'https:';
}
