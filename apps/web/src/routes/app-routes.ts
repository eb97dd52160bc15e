import type { AppRoute } from './app-route.js';

/**
 * The apps of the member web app, in navigation order. Each app lives in its own workspace
 * (`apps/<name>`) and defines one root element; adding an app is adding one entry here.
 */
export const appRoutes: readonly AppRoute[] = [];
