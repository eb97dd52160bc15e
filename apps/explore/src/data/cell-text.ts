import { compactIri, type SparqlTerm } from './cli-api.internal.js';

/** How a result cell reads in the table: IRIs compacted where the vocabulary knows the prefix, literals as their text. */
export function cellText(term: SparqlTerm | undefined): string {
  if (!term) return '';
  if (term.type === 'uri') return compactIri(term.value);
  if (term.type === 'bnode') return `_:${term.value}`;
  return term.value;
}
