/** The window event fired after Mutua changes the URL with the History API. */
export const LOCATION_CHANGED_EVENT = 'mutua-location-changed';

/** Goes to `url` inside the single-page app without reloading, and tells every location listener. */
export function navigate(url: string | URL, options: { replace?: boolean } = {}): void {
  const target = new URL(url, window.location.href);
  if (target.origin !== window.location.origin) {
    window.location.assign(target.href);
    return;
  }
  if (options.replace) history.replaceState(null, '', target.href);
  else history.pushState(null, '', target.href);
  // pushState fires no event of its own; popstate covers only back and forward.
  window.dispatchEvent(new Event(LOCATION_CHANGED_EVENT));
}
