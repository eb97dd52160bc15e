import { msg } from '@lit/localize';
import type { AppRoute } from './app-route.js';

/**
 * The apps of the member web app, in navigation order. Each app lives in its own workspace
 * (`apps/<name>`) and defines one root element; adding an app is adding one entry here.
 */
export const appRoutes: readonly AppRoute[] = [
  { path: '/marketplace', label: () => msg('Marketplace'), description: () => msg('Offers and wants of your groups and their partners: search, post, contact, pay.'), tagName: 'mutua-marketplace-app', load: () => import('@mutua/marketplace') },
  { path: '/directory', label: () => msg('Directory'), description: () => msg('Members of your groups, the groups of the network, joining and group administration.'), tagName: 'mutua-directory-app', load: () => import('@mutua/directory') },
  { path: '/ledger', label: () => msg('Ledger'), description: () => msg('Your balance in each group, pay and request payments, history, receipts and the verified group ledger.'), tagName: 'mutua-ledger-app', load: () => import('@mutua/ledger') },
  { path: '/decisions', label: () => msg('Decisions'), description: () => msg('Proposals of your groups: discuss, vote with a signed ballot, see the tally and the outcome.'), tagName: 'mutua-decisions-app', load: () => import('@mutua/decisions') },
  { path: '/news', label: () => msg('News'), description: () => msg('News, events and documents of your groups, and their public page, feed and calendar.'), tagName: 'mutua-publishing-app', load: () => import('@mutua/publishing') },
  { path: '/explore', label: () => msg('Explore'), description: () => msg('Ask questions across what your groups share with you: ready-made or your own SPARQL, as a table, a chart and CSV.'), tagName: 'mutua-explore-app', load: () => import('@mutua/explore') },
];
