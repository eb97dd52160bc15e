/**
 * Returns the absolute URL when `value` resolves to an http(s) URL, else undefined.
 * Anything bound into `href` or `src` from a pod must pass through here: a remote profile
 * could otherwise smuggle in `javascript:` or `data:` URLs.
 */
export function toSafeHttpUrl(value: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
