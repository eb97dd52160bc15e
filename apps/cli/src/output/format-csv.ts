import Papa from 'papaparse';
import type { SparqlJsonResults } from '../query/query-result.js';

/** Solutions as CSV in the shape of the SPARQL 1.1 CSV results format: a header, then values. */
export function formatCsv(json: SparqlJsonResults): string {
  if (json.boolean !== undefined) return `boolean\r\n${json.boolean}\r\n`;
  const vars = [...(json.head.vars ?? [])];
  const rows = (json.results?.bindings ?? []).map((binding) => vars.map((name) => binding[name]?.value ?? ''));
  return `${Papa.unparse({ fields: vars, data: rows }, { newline: '\r\n' })}\r\n`;
}
