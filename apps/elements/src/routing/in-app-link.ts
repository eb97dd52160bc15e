/**
 * The same-origin link a click should follow inside the app, or undefined when the browser
 * should handle it (new tab, download, other site, modifier keys). Looks through shadow roots.
 */
export function inAppLinkOf(event: MouseEvent): URL | undefined {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return undefined;
  }
  const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!anchor || !anchor.href || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self'))
    return undefined;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin) return undefined;
  // Plain in-page anchors keep the browser's own scrolling.
  if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return undefined;
  return url;
}
