import type { Quad } from '@rdfjs/types';
import { RDF_TYPE } from './rdf-terms.internal.js';
import type { ValidationIssue } from './validation-result.js';

/** Constraint IRI reported when a document holds no node of the expected record type. */
export const MISSING_RECORD = 'https://w3id.org/mutua/shapes#MissingRecord';

// SHACL only checks the nodes that are there: a document without any offer conforms to the offer
// shape. Both validators share this check so that an empty or mistyped document is refused.
/** An issue when no quad types a node with one of `classes`, or null. */
export function missingRecordIssue(quads: readonly Quad[], type: string, classes: readonly string[]): ValidationIssue | null {
  const found = quads.some((q) => q.predicate.value === RDF_TYPE && classes.includes(q.object.value));
  if (found) return null;
  const expected = classes.join(', ');
  return {
    focusNode: '',
    path: null,
    constraint: MISSING_RECORD,
    message: {
      en: `This document holds no ${type} record (no node of class ${expected}).`,
      fr: `Ce document ne contient aucun enregistrement de type ${type} (aucun nœud de classe ${expected}).`,
      es: `Este documento no contiene ningún registro de tipo ${type} (ningún nodo de clase ${expected}).`,
    },
  };
}
