/** One app of the member web app, mounted under its own path. */
export interface AppRoute {
  /** First path segment the app owns, for example `/marketplace`; it also owns everything below. */
  readonly path: string;
  /** The name shown in the navigation, in the current language. */
  readonly label: () => string;
  /** One sentence on the home page saying what the app is for, in the current language. */
  readonly description: () => string;
  /** The custom element that renders the app; it reads the session from the session context. */
  readonly tagName: string;
  /** Loads the module that defines `tagName`, so each app is fetched only when opened. */
  readonly load: () => Promise<unknown>;
}

/** The route whose path owns `pathname`, if any. */
export function matchRoute(routes: readonly AppRoute[], pathname: string): AppRoute | undefined {
  return routes.find((route) => pathname === route.path || pathname.startsWith(`${route.path}/`));
}
