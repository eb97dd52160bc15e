// The marketplace app: its root element registers every page it renders.
export { MutuaMarketplaceApp } from './components/mutua-marketplace-app/mutua-marketplace-app.js';
export { MarketplaceController, type MarketplaceStatus } from './controllers/marketplace-controller.js';
export { filtersFromSearch, filtersToSearch, queryOf, defaultFilters, type MarketplaceFilters } from './data/marketplace-filters.js';
export { ledgerLink, type LedgerLinkInit } from './data/ledger-links.js';
