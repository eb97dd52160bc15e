// One script for embedding sites: defines <mutua-group-news> and <mutua-group-events>.
export { MutuaGroupNews } from './mutua-group-news.js';
export { MutuaGroupEvents } from './mutua-group-events.js';
