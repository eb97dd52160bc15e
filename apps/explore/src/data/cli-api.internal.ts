// The DOM-free and Node-free part of @mutua/cli, imported by path: the package's index also
// exports the command line (node:fs, the node build of Oxigraph, Comunica), which a browser
// cannot load. Everything here depends only on @mutua/core, n3 and papaparse.
export { crawlNetwork, type CrawlResult } from '../../../cli/src/crawl/crawl-network.js';
export type { CrawlFailure, CrawlFailureKind } from '../../../cli/src/crawl/crawl-failure.js';
export { partsForQuery } from '../../../cli/src/crawl/crawl-parts.js';
export { storeFromDocumentsAsync } from '../../../cli/src/store/store-from-documents.js';
export type { OxigraphModule, QuadStore } from '../../../cli/src/store/quad-store.js';
export { queryStore } from '../../../cli/src/query/query-store.js';
export { queryForm } from '../../../cli/src/query/query-form.js';
export type { QueryResult, SparqlJsonResults, SparqlTerm } from '../../../cli/src/query/query-result.js';
export { parseReadyMadeQuery, type ReadyMadeQuery } from '../../../cli/src/query/parse-ready-made-query.js';
export { formatCsv } from '../../../cli/src/output/format-csv.js';
export { compactIri } from '../../../cli/src/output/compact-iri.js';
