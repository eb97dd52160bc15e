import { NotFoundError } from '../errors/not-found-error.js';
import { loadEach } from '../loader/load-each.internal.js';
import type { LoadOptions, LoadResult } from '../loader/load-options.js';
import type { RdfResource } from '../pod/rdf-resource.js';
import { readQuads } from './request-documents.internal.js';

// A group ledger's immutable documents (see groupLedgerLayout): entries at
// ledger/entries/<6-digit folder>/<9-digit position>, pages of entries at ledger/pages/<6-digit
// page>, payment requests and their outcomes.
const LEDGER_DOCUMENT = /\/ledger\/(entries\/\d{6}\/\d{9}|pages\/\d{6}|requests\/[^/]+|outcomes\/[^/]+)$/;

/** True for the URL of a group ledger document: an entry, a page of entries, a payment request or its outcome. */
export function isLedgerDocumentUrl(url: string): boolean {
  return LEDGER_DOCUMENT.test(new URL(url).pathname);
}

/**
 * Reads ledger documents as RDF, bounded and in parallel like loadResources. They are N-Quads
 * served as text/plain so that no one with Append can patch them (decision 0025), which the
 * generic loader would refuse as a non-RDF type.
 */
export function loadLedgerDocuments(
  urls: readonly string[],
  options: LoadOptions = {},
): Promise<LoadResult<RdfResource>> {
  return loadEach(
    urls,
    async (url, taskOptions) => {
      const quads = await readQuads('Reading the ledger document', url, taskOptions);
      if (!quads) throw new NotFoundError('Reading the ledger document', url, 404, 'Not Found', '');
      return { url, quads: quads as unknown as RdfResource['quads'], etag: null };
    },
    options,
  );
}
