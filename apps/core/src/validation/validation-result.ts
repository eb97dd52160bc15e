/** Results shared by both validators (the compiled fast path and the rdf-validate-shacl engine). */

/** A message for people, in every language the apps support. */
export interface Messages {
  readonly en: string;
  readonly fr: string;
  readonly es: string;
}

/** One broken rule: where, which rule, and what to tell the person who can fix it. */
export interface ValidationIssue {
  /** IRI of the node that broke the rule, or `_:label` for a blank node. */
  readonly focusNode: string;
  /** IRI of the property path (`^IRI` for an inverse path); null for rules on the node itself. */
  readonly path: string | null;
  readonly message: Messages;
  /** IRI of the SHACL constraint component, e.g. `http://www.w3.org/ns/shacl#MinCountConstraintComponent`. */
  readonly constraint: string;
  /** The offending value in N-Triples-like form, when there is one. */
  readonly value?: string;
  /** Issues inside a nested shape (sh:node) that explain this one; fast path only. */
  readonly details?: readonly ValidationIssue[];
}

/** Outcome of validating a record or a dataset. */
export interface ValidationResult {
  readonly conforms: boolean;
  readonly results: readonly ValidationIssue[];
}
