import { groupLayout } from '../../core/src/groups/group-layout.js';
// The core's index does not export its marketplace module yet (as in apps/marketplace/src/data/core-marketplace.ts).
import { loadMarketplace, type MarketplaceView } from '../../core/src/marketplace/load-marketplace.js';

/** A group's public offers and requests, read anonymously and checked as in the app; the one heavy import of the widgets. */
export function loadPublicOffers(group: string): Promise<MarketplaceView> {
  return loadMarketplace([groupLayout(group).group], { scope: 'public', fetch: globalThis.fetch.bind(globalThis) });
}
