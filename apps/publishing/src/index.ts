// The publishing app: one root element, `mutua-publishing-app`, rendered by the web shell below /news.
export { MutuaPublishingApp } from './components/mutua-publishing-app/mutua-publishing-app.js';
