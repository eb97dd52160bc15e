import { DataFactory } from 'n3';
import { ConflictError } from '../errors/conflict-error.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import { updateRdfResource } from '../pod/update-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { ensureTypeIndexes } from './ensure-type-indexes.js';
import { typeRegistrationsIn, type TypeRegistration } from './type-registration.js';
import { TI } from './type-index-terms.internal.js';

const { namedNode, quad } = DataFactory;

/** Where instances of a class live: a container of them, or one document. */
export type RegistrationTarget = { readonly instanceContainer: string } | { readonly instance: string };

/** Options for registering: public registrations are readable by anyone, private ones by the owner only. */
export interface RegisterClassOptions extends PodRequestOptions {
  readonly visibility?: 'public' | 'private';
}

function localName(iri: string): string {
  return iri.replace(/^.*[#/]/, '').replace(/[^A-Za-z0-9_-]/g, '') || 'class';
}

/**
 * Registers a class in the member's public (default) or private type index, creating the
 * indexes first if the pod has none. Registering the same class and location again changes
 * nothing. Returns the registration as stored.
 */
export async function registerClass(webId: string, classIri: string, target: RegistrationTarget, options: RegisterClassOptions = {}): Promise<TypeRegistration> {
  const indexes = await ensureTypeIndexes(webId, options);
  const index = options.visibility === 'private' ? indexes.privateIndex : indexes.publicIndex;
  const [predicate, location] = 'instanceContainer' in target ? [TI.instanceContainer, target.instanceContainer] : [TI.instance, target.instance];
  for (let attempt = 1; ; attempt += 1) {
    const current = await getRdfResource(index, options);
    const existing = typeRegistrationsIn(current.url, current.quads).find(
      (r) => r.forClass.includes(classIri) && (predicate === TI.instanceContainer ? r.instanceContainers : r.instances).includes(location),
    );
    if (existing) return existing;
    const registration = namedNode(`${current.url}#${localName(classIri)}-${globalThis.crypto.randomUUID().slice(0, 8)}`);
    const inserts = [
      quad(registration, namedNode(TI.type), namedNode(TI.TypeRegistration)),
      quad(registration, namedNode(TI.forClass), namedNode(classIri)),
      quad(registration, namedNode(predicate), namedNode(location)),
    ];
    try {
      const stored = await updateRdfResource(current, { deletes: [], inserts }, options);
      return typeRegistrationsIn(stored.url, stored.quads).find((r) => r.url === registration.value)!;
    } catch (error) {
      // Someone else changed the index meanwhile: read it again, maybe they registered the same.
      if (!(error instanceof ConflictError) || attempt >= 3) throw error;
    }
  }
}
