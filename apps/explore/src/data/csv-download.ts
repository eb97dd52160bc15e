import { formatCsv, type SparqlJsonResults } from './cli-api.internal.js';

/** Offers the result as an RFC 4180 CSV file (the CLI's format), saved by the browser as `fileName`. */
export function downloadCsv(json: SparqlJsonResults, fileName: string): void {
  const url = URL.createObjectURL(new Blob([formatCsv(json)], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // Revoke on the next turn: the click has handed the blob to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
