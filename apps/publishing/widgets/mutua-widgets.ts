// One script for embedding sites: defines <mutua-group-news>, <mutua-group-events> and <mutua-group-offers>.
export { MutuaGroupNews } from './mutua-group-news.js';
export { MutuaGroupEvents } from './mutua-group-events.js';
export { MutuaGroupOffers } from './mutua-group-offers.js';
