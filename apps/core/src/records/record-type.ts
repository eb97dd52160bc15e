import type { Fields, NodeData } from './field.js';

/**
 * Who owns the document a record lives in. `own`: the record is the whole document, saved
 * with PUT. `shared`: the document also holds other apps' triples (a WebID profile, a
 * group's card), so saving patches only the record's own fields and keeps everything else.
 */
export type DocumentMode = 'own' | 'shared';

/** A record type, described once; the codec, validation and pod I/O follow from it. */
export interface RecordType<F extends Fields = Fields> {
  /** Short name, as in `shapes/<name>.ttl` and in messages: "offer", "join-request". */
  readonly name: string;
  /** The class used to find these records: Type Index registrations, SHACL target. */
  readonly classIri: string;
  /** Every rdf:type written on the main node, `classIri` included. */
  readonly types: readonly string[];
  /** Fragment of the main node in a new document: "it" gives `<#it>`. */
  readonly fragment: string;
  readonly document: DocumentMode;
  readonly fields: F;
}

/** What every record carries besides its fields: where it lives and the version it was read at. */
export interface RecordBase {
  /** The IRI of the record's main node, e.g. `https://pod.example/mutua/offers/x#it`. */
  readonly url: string;
  /** ETag of the document when it was read or saved; absent on a record not yet stored. */
  readonly etag?: string;
}

/** The plain data of a record of type `T`. */
export type RecordOf<T> = T extends RecordType<infer F> ? RecordBase & NodeData<F> : never;

/** The fields of a record without `url` and `etag`: what a caller fills in to create one. */
export type RecordInit<T> = T extends RecordType<infer F> ? NodeData<F> : never;

/** Declares a record type; `types` defaults to `[classIri]`, `fragment` to "it", `document` to "own". */
export function defineRecordType<F extends Fields>(declaration: {
  readonly name: string;
  readonly classIri: string;
  readonly types?: readonly string[];
  readonly fragment?: string;
  readonly document?: DocumentMode;
  readonly fields: F;
}): RecordType<F> {
  const types = declaration.types ?? [declaration.classIri];
  if (!types.includes(declaration.classIri)) throw new TypeError(`Record type ${declaration.name}: types must include ${declaration.classIri}`);
  return Object.freeze({
    name: declaration.name,
    classIri: declaration.classIri,
    types,
    fragment: declaration.fragment ?? 'it',
    document: declaration.document ?? 'own',
    fields: declaration.fields,
  });
}
