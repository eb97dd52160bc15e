// The public surface of @mutua/cli, for the bench, the tests and the web app's explore page.
export { runCli, type CliIo } from './cli/run-cli.js';
export { crawlNetwork, type CrawlOptions, type CrawlResult } from './crawl/crawl-network.js';
export { countFailures, describeFailure, type CrawlFailure, type CrawlFailureKind } from './crawl/crawl-failure.js';
export { partsForQuery, ALL_PARTS, type CrawlParts } from './crawl/crawl-parts.js';
export { linksToFollow, type CrawlScope } from './crawl/links-to-follow.js';
export { storeFromDocuments, saveStore, loadStore, type HarvestStore } from './store/harvest-store.js';
export { storeFromDocumentsWith, storeFromDocumentsAsync } from './store/store-from-documents.js';
export type { QuadStore, OxigraphModule } from './store/quad-store.js';
export { runQuery, ENGINES, type Engine, type QueryRun, type QueryOutcome } from './query/run-query.js';
export { queryStore } from './query/query-store.js';
export { queryForm } from './query/query-form.js';
export { listReadyMadeQueries, getReadyMadeQuery, parseReadyMadeQuery, type ReadyMadeQuery } from './query/ready-made-queries.js';
export type { QueryResult, SparqlJsonResults, SparqlTerm } from './query/query-result.js';
export { formatResult, OUTPUT_FORMATS, type OutputFormat } from './output/format-result.js';
export { formatTable } from './output/format-table.js';
export { formatCsv } from './output/format-csv.js';
export { logIn, credentialsFrom, type ClientCredentials, type QueryAgent } from './auth/log-in.js';
