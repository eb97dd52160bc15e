import type { ChartSeries } from '@mutua/elements/chart';
import { cellText } from './cell-text.js';
import type { SparqlJsonResults, SparqlTerm } from './cli-api.internal.js';

/** What the explore chart draws: one label per result row, one series per numeric column. */
export interface ChartData {
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(
  [
    'integer',
    'decimal',
    'double',
    'float',
    'long',
    'int',
    'short',
    'byte',
    'nonNegativeInteger',
    'positiveInteger',
    'nonPositiveInteger',
    'negativeInteger',
    'unsignedLong',
    'unsignedInt',
    'unsignedShort',
    'unsignedByte',
  ].map((local) => XSD + local),
);

const isNumber = (term: SparqlTerm) =>
  term.type === 'literal' &&
  term.datatype !== undefined &&
  NUMERIC.has(term.datatype) &&
  Number.isFinite(Number(term.value));
const isText = (term: SparqlTerm) => term.type === 'literal' && !isNumber(term);

/**
 * A bar chart of a SELECT result: the first text column (literal, not a number) labels the bars,
 * else the first non-numeric column; every numeric column is a series, unbound cells count 0.
 * When labels repeat (a result grouped by two columns) the other text columns are appended, so
 * bars stay distinguishable. Undefined when no column is numeric: then only the table is shown.
 */
export function chartData(json: SparqlJsonResults): ChartData | undefined {
  const vars = json.head.vars ?? [];
  const rows = json.results?.bindings ?? [];
  const bound = (name: string) => rows.map((row) => row[name]).filter((term): term is SparqlTerm => term !== undefined);
  const numeric = vars.filter((name) => bound(name).length > 0 && bound(name).every(isNumber));
  if (numeric.length === 0) return undefined;
  const others = vars.filter((name) => !numeric.includes(name));
  const text = others.filter((name) => bound(name).some(isText));
  const labelVar = text[0] ?? others[0];
  let labels = rows.map((row, i) => (labelVar ? cellText(row[labelVar]) : String(i + 1)));
  if (new Set(labels).size < labels.length && others.length > 1) {
    const parts = [...(text.length > 1 ? text : others)];
    labels = rows.map((row) =>
      parts
        .map((name) => cellText(row[name]))
        .filter(Boolean)
        .join(' · '),
    );
  }
  const series = numeric.map((name) => ({
    label: name,
    data: rows.map((row) => (row[name] ? Number(row[name]!.value) : 0)),
  }));
  return { labels, series };
}
