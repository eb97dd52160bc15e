/** Renders vocab/context.jsonld: prefixes for reused vocabularies and plain terms for Mutua's own. */
import { PREFIXES, compact, type OwnTerm, type VocabModel } from './model.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const SKOS_CONCEPT = 'http://www.w3.org/2004/02/skos/core#Concept';
const VF_PURPOSE = 'https://w3id.org/valueflows/ont/vf#ProposalPurpose';

/** Produces the JSON-LD 1.1 context text (stable key order, two-space indent, trailing newline). */
export function renderContext(model: VocabModel): string {
  const context: Record<string, unknown> = { '@version': 1.1 };
  for (const [prefix, iri] of PREFIXES) context[prefix] = iri;
  const enumClasses = enumerationClasses(model);
  for (const term of model.terms) context[term.local] = definition(term, enumClasses);
  return JSON.stringify({ '@context': context }, null, 2) + '\n';
}

// Classes whose instances are named values (roles, statuses…): properties ranging over them take
// bare terms such as "Pending" through "@type": "@vocab".
function enumerationClasses(model: VocabModel): Set<string> {
  const out = new Set<string>([VF_PURPOSE]);
  for (const t of model.terms) {
    if (t.kind === 'class' && t.superClasses.includes(SKOS_CONCEPT)) out.add(t.iri);
    if (t.kind === 'individual') t.types.forEach((c) => out.add(c));
  }
  return out;
}

function definition(term: OwnTerm, enumClasses: Set<string>): unknown {
  const id = compact(term.iri);
  if (term.kind !== 'property') return id;
  const range = term.range;
  if (range.length > 0 && range.every((r) => enumClasses.has(r))) return { '@id': id, '@type': '@vocab' };
  const only = range.length === 1 ? range[0] : undefined;
  if (only === XSD + 'string') return { '@id': id };
  if (only?.startsWith(XSD)) return { '@id': id, '@type': compact(only) };
  return { '@id': id, '@type': '@id' };
}
