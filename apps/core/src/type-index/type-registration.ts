import type { Quad } from 'n3';
import { TI } from './type-index-terms.internal.js';

/** One solid:TypeRegistration: which class, and where its instances are. */
export interface TypeRegistration {
  /** The registration's IRI inside its index. */
  readonly url: string;
  /** The type index document holding it. */
  readonly index: string;
  readonly forClass: readonly string[];
  readonly instanceContainers: readonly string[];
  readonly instances: readonly string[];
}

/** Every registration in a type index document, whoever wrote it. */
export function typeRegistrationsIn(index: string, quads: readonly Quad[]): TypeRegistration[] {
  const values = (subject: string, predicate: string): string[] =>
    quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate && q.object.termType === 'NamedNode').map((q) => q.object.value).sort();
  // Some apps omit `a solid:TypeRegistration`; a solid:forClass is what makes a registration.
  const subjects = [...new Set(quads.filter((q) => q.predicate.value === TI.forClass).map((q) => q.subject.value))].sort();
  return subjects.map((url) => ({
    url,
    index,
    forClass: values(url, TI.forClass),
    instanceContainers: values(url, TI.instanceContainer),
    instances: values(url, TI.instance),
  }));
}
