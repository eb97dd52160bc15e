import type { QueryResult } from '../query/query-result.js';
import { formatCsv } from './format-csv.js';
import { formatTable } from './format-table.js';
import { formatTurtle } from './format-turtle.js';

/** The output formats of `mutua query`. */
export const OUTPUT_FORMATS = ['table', 'csv', 'json', 'turtle'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Renders a result in the chosen format: solutions as table, CSV or SPARQL JSON; graphs as Turtle. */
export async function formatResult(result: QueryResult, format: OutputFormat): Promise<string> {
  if (result.kind === 'graph') {
    if (format === 'csv' || format === 'json') throw new TypeError(`${format} output is for SELECT and ASK; a CONSTRUCT or DESCRIBE query gives Turtle (--format turtle)`);
    return formatTurtle(result.ntriples);
  }
  switch (format) {
    case 'table':
      return formatTable(result.json);
    case 'csv':
      return formatCsv(result.json);
    case 'json':
      return `${JSON.stringify(result.json, null, 2)}\n`;
    case 'turtle':
      throw new TypeError('Turtle output needs a CONSTRUCT or DESCRIBE query; use --format table, csv or json for SELECT and ASK');
  }
}
