// The explore app: its root element registers every part of the page.
export { MutuaExploreApp } from './components/mutua-explore-app/mutua-explore-app.js';
export {
  runExploreQuery,
  type ExploreQuery,
  type ExploreOutcome,
  type ExploreRunOptions,
} from './data/run-explore-query.js';
export { chartData, type ChartData } from './data/chart-data.js';
export { readyMadeQueries } from './data/ready-made-queries.js';
