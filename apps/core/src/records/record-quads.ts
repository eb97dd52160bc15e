import { DataFactory, type Quad } from 'n3';
import { ValidationError } from '../errors/validation-error.js';
import { documentUrl } from '../pod/document-url.js';
import type { Fields } from './field.js';
import { decodeFields, encodeFields, type FieldProblem } from './node-fields.internal.js';
import { codecIssue } from './codec-issues.internal.js';
import type { RecordOf, RecordType } from './record-type.js';
import { termKey, type DecodeContext } from './term-codec.js';
import { RDF } from '../vocab/terms.generated.js';

const RDF_TYPE = RDF.type;

const { namedNode } = DataFactory;

/** The triples of a record: its main node and every nested node, with absolute IRIs. */
export function recordToQuads<F extends Fields>(type: RecordType<F>, record: RecordOf<RecordType<F>>): Quad[] {
  const context = { documentUrl: documentUrl(record.url) };
  return encodeFields(namedNode(record.url), type.types, type.fields, record as unknown as Record<string, unknown>, context);
}

/** The IRI of the one node of the record's class in a document, for URLs given without fragment. */
export function findRecordSubject(type: RecordType, quads: readonly Quad[], url: string): string {
  if (url.includes('#')) return url;
  const subjects = [...new Set(quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type.classIri).map((q) => q.subject.value))];
  if (subjects.length === 1) return subjects[0]!;
  const focus = `${url}#${type.fragment}`;
  const why = subjects.length === 0 ? `it holds no node of class ${type.classIri}` : `it holds ${subjects.length} nodes of class ${type.classIri}; give the URL with its fragment`;
  throw new ValidationError('Decoding', url, type.name, [
    { focusNode: focus, path: RDF_TYPE, constraint: 'urn:mutua:constraint:codec', message: { en: `Cannot tell which ${type.name} is meant: ${why}.`, fr: `Impossible de savoir quel enregistrement « ${type.name} » est visé : ${why}.`, es: `No se sabe qué registro «${type.name}» se indica: ${why}.` } },
  ]);
}

/**
 * Reads a record out of a document's quads, or throws a ValidationError listing every field
 * that is missing or malformed: never half a record. Triples the type does not describe are ignored.
 */
export function recordFromQuads<F extends Fields>(type: RecordType<F>, quads: readonly Quad[], url: string): RecordOf<RecordType<F>> {
  const subject = findRecordSubject(type, quads, url);
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = termKey(q.subject);
    const list = bySubject.get(key);
    if (list) list.push(q);
    else bySubject.set(key, [q]);
  }
  const context: DecodeContext = { documentUrl: documentUrl(subject), bySubject };
  const problems: FieldProblem[] = [];
  // SHACL targets nodes by class, so an untyped node would pass validation vacuously.
  const typed = (bySubject.get(subject) ?? []).some((q) => q.predicate.value === RDF_TYPE && q.object.value === type.classIri);
  if (!typed) problems.push({ path: [RDF_TYPE], message: `the node is not typed ${type.classIri}` });
  const data = decodeFields(namedNode(subject), type.fields, context, problems);
  if (problems.length > 0) throw new ValidationError('Decoding', subject, type.name, problems.map((p) => codecIssue(subject, p)));
  return { url: subject, ...data } as unknown as RecordOf<RecordType<F>>;
}
