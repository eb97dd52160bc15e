import type { SparqlJsonResults, SparqlTerm } from '../query/query-result.js';
import { compactIri } from './compact-iri.js';

const NUMERIC = /^-?\d+(\.\d+)?(e-?\d+)?$/i;

/** Solutions as an aligned text table for a terminal: IRIs compacted, numbers right-aligned. */
export function formatTable(json: SparqlJsonResults): string {
  if (json.boolean !== undefined) return `${json.boolean}\n`;
  const vars = json.head.vars ?? [];
  const rows = (json.results?.bindings ?? []).map((binding) => vars.map((name) => cellText(binding[name])));
  const widths = vars.map((name, column) => Math.max(name.length, ...rows.map((row) => row[column]!.length)));
  const numeric = vars.map((_, column) => rows.length > 0 && rows.every((row) => row[column] === '' || NUMERIC.test(row[column]!)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const count = `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`;
  return [line(vars), rule, ...rows.map(line), count].join('\n') + '\n';
}

function cellText(term: SparqlTerm | undefined): string {
  if (!term) return '';
  const text = term.type === 'uri' ? compactIri(term.value) : term.type === 'bnode' ? `_:${term.value}` : term.value;
  // One line per row whatever a description holds.
  return text.replace(/\s+/g, ' ');
}
