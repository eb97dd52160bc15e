/** A short, readable name for a WebID when no profile was read: its pod's name (`…/dolores/profile/card#me` → "dolores"). */
export function shortName(webId: string): string {
  try {
    const url = new URL(webId);
    const first = url.pathname.split('/').filter(Boolean)[0];
    return first && first !== 'profile' ? decodeURIComponent(first) : url.host;
  } catch {
    return webId;
  }
}
