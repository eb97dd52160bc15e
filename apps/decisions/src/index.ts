// The decisions app: one root element, `mutua-decisions-app`, rendered by the web shell below /decisions.
export { MutuaDecisionsApp } from './components/mutua-decisions-app/mutua-decisions-app.js';
