/** A short readable stand-in for a member without a name: host and path of the WebID. */
export function webIdLabel(webId: string): string {
  try {
    const url = new URL(webId);
    return `${url.host}${url.pathname.replace(/\/profile\/card$/, '')}`;
  } catch {
    return webId;
  }
}

/** The pod's name as guessed from a WebID such as `https://host/alice/profile/card#me`. */
export function podNameOf(webId: string): string {
  try {
    const url = new URL(webId);
    return url.pathname.split('/').find((segment) => segment !== '') ?? url.hostname;
  } catch {
    return webId;
  }
}

/** Up to two initials for an avatar placeholder. */
export function initialsOf(name: string): string {
  const letters = name
    .split(/[\s./:-]+/)
    .filter((part) => part !== '')
    .map((part) => Array.from(part)[0] ?? '');
  return letters.slice(0, 2).join('').toUpperCase();
}
